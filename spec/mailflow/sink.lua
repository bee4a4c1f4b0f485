--- A small SMTP server for the mail-flow spec: it stands in for the receiving providers.
-- Usage: sink.lua RULES SPOOL PORTFILE LIFETIME
--   RULES: lines "rcpt|data <TAB> address <TAB> reply": reject that recipient at RCPT, or the
--     whole transaction at the end of DATA when it names that recipient, with that reply
--     ("\n" between the lines of a multi-line reply). A 421 reply closes the connection, as its
--     meaning says ("closing transmission channel", RFC 5321).
--   SPOOL: accepted messages go there as N.eml, their envelope as N.env ("MAIL addr", "RCPT addr").
--   PORTFILE: where the port bound on 127.0.0.1 is written once the sink listens.
--   LIFETIME: seconds after which the sink exits whatever happens, so it never outlives a run.
local socket = require "socket"

local rules_path, spool, portfile, lifetime = arg[1], arg[2], arg[3], tonumber(arg[4])
assert(rules_path and spool and portfile and lifetime, "usage: sink.lua RULES SPOOL PORTFILE LIFETIME")

local HOST = "sink.test"
local deadline = socket.gettime() + lifetime

local rules = { rcpt = {}, data = {} }
for line in io.lines(rules_path) do
  local stage, address, reply = line:match("^(%a+)\t([^\t]+)\t(.+)$")
  if stage then rules[stage][address:lower()] = reply:gsub("\\n", "\n") end
end

local transcript = assert(io.open(spool .. "/transcript.log", "a"))
transcript:setvbuf("line")

local function send_lines(client, lines)
  for _, line in ipairs(lines) do
    transcript:write("S: ", line, "\n")
    client:send(line .. "\r\n")
  end
end

local function send(client, reply)
  send_lines(client, { reply })
end

-- A rule's reply goes out line by line, as the provider sends it.
local function reject(client, reply)
  local lines = {}
  for line in reply:gmatch("[^\n]+") do lines[#lines + 1] = line end
  send_lines(client, lines)
end

local function address_of(arg_text)
  return (arg_text:match("<([^>]*)>") or arg_text:match("^%s*(%S+)") or ""):lower()
end

local stored = 0

local function store(mail_from, rcpts, data)
  stored = stored + 1
  local base = string.format("%s/%03d", spool, stored)
  local env = assert(io.open(base .. ".env", "w"))
  env:write("MAIL ", mail_from, "\n")
  for _, r in ipairs(rcpts) do env:write("RCPT ", r, "\n") end
  env:close()
  -- written under a temporary name first, so a reader never sees half a message
  local tmp = base .. ".tmp"
  local f = assert(io.open(tmp, "wb"))
  f:write(data)
  f:close()
  assert(os.rename(tmp, base .. ".eml"))
  return stored
end

-- Reads the message after DATA up to the lone dot, undoing dot-stuffing.
local function read_data(client)
  local lines = {}
  while true do
    local line, err = client:receive("*l")
    if not line then return nil, err end
    if line == "." then break end
    if line:sub(1, 1) == "." then line = line:sub(2) end
    lines[#lines + 1] = line
  end
  return table.concat(lines, "\r\n") .. "\r\n"
end

local function session(client)
  -- a client that stops talking is dropped, so the next one is served
  client:settimeout(15)
  send(client, "220 " .. HOST .. " ESMTP")
  local mail_from, rcpts
  while true do
    local line = client:receive("*l")
    if not line then return end
    transcript:write("C: ", line, "\n")
    local verb, rest = line:match("^(%a+)%s*(.*)$")
    verb = verb and verb:upper()
    if verb == "EHLO" then
      send_lines(client, { "250-" .. HOST, "250 8BITMIME" })
    elseif verb == "HELO" then
      send(client, "250 " .. HOST)
    elseif verb == "MAIL" then
      mail_from, rcpts = address_of(rest:gsub("^[Ff][Rr][Oo][Mm]:", "")), {}
      send(client, "250 2.1.0 Ok")
    elseif verb == "RCPT" and not mail_from then
      send(client, "503 5.5.1 MAIL first")
    elseif verb == "RCPT" then
      local rcpt = address_of(rest:gsub("^[Tt][Oo]:", ""))
      local reply = rules.rcpt[rcpt]
      if reply then
        reject(client, reply)
        if reply:match("^421") then return end
      else
        rcpts[#rcpts + 1] = rcpt
        send(client, "250 2.1.5 Ok")
      end
    elseif verb == "DATA" and not (rcpts and #rcpts > 0) then
      send(client, "554 5.5.1 No valid recipients")
    elseif verb == "DATA" then
      send(client, "354 End data with <CR><LF>.<CR><LF>")
      local data = read_data(client)
      if not data then return end
      local reply
      for _, r in ipairs(rcpts) do reply = reply or rules.data[r] end
      if reply then
        reject(client, reply)
        if reply:match("^421") then return end
      else
        send(client, "250 2.0.0 Ok: queued as " .. store(mail_from, rcpts, data))
      end
      mail_from, rcpts = nil, nil
    elseif verb == "RSET" then
      mail_from, rcpts = nil, nil
      send(client, "250 2.0.0 Ok")
    elseif verb == "NOOP" then
      send(client, "250 2.0.0 Ok")
    elseif verb == "QUIT" then
      send(client, "221 2.0.0 Bye")
      return
    else
      send(client, "502 5.5.2 Command not recognized")
    end
  end
end

local server = assert(socket.bind("127.0.0.1", 0))
local _, port = server:getsockname()
local pf = assert(io.open(portfile .. ".tmp", "w"))
pf:write(port, "\n")
pf:close()
assert(os.rename(portfile .. ".tmp", portfile))

-- One connection at a time is enough: the MTA never needs two open at once to make progress.
while socket.gettime() < deadline do
  server:settimeout(math.max(0.1, deadline - socket.gettime()))
  local client = server:accept()
  if client then
    session(client)
    client:close()
  end
end
server:close()
