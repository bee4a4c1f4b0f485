-- Operator rule files: overrides change results without recompiling; a broken file is refused
-- with file:line and the rules in use stay in use.
local bounce = require "bounce"
local support = require "spec.support"

local OVERRIDE = [[
return {
  providers = { ["example-isp"] = { domains = { "example-isp.net" }, mx = { "mx.example-isp.net" } } },
  { status = "5.2.2", type = "hard", action = "suppress", provider = "example-isp" },
}
]]

local FULL = "552 5.2.2 <someone@example.net>: Mailbox full"

local function refused(content)
  local path = support.write_temp(content)
  local c, err = bounce.new { rules = { "default", path } }
  os.remove(path)
  assert.is_nil(c)
  assert.is_string(err)
  return err, path
end

describe("operator overrides", function()
  it("flip 5.2.2 to hard for one provider only", function()
    local path = support.write_temp(OVERRIDE)
    local c = assert(bounce.new { rules = { "default", path } })
    local isp = c:classify(FULL, { rcpt = "someone@example-isp.net" })
    assert.equal("hard", isp.type)
    assert.equal("suppress", isp.action)
    assert.equal("mailbox_full", isp.category)
    assert.equal("example-isp", isp.provider)
    assert.truthy(isp.rule:match("^site%."))
    local by_mx = c:classify(FULL, { mx = "MX.Example-ISP.net." })
    assert.equal("hard", by_mx.type)
    local other = c:classify(FULL, { rcpt = "someone@example.org" })
    assert.equal("soft", other.type)
    assert.equal("retry", other.action)
    assert.equal(bounce.classify(FULL).rule, other.rule)
    os.remove(path)
  end)

  it("bring their category's description when they give none", function()
    local taxonomy = require "bounce.taxonomy"
    local c = assert(bounce.new { rules = { "default", { { status = "4.7.1", category = "rate_limited" } } } })
    local r = c:classify("451 4.7.1 Delivery not authorized")
    assert.equal("rate_limited", r.category)
    assert.equal(taxonomy.categories.rate_limited[3], r.description)
  end)

  it("may be given as a table of rules", function()
    local c = assert(bounce.new { rules = { "default", { { status = "5.2.2", type = "hard" } } } })
    assert.equal("hard", c:classify(FULL).type)
  end)

  it("keep a 4xx reply soft unless the operator's own rule says hard", function()
    local rules = {
      { layer = "text", id = "text.test", match = "zzz quirk", type = "hard", action = "suppress" },
    }
    local c = assert(bounce.new { rules = { "default", rules } })
    assert.equal("hard", c:classify("550 zzz quirk").type)
    local soft = c:classify("450 zzz quirk")
    assert.equal("soft", soft.type)
    assert.equal("retry", soft.action)
    local site = assert(bounce.new { rules = { "default", { { match = "zzz quirk", type = "hard" } } } })
    assert.equal("hard", site:classify("450 zzz quirk").type)
  end)

  it("match a range of enhanced status details", function()
    local c = assert(bounce.new { rules = { "default", { { id = "site.range", status = "5.7.700-749", type = "hard" } } } })
    assert.equal("site.range", c:classify("550 5.7.700 x").rule)
    assert.equal("site.range", c:classify("550 5.7.749 x").rule)
    assert.are_not.equal("site.range", c:classify("550 5.7.750 x").rule)
    assert.are_not.equal("site.range", c:classify("550 5.6.705 x").rule)
    assert.truthy(refused("return { { status = \"5.7.9-1\" } }"):match("field 'status' must be"))
  end)

  it("let LPeg patterns decide where a phrase is not enough", function()
    local lpeg = require "lpeg"
    local digits = lpeg.R "09" ^ 1
    local rules = {
      { id = "site.quota", pattern = lpeg.P "quota " * digits * " of " * digits, category = "mailbox_full", type = "hard" },
      { id = "site.re", pattern = "'frozen' %s+ 'account'", category = "recipient_inactive" },
    }
    local c = assert(bounce.new { rules = { "default", rules } })
    local r = c:classify("550 Quota 100 of 100 used")
    assert.equal("site.quota", r.rule)
    assert.equal("hard", r.type)
    assert.equal("site.re", c:classify("550 this FROZEN   account").rule)
    assert.are_not.equal("site.quota", c:classify("550 quota of nothing").rule)
  end)

  it("let a pattern's word boundary hold where the reply starts with the word", function()
    local rules = { { id = "site.word", pattern = "[^a-z] 'zorgle' ![a-z]", category = "policy_block" } }
    local c = assert(bounce.new { rules = { "default", rules } })
    assert.equal("site.word", c:classify("Zorgle refused").rule)
    assert.equal("site.word", c:classify("550 zorgle refused").rule)
    assert.are_not.equal("site.word", c:classify("550 zorgles refused").rule)
  end)
end)

  it("match every group of a list of phrase lists, and only then", function()
    local rules = {
      { id = "site.both", match = { { "frozen", "on hold" }, { "account", "mailbox" } }, category = "recipient_inactive" },
    }
    local c = assert(bounce.new { rules = { "default", rules } })
    assert.equal("site.both", c:classify("550 this mailbox is ON   HOLD").rule)
    assert.equal("site.both", c:classify("550 frozen account").rule)
    assert.are_not.equal("site.both", c:classify("550 frozen").rule)
    assert.are_not.equal("site.both", c:classify("550 no such account").rule)
    -- two groups are two conditions: above a rule of one group at the same priority
    local ranked = assert(bounce.new { rules = { "default", {
      { id = "site.one", match = { "frozen" }, category = "recipient_unknown" },
      { id = "site.two", match = { { "frozen" }, { "account" } }, category = "recipient_inactive" },
    } } })
    assert.equal("site.two", ranked:classify("550 frozen account").rule)
    assert.equal("site.one", ranked:classify("550 frozen").rule)
  end)

  it("match phrases beyond ASCII whatever the case and the accents", function()
    local rules = { { id = "site.de", match = "Empfänger unbekannt", category = "recipient_unknown" },
                    { id = "site.ru", match = "ящик переполнен", category = "mailbox_full" } }
    local c = assert(bounce.new { rules = { "default", rules } })
    assert.equal("site.de", c:classify("550 EMPFÄNGER UNBEKANNT").rule)
    assert.equal("site.de", c:classify("550 Empfanger unbekannt").rule)
    assert.equal("site.ru", c:classify("552 Почтовый ЯЩИК ПЕРЕПОЛНЕН").rule)
    assert.are_not.equal("site.de", c:classify("550 Empfaenger unbekannt").rule)
  end)

  it("never match inside an address's local part, only in its domain", function()
    -- role addresses name a topic, not the failure: a DMARC report address is still a mailbox
    assert.same({ "soft", "mailbox_full" }, { bounce.classify("452 4.2.2 <dmarc-reports@example.org>: Mailbox full").type,
      bounce.classify("452 4.2.2 <dmarc-reports@example.org>: Mailbox full").category })
    assert.equal("recipient_unknown", bounce.classify("550 5.1.1 <spam@example.org>: Recipient address rejected: " ..
      "User unknown in virtual mailbox table").category)
    local c = assert(bounce.new { rules = { "default",
      { { id = "site.domain", match = "@lists.example.org", category = "recipient_policy" } } } })
    assert.equal("site.domain", c:classify("550 <news@lists.example.org> refused").rule)
    -- and a URL's query is not an address's local part: its words still count
    assert.equal("auth_failure", bounce.classify("551 5.0.0 Rejected, look at " ..
      "http://www.openspf.org/why.html?sender=a@example.org&ip=192.0.2.1").category)
  end)

  it("match the SMTP command the caller gives or the reply names", function()
    local rules = { { id = "site.rcpt", command = "rcpt", match = "over quota", category = "mailbox_full" } }
    local c = assert(bounce.new { rules = { "default", rules } })
    local reply = "552 over quota"
    assert.are_not.equal("site.rcpt", c:classify(reply).rule)
    assert.equal("site.rcpt", c:classify(reply, { command = "RCPT" }).rule)
    assert.are_not.equal("site.rcpt", c:classify(reply, { command = "DATA" }).rule)
    assert.equal("site.rcpt", c:classify(reply .. " (in reply to RCPT TO command)").rule)
    assert.equal("site.rcpt", c:classify("SMTP error from remote mail server after RCPT TO:<a@b.example>: " .. reply).rule)
    -- the caller's word goes before the reply's
    assert.are_not.equal("site.rcpt", c:classify(reply .. " (in reply to RCPT TO command)", { command = "DATA" }).rule)
  end)

  it("run a pattern only where its rule could still change the result, and every one for explain", function()
    local lpeg = require "lpeg"
    local runs = 0
    local counted = lpeg.Cmt(lpeg.P "quota", function(_, i) runs = runs + 1 return i end)
    local rules = {
      { id = "site.counted", priority = -1, pattern = counted, category = "mailbox_full" },
      { id = "site.full", match = { "quota exceeded" }, category = "mailbox_full", type = "hard" },
    }
    local c = assert(bounce.new { rules = { "default", rules } })
    local reply = "552 5.2.2 quota exceeded"
    assert.equal("site.full", c:classify(reply).rule)
    assert.equal(0, runs)
    local explained = c:explain(reply)
    assert.equal("site.full", explained.decided_by)
    assert.equal("site.counted", explained.matches[2].id)
    assert.equal(1, runs)
    -- nothing above it: it runs, and decides
    assert.equal("site.counted", c:classify("552 over quota").rule)
    assert.equal(2, runs)
  end)

describe("rule lines", function()
  it("point at each rule, also where a call makes the rule", function()
    local path = support.write_temp([[
local function numbered(n, rule) rule.match = { tostring(n) } return rule end
return {
  { match = "alpha", category = "policy_block" },
  numbered(1234, {
    category = "system_error",
  }),
  { match = "omega", category = "greylisted" },
}
]])
    local c = assert(bounce.new { rules = { path } })
    local lines = {}
    for _, m in ipairs(c:explain("alpha 1234 omega").matches) do lines[m.category] = m.line end
    os.remove(path)
    assert.same({ policy_block = 3, system_error = 4, greylisted = 7 }, lines)
  end)
end)

describe("a broken rule file", function()
  it("is refused with file:line for a syntax error", function()
    local err = refused("return {\n  { status = \"5.2.2\", type = \"hard\" \n  { code = 550 },\n}\n")
    assert.truthy(err:match(":3: "), err)
  end)

  it("is refused with file:line for an unknown category", function()
    local err = refused("return {\n  { code = 550, type = \"hard\" },\n  { code = 551,\n    category = \"mailbox_ful\" },\n}\n")
    assert.truthy(err:match(":3: rule #2: field 'category' must be a category of TAXONOMY.md"), err)
  end)

  it("is refused for an unknown action, a field of the wrong type and an unknown field", function()
    assert.truthy(refused("return { { code = 550, action = \"bounce\" } }"):match(":1: .*field 'action'"))
    assert.truthy(refused("return {\n\n { code = \"550\" } }"):match(":3: .*field 'code' must be a reply code"))
    assert.truthy(refused("return { { code = 550, catgory = \"x\" } }"):match("unknown field 'catgory'"))
    assert.truthy(refused("return { { type = \"hard\" } }"):match("needs a condition"))
    assert.truthy(refused("return { { command = \"QUIT\", code = 550 } }"):match("field 'command' must be an SMTP command"))
    assert.truthy(refused("return { { match = { { \"a\" } } } }"):match("field 'match' must be .*2 to 8 such lists"))
    assert.truthy(refused("return { { match = { { \"a\" }, { 42 } } } }"):match("field 'match' must be"))
    local nine = "return { { match = { " .. string.rep("{ \"a\" }, ", 9) .. "} } }"
    assert.truthy(refused(nine):match("field 'match' must be"))
    assert.truthy(refused("return 42"):match(":1: a rule file must return a table"))
  end)

  it("is refused for a bad LPeg pattern", function()
    assert.truthy(refused("return {\n { pattern = \"'a' [z-\" } }"):match(":2: .*bad pattern"))
    assert.truthy(refused("local lpeg = require 'lpeg'\nreturn {\n { pattern = (lpeg.P(1)^-1)^0 } }")
      :match(":3: loop body may accept empty string"))
    assert.truthy(refused("return { { pattern = \"a <- a 'x'\" } }"):match("bad pattern: .*left recursive"))
    assert.truthy(refused("return { { pattern = 42 } }"):match("pattern must be an LPeg pattern"))
  end)

  it("is refused for a pattern string that could never match the folded reply, with the spelling to use", function()
    assert.truthy(refused([[return { { pattern = "'Error' / 'überfüllt'" } }]])
      :find([[bad pattern: "Error" never matches the folded reply; write "error"]], 1, true))
    assert.truthy(refused([[return { { pattern = "'postfach ' ('voll' / 'überfüllt')" } }]])
      :find([[write "uberfullt"]], 1, true))
    -- classes are not literals; folded literals load
    local c = assert(bounce.new { rules = { { { id = "site.ok", pattern = "[0-9]+ ' postfach uberfullt'",
      category = "mailbox_full" } } } })
    assert.equal("site.ok", c:classify("552 POSTFACH ÜBERFÜLLT").rule)
  end)

  it("leaves the rules in use in use on reload", function()
    local path = support.write_temp(OVERRIDE)
    local c = assert(bounce.new { rules = { "default", path } })
    local ctx = { rcpt = "a@example-isp.net" }
    assert.equal("hard", c:classify(FULL, ctx).type)
    local f = assert(io.open(path, "wb"))
    f:write("return {\n  { status = \"5.2.2\", type = \"hard\", categor = \"mailbox_full\" },\n}\n")
    f:close()
    local ok, err = c:reload()
    assert.is_nil(ok)
    assert.truthy(err:find(path .. ":2: ", 1, true), err)
    assert.equal("hard", c:classify(FULL, ctx).type)
    assert.equal("example-isp", c:classify(FULL, ctx).provider)
    f = assert(io.open(path, "wb"))
    f:write("return {}\n")
    f:close()
    assert.is_true(c:reload())
    assert.equal("soft", c:classify(FULL, ctx).type)
    os.remove(path)
  end)

  it("names a missing file", function()
    local c, err = bounce.new { rules = { "default", "/nonexistent/site.lua" } }
    assert.is_nil(c)
    assert.truthy(err:match("^/nonexistent/site.lua: cannot read rule file"), err)
  end)
end)

describe("a soft result's action", function()
  it("never removes the address, though its category's action would", function()
    local c = assert(bounce.new())
    -- recipient_inactive's action is suppress; "temporarily" makes it soft, and soft keeps the address
    local r = c:classify("550 5.2.1 This account has been temporarily suspended")
    assert.same({ "soft", "recipient_inactive", "retry" }, { r.type, r.category, r.action })
    r = c:classify("451 4.2.1 Delivery to mailbox is disabled")
    assert.same({ "soft", "retry" }, { r.type, r.action })
    assert.equal("suppress", c:classify("550 5.1.1 User unknown").action)
  end)

  it("is the operator's where a site rule sets it", function()
    local c = assert(bounce.new { rules = { "default", { { match = "zzz quirk", type = "soft", action = "suppress" } } } })
    assert.same({ "soft", "suppress" }, { c:classify("450 zzz quirk").type, c:classify("450 zzz quirk").action })
  end)
end)

describe("the default pack's spam wording", function()
  it("is not read in a greeting banner's NO UCE, which a transcript quotes above the reply that failed", function()
    local r = bounce.classify("<<< 220 mx.example.org ESMTP NO UCE NO UBE\n>>> RCPT TO:<x@example.org>\n" ..
      "<<< 550 5.1.1 <x@example.org>... User unknown")
    assert.same({ "hard", "recipient_unknown" }, { r.type, r.category })
    assert.same({ "soft", "spam_content" }, { bounce.classify("554 5.7.1 Rejected as UCE").type,
      bounce.classify("554 5.7.1 Rejected as UCE").category })
  end)
end)

describe("a reply that quotes the next hop's reply", function()
  -- Amavis hands the message back to its MTA and passes on what that MTA answered
  local function got(reply) local r = bounce.classify(reply) return { r.type, r.category } end
  local wrapper = "id=12345-01 - Rejected by next-hop MTA on relaying, from MTA(smtp:[127.0.0.1]:10025): "

  it("is decided by the quoted reply's words", function()
    assert.same({ "hard", "recipient_unknown" },
      got("550 5.1.1 " .. wrapper .. "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"))
    assert.same({ "soft", "mailbox_full" }, got("452 4.2.2 " .. wrapper .. "452 4.2.2 <bob@example.org>: Quota exceeded"))
  end)

  it("is the receiver's own failure where the quote says nothing", function()
    assert.same({ "soft", "system_error" }, got("550 5.3.5 Reject, id=12345-01 - Rejected by next-hop MTA on relaying"))
  end)
end)
