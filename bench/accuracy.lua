-- make accuracy: the classifier against the labelled corpus replies. Prints, per set, agreement
-- on type, category and action, hard recall, the share of false hards, the share of unknown,
-- and the most frequent confusions (label -> ours).
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/" .. (jit and "jit" or _VERSION:match("%d+%.%d+")) .. "/?.so;" .. package.cpath

local bounce = require "bounce"
local cjson = require "cjson"

local shared = os.getenv("BOUNCE_SHARED") or "../shared"

local function read_jsonl(path)
  local rows = {}
  for line in io.lines(path) do
    if line:match("%S") then rows[#rows + 1] = cjson.decode(line) end
  end
  return rows
end

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
  local n, typ, cat, act, act_n, hard, hard_ok, false_hard, unknown = #cases, 0, 0, 0, 0, 0, 0, 0, 0
  local confusions = {}
  for _, case in ipairs(cases) do
    local r = c:classify(case.reply, case.ctx)
    if r.type == case.type then typ = typ + 1 end
    if r.category == case.category then
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
    elseif r.type == "hard" then
      false_hard = false_hard + 1
    end
    if r.category == "unknown" then unknown = unknown + 1 end
  end
  print(string.format("%s (%d replies)", name, n))
  print(string.format("  type %s  category %s  action %s  hard recall %s  false hard %s  unknown %s",
    pct(typ, n), pct(cat, n), pct(act, act_n), pct(hard_ok, hard), pct(false_hard, n), pct(unknown, n)))
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

report("provider-replies.jsonl", provider_cases)
report("sisimai-replies.jsonl", sisimai_cases)
