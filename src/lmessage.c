/* Lua binding of the bounce message scanner: core.parse_message(s [, limits]),
 * core.message_limits(), core.reply_text(diagnostic, status) and core.has_status(s). */
#include "compat.h"
#include "message.h"

#include <string.h>

#define CTX_META "bounce.message.ctx"

/* Hash slots of a recipient's table: its 11 report fields, and the dsn_status and taxonomy
 * fields bounce.message adds to it when it classifies the recipient, without a rehash. */
#define RECIPIENT_FIELDS 21

static const char *const kind_names[] = { "unknown", "dsn", "arf", "auto_reply", "mdn" };

static int ctx_gc(lua_State *L)
{
    bm_ctx **c = (bm_ctx **)luaL_checkudata(L, 1, CTX_META);
    bm_ctx_free(*c);
    *c = NULL;
    return 0;
}

static void set_span(lua_State *L, const char *key, bm_span s)
{
    if (!s.n) return;
    lua_pushlstring(L, s.p, s.n);
    lua_setfield(L, -2, key);
}

static const char *const limit_names[] = {
    "max_input", "max_header_line", "max_decoded", "max_text", "max_diagnostic",
    "max_headers", "max_parts", "max_depth", "max_recipients", "max_x_headers", NULL
};

/* Reads the optional limits table; unknown keys are an error so that typos do not pass. */
static void read_limits(lua_State *L, int idx, bm_limits *lim)
{
    const char *const *names = limit_names;
    bm_limits_default(lim);
    if (lua_isnoneornil(L, idx)) return;
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        int i;
        lua_Number v;
        const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        for (i = 0; k && names[i]; i++)
            if (strcmp(k, names[i]) == 0) break;
        if (!k || !names[i]) luaL_error(L, "parse_message: unknown limit '%s'", k ? k : "?");
        if (lua_type(L, -1) != LUA_TNUMBER)
            luaL_error(L, "parse_message: limit '%s' must be a number", k);
        v = lua_tonumber(L, -1);
        if (!(v >= 1 && v <= 1e12)) luaL_error(L, "parse_message: limit '%s' out of range", k);
        switch (i) {
        case 0: lim->max_input = (size_t)v; break;
        case 1: lim->max_header_line = (size_t)v; break;
        case 2: lim->max_decoded = (size_t)v; break;
        case 3: lim->max_text = (size_t)v; break;
        case 4: lim->max_diagnostic = (size_t)v; break;
        case 5: lim->max_headers = v > 1e9 ? 1000000000u : (unsigned)v; break;
        case 6: lim->max_parts = v > 1e9 ? 1000000000u : (unsigned)v; break;
        case 7: lim->max_depth = v > 1e9 ? 1000000000u : (unsigned)v; break;
        case 8: lim->max_recipients = v > 1e9 ? 1000000000u : (unsigned)v; break;
        case 9: lim->max_x_headers = v > 1e9 ? 1000000000u : (unsigned)v; break;
        }
        lua_pop(L, 1);
    }
}

/* X-* names come back lower-cased, the way callers index them. */
static void push_lower(lua_State *L, bm_span s)
{
    luaL_Buffer b;
    size_t i;
    luaL_buffinit(L, &b);
    for (i = 0; i < s.n; i++) {
        char c = s.p[i];
        luaL_addchar(&b, (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
    }
    luaL_pushresult(&b);
}

static int l_parse_message(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    bm_ctx **c = (bm_ctx **)lua_touserdata(L, lua_upvalueindex(1));
    bm_limits lim;
    const bm_result *r;
    unsigned i;
    read_limits(L, 2, &lim);
    if (!*c && !(*c = bm_ctx_new())) return luaL_error(L, "parse_message: out of memory");
    r = bm_parse(*c, s, len, &lim);
    if (!r) return luaL_error(L, "parse_message: out of memory");

    lua_createtable(L, 0, 9);
    lua_pushstring(L, kind_names[r->kind]);
    lua_setfield(L, -2, "kind");
    set_span(L, "subject", r->subject);
    set_span(L, "from", r->from);
    set_span(L, "reporting_mta", r->reporting_mta);
    set_span(L, "arrival_date", r->arrival_date);
    if (r->truncated) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "truncated");
    }

    lua_createtable(L, (int)r->n_recipients, 0);
    for (i = 0; i < r->n_recipients; i++) {
        const bm_recipient *rc = &r->recipients[i];
        lua_createtable(L, 0, RECIPIENT_FIELDS);
        set_span(L, "recipient", rc->recipient);
        set_span(L, "final_recipient", rc->final_recipient);
        set_span(L, "original_recipient", rc->original_recipient);
        set_span(L, "dsn_action", rc->action);
        set_span(L, "status", rc->status);
        set_span(L, "diagnostic", rc->diagnostic);
        set_span(L, "diagnostic_type", rc->diagnostic_type);
        set_span(L, "remote_mta", rc->remote_mta);
        set_span(L, "last_attempt_date", rc->last_attempt_date);
        set_span(L, "smtp_command", rc->smtp_command);
        if (rc->refuses_sender) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, "refuses_sender");
        }
        if (rc->list_refusal) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, "list_refusal");
        }
        lua_rawseti(L, -2, (int)i + 1);
    }
    lua_setfield(L, -2, "recipients");

    lua_createtable(L, 0, 7);
    set_span(L, "message_id", r->original.message_id);
    set_span(L, "from", r->original.from);
    set_span(L, "to", r->original.to);
    set_span(L, "subject", r->original.subject);
    set_span(L, "date", r->original.date);
    set_span(L, "return_path", r->original.return_path);
    lua_createtable(L, 0, (int)r->original.n_x_headers);
    for (i = 0; i < r->original.n_x_headers; i++) {
        push_lower(L, r->original.x_headers[i].name);
        lua_pushlstring(L, r->original.x_headers[i].value.p, r->original.x_headers[i].value.n);
        lua_rawset(L, -3);
    }
    lua_setfield(L, -2, "headers");
    lua_setfield(L, -2, "original");

    if (r->kind == BM_ARF) {
        const bm_feedback *f = &r->feedback;
        lua_createtable(L, 0, 7);
        set_span(L, "feedback_type", f->feedback_type);
        set_span(L, "user_agent", f->user_agent);
        set_span(L, "original_rcpt_to", f->original_rcpt_to);
        set_span(L, "original_mail_from", f->original_mail_from);
        set_span(L, "source_ip", f->source_ip);
        set_span(L, "arrival_date", f->arrival_date);
        set_span(L, "reported_domain", f->reported_domain);
        lua_setfield(L, -2, "feedback");
    }
    if (r->kind == BM_MDN) set_span(L, "disposition", r->disposition);
    return 1;
}

/* core.message_limits() -> the default limits of parse_message, by name */
static int l_message_limits(lua_State *L)
{
    bm_limits lim;
    int i;
    bm_limits_default(&lim);
    {
        const lua_Integer v[] = { (lua_Integer)lim.max_input, (lua_Integer)lim.max_header_line,
                                  (lua_Integer)lim.max_decoded, (lua_Integer)lim.max_text,
                                  (lua_Integer)lim.max_diagnostic, lim.max_headers, lim.max_parts,
                                  lim.max_depth, lim.max_recipients, lim.max_x_headers };
        lua_createtable(L, 0, (int)(sizeof v / sizeof v[0]));
        for (i = 0; limit_names[i]; i++) {
            lua_pushinteger(L, v[i]);
            lua_setfield(L, -2, limit_names[i]);
        }
    }
    return 1;
}

/* core.reply_text(diagnostic, status) -> the reply the rules read (see bm_reply_text); either
 * argument may be nil */
static int l_reply_text(lua_State *L)
{
    char room[4096]; /* most replies fit: no allocation then */
    size_t n = 0, sn = 0, need;
    const char *d = luaL_optlstring(L, 1, "", &n);
    const char *st = luaL_optlstring(L, 2, "", &sn);
    char *out = room;
    if (n > 1024 || sn > 64 || (need = 3 * n + sn + 48) > sizeof room)
        out = (char *)bounce_newuserdata(L, 3 * n + sn + 48);
    lua_pushlstring(L, out, bm_reply_text(d, n, st, sn, out));
    return 1;
}

/* core.has_status(s) -> whether s holds an enhanced status code (see bm_has_status) */
static int l_has_status(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_pushboolean(L, bm_has_status(s, len));
    return 1;
}

/* Adds parse_message and has_status to the table on top of the stack. parse_message's scanner
 * context (decode buffers reused from call to call) lives in an upvalue and is freed with it. */
int bounce_message_register(lua_State *L)
{
    static const luaL_Reg fns[] = { { "parse_message", l_parse_message }, { NULL, NULL } };
    bm_ctx **c;
    luaL_checktype(L, -1, LUA_TTABLE);
    lua_pushcfunction(L, l_has_status);
    lua_setfield(L, -2, "has_status");
    lua_pushcfunction(L, l_message_limits);
    lua_setfield(L, -2, "message_limits");
    lua_pushcfunction(L, l_reply_text);
    lua_setfield(L, -2, "reply_text");
    c = (bm_ctx **)bounce_newuserdata(L, sizeof *c);
    *c = NULL;
    if (luaL_newmetatable(L, CTX_META)) {
        lua_pushcfunction(L, ctx_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    bounce_setfuncs(L, fns, 1);
    return 0;
}
