-- make bench: bounce emails parsed per second and MB/s over the corpus in one process, with and
-- without classifying each recipient. Medians of 5 runs.
local bench = require "bench.support"
local bounce = require "bounce"
local core = require "bounce.core"
local message = require "bounce.message"

local MIN_SECONDS = 0.5

local emails, bytes = {}, 0
for _, content in message.each_file(bench.shared .. "/corpus/emails") do
  emails[#emails + 1] = content
  bytes = bytes + #content
end

local function rate(f)
  return bench.rate(f, emails, MIN_SECONDS)
end

local c = assert(bounce.new())
print(string.format("%s: %d emails, %.1f MB", bench.interpreter, #emails, bytes / 1e6))
local scan = rate(core.parse_message)
print(string.format("  scan only (core.parse_message)   %9.0f emails/s  %7.1f MB/s", scan, scan * bytes / #emails / 1e6))
local full = rate(function(m) return c:parse(m) end)
print(string.format("  parse and classify (c:parse)     %9.0f emails/s  %7.1f MB/s", full, full * bytes / #emails / 1e6))
