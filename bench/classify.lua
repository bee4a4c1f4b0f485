-- make bench: classify() per second over the corpus replies beside the floor (an empty call into
-- the C module) measured in the same run; how time grows with reply length and with the number
-- of literal rules; the default pack's load time and memory. Medians of 5 runs.
local bench = require "bench.support"
local bounce = require "bounce"
local core = require "bounce.core"
local MIN_SECONDS = 0.25

local replies = {}
for _, name in ipairs { "provider-replies.jsonl", "sisimai-replies.jsonl" } do
  for _, row in ipairs(bench.read_jsonl(bench.shared .. "/corpus/" .. name)) do replies[#replies + 1] = row.reply end
end

local function rate(f, inputs)
  return bench.rate(f, inputs, MIN_SECONDS)
end

local function load_ms()
  local samples = {}
  for _ = 1, bench.RUNS do
    local t = os.clock()
    assert(bounce.new())
    samples[#samples + 1] = (os.clock() - t) * 1000
  end
  return bench.median(samples)
end

local classifier = assert(bounce.new())
local stats = classifier:stats()
print(string.format("%s: %d corpus replies, default pack of %d rules and %d phrases", bench.interpreter, #replies,
  stats.rules, stats.phrases))

local noop = core.noop
local floor = rate(function(s) return noop(s) end, replies)
local per_sec = rate(function(s) return classifier:classify(s) end, replies)
print(string.format("  classify()         %10.0f /s   (%.2f us each)", per_sec, 1e6 / per_sec))
print(string.format("  empty C call       %10.0f /s   floor; classify() costs %.0fx an empty call", floor,
  floor / per_sec))

-- As an MTA calls it: with the recipient and the MX host, over a few domains as real traffic has.
local domains = { "gmail.com", "outlook.com", "yahoo.com", "orange.fr", "example.net", "mail.example.co.uk" }
local contexts = {}
for i = 1, #replies do
  local domain = domains[i % #domains + 1]
  contexts[i] = { rcpt = "user" .. i .. "@" .. domain, mx = "mx" .. i % 3 .. "." .. domain }
end
local next_context = 0
local with_context = rate(function(s)
  next_context = next_context % #contexts + 1
  return classifier:classify(s, contexts[next_context])
end, replies)
print(string.format("  with { rcpt, mx }  %10.0f /s   (%.2f us each)", with_context, 1e6 / with_context))

collectgarbage("collect")
local before = collectgarbage("count")
local held = assert(bounce.new())
collectgarbage("collect")
local lua_kb = collectgarbage("count") - before
print(string.format("  load default pack  %10.1f ms   one classifier: %.0f KB in C + %.0f KB of Lua = %.1f MB",
  load_ms(), held:stats().memory / 1024, lua_kb, (held:stats().memory / 1024 + lua_kb) / 1024))

-- Time per reply against its length: a real reply repeated up to the size.
local base = "550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table. "
print("  reply length     us per reply    ns per byte")
for _, size in ipairs { 100, 1000, 10000, 100000, 1000000 } do
  local s = base:rep(math.ceil(size / #base)):sub(1, size)
  local r = rate(function(x) return classifier:classify(x) end, { s })
  print(string.format("  %9d B     %12.2f   %12.2f", size, 1e6 / r, 1e9 / r / size))
end

-- Time per reply against the number of literal rules: N site rules of made-up phrases.
local function words(i)
  local letters = "abcdefghijklmnopqrstuvwxyz"
  local out, n = {}, i
  for k = 1, 3 do
    local w = {}
    for j = 1, 6 do
      local c = (n * 7 + j * 13 + k * 5) % 26 + 1
      w[j] = letters:sub(c, c)
      n = math.floor(n / 3) + i + j
    end
    out[k] = table.concat(w)
  end
  return table.concat(out, " ") .. " " .. i
end
print("  literal rules    us per reply (corpus mix, default pack plus the rules)")
for _, n in ipairs { 100, 1000, 10000 } do
  local extra = {}
  for i = 1, n do extra[i] = { id = "bench." .. i, match = words(i), category = "policy_block" } end
  local c = assert(bounce.new { rules = { "default", extra } })
  local r = rate(function(s) return c:classify(s) end, replies)
  print(string.format("  %9d        %12.2f", n, 1e6 / r))
end
