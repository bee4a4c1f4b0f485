-- Every row of the seeds' code tables classifies as the seed says. The rows are read from the
-- seed documents themselves, not copied here.
local bounce = require "bounce"
local support = require "spec.support"

local function seed(prefix)
  local p = assert(io.popen("ls " .. support.shared .. "/seeds/" .. prefix .. "_*.txt"))
  local path = p:read("*l")
  p:close()
  return support.read(assert(path, "seed " .. prefix .. " not found"))
end

local HARD = { Hard = "hard", Soft = "soft", Hart = "hard", Weich = "soft" }
HARD["ハード"] = "hard"
HARD["ソフト"] = "soft"

--- { {input, type}, ... } from a table of "X.Y.Z Hard|Soft ..." rows (seeds 000, 001, 003).
local function status_rows(text)
  local rows = {}
  for status, word in text:gmatch("\n(%d%.%d%.%d)[%s|]+(%S+)") do
    rows[#rows + 1] = { status, assert(HARD[word], "unknown type word " .. word) }
  end
  return rows
end

describe("the seeds' code tables", function()
  for _, prefix in ipairs { "000", "001", "003" } do
    local rows = status_rows(seed(prefix))
    it("seed " .. prefix .. " has its table (" .. #rows .. " rows)", function()
      assert.is_true(#rows >= 49)
    end)
    for _, row in ipairs(rows) do
      it("seed " .. prefix .. ": " .. row[1] .. " is " .. row[2], function()
        local r = bounce.classify(row[1])
        assert.equal(row[2], r.type)
        assert.equal(row[1], r.status)
      end)
    end
  end

  -- Seed 002 lists three-digit values: real reply codes (421, 550, ...) are read as such, the
  -- others (511, 577) as the enhanced code they spell; its 911 row is the 9.1.1 of the other seeds.
  local rows = {}
  for code, word in seed("002"):gmatch("\n(%d%d%d) (%S+)") do
    if HARD[word] then rows[#rows + 1] = { code, HARD[word] } end
  end
  it("seed 002 has its 4XX and 5XX tables (" .. #rows .. " rows)", function()
    assert.is_true(#rows >= 53)
  end)
  for _, row in ipairs(rows) do
    local input = row[1] == "911" and "9.1.1" or row[1]
    -- The row spells 5.5.2 (syntax error); a real 552 reply is RFC 5321's "exceeded storage
    -- allocation", a full mailbox: soft (see below).
    if input ~= "552" then
      it("seed 002: " .. row[1] .. " is " .. row[2], function()
        local r = bounce.classify(input)
        assert.equal(row[2], r.type)
        if input ~= "9.1.1" then
          assert.equal(tonumber(input), r.code)
          assert.truthy(r.rule:match("^status%.") or r.rule:match("^code%."), r.rule)
        end
      end)
    end
  end

  it("reads a bare 552 and 452 as storage, soft (RFC 5321), not as seed 002's 5.5.2 row", function()
    local full = bounce.classify("552")
    assert.same({ "soft", "mailbox_full", 552 }, { full.type, full.category, full.code })
    local system = bounce.classify("452")
    assert.same({ "soft", "system_error", 452 }, { system.type, system.category, system.code })
  end)
end)
