--- JSON out of the project (CLI, OpenResty): lua-cjson, with every string made valid UTF-8
-- first. JSON is UTF-8 (RFC 8259), and an email's raw 8-bit headers are often not (Shift_JIS,
-- Latin-1): each byte that starts no valid sequence becomes U+FFFD.
local cjson = require "cjson"

local _M = { _VERSION = "0.1.0" }

local codec = cjson.new()

-- Length of the valid UTF-8 sequence at s[i] (first byte c), or nil.
local function utf8_at(s, i, c)
  if c < 0x80 then return 1 end
  local b2 = s:byte(i + 1)
  if not b2 then return nil end
  if c >= 0xC2 and c <= 0xDF then return b2 >= 0x80 and b2 <= 0xBF and 2 or nil end
  -- no overlong forms, no surrogates, nothing past U+10FFFF
  local lo, hi = 0x80, 0xBF
  if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F
  elseif c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end
  if b2 < lo or b2 > hi then return nil end
  local b3 = s:byte(i + 2)
  if not b3 or b3 < 0x80 or b3 > 0xBF then return nil end
  if c >= 0xE0 and c <= 0xEF then return 3 end
  if c < 0xF0 or c > 0xF4 then return nil end
  local b4 = s:byte(i + 3)
  if not b4 or b4 < 0x80 or b4 > 0xBF then return nil end
  return 4
end

-- JSON is UTF-8 (RFC 8259), and an email's raw 8-bit headers are often not (Shift_JIS, Latin-1):
-- each byte that starts no valid sequence becomes U+FFFD.
function _M.utf8_clean(s)
  if not s:find("[\128-\255]") then return s end
  local out, i, n, from = {}, 1, #s, 1
  while i <= n do
    local len = utf8_at(s, i, s:byte(i))
    if len then
      i = i + len
    else
      out[#out + 1] = s:sub(from, i - 1)
      out[#out + 1] = "\239\191\189"
      i = i + 1
      from = i
    end
  end
  out[#out + 1] = s:sub(from)
  return table.concat(out)
end

function _M.clean(v)
  if type(v) == "string" then return _M.utf8_clean(v) end
  if type(v) ~= "table" then return v end
  local out = {}
  for k, x in pairs(v) do out[_M.clean(k)] = _M.clean(x) end
  return out
end

--- encode(value) -> JSON text with valid UTF-8 strings.
function _M.encode(value)
  return codec.encode(_M.clean(value))
end

--- encode_object(record, keys) -> a JSON object of record's fields in the order of the list
-- keys, those that are nil left out: the same record prints the same line on every run, where
-- a table's own order would vary.
function _M.encode_object(record, keys)
  local parts = {}
  for _, k in ipairs(keys) do
    local v = record[k]
    if v ~= nil then parts[#parts + 1] = codec.encode(k) .. ":" .. _M.encode(v) end
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

return _M
