/* One source for Lua 5.1 (LuaJIT) through 5.4: the few API differences the binding meets. */
#ifndef BOUNCE_COMPAT_H
#define BOUNCE_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM < 502
#define bounce_rawlen(L, i) lua_objlen((L), (i))
/* LuaJIT's headers declare luaL_setfuncs: never define a function of that name. */
static void bounce_setfuncs(lua_State *L, const luaL_Reg *l, int nup)
{
    luaL_checkstack(L, nup + 1, "too many upvalues");
    for (; l->name != NULL; l++) {
        int i;
        for (i = 0; i < nup; i++)
            lua_pushvalue(L, -nup);
        lua_pushcclosure(L, l->func, nup);
        lua_setfield(L, -(nup + 2), l->name);
    }
    lua_pop(L, nup);
}
#define bounce_newuserdata(L, sz) lua_newuserdata((L), (sz))
#else
#define bounce_rawlen(L, i) lua_rawlen((L), (i))
#define bounce_setfuncs(L, l, nup) luaL_setfuncs((L), (l), (nup))
#if LUA_VERSION_NUM >= 504
#define bounce_newuserdata(L, sz) lua_newuserdatauv((L), (sz), 0)
#else
#define bounce_newuserdata(L, sz) lua_newuserdata((L), (sz))
#endif
#endif

#endif
