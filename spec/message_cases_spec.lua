-- Bounce emails whose reason or recipient stands where a plain reading misses it, each on the
-- corpus file that shows how that MTA writes it, with a hand-made variant where the rule
-- needs one to fail.
local core = require "bounce.core"
local message = require "bounce.message"
local bounce = require "bounce"
local support = require "spec.support"

local EMAILS = support.shared .. "/corpus/emails/"

local classifier = assert(bounce.new())

local function email(name)
  return support.read(EMAILS .. name)
end

local function parse(name)
  return message.parse(classifier, email(name))
end

describe("a mailing list's refusal of a post", function()
  it("names the list as the recipient and the refusal as the reason (fml)", function()
    local r = parse("lhost-fml-02.eml")
    assert.equal("dsn", r.kind)
    assert.equal(1, #r.recipients)
    assert.equal("neko-nyaan@example.org", r.recipients[1].recipient)
    assert.equal("You are not a member of this mailing list <neko-nyaan@example.org>.", r.recipients[1].diagnostic)
  end)

  it("is read only from a list manager's message", function()
    local body = "\n\nYou are not a member of this mailing list <list@example.org>.\n"
    assert.equal("unknown", core.parse_message("From: someone@example.org\nSubject: hello" .. body).kind)
    local r = core.parse_message("From: list-admin@example.org\nList-Id: <list.example.org>\nSubject: hello" .. body)
    assert.equal("dsn", r.kind)
    assert.equal("list@example.org", r.recipients[1].recipient)
  end)
end)

describe("an mbox of several bounces", function()
  it("gives the recipients of every message, in order", function()
    local content = email("rhost-cox-01.eml")
    assert.equal(1, #core.parse_message(content).recipients)
    local r = bounce.parse(content)
    assert.equal(2, #r.recipients)
    for _, rc in ipairs(r.recipients) do
      assert.equal("recipient55@cox.net", rc.recipient)
      assert.equal("5.1.0", rc.status)
      assert.equal("blocklisted", rc.category)
    end
    assert.equal("Undelivered Mail Returned to Sender", r.subject)
  end)

  it("splits only where a separator line starts a header block", function()
    local one = table.concat({
      "From MAILER-DAEMON Mon Jan  1 10:00:00 2024", "From: MAILER-DAEMON@mx.example.org",
      "Subject: Undelivered Mail", "", "<a@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown",
      "", "From a quoted line at 10:00:00 that is body text", "the message goes on", "",
    }, "\n")
    local r = bounce.parse(one)
    assert.equal(1, #r.recipients)
    assert.equal("a@example.net", r.recipients[1].recipient)
    -- the same recipient in two messages is two bounces
    r = bounce.parse(one .. one)
    assert.equal(2, #r.recipients)
    assert.same({ "a@example.net", "a@example.net" }, { r.recipients[1].recipient, r.recipients[2].recipient })
  end)
end)

describe("a reason that is not on the recipient's own lines", function()
  it("takes the paragraph above a line that only introduces the recipients (EZweb)", function()
    local rc = parse("lhost-ezweb-05.eml").recipients[1]
    assert.equal("this-local-part-does-not-exist-on-the-server@ezweb.ne.jp", rc.recipient)
    assert.equal("Your message was not delivered within 0 days and 1 hours. Remote host is not responding. " ..
      "The following recipients did not receive this message:", rc.diagnostic)
    -- the queue gave up, and says why: the cause decides
    assert.equal("network_error", rc.category)
  end)

  it("does not take a reason from the body of the message a gateway encloses (InterScan)", function()
    -- the enclosed message is the one that bounced: a transcript in its body is what it says,
    -- not why InterScan could not deliver it
    local rc = parse("lhost-trendmicro-03.eml").recipients[1]
    assert.equal("kijitora@example.jp", rc.recipient)
    assert.equal("Reason: Unable to deliver message to <kijitora@example.jp> (and other recipients in the same domain).",
      rc.diagnostic)
    assert.same({ "unknown", "hard" }, { rc.category, rc.type })
  end)

  it("does not take the summary of the message a bounce quotes as the reason (Yahoo)", function()
    -- the recipient is named only in the "To:" line of the summary; the reason is what the text
    -- says around it, here that the failure is final
    local msg = table.concat({
      "From: MAILER-DAEMON@yahoo.com", "To: bounces@example.com", "Subject: Failure Notice",
      "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "Content-Type: text/plain; charset=UTF-8", "",
      "I'm afraid I wasn't able to deliver the following message.",
      "This is a permanent error; I've given up. Sorry it didn't work out.", "",
      "Subject: subject", "To: subscriber@example.com", "",
      "--- Below this line is a copy of the message.", "",
      "--B", "Content-Type: message/rfc822", "", "Subject: subject", "To: subscriber@example.com", "", "hi", "",
      "--B--", "",
    }, "\r\n")
    local rc = bounce.parse(msg).recipients[1]
    assert.equal("subscriber@example.com", rc.recipient)
    assert.matches("This is a permanent error", rc.diagnostic)
    assert.same({ "hard", "unknown" }, { rc.type, rc.category })
  end)

  it("takes a line that names the recipient before its reply as the reason (OpenSMTPD)", function()
    -- "a@b: 550 ..." reads like a field, but an address is no header's name
    local msg = table.concat({
      -- OpenSMTPD sends its report as multipart/mixed
      "From: MAILER-DAEMON@mx.example.com", "To: sender@example.com", "Subject: Delivery status notification: error",
      "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=B", "",
      "--B", "Content-Type: text/plain; charset=us-ascii", "", "    Hi!", "",
      "    An error has occurred while attempting to deliver a message for", "    the following list of recipients:", "",
      "user@example.org: 550 5.1.1 Invalid recipient: <user@example.org>", "",
      "    Below is a copy of the original message:", "",
      "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.com", "",
      "Final-Recipient: rfc822; user@example.org", "Action: failed", "Status: 5.0.0", "",
      -- the recipient is also the message's Reply-To, so it is found in the text only by mention
      "--B", "Content-Type: text/rfc822-headers", "", "From: sender@example.com", "Reply-To: user@example.org",
      "To: user@example.org", "Subject: hi", "", "--B--", "",
    }, "\r\n")
    local rc = bounce.parse(msg).recipients[1]
    assert.equal("user@example.org", rc.recipient)
    assert.equal(550, rc.code)
    assert.same({ "hard", "recipient_unknown" }, { rc.type, rc.category })
  end)

  it("takes the Status comment when no Diagnostic-Code or text gives one", function()
    local r = parse("rfc3464-35.eml")
    assert.equal("550 'kijitora@nyaan.example.com' is not a registered gateway user", r.recipients[1].diagnostic)
    local rc = r.recipients[2]
    assert.equal("sabatora@cat.example.net", rc.recipient)
    assert.equal("cat.example.net: host name lookup failure", rc.diagnostic)
    assert.equal("network_error", rc.category)
    assert.equal("550 user unknown", r.recipients[3].diagnostic)
  end)

  it("takes the transcript's lines over a Diagnostic-Code that is only an exit code (Sendmail)", function()
    local rc = parse("lhost-sendmail-13.eml").recipients[1]
    -- what the delivery program wrote, not Sendmail's line below it, which words exit 77
    assert.equal("maildrop: maildir over quota.", rc.diagnostic)
    -- the reply's X.0.0 says less than the report's own Status
    assert.equal("5.3.0", rc.status)
    assert.same({ "soft", "mailbox_full" }, { rc.type, rc.category })
  end)

  it("takes the session transcript when the text names the recipient by its local name (Sendmail)", function()
    local rc = parse("lhost-sendmail-54.eml").recipients[1]
    assert.equal("kijitora@neko.example.jp", rc.recipient)
    assert.equal("kijitora... Deferred: Connection refused by [127.0.0.1] Message could not be delivered for 5 days " ..
      "Message will be deleted from queue", rc.diagnostic)
    assert.equal("network_error", rc.category)
  end)
end)

describe("Amazon SES's wrapping of the remote reply", function()
  it("classifies the remote server's reply, not SES's own status in front of it", function()
    local rc = parse("lhost-amazonses-01.eml").recipients[1]
    assert.matches("^5%.1%.0 %- Unknown address error 550%-'5%.7%.1 ", rc.diagnostic)
    assert.equal("5.7.1", rc.status)
    assert.equal(550, rc.code)
    rc = parse("lhost-amazonses-03.eml").recipients[1]
    assert.same({ "5.2.2", "mailbox_full" }, { rc.status, rc.category })
  end)
end)

describe("a final failure whose transient cause outlasted the retries", function()
  it("keeps the cause the reply names", function()
    local dns = parse("lhost-postfix-34.eml").recipients[1]
    assert.same({ "network_error", "soft" }, { dns.category, dns.type })
    local lookup = parse("lhost-sendmail-11.eml").recipients[1]
    assert.same({ "network_error", "soft" }, { lookup.category, lookup.type })
    local lost = parse("lhost-postfix-56.eml").recipients[1]
    assert.same({ "network_error", "soft" }, { lost.category, lost.type })
  end)

  it("says the queue gave up when the reply names no cause", function()
    local rc = parse("lhost-receivingses-03.eml").recipients[1]
    assert.equal("450 4.0.0 Temporary failure", rc.diagnostic)
    assert.same({ "expired", "soft", "message.expired" }, { rc.category, rc.type, rc.rule })
  end)
end)

describe("the SMTP command a reply answered", function()
  local function first(name)
    return parse(name).recipients[1]
  end

  it("is read from Postfix's note in the text part, the DSN's own diagnostic lacking it", function()
    local rc = first("lhost-postfix-03.eml")
    assert.equal("550 Unknown user kijitora@example.net", rc.diagnostic)
    assert.equal("DATA", rc.smtp_command)
    -- refused after DATA, an unknown user is still a missing address (docomo's filter aside)
    assert.equal("recipient_unknown", rc.category)
    assert.equal("hard", rc.type)
    assert.equal("RCPT", first("lhost-postfix-05.eml").smtp_command)
  end)

  it("is read from Exim's \"after RCPT TO:\" and \"after MAIL FROM:\"", function()
    assert.equal("RCPT", first("lhost-mailru-01.eml").smtp_command)
    assert.equal("MAIL", first("lhost-exim-01.eml").smtp_command)
  end)

  it("is read from the command line before the reply in Sendmail's transcript", function()
    local rc = first("lhost-sendmail-19.eml")
    assert.equal("DATA", rc.smtp_command)
    assert.equal("recipient_unknown", rc.category)
    local third = parse("lhost-v5sendmail-07.eml").recipients[3]
    assert.equal("hachiware@example.edu", third.recipient)
    assert.equal("RCPT", third.smtp_command)
  end)

  it("leaves an unknown user after DATA unknown where the reply says 5.1.1", function()
    local rc = first("lhost-sendmail-01.eml")
    assert.equal("DATA", rc.smtp_command)
    assert.equal("recipient_unknown", rc.category)
    assert.equal("hard", rc.type)
  end)

  it("reads a note wrapped over lines, and nothing where the text names no command", function()
    local function command(text)
      local msg = "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\n" .. text
      return core.parse_message(msg).recipients[1].smtp_command
    end
    assert.equal("DATA", command("<a@example.net>: host mx.example.net[192.0.2.1] said: 550 Unknown user a@example.net\n"
      .. "    (in reply to end\n    of DATA command)\n"))
    assert.is_nil(command("<a@example.net>: host mx.example.net[192.0.2.1] said: 550 Unknown user a@example.net\n"))
    assert.is_nil(command("<a@example.net>: host mx.example.net[192.0.2.1] said: 550 Unknown user (in reply to dataset)\n"))
  end)
end)

-- hMailServer's text bounce (its English error text: "The following recipient(s) could not be
-- reached", "hMailServer sent: RCPT TO:<...>", "Remote server replied: ..."), for spam that
-- forged a mailing list's address as its sender and was sent to that list, then relayed by the
-- list with its footer.
describe("a bounce that reached a mailing list", function()
  local bounce_text = table.concat({
    "From: mailer-daemon@mail.example.net",
    "To: devel@lists.example.org",
    "Subject: Message undeliverable: Offer",
    "Sender: devel-bounces@lists.example.org",
    "X-BeenThere: devel@lists.example.org",
    "",
    "Your message did not reach some or all of the intended recipients.",
    "",
    "   Sent: 6 May 2023 14:30:06 -0600",
    "   Subject: Offer",
    "",
    "The following recipient(s) could not be reached:",
    "",
    "devel@lists.example.org",
    "   Error Type: SMTP",
    "   Remote server (192.0.2.136) issued an error.",
    "   hMailServer sent: RCPT TO:<devel@lists.example.org>",
    "   Remote server replied: 451 4.7.1 <devel@lists.example.org>: Recipient address rejected: Greylisted for 5 minutes",
    "",
    "hMailServer",
    "_______________________________________________",
    "devel mailing list",
    "devel-list@lists.example.org",
    "https://lists.example.org/mailman/listinfo/devel",
    "",
  }, "\n")

  it("takes the address its RCPT TO names although the bounce goes back to it", function()
    local r = core.parse_message(bounce_text)
    assert.equal(1, #r.recipients)
    assert.equal("devel@lists.example.org", r.recipients[1].recipient)
    assert.truthy(r.recipients[1].diagnostic:find("Remote server replied: 451 4.7.1", 1, true))
  end)

  it("reads no recipient in the list's footer", function()
    local r = core.parse_message((bounce_text:gsub("hMailServer sent: RCPT TO:<devel@lists.example.org>",
      "hMailServer sent: RCPT TO")))
    for _, rc in ipairs(r.recipients) do assert.are_not.equal("devel-list@lists.example.org", rc.recipient) end
  end)
end)

-- Dovecot's rejection notice (lib-lda's rejection_reason: "Your message to <%{to}> was
-- automatically rejected:" and the reason on the next line), sent as an MDN.
describe("Dovecot's rejection notice", function()
  it("takes the line after the one that introduces the reason", function()
    local r = message.parse(classifier, table.concat({
      "From: Mail Delivery Subsystem <postmaster@example.net>",
      "To: <bounces@example.org>",
      "Subject: Rejected: Weekly news",
      "Auto-Submitted: auto-replied (rejected)",
      "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"B\"",
      "",
      "--B",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Your message to <user@example.net> was automatically rejected:",
      "Quota exceeded (mailbox for user is full)",
      "--B",
      "Content-Type: message/disposition-notification",
      "",
      "Reporting-UA: mx.example.net; Dovecot Mail Delivery Agent",
      "Final-Recipient: rfc822; user@example.net",
      "Disposition: automatic-action/MDN-sent-automatically; deleted",
      "--B--",
      "",
    }, "\r\n"))
    local rc = r.recipients[1]
    assert.equal("user@example.net", rc.recipient)
    assert.same({ "mailbox_full", "soft" }, { rc.category, rc.type })
  end)
end)

-- GroupWise's Internet agent (GWIA): the recipient by its user name, the reason in brackets after
-- it, and "Possibly truncated original message follows:" before the copy of the message.
describe("GroupWise's undeliverable notice", function()
  it("reads the reason above the copy of the message, not the copy's headers", function()
    local r = message.parse(classifier, table.concat({
      "From: Mail Delivery System <postmaster@gw.example.com>",
      "To: sender@example.org",
      "Subject: Undeliverable: Meeting notes",
      "",
      "The message that you sent was undeliverable to the following:",
      "\tjdoe (user not found)",
      "",
      "Possibly truncated original message follows:",
      "",
      "From: sender@example.org",
      "To: jdoe@gw.example.com",
      "Subject: Meeting notes",
      "",
      "Hello",
      "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.equal("jdoe@gw.example.com", rc.recipient)
    assert.same({ "recipient_unknown", "hard" }, { rc.category, rc.type })
  end)
end)

-- Netscape (later Sun / Oracle) Messaging Server: the reason above the address, and a line
-- that sends the reader to the postmaster below it.
describe("Netscape Messaging Server's returned mail", function()
  it("takes the reason above the address, not the postmaster line below it", function()
    local r = message.parse(classifier, table.concat({
      "From: Mail Administrator <Postmaster@ns.example.com>",
      "To: sender@example.org",
      "Subject: Mail System Error - Returned Mail",
      "",
      "This Message was undeliverable due to the following reason:",
      "",
      "The user(s) account is temporarily over quota.",
      "",
      "<dave@ns.example.com>",
      "",
      "Please reply to Postmaster@ns.example.com",
      "if you feel this message to be in error.",
      "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.equal("dave@ns.example.com", rc.recipient)
    assert.same({ "mailbox_full", "soft" }, { rc.category, rc.type })
  end)
end)

describe("Exim's return_output under a failed local delivery", function()
  -- the layout of lhost-exim-53.eml (a pipe's output under "------ <entry> ------"), for an
  -- address entry whose own line says only "local delivery failed"
  local function exim_bounce(output)
    return table.concat({
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>", "To: sender@example.com",
      "Subject: Mail delivery failed: returning message to sender", "X-Failed-Recipients: full@example.org",
      "Auto-Submitted: auto-replied", "",
      "This message was created automatically by mail delivery software.", "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "",
      "  full@example.org", "    local delivery failed", "",
      output,
      "------ This is a copy of the message, including all the headers. ------", "",
      "From: sender@example.com", "To: full@example.org", "Subject: hi", "", "hello", "",
    }, "\n")
  end

  it("reads what the transport wrote as the reason, after the entry's own line", function()
    local r = bounce.parse(exim_bounce(table.concat({
      "The following text was generated during the delivery attempt:", "",
      "------ full@example.org ------", "", "Quota exceeded (mailbox for user is full)", "",
    }, "\n")))
    assert.equal(1, #r.recipients)
    local rc = r.recipients[1]
    assert.equal("full@example.org", rc.recipient)
    assert.truthy(rc.diagnostic:find("local delivery failed", 1, true))
    assert.truthy(rc.diagnostic:find("Quota exceeded (mailbox for user is full)", 1, true))
    assert.equal("mailbox_full", rc.category)
  end)

  it("keeps the entry's line where the transport wrote nothing", function()
    local rc = bounce.parse(exim_bounce("")).recipients[1]
    assert.equal("local delivery failed", rc.diagnostic)
    assert.equal("system_error", rc.category)
  end)
end)

describe("a Status field's comment", function()
  -- Haraka's outbound bounce: the reply in the comment, the subject quoted in the text
  local function report(status)
    return table.concat({
      "From: MAILER-DAEMON@mx.example.org", "To: <a@example.com>", "Subject: failure notice",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', "",
      "--b", "Content-Type: text/plain; charset=us-ascii", "",
      "I'm afraid I wasn't able to deliver your message", '    "about u@example.org"',
      "to the following addresses.", "", "Intended Recipients: <u@example.org>",
      "Failure Reason: Error: Too many failures (Tried all MXs)", "",
      "--b", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns;mx.example.org", "",
      "Final-Recipient: rfc822;u@example.org", "Action: failed", "Status: " .. status, "", "--b--", "",
    }, "\n")
  end

  it("is the recipient's reason where it quotes a failed reply", function()
    local rc = bounce.parse(report("5.1.2 (550 Tried all MXs example.org)")).recipients[1]
    assert.equal("550 Tried all MXs example.org", rc.diagnostic)
    assert.same({ "soft", "network_error" }, { rc.type, rc.category })
  end)

  it("gives way to the text where it only names the status", function()
    local rc = bounce.parse(report("5.0.0 (permanent failure)")).recipients[1]
    assert.equal("Intended Recipients: <u@example.org> Failure Reason: Error: Too many failures (Tried all MXs)",
      rc.diagnostic)
  end)
end)

describe("a report's only recipient without a Diagnostic-Code", function()
  -- GNU Mailutils' Sieve reject notice: the reason announced by a line ending with ':'
  local function notice(text)
    return table.concat({
      "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com", "Subject: Rejected",
      'Content-Type: multipart/mixed; boundary="b"', "",
      "--b", "Content-Type: text/plain;charset=UTF-8", "", text,
      "--b", "Content-Type: message/delivery-status", "", "Reporting-UA: sieve; GNU Mailutils 3.15",
      "Final-Recipient: RFC822; someone@example.org", "Action: deleted",
      "Disposition: automatic-action/MDN-sent-automatically;deleted", "", "--b--", "",
    }, "\n")
  end

  it("takes the reason the text announces, with the paragraph that announces it", function()
    local rc = bounce.parse(notice(table.concat({
      "The original message was received at Mon, Dec 07 11:47:26 2026 +0000 from sender@example.com.",
      "Message was refused by recipient's mail filtering program.", "Reason given was as follows:", "",
      "Not wanted here.", "",
    }, "\n"))).recipients[1]
    assert.truthy(rc.diagnostic:find("Reason given was as follows: Not wanted here.", 1, true))
    assert.same({ "soft", "recipient_policy" }, { rc.type, rc.category })
  end)

  it("is a final failure with nothing more where the text announces nothing", function()
    local rc = bounce.parse(notice("Your message could not be processed.\n")).recipients[1]
    assert.same({ "hard", "unknown" }, { rc.type, rc.category })
  end)
end)

describe("a Sieve reject sent as a disposition notification (RFC 5429)", function()
  -- Apache James's jSieve reject (ActionReject): its human text names no one, the MDN's
  -- Final-Recipient names the recipient, and the disposition says the message was deleted
  local function mdn(reason)
    return table.concat({
      "From: user@example.org", "To: sender@example.com", "Subject: Disposition notification",
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"', "",
      "--b", "Content-Type: text/plain; charset=utf-8", "",
      "This message was refused by the recipient's mail filtering program.", "The reason given was:", "", reason,
      "--b", "Content-Type: message/disposition-notification", "", "Reporting-UA: mx.example.org; jSieve",
      "Final-Recipient: rfc822; user@example.org",
      "Disposition: automatic-action/MDN-sent-automatically; deleted", "", "--b--", "",
    }, "\r\n")
  end

  it("reports its Final-Recipient, with the whole notice as the reason", function()
    local m = bounce.parse(mdn("I no longer accept messages from this address."))
    assert.equal("dsn", m.kind)
    local rc = m.recipients[1]
    assert.equal("user@example.org", rc.recipient)
    assert.equal("This message was refused by the recipient's mail filtering program. The reason given was: " ..
      "I no longer accept messages from this address.", rc.diagnostic)
    assert.same({ "soft", "recipient_policy" }, { rc.type, rc.category })
  end)

  it("is read from a plain notice too, its sender the mailbox whose script refused (Citadel)", function()
    local m = bounce.parse(table.concat({ 'From: "admin" <admin@example.org>', "To: sender@example.com",
      "Subject: Delivery status notification", "Content-type: text/plain", "",
      "The message was refused by the recipient's mail filtering program.", "The reason given was as follows:", "",
      "I do not accept messages about this subject.", "" }, "\r\n"))
    local rc = m.recipients[1] or {}
    assert.same({ "admin@example.org", "soft", "recipient_policy" }, { rc.recipient, rc.type, rc.category })
  end)

  it("stays a read receipt where the disposition is a reading", function()
    local m = bounce.parse((mdn("Read."):gsub("automatic%-action/MDN%-sent%-automatically; deleted",
      "manual-action/MDN-sent-manually; displayed")))
    assert.equal("mdn", m.kind)
  end)
end)

describe("a list manager's notice that returns a post", function()
  -- mlmmj's German deny-post notice (text.skel/de): no English word the list rules know
  local function notice(to)
    return table.concat({
      "From: users+owner@lists.example.org", "To: member@example.com",
      "Subject: =?utf-8?q?Ihre_Nachricht_an_users=40lists.example.org_wurde_abgewiesen?=",
      'Content-Type: multipart/mixed; boundary="b"', "",
      "--b", "Content-Type: text/plain; charset=utf8", "",
      "Hallo, hier ist das Programm Mlmmj, welches die Mailingliste", "<users@lists.example.org> verwaltet.", "",
      "Die Nachricht von <member@example.com> mit dem Betreff \"Hallo\" konnte nicht über die Liste",
      "verteilt werden, aufgrund der vom Listenadministrator aufgestellten Zugangsregeln.", "",
      "--b", "Content-Type: message/rfc822", "",
      "From: member@example.com", "To: " .. to, "Subject: Hallo", "", "Hallo Liste", "", "--b--", "",
    }, "\n")
  end

  it("names the list as the recipient, refused by the list, in whatever language it words it", function()
    local r = bounce.parse(notice("users@lists.example.org"))
    assert.equal(1, #r.recipients)
    local rc = r.recipients[1]
    assert.equal("users@lists.example.org", rc.recipient)
    assert.same({ "soft", "recipient_policy", "message.list_refusal" }, { rc.type, rc.category, rc.rule })
  end)

  it("is no list refusal where the post it returns was not addressed to that list", function()
    assert.equal(0, #bounce.parse(notice("someone@example.net")).recipients)
  end)
end)

describe("an automatic reply that refuses the mail", function()
  -- cPanel's BoxTrapper (forms/blacklist.txt): sent as an automatic reply, from the recipient's own
  -- address, with the refused message's headers in its text
  local function notice(first)
    return table.concat({
      "From: info@example.org", "To: sender@remote.example", "Subject: Re: Offer for your shop",
      "Precedence: auto_reply", "X-Autorespond: 3f9c2d7e41ab6c0e", "", first, "",
      "The headers of the message sent from your address are shown below:", "",
      "Return-Path: <sender@remote.example>", "From: Sender <sender@remote.example>", "To: info@example.org",
      "Subject: Offer for your shop", "Message-ID: <20261207161200.5C1A2@remote.example>", "",
    }, "\r\n")
  end

  it("reports its sender's refusal, with its first paragraph as the reason", function()
    local m = bounce.parse(notice("The user examplecp does not accept mail from your address."))
    assert.equal("dsn", m.kind)
    local rc = m.recipients[1]
    assert.equal("info@example.org", rc.recipient)
    assert.equal("The user examplecp does not accept mail from your address.", rc.diagnostic)
    assert.same({ "soft", "recipient_policy" }, { rc.type, rc.category })
  end)

  it("stays an automatic reply where it refuses nothing", function()
    assert.equal("auto_reply", bounce.parse(notice("I am out of the office until Monday.")).kind)
  end)
end)

describe("a bounce that names its recipient only among the quoted headers", function()
  it("does not take the quoted message's identifier for the recipient", function()
    local m = bounce.parse(table.concat({
      "From: MAILER-DAEMON@mx.example.org", "To: sender@remote.example", "Subject: Undeliverable mail", "",
      "Your message could not be delivered.", "", "Message-ID: <20261207161200.5C1A2@remote.example>",
      "To: user@example.org", "Subject: hello", "",
    }, "\r\n"))
    assert.equal("user@example.org", m.recipients[1].recipient)
  end)
end)
