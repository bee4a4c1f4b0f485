-- make bench-compare BASE=<git revision>: classify() per second over the corpus replies in a
-- checkout of BASE and in the work tree, run in turn so that both see the same load on a shared
-- machine; prints each run, the medians and their ratio. A run of one side (`lua5.4
-- bench/compare.lua --side`, from that side's tree) prints its rate and its empty-call floor.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
local bench = require "bench.support"

if arg[1] == "--side" or arg[1] == "--rounds" then
  local bounce, core = require "bounce", require "bounce.core"
  local replies = {}
  for _, name in ipairs { "provider-replies.jsonl", "sisimai-replies.jsonl" } do
    for _, row in ipairs(bench.read_jsonl(bench.shared .. "/corpus/" .. name)) do replies[#replies + 1] = row.reply end
  end
  local c = assert(bounce.new())
  if arg[1] == "--rounds" then -- a fixed amount of work, for an instruction count
    for _ = 1, tonumber(arg[2]) do
      for _, s in ipairs(replies) do c:classify(s) end
    end
    return
  end
  local floor = bench.rate(function(s) return core.noop(s) end, replies, 0.25)
  local rate = bench.rate(function(s) return c:classify(s) end, replies, 0.25)
  print(string.format("%.0f %.1f", rate, floor / rate))
  return
end

local base = arg[1] or error("usage: lua5.4 bench/compare.lua REVISION [RUNS | instructions]")
-- "instructions": each side's instructions for 20 rounds of classify() over the corpus replies,
-- counted by valgrind (callgrind), less those of loading the rules: repeatable whatever else
-- the machine is doing.
local instructions = arg[2] == "instructions"
local runs = instructions and 1 or tonumber(arg[2] or "5")
local function run(command)
  local pipe = assert(io.popen(command))
  local out = pipe:read("a")
  if not pipe:close() then error("failed: " .. command .. "\n" .. out) end
  return out
end
local here = run("pwd"):gsub("%s+$", "")
local shared = bench.shared:sub(1, 1) == "/" and bench.shared or here .. "/" .. bench.shared
local tree = run("mktemp -d"):gsub("%s+$", "") .. "/base"
run(string.format("git worktree add -q --detach %q %q 2>&1", tree, base))
local ok, err = pcall(function()
  run(string.format("make -s -C %q build/5.4/bounce/core.so 2>&1 && make -s build/5.4/bounce/core.so 2>&1", tree))
  if instructions then
    local counts = {}
    for _, side in ipairs { "base", "head" } do
      local dir = side == "base" and tree or here
      local function count(rounds)
        local out = run(string.format("cd %q && BOUNCE_SHARED=%q valgrind --tool=callgrind --callgrind-out-file=/dev/null "
          .. "lua5.4 %q --rounds %d 2>&1", dir, shared, here .. "/bench/compare.lua", rounds))
        return tonumber((out:match("Collected : (%d+)")))
      end
      counts[side] = count(20) - count(0)
      print(string.format("  %-4s %14.0f instructions for 20 rounds", side, counts[side]))
    end
    print(string.format("instructions: work tree / %s = %.3f", base, counts.head / counts.base))
    return
  end
  local rates = { base = {}, head = {} }
  for i = 1, runs do
    for _, side in ipairs { "base", "head" } do
      local dir = side == "base" and tree or here
      local out = run(string.format("cd %q && BOUNCE_SHARED=%q lua5.4 %q --side", dir, shared, here .. "/bench/compare.lua"))
      local rate, ratio = out:match("^(%S+) (%S+)")
      rates[side][i] = tonumber(rate)
      print(string.format("  run %d  %-4s %10.0f /s   %6.1fx an empty call", i, side, rate, ratio))
    end
  end
  local b, h = bench.median(rates.base), bench.median(rates.head)
  print(string.format("medians: %s %.0f /s, work tree %.0f /s: %.2fx", base, b, h, h / b))
end)
run(string.format("git worktree remove --force %q 2>&1", tree))
if not ok then error(err, 0) end
