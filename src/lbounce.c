/* bounce.core: the Lua binding. One userdata type, the engine, built from rule tables the Lua
 * layer has already checked; its LPeg patterns live in a Lua table the engine refers to. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "compat.h"
#include "engine.h"
#include "reply.h"

#define ENGINE_MT "bounce.engine"
#define BOUNCE_CORE_VERSION "0.1.0"

int bounce_message_register(lua_State *L); /* lmessage.c: core.parse_message */

typedef struct engine_ud {
    bounce_engine *engine;
    int busy;     /* a call is running: the engine's scratch space is in use */
    int patterns; /* registry ref of { match = lpeg.match, text = push_text, [rule index + 1] = pattern,
                   * [string address] = string } */
    size_t max_reply;   /* bytes of a reply the rules read; the rest is ignored */
    size_t max_pattern; /* bytes of the folded reply an LPeg pattern reads */
} engine_ud;

static engine_ud *check_engine(lua_State *L)
{
    engine_ud *u = luaL_checkudata(L, 1, ENGINE_MT);
    if (u->engine == NULL)
        luaL_error(L, "bounce engine already freed");
    return u;
}

static const char *opt_string_field(lua_State *L, int t, const char *key)
{
    const char *s;
    lua_getfield(L, t, key);
    s = lua_isnil(L, -1) ? NULL : lua_tostring(L, -1);
    lua_pop(L, 1);
    return s; /* the table keeps the string alive */
}

/* t[key]: a whole number from lo to hi, dflt when nil. Anything else raises, so that the casts
 * of the callers are defined (a double out of a C type's range, or NaN, is not). lo and hi lie
 * within +-2^53, where a double holds every integer. */
static lua_Number opt_int_field(lua_State *L, int t, const char *key, lua_Number dflt, lua_Number lo, lua_Number hi)
{
    lua_Number v = dflt;
    lua_getfield(L, t, key);
    if (!lua_isnil(L, -1)) {
        v = lua_tonumber(L, -1);
        if (!lua_isnumber(L, -1) || !(v >= lo && v <= hi) || v != (lua_Number)(long long)v) {
            char range[64];
            snprintf(range, sizeof range, "from %.0f to %.0f", (double)lo, (double)hi);
            luaL_error(L, "field '%s' must be a whole number %s", key, range);
        }
    }
    lua_pop(L, 1);
    return v;
}

#define MAX_EXACT 9007199254740992.0 /* 2^53 */

static int layer_index(const char *name)
{
    int i;
    for (i = 0; name != NULL && i < BOUNCE_LAYER_COUNT; i++)
        if (strcmp(bounce_layer_names[i], name) == 0)
            return i;
    return -1;
}

static void add_categories(lua_State *L, bounce_engine *e, int def)
{
    lua_getfield(L, def, "categories");
    luaL_checktype(L, -1, LUA_TTABLE);
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        int c = lua_gettop(L);
        const char *name = lua_tostring(L, -2);
        if (name == NULL || !lua_istable(L, c))
            luaL_error(L, "categories: expected name = { type, action, description }");
        if (bounce_engine_add_category(e, name, opt_string_field(L, c, "type"), opt_string_field(L, c, "action"),
                                       opt_string_field(L, c, "description")) < 0)
            luaL_error(L, "category '%s': incomplete or out of memory", name);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Adds each string of the list to the engine: a provider's fingerprints, or one group of a rule's
 * phrases. */
static void add_strings(lua_State *L, int list, bounce_engine *e, int index, int group,
                        int (*add)(bounce_engine *, int, int, const char *, size_t), const char *what)
{
    size_t i, n = bounce_rawlen(L, list);
    for (i = 1; i <= n; i++) {
        size_t len;
        const char *s;
        lua_rawgeti(L, list, (int)i);
        s = lua_tolstring(L, -1, &len);
        if (s == NULL || add(e, index, group, s, len) != 0)
            luaL_error(L, "%s #%d: not a non-empty string, or out of memory", what, (int)i);
        lua_pop(L, 1);
    }
}

static int add_fingerprint(bounce_engine *e, int provider, int group, const char *s, size_t n)
{
    (void)group; /* a provider's fingerprints are one list */
    return bounce_engine_add_fingerprint(e, provider, s, n);
}

static int add_sender_phrase(bounce_engine *e, int unused, int group, const char *s, size_t n)
{
    (void)unused;
    (void)group; /* one list for the whole engine */
    return bounce_engine_add_sender_phrase(e, s, n);
}

static int add_generic_word(bounce_engine *e, int unused, int group, const char *s, size_t n)
{
    (void)unused;
    (void)group; /* one set for the whole engine */
    return bounce_engine_add_generic_word(e, s, n);
}

/* A rule's match: a list of phrases, or a list of such lists (a group each, up to 8). */
static void add_match(lua_State *L, int list, bounce_engine *e, int rule)
{
    int grouped, g, n = (int)bounce_rawlen(L, list);
    lua_rawgeti(L, list, 1);
    grouped = lua_istable(L, -1);
    lua_pop(L, 1);
    if (!grouped) {
        add_strings(L, list, e, rule, 0, bounce_engine_add_phrase, "match phrase");
        return;
    }
    for (g = 1; g <= n; g++) {
        lua_rawgeti(L, list, g);
        luaL_checktype(L, -1, LUA_TTABLE);
        add_strings(L, lua_gettop(L), e, rule, g - 1, bounce_engine_add_phrase, "match phrase");
        lua_pop(L, 1);
    }
}

static void add_providers(lua_State *L, bounce_engine *e, int def)
{
    size_t i, n;
    lua_getfield(L, def, "providers");
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    luaL_checktype(L, -1, LUA_TTABLE);
    n = bounce_rawlen(L, -1);
    for (i = 1; i <= n; i++) {
        int p, index = -1;
        const char *name;
        lua_rawgeti(L, -1, (int)i);
        p = lua_gettop(L);
        name = opt_string_field(L, p, "name");
        if (name == NULL || (index = bounce_engine_add_provider(e, name)) < 0)
            luaL_error(L, "provider #%d: no name, or out of memory", (int)i);
        lua_getfield(L, p, "fingerprints");
        if (lua_istable(L, -1))
            add_strings(L, lua_gettop(L), e, index, 0, add_fingerprint, "fingerprint");
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

static void add_rules(lua_State *L, bounce_engine *e, int def, int patterns)
{
    size_t i, n;
    lua_getfield(L, def, "rules");
    luaL_checktype(L, -1, LUA_TTABLE);
    n = bounce_rawlen(L, -1);
    for (i = 1; i <= n; i++) {
        bounce_rule_def d;
        const char *provider, *command;
        int r = -1, t;
        lua_rawgeti(L, -1, (int)i);
        t = lua_gettop(L);
        luaL_checktype(L, t, LUA_TTABLE);
        memset(&d, 0, sizeof d);
        d.id = opt_string_field(L, t, "id");
        d.description = opt_string_field(L, t, "description");
        d.layer = layer_index(opt_string_field(L, t, "layer"));
        d.priority = opt_int_field(L, t, "priority", 0, -MAX_EXACT, MAX_EXACT);
        provider = opt_string_field(L, t, "provider");
        d.provider = provider ? bounce_engine_add_provider(e, provider) : -1;
        d.code = (int)opt_int_field(L, t, "code", 0, 0, 999);
        d.klass = (int)opt_int_field(L, t, "class", 0, 0, 9);
        d.status = opt_string_field(L, t, "status");
        d.type = opt_string_field(L, t, "type");
        d.category = opt_string_field(L, t, "category");
        d.action = opt_string_field(L, t, "action");
        d.retry_after = (long)opt_int_field(L, t, "retry_after", -1, -1, INT_MAX);
        command = opt_string_field(L, t, "command");
        d.command = command ? bounce_command_number(command) : 0;
        lua_getfield(L, t, "pattern");
        d.has_pattern = !lua_isnil(L, -1);
        if (d.id == NULL || (provider != NULL && d.provider < 0) || (command != NULL && d.command == 0) ||
            (r = bounce_engine_add_rule(e, &d)) < 0)
            luaL_error(L, "rule #%d (%s): bad id, layer, status, category, provider or command", (int)i,
                       d.id ? d.id : "?");
        if (d.has_pattern) {
            lua_rawseti(L, patterns, r + 1);
        } else {
            lua_pop(L, 1);
        }
        lua_getfield(L, t, "match");
        if (lua_istable(L, -1))
            add_match(L, lua_gettop(L), e, r);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

/* push_text(folded, n) -> " " and the first n bytes at folded, as a string: after a space, so
 * that a pattern's word boundary ("[^a-z] 'spf'") holds where the reply starts with the word. */
static int push_text(lua_State *L)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addchar(&b, ' ');
    luaL_addlstring(&b, (const char *)lua_touserdata(L, 1), (size_t)lua_tointeger(L, 2));
    luaL_pushresult(&b);
    return 1;
}

/* core.engine{ categories = {...}, providers = {...}, rules = {...}, sender_side = { phrase, ... },
 *              generic_words = { "requested", ... },
 *              match = lpeg.match, max_reply = 1 MiB, max_pattern = 64 KiB } */
static int l_engine(lua_State *L)
{
    engine_ud *u;
    int patterns;
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    u = bounce_newuserdata(L, sizeof *u);
    u->engine = NULL;
    u->busy = 0;
    u->patterns = LUA_NOREF;
    luaL_getmetatable(L, ENGINE_MT);
    lua_setmetatable(L, -2);
    u->engine = bounce_engine_new();
    if (u->engine == NULL)
        return luaL_error(L, "out of memory");
    u->max_reply = (size_t)opt_int_field(L, 1, "max_reply", 1 << 20, 1, INT_MAX);
    u->max_pattern = (size_t)opt_int_field(L, 1, "max_pattern", 1 << 16, 1, INT_MAX);
    lua_newtable(L);
    patterns = lua_gettop(L);
    lua_getfield(L, 1, "match");
    lua_setfield(L, patterns, "match");
    lua_pushcfunction(L, push_text);
    lua_setfield(L, patterns, "text");
    add_categories(L, u->engine, 1);
    add_providers(L, u->engine, 1);
    add_rules(L, u->engine, 1, patterns);
    lua_getfield(L, 1, "sender_side");
    if (lua_istable(L, -1))
        add_strings(L, lua_gettop(L), u->engine, 0, 0, add_sender_phrase, "sender_side phrase");
    lua_pop(L, 1);
    lua_getfield(L, 1, "generic_words");
    if (lua_istable(L, -1))
        add_strings(L, lua_gettop(L), u->engine, 0, 0, add_generic_word, "generic word");
    lua_pop(L, 1);
    if (bounce_engine_build(u->engine) != 0)
        return luaL_error(L, "out of memory building the rule engine");
    u->patterns = luaL_ref(L, LUA_REGISTRYINDEX);
    return 1;
}

typedef struct pattern_call {
    lua_State *L;
    int patterns; /* stack index */
    int text;     /* stack index of the folded text, 0 until pushed (lpeg.match just below it) */
    size_t max;   /* bytes of it a pattern reads */
} pattern_call;

/* Runs rule's LPeg pattern; an error inside it counts as no match. Nothing here may raise (the
 * engine is marked busy meanwhile): what allocates runs in a protected call. */
static int run_pattern(void *ud, int rule, const char *folded, size_t n)
{
    pattern_call *pc = ud;
    lua_State *L = pc->L;
    int ok;
    if (!lua_checkstack(L, 6))
        return 0;
    if (pc->text == 0) {
        lua_getfield(L, pc->patterns, "match");
        lua_getfield(L, pc->patterns, "text");
        lua_pushlightuserdata(L, (void *)folded);
        lua_pushinteger(L, (lua_Integer)(n < pc->max ? n : pc->max));
        if (lua_pcall(L, 2, 1, 0) != 0) {
            lua_pop(L, 2);
            return 0;
        }
        pc->text = lua_gettop(L);
    }
    lua_pushvalue(L, pc->text - 1);
    lua_rawgeti(L, pc->patterns, rule + 1);
    lua_pushvalue(L, pc->text);
    ok = lua_pcall(L, 2, 1, 0) == 0 && lua_toboolean(L, -1);
    lua_pop(L, 1);
    return ok;
}

/* Arguments at 1-4 (engine, reply, provider, SMTP command); the call's own values go above
 * them: the engine's Lua table (patterns and string cache) at 5. */
static void run(lua_State *L, engine_ud *u, int every, bounce_outcome *out)
{
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    const char *pname = luaL_optstring(L, 3, NULL), *command = luaL_optstring(L, 4, NULL);
    int provider = pname ? bounce_engine_find_provider(u->engine, pname) : -1, rc;
    pattern_call pc;
    pc.L = L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, u->patterns);
    pc.patterns = lua_gettop(L);
    pc.text = 0;
    pc.max = u->max_pattern;
    if (n > u->max_reply)
        n = u->max_reply;
    /* A pattern's Lua code (lpeg.Cmt) may call back into this engine, whose scratch space holds
     * the call in progress. */
    if (u->busy)
        luaL_error(L, "a rule's pattern called classify or explain on its own classifier");
    u->busy = 1;
    rc = bounce_engine_classify(u->engine, s, n, provider, command ? bounce_command_number(command) : 0, every,
                                run_pattern, &pc, out);
    u->busy = 0;
    if (rc != 0)
        luaL_error(L, "out of memory classifying a reply of %d bytes", (int)n);
}

/* The result's keys, made Lua strings once: the methods' upvalue 1 holds them in this order. */
enum { K_TYPE = 1, K_CATEGORY, K_ACTION, K_CODE, K_STATUS, K_PERMANENT, K_PROVIDER, K_RULE, K_DESCRIPTION,
       K_RETRY_AFTER };
static const char *const result_keys[] = {"type", "category", "action", "code", "status", "permanent",
                                          "provider", "rule", "description", "retry_after"};

/* Pushes the result key: each field is set as key, value, rawset, so that no value moves on the
 * stack. */
static void push_key(lua_State *L, int key)
{
    lua_rawgeti(L, lua_upvalueindex(1), key);
}

/* Pushes v as a Lua string. The engine's strings live as long as the engine, so each is made a
 * Lua string once and kept in the cache table (at stack index cache), keyed by its address: no
 * hashing or allocation for them per call. */
static void push_engine_string(lua_State *L, int cache, const char *v)
{
    lua_pushlightuserdata(L, (void *)v);
    lua_rawget(L, cache);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushstring(L, v);
        lua_pushlightuserdata(L, (void *)v);
        lua_pushvalue(L, -2);
        lua_rawset(L, cache);
    }
}

/* Sets result[key] = v, an engine string; nothing where v is NULL. */
static void set_string(lua_State *L, int cache, int result, int key, const char *v)
{
    if (v == NULL)
        return;
    push_key(L, key);
    push_engine_string(L, cache, v);
    lua_rawset(L, result);
}

static void push_result(lua_State *L, const bounce_engine *e, const bounce_outcome *o, const char *pname, int cache)
{
    /* sized to the fields it gets: Lua allocates the hash part in powers of two */
    int result, fields = 6 + (o->reply.code != 0) + (o->reply.status[0] != '\0') +
                         (o->provider >= 0 || pname != NULL) + (o->retry_after >= 0);
    lua_createtable(L, 0, fields);
    result = lua_gettop(L);
    set_string(L, cache, result, K_TYPE, o->type);
    set_string(L, cache, result, K_CATEGORY, o->category);
    set_string(L, cache, result, K_ACTION, o->action);
    if (o->reply.code != 0) {
        push_key(L, K_CODE);
        lua_pushinteger(L, o->reply.code);
        lua_rawset(L, result);
    }
    if (o->reply.status[0] != '\0') {
        push_key(L, K_STATUS);
        lua_pushstring(L, o->reply.status);
        lua_rawset(L, result);
    }
    push_key(L, K_PERMANENT);
    lua_pushboolean(L, o->reply.klass == 5);
    lua_rawset(L, result);
    if (o->provider >= 0)
        set_string(L, cache, result, K_PROVIDER, bounce_engine_provider_name(e, o->provider));
    else if (pname != NULL) {
        push_key(L, K_PROVIDER);
        lua_pushstring(L, pname);
        lua_rawset(L, result);
    }
    set_string(L, cache, result, K_RULE, o->rule);
    set_string(L, cache, result, K_DESCRIPTION, o->description);
    if (o->retry_after >= 0) {
        push_key(L, K_RETRY_AFTER);
        lua_pushinteger(L, (lua_Integer)o->retry_after);
        lua_rawset(L, result);
    }
}

/* engine:classify(reply [, provider [, command]]) -> result */
static int l_classify(lua_State *L)
{
    engine_ud *u = check_engine(L);
    bounce_outcome o;
    lua_settop(L, 4);
    run(L, u, 0, &o);
    push_result(L, u->engine, &o, luaL_optstring(L, 3, NULL), 5);
    return 1;
}

/* engine:explain(reply [, provider [, command]]) -> result, { rule index (1-based), ... } highest
 * first */
static int l_explain(lua_State *L)
{
    engine_ud *u = check_engine(L);
    bounce_outcome o;
    int i;
    lua_settop(L, 4);
    run(L, u, 1, &o);
    push_result(L, u->engine, &o, luaL_optstring(L, 3, NULL), 5);
    lua_createtable(L, o.nmatched, 0);
    for (i = 0; i < o.nmatched; i++) {
        lua_pushinteger(L, o.matched[i] + 1);
        lua_rawseti(L, -2, i + 1);
    }
    lua_pushstring(L, o.reply.effective);
    return 3;
}

static int l_stats(lua_State *L)
{
    engine_ud *u = check_engine(L);
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, bounce_engine_rule_count(u->engine));
    lua_setfield(L, -2, "rules");
    lua_pushinteger(L, (lua_Integer)bounce_engine_phrase_count(u->engine));
    lua_setfield(L, -2, "phrases");
    lua_pushinteger(L, (lua_Integer)bounce_engine_memory(u->engine));
    lua_setfield(L, -2, "memory");
    return 1;
}

static int l_gc(lua_State *L)
{
    engine_ud *u = luaL_checkudata(L, 1, ENGINE_MT);
    bounce_engine_free(u->engine);
    u->engine = NULL;
    luaL_unref(L, LUA_REGISTRYINDEX, u->patterns);
    u->patterns = LUA_NOREF;
    return 0;
}

static int l_tostring(lua_State *L)
{
    engine_ud *u = luaL_checkudata(L, 1, ENGINE_MT);
    lua_pushfstring(L, "bounce.engine (%p)", (void *)u);
    return 1;
}

/* core.parse_reply(s) -> code|nil, status|nil, class|nil, effective status|nil */
static int l_parse_reply(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    bounce_reply r;
    bounce_reply_parse(s, n, &r);
    if (r.code)
        lua_pushinteger(L, r.code);
    else
        lua_pushnil(L);
    if (r.status[0])
        lua_pushstring(L, r.status);
    else
        lua_pushnil(L);
    if (r.klass)
        lua_pushinteger(L, r.klass);
    else
        lua_pushnil(L);
    if (r.effective[0])
        lua_pushstring(L, r.effective);
    else
        lua_pushnil(L);
    return 4;
}

/* core.fold(s) -> the text as the rules see it */
static int l_fold(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    char *tmp = bounce_newuserdata(L, n + 1);
    lua_pushlstring(L, tmp, bounce_fold_reply(s, n, tmp));
    return 1;
}

/* core.noop() -> nothing: the floor a benchmark measures a call against */
static int l_noop(lua_State *L)
{
    (void)L;
    return 0;
}

static const luaL_Reg engine_methods[] = {
    {"classify", l_classify},
    {"explain", l_explain},
    {"stats", l_stats},
    {NULL, NULL},
};

static const luaL_Reg core_functions[] = {
    {"engine", l_engine},
    {"parse_reply", l_parse_reply},
    {"fold", l_fold},
    {"noop", l_noop},
    {NULL, NULL},
};

int luaopen_bounce_core(lua_State *L)
{
    int i;
    /* busted opens the module again for each spec file: set the metatable up once. */
    if (luaL_newmetatable(L, ENGINE_MT)) {
        lua_newtable(L);
        lua_createtable(L, (int)(sizeof result_keys / sizeof result_keys[0]), 0);
        for (i = 0; i < (int)(sizeof result_keys / sizeof result_keys[0]); i++) {
            lua_pushstring(L, result_keys[i]);
            lua_rawseti(L, -2, i + 1);
        }
        bounce_setfuncs(L, engine_methods, 1);
        lua_setfield(L, -2, "__index");
        lua_pushcfunction(L, l_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushcfunction(L, l_tostring);
        lua_setfield(L, -2, "__tostring");
        lua_pushliteral(L, ENGINE_MT);
        lua_setfield(L, -2, "__name");
    }
    lua_pop(L, 1);
    lua_newtable(L);
    bounce_setfuncs(L, core_functions, 0);
    lua_createtable(L, BOUNCE_LAYER_COUNT, 0);
    for (i = 0; i < BOUNCE_LAYER_COUNT; i++) {
        lua_pushstring(L, bounce_layer_names[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "layers");
    lua_createtable(L, BOUNCE_COMMAND_COUNT, 0);
    for (i = 0; i < BOUNCE_COMMAND_COUNT; i++) {
        lua_pushstring(L, bounce_command_names[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "commands");
    lua_pushliteral(L, BOUNCE_CORE_VERSION);
    lua_setfield(L, -2, "_VERSION");
    bounce_message_register(L);
    return 1;
}
