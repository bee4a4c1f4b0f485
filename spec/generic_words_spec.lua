-- The code decides only where the words are generic (TAXONOMY.md rule 9): a reply with words of its
-- own that no rule knows is not hard on its code's word alone (rules/generic_words.lua).
local bounce = require "bounce"
local support = require "spec.support"

local c = assert(bounce.new())

local function got(reply, classifier)
  local r = (classifier or c):classify(reply)
  return { r.type, r.category, r.action }
end

describe("a reply whose words no rule knows", function()
  it("is not hard by its code or a generic status alone", function()
    assert.same({ "soft", "unknown", "retry" }, got("550 Zorgle quench frobnicated"))
    assert.same({ "soft", "unknown", "retry" }, got("554 5.0.0 Zorgle quench frobnicated"))
    -- the status still names the category; the action is the category's, not suppress
    assert.same({ "soft", "policy_block", "review_content" }, got("550 5.7.1 Zorgle quench frobnicated"))
    -- words beyond ASCII that no rule reads count as the reply's own
    assert.equal("soft", c:classify("550 Ζοργλε κουεντσ").type)
  end)

  it("is hard where its words are generic, or the status speaks of the address", function()
    assert.same({ "hard", "recipient_unknown", "suppress" }, got("550 Requested action not taken: mailbox unavailable"))
    assert.same({ "hard", "unknown", "suppress" }, got("554 5.0.0 Delivery failed: the message could not be delivered"))
    assert.same({ "hard", "recipient_unknown", "suppress" }, got("550 5.1.1 Zorgle quench frobnicated"))
    assert.same({ "hard", "domain_invalid", "suppress" }, got("550 5.1.2 Zorgle quench frobnicated"))
    -- one word of its own among more generic ones is not enough; one that is half the words is
    assert.equal("hard", c:classify("554 5.0.0 Delivery failed: zorgle").type)
    assert.same({ "soft", "unknown", "retry" }, got("550 zorgle error"))
  end)

  it("is soft with any word of its own where the code read it as a command refused as sent", function()
    -- go-smtp's and Dovecot's wordings, which no rule names: the client's mistake, not the address
    assert.same({ "soft", "protocol_error", "fix_sender_config" }, got("502 5.5.1 Missing DATA command first."))
    assert.same({ "soft", "protocol_error", "fix_sender_config" }, got("554 5.5.0 Transaction out of order"))
    assert.same({ "soft", "protocol_error", "fix_sender_config" }, got("503 Quench first"))
    -- the same for a message in a form the receiver does not take (Sympa's report of a command it
    -- does not know, under 5.6.1 and the status's own name)
    assert.same({ "soft", "message_noncompliant", "fix_message" }, got("554 5.6.1 Media not supported"))
    assert.same({ "hard", "message_noncompliant", "suppress" }, got("554 5.6.1"))
    -- a bare code or status says nothing more (TAXONOMY.md rule 9), nor do a bounce's framing words
    assert.same({ "hard", "protocol_error", "suppress" }, got("501 5.5.4"))
    assert.same({ "hard", "protocol_error", "suppress" }, got("host mx.example.net said: 503"))
    -- words that say the address is bad still decide
    assert.same({ "hard", "recipient_unknown", "suppress" }, got("550 5.5.0 <a@example.net>: User does not exist"))
  end)

  it("is soft with any word of its own under a security or policy status (X.7.x)", function()
    -- smf-zombie's refusal: one word of its own among generic ones names a policy, not the address
    assert.same({ "soft", "policy_block" }, { c:classify("554 5.7.1 Message for undisclosed recipients").type,
      c:classify("554 5.7.1 Message for undisclosed recipients").category })
    -- under other statuses one such word among more generic ones is still not enough
    assert.equal("hard", c:classify("554 5.0.0 Delivery failed: zorgle").type)
    -- and a bare or generic 5.7.1 stays hard (TAXONOMY.md rule 9)
    assert.equal("hard", c:classify("550 5.7.1 Message rejected").type)
  end)

  it("counts the reply's words from its code on, not the words a bounce puts in front of it", function()
    assert.equal("soft", c:classify("The response from the remote server was:\n550 zorgle error").type)
    assert.equal("hard", c:classify("... while talking to mx.example.net.:\n>>> RCPT To:<a@example.net>\n" ..
      "<<< 554 5.0.0 Delivery failed: zorgle").type)
  end)

  it("does not count host names, addresses, links and identifiers as words", function()
    assert.equal("hard", c:classify("554 5.0.0 <user@zorgle.example> mx1.quench.example rejected " ..
      "https://frob.example/why#zorgle id=Quench-Frob_1 [zorgle:quench]").type)
  end)

  it("leaves what a rule recognised to the rule", function()
    assert.same({ "hard", "recipient_unknown", "suppress" }, got("550 5.7.1 Zorgle quench: no such user here"))
    assert.same({ "soft", "spam_content", "review_content" }, got("550 Zorgle quench rejected as spam"))
  end)
end)

describe("generic_words in a rule file", function()
  it("makes the code decide for the words it lists", function()
    local path = support.write_temp([[return { generic_words = { "Zorgle, quench; frobnicated" } }]])
    local site = assert(bounce.new { rules = { "default", path } })
    os.remove(path)
    assert.same({ "hard", "unknown", "suppress" }, got("550 Zorgle quench frobnicated", site))
    -- a run of letters longer than a word is skipped, not refused
    path = support.write_temp([[return { generic_words = { "zorgle ]] .. ("q"):rep(40) .. [[" } }]])
    assert(bounce.new { rules = { "default", path } })
    os.remove(path)
  end)

  it("without any, lets the code decide as the rules say", function()
    local plain = assert(bounce.new { rules = { { { code = 550, category = "recipient_unknown" } } } })
    assert.same({ "hard", "recipient_unknown", "suppress" }, got("550 Zorgle quench frobnicated", plain))
  end)

  it("is refused, with the file's name, where a word is not ASCII letters once folded", function()
    for _, list in ipairs { [[{ "слово" }]], [[{ 42 }]], [["  "]] } do
      local path = support.write_temp("return { generic_words = " .. list .. " }")
      local site, err = bounce.new { rules = { "default", path } }
      os.remove(path)
      assert.is_nil(site)
      assert.equal(path .. ":1: generic_words must be a list of phrases in ASCII letters (once folded)", err)
    end
  end)
end)
