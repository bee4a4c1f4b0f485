--- Outbound hook decisions: what an MTA's hook should do with one recipient's failure:
--   "OK"        drop: nothing to retry and nothing to bounce (not a failure: delivered, a
--               delay notice, an auto-reply, a complaint report)
--   "DENYSOFT"  try again after `delay` seconds
--   "DENY"      give up now and bounce to the sender
-- These are decisions, not return codes to pass to Haraka's next() as they are: there, any
-- answer to the `deferred` hook but next(DENYSOFT, delay) or next() drops the message without a
-- bounce. docs/hooks.md shows how each decision maps onto the `deferred` and `bounce` hooks.
--
--   local hooks = require "bounce.hooks"
--   local d = hooks.decide(rcpt)                          -- default rules and delays
--   local decider = hooks.new{ classifier = bounce.new{...}, delays = { mailbox_full = 7200 } }
--   local d, err = decider:decide(rcpt)
--   -- d = { verdict = "DENYSOFT", delay = 3600, reply = "452 4.2.2 ...", result = {...} }
--
-- The fields of one recipient, as any of:
--   Haraka: dsn_smtp_code (550 or "550"), dsn_smtp_extc ("5.1.1"), dsn_smtp_response (the text
--     after code and enhanced status), dsn_status, dsn_remote_mta, and the address as user + host;
--   a DSN (RFC 3464) or bounce.parse: status, diagnostic (or diagnostic_code), remote_mta,
--     recipient, dsn_action;
--   a classification already made (bounce.parse's recipients carry one): type, category, rule...
-- The verdict follows the classification: type none -> OK; hard -> DENY; soft -> DENYSOFT,
-- except a permanent (5xx) failure that only a person can fix (fix_sender_config,
-- review_content, fix_message, delist, ...): the same message would fail again, so DENY.
-- The delay is the reply's or the provider's retry_after when known, else the category's.
local taxonomy = require "bounce.taxonomy"

local _M = { _VERSION = "0.1.0" }

-- Seconds to wait before the next attempt, by category, when the reply and the provider say
-- nothing. Categories whose usual type is hard appear for their 4xx forms (450 4.1.1 while a
-- directory is unreachable, a temporary DNS failure), which are soft.
_M.delays = {
  -- the receiver asked for a quick retry, or one will succeed once the moment has passed
  greylisted = 300,            -- greylisting lets the same triplet through after a few minutes
  too_many_recipients = 300,   -- the recipients left over go in the next transaction
  system_error = 600,
  network_error = 600,
  protocol_error = 600,
  unknown = 900,
  recipient_rate_limited = 900, -- one recipient's inbound limit cools down within minutes
  -- the receiver wants less from us: retrying soon makes it worse
  rate_limited = 1800,
  routing_error = 1800,
  recipient_unknown = 1800,
  recipient_inactive = 1800,
  domain_invalid = 1800,
  -- someone has to act (the recipient frees space, we fix DNS or get delisted): hours
  mailbox_full = 3600,
  reputation = 3600,
  blocklisted = 3600,
  auth_failure = 3600,
  reverse_dns = 3600,
  tls_required = 3600,
  sender_invalid = 3600,
  relay_denied = 3600,
  sender_account = 3600,
  recipient_policy = 3600,
  spam_content = 3600,
  malicious_content = 3600,
  policy_block = 3600,
  message_too_large = 3600,
  message_noncompliant = 3600,
  expired = 3600,
  suppressed = 3600,
  -- any category a rule pack adds later
  default = 900,
}

-- Soft failures worth retrying even when the reply was 5xx: the receiver's state changes by
-- itself (a mailbox is emptied, a rate limit resets); other actions wait for a person.
local RETRY_ACTIONS = { retry = true, throttle = true }

local SUCCESS_ACTIONS = { delivered = true, relayed = true, expanded = true }

local Decider = {}
local mt = { __index = Decider }

local function check_field(fields, name, ...)
  local v = fields[name]
  if v == nil then return end
  local t = type(v)
  for i = 1, select("#", ...) do
    if t == select(i, ...) then return end
  end
  error(string.format("hooks.decide: field %s must be a %s, got %s", name, table.concat({ ... }, " or "), t), 4)
end

local function check_fields(fields)
  if type(fields) ~= "table" then
    error("hooks.decide: fields must be a table, got " .. type(fields), 3)
  end
  check_field(fields, "dsn_smtp_code", "number", "string")
  for _, name in ipairs {
    "dsn_smtp_extc", "dsn_smtp_response", "dsn_status", "dsn_action", "dsn_remote_mta", "status", "diagnostic",
    "diagnostic_code", "remote_mta", "recipient", "rcpt", "user", "host",
  } do
    check_field(fields, name, "string")
  end
end

local function nonempty(s)
  if s and s:match("%S") then return s end
  return nil
end

local function has_enhanced(text)
  return text:find("%f[%w][245]%.%d%d?%d?%.%d%d?%d?%f[^%w.]") ~= nil
end

--- reply(fields) -> the reply text to classify, or nil when the fields carry none.
-- Haraka splits a reply into code, enhanced status and text; a DSN gives the diagnostic (after
-- its type, "smtp; ") and the status apart. Both become "code status text", the status left out
-- when the text has its own: the reply's status says more than a report's generic 5.0.0.
function _M.reply(fields)
  local status = nonempty(fields.dsn_smtp_extc) or nonempty(fields.dsn_status) or nonempty(fields.status)
  local text = nonempty(fields.dsn_smtp_response) or nonempty(fields.diagnostic) or nonempty(fields.diagnostic_code)
  local code = fields.dsn_smtp_code and tostring(fields.dsn_smtp_code)
  if code and not code:match("^%d%d%d$") then code = nil end
  if text then
    text = text:gsub("^%s*%a[%w%-]*;%s*", "")
    local tcode, rest = text:match("^(%d%d%d)[ -](.*)$")
    if tcode then code, text = tcode, rest end
  end
  local parts = {}
  if code then parts[#parts + 1] = code end
  if status and not (text and has_enhanced(text)) then parts[#parts + 1] = status end
  if text and text:match("%S") then parts[#parts + 1] = text end
  if #parts == 0 then return nil end
  return table.concat(parts, " ")
end

-- "dns; mx.example.com", "mx.example.com (TCP|192.0.2.1|25)", "[192.0.2.1]" -> the host
local function mx_host(remote)
  if not remote then return nil end
  local host = remote:gsub("^%s*%a+;%s*", ""):match("^%[?([%w%.%-:]+)%]?")
  return host and nonempty((host:gsub("%.$", "")))
end

local function context(fields)
  local rcpt = nonempty(fields.recipient) or nonempty(fields.rcpt)
  if not rcpt and fields.user and fields.host then rcpt = fields.user .. "@" .. fields.host end
  if rcpt then rcpt = rcpt:gsub("^%s*rfc822;%s*", ""):gsub("^<(.*)>$", "%1") end
  return { rcpt = rcpt, mx = mx_host(fields.dsn_remote_mta or fields.remote_mta) }
end

local function already_classified(fields)
  return type(fields.type) == "string" and type(fields.category) == "string" and taxonomy.types[fields.type] ~= nil
end

local function verdict(result)
  if result.type == "none" then return "OK" end
  if result.type == "hard" then return "DENY" end
  if RETRY_ACTIONS[result.action] or not result.permanent then return "DENYSOFT" end
  return "DENY"
end

--- new{ classifier = bounce.new{...}, delays = { category = seconds, default = seconds } }
-- -> decider. Delays given replace the defaults of those categories only.
function _M.new(opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("hooks.new: options must be a table, got " .. type(opts), 2)
  end
  opts = opts or {}
  local classifier = opts.classifier
  if classifier ~= nil and (type(classifier) ~= "table" or type(classifier.classify) ~= "function") then
    error("hooks.new: classifier must have a classify method (bounce.new)", 2)
  end
  if opts.delays ~= nil and type(opts.delays) ~= "table" then
    error("hooks.new: delays must be a table of seconds by category, got " .. type(opts.delays), 2)
  end
  local delays = {}
  for k, v in pairs(_M.delays) do delays[k] = v end
  for k, v in pairs(opts.delays or {}) do
    if k ~= "default" and not taxonomy.categories[k] then
      error("hooks.new: delays: unknown category " .. tostring(k), 2)
    end
    if type(v) ~= "number" or v < 0 then
      error("hooks.new: delays." .. tostring(k) .. " must be a number of seconds", 2)
    end
    delays[k] = v
  end
  return setmetatable({ classifier = classifier, delays = delays }, mt)
end

-- The default rule pack, loaded on first use (bounce requires nothing from here).
local function default_classifier()
  local bounce = require "bounce"
  return { classify = function(_, reply, ctx) return bounce.classify(reply, ctx) end }
end

--- decider:decide(fields) -> { verdict =, delay = (DENYSOFT only), reply =, result = }, or
-- nil, err when the fields hold neither a reply, a status nor a classification.
function Decider:decide(fields)
  check_fields(fields)
  local reply = _M.reply(fields)
  local result
  if already_classified(fields) then
    result = fields
  else
    if not reply then return nil, "hooks.decide: no reply, status or classification in the fields" end
    self.classifier = self.classifier or default_classifier()
    result = self.classifier:classify(reply, context(fields))
  end
  local action = (fields.dsn_action or ""):lower()
  local decision = { verdict = verdict(result), reply = reply, result = result }
  if SUCCESS_ACTIONS[action] then decision.verdict = "OK" end
  if decision.verdict == "DENYSOFT" then
    local after = result.retry_after
    if type(after) == "number" and after > 0 then
      decision.delay = after
    else
      decision.delay = self.delays[result.category] or self.delays.default
    end
  end
  return decision
end

local shared

--- decide(fields [, classifier]) -> decision, or nil, err: with the default delays, and the
-- default rule pack unless a classifier is given.
function _M.decide(fields, classifier)
  if classifier ~= nil then
    return _M.new { classifier = classifier }:decide(fields)
  end
  shared = shared or _M.new()
  return shared:decide(fields)
end

return _M
