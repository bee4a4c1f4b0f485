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
    it("seed 002: " .. row[1] .. " is " .. row[2], function()
      local r = bounce.classify(input)
      assert.equal(row[2], r.type)
      if input ~= "9.1.1" then
        assert.equal(tonumber(input), r.code)
        assert.truthy(r.rule:match("^status%.") or r.rule:match("^code%."), r.rule)
      end
    end)
  end
end)
