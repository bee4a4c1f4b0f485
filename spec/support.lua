-- Shared by the specs: where the read-only material is, and reading it.
local cjson = require "cjson"

local M = {}

M.shared = os.getenv("BOUNCE_SHARED") or "../shared"
M.lua = jit and "luajit" or ("lua" .. _VERSION:match("%d+%.%d+"))

function M.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

function M.jsonl(path)
  local rows = {}
  for line in io.lines(path) do
    if line:match("%S") then rows[#rows + 1] = cjson.decode(line) end
  end
  return rows
end

function M.write_temp(content)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  -- a short write (a full /tmp) fails here, not later as a truncated input
  assert(f:write(content))
  assert(f:close())
  return path
end

--- A TCP port on 127.0.0.1 that is free now (the kernel's pick for port 0).
function M.free_port()
  local socket = require "socket"
  local s = assert(socket.bind("127.0.0.1", 0))
  local _, port = s:getsockname()
  s:close()
  return tonumber(port)
end

--- A shell command's standard output.
function M.capture(cmd)
  local p = assert(io.popen(cmd))
  local out = p:read("*a")
  p:close()
  return out
end

--- Runs a shell command; returns its output and whether it exited 0.
function M.run(cmd)
  local p = assert(io.popen(cmd .. "; echo \"exit=$?\""))
  local out = p:read("*a")
  p:close()
  local status = out:match("exit=(%d+)%s*$")
  return out:gsub("exit=%d+%s*$", ""), status == "0"
end

--- A new_policy(opts) for specs that share one store between their policies: each policy gets
-- its own key prefix and a store from new_store(), unless opts names them.
function M.policy_maker(new_store)
  local policy = require "bounce.policy"
  local made = 0
  return function(opts)
    opts = opts or {}
    made = made + 1
    opts.prefix = opts.prefix or ("t" .. made .. ":")
    opts.store = opts.store or new_store()
    return policy.new(opts)
  end
end

return M
