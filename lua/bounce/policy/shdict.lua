--- nginx shared-dict store for bounce.policy (OpenResty, or nginx with the Lua module): shared by
-- the workers of one host, kept across requests, lost on restart.
--
-- Each change holds a lock in the dict (an add, released by a delete) for the subject it touches,
-- because a change reads and writes several keys and workers run in parallel. Writes use
-- safe_set: when the dict is full the change fails with "no memory" rather than evicting other
-- keys, suppression entries included. Export lists the dict's keys, which blocks the dict meanwhile.
local step = require "bounce.policy.step"

local _M = { _VERSION = "0.1.0" }

-- A worker that dies holding a lock frees it after this many seconds.
local LOCK_TTL = 1
-- Phases where ngx.sleep may yield; elsewhere (log, header filter ...) a waiter spins.
local YIELDABLE = {
  rewrite = true, server_rewrite = true, access = true, content = true, timer = true,
  ssl_cert = true, ssl_session_fetch = true, ssl_client_hello = true,
}

local mt = { __index = {} }
local store = mt.__index

--- new(opts) -> store.
-- opts.dict: an ngx.shared.DICT, or the name of one (lua_shared_dict in nginx.conf).
-- opts.lock_timeout: seconds a change waits for another worker's change on the same subject (default 1).
function _M.new(opts)
  if type(opts) ~= "table" then error("bounce.policy.shdict.new: opts must be a table", 2) end
  local ngx = rawget(_G, "ngx")
  local dict = opts.dict
  if type(dict) == "string" then
    if not ngx then error("bounce.policy.shdict.new: not running inside nginx", 2) end
    dict = ngx.shared[dict] or error("bounce.policy.shdict.new: no lua_shared_dict named " .. opts.dict, 2)
  end
  if type(dict) ~= "table" and type(dict) ~= "userdata" then
    error("bounce.policy.shdict.new: opts.dict must be a shared dict or its name", 2)
  end
  local timeout = opts.lock_timeout or 1
  if type(timeout) ~= "number" or timeout < 0 then
    error("bounce.policy.shdict.new: opts.lock_timeout must be a number of seconds", 2)
  end

  local function check(ok, err)
    if not ok then error(err, 0) end
  end
  local kv = {
    get = function(k) return dict:get(k) end,
    set = function(k, v, ttl) check(dict:safe_set(k, v, ttl)) end,
    del = function(k) dict:delete(k) end,
    add = function(k, ttl)
      local ok, err = dict:safe_add(k, "1", ttl)
      if ok then return true end
      if err == "exists" then return false end
      error(err, 0)
    end,
    sup_get = function(name, a) return dict:get(name .. ":" .. a) end,
    sup_set = function(name, a, v) check(dict:safe_set(name .. ":" .. a, v)) end,
    sup_del = function(name, a) dict:delete(name .. ":" .. a) end,
  }
  return setmetatable({ dict = dict, kv = kv, timeout = timeout, ngx = ngx }, mt)
end

local function lock(self, key)
  local ngx, dict = self.ngx, self.dict
  local deadline
  while true do
    local ok, err = dict:add(key, true, LOCK_TTL)
    if ok then return true end
    if err ~= "exists" then return nil, err end
    ngx.update_time()
    deadline = deadline or ngx.now() + self.timeout
    if ngx.now() >= deadline then return nil, "timed out waiting for " .. key end
    if YIELDABLE[ngx.get_phase()] then ngx.sleep(0.001) end
  end
end

--- run(ev) -> state strings (see bounce.policy.step.run), or nil, err.
function store:run(ev)
  if ev.op == "peek" then return step.run(self.kv, ev) end
  -- The subject a change is about: the sender at a provider, or the address.
  local key = "lock:" .. (ev.mark_key or ev.streak_key)
  local ok, err = lock(self, key)
  if not ok then return nil, "shdict: " .. err end
  local pok, res = pcall(step.run, self.kv, ev)
  self.dict:delete(key)
  if not pok then return nil, "shdict: " .. tostring(res) end
  return res
end

--- each_suppressed(sup_key, fn): calls fn(address, encoded entry) for every suppressed address.
function store:each_suppressed(sup_key, fn)
  local prefix = sup_key .. ":"
  for _, k in ipairs(self.dict:get_keys(0)) do
    if k:sub(1, #prefix) == prefix then
      local v = self.dict:get(k)
      if v then fn(k:sub(#prefix + 1), v) end
    end
  end
  return true
end

return _M
