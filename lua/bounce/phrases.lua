--- Phrase lists for rule files. A rule's `match` phrases are all found in one pass over the
-- reply, whatever their number; an LPeg pattern runs on its own. Where a pattern is only
-- alternatives of words in a row, spelling it out as phrases keeps it in that one pass:
--
--   local phrases = require "bounce.phrases"
--   match = phrases.combine({ "account", "mailbox" }, " ", { "is", "has been" }, " disabled"),
--   -- { "account is disabled", "account has been disabled", "mailbox is disabled", ... }
local _M = { _VERSION = "0.1.0" }

-- A combination this long is a mistake in the rule, not a list anyone means to write.
local MAX_PHRASES = 10000

--- combine(part, ...) -> every phrase made of one choice from each part, in order: a part is a
-- string (always there) or a list of strings (one of them; "" makes the part optional).
function _M.combine(...)
  local out = { "" }
  for i = 1, select("#", ...) do
    local part = select(i, ...)
    if type(part) == "string" then part = { part } end
    if type(part) ~= "table" or #part == 0 then
      error("phrases.combine: part " .. i .. " must be a string or a non-empty list of strings", 2)
    end
    local grown = {}
    for _, head in ipairs(out) do
      for _, choice in ipairs(part) do
        if type(choice) ~= "string" then
          error("phrases.combine: part " .. i .. " holds a " .. type(choice) .. ", not a string", 2)
        end
        grown[#grown + 1] = head .. choice
      end
    end
    if #grown > MAX_PHRASES then
      error("phrases.combine: more than " .. MAX_PHRASES .. " phrases", 2)
    end
    out = grown
  end
  return out
end

--- concat(list, ...) -> one list holding the phrases of every list in order: families of
-- wordings, each with its own source comment, given to one `match`.
function _M.concat(...)
  local out = {}
  for i = 1, select("#", ...) do
    local list = select(i, ...)
    if type(list) ~= "table" then
      error("phrases.concat: argument " .. i .. " must be a list of strings, got " .. type(list), 2)
    end
    for _, phrase in ipairs(list) do out[#out + 1] = phrase end
  end
  return out
end

return _M
