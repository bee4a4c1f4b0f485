-- make accuracy: the classifier against the labelled corpus replies. Prints, per set, agreement
-- on type, category and action, hard recall, the share of false hards, the share of unknown,
-- and the most frequent confusions (label -> ours). A label of "*" accepts any value. False hard
-- is the share of the failures labelled soft or none that came out hard.
local bench = require "bench.support"
local bounce = require "bounce"

local shared = bench.shared
-- `lua5.4 bench/accuracy.lua --misses` also lists every email recipient scored wrong.
local SHOW_MISSES = arg[1] == "--misses"
local read_jsonl = bench.read_jsonl

-- Sisimai's reason names -> our categories, from TAXONOMY.md's mapping table.
local function sisimai_map()
  local map = {}
  local f = assert(io.open(shared .. "/TAXONOMY.md"))
  for line in f:lines() do
    local category, names = line:match("^| ([%w_]+) | ([%w_, ]+) |")
    if category and names then
      for name in names:gmatch("[%w_]+") do map[name] = map[name] or category end
    end
  end
  f:close()
  return map
end

local function pct(n, d) return d > 0 and string.format("%5.1f%%", 100 * n / d) or "    -" end

local function report(name, cases)
  local c = assert(bounce.new())
  local n, typ, cat, act, act_n, hard, hard_ok, false_hard, unknown, not_hard = #cases, 0, 0, 0, 0, 0, 0, 0, 0, 0
  local confusions = {}
  for _, case in ipairs(cases) do
    local r = c:classify(case.reply, case.ctx)
    if case.type == "*" or r.type == case.type then typ = typ + 1 end
    if case.category == "*" or r.category == case.category then
      cat = cat + 1
    else
      local key = case.category .. " -> " .. r.category
      confusions[key] = (confusions[key] or 0) + 1
    end
    if case.action then
      act_n = act_n + 1
      if r.action == case.action then act = act + 1 end
    end
    if case.type == "hard" then
      hard = hard + 1
      if r.type == "hard" then hard_ok = hard_ok + 1 end
    elseif case.type ~= "*" then
      not_hard = not_hard + 1
      if r.type == "hard" then false_hard = false_hard + 1 end
    end
    if r.category == "unknown" then unknown = unknown + 1 end
  end
  print(string.format("%s (%d replies)", name, n))
  print(string.format("  type %s  category %s  action %s  hard recall %s  false hard %s  unknown %s",
    pct(typ, n), pct(cat, n), pct(act, act_n), pct(hard_ok, hard), pct(false_hard, not_hard), pct(unknown, n)))
  local list = {}
  for k, v in pairs(confusions) do list[#list + 1] = { k, v } end
  table.sort(list, function(a, b) return a[2] > b[2] or (a[2] == b[2] and a[1] < b[1]) end)
  for i = 1, math.min(8, #list) do print(string.format("    %3d  %s", list[i][2], list[i][1])) end
end

local provider_cases = {}
for _, row in ipairs(read_jsonl(shared .. "/corpus/provider-replies.jsonl")) do
  provider_cases[#provider_cases + 1] = {
    reply = row.reply, type = row.expected_type, category = row.expected_category, action = row.expected_action,
  }
end

local map = sisimai_map()
local NONE = { vacation = true, feedback = true, delivered = true }
local sisimai_cases = {}
for _, row in ipairs(read_jsonl(shared .. "/corpus/sisimai-replies.jsonl")) do
  sisimai_cases[#sisimai_cases + 1] = {
    reply = row.reply, category = map[row.reason] or "unknown",
    type = NONE[row.reason] and "none" or (row.hardbounce and "hard" or "soft"),
  }
end

-- bench/documented-replies.txt: "category|type|reply", optionally "|rcpt" after the reply when the
-- reply needs its recipient to be read; comment lines name each group's source.
local documented_cases = {}
for line in io.lines("bench/documented-replies.txt") do
  local category, typ, rest = line:match("^([%w_*]+)|([%w*]+)|(.+)$")
  if category then
    local reply, rcpt = rest:match("^(.*)|([^|%s]+@[^|%s]+)$")
    documented_cases[#documented_cases + 1] = {
      reply = reply or rest, category = category, type = typ, ctx = rcpt and { rcpt = rcpt } or nil,
    }
  end
end

report("provider-replies.jsonl", provider_cases)
report("sisimai-replies.jsonl", sisimai_cases)
report("documented-replies.txt (replies gathered from providers' documentation, labelled by TAXONOMY.md)",
  documented_cases)

-- Bounce emails: the n-th recipient of each labelled file, found and classified. Type and category
-- are scored against labels.jsonl (TAXONOMY.md's "How a bounce is labelled"; a category counts where
-- it is the label's category or its `also`), the status against Sisimai's expected.jsonl.
local function report_emails()
  local c = assert(bounce.new())
  local expected = {}
  for _, row in ipairs(read_jsonl(shared .. "/corpus/expected.jsonl")) do
    expected[row.file .. "#" .. row.index] = row
  end
  local rows = read_jsonl(shared .. "/corpus/labels.jsonl")
  local parsed, crashed = {}, 0
  local n, found, status, typ, cat, false_hard, hard, hard_ok = #rows, 0, 0, 0, 0, 0, 0, 0
  local misses = {}
  -- Sisimai writes X.0.9NN where a bounce carries no status: its own codes, not RFC 3463's.
  local real, real_ok = 0, 0
  local confusions = {}
  for _, row in ipairs(rows) do
    local p = parsed[row.file]
    if p == nil then
      local f = assert(io.open(shared .. "/corpus/emails/" .. row.file, "rb"))
      local ok, result = pcall(c.parse, c, f:read("*a"))
      f:close()
      if not ok then crashed = crashed + 1; result = { recipients = {} } end
      parsed[row.file] = result
      p = result
    end
    local r = p.recipients[row.index]
    if row.type == "hard" then hard = hard + 1 end
    if r then
      found = found + 1
      local want_status = expected[row.file .. "#" .. row.index].status
      if (r.status or "") == want_status then status = status + 1 end
      if not want_status:match("^%d%.0%.9%d%d$") then
        real = real + 1
        if (r.status or "") == want_status then real_ok = real_ok + 1 end
      end
      if r.type == row.type then typ = typ + 1 end
      if row.type == "hard" and r.type == "hard" then hard_ok = hard_ok + 1 end
      if row.type ~= "hard" and r.type == "hard" then false_hard = false_hard + 1 end
      if r.category == row.category or r.category == row.also then
        cat = cat + 1
      else
        local key = row.category .. " -> " .. tostring(r.category)
        confusions[key] = (confusions[key] or 0) + 1
      end
      if r.type ~= row.type or (r.category ~= row.category and r.category ~= row.also) then
        misses[#misses + 1] = string.format("%s#%d  %s/%s -> %s/%s  %s  %s", row.file, row.index, row.type,
          row.category, r.type, tostring(r.category), tostring(r.rule), tostring(r.reply or r.diagnostic))
      end
    else
      misses[#misses + 1] = string.format("%s#%d  not found", row.file, row.index)
    end
  end
  local files = 0
  for _ in pairs(parsed) do files = files + 1 end
  print(string.format("emails (%d files, %d labelled recipients, %d parse errors)", files, n, crashed))
  print(string.format("  found %s  status %s (%s of %d without Sisimai's own X.0.9NN)", pct(found, n),
    pct(status, n), pct(real_ok, real), real))
  print(string.format("  labels.jsonl: type %s  category %s  hard recall %s  false hard %s", pct(typ, n),
    pct(cat, n), pct(hard_ok, hard), pct(false_hard, n - hard)))
  local list = {}
  for k, v in pairs(confusions) do list[#list + 1] = { k, v } end
  table.sort(list, function(a, b) return a[2] > b[2] or (a[2] == b[2] and a[1] < b[1]) end)
  for i = 1, math.min(12, #list) do print(string.format("    %3d  %s", list[i][2], list[i][1])) end
  if SHOW_MISSES then
    for _, line in ipairs(misses) do print("  miss " .. line) end
  end
end

report_emails()
