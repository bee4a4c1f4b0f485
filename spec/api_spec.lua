local bounce = require "bounce"

describe("bounce.classify", function()
  it("classifies the reply every operator knows", function()
    local r = bounce.classify("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table")
    assert.equal("hard", r.type)
    assert.equal("recipient_unknown", r.category)
    assert.equal("suppress", r.action)
    assert.equal(550, r.code)
    assert.equal("5.1.1", r.status)
    assert.is_true(r.permanent)
    assert.is_string(r.rule)
    assert.is_string(r.description)
    assert.is_true(#r.description > 0)
  end)

  it("keeps a temporary failure soft unless its own words say the mailbox is bad", function()
    local r = bounce.classify("450 4.2.1 <a@example.com>: Recipient address rejected: mailbox temporarily unavailable")
    assert.equal("soft", r.type)
    assert.is_false(r.permanent)
    assert.are_not.equal("suppress", r.action)
    -- TAXONOMY.md rule 2: a missing address is hard whatever the status; the failure itself
    -- stays temporary (permanent = false)
    r = bounce.classify("450 4.1.1 <a@example.com>: Recipient address rejected: User unknown")
    assert.same({ "hard", "recipient_unknown", false }, { r.type, r.category, r.permanent })
    -- a state said to be for a while stays soft; a domain not found is gone whatever the status
    -- (rule 4), where a lookup that failed for now is a network error, soft
    assert.equal("soft", bounce.classify("450 4.2.1 This account has been temporarily suspended").type)
    r = bounce.classify("450 4.1.2 <a@example.invalid>: Recipient address rejected: Domain not found")
    assert.same({ "hard", "domain_invalid", false }, { r.type, r.category, r.permanent })
    r = bounce.classify("450 4.1.2 <a@example.org>: Recipient address rejected: Domain not found, try again")
    assert.same({ "soft", "network_error" }, { r.type, r.category })
  end)

  it("answers 'unknown' for text it does not recognise", function()
    local r = bounce.classify("the quick brown fox")
    assert.equal("unknown", r.category)
    assert.equal("soft", r.type)
    assert.is_nil(r.code)
    assert.is_nil(r.status)
  end)

  it("survives bad input: binary junk, NUL bytes, CR-only lines, 8-bit text, a megabyte on one line", function()
    local junk = {}
    for i = 1, 4096 do junk[i] = string.char((i * 7919) % 256) end
    local inputs = {
      table.concat(junk), "550\0 5.1.1\0user unknown", "550-5.1.1 a\r550 5.1.1 b", "",
      "550 5.7.1 \xff\xfe\xc3\x28 r\xe9sum\xe9", string.rep("x", 1024 * 1024) .. " 550 5.1.1",
    }
    for _, s in ipairs(inputs) do
      local r = bounce.classify(s)
      assert.is_string(r.category)
      assert.is_string(r.type)
    end
  end)

  it("reads when to retry from the reply", function()
    assert.equal(300, bounce.classify("421 4.7.0 Too many connections, try again in 5 minutes").retry_after)
    assert.equal(14400, bounce.classify("450 4.7.1 Deferred: retry after 4 hours").retry_after)
    assert.equal(90, bounce.classify("451 4.7.1 Greylisted, please wait 90 seconds").retry_after)
    assert.is_nil(bounce.classify("550 5.1.1 user unknown").retry_after)
  end)

  it("classifies a failure by its own words, not by a later complaint about the command sequence", function()
    local r = bounce.classify("550 5.7.1 Rejected by local policy\r\n503 5.5.1 Error: need RCPT command")
    assert.same({ "policy_block", 550, "5.7.1" }, { r.category, r.code, r.status })
    r = bounce.classify("552 5.2.2 Mailbox full\n503 Bad sequence of commands")
    assert.same({ "mailbox_full", "soft", 552 }, { r.category, r.type, r.code })
    assert.equal("protocol_error", bounce.classify("503 5.5.1 Bad sequence of commands").category)
    -- Exim (smtp_in.c) repeats the RCPT refusal in its 503: the lines of one reply are read whole
    r = bounce.classify("503-All RCPT commands were rejected with this error:\n" ..
      "503-R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)\n503 Valid RCPT command must precede DATA")
    assert.same({ "reverse_dns", "soft" }, { r.category, r.type })
  end)

  it("reads the SMTP command the caller knows: docomo's unknown user after DATA is its reception filter", function()
    -- any other receiver's unknown user is a missing address at whatever stage
    local reply = "550 Unknown user someone@example.jp"
    assert.equal("recipient_unknown", bounce.classify(reply, { command = "DATA" }).category)
    local docomo = { rcpt = "someone@docomo.ne.jp" }
    assert.equal("recipient_unknown", bounce.classify(reply, docomo).category)
    docomo.command = "RCPT"
    assert.equal("recipient_unknown", bounce.classify(reply, docomo).category)
    docomo.command = "data"
    local r = bounce.classify(reply, docomo)
    assert.equal("recipient_policy", r.category)
    assert.equal("soft", r.type)
    assert.equal("provider.docomo.filtered_after_data", bounce.explain(reply, docomo).decided_by)
    -- a reply that says its phase already is read as it is
    local noted = "550 Unknown user someone@docomo.ne.jp (in reply to end of DATA command)"
    assert.equal("recipient_policy", bounce.classify(noted).category)
    -- ... and so does Sendmail's transcript, the refusal right under ">>> DATA"
    local transcript = "... while talking to mfsmax.docomo.ne.jp.:\n>>> DATA\n" ..
      "<<< 550 Unknown user someone@docomo.ne.jp\n550 5.1.1 <someone@docomo.ne.jp>... User unknown"
    assert.equal("recipient_policy", bounce.classify(transcript, { rcpt = "someone@docomo.ne.jp" }).category)
    local at_rcpt = ">>> RCPT To:<someone@docomo.ne.jp>\n<<< 550 5.1.1 User unknown"
    assert.equal("recipient_unknown", bounce.classify(at_rcpt, { rcpt = "someone@docomo.ne.jp" }).category)
  end)

  it("raises a clear error for a programmer's mistake", function()
    assert.has_error(function() bounce.classify(42) end, "classify: reply must be a string, got number")
    assert.has_error(function() bounce.classify("550", { command = 3 }) end,
      'classify: context.command must be a string such as "DATA", got number')
    assert.has_error(function() bounce.classify("550", "gmail") end, "classify: context must be a table, got string")
    assert.has_error(function() bounce.new("default") end, "bounce.new: options must be a table, got string")
  end)

  it("explains which rules matched, by layer, and which decided", function()
    local e = bounce.explain("552 5.2.2 <a@example.com>: mailbox full")
    assert.equal(e.result.rule, e.decided_by)
    assert.is_true(e.matches[1].decided)
    assert.equal(e.decided_by, e.matches[1].id)
    local layers = {}
    for _, m in ipairs(e.matches) do layers[m.layer] = true end
    assert.is_true(layers.status)
    assert.is_true(layers.code)
    assert.is_true(layers.class)
  end)
end)
