--- bounce inside nginx's Lua module (OpenResty, or Debian's nginx + libnginx-mod-http-lua).
--   init_by_lua:        assert(require("bounce.openresty").init{ rules = {...}, dict = "bounce" })
--   init_worker_by_lua: assert(require("bounce.openresty").init_worker())
--   content_by_lua:     require("bounce.openresty").classify() / .parse() / .reload()
-- Each worker owns one classifier. POST /reload re-reads the rule files in the worker that
-- receives it and, when they load, bumps a generation counter in a lua_shared_dict; every worker
-- compares the counter before each request (and on a timer when idle) and reloads its own
-- classifier. A rule file that does not load leaves every worker on the rules it had, at the
-- generation they came from.
-- See docs/openresty.md.
local bounce = require "bounce"
local classifier = require "bounce.classifier"
local describe = require "bounce.describe"
local cjson = require "cjson"
local jsonout = require "bounce.json"

-- luacheck: globals ngx

local _M = { _VERSION = "0.1.0" }

local GENERATION = "generation"
local MAX_JSON_DEPTH = 20

local json = cjson.new()
json.decode_max_depth(MAX_JSON_DEPTH)

local LANGUAGES = {}
for _, lang in ipairs(describe.languages) do LANGUAGES[lang] = true end

local state = {
  classifier = nil, -- this worker's classifier
  dict = nil,       -- the lua_shared_dict holding the generation
  seen = 0,         -- the generation this worker's rules come from
  interval = 1,     -- seconds between an idle worker's checks
  retry_at = 0,     -- after a failed reload: when to try again
}

-- Re-reads the rule files: true, or nil, err (also for an error raised while loading).
local function reload()
  local ok, loaded, err = pcall(state.classifier.reload, state.classifier)
  if not ok then return nil, tostring(loaded) end
  return loaded, err
end

-- Brings this worker's rules to the shared generation. A worker whose re-read fails (the files
-- changed again since the /reload, and do not load now) keeps the rules it has and the
-- generation they came from, which its answers carry, and tries again once an interval until
-- the files load: a generation never stands for two rule sets.
local function sync()
  local gen = state.dict:get(GENERATION) or 0
  if gen == state.seen or ngx.now() < state.retry_at then return end
  local ok, err = reload()
  if ok then
    state.seen, state.retry_at = gen, 0
    ngx.log(ngx.NOTICE, "bounce: rules reloaded, generation ", gen)
  else
    state.retry_at = ngx.now() + state.interval
    ngx.log(ngx.ERR, "bounce: reload for generation ", gen, " failed, the rules of generation ", state.seen,
      " stay until the files load: ", err)
  end
end

--- init{ rules = { "default", "/etc/bounce/site.lua" }, dict = "bounce", lang = "en", interval = 1,
--        trusted = false }
-- -> true, or nil, err. Runs in init_by_lua: the rules are built once in the master, so a rule
-- file that does not load stops nginx from starting (or a `nginx -s reload` from taking effect),
-- and every worker starts with its own copy.
function _M.init(opts)
  opts = opts or {}
  local name = opts.dict or "bounce"
  local dict = ngx.shared[name]
  if not dict then
    return nil, string.format("bounce: no lua_shared_dict '%s' (add `lua_shared_dict %s 64k;` to the http block)",
      name, name)
  end
  local c, err = bounce.new { rules = opts.rules, lang = opts.lang, trusted = opts.trusted }
  if not c then return nil, "bounce: the rules do not load: " .. err end
  state.classifier, state.dict = c, dict
  state.seen = dict:get(GENERATION) or 0
  state.interval = opts.interval or state.interval
  return true
end

local function check(premature)
  if premature then return end
  local ok, err = pcall(sync)
  if not ok then ngx.log(ngx.ERR, "bounce: checking the rules generation: ", err) end
end

--- init_worker() -> true, or nil, err. Runs in init_worker_by_lua: a timer lets an idle worker
-- pick up a reload too, and a worker started after a reload catches up at once.
function _M.init_worker()
  if not state.classifier then return nil, "bounce: init() did not run in init_by_lua" end
  check(false)
  local ok, err = ngx.timer.every(state.interval, check)
  if not ok then return nil, "bounce: cannot start the reload timer: " .. err end
  return true
end

local function respond(status, body)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  ngx.header["Content-Length"] = #body + 1
  ngx.header["X-Bounce-Generation"] = state.seen
  ngx.say(body)
  return ngx.exit(status)
end

local function fail(status, message)
  return respond(status, json.encode { error = jsonout.utf8_clean(message) })
end

-- The request body, whether nginx kept it in memory or buffered it to a file.
local function read_body()
  ngx.req.read_body()
  local body = ngx.req.get_body_data()
  if body then return body end
  local path = ngx.req.get_body_file()
  if not path then return nil, "empty body" end
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  body = f:read("*a")
  f:close()
  return body
end

-- Common to the handlers: POST only, a body, rules in step with the other workers.
local function begin()
  if ngx.req.get_method() ~= "POST" then
    ngx.header["Allow"] = "POST"
    return nil, 405, "use POST"
  end
  if not state.classifier then return nil, 503, "bounce is not initialised (init_by_lua)" end
  sync()
  local body, err = read_body()
  if not body or body == "" then return nil, 400, "empty body: " .. tostring(err or "") end
  return body
end

local function is_json()
  local ctype = ngx.var.content_type
  return ctype ~= nil and ctype:lower():find("^application/json") ~= nil
end

local function check_lang(lang)
  if lang == nil or LANGUAGES[lang] then return true end
  return nil, "lang must be one of " .. table.concat(describe.languages, ", ")
end

-- A query-string argument: the string, or nil when absent; nil, err when it is given twice
-- (?lang=xx&lang=ja) or without a value (?lang), which nginx reads as a list or as true.
local function query_arg(args, name)
  local v = args[name]
  if v == nil or type(v) == "string" then return v end
  return nil, name .. (type(v) == "table" and " is given more than once" or " needs a value")
end

local function string_field(t, name)
  local v = t[name]
  if v == nil or v == cjson.null then return nil end
  if type(v) ~= "string" then return nil, name .. " must be a string" end
  return v
end

-- What a request may tell besides the reply: classify()'s context.
local CONTEXT_KEYS = { "rcpt", "mx", "command", "lang" }

-- { reply = "...", rcpt =, mx =, command =, lang = } from a JSON body, or the body as the reply
-- with the rest from the query string.
local function classify_request(body)
  if not is_json() then
    local args = ngx.req.get_uri_args()
    local ctx = {}
    for _, k in ipairs(CONTEXT_KEYS) do
      local v, err = query_arg(args, k)
      if err then return nil, err end
      ctx[k] = v
    end
    return body, ctx
  end
  local ok, t = pcall(json.decode, body)
  if not ok then return nil, "invalid JSON: " .. tostring(t) end
  if type(t) ~= "table" then return nil, "the JSON body must be an object" end
  local r, err = string_field(t, "reply")
  if not r then return nil, err or "reply is missing" end
  local ctx = {}
  for _, k in ipairs(CONTEXT_KEYS) do
    local v, ferr = string_field(t, k)
    if ferr then return nil, ferr end
    ctx[k] = v
  end
  return r, ctx
end

-- The request is checked before: what the classifier raises is a fault of the server.
local function internal(what, err)
  ngx.log(ngx.ERR, "bounce: ", what, ": ", err)
  return fail(500, what .. " failed")
end

--- POST /classify: the body is a reply as text (rcpt, mx, command, lang in the query string), or
-- JSON { "reply": "...", "rcpt": "...", "mx": "...", "command": "...", "lang": "..." }. Answers the
-- result as JSON.
function _M.classify()
  local body, status, message = begin()
  if not body then return fail(status, message) end
  local text, ctx = classify_request(body)
  if not text then return fail(400, ctx) end
  local known, err = check_lang(ctx.lang)
  if not known then return fail(400, err) end
  if ctx.command ~= nil then
    known, err = classifier.check_command(ctx.command)
    if not known then return fail(400, err) end
  end
  local ok, result = pcall(state.classifier.classify, state.classifier, text, ctx)
  if not ok then return internal("classify", result) end
  return respond(200, json.encode(result))
end

-- cjson writes an empty table as {}: the recipients are spliced in as an array.
local function encode_parsed(parsed)
  local head = '{"recipients":' .. jsonout.encode_list(parsed.recipients or {})
  parsed.recipients = nil
  local rest = json.encode(parsed)
  if rest == "{}" then return head .. "}" end
  return head .. "," .. rest:sub(2)
end

--- POST /parse: the body is a bounce email (DSN, ARF report, auto-reply or an MTA's text
-- bounce); lang in the query string. Answers { kind, recipients = [...], original, ... } as JSON.
function _M.parse()
  local body, status, message = begin()
  if not body then return fail(status, message) end
  local lang, err = query_arg(ngx.req.get_uri_args(), "lang")
  if err then return fail(400, err) end
  local known
  known, err = check_lang(lang)
  if not known then return fail(400, err) end
  local ok, parsed = pcall(state.classifier.parse, state.classifier, body, { lang = lang })
  if not ok then return internal("parse", parsed) end
  -- a cleaned copy: encode_parsed takes the recipients out of it
  local encoded, out = pcall(encode_parsed, jsonout.clean(parsed))
  if not encoded then return internal("encoding the parse result", out) end
  return respond(200, out)
end

--- POST /reload: re-reads the rule files here; when they load, every worker follows (before
-- its next request, or within `interval` seconds when idle). Answers { "generation": n }, or
-- 422 { "error": "file:line: ..." } with the rules in use kept everywhere.
function _M.reload()
  if ngx.req.get_method() ~= "POST" then
    ngx.header["Allow"] = "POST"
    return fail(405, "use POST")
  end
  if not state.classifier then return fail(503, "bounce is not initialised (init_by_lua)") end
  sync()
  local ok, err = reload()
  if not ok then
    ngx.log(ngx.ERR, "bounce: reload refused, the rules in use stay: ", err)
    return fail(422, err)
  end
  local gen, ierr = state.dict:incr(GENERATION, 1, 0)
  if not gen then return fail(500, "cannot bump the rules generation: " .. tostring(ierr)) end
  state.seen, state.retry_at = gen, 0
  ngx.log(ngx.NOTICE, "bounce: rules reloaded, generation ", gen)
  return respond(200, json.encode { generation = gen })
end

-- What nginx answers by itself, named in error_page (examples/openresty/nginx.conf).
local NGINX_ERRORS = {
  [400] = "the request could not be read",
  [403] = "forbidden from this address",
  [413] = "the body is larger than client_max_body_size",
  [414] = "the request line is too long",
  [500] = "internal error",
}

--- error_page(): the location nginx's own errors go to (a body over client_max_body_size, a
-- request it cannot read), so that they too answer {"error": ...}.
function _M.error_page()
  local status = ngx.status
  return fail(status, NGINX_ERRORS[status] or "error " .. status)
end

return _M
