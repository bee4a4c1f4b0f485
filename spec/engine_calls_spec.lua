-- One call of the engine: the rules it meets come out in precedence order however many share a
-- phrase, and a pattern that calls back into its own classifier cannot disturb the call.
local bounce = require "bounce"
local lpeg = require "lpeg"

local REPLY = "550 5.1.1 user unknown"

-- k site rules that all match REPLY by one phrase, with priorities in no order.
local function sharing(k)
  local rules = {}
  for i = 1, k do
    rules[i] = { id = "site.r" .. i, match = "user unknown", category = "recipient_unknown", priority = (i * 7919) % 1000 }
  end
  return rules
end

-- The least CPU time of several classify() calls.
local function cost(c)
  local best = math.huge
  for _ = 1, 5 do
    local t = os.clock()
    c:classify(REPLY)
    best = math.min(best, os.clock() - t)
  end
  return best
end

describe("rules sharing a phrase", function()
  it("come out of explain in precedence order, priority then the rule loaded later", function()
    local rules = sharing(500)
    local c = assert(bounce.new { rules = { "default", rules } })
    local want = {}
    for i, r in ipairs(rules) do want[i] = { id = r.id, priority = r.priority, order = i } end
    table.sort(want, function(a, b)
      if a.priority ~= b.priority then return a.priority > b.priority end
      return a.order > b.order
    end)
    local matches = c:explain(REPLY).matches
    for i, w in ipairs(want) do assert.equal(w.id, matches[i].id, "match #" .. i) end
    assert.equal(want[1].id, c:classify(REPLY).rule)
    -- then the layers below, in theirs
    assert.equal("text", matches[501].layer)
  end)

  it("cost a call about k log k, not k^2: 10 times the rules, well under 100 times the time", function()
    local small = assert(bounce.new { rules = { sharing(4000) } })
    local large = assert(bounce.new { rules = { sharing(40000) } })
    local ratio = cost(large) / math.max(cost(small), 1e-6)
    assert.is_true(ratio < 40, string.format("40,000 rules cost %.0f times what 4,000 do", ratio))
  end)
end)
