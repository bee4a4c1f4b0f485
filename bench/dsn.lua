-- make bench: bounce emails parsed per second and MB/s over the corpus in one process, with and
-- without classifying each recipient. Medians of 5 runs.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/" .. (jit and "jit" or _VERSION:match("%d+%.%d+")) .. "/?.so;" .. package.cpath

local bounce = require "bounce"
local core = require "bounce.core"
local message = require "bounce.message"

local shared = os.getenv("BOUNCE_SHARED") or "../shared"
local RUNS, MIN_SECONDS = 5, 0.5

local emails, bytes = {}, 0
for _, content in message.each_file(shared .. "/corpus/emails") do
  emails[#emails + 1] = content
  bytes = bytes + #content
end

local function median(xs)
  table.sort(xs)
  return xs[math.floor((#xs + 1) / 2)]
end

local function rate(f)
  local samples = {}
  for _ = 1, RUNS do
    local n, start = 0, os.clock()
    repeat
      for i = 1, #emails do f(emails[i]) end
      n = n + #emails
    until os.clock() - start >= MIN_SECONDS
    samples[#samples + 1] = n / (os.clock() - start)
  end
  return median(samples)
end

local c = assert(bounce.new())
local interpreter = jit and jit.version or _VERSION
print(string.format("%s: %d emails, %.1f MB", interpreter, #emails, bytes / 1e6))
local scan = rate(core.parse_message)
print(string.format("  scan only (core.parse_message)   %9.0f emails/s  %7.1f MB/s", scan, scan * bytes / #emails / 1e6))
local full = rate(function(m) return c:parse(m) end)
print(string.format("  parse and classify (c:parse)     %9.0f emails/s  %7.1f MB/s", full, full * bytes / #emails / 1e6))
