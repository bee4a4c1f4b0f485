--- In-memory store for bounce.policy: one Lua state, nothing shared, nothing kept after exit.
-- The default store, and the reference the other stores behave like.
local step = require "bounce.policy.step"

local _M = { _VERSION = "0.1.0" }

-- Fewer keys than this are never swept.
local MIN_SWEEP = 1024

local mt = { __index = {} }
local store = mt.__index

--- new([opts]) -> store. opts.clock: function returning the current time in seconds, for
-- expiring keys (default os.time).
function _M.new(opts)
  opts = opts or {}
  if opts.clock ~= nil and type(opts.clock) ~= "function" then
    error("bounce.policy.memory: opts.clock must be a function", 2)
  end
  local clock = opts.clock or os.time
  local self = setmetatable({ values = {}, expires = {}, maps = {}, size = 0, limit = MIN_SWEEP }, mt)
  local values, expires = self.values, self.expires

  -- Expired keys are dropped when read, and all at once whenever the number of keys has doubled
  -- since the last sweep: memory stays bounded at a constant cost per write.
  local function sweep()
    local now, n = clock(), 0
    for k, exp in pairs(expires) do
      if exp <= now then values[k] = nil; expires[k] = nil else n = n + 1 end
    end
    self.size, self.limit = n, math.max(MIN_SWEEP, 2 * n)
  end

  local function get(k)
    local exp = expires[k]
    if exp and exp <= clock() then
      values[k], expires[k] = nil, nil
      self.size = self.size - 1
      return nil
    end
    return values[k]
  end

  local function set(k, v, ttl)
    if values[k] == nil then self.size = self.size + 1 end
    values[k], expires[k] = v, clock() + ttl
    if self.size > self.limit then sweep() end
  end

  local function del(k)
    if values[k] ~= nil then
      values[k], expires[k] = nil, nil
      self.size = self.size - 1
    end
  end

  local function map(name)
    local m = self.maps[name]
    if not m then m = {}; self.maps[name] = m end
    return m
  end

  self.kv = {
    get = get,
    set = set,
    del = del,
    add = function(k, ttl)
      if get(k) ~= nil then return false end
      set(k, "1", ttl)
      return true
    end,
    sup_get = function(name, address) return map(name)[address] end,
    sup_set = function(name, address, v) map(name)[address] = v end,
    sup_del = function(name, address) map(name)[address] = nil end,
  }
  return self
end

--- run(ev) -> state strings (see bounce.policy.step.run).
function store:run(ev)
  return step.run(self.kv, ev)
end

--- each_suppressed(sup_key, fn): calls fn(address, encoded entry) for every suppressed address.
function store:each_suppressed(sup_key, fn)
  for address, entry in pairs(self.maps[sup_key] or {}) do fn(address, entry) end
  return true
end

return _M
