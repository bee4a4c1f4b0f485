--- Provider detection from the recipient's domain and the MX host. (Fingerprints in the reply
-- text are matched by the engine in the same pass as the rules' phrases.)
local _M = { _VERSION = "0.1.0" }

local mt = { __index = _M }

--- Builds a detector from the providers the rule files declare.
function _M.new(providers)
  local by_domain, by_mx = {}, {}
  for _, p in ipairs(providers) do
    for _, d in ipairs(p.domains or {}) do by_domain[d] = by_domain[d] or p.name end
    for _, m in ipairs(p.mx or {}) do by_mx[m] = by_mx[m] or p.name end
  end
  return setmetatable({
    domains = { map = by_domain, seen = {}, nseen = 0 },
    mx_hosts = { map = by_mx, seen = {}, nseen = 0 },
  }, mt)
end

-- Names looked up before and what they gave (false: no provider). Mail goes to the same few
-- domains and MX hosts over and over, and the walk up a name's parents is the costly part of
-- detection. Past this many names of a kind the memory starts over, so made-up names cannot
-- grow it.
local MAX_SEEN = 10000

-- The name itself, then each parent: "mx1.mail.example.com", "mail.example.com", ...
local function lookup(map, name)
  name = name:lower():gsub("%.$", "")
  while name and name ~= "" do
    local hit = map[name]
    if hit then return hit end
    name = name:match("^[^.]*%.(.+)$")
  end
  return nil
end

-- lookup in names.map, remembered in names.seen.
local function remembered(names, name)
  local hit = names.seen[name]
  if hit == nil then
    if names.nseen >= MAX_SEEN then names.seen, names.nseen = {}, 0 end
    hit = lookup(names.map, name) or false
    names.seen[name] = hit
    names.nseen = names.nseen + 1
  end
  return hit or nil
end

--- The provider for a context { provider =, rcpt =, mx = }, or nil.
function _M:detect(ctx)
  if type(ctx) ~= "table" then return nil end
  if type(ctx.provider) == "string" then return ctx.provider:lower() end
  if type(ctx.rcpt) == "string" then
    local domain = ctx.rcpt:match("@([^@>%s]+)>?%s*$")
    local hit = domain and remembered(self.domains, domain)
    if hit then return hit end
  end
  if type(ctx.mx) == "string" then
    local host = ctx.mx:match("^%s*%[?([^%]%s:]+)")
    return host and remembered(self.mx_hosts, host) or nil
  end
  return nil
end

return _M
