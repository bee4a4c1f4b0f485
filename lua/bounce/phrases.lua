--- Phrase lists for rule files. A rule's `match` phrases are all found in one pass over the
-- reply, whatever their number; an LPeg pattern runs on its own. Where a pattern is only
-- alternatives of words in a row, spelling it out as phrases keeps it in that one pass:
--
--   local phrases = require "bounce.phrases"
--   match = phrases.combine({ "account", "mailbox" }, " ", { "is", "has been" }, " disabled"),
--   -- { "account is disabled", "account has been disabled", "mailbox is disabled", ... }
--   match = phrases.join("user unknown", phrases.combine("no such ", { "user", "mailbox" })),
--   -- { "user unknown", "no such user", "no such mailbox" }: one list of several families
--
-- Where the alternatives multiply into thousands of phrases (nouns x verbs x states), sequence()
-- makes the same words in a row an LPeg pattern instead, and the rule's phrase groups gate it:
--
--   match = { NOUNS, STATES }, pattern = phrases.sequence(NOUNS, " ", { "", "is " }, STATES),
local lpeg = require "lpeg"
local core = require "bounce.core"

local _M = { _VERSION = "0.1.0" }

-- A combination this long is a mistake in the rule, not a list anyone means to write.
local MAX_PHRASES = 10000

-- The strings of a part (a string or a non-empty list of them), checked; err names the caller.
local function part_list(part, i, err)
  if type(part) == "string" then part = { part } end
  if type(part) ~= "table" or #part == 0 then
    error(string.format("phrases.%s: part %d must be a string or a non-empty list of strings", err, i), 3)
  end
  for _, choice in ipairs(part) do
    if type(choice) ~= "string" then
      error(string.format("phrases.%s: part %d holds a %s, not a string", err, i, type(choice)), 3)
    end
  end
  return part
end

--- combine(part, ...) -> every phrase made of one choice from each part, in order: a part is a
-- string (always there) or a list of strings (one of them; "" makes the part optional).
function _M.combine(...)
  local out = { "" }
  for i = 1, select("#", ...) do
    local part = part_list(select(i, ...), i, "combine")
    local grown = {}
    for _, head in ipairs(out) do
      for _, choice in ipairs(part) do grown[#grown + 1] = head .. choice end
    end
    if #grown > MAX_PHRASES then
      error("phrases.combine: more than " .. MAX_PHRASES .. " phrases", 2)
    end
    out = grown
  end
  return out
end

--- join(part, ...) -> one list of the phrases given: each part is a string or a list of strings
-- (a combine() result, a shared list), kept in order.
function _M.join(...)
  local out = {}
  for i = 1, select("#", ...) do
    local part = select(i, ...)
    if type(part) == "string" then part = { part } end
    if type(part) ~= "table" then
      error("phrases.join: part " .. i .. " must be a string or a list of strings", 2)
    end
    for _, phrase in ipairs(part) do
      if type(phrase) ~= "string" then
        error("phrases.join: part " .. i .. " holds a " .. type(phrase) .. ", not a string", 2)
      end
      out[#out + 1] = phrase
    end
  end
  return out
end

--- fold(s) -> s as the folded reply spells it (docs/rules.md), which is what a pattern reads:
-- lower case, no accents, a run of white space as one space, which s may begin or end with.
function _M.fold(s)
  local lead, body, trail = s:match("^(%s*)(.-)(%s*)$")
  return (lead ~= "" and " " or "") .. core.fold(body) .. (trail ~= "" and " " or "")
end

-- Either of the patterns list[i..j], as a balanced tree of choices: their first bytes differ, so
-- LPeg tests a byte against each half instead of trying every branch in turn.
local function either(list, i, j)
  if i == j then return list[i] end
  local mid = math.floor((i + j) / 2)
  return either(list, i, mid) + either(list, mid + 1, j)
end

-- The strings, each followed by rest, in their order: grouped by their first byte, so that at a
-- byte that begins none of them the pattern fails at once, and at one that does only that
-- group is tried.
local function any_of(strings, rest)
  local groups, firsts = {}, {}
  for _, s in ipairs(strings) do
    local b = s:byte(1) or -1
    if not groups[b] then
      groups[b], firsts[#firsts + 1] = lpeg.P(s) * rest, b
    else
      groups[b] = groups[b] + lpeg.P(s) * rest
    end
  end
  local alternatives = {}
  for k, b in ipairs(firsts) do alternatives[k] = groups[b] end
  return either(alternatives, 1, #alternatives)
end

-- The strings of list, folded as the reply is.
local function fold_each(list)
  local out = {}
  for i, s in ipairs(list) do out[i] = _M.fold(s) end
  return out
end

--- sequence(part, ...) -> an LPeg pattern that matches what combine() with the same parts would
-- spell out, in as many pattern nodes as there are choices rather than phrases: every choice of a
-- part is tried before the pattern fails at a position. Each choice is folded as the reply is.
function _M.sequence(...)
  local n = select("#", ...)
  if n == 0 then error("phrases.sequence: no parts", 2) end
  local grammar = { "1" }
  for i = 1, n do
    local part = part_list(select(i, ...), i, "sequence")
    grammar[tostring(i)] = any_of(fold_each(part), i < n and lpeg.V(tostring(i + 1)) or lpeg.P(true))
  end
  return lpeg.P(grammar)
end

--- near(a, b, distance) -> an LPeg pattern: a phrase of a and a phrase of b, in either order, with
-- at most distance bytes between them, so that two words a long report holds far apart do not
-- count. Words are folded as the reply is. Give the rule { a, b } as its match groups too: the
-- pattern then runs only where both occur. Each list is one rule of a grammar, so that the
-- window refers to it rather than holding a copy of it for each byte.
function _M.near(a, b, distance)
  if type(distance) ~= "number" or distance < 0 or distance ~= math.floor(distance) then
    error("phrases.near: distance must be a whole number of bytes", 2)
  end
  -- Each list matches as the ordered choice of its phrases, so that the window begins where that
  -- choice ends: any_of() keeps the order of phrases that begin alike and tries the others only
  -- where they cannot match; an empty phrase, which matches anywhere, ends the list.
  local lists = { part_list(a, 1, "near"), part_list(b, 2, "near") }
  for k, list in ipairs(lists) do
    local folded = {}
    for _, phrase in ipairs(list) do
      folded[#folded + 1] = _M.fold(phrase)
      if folded[#folded] == "" then break end
    end
    lists[k] = any_of(folded, lpeg.P(true))
  end
  local A, B, V = lists[1], lists[2], lpeg.V
  return lpeg.P {
    "near",
    near = V "a" * (1 - V "b") ^ -distance * V "b" + V "b" * (1 - V "a") ^ -distance * V "a",
    a = A, b = B,
  }
end

return _M
