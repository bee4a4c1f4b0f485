-- The names the classifier returns are TAXONOMY.md's, and each category's usual type and action too.
local support = require "spec.support"
local taxonomy = require "bounce.taxonomy"

local text = support.read(support.shared .. "/TAXONOMY.md")

local function section(title)
  return text:match("\n## " .. title .. "\n(.-)\n## ") or text:match("\n## " .. title .. "\n(.*)$")
end

describe("taxonomy", function()
  it("has exactly the categories of TAXONOMY.md with their usual type and action", function()
    local documented = {}
    for name, usual in section("Categories"):gmatch("\n| `([%w_]+)` | [^|]+ | ([^|]+) |") do
      -- "hard for a final failure ..., else soft": the type a rule gets that says nothing of
      -- finality is the one after "else"; the class rules make a final failure hard.
      local type_ = usual:match("else (%a+)") or usual:match("^%s*(%a+)")
      local action = usual:match("/ ([%w_]+)%s*$")
      documented[name] = { type_, action }
    end
    local ours = {}
    for name, c in pairs(taxonomy.categories) do ours[name] = { c[1], c[2] } end
    assert.same(documented, ours)
  end)

  it("has exactly the actions of TAXONOMY.md", function()
    local documented = {}
    for name in section("Actions"):gmatch("`([%w_]+)`") do documented[name] = true end
    assert.same(documented, taxonomy.actions)
  end)

  it("has the three result types", function()
    local documented = {}
    for name in text:match("| `type` | ([^\n]+)"):gmatch('`"(%a+)"`') do documented[name] = true end
    assert.same(documented, taxonomy.types)
  end)
end)
