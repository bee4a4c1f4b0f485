--- A private Exim for the mail-flow spec: its own configuration, spool and logs under one
-- folder, relaying every address to 127.0.0.1:PORT. Of the system's Exim only the binary is
-- used; no daemon runs: messages go in on the command line (-odi: delivered at once) and
-- deferred ones are retried by forced queue runs.
local support = require "spec.support"
local M = {}
local Exim = {}
Exim.__index = Exim

local BINARIES = { "/usr/sbin/exim4", "/usr/sbin/exim", "/usr/bin/exim4", "/usr/bin/exim" }

local function q(s)
  return "'" .. tostring(s):gsub("'", "'\\''") .. "'"
end
M.quote = q

--- Runs a shell command; true when it exited 0 (os.execute answers differently in 5.1 and 5.4).
function M.execute(cmd)
  local r = os.execute(cmd)
  return r == true or r == 0
end

--- The Exim binary, or nil when Exim is not installed.
function M.binary()
  for _, path in ipairs(BINARIES) do
    local f = io.open(path, "rb")
    if f then
      f:close()
      return path
    end
  end
  return nil
end

-- Debian's Exim never delivers as root (FIXED_NEVER_USERS), so run as root it works as the
-- package's own user; run by anyone else it stays that user (an untrusted -C drops privilege).
local function identity()
  local uid = support.capture("id -u"):match("%d+")
  if uid == "0" and support.capture("id -u Debian-exim 2>/dev/null"):match("%d+") then
    return "Debian-exim", "Debian-exim"
  end
  return support.capture("id -un"):match("%S+"), support.capture("id -gn"):match("%S+")
end

local CONFIG = [[
primary_hostname = mta.test
qualify_domain = sender.test
exim_path = ${bin}
exim_user = ${user}
exim_group = ${group}
trusted_users = ${user}
never_users =
spool_directory = ${dir}/spool
log_file_path = ${dir}/spool/%slog
pid_file_path = ${dir}/spool/exim.pid
keep_environment =
disable_ipv6 = true
# failures only: no "message delayed" warnings
delay_warning = 0s

begin routers
sink:
  driver = manualroute
  route_list = * 127.0.0.1
  transport = to_sink
  self = send

begin transports
to_sink:
  driver = smtp
  port = ${port}
  hosts_avoid_tls = *
  allow_localhost
  # a stuck exchange ends the attempt in seconds, not Exim's default minutes
  connect_timeout = 5s
  command_timeout = 10s
  data_timeout = 10s
  final_timeout = 10s

begin retry
# a deferred address fails at the first retry more than a second after its first failure
* * F,1s,1s
]]

--- new(dir, port) -> a private Exim under dir relaying to 127.0.0.1:port.
function M.new(dir, port)
  local bin = assert(M.binary(), "exim not found")
  local user, group = identity()
  local vars = { bin = bin, user = user, group = group, dir = dir, port = port }
  -- the Exim user owns its spool and reaches it through dir
  assert(M.execute(string.format("mkdir -p %s && chown %s:%s %s && chmod 755 %s", q(dir .. "/spool"), q(user), q(group),
    q(dir .. "/spool"), q(dir))), "cannot prepare the spool")
  local conf = dir .. "/exim.conf"
  local f = assert(io.open(conf, "w"))
  f:write((CONFIG:gsub("%${(%w+)}", function(k) return tostring(vars[k]) end)))
  f:close()
  return setmetatable({ bin = bin, conf = conf, dir = dir }, Exim)
end

-- Runs Exim with the private configuration; what it prints is kept in dir/exim.out (run by
-- a user other than root, Exim writes its log lines there rather than in the log file).
function Exim:run(args)
  local out = support.capture(string.format("%s -C %s %s 2>&1; echo \"exit=$?\"", q(self.bin), q(self.conf), args))
  local f = assert(io.open(self.dir .. "/exim.out", "ab"))
  f:write((out:gsub("exit=%d+%s*$", "")))
  f:close()
  return out:match("exit=0%s*$") ~= nil, out
end

--- send(from, rcpts, message) -> true, or nil and Exim's output: submits the message and
-- delivers it at once (-odi).
function Exim:send(from, rcpts, message)
  local input = self.dir .. "/input.eml"
  local f = assert(io.open(input, "wb"))
  f:write(message)
  f:close()
  local list = {}
  for i, r in ipairs(rcpts) do list[i] = q(r) end
  local ok, out = self:run(string.format("-odi -f %s %s < %s", q(from), table.concat(list, " "), q(input)))
  if ok then return true end
  return nil, out
end

--- A forced queue run: every deferred address is tried again now.
function Exim:run_queue()
  self:run("-qff")
end

--- How many messages wait in the queue.
function Exim:queued()
  return tonumber(support.capture(string.format("%s -C %s -bpc 2>/dev/null", q(self.bin), q(self.conf))):match("%d+"))
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return "" end
  local s = f:read("*a")
  f:close()
  return s
end

--- The log: one line per delivery attempt, a reply's line breaks written as "\n".
function Exim:log()
  return read(self.dir .. "/spool/mainlog") .. read(self.dir .. "/exim.out")
end

return M
