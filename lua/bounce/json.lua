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

local REPLACEMENT = "\239\191\189" -- U+FFFD

-- A run of bytes past ASCII: a lead byte (or a stray continuation byte) and the continuation
-- bytes after it. Its valid sequence, if any, stays; each other byte becomes U+FFFD.
local function clean_run(run)
  local len = utf8_at(run, 1, run:byte(1)) or 0
  if len == #run then return nil end
  return run:sub(1, len) .. REPLACEMENT:rep(#run - len)
end

--- utf8_clean(s) -> s with each byte that starts no valid UTF-8 sequence replaced by U+FFFD.
-- One pass of gsub, which builds nothing but the result (a table of pieces cost 80 times the
-- input on text of invalid bytes).
function _M.utf8_clean(s)
  if not s:find("[\128-\255]") then return s end
  return (s:gsub("[\128-\255][\128-\191]*", clean_run))
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

--- encode_list(list) -> a JSON array of the list's items: "[]" when there are none, where
-- cjson writes an empty table as the object {}.
function _M.encode_list(list)
  local items = {}
  for i, v in ipairs(list) do items[i] = _M.encode(v) end
  return "[" .. table.concat(items, ",") .. "]"
end

-- Bytes of a string value encoded at a time by write_object.
local CHUNK = 64 * 1024

-- Whether byte b continues a UTF-8 sequence.
local function continues(b)
  return b ~= nil and b >= 0x80 and b <= 0xBF
end

-- Writes the JSON text of string s, made valid UTF-8, through write(piece) in pieces of about
-- CHUNK bytes: a reply of megabytes costs no copy of its size. A piece never ends inside a
-- sequence: it ends before a byte that starts one, or, in a run of continuation bytes longer
-- than any sequence, anywhere.
local function write_string(s, write)
  write('"')
  local i, n = 1, #s
  while i <= n do
    local j = math.min(i + CHUNK - 1, n)
    local k = j
    while k > j - 3 and k > i and continues(s:byte(k + 1)) do k = k - 1 end
    if continues(s:byte(k + 1)) then k = j end
    write(codec.encode(_M.utf8_clean(s:sub(i, k))):sub(2, -2))
    i = k + 1
  end
  write('"')
end

--- write_object(record, keys, write): writes through write(...) a JSON object of record's
-- fields in the order of the list keys, those that are nil left out: the same record prints the
-- same line on every run, where a table's own order would vary. A string is written a piece at
-- a time, so a long one is never copied whole.
function _M.write_object(record, keys, write)
  local sep = "{"
  for _, k in ipairs(keys) do
    local v = record[k]
    if v ~= nil then
      write(sep, codec.encode(k), ":")
      if type(v) == "string" then write_string(v, write) else write(_M.encode(v)) end
      sep = ","
    end
  end
  write(sep == "{" and "{}" or "}")
end

--- encode_object(record, keys) -> the text write_object writes.
function _M.encode_object(record, keys)
  local parts = {}
  _M.write_object(record, keys, function(...)
    for i = 1, select("#", ...) do parts[#parts + 1] = select(i, ...) end
  end)
  return table.concat(parts)
end

return _M
