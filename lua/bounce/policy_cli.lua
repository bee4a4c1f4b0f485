--- `bounce policy`: applies a stream of classified bounces to a policy store and prints the
-- decisions; imports and exports the suppression list. run(argv) returns the exit status.
local cjson = require "cjson.safe"
local json = require "bounce.json"
local policy = require "bounce.policy"
local taxonomy = require "bounce.taxonomy"

local _M = { _VERSION = "0.1.0" }

_M.USAGE = [[
usage: bounce policy [--store memory|redis://HOST:PORT/DB] [--sender IP|DOMAIN]
                     [--import FILE] [--export csv|jsonl] [FILE|-]
Applies classified bounces, one JSON object a line as "bounce classify --json" prints them, to
the store and prints one decision a line (ok, retry, throttle, suppress). A line names its
address in "recipient" (or "address"); "at" (seconds), "id" and "sender" are used where present.
A line with a "file" and no "id" is named by file and recipient, so a mailbox read twice counts once.
--import FILE  adds a suppression list (CSV, or JSONL if its first line starts with "{") first.
--export FMT   prints the suppression list at the end instead of the decisions.
Without FILE the lines come from standard input, unless --import or --export is given.
Exit status: 0; 1 if a line was refused or the store failed (stops at the first store failure); 2 usage.]]

local function parse(argv)
  local o = { store = "memory" }
  local i = 1
  while i <= #argv do
    local a = argv[i]
    if a == "--store" or a == "--sender" or a == "--import" or a == "--export" then
      local v = argv[i + 1]
      if not v then return nil, a .. " needs a value" end
      o[a:sub(3)] = v
      i = i + 1
    elseif a == "-h" or a == "--help" then
      o.help = true
    elseif a:sub(1, 2) == "--" then
      return nil, "unknown option " .. a
    elseif o.input then
      return nil, "one input at most"
    else
      o.input = a
    end
    i = i + 1
  end
  if o.export and o.export ~= "csv" and o.export ~= "jsonl" then return nil, "--export takes csv or jsonl" end
  if o.sender and o.sender:find("[%s|]") then return nil, "--sender takes an IP or domain" end
  return o
end

local function open_store(spec)
  if spec == "memory" then return require("bounce.policy.memory").new() end
  if spec:sub(1, 8) == "redis://" then return require("bounce.policy.redis").new { url = spec } end
  return nil, "--store takes memory or redis://HOST:PORT/DB"
end

local function import(p, path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local first = f:read("*l") or ""
  f:close()
  local n
  n, err = p:import(first:find("^%s*{") and "jsonl" or "csv", io.lines(path))
  if not n then return nil, path .. ": " .. err end
  return n
end

-- Fields a line may give and the JSON types each may have (null: as if absent).
local FIELD_TYPES = {
  recipient = "string", address = "string", category = "string", type = "string", status = "string",
  provider = "string", id = "string or number", at = "number or string", sender = "string", file = "string",
}

-- The line's fields of the wrong type, named; nil when there are none.
local function mistyped(r)
  for k, want in pairs(FIELD_TYPES) do
    if r[k] ~= nil and not want:find(type(r[k]), 1, true) then return k .. " must be a " .. want end
  end
  -- JSON has no infinity, but 1e999 decodes to one
  local at = tonumber(r.at)
  if r.at ~= nil and not (at and at > -math.huge and at < math.huge) then
    return "at must be a finite number of seconds"
  end
  return nil
end

-- One input line -> address, result, record options; or nil, err for a line to refuse.
local function event(line)
  local r, err = cjson.decode(line)
  if type(r) ~= "table" then return nil, "not a JSON object" .. (err and " (" .. err .. ")" or "") end
  for k, v in pairs(r) do
    if v == cjson.null then r[k] = nil end
  end
  err = mistyped(r)
  if err then return nil, err end
  local address = r.recipient or r.address
  local addr
  addr, err = policy.address(address)
  if not addr then return nil, address == nil and "no recipient" or err end
  if not taxonomy.categories[r.category] then return nil, "unknown category " .. tostring(r.category) end
  if r.type ~= nil and not taxonomy.types[r.type] then return nil, "unknown type " .. tostring(r.type) end
  local id = r.id
  if id == nil and r.file then id = r.file .. "|" .. addr end
  if type(id) == "number" then id = string.format("%.17g", id) end
  if id == "" then return nil, "id must not be empty" end
  local sender = r.sender and not r.sender:find("[%s|]") and r.sender or nil
  return addr, r, { at = tonumber(r.at), id = id, sender = sender }
end

local function apply(p, lines, print_decisions)
  local status, n = 0, 0
  for line in lines do
    n = n + 1
    line = line:gsub("\r$", "")
    if line:find("%S") then
      local addr, r, opts = event(line)
      if not addr then
        io.stderr:write("bounce: line ", n, ": ", r, "\n")
        status = 1
      else
        local d, err = p:record(addr, r, opts)
        if not d then
          io.stderr:write("bounce: line ", n, ": ", err, "; this line and the ones after it were not applied\n")
          return 1
        end
        if print_decisions then
          d.input, d.file = r.input, r.file
          io.write(json.encode(d), "\n")
        end
      end
    end
  end
  return status
end

--- run(argv) -> exit status. argv: the arguments after "policy".
function _M.run(argv)
  local o, err = parse(argv)
  if not o then
    io.stderr:write("bounce: ", err, "\n", _M.USAGE, "\n")
    return 2
  end
  if o.help then
    io.write(_M.USAGE, "\n")
    return 0
  end
  local store
  store, err = open_store(o.store)
  if not store then
    io.stderr:write("bounce: ", err, "\n")
    return 2
  end
  local p = policy.new { store = store, sender = o.sender }
  if o.import then
    local n
    n, err = import(p, o.import)
    if not n then
      io.stderr:write("bounce: ", err, "\n")
      return 1
    end
  end
  local status = 0
  local input = o.input or ((o.import or o.export) and nil or "-")
  if input then
    local lines
    if input == "-" then
      lines = io.lines()
    else
      local f
      f, err = io.open(input, "rb")
      if not f then
        io.stderr:write("bounce: ", err, "\n")
        return 1
      end
      f:close()
      lines = io.lines(input)
    end
    status = apply(p, lines, not o.export)
  end
  if o.export then
    local n
    n, err = p:export(o.export, function(s) io.write(s) end)
    if not n then
      io.stderr:write("bounce: ", err, "\n")
      return 1
    end
  end
  return status
end

return _M
