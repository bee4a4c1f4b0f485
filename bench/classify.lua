-- make bench: classify() per second over the corpus replies, beside the floor (an empty call
-- into the C module) measured in the same run. Medians of 5 runs.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/" .. (jit and "jit" or _VERSION:match("%d+%.%d+")) .. "/?.so;" .. package.cpath

local bounce = require "bounce"
local core = require "bounce.core"
local cjson = require "cjson"

local shared = os.getenv("BOUNCE_SHARED") or "../shared"
local RUNS, MIN_SECONDS = 5, 0.3

local replies = {}
for _, name in ipairs { "provider-replies.jsonl", "sisimai-replies.jsonl" } do
  for line in io.lines(shared .. "/corpus/" .. name) do
    if line:match("%S") then replies[#replies + 1] = cjson.decode(line).reply end
  end
end

local function median(xs)
  table.sort(xs)
  return xs[math.floor((#xs + 1) / 2)]
end

-- Calls per second of f over the replies, repeated until MIN_SECONDS have passed.
local function rate(f)
  local samples = {}
  for _ = 1, RUNS do
    local calls, start = 0, os.clock()
    repeat
      for i = 1, #replies do f(replies[i]) end
      calls = calls + #replies
    until os.clock() - start >= MIN_SECONDS
    samples[#samples + 1] = calls / (os.clock() - start)
  end
  return median(samples)
end

local t0 = os.clock()
local classifier = assert(bounce.new())
local load_ms = (os.clock() - t0) * 1000
local stats = classifier:stats()

local noop = core.noop
local floor = rate(function(s) return noop(s) end)
local per_sec = rate(function(s) return classifier:classify(s) end)

local interpreter = jit and jit.version or _VERSION
print(string.format("%s: %d corpus replies, %d rules, %d phrases", interpreter, #replies, stats.rules, stats.phrases))
print(string.format("  classify()      %10.0f /s   (median of %d runs)", per_sec, RUNS))
print(string.format("  empty C call    %10.0f /s   floor; classify costs %.1fx an empty call", floor, floor / per_sec))
print(string.format("  load default pack %7.1f ms   engine memory %.0f KB", load_ms, stats.memory / 1024))
