-- bounce.hooks: an MTA hook's answer (OK, DENYSOFT with a delay, DENY) for one recipient's
-- failure, on the providers' documented replies given as Haraka and as a DSN give them.
local bounce = require "bounce"
local hooks = require "bounce.hooks"
local taxonomy = require "bounce.taxonomy"
local support = require "spec.support"
local haraka_fields = require "spec.mailflow.haraka"

local replies = {}
for _, row in ipairs(support.jsonl(support.shared .. "/corpus/provider-replies.jsonl")) do
  replies[row.id] = row
end

local RESULT_FIELDS = { "type", "category", "action", "code", "status", "permanent", "provider", "rule", "retry_after" }

describe("bounce.hooks", function()
  describe("on every provider reply of the corpus, split as Haraka splits it", function()
    for _, id in ipairs((function()
      local ids = {}
      for id in pairs(replies) do ids[#ids + 1] = id end
      table.sort(ids)
      return ids
    end)()) do
      local row = replies[id]
      it(id .. " is classified as the whole reply is, and answered by its type", function()
        local d = assert(hooks.decide(haraka_fields(row.reply)))
        local whole = bounce.classify(row.reply)
        for _, f in ipairs(RESULT_FIELDS) do assert.same(whole[f], d.result[f], f) end
        if whole.type == "none" then
          assert.equal("OK", d.verdict)
        elseif whole.type == "hard" then
          assert.equal("DENY", d.verdict)
        elseif not whole.permanent or whole.action == "retry" or whole.action == "throttle" then
          assert.equal("DENYSOFT", d.verdict)
        else
          assert.equal("DENY", d.verdict)
        end
        if d.verdict == "DENYSOFT" then
          assert.equal(whole.retry_after or hooks.delays[whole.category], d.delay)
          assert.is_true(d.delay > 0)
        else
          assert.is_nil(d.delay)
        end
      end)
    end
  end)

  describe("answers the providers' documented cases", function()
    local CASES = {
      { "google-043", "DENY", "recipient_inactive" },         -- 550 5.2.1 account inactive
      { "google-040", "DENY", "domain_invalid" },             -- 553 5.1.2 no such domain
      { "apple-001", "DENY", "recipient_unknown" },           -- 550 5.1.1 user does not exist
      { "m365-010", "DENY", "recipient_unknown" },            -- 550 5.1.1 bad destination mailbox
      { "google-004", "DENYSOFT", "mailbox_full", 3600 },     -- 452 4.2.2 out of storage
      { "comcast-010", "DENYSOFT", "mailbox_full", 3600 },    -- 552, but over quota: it empties
      { "google-001", "DENYSOFT", "recipient_rate_limited", 900 },
      { "google-007", "DENYSOFT", "system_error", 600 },
      { "google-046", "DENY", "message_too_large" },          -- 552 5.3.4: resending cannot pass
      { "m365-052", "DENY", "blocklisted" },                  -- 550 5.7.1 on a blocklist: delist first
      { "google-085", "DENY", "auth_failure" },               -- 550 5.7.26 DMARC: fix DNS first
      { "google-019", "DENYSOFT", "reputation", 3600 },       -- 421 4.7.0: a later try may pass
      { "yahoo-016", "OK", "delivered" },                     -- 250: nothing failed
    }
    for _, case in ipairs(CASES) do
      local id, verdict, category, delay = case[1], case[2], case[3], case[4]
      it(id .. " -> " .. verdict, function()
        local d = assert(hooks.decide(haraka_fields(replies[id].reply)))
        assert.equal(category, d.result.category)
        assert.equal(verdict, d.verdict)
        assert.equal(delay, d.delay)
      end)
    end

    it("takes the provider's retry time over the category's (Yahoo TS01: hours)", function()
      local d = assert(hooks.decide(haraka_fields(replies["yahoo-001"].reply)))
      assert.equal("DENYSOFT", d.verdict)
      assert.equal("reputation", d.result.category)
      assert.is_number(d.result.retry_after)
      assert.equal(d.result.retry_after, d.delay)
      assert.is_true(d.delay > hooks.delays.reputation)
    end)
  end)

  describe("reads the fields", function()
    it("joins Haraka's code, enhanced status and text into the reply", function()
      local d = assert(hooks.decide {
        dsn_smtp_code = 550, dsn_smtp_extc = "5.1.1", dsn_smtp_response = "<user@icloud.com>: user does not exist",
        dsn_status = "5.1.1", user = "user", host = "icloud.com",
      })
      assert.equal("550 5.1.1 <user@icloud.com>: user does not exist", d.reply)
      assert.equal("recipient_unknown", d.result.category)
      assert.equal("DENY", d.verdict)
    end)

    it("keeps the reply's own status when Haraka turned a retried 4xx into a failure", function()
      -- after its last retry Haraka rewrites dsn_status 4.x.x to 5.x.x; extc keeps the reply's
      local d = assert(hooks.decide {
        dsn_smtp_code = "452", dsn_smtp_extc = "4.2.2", dsn_status = "5.2.2", dsn_action = "failed",
        dsn_smtp_response = "The recipient's inbox is out of storage space. - gsmtp",
      })
      assert.equal("452 4.2.2 The recipient's inbox is out of storage space. - gsmtp", d.reply)
      assert.equal("mailbox_full", d.result.category)
      assert.equal("DENYSOFT", d.verdict)
    end)

    it("reads a DSN's Diagnostic-Code and Status, the status after the code when the text has none", function()
      local d = assert(hooks.decide {
        recipient = "rfc822;someone@example.com", status = "5.1.1", remote_mta = "dns; mx.example.com",
        diagnostic_code = "smtp; 550 No such user here",
      })
      assert.equal("550 5.1.1 No such user here", d.reply)
      assert.equal("hard", d.result.type)
      assert.equal("DENY", d.verdict)
    end)

    it("prefers the diagnostic's status to the report's (Exim writes Status: 5.0.0)", function()
      local d = assert(hooks.decide {
        status = "5.0.0", dsn_action = "failed",
        diagnostic = "smtp; 452 4.2.2 The recipient's inbox is out of storage space.: retry timeout exceeded",
      })
      assert.equal("4.2.2", d.result.status)
      assert.equal("mailbox_full", d.result.category)
      assert.equal("DENYSOFT", d.verdict)
    end)

    it("decides on a status alone", function()
      assert.equal("DENY", assert(hooks.decide { dsn_status = "5.1.1" }).verdict)
      assert.equal("DENYSOFT", assert(hooks.decide { dsn_status = "4.4.1" }).verdict)
    end)

    it("uses a classification already made (bounce.parse's recipients) without classifying again", function()
      local entry = {
        recipient = "a@example.com", dsn_action = "failed", type = "soft", category = "mailbox_full",
        action = "retry", permanent = true, rule = "site.test", retry_after = 120,
      }
      local d = assert(hooks.decide(entry, { classify = function() error("must not classify") end }))
      assert.equal(entry, d.result)
      assert.equal("DENYSOFT", d.verdict)
      assert.equal(120, d.delay)
    end)

    it("answers OK when the DSN says the message was delivered", function()
      local d = assert(hooks.decide { dsn_action = "delivered", status = "2.0.0", diagnostic = "smtp; 250 2.0.0 Ok" })
      assert.equal("OK", d.verdict)
      assert.is_nil(d.delay)
    end)

    it("passes the recipient and the MX host to the classifier", function()
      local seen
      local stub = {
        classify = function(_, reply, ctx)
          seen = { reply = reply, ctx = ctx }
          return { type = "soft", category = "greylisted", action = "retry", permanent = false, rule = "stub" }
        end,
      }
      local d = assert(hooks.decide({
        dsn_smtp_code = "451", dsn_smtp_extc = "4.7.1", dsn_smtp_response = "Greylisted, try again",
        user = "someone", host = "example.org", dsn_remote_mta = "mx1.example.org",
      }, stub))
      assert.same({ rcpt = "someone@example.org", mx = "mx1.example.org" }, seen.ctx)
      assert.equal("451 4.7.1 Greylisted, try again", seen.reply)
      assert.equal(hooks.delays.greylisted, d.delay)
    end)
  end)

  describe("answers by type, action and permanence", function()
    local function verdict(t, action, permanent)
      return assert(hooks.decide { type = t, category = "unknown", action = action, permanent = permanent, rule = "t" })
    end
    it("OK for what is not a failure", function()
      assert.equal("OK", verdict("none", "record_only", false).verdict)
      assert.equal("OK", verdict("none", "unsubscribe", false).verdict)
    end)
    it("DENY for a hard failure, even a 4xx one", function()
      assert.equal("DENY", verdict("hard", "suppress", true).verdict)
      assert.equal("DENY", verdict("hard", "suppress", false).verdict)
    end)
    it("DENYSOFT for a soft 4xx, whatever the action", function()
      for action in pairs(taxonomy.actions) do
        assert.equal("DENYSOFT", verdict("soft", action, false).verdict, action)
      end
    end)
    it("DENYSOFT for a soft 5xx that goes away by itself, DENY for one a person must fix", function()
      assert.equal("DENYSOFT", verdict("soft", "retry", true).verdict)
      assert.equal("DENYSOFT", verdict("soft", "throttle", true).verdict)
      for _, action in ipairs { "fix_sender_config", "review_content", "fix_message", "split_transaction", "delist",
        "contact_recipient_admin", "alert_operator", "record_only" } do
        assert.equal("DENY", verdict("soft", action, true).verdict, action)
      end
    end)
  end)

  describe("delays", function()
    it("has a delay for every category that can fail", function()
      for name, c in pairs(taxonomy.categories) do
        if c[1] ~= "none" then
          assert.is_number(hooks.delays[name], name)
          assert.is_true(hooks.delays[name] > 0, name)
        end
      end
      assert.is_number(hooks.delays.default)
    end)

    it("takes an operator's delays for some categories and keeps the others", function()
      local decider = hooks.new { delays = { mailbox_full = 7200 } }
      assert.equal(7200, assert(decider:decide { dsn_smtp_code = 452, dsn_smtp_extc = "4.2.2" }).delay)
      assert.equal(hooks.delays.system_error, assert(decider:decide { dsn_smtp_code = 421, dsn_smtp_extc = "4.3.0" }).delay)
      assert.equal(3600, hooks.delays.mailbox_full)
    end)

    it("takes the retry time a site rule sets", function()
      local c = assert(bounce.new { rules = { "default", { layer = "site", { status = "4.2.2", retry_after = 600 } } } })
      local d = assert(hooks.new({ classifier = c }):decide { dsn_smtp_code = 452, dsn_smtp_extc = "4.2.2" })
      assert.equal(600, d.delay)
    end)
  end)

  describe("errors", function()
    it("returns nil and a message when the fields carry no reply", function()
      local d, err = hooks.decide { recipient = "a@example.com" }
      assert.is_nil(d)
      assert.matches("no reply", err)
    end)

    it("raises on programmer errors", function()
      assert.has_error(function() hooks.decide("550 5.1.1") end, "hooks.decide: fields must be a table, got string")
      assert.has_error(function() hooks.decide { dsn_smtp_code = {} } end)
      assert.has_error(function() hooks.decide { dsn_smtp_response = 5 } end)
      assert.has_error(function() hooks.new { delays = { mailbox_ful = 60 } } end,
        "hooks.new: delays: unknown category mailbox_ful")
      assert.has_error(function() hooks.new { delays = { mailbox_full = -1 } } end)
      assert.has_error(function() hooks.new { delays = 60 } end)
      assert.has_error(function() hooks.new { classifier = {} } end)
      assert.has_error(function() hooks.new(5) end)
    end)
  end)
end)
