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
  return setmetatable({ by_domain = by_domain, by_mx = by_mx }, mt)
end

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

--- The provider for a context { provider =, rcpt =, mx = }, or nil.
function _M:detect(ctx)
  if type(ctx) ~= "table" then return nil end
  if type(ctx.provider) == "string" then return ctx.provider:lower() end
  if type(ctx.rcpt) == "string" then
    local domain = ctx.rcpt:match("@([^@>%s]+)>?%s*$")
    local hit = domain and lookup(self.by_domain, domain)
    if hit then return hit end
  end
  if type(ctx.mx) == "string" then
    local host = ctx.mx:match("^%s*%[?([^%]%s:]+)")
    return host and lookup(self.by_mx, host) or nil
  end
  return nil
end

return _M
