-- LuaRocks for LuaJIT (luarocks-5.1): Debian's Lua packages as provided, LuaJIT's headers and interpreter.
rocks_provided = { lpeg = "1.0.2-1", ["lua-cjson"] = "2.1.0-1" }
lua_interpreter = "luajit"
variables = { LUA_INCDIR = "/usr/include/luajit-2.1", LUA_BINDIR = "/usr/bin" }
