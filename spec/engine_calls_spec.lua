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

describe("a pattern that calls its own classifier", function()
  local c
  -- classifies another reply, of many matching rules, in the middle of the outer call
  local reentrant = lpeg.Cmt(lpeg.P "trigger", function()
    c:classify("550 5.1.1 " .. ("user unknown "):rep(200))
    return true
  end)

  before_each(function()
    c = assert(bounce.new { rules = { "default", { { id = "site.re", pattern = reentrant, category = "spam_content" } } } })
  end)

  local REPLY_SPAM = "554 5.7.1 trigger message rejected as spam, listed at zen.spamhaus.org"

  it("does not match (the inner call raises), and the outer explain stays right", function()
    local plain = assert(bounce.new { rules = { "default" } })
    local want = {}
    for _, m in ipairs(plain:explain(REPLY_SPAM).matches) do want[#want + 1] = m.id end
    local got = {}
    for _, m in ipairs(c:explain(REPLY_SPAM).matches) do got[#got + 1] = m.id end
    assert.same(want, got)
    assert.equal(plain:classify(REPLY_SPAM).rule, c:classify(REPLY_SPAM).rule)
  end)

  it("leaves the classifier usable after", function()
    c:explain(REPLY_SPAM)
    assert.equal("text.recipient_unknown", c:classify(REPLY).rule)
  end)

  it("says why when the call comes from the pattern", function()
    local seen
    local probe = lpeg.Cmt(lpeg.P "probe", function()
      local ok, err = pcall(c.classify, c, REPLY)
      seen = ok and "no error" or tostring(err)
      return false
    end)
    c = assert(bounce.new { rules = { { { id = "site.probe", pattern = probe, code = 550 } } } })
    c:classify("550 probe")
    assert.truthy(seen:match("a rule's pattern called classify or explain on its own classifier"), seen)
  end)
end)
