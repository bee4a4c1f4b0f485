-- Every rule of the default pack decides the example replies it carries: a rule that matches its
-- example but loses it to a rule of higher precedence is shadowed, and the failure names both.
local bounce = require "bounce"
local support = require "spec.support"

local classifier = assert(bounce.new())

describe("the default pack's examples", function()
  it("has a stable id and at least one example for every rule", function()
    local missing = {}
    for _, r in ipairs(classifier:rules()) do
      if not r.examples or #r.examples == 0 then missing[#missing + 1] = r.id end
    end
    assert.same({}, missing)
  end)

  it("gates every LPeg pattern with phrases, so that it runs only on replies that have them", function()
    local ungated = {}
    for _, r in ipairs(classifier:rules()) do
      if r.pattern and not r.match then ungated[#ungated + 1] = r.id end
    end
    assert.same({}, ungated)
  end)

  it("lists every rule file of rules/ in the pack", function()
    local listed = {}
    local function walk(file)
      local loaded = assert(loadfile(file))()
      for _, inc in ipairs(loaded.include or {}) do
        listed["rules/" .. inc] = true
      end
    end
    walk("rules/default.lua")
    local out = support.run("find rules -name '*.lua' ! -name default.lua | sort")
    for path in out:gmatch("[^\n]+") do
      assert.is_true(listed[path] == true, path .. " is not in rules/default.lua")
    end
  end)

  for _, r in ipairs(classifier:rules()) do
    for i, example in ipairs(r.examples or {}) do
      local reply, ctx = example, nil
      if type(example) == "table" then
        reply = example[1]
        ctx = { rcpt = example.rcpt, mx = example.mx, provider = example.provider }
      end
      it(r.id .. " decides example " .. i, function()
        local why = classifier:explain(reply, ctx)
        if why.decided_by == r.id then return end
        local own, decider
        for _, m in ipairs(why.matches) do
          if m.id == r.id then own = m end
          if m.decided then decider = m end
        end
        local where = decider and string.format("%s (%s:%d)", decider.id, decider.file, decider.line) or why.decided_by
        if own then
          -- shadowing: the rule matches its own example, and a rule above it decides
          error(string.format("%s (%s:%d) is shadowed by %s: it decides example %d, %q", r.id, own.file, own.line,
            where, i, reply), 0)
        end
        error(string.format("%s does not match its example %d, %q; %s decides it", r.id, i, reply, where), 0)
      end)
    end
  end
end)
