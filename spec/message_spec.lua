-- Bounce emails: core.parse_message (the C scanner) and bounce.message (classification per
-- recipient), on hand-made messages for the hard cases and on the labelled corpus.
local core = require "bounce.core"
local message = require "bounce.message"
local bounce = require "bounce"
local support = require "spec.support"

local CORPUS = support.shared .. "/corpus"

local function msg(...)
  return table.concat({ ... }, "\n") .. "\n"
end

-- A delivery status notification with a text part, a report and the original message.
local DSN = msg(
  "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>",
  "To: sender@example.com",
  "Subject: =?UTF-8?B?w4ljaGVjIGRlIGxhIGRpc3RyaWJ1dGlvbg==?= =?ISO-8859-1?Q?=E0_l=27=E9t=E9?=",
  "Content-Type: multipart/report; report-type=delivery-status;",
  "  boundary=\"BOUNDARY\"",
  "",
  "--BOUNDARY",
  "Content-Type: text/plain",
  "",
  "Your message could not be delivered.",
  "--BOUNDARY",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx.example.org",
  "Arrival-Date: Mon, 1 Jan 2024 10:00:00 +0000",
  "",
  "Final-Recipient: rfc822; first@example.net",
  "Original-Recipient: rfc822;alias@example.net",
  "Action: failed",
  "Status: 5.1.1",
  "Remote-MTA: dns; mx1.example.net",
  "Diagnostic-Code: smtp; 550 5.1.1 <first@example.net>:",
  "    Recipient address rejected: User unknown",
  "Last-Attempt-Date: Mon, 1 Jan 2024 10:00:05 +0000",
  "",
  "Final-Recipient: rfc822; second@example.net",
  "Action: delayed",
  "Status: 4.2.2",
  "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full",
  "",
  "--BOUNDARY",
  "Content-Type: message/rfc822",
  "",
  "Message-ID: <m1@example.com>",
  "From: Sender <sender@example.com>",
  "To: first@example.net, second@example.net",
  "Subject: =?UTF-8?Q?caf=C3=A9?=",
  "Date: Mon, 1 Jan 2024 09:59:00 +0000",
  "X-Mailer: Mailer 1.0",
  "X-Campaign-ID: 42",
  "",
  "Hello",
  "--BOUNDARY--")

local SUBJECT = "\195\137chec de la distribution\195\160 l'\195\169t\195\169"

local function check_dsn(r)
  assert.equal("dsn", r.kind)
  assert.equal(SUBJECT, r.subject)
  assert.equal("mx.example.org", r.reporting_mta)
  assert.equal(2, #r.recipients)
  local a, b = r.recipients[1], r.recipients[2]
  -- the address the sender used; the one the report's MTA delivered to beside it
  assert.equal("alias@example.net", a.recipient)
  assert.equal("first@example.net", a.final_recipient)
  assert.equal("alias@example.net", a.original_recipient)
  assert.equal("failed", a.dsn_action)
  assert.equal("5.1.1", a.status)
  assert.equal("smtp", a.diagnostic_type)
  assert.equal("550 5.1.1 <first@example.net>: Recipient address rejected: User unknown", a.diagnostic)
  assert.equal("mx1.example.net", a.remote_mta)
  assert.equal("second@example.net", b.recipient)
  assert.equal("delayed", b.dsn_action)
  assert.equal("<m1@example.com>", r.original.message_id)
  assert.equal("caf\195\169", r.original.subject)
  assert.equal("Mailer 1.0", r.original.headers["x-mailer"])
  assert.equal("42", r.original.headers["x-campaign-id"])
end

describe("core.parse_message", function()
  it("reads a delivery status notification with LF line ends", function()
    check_dsn(core.parse_message(DSN))
  end)

  it("reads the same message with CRLF and with CR-only line ends", function()
    check_dsn(core.parse_message((DSN:gsub("\n", "\r\n"))))
    check_dsn(core.parse_message((DSN:gsub("\n", "\r"))))
  end)

  it("returns what it could read of a truncated message", function()
    local cut = DSN:sub(1, DSN:find("Status: 5.1.1", 1, true) + 12)
    local r = core.parse_message(cut)
    assert.equal("dsn", r.kind)
    assert.equal("first@example.net", r.recipients[1].final_recipient)
    assert.equal("5.1.1", r.recipients[1].status)
    for n = 0, #DSN, 7 do
      assert.is_table(core.parse_message(DSN:sub(1, n)))
    end
  end)

  it("stops at the depth limit of nested multiparts and says the result is partial", function()
    local body = msg("Content-Type: message/delivery-status", "",
      "Final-Recipient: rfc822; deep@example.net", "Action: failed", "Status: 5.1.1")
    for d = 40, 1, -1 do
      body = msg("Content-Type: multipart/mixed; boundary=\"b" .. d .. "\"", "", "--b" .. d, body, "--b" .. d .. "--")
    end
    local bounce_msg = "From: MAILER-DAEMON@example.org\n" .. body
    local r = core.parse_message(bounce_msg)
    assert.equal("unknown", r.kind)
    assert.is_true(r.truncated)
    r = core.parse_message(bounce_msg, { max_depth = 64 })
    assert.equal("dsn", r.kind)
    assert.equal("deep@example.net", r.recipients[1].recipient)
  end)

  it("decodes a base64 report and survives a broken one", function()
    -- "Reporting-MTA: dns; mx.example.org", "", "Final-Recipient: rfc822; b64@example.net", ...
    local report = "UmVwb3J0aW5nLU1UQTogZG5zOyBteC5leGFtcGxlLm9yZwoKRmluYWwtUmVjaXBpZW50OiByZmM4MjI7IGI2NEBleGFt" ..
      "cGxlLm5ldApBY3Rpb246IGZhaWxlZApTdGF0dXM6IDUuMi4yCg=="
    local function with(encoded)
      return msg("From: MAILER-DAEMON@mx.example.org", "Content-Type: multipart/report; boundary=B", "",
        "--B", "Content-Type: message/delivery-status", "Content-Transfer-Encoding: base64", "",
        encoded, "--B--")
    end
    local r = core.parse_message(with(report))
    assert.equal("b64@example.net", r.recipients[1].recipient)
    assert.equal("5.2.2", r.recipients[1].status)
    local broken = report:sub(1, 30) .. "!*%\0" .. report:sub(31, 60) .. "===" .. report:sub(61)
    assert.is_table(core.parse_message(with(broken)))
    assert.is_table(core.parse_message(with("====")))
  end)

  it("passes 8-bit header bytes through and decodes encoded words into UTF-8", function()
    local r = core.parse_message(msg("From: MAILER-DAEMON@example.org",
      "Subject: \233t\233 r\195\169sultat", "", "body"))
    assert.equal("\233t\233 r\195\169sultat", r.subject)
    -- a charset iconv does not know is read as UTF-8, a byte that is none becoming U+FFFD
    r = core.parse_message(msg("From: MAILER-DAEMON@example.org",
      "Subject: =?utf-8?q?Undelivered_Mail?=", " =?UTF-8?B?IOKchQ==?= and =?x-unknown?Q?raw=FF?=", "", "body"))
    assert.equal("Undelivered Mail \226\156\133 and raw\239\191\189", r.subject)
  end)

  it("reads a text bounce of qmail, Exim and Sendmail", function()
    local qmail = core.parse_message(msg("From: MAILER-DAEMON@mx.example.jp", "Subject: failure notice", "",
      "Hi. This is the qmail-send program at mx.example.jp.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.", "",
      "<a@example.net>:", "192.0.2.1 does not like recipient.",
      "Remote host said: 550 5.1.1 <a@example.net>: Recipient address rejected", "Giving up on 192.0.2.1.", "",
      "<b@example.net>:", "Sorry, I couldn't find any host named example.net. (#5.1.2)", "",
      "--- Below this line is a copy of the message.", "", "Message-ID: <q@example.jp>", "Subject: hi", "", "hi"))
    assert.equal("dsn", qmail.kind)
    assert.equal("a@example.net", qmail.recipients[1].recipient)
    assert.matches("550 5.1.1", qmail.recipients[1].diagnostic, 1, true)
    assert.equal("b@example.net", qmail.recipients[2].recipient)
    assert.matches("#5.1.2", qmail.recipients[2].diagnostic, 1, true)
    assert.equal("<q@example.jp>", qmail.original.message_id)
    -- qmail's double bounce: the address its bounce bounced from, not the one the enclosed
    -- bounce reports
    local double = core.parse_message(msg("From: MAILER-DAEMON@mx.example.jp", "Subject: failure notice", "",
      "Hi. This is the qmail-send program at mx.example.jp.",
      "I tried to deliver a bounce message to this address, but the bounce bounced!", "",
      "<s@example.jp>:", "Sorry, no mailbox here by that name. (#5.1.1)", "",
      "--- Below this line is the original bounce.", "", "From: MAILER-DAEMON@mx.example.jp", "",
      "<a@example.net>:", "192.0.2.1 does not like recipient.",
      "Remote host said: 550 5.2.1 The email account that you tried to reach is disabled.", ""))
    assert.same({ "s@example.jp" }, { double.recipients[1].recipient, double.recipients[2] })

    local exim = core.parse_message(msg("From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.org", "Subject: Mail delivery failed: returning message to sender", "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "",
      "  a@example.net", "    host mx.example.net [192.0.2.2]",
      "    SMTP error from remote mail server after RCPT TO:<a@example.net>:",
      "    550 5.1.1 User unknown", "",
      "------ This is a copy of the message, including all the headers. ------", "",
      "From: sender@example.org", "Subject: hi", "", "hi"))
    assert.equal(1, #exim.recipients)
    assert.equal("a@example.net", exim.recipients[1].recipient)
    assert.equal("mx.example.net", exim.recipients[1].remote_mta)
    assert.matches("550 5.1.1 User unknown", exim.recipients[1].diagnostic, 1, true)
    assert.equal("hi", exim.original.subject)

    local sendmail = core.parse_message(msg("From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>",
      "Subject: Returned mail: User unknown", "",
      "   ----- The following addresses had permanent fatal errors -----", "<a@example.net>",
      "    (reason: 550 5.1.1 <a@example.net>... User unknown)", ""))
    assert.equal("a@example.net", sendmail.recipients[1].recipient)
    assert.matches("(reason: 550 5.1.1", sendmail.recipients[1].diagnostic, 1, true)
  end)

  it("reads a bounce written in HTML only", function()
    local r = core.parse_message(msg("From: postmaster@example.com", "Subject: Undeliverable: hi",
      "Content-Type: text/html; charset=utf-8", "",
      "<html><head><style>p { margin: 0 }</style></head><body><p>Delivery has failed to these recipients:</p>",
      "<p><a href=\"mailto:bob@example.net\">bob@example.net</a><br>",
      "Remote Server returned &#39;550 5.1.1 User unknown&#39;</p></body></html>"))
    assert.equal("dsn", r.kind)
    assert.equal("bob@example.net", r.recipients[1].recipient)
    assert.equal("Remote Server returned '550 5.1.1 User unknown'", r.recipients[1].diagnostic)
  end)

  it("reads a feedback report", function()
    local r = core.parse_message(msg("From: fbl@isp.example", "Subject: complaint",
      "Content-Type: multipart/report; report-type=feedback-report; boundary=F", "",
      "--F", "Content-Type: message/feedback-report", "",
      "Feedback-Type: abuse", "User-Agent: FBL/1.0", "Version: 1", "Original-Mail-From: <bounces@example.com>",
      "Original-Rcpt-To: <user1@isp.example>", "Original-Rcpt-To: user2@isp.example", "Source-IP: 192.0.2.9",
      "Arrival-Date: Mon, 1 Jan 2024 10:00:00 +0000", "Reported-Domain: example.com", "",
      "--F", "Content-Type: text/rfc822-headers", "", "Message-ID: <c@example.com>", "", "--F--"))
    assert.equal("arf", r.kind)
    assert.equal("abuse", r.feedback.feedback_type)
    assert.equal("FBL/1.0", r.feedback.user_agent)
    assert.equal("user1@isp.example", r.feedback.original_rcpt_to)
    assert.equal("bounces@example.com", r.feedback.original_mail_from:match("[^<>]+"))
    assert.equal("192.0.2.9", r.feedback.source_ip)
    assert.equal("example.com", r.feedback.reported_domain)
    assert.equal(2, #r.recipients)
    assert.equal("user2@isp.example", r.recipients[2].recipient)
    assert.equal("<c@example.com>", r.original.message_id)
  end)

  it("tells a read receipt (RFC 8098) from a bounce: the reader, delivered, type none", function()
    -- RFC 8098's own example of a disposition notification (section 9)
    local mdn = msg("Date: Wed, 20 Sep 1995 00:19:00 (EDT) -0400",
      "From: Joe Recipient <Joe_Recipient@example.com>", "Message-Id: <199509200019.12345@example.com>",
      "Subject: Disposition notification", "To: Jane Sender <Jane_Sender@example.org>", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=disposition-notification;",
      '    boundary="RAA14128.773615765/example.com"', "", "--RAA14128.773615765/example.com", "",
      "The message sent on 1995 Sep 19 at 13:30:00 (EDT) -0400 to Joe",
      'Recipient <Joe_Recipient@example.com> with subject "First draft of',
      'report" has been displayed.  This is no guarantee that the message',
      "has been read or understood.", "", "--RAA14128.773615765/example.com",
      "content-type: message/disposition-notification", "",
      "Reporting-UA: joes-pc.cs.example.com; Foomail 97.1",
      "Original-Recipient: rfc822;Joe_Recipient@example.com", "Final-Recipient: rfc822;Joe_Recipient@example.com",
      "Original-Message-ID: <199509192301.23456@example.org>",
      "Disposition: manual-action/MDN-sent-manually; displayed", "", "--RAA14128.773615765/example.com--")
    local r = core.parse_message(mdn)
    assert.same({ "mdn", "manual-action/MDN-sent-manually; displayed", 1, "Joe_Recipient@example.com" },
      { r.kind, r.disposition, #r.recipients, r.recipients[1].recipient })
    local rc = message.parse(assert(require("bounce").new()), mdn).recipients[1]
    assert.same({ "none", "delivered", "record_only", "message.disposition" }, { rc.type, rc.category, rc.action, rc.rule })
    -- one that names no Final-Recipient is about its sender, the reader
    r = core.parse_message((mdn:gsub("Final%-Recipient: [^\n]*\n", "")))
    assert.same({ "mdn", "Joe_Recipient@example.com" }, { r.kind, r.recipients[1].recipient })
  end)

  it("tells auto-replies from bounces", function()
    local r = core.parse_message(msg("From: Jane <jane@example.net>", "Subject: Out of Office: hello",
      "Auto-Submitted: auto-replied", "", "I am away until Monday.", "bob@example.net"))
    assert.equal("auto_reply", r.kind)
    assert.equal("jane@example.net", r.recipients[1].recipient)
    r = core.parse_message(msg("From: jane@example.net", "Subject: Re: hello", "X-Autoreply: yes", "", "Away."))
    assert.equal("auto_reply", r.kind)
    r = core.parse_message(msg("From: jane@example.net", "Subject: hello", "", "Just a reply."))
    assert.equal("unknown", r.kind)
    -- an absence notice with no header that says so (vacation(1), a mail client's rule)
    r = core.parse_message(msg("From: jane@example.net", "Subject: Re: hello", "",
      "I am out of the office until Monday and will not be reading my mail."))
    assert.equal("auto_reply", r.kind)
    assert.equal("jane@example.net", r.recipients[1].recipient)
    -- Postfix marks its bounces auto-replied: a cut-short one that names no recipient is still
    -- no absence notice
    r = core.parse_message(msg("From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>",
      "Subject: Undelivered Mail Returned to Sender", "Auto-Submitted: auto-replied", "",
      "I'm sorry to inform you that the message below could not be delivered.", "...."))
    assert.equal("unknown", r.kind)
  end)

  it("reads Exim's plain-text DMARC failure report as a report, not a bounce", function()
    local r = core.parse_message(msg("From: no-reply@mx.example.net", "To: dmarc@example.com",
      "Subject: DMARC Forensic Report for example.com from IP 192.0.2.68", "Auto-Submitted: auto-replied",
      "Content-Type: multipart/report; boundary=B", "", "--B", "Content-Type: text/plain", "",
      "A message claiming to be from you has failed the published DMARC",
      "policy for your domain.", "", "  Sender Domain: example.com", "  Sender IP Address: 192.0.2.68", "",
      "------ This is a copy of the headers that were received before the error was detected.", "",
      "Received: from [192.0.2.68] by mx.example.net for user@example.org", "From: <user@example.com>", "--B--"))
    assert.equal("arf", r.kind)
    assert.equal("auth-failure", r.feedback.feedback_type)
    assert.equal(0, #r.recipients)
  end)

  it("skips blank lines above the first header field", function()
    local r = core.parse_message("   \n\n" .. msg("From: MAILER-DAEMON@example.org", "Subject: Undelivered Mail",
      "X-Failed-Recipients: gone@example.net", "", "User unknown"))
    assert.equal("MAILER-DAEMON@example.org", r.from)
    assert.equal("gone@example.net", r.recipients[1].recipient)
  end)

  it("keeps to its limits and refuses unknown ones", function()
    local many = { "From: MAILER-DAEMON@example.org", "Content-Type: multipart/report; boundary=B", "",
      "--B", "Content-Type: message/delivery-status", "" }
    for i = 1, 50 do
      many[#many + 1] = "Final-Recipient: rfc822; u" .. i .. "@example.net\nAction: failed\nStatus: 5.1.1\n"
    end
    local r = core.parse_message(table.concat(many, "\n"), { max_recipients = 10 })
    assert.equal(10, #r.recipients)
    assert.is_true(r.truncated)
    assert.has_error(function() core.parse_message("x", { max_recipent = 1 }) end)
    assert.has_error(function() core.parse_message("x", { max_depth = -1 }) end)
    assert.has_error(function() core.parse_message(nil) end)
  end)

  it("never fails on arbitrary bytes", function()
    local seed = 7
    local function rand(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    end
    local pieces = { "\n", "\r\n", "\r", "--B", "Content-Type: multipart/mixed; boundary=B\n", "=?utf-8?B?", "?=",
      "Final-Recipient: rfc822; a@b.c\n", "Content-Transfer-Encoding: base64\n", "<a@b.c>:\n", " ", ":", "@",
      "Content-Type: message/delivery-status\n", "\0", "\255", "=", "From: MAILER-DAEMON@x.y\n" }
    for _ = 1, 300 do
      local parts = {}
      for i = 1, rand(60) do parts[i] = pieces[rand(#pieces) + 1] end
      assert.is_table(core.parse_message(table.concat(parts)))
    end
  end)
end)

describe("bounce.message.parse", function()
  local classifier = assert(bounce.new())

  it("classifies each recipient and keeps the report's fields", function()
    local r = message.parse(classifier, DSN)
    assert.equal("dsn", r.kind)
    local a, b = r.recipients[1], r.recipients[2]
    assert.equal("alias@example.net", a.recipient)
    assert.equal("hard", a.type)
    assert.equal("recipient_unknown", a.category)
    assert.equal(550, a.code)
    assert.equal("5.1.1", a.status)
    assert.is_true(a.permanent)
    assert.is_string(a.rule)
    -- a delay is no bounce yet: type none, the reason kept
    assert.equal("second@example.net", b.recipient)
    assert.equal("none", b.type)
    assert.equal("mailbox_full", b.category)
    assert.equal("record_only", b.action)
  end)

  it("classifies a report with no diagnostic from its status", function()
    local r = message.parse(classifier, (DSN:gsub("Diagnostic%-Code: smtp; 550[^\n]*\n[^\n]*\n", "")))
    assert.equal("5.1.1", r.recipients[1].status)
    assert.equal("hard", r.recipients[1].type)
  end)

  it("marks delivered, relayed and expanded recipients as delivered", function()
    for _, action in ipairs { "delivered", "relayed", "expanded" } do
      local r = message.parse(classifier, (DSN:gsub("Action: failed", "Action: " .. action)))
      assert.equal("delivered", r.recipients[1].category)
      assert.equal("none", r.recipients[1].type)
    end
  end)

  it("gives feedback reports and auto-replies their fixed outcome", function()
    local arf = message.parse(classifier, msg("From: fbl@isp.example",
      "Content-Type: multipart/report; report-type=feedback-report; boundary=F", "", "--F",
      "Content-Type: message/feedback-report", "", "Feedback-Type: abuse", "Original-Rcpt-To: u@isp.example",
      "", "--F--"))
    assert.equal("arf", arf.kind)
    assert.same({ "u@isp.example", "feedback_report", "none", "unsubscribe", "abuse" }, {
      arf.recipients[1].recipient, arf.recipients[1].category, arf.recipients[1].type, arf.recipients[1].action,
      arf.recipients[1].feedback_type })
    local auto = message.parse(classifier, msg("From: jane@example.net", "Subject: Automatic reply: hi",
      "Auto-Submitted: auto-replied", "", "Away."))
    assert.same({ "auto_reply", "none", "record_only" },
      { auto.recipients[1].category, auto.recipients[1].type, auto.recipients[1].action })
  end)

  it("refuses a message that is not a string", function()
    assert.has_error(function() message.parse(classifier, 42) end)
  end)
end)

describe("bounce.message.each_file", function()
  it("splits an mbox and reads a single file", function()
    local path = support.write_temp("From a@b Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n\n" ..
      "From c@d Mon Jan  1 00:00:01 2024\nSubject: two\n\nFrom here on\n")
    local names, bodies = {}, {}
    for name, content in message.each_file(path) do
      names[#names + 1] = name
      bodies[#bodies + 1] = content
    end
    os.remove(path)
    assert.same({ path .. "#1", path .. "#2" }, names)
    assert.matches("Subject: two", bodies[2], 1, true)
    assert.matches("From here on", bodies[2], 1, true)
    path = support.write_temp("Subject: x\n\ny\n")
    local n = 0
    for name, content in message.each_file(path) do
      n = n + 1
      assert.equal(path, name)
      assert.equal("Subject: x\n\ny\n", content)
    end
    os.remove(path)
    assert.equal(1, n)
    assert.has_error(function() message.each_file("/nonexistent/bounce.eml") end)
  end)

  it("passes over a folder's entries that are no regular file, and says so", function()
    local dir = support.run("mktemp -d"):gsub("%s+$", "")
    support.run("mkfifo " .. dir .. "/b.eml && mkdir " .. dir .. "/c.eml && ln -s " .. dir .. "/gone " .. dir .. "/d.eml")
    for _, name in ipairs { "a.eml", "e.eml" } do
      local f = assert(io.open(dir .. "/" .. name, "wb"))
      f:write("Subject: " .. name .. "\n\nbody\n")
      f:close()
    end
    local read, skipped = {}, {}
    for name in message.each_file(dir, function(name, why) skipped[#skipped + 1] = name .. " " .. why end) do
      read[#read + 1] = name
    end
    assert.same({ dir .. "/a.eml", dir .. "/e.eml" }, read)
    table.sort(skipped)
    assert.same({ dir .. "/b.eml not a regular file", dir .. "/c.eml not a regular file",
      dir .. "/d.eml not a regular file" }, skipped)
    -- without a callback, the first such entry is an error, not a hang
    assert.has_error(function() for _ in message.each_file(dir) do end end,
      "bounce: " .. dir .. "/b.eml: not a regular file")
    support.run("rm -rf " .. dir)
  end)

  it("reads the .eml files of a folder in name order", function()
    local names = {}
    for name in message.each_file(CORPUS .. "/emails") do names[#names + 1] = name end
    assert.is_true(#names >= 400)
    for i = 2, #names do assert.is_true(names[i - 1] < names[i]) end
  end)
end)

describe("the labelled bounce corpus", function()
  local classifier = assert(bounce.new())
  local rows = support.jsonl(CORPUS .. "/expected.jsonl")
  local results = {}

  local function result(file)
    if not results[file] then
      results[file] = message.parse(classifier, support.read(CORPUS .. "/emails/" .. file))
    end
    return results[file]
  end

  it("parses every email", function()
    local kinds = { dsn = true, arf = true, auto_reply = true, mdn = true, unknown = true }
    local n = 0
    for name, content in message.each_file(CORPUS .. "/emails") do
      local ok, r = pcall(message.parse, classifier, content)
      assert(ok, name .. ": " .. tostring(r))
      assert(kinds[r.kind], name)
      n = n + 1
    end
    assert.is_true(n >= 400)
  end)

  it("finds the labelled recipient (the n-th of the email) in at least 99% of the rows", function()
    local found, missing = 0, {}
    for _, row in ipairs(rows) do
      local rc = result(row.file).recipients[row.index]
      if rc and rc.recipient then found = found + 1 else missing[#missing + 1] = row.file .. "#" .. row.index end
    end
    assert(found / #rows >= 0.99, string.format("%d/%d found; missing: %s", found, #rows, table.concat(missing, " ")))
  end)

  -- Statuses of the form X.0.9YY are the labelling tool's own guesses, not codes a message carries.
  it("agrees with the labelled enhanced status in at least 97.5% of the rows that carry one", function()
    local n, agree, wrong = 0, 0, {}
    for _, row in ipairs(rows) do
      local detail = tonumber(row.status:match("^%d%.%d+%.(%d+)$") or "")
      local rc = result(row.file).recipients[row.index]
      if detail and detail < 900 and rc then
        n = n + 1
        if rc.status == row.status then
          agree = agree + 1
        else
          wrong[#wrong + 1] = string.format("%s#%d %s~=%s", row.file, row.index, row.status, tostring(rc.status))
        end
      end
    end
    assert(n > 250)
    assert(agree / n >= 0.975, string.format("%d/%d agree; %s", agree, n, table.concat(wrong, " ")))
  end)

  it("gives complaints, auto-replies and delivery notices type none", function()
    local expect = { feedback = "feedback_report", vacation = "auto_reply", delivered = "delivered" }
    for _, row in ipairs(rows) do
      local category = expect[row.reason]
      if category then
        local rc = result(row.file).recipients[row.index]
        if rc then
          assert.equal(category, rc.category, row.file)
          assert.equal("none", rc.type, row.file)
        end
      end
    end
  end)
end)

describe("a report of final failure with a transient cause", function()
  local function report(action, status, diagnostic)
    return table.concat({
      "From: MAILER-DAEMON@mx.example.net", "To: sender@example.com", "Subject: Undelivered Mail",
      "MIME-Version: 1.0", 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', "",
      "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.net", "",
      "Final-Recipient: rfc822; user@example.org", "Action: " .. action, "Status: " .. status,
      "Diagnostic-Code: smtp; " .. diagnostic, "", "--B--", "",
    }, "\r\n")
  end

  -- The category says why it failed: a cause the reply names outlasted the retries, and that
  -- cause is still the reason (type soft, since it was temporary); only a temporary refusal
  -- that names none leaves "the queue gave up" as all there is to say.
  it("keeps the transient cause that outlasted the retries, with type soft", function()
    local r = bounce.parse(report("failed", "4.4.1", "Connection timed out")).recipients[1]
    assert.same({ "network_error", "soft", "retry" }, { r.category, r.type, r.action })
    assert.not_equal("message.expired", r.rule)
    r = bounce.parse(report("failed", "4.3.0", "451 4.3.0 Temporary local problem")).recipients[1]
    assert.same({ "system_error", "soft" }, { r.category, r.type })
  end)

  it("says the queue gave up (expired) when the temporary refusal names no cause", function()
    local r = bounce.parse(report("failed", "4.0.0", "450 4.0.0 Temporary failure")).recipients[1]
    assert.same({ "expired", "soft", "record_only", "message.expired" }, { r.category, r.type, r.action, r.rule })
  end)

  it("keeps a cause that says more, and a delay report's cause", function()
    assert.equal("mailbox_full", bounce.parse(report("failed", "4.2.2", "452 4.2.2 Mailbox full")).recipients[1].category)
    local delayed = bounce.parse(report("delayed", "4.4.1", "Connection timed out")).recipients[1]
    assert.equal("network_error", delayed.category)
    assert.equal("none", delayed.type)
  end)
end)

describe("core.has_status", function()
  it("finds an enhanced status standing as a word, not one inside a longer token", function()
    for _, s in ipairs { "5.1.1", "550 5.1.1 user unknown", "(4.7.650)", "smtp;4.4.1", "1.5.1.1" } do
      assert.is_true(core.has_status(s), s)
    end
    for _, s in ipairs { "", "550 user unknown", "x5.1.1", "5.1.1a", "5.1.1.2", "5.1.1234", "3.1.1", "5.1." } do
      assert.is_false(core.has_status(s), s)
    end
  end)
end)
