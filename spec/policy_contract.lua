-- What every bounce.policy store must do: the same behaviour, run by each store's spec.
-- contract(b, name, new_policy): b = { describe =, it =, assert = } of the calling spec file
-- (busted gives them to spec files only); new_policy(opts) returns a policy over an empty store.
local bounce = require "bounce"

local DAY = 86400

-- Bounces classified by the real classifier, so the policy meets the results it will get.
local function classified(reply, category)
  local r = bounce.classify(reply)
  assert(r.category == category, reply .. " is now " .. r.category .. ", not " .. category)
  return r
end

return function(b, name, new_policy)
  local describe, it, assert = b.describe, b.it, b.assert
  describe("bounce.policy over the " .. name .. " store", function()
    local HARD = classified("550 5.1.1 user unknown", "recipient_unknown")
    local FULL = classified("452 4.2.2 mailbox full", "mailbox_full")
    local DOWN = classified("451 4.3.0 temporary failure", "system_error")
    local DELIVERED = classified("250 2.0.0 ok", "delivered")
    -- a bare 5.7.1: hard by the seed table (TAXONOMY.md rule 9), yet a policy's refusal
    local NOT_AUTHORIZED = classified("550 5.7.1", "policy_block")
    local BLOCKLISTED = classified("554 5.7.1 blocked using zen.spamhaus.org", "blocklisted")
    local SLOW_DOWN = classified("421 4.7.0 too many connections, slow down", "rate_limited")
    local GREYLISTED = classified("451 4.7.1 Greylisted, please try again", "greylisted")

    local function decide(p, address, result, arg)
      local d, err = p:record(address, result, arg)
      assert(d, err)
      return d
    end

    it("suppresses at once on a hard bounce", function()
      local p = new_policy()
      local d = decide(p, "User@Example.COM", HARD, 100)
      assert.equal("suppress", d.decision)
      assert.equal("user@example.com", d.address)
      assert.same({ category = "recipient_unknown", reason = "hard", count = 1, at = 100 }, d.suppression)
      assert.same(d.suppression, assert(p:status("<user@example.com>")).suppression)
      -- and stays suppressed whatever comes next
      assert.equal("suppress", decide(p, "user@example.com", DOWN, 200).decision)
      assert.equal("suppress", decide(p, "user@example.com", DELIVERED, 300).decision)
      assert.equal(1, assert(p:status("user@example.com")).suppression.count)
    end)

    it("suppresses after three soft bounces in a row, and a delivery starts the count again", function()
      local p = new_policy()
      local a = "soft@example.com"
      assert.same({ "retry", "retry" }, { decide(p, a, DOWN, 1 * DAY).decision, decide(p, a, DOWN, 8 * DAY).decision })
      assert.same({ count = 2, first = DAY, last = 8 * DAY, category = "system_error" }, assert(p:status(a)).streak)
      assert.equal("ok", decide(p, a, DELIVERED, 9 * DAY).decision)
      assert.is_nil(assert(p:status(a)).streak)
      assert.equal(1, decide(p, a, DOWN, 15 * DAY).count)
      assert.equal(2, decide(p, a, DOWN, 22 * DAY).count)
      local d = decide(p, a, DOWN, 29 * DAY)
      assert.equal("suppress", d.decision)
      assert.same({ category = "system_error", reason = "threshold", count = 3, at = 29 * DAY }, d.suppression)
    end)

    it("takes the shorthand \"delivered\", and a delay notice does not reset the count", function()
      local p = new_policy()
      decide(p, "d@example.com", DOWN, 1)
      assert.equal("ok", decide(p, "d@example.com", { category = "delivered", status = "4.4.7" }, 2).decision)
      assert.equal(1, assert(p:status("d@example.com")).streak.count)
      assert.equal("ok", decide(p, "d@example.com", "delivered", 3).decision)
      assert.is_nil(assert(p:status("d@example.com")).streak)
    end)

    it("forgets a run when no bounce came for the category's window", function()
      local p = new_policy { categories = { system_error = { window = 10 * DAY } } }
      decide(p, "w@example.com", DOWN, 0)
      decide(p, "w@example.com", DOWN, 10 * DAY)
      assert.equal(1, decide(p, "w@example.com", DOWN, 21 * DAY).count)
    end)

    it("suppresses a full mailbox only after its bounces spread over the span", function()
      local p = new_policy { categories = { mailbox_full = { count = 3, span = 7 * DAY } } }
      local a = "full@example.com"
      for i = 1, 5 do assert.equal("retry", decide(p, a, FULL, i * 3600).decision) end
      assert.equal("suppress", decide(p, a, FULL, 7 * DAY + 3600).decision)
      local q = new_policy { categories = { mailbox_full = { count = 2, span = 0 } } }
      decide(q, a, FULL, 1)
      assert.equal("suppress", decide(q, a, FULL, 2).decision)
    end)

    it("never suppresses for the sender's problems, even a hard one, and counts them per provider and sender", function()
      local p = new_policy { sender = "192.0.2.1" }
      assert.equal("hard", NOT_AUTHORIZED.type)
      for i = 1, 4 do
        local d = decide(p, "victim" .. i .. "@example.net", i % 2 == 0 and NOT_AUTHORIZED or BLOCKLISTED, i)
        assert.equal("retry", d.decision)
        assert.equal("sender", d.scope)
        assert.equal("example.net", d.provider)
        assert.equal("192.0.2.1", d.sender)
      end
      for i = 1, 4 do assert.is_nil(assert(p:status("victim" .. i .. "@example.net")).suppression) end
      -- the fifth blocklist refusal from the same provider within the hour throttles
      for i = 3, 4 do decide(p, "x" .. i .. "@example.net", BLOCKLISTED, 10 + i) end
      local d = decide(p, "x5@example.net", BLOCKLISTED, 20)
      assert.equal("throttle", d.decision)
      assert.equal(5, d.count)
      assert.same({ category = "blocklisted", ["until"] = 3601 }, d.throttle)
      assert.same({ throttled = true, category = "blocklisted", ["until"] = 3601 },
        assert(p:sender_status("example.net", "192.0.2.1", 30)))
      assert.same({ throttled = false }, assert(p:sender_status("example.net", "192.0.2.1", 3601)))
      -- another sending IP, another provider: their own counts
      assert.equal("retry", decide(p, "y@example.net", BLOCKLISTED, { at = 21, sender = "192.0.2.2" }).decision)
      assert.same({ throttled = false }, assert(p:sender_status("example.org", "192.0.2.1", 30)))
      -- the hour over, a new window starts
      assert.equal(1, decide(p, "z@example.net", BLOCKLISTED, 2 + 3601).count)
    end)

    it("throttles at the first rate limit, keyed by the result's provider", function()
      local p = new_policy()
      local r = {}
      for k, v in pairs(SLOW_DOWN) do r[k] = v end
      r.provider = "gmail"
      local d = decide(p, "someone@googlemail.com", r, 1000)
      assert.equal("throttle", d.decision)
      assert.equal("gmail", d.provider)
      assert.is_true(assert(p:sender_status("gmail", nil, 1001)).throttled)
      assert.is_false(assert(p:sender_status("googlemail.com", nil, 1001)).throttled)
    end)

    it("counts an event id once", function()
      local p = new_policy()
      local a = "id@example.com"
      local first = decide(p, a, DOWN, { at = 1, id = "msg-1" })
      local again = decide(p, a, DOWN, { at = 1, id = "msg-1" })
      assert.is_false(first.duplicate)
      assert.is_true(again.duplicate)
      assert.equal(1, again.count)
      assert.equal(2, decide(p, a, DOWN, { at = 2, id = "msg-2" }).count)
      -- one bounce per campaign: an id made of campaign and address
      for _ = 1, 3 do decide(p, "c@example.com", DOWN, { at = 5, id = "campaign-7" }) end
      assert.equal(1, assert(p:status("c@example.com")).streak.count)
      -- ids are per address
      assert.is_false(decide(p, "other@example.com", DOWN, { at = 1, id = "msg-1" }).duplicate)
    end)

    it("suppresses on a complaint and leaves auto-replies and greylisting alone", function()
      local p = new_policy()
      local fbl = classified("Content-Type: multipart/report; report-type=feedback-report\n\nFeedback-Type: abuse",
        "feedback_report")
      assert.equal("suppress", decide(p, "angry@example.com", fbl, 1).decision)
      assert.equal("feedback_report", assert(p:status("angry@example.com")).suppression.category)
      local away = classified("auto-reply: I am out of office", "auto_reply")
      assert.equal("ok", decide(p, "away@example.com", away, 1).decision)
      for i = 1, 5 do assert.equal("retry", decide(p, "grey@example.com", GREYLISTED, i).decision) end
      assert.same({ address = "grey@example.com" }, assert(p:status("grey@example.com")))
    end)

    it("suppresses, lifts and lists by hand", function()
      local p = new_policy()
      assert.is_true(p:suppress("Manual@Example.com", { at = 5 }))
      assert.same({ { address = "manual@example.com", category = "suppressed", reason = "manual", count = 0, at = 5 } },
        assert(p:suppressed()))
      assert.equal("suppress", decide(p, "manual@example.com", DOWN, 6).decision)
      assert.is_true(p:unsuppress("manual@example.com"))
      assert.same({}, assert(p:suppressed()))
      assert.equal("retry", decide(p, "manual@example.com", DOWN, 7).decision)
    end)

    it("exports and imports the suppression list as CSV and JSONL", function()
      local p = new_policy()
      decide(p, "b@example.com", HARD, 10)
      decide(p, '"odd,local"@example.com', HARD, 11)
      for i = 1, 3 do decide(p, "a@example.com", DOWN, i) end
      local csv, jsonl = {}, {}
      assert.equal(3, p:export("csv", function(s) csv[#csv + 1] = s end))
      assert.equal(3, p:export("jsonl", function(s) jsonl[#jsonl + 1] = s end))
      assert.same({
        "address,category,reason,count,at\n",
        '"""odd,local""@example.com",recipient_unknown,hard,1,11\n',
        "a@example.com,system_error,threshold,3,3\n",
        "b@example.com,recipient_unknown,hard,1,10\n",
      }, csv)
      local expected = assert(p:suppressed())
      for _, format in ipairs { "csv", "jsonl" } do
        local q = new_policy()
        assert.equal(3, q:import(format, table.concat(format == "csv" and csv or jsonl)))
        assert.same(expected, assert(q:suppressed()))
      end
      -- a CSV without its header, columns in the export's order; missing fields take defaults
      local q = new_policy()
      assert.equal(2, q:import("csv", "x@example.com,recipient_unknown,hard,1,50\r\ny@example.com\n"))
      local list = assert(q:suppressed())
      assert.same({ address = "x@example.com", category = "recipient_unknown", reason = "hard", count = 1, at = 50 }, list[1])
      assert.equal("import", list[2].reason)
    end)

    it("refuses broken lists with the line number", function()
      local p = new_policy()
      local n, err = p:import("csv", "address,category\nok@example.com,suppressed\nnot-an-address,suppressed\n")
      assert.is_nil(n)
      assert.equal("line 3: not an address: not-an-address", err)
      n, err = p:import("jsonl", '{"address":"a@example.com"}\n"text"\n')
      assert.is_nil(n)
      assert.equal("line 2: not an object", err)
      n, err = p:import("csv", '"a@example.com,x\n')
      assert.is_nil(n)
      assert.equal("line 1: unterminated quoted field", err)
      n, err = p:import("jsonl", '{"address":"a@example.com","category":"two words"}\n')
      assert.is_nil(n)
      assert.truthy(err:find("^line 1: category must be a word"))
    end)

    it("returns nil, err for bad data and raises for bad calls", function()
      local p = new_policy()
      assert.same({ nil, "not an address: nobody" }, { p:record("nobody", DOWN) })
      assert.same({ nil, "unknown category: nope" }, { p:record("a@example.com", { category = "nope" }) })
      assert.has_error(function() p:record(42, DOWN) end, "bounce.policy: address must be a string")
      assert.has_error(function() p:record("a@example.com", 550) end)
      assert.has_error(function() p:record("a@example.com", DOWN, "tomorrow") end)
      assert.has_error(function() p:record("a@example.com", DOWN, { id = 7 }) end)
      assert.has_error(function() new_policy { categories = { nope = {} } } end,
        "bounce.policy.new: unknown category 'nope'")
      assert.has_error(function() new_policy { categories = { mailbox_full = { count = 0 } } } end,
        "bounce.policy: categories.mailbox_full.count must be an integer >= 1")
      assert.has_error(function() new_policy { categories = { blocklisted = { scope = "everyone" } } } end)
      assert.has_error(function() new_policy { colour = "blue" } end, "bounce.policy.new: unknown option 'colour'")
      assert.has_error(function() p:export("xml", print) end)
    end)

    it("refuses a time that is not finite, and the address's next record still counts", function()
      local p = new_policy()
      local a = "inf@example.com"
      for _, at in ipairs { math.huge, -math.huge, 0 / 0 } do
        assert.has_error(function() p:record(a, DOWN, at) end, "bounce.policy: at must be a finite number of seconds")
        assert.has_error(function() p:record(a, DOWN, { at = at, id = "x" }) end)
      end
      assert.is_nil(assert(p:status(a)).streak)
      assert.equal(1, decide(p, a, DOWN, 100).count)
      assert.equal(2, decide(p, a, DOWN, 200).count)
      assert.same({ nil, "count and at must be finite numbers" }, { p:suppress(a, { at = math.huge }) })
      assert.is_nil(assert(p:status(a)).suppression)
    end)

    it("refuses a provider or status that is not a string with nil, err", function()
      local p = new_policy()
      local bad = { category = "blocklisted", provider = { x = 1 } }
      assert.same({ nil, "provider must be a string" }, { p:record("a@example.com", bad) })
      assert.same({ nil, "status must be a string" }, { p:record("a@example.com", { category = "delivered", status = 4.1 }) })
      assert.equal("retry", decide(p, "a@example.com", BLOCKLISTED).decision)
    end)
  end)
end
