-- Seed 004 groups provider replies by what to do; each group maps onto one TAXONOMY.md category
-- (TAXONOMY.md names the groups), and each reply text of a group must land there. The texts are
-- read from the seed itself.
local bounce = require "bounce"
local support = require "spec.support"

-- Group (as the seed names it) -> the categories its texts may land in.
local GROUPS = {
  ["認證失敗"] = { sender_account = true },
  ["收件地址數(shù)量超限"] = { too_many_recipients = true },
  ["郵件大小超限"] = { message_too_large = true },
  ["命中無效地址庫"] = { recipient_unknown = true },
  ["MX 解析查詢失敗"] = { domain_invalid = true, network_error = true },
  ["連接失敗"] = { network_error = true },
  ["發(fā)信額度超限制"] = { sender_account = true },
  ["反垃圾類錯誤"] = { spam_content = true },
  ["發(fā)信賬戶狀態(tài)異常"] = { sender_account = true },
  ["接收地址不存在"] = { recipient_unknown = true, recipient_inactive = true },
  ["賬號黑名單"] = { recipient_policy = true },
  ["IP 黑名單"] = { blocklisted = true },
  ["接收地址被限制"] = { recipient_rate_limited = true },
  ["IP 頻率超限"] = { rate_limited = true },
  ["發(fā)信賬號頻率超限"] = { rate_limited = true },
  ["發(fā)信域名頻率超限"] = { rate_limited = true },
  ["垃圾郵件"] = { spam_content = true },
  ["郵箱空間滿"] = { mailbox_full = true },
  ["接收方臨時故障"] = { system_error = true, network_error = true },
  ["接收地址格式錯誤"] = { recipient_unknown = true },
  ["SPF 驗證失敗"] = { auth_failure = true },
  ["網(wǎng)絡異常"] = { network_error = true, system_error = true },
  ["連接失敗或者MX 解析查詢失敗"] = { network_error = true, domain_invalid = true },
  ["收信人配合問題"] = { recipient_rate_limited = true },
  ["流控"] = { rate_limited = true },
  ["無效地址"] = { recipient_unknown = true },
}

-- Texts whose meaning the seed's source gets from elsewhere:
-- RFC 5321's own wording for any 450 reply, filed by the seed under spam: no rule may read every
-- 450 as spam, so it keeps the meaning of its code.
-- NetEase's MI:IMF, filed by the seed under a bad recipient address: NetEase documents it as a
-- malformed sender address, and its own meaning wins (rules/providers/netease.lua).
local GENERIC = { ["450 Requested action not taken"] = true, ["550 MI:IMF"] = true }

local SAMPLE = { ["$EMAIL"] = "someone@example.com", ["$DOMAIN"] = "example.com", ["$IP"] = "192.0.2.25" }

local function seed_text()
  local p = assert(io.popen("ls " .. support.shared .. "/seeds/004_*.txt"))
  local path = p:read("*l")
  p:close()
  return support.read(path)
end

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

--- { { group, text }, ... }: a cell naming a group is followed by the cell of its reply texts.
local function seed_cases()
  local body = seed_text():match("處理方法 |(.-)說明:")
  local cells = {}
  for cell in (body .. "|"):gmatch("([^|]*)|") do cells[#cells + 1] = trim(cell) end
  local cases = {}
  for i = 1, #cells - 1 do
    local group, texts = cells[i], cells[i + 1]
    if GROUPS[group] then
      local replies, phrases = texts:match("^(.-)退信代碼包含如下信息:(.*)$")
      replies = replies or texts
      replies = (" " .. replies):gsub("[%s/](%d%d%d[ %-])", "\n%1")
      for reply in replies:gmatch("[^\n]+") do
        reply = trim(trim(reply:gsub("%$%u+", SAMPLE)):gsub("^含有", ""))
        if reply ~= "" then cases[#cases + 1] = { group, reply } end
      end
      for phrase in (phrases or ""):gmatch("[^/]+") do cases[#cases + 1] = { group, trim(phrase) } end
    end
  end
  return cases
end

describe("seed 004's reply texts", function()
  local cases = seed_cases()
  it("are read from the seed (" .. #cases .. " texts)", function()
    assert.is_true(#cases >= 100)
    local groups = {}
    for _, c in ipairs(cases) do groups[c[1]] = true end
    for g in pairs(GROUPS) do assert.is_true(groups[g], g) end
  end)
  for _, case in ipairs(cases) do
    local group, reply = case[1], case[2]
    if not GENERIC[reply] then
      it("land in their group: " .. reply, function()
        local allowed = assert(GROUPS[group], "no category for group " .. group)
        local r = bounce.classify(reply)
        assert.is_true(allowed[r.category] == true, string.format("%s: got %s (%s)", reply, r.category, r.rule))
      end)
    end
  end
end)
