-- Shared by the benchmarks: the module paths of the source tree, the corpus, and timing.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/" .. (jit and "jit" or _VERSION:match("%d+%.%d+")) .. "/?.so;" .. package.cpath

-- the corpus is found and read as the specs do
local corpus = require "spec.support"

local M = { RUNS = 5 }

M.shared = corpus.shared
M.read_jsonl = corpus.jsonl
M.interpreter = jit and jit.version or _VERSION

function M.median(xs)
  table.sort(xs)
  return xs[math.floor((#xs + 1) / 2)]
end

--- Calls per second of f over the inputs, repeated until min_seconds of CPU time have passed;
-- the median of RUNS such runs. The clock is read once per 1,000 calls or more, so that
-- reading it (about as costly as a short classification) stays out of the figure.
function M.rate(f, inputs, min_seconds)
  local samples = {}
  local rounds = math.max(1, math.ceil(1000 / #inputs))
  for _ = 1, M.RUNS do
    local calls, start = 0, os.clock()
    repeat
      for _ = 1, rounds do
        for i = 1, #inputs do f(inputs[i]) end
      end
      calls = calls + rounds * #inputs
    until os.clock() - start >= min_seconds
    samples[#samples + 1] = calls / (os.clock() - start)
  end
  return M.median(samples)
end

return M
