--- bounce: classify email bounces (SMTP replies and bounce emails) by rules operators can
-- read and override. `require "bounce"` gives a ready classifier on the default rule pack;
-- `bounce.new{ rules = ... }` builds others.
local core = require "bounce.core"
local classifier = require "bounce.classifier"

local _M = { _VERSION = "0.1.0" }

local default

local function default_classifier()
  if not default then
    local err
    default, err = classifier.new()
    if not default then error("bounce: the default rule pack does not load: " .. err, 3) end
  end
  return default
end

--- new(opts) -> classifier, or nil, err (see bounce.classifier)
_M.new = classifier.new

--- classify(reply [, ctx]) with the default rule pack.
function _M.classify(reply, ctx)
  return default_classifier():classify(reply, ctx)
end

--- explain(reply [, ctx]) with the default rule pack.
function _M.explain(reply, ctx)
  return default_classifier():explain(reply, ctx)
end

--- parse(message [, opts]) with the default rule pack: a bounce email, every recipient classified.
function _M.parse(message, opts)
  return default_classifier():parse(message, opts)
end

--- describe(status or category or result [, lang]) -> text in en, zh-CN, zh-TW, ja or de.
function _M.describe(what, lang)
  return default_classifier():describe(what, lang)
end

--- parse_reply(reply) -> code, status, class, effective status (the C reply parser).
_M.parse_reply = core.parse_reply

return _M
