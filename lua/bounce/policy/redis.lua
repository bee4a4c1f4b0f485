--- Redis store for bounce.policy, shared by several hosts. Every change is one server-side Lua
-- script (bounce.policy.step inside a thin glue), so two hosts recording at once lose no count;
-- keys expire when their window ends; the suppression list is one hash without expiry.
--
-- The client is pluggable: opts.connect is a function returning a connection with the methods
-- script, evalsha and eval, as both redis-lua (Debian's lua-redis, over LuaSocket) and
-- OpenResty's resty.redis have them; opts.url builds such a function over redis-lua.
local _M = { _VERSION = "0.1.0" }

local GLUE = [[
local sup_key = KEYS[1]
local function value(v) if v then return v end return nil end
local function ms(ttl) return math.max(1, math.ceil(ttl * 1000)) end
local kv = {
  get = function(k) return value(redis.call("GET", k)) end,
  set = function(k, v, ttl) redis.call("SET", k, v, "PX", ms(ttl)) end,
  del = function(k) redis.call("DEL", k) end,
  add = function(k, ttl) return redis.call("SET", k, "1", "NX", "PX", ms(ttl)) ~= false end,
  sup_get = function(_, a) return value(redis.call("HGET", sup_key, a)) end,
  sup_set = function(_, a, v) redis.call("HSET", sup_key, a, v) end,
  sup_del = function(_, a) redis.call("HDEL", sup_key, a) end,
}
if ARGV[1] == "scan" then
  return redis.call("HSCAN", sup_key, ARGV[2], "COUNT", ARGV[3])
end
return step.run(kv, {
  op = ARGV[1], address = ARGV[2], at = tonumber(ARGV[3]), category = ARGV[4], count = tonumber(ARGV[5]),
  span = tonumber(ARGV[6]), window = tonumber(ARGV[7]), id_ttl = tonumber(ARGV[8]), entry = ARGV[9],
  sup_key = sup_key, streak_key = KEYS[2], counter_key = KEYS[3], mark_key = KEYS[4], id_key = KEYS[5],
})
]]

-- The script carries the source of bounce.policy.step, the file beside this one, read when this
-- module loads (a relative path would break once the process changes directory).
local SCRIPT
do
  local here = debug.getinfo(1, "S").source:match("^@(.*)redis%.lua$")
  local f = here and io.open(here .. "step.lua", "rb")
  if not f then error("bounce.policy.redis: step.lua is not beside redis.lua") end
  SCRIPT = "local step = (function()\n" .. f:read("*a") .. "\nend)()\n" .. GLUE
  f:close()
end

-- redis-lua raises errors with a source position in front; callers want the message.
local function message(err)
  return (tostring(err):gsub("^[^\n]-:%d+: ", ""))
end

local function load_redis_lua()
  local ok, mod = pcall(require, "redis")
  if ok then return mod end
  -- Debian's lua-redis installs the module for Lua 5.1 to 5.3 only; it is plain Lua that 5.4 runs as is.
  for _, path in ipairs { "/usr/share/lua/5.3/redis.lua", "/usr/share/lua/5.1/redis.lua" } do
    local chunk = loadfile(path)
    if chunk then
      mod = chunk("redis")
      package.loaded.redis = mod
      return mod
    end
  end
  return nil, "bounce.policy.redis: redis-lua is not installed (Debian: lua-redis)"
end

--- connector(url) -> connect function over redis-lua, or nil, err.
-- url: redis://HOST[:PORT][/DB][?timeout=SECONDS] (port 6379, db 0, timeout 2 seconds by default).
function _M.connector(url)
  if type(url) ~= "string" then error("bounce.policy.redis: url must be a string", 2) end
  local host, port, db, query = url:match("^redis://([%w.%-]+):?(%d*)/?(%d*)%??(.*)$")
  if not host then return nil, "bounce.policy.redis: not a redis://HOST:PORT/DB url: " .. url end
  local timeout = 2
  for k, v in query:gmatch("([^&=]+)=([^&]*)") do
    if k ~= "timeout" or not tonumber(v) then return nil, "bounce.policy.redis: unknown url parameter " .. k end
    timeout = tonumber(v)
  end
  local client, err = load_redis_lua()
  if not client then return nil, err end
  port, db = tonumber(port) or 6379, tonumber(db) or 0
  return function()
    local ok, conn = pcall(client.connect, { host = host, port = port, timeout = timeout })
    if not ok then return nil, message(conn) end
    if db ~= 0 then
      local sok, serr = pcall(conn.select, conn, db)
      if not sok then return nil, message(serr) end
    end
    return conn
  end
end

local mt = { __index = {} }
local store = mt.__index

--- new(opts) -> store, or nil, err.
-- opts.url: as for connector(); or opts.connect: function() -> connection, or nil, err.
-- opts.release: function(conn, healthy) called after every operation (OpenResty: set_keepalive
-- or close); without it the store keeps a healthy connection for the next operation.
function _M.new(opts)
  if type(opts) ~= "table" then error("bounce.policy.redis.new: opts must be a table", 2) end
  local connect = opts.connect
  if opts.url ~= nil then
    if connect ~= nil then error("bounce.policy.redis.new: give opts.url or opts.connect, not both", 2) end
    local err
    connect, err = _M.connector(opts.url)
    if not connect then return nil, err end
  end
  if type(connect) ~= "function" then error("bounce.policy.redis.new: opts.url or opts.connect is required", 2) end
  if opts.release ~= nil and type(opts.release) ~= "function" then
    error("bounce.policy.redis.new: opts.release must be a function", 2)
  end
  return setmetatable({ connect = connect, release = opts.release, script = SCRIPT }, mt)
end

-- Calls a method on the connection; both clients' ways of failing come back as nil, err
-- (redis-lua raises, resty.redis returns nil or false and a message).
local function call(conn, method, ...)
  local ok, res, err = pcall(conn[method], conn, ...)
  if not ok then return nil, message(res) end
  if not res then return nil, err or "no reply" end
  return res
end

-- Runs the script once on one connection: EVALSHA, and EVAL where the server has lost its
-- script cache (a restart or SCRIPT FLUSH); EVAL caches it again.
local function eval(self, conn, n, ...)
  if not self.sha then
    local sha, err = call(conn, "script", "load", self.script)
    if not sha then return nil, err end
    self.sha = sha
  end
  local res, err = call(conn, "evalsha", self.sha, n, ...)
  if not res and err:find("NOSCRIPT", 1, true) then
    res, err = call(conn, "eval", self.script, n, ...)
  end
  return res, err
end

local function attempt(self, n, ...)
  local conn, kept = self.conn, self.conn ~= nil
  self.conn = nil
  if not conn then
    local err
    conn, err = self.connect()
    if not conn then return nil, "redis: " .. tostring(err), false end
  end
  local res, err = eval(self, conn, n, ...)
  -- A failed connection is dropped (its socket closes when collected): the next operation connects anew.
  if self.release then
    self.release(conn, res ~= nil)
  elseif res then
    self.conn = conn
  end
  if not res then return nil, "redis: " .. err, kept end
  return res
end

-- A kept connection may have been closed by the server since its last use (restart, idle
-- timeout); an operation that is safe to repeat is tried once more on a fresh connection.
local function run_script(self, safe, n, ...)
  local res, err, kept = attempt(self, n, ...)
  if not res and kept and safe then res, err = attempt(self, n, ...) end
  return res, err
end

-- Operations that leave the same state when done twice.
local READ_OR_IDEMPOTENT = { peek = true, reset = true, suppress = true, unsuppress = true }

--- run(ev) -> state strings (see bounce.policy.step.run), or nil, err.
-- A record with an id is repeated once after a broken kept connection: if the first try did
-- reach the server, its id makes the second a no-op.
function store:run(ev)
  local res, err = run_script(self, READ_OR_IDEMPOTENT[ev.op] or (ev.id_key ~= nil), 5,
    ev.sup_key, ev.streak_key or "", ev.counter_key or "", ev.mark_key or "", ev.id_key or "",
    ev.op, ev.address, tostring(ev.at or 0), ev.category or "", tostring(ev.count or 0), tostring(ev.span or 0),
    tostring(ev.window or 0), tostring(ev.id_ttl or 0), ev.entry or "")
  if not res then return nil, err end
  return res
end

--- each_suppressed(sup_key, fn): calls fn(address, encoded entry) for every suppressed address,
-- reading the hash in batches (HSCAN) so a long list does not block the server.
function store:each_suppressed(sup_key, fn)
  local cursor = "0"
  repeat
    local res, err = run_script(self, true, 5, sup_key, "", "", "", "", "scan", cursor, "1000")
    if not res then return nil, err end
    cursor = res[1]
    local pairs_ = res[2]
    for i = 1, #pairs_, 2 do fn(pairs_[i], pairs_[i + 1]) end
  until cursor == "0"
  return true
end

return _M
