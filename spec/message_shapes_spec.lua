-- The shapes a recipient's reason comes in, and what decides its result: the reply's own words
-- and code over a report's generic Status, the code wherever the bounce writes it, and what a
-- bounce that says nothing more than "failed" or "delayed" means (TAXONOMY.md, "How a bounce is
-- labelled"). Each on the corpus email that shows it, with a hand-made variant where one is
-- needed.
local bounce = require "bounce"
local support = require "spec.support"

local EMAILS = support.shared .. "/corpus/emails/"

local function parse(name)
  return bounce.parse(support.read(EMAILS .. name))
end

-- A plain-text message: its header lines, then its body lines.
local function notice(headers, text)
  return table.concat(headers, "\r\n") .. "\r\n\r\n" .. table.concat(text, "\r\n") .. "\r\n"
end

local function dsn(status, diagnostic, action)
  return table.concat({
    "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com", "Subject: Delivery Status Notification",
    "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
    "--B", "Content-Type: text/plain", "", "Delivery to the following recipient failed.", "",
    "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.org", "",
    "Final-Recipient: rfc822; a@example.net", "Action: " .. (action or "failed"), "Status: " .. status,
  }, "\r\n") .. (diagnostic and ("\r\nDiagnostic-Code: smtp; " .. diagnostic) or "") .. "\r\n\r\n--B--\r\n"
end

describe("a report's Status that gives only the class (5.0.0)", function()
  it("does not outrank the words and the code of the recipient's reply", function()
    local rc = bounce.parse(dsn("5.0.0", "550 Unknown user a@example.net")).recipients[1]
    assert.same({ "recipient_unknown", "hard", 550 }, { rc.category, rc.type, rc.code })
    -- the report's Status stays the status where the reply gives none
    assert.equal("5.0.0", rc.status)
    rc = parse("rfc3464-35.eml").recipients[1]
    assert.same({ "recipient_unknown", 550, "5.0.0" }, { rc.category, rc.code, rc.status })
  end)

  it("still decides where the reply has no code (542 is none)", function()
    local rc = parse("rhost-messagelabs-03.eml").recipients[1]
    assert.equal("542 kijitora@example.com Rejected", rc.diagnostic)
    assert.same({ "unknown", "hard", "status.5.0.0" }, { rc.category, rc.type, rc.rule })
  end)

  it("stands beside the reply's code where it says more", function()
    local rc = bounce.parse(dsn("5.2.2", "552 Requested mail action aborted")).recipients[1]
    assert.same({ 552, "5.2.2", "mailbox_full" }, { rc.code, rc.status, rc.category })
  end)
end)

describe("the reply code", function()
  it("is read from a session transcript's lines", function()
    assert.equal(550, parse("lhost-v5sendmail-03.eml").recipients[1].code)
    assert.equal(550, parse("lhost-trendmicro-01.eml").recipients[1].code)
  end)

  it("is read from Zoho's ERROR_CODE fields and a code followed by a colon", function()
    local rc = parse("lhost-zoho-01.eml").recipients[1]
    assert.same({ 550, "5.1.1", "recipient_unknown" }, { rc.code, rc.status, rc.category })
    assert.equal(421, parse("lhost-zoho-05.eml").recipients[1].code)
    assert.equal(550, parse("lhost-yahoo-07.eml").recipients[1].code)
  end)
end)

describe("a bounce that says nothing more", function()
  it("is a final failure, unknown and hard (rule 9)", function()
    -- Domino's "Did not reach the following recipient", Postfix's failure template
    for _, name in ipairs { "rfc3464-39.eml", "lhost-postfix-64.eml" } do
      local rc = parse(name).recipients[1]
      assert.same({ "unknown", "hard", "suppress", "text.failed" }, { rc.category, rc.type, rc.action, rc.rule })
    end
  end)

  it("is a final failure where all its reason holds is a mail client's punctuation", function()
    -- an Exchange notice pasted in quotes: the address, then the closing quote as its reason
    local rc = bounce.parse(notice({ "From: postmaster@example.org", "To: sender@example.com",
      "Subject: Delivery Status Notification (Failure)" }, {
      "\"This is an automatically generated Delivery Status Notification. Delivery to the following recipients failed.",
      "a@example.org\"",
    })).recipients[1]
    assert.same({ "a@example.org", "unknown", "hard", "message.final_failure" }, { rc.recipient, rc.category, rc.type, rc.rule })
  end)

  it("is unknown and soft where its words name something the rules do not know", function()
    local rc = bounce.parse(notice({ "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.com", "Subject: Undelivered Mail Returned to Sender" }, {
      "The following address failed:", "", "  a@example.net", "    the frobnicator declined this envelope",
    })).recipients[1]
    assert.same({ "a@example.net", "unknown", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is a delay notice, type none, delivered, when the words state no cause (rule 1)", function()
    local rc = parse("rfc3464-07.eml").recipients[1]
    assert.same({ "none", "delivered", "4.4.0" }, { rc.type, rc.category, rc.status })
    -- a delay whose words state the cause keeps it, and so does one whose status names a
    -- subject (flanker's no-mx.eml: "454 4.4.4 [internal] no MX or A for domain")
    rc = parse("rfc3464-35.eml").recipients[2]
    assert.same({ "none", "network_error" }, { rc.type, rc.category })
    rc = bounce.parse(dsn("4.4.4", "454 4.4.4 [internal] no MX or A for domain", "delayed")).recipients[1]
    assert.same({ "none", "domain_invalid" }, { rc.type, rc.category })
  end)
end)

describe("a report whose reason stands only in its text", function()
  -- Gromox's own report (grommunio/gromox, mda/exmdb_local/bounce_producer.cpp and
  -- data/local_bounce/ascii/BOUNCE_NO_USER): Status 5.0.0, no Diagnostic-Code, and a text that
  -- names the recipient inside a sentence.
  local text = table.concat({
    "Hi,",
    "  I am sorry to tell you that that the address \"a@example.net\" does not",
    "exist. Please check whether the addess is rigthly composed and try it",
    "again.", "",
    "Below is the original mail information:",
    "   To:      a@example.net",
  }, "\r\n")
  local function gromox(final_recipient)
    return table.concat({
      "From: postmaster@mx.example.org", "To: sender@example.com", "Subject: Delivery failure, user doesn't exist!",
      "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "Content-Type: text/plain; charset=utf-8", "", text, "",
      "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns;mx.example.org", "",
      "Final-Recipient: rfc822;" .. final_recipient, "Action: failed", "Status: 5.0.0", "Remote-MTA: dns;mx.example.org",
      "", "--B--", "",
    }, "\r\n")
  end

  it("takes the paragraph that names the recipient", function()
    local rc = bounce.parse(gromox("a@example.net")).recipients[1]
    assert.equal("Hi, I am sorry to tell you that that the address \"a@example.net\" does not exist. Please check " ..
      "whether the addess is rigthly composed and try it again.", rc.diagnostic)
    assert.equal("hard", rc.type)
  end)

  it("takes nothing where the text does not name the recipient", function()
    local rc = bounce.parse(gromox("b@example.net")).recipients[1]
    assert.is_nil(rc.diagnostic)
    assert.same({ "unknown", "hard", "5.0.0" }, { rc.category, rc.type, rc.status })
  end)

  it("takes Exim's own X-Exim-Diagnostic where no Diagnostic-Code gives a reply", function()
    -- Exim built with DSN_INFO writes its reason there; the text names only the host
    local function exim(diagnostic_code)
      return table.concat({
        "From: Mail Delivery System <Mailer-Daemon@mx.example.org>", "To: sender@example.com",
        "Subject: Mail delivery failed: returning message to sender",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
        "--B", "Content-type: text/plain; charset=us-ascii", "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:", "",
        "  a@example.net", "    host mx.example.net [192.0.2.1]", "",
        "--B", "Content-type: message/delivery-status", "",
        "Reporting-MTA: dns; mx.example.org", "",
        "Action: failed", "Final-Recipient: rfc822;a@example.net", "Status: 5.0.0",
        "X-Exim-Diagnostic: X-str; a TLS session is required, but the server did not offer TLS support",
        diagnostic_code, "", "--B--", "",
      }, "\n")
    end
    local rc = bounce.parse(exim("")).recipients[1]
    assert.same({ "tls_required", "soft" }, { rc.category, rc.type })
    -- a reply in Diagnostic-Code still decides
    rc = bounce.parse(exim("Diagnostic-Code: smtp; 550 5.1.1 User unknown")).recipients[1]
    assert.same({ "recipient_unknown", "hard" }, { rc.category, rc.type })
  end)
end)

describe("core.reply_text, the reply the rules read", function()
  local reply_text = require("bounce.core").reply_text

  it("puts the report's Status beside the reply's code, or in front where it has none", function()
    assert.equal("550 5.1.1 Unknown user", reply_text("550 Unknown user", "5.1.1"))
    assert.equal("550-5.2.2 Mailbox full", reply_text("550-Mailbox full", "5.2.2"))
    assert.equal("5.1.1 host said: 550 Unknown user", reply_text("host said: 550 Unknown user", "5.1.1"))
    assert.equal("550 5.7.1 blocked", reply_text("550 5.7.1 blocked", "5.1.1"))
    assert.equal("5.0.0", reply_text(nil, "5.0.0"))
    assert.equal("550 Unknown user", reply_text("550 Unknown user"))
  end)

  it("leaves out a Status that gives only the class where the reply has a code", function()
    assert.equal("550 Unknown user", reply_text("550 Unknown user", "5.0.0"))
    assert.equal("542 5.0.0 a@b Rejected", reply_text("542 a@b Rejected", "5.0.0"))
    assert.equal("5.0.0 Delivery failed", reply_text("Delivery failed", "5.0.0"))
  end)

  it("reads the reply a service quotes and the notations around a reply", function()
    assert.equal("550 5.7.1 <a@b>... Access denied",
      reply_text("5.1.0 - Unknown address error 550-'5.7.1 <a@b>... Access denied' (delivery attempts: 0)", "5.1.0"))
    -- in double quotes where the reply holds a quote, its line breaks written as "\n"
    assert.equal("550 5.1.1 The email account that you tried to reach does not exist. Please try\n" ..
      "5.1.1 double-checking the recipient's email address",
      reply_text([[5.1.0 - Unknown address error 550-"5.1.1 The email account that you tried to reach does not ]] ..
        [[exist. Please try\n5.1.1 double-checking the recipient's email address" (delivery attempts: 0)]], "5.1.0"))
    -- Cisco AsyncOS writes the reply as a Python tuple of the code and its lines
    assert.equal("451 <a@b> Automated block triggered by suspicious activity from your IP address",
      reply_text("4.1.0 - Unknown address error ('451', ['<a@b> Automated block triggered', " ..
        "'by suspicious activity from your IP address'])", "4.1.0"))
    assert.equal("550 Sorry, I don't accept mail for <a@b>",
      reply_text([[5.1.0 - Unknown address error ('550', ["Sorry, I don't accept mail for <a@b>"])]], "5.1.0"))
    assert.equal("5.1.2 - Bad destination host ('000', [])", reply_text("5.1.2 - Bad destination host ('000', [])", "5.1.2"))
    assert.equal("550 5.1.1 <a@b>... User Unknown (Invalid Address)",
      reply_text("Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>... User Unknown"))
    assert.equal("421 Host not reachable. (Error)", reply_text("Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable."))
    assert.equal("5.1.1 \nRCPT To:<a@b>\n550 User unknown", reply_text(">>> RCPT To:<a@b> <<< 550 User unknown", "5.1.1"))
    assert.equal("550 <a@b>: User unknown", reply_text("550: <a@b>: User unknown"))
  end)
end)

describe("the recipient a report names", function()
  local function report(fields, text)
    return table.concat({
      "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com", "Subject: Delivery Status Notification",
      "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "Content-Type: text/plain", "", text or "Delivery failed.", "",
      "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.org", "",
      table.concat(fields, "\r\n"), "", "--B--", "",
    }, "\r\n")
  end

  it("is the Original-Recipient the sender used, the Final-Recipient kept beside it", function()
    local rc = parse("rfc3464-09.eml").recipients[1]
    assert.equal("kijitora-nyaaaaaan@example.co.jp", rc.recipient)
    assert.equal("kijitora-cat@mx4.gr3.example.jp", rc.final_recipient)
    -- an X.400 or local Original-Recipient is no address the sender used
    rc = bounce.parse(report { "Original-Recipient: X400; c=JP;a= ;p=EXAMPLE;o=Neko;s=Kijitora",
      "Final-Recipient: rfc822; kijitora@example.jp", "Action: failed", "Status: 5.1.1" }).recipients[1]
    assert.equal("kijitora@example.jp", rc.recipient)
  end)

  it("is the full address the text gives for a bare local part", function()
    local rc = bounce.parse(report({ "Final-Recipient: LOCAL; kijitora", "Action: failed", "Status: 5.1.1" },
      "Your message to kijitora@example.jp could not be delivered: no such user.")).recipients[1]
    assert.equal("kijitora@example.jp", rc.recipient)
    assert.equal("kijitora", rc.final_recipient)
    assert.equal("recipient_unknown", rc.category)
  end)

  -- mikel/mail's spec/fixtures/emails/multipart_report_emails/multipart_report_multiple_status.eml
  -- writes its human-readable text in a part labelled message/delivery-status
  it("takes its reason from a part labelled delivery-status that holds text", function()
    local msg = report({ "Original-Recipient: rfc822;u@example.com", "Final-Recipient: RFC822; <u@example.com>",
      "Action: failed", "Status: 5.3.0" }):gsub("Content%-Type: text/plain", "Content-Type: message/delivery-status;", 1)
    msg = msg:gsub("Delivery failed%.", "This Message was undeliverable due to the following reason:\r\n\r\n" ..
      "<u@example.com> has restricted SMS e-mail")
    local rc = bounce.parse(msg).recipients[1]
    assert.equal("u@example.com", rc.recipient)
    assert.equal("has restricted SMS e-mail", rc.diagnostic)
  end)
end)

describe("a notice that is no failure", function()
  it("is a delay notice by its subject or words, whoever sends it (Courier's templates)", function()
    -- module.dsn's dsnsubjectwarn.txt, dsnheader.txt.in and dsndelayed.txt, sent from an address
    -- that is no mailer daemon's, as a plain text
    local text = {
      "This is a delivery status notification from mx.example.com,", "running the Courier mail server, version 1.1.", "",
      "The original message was received on Mon, 03 Mar 2008 10:00:00 -0500", "from localhost", "",
      "                     DELAYS IN DELIVERING YOUR MESSAGE", "",
      "The delivery of the following E-mail message has been delayed.  This is an",
      "advisory notice only.", "", "<bob@example.net>:", "    mx.example.net [192.0.2.5]:",
      ">>> RCPT TO:<bob@example.net>", "<<< 451 4.7.1 Greylisted, please try again later",
    }
    for _, subject in ipairs { "WARNING: delayed mail.", "Notice" } do
      local r = bounce.parse(notice({ "From: Courier mail server at mx.example.com <courier@example.com>",
        "To: sender@example.com", "Subject: " .. subject }, text))
      local rc = r.recipients[1] or {}
      assert.same({ "bob@example.net", "none" }, { rc.recipient, rc.type }, subject)
    end
  end)

  -- OpenSMTPD's delay notice (usr.sbin/smtpd/bounce.c: notice_warning, notice_warning2), here
  -- under a subject that does not say so
  it("is a delay warning when its words say delivery is still tried (rule 1)", function()
    local r = bounce.parse(notice({ "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com",
      "Subject: Delivery status notification" }, {
      "    Hi!", "", "    This is the MAILER-DAEMON, please DO NOT REPLY to this email.", "",
      "    A message is delayed for more than 4 hours for the following", "    list of recipients:", "",
      "a@example.net: 421 4.7.0 Try again later, closing connection.", "",
      "    Please note that this is only a temporary failure report.",
      "    The message is kept in the queue for up to 4 days.",
      "    You DO NOT NEED to re-send the message to these recipients.",
    }))
    local rc = r.recipients[1]
    assert.equal("a@example.net", rc.recipient)
    assert.same({ "delayed", "none", "record_only" }, { rc.dsn_action, rc.type, rc.action })
  end)

  it("is a failure where the words say the queue gave up", function()
    -- Sendmail: "Deferred: Connection refused by [127.0.0.1] Message could not be delivered for 5
    -- days Message will be deleted from queue": the refused connection is the cause (rule 5)
    local rc = parse("lhost-sendmail-54.eml").recipients[1]
    assert.same({ "failed", "soft", "network_error" }, { rc.dsn_action, rc.type, rc.category })
    -- Exim's final failure after its retries: "retry timeout exceeded"
    rc = bounce.parse(notice({ "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.com", "Subject: Mail delivery failed: returning message to sender" }, {
      "This message was created automatically by mail delivery software.", "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "",
      "  a@example.net", "    retry timeout exceeded",
    })).recipients[1]
    assert.is_nil(rc.dsn_action)
    assert.equal("soft", rc.type)
  end)

  -- a challenge as Spam Arrest's help pages describe it: the sender is asked to authorize itself
  -- to become one of the recipient's approved senders
  it("is an auto-reply when it asks the sender to prove to be a person", function()
    local r = bounce.parse(notice({ "From: Kijitora <kijitora@example.jp>", "To: sender@example.com",
      "Subject: Re: Your message is waiting for verification" }, {
      "I use Spam Arrest to protect my mailbox. Your message could not be delivered until you verify",
      "yourself. Please click the link below to authorize yourself; you will then be one of my",
      "approved senders and your future messages will reach me directly.", "",
      "https://www.spamarrest.com/a2?kijitora",
    }))
    assert.equal("auto_reply", r.kind)
    local rc = r.recipients[1]
    assert.equal("kijitora@example.jp", rc.recipient)
    assert.same({ "none", "auto_reply" }, { rc.type, rc.category })
  end)

  it("is an auto-reply in the languages absence notices are written in, with or without headers", function()
    -- vacation(1) as Debian ships it sends no header of its own: the words tell
    local r = bounce.parse(notice({ "From: Anna Schmidt <anna@example.de>", "To: sender@example.com",
      "Subject: Re: Termin" }, { "Guten Tag,", "", "ich bin bis zum 29. Juli nicht im Büro und lese keine E-Mails." }))
    assert.same({ "auto_reply", "anna@example.de" }, { r.kind, r.recipients[1].recipient })
    -- a Spanish subject, and procmail's vacation recipe's own mark (Precedence: junk)
    r = bounce.parse(notice({ "From: <diego@example.es>", "To: sender@example.com", "Subject: Ausencia (Re: Presupuesto)",
      "Precedence: junk" }, { "Diego ya no trabaja en la empresa." }))
    assert.same({ "auto_reply", "diego@example.es" }, { r.kind, r.recipients[1].recipient })
  end)

  it("is an auto-reply where the person has left, or where a help desk generated it", function()
    local r = bounce.parse(notice({ "From: Jane Roe <jane@example.com>", "To: sender@example.com",
      "Subject: Re: Offer" }, { "Thank you for your email. I am no longer with Example Corp.",
      "This mailbox is no longer monitored; please write to info@example.com." }))
    assert.same({ "auto_reply", "jane@example.com" }, { r.kind, r.recipients[1].recipient })
    -- RFC 3834's mark for a message a program generated in answer (Zammad's, OTRS's notices)
    r = bounce.parse(notice({ "From: Support <support@example.com>", "To: sender@example.com",
      "Subject: Thanks for your inquiry (Login) [Ticket#870041]", "Auto-Submitted: auto-generated",
      "Precedence: bulk" }, { "Your request (Ticket#870041) will be reviewed by our support staff." }))
    assert.same({ "auto_reply", "support@example.com", "none" }, { r.kind, r.recipients[1].recipient, r.recipients[1].type })
    -- a Russian notice that she no longer works there (vacation(1) sends no mark of its own)
    r = bounce.parse(notice({ "From: <olga@example.ru>", "To: sender@example.com", "Subject: Re: Заказ" },
      { "Ольга Кузнецова больше не работает в компании. Этот почтовый ящик не просматривается." }))
    assert.same({ "auto_reply", "olga@example.ru" }, { r.kind, r.recipients[1].recipient })
  end)

  it("is an auto-reply where a web site's contact form acknowledges a message", function()
    -- PHPMailer sites answer whoever a form names, with no mark of an automatic reply
    local r = bounce.parse(notice({ "From: DNCS <info@example.com>", "To: list@example.org",
      "Subject: Greetings", "X-Mailer: PHPMailer 5.2.9" },
      { "Thank you for contacting us. We will get back to you as soon as possible." }))
    assert.same({ "auto_reply", "info@example.com" }, { r.kind, r.recipients[1].recipient })
    r = bounce.parse(notice({ "From: <info@example.jp>", "To: list@example.org", "Subject: Re: test" },
      { "このたびは、お問い合わせをいただきまして誠にありがとうございます。" }))
    assert.same({ "auto_reply", "info@example.jp" }, { r.kind, r.recipients[1].recipient })
    r = bounce.parse(notice({ "From: <office@example.com>", "To: list@example.org",
      "Subject: We Have Received Your Enquiry" }, { "Dear Sir," }))
    assert.equal("auto_reply", r.kind)
  end)

  it("is still a failure when a provider sends it as an auto-reply", function()
    local r = bounce.parse(notice({ "From: postmaster@example.jp", "To: sender@example.com",
      "Subject: Re: Hello", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
      "Content-Type: multipart/mixed; boundary=B" }, {
      "--B", "Content-Type: text/plain", "",
      "This is an automatically generated message: the user you wrote to was not found.",
      "User not found: the mailbox does not exist on this server.", "",
      "--B", "Content-Type: message/rfc822", "",
      "From: sender@example.com", "To: kijitora@example.jp", "Subject: Hello", "", "Hello", "--B--",
    }))
    assert.equal("dsn", r.kind)
    local rc = r.recipients[1]
    assert.equal("kijitora@example.jp", rc.recipient)
    assert.same({ "hard", "recipient_unknown" }, { rc.type, rc.category })
  end)
end)

describe("the addresses a text bounce names", function()
  local function text_bounce(lines)
    return table.concat({
      "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>", "To: sender@example.com",
      "Subject: Undelivered Mail Returned to Sender", "",
    }, "\r\n") .. "\r\n" .. table.concat(lines, "\r\n") .. "\r\n"
  end

  it("are no recipients where they are the sender's own, or quoted", function()
    local r = bounce.parse(text_bounce {
      "I'm sorry to have to inform you that your message could not be delivered.", "",
      "<a@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown", "",
      "MAILER-DAEMON@mx.example.org", "> reply@example.com wrote:", "> b@example.net", "",
      "--- Below this line is a copy of the message.", "",
      "Return-Path: <bounces@example.com>", "Reply-To: reply@example.com", "From: news@example.com",
      "To: a@example.net", "Subject: News", "",
      "bounces@example.com",
    })
    assert.equal(1, #r.recipients)
    assert.equal("a@example.net", r.recipients[1].recipient)
  end)

  it("are recipients after words that say why they failed (IMail, and others)", function()
    local r = bounce.parse(text_bounce { "Unknown user: a@example.net", "Mailbox full: b@example.net" })
    assert.same({ "a@example.net", "b@example.net" }, { r.recipients[1].recipient, r.recipients[2].recipient })
    assert.equal("mailbox_full", r.recipients[2].category)
  end)

  it("take their reason from above a provider's signature of links", function()
    -- Infoseek's notice: its reason, a rule, its links, then the address with nothing under it
    local rc = bounce.parse(text_bounce {
      "The following email you sent was not delivered, because the address doesn't exist.",
      "-------------------------------------------------",
      "Infoseek         http://www.infoseek.example/", "Infoseek WebMail http://mail.infoseek.example/", "",
      "<a@example.jp>:", "", "--- Below this line is a copy of the message.",
    }).recipients[1]
    assert.same({ "a@example.jp", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
    -- Plesk's qmail names an address to send to instead, after the reason
    rc = bounce.parse(text_bounce {
      "Hi. This is the qmail-send program at mx.example.org.", "", "<a@example.net>:",
      "No E-mail address is configured at this address Please check the spelling of the email address " ..
        "or send to help@example.net",
    })
    assert.same({ 1, "a@example.net", "recipient_unknown" }, { #rc.recipients, rc.recipients[1].recipient,
      rc.recipients[1].category })
  end)

  it("end where the text says the original message follows", function()
    -- rapidsite.net's notice quotes the first lines of the message after its own text
    local rc = bounce.parse(text_bounce {
      "Delivery of email to this address failed:", "a@example.net",
      "The first 50 lines of your original message follow:", "> Subject: [SPAM] offer", "> X-Spam-Flag: YES",
    }).recipients[1]
    assert.same({ "a@example.net", "unknown" }, { rc.recipient, rc.category })
    assert.falsy(rc.diagnostic:find("SPAM", 1, true))
    -- a long quoted copy under that line is the returned message, not a forwarded bounce
    local lines = { "Delivery of email to this address", "", "\"a@example.net\"", "",
      "failed due to an unknown mailbox.", "", "The first 50 lines of your original message follow:" }
    for i = 1, 12 do lines[#lines + 1] = "> X-Header-" .. i .. ": [SPAM] offer" end
    rc = bounce.parse(text_bounce(lines)).recipients[1]
    assert.same({ "a@example.net", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("are no recipients where the text says to write to them for help", function()
    -- a notice whose failed address is lost (the reader's own, here): the help desk's address in
    -- a sentence is no recipient
    local r = bounce.parse(text_bounce {
      "This Message was undeliverable due to the following reason:", "",
      "Recipient: <sender@example.com>", "Reason: <sender@example.com> ...User unknown", "",
      "Please reply to Postmaster@example.org", "if you feel this message to be in error.",
    })
    assert.equal(0, #r.recipients)
    -- ezmlm's refusal names the list's owner to forward the message to
    r = bounce.parse(text_bounce {
      "Hi. This is the qmail-send program at mx.example.org.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.", "",
      "<list@example.net>:", "Sorry, only subscribers may post. If you are a subscriber, please forward this " ..
        "message to list-owner@example.net to get your new address included (#5.7.2)", "",
    })
    assert.same({ 1, "list@example.net", "recipient_policy", "soft" },
      { #r.recipients, r.recipients[1].recipient, r.recipients[1].category, r.recipients[1].type })
  end)
end)

describe("a bounce that says the queue gave up", function()
  it("takes the last cause it states beside that (rule 5)", function()
    local rc = parse("lhost-amazonworkmail-05.eml").recipients[1]
    assert.equal("554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
      rc.diagnostic)
    assert.same({ "network_error", "soft", 421 }, { rc.category, rc.type, rc.code })
    assert.same({ "network_error", "soft" }, { parse("lhost-qmail-07.eml").recipients[1].category,
      parse("lhost-qmail-07.eml").recipients[1].type })
    assert.equal("system_error", parse("lhost-qmail-05.eml").recipients[1].category)
    assert.equal("network_error", parse("lhost-sendmail-21.eml").recipients[1].category)
  end)

  it("is hard where that cause is a domain that does not exist, whatever the 4.x.x status (rule 5)", function()
    -- Gmail's final DNS Error under Status 4.0.0: NXDOMAIN, and a null MX
    for _, name in ipairs { "rhost-gsuite-05.eml", "rfc3464-59.eml" } do
      local rc = parse(name).recipients[1]
      assert.same({ "failed", "domain_invalid", "hard" }, { rc.dsn_action, rc.category, rc.type }, name)
    end
    -- still being retried, the same words are no verdict
    local rc = bounce.parse(dsn("4.0.0", "DNS Error: DNS type 'mx' lookup of example.org responded with code NXDOMAIN",
      "delayed")).recipients[1]
    assert.same({ "none", "domain_invalid" }, { rc.type, rc.category })
  end)

  it("stays expired where it states no cause", function()
    local rc = parse("lhost-exchange2007-05.eml").recipients[1]
    assert.equal("550 4.4.7 QUEUE.Expired; message expired", rc.diagnostic)
    assert.same({ "expired", "soft" }, { rc.category, rc.type })
  end)
end)

describe("a bounce that names its recipient only in a sentence", function()
  it("yields that recipient, the sentence as its reason", function()
    -- Gromox's text (data/local_bounce/ascii/BOUNCE_NO_USER), sent without a report
    local r = bounce.parse(table.concat({
      "From: postmaster@mx.example.org", "To: sender@example.com", "Subject: Delivery failure, user doesn't exist!", "",
      "Hi,", "  I am sorry to tell you that that the address \"a@example.net\" does not",
      "exist. Please check whether the addess is rigthly composed and try it", "again.", "",
      "Below is the original mail information:", "   From:    sender@example.com", "   Subject: Hello", "",
    }, "\r\n"))
    assert.equal(1, #r.recipients)
    local rc = r.recipients[1]
    assert.equal("a@example.net", rc.recipient)
    assert.matches("does not exist%. Please check", rc.diagnostic)
    assert.equal("hard", rc.type)
  end)
end)

describe("a bounce that a person forwarded, quoted in full", function()
  -- Sendmail's failure notice as its savemail.c writes it, forwarded from a mail client that
  -- quotes the whole message under its "----- Original Message -----" block
  local sendmail = {
    "The original message was received at Thu, 15 Jan 2009 23:14:52 -0600", "from mail.example.com [192.0.2.1]", "",
    "   ----- The following addresses had permanent fatal errors -----", "<user@example.org>",
    "    (reason: 550 5.1.1 <user@example.org>... User unknown)", "",
    "   ----- Transcript of session follows -----", "... while talking to mx.example.org.:", ">>> RCPT To:<user@example.org>",
    "<<< 550 5.1.1 <user@example.org>... User unknown", "550 5.1.1 <user@example.org>... User unknown",
  }
  local function forwarded(marker)
    local text = { marker, 'From: "Mail Delivery Subsystem" <MAILER-DAEMON@mx.example.com>',
      "To: <sender@example.com>", "Subject: Returned mail: see transcript for details", "" }
    for _, line in ipairs(sendmail) do text[#text + 1] = "> " .. line end
    return notice({ "From: Sender <sender@example.com>", "To: admin@example.com",
      "Subject: Fw: Returned mail: see transcript for details" }, text)
  end

  it("is read as the bounce it quotes", function()
    local rc = bounce.parse(forwarded("----- Original Message -----")).recipients[1]
    assert.same({ "user@example.org", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is not unquoted without a mark of forwarding: a quote is no bounce's own text", function()
    local r = bounce.parse(forwarded("Look at this:"))
    assert.are_not.equal("recipient_unknown", r.recipients[1] and r.recipients[1].category)
  end)

  it("is not what a bounce is whose returned copy is a quoted reply under 'Original message follows'", function()
    -- Sendmail's own line above the copy announces it; the copy, a reply quoting a long message
    -- line by line, is most of the text and must not be taken for a forward
    local text = { "   ----- The following addresses had delivery problems -----", "<info@softcell>  (unrecoverable error)",
      "", "   ----- Transcript of session follows -----",
      "501 <info@softcell>...  550 Host unknown (Name server: softcell: host not found)", "",
      "   ----- Original message follows -----", "To: info@softcell", "Subject: Re: offer", "", "No thanks.", "" }
    for i = 1, 20 do text[#text + 1] = ">quoted line " .. i .. " of the message answered" end
    local r = bounce.parse(notice({ "From: MAILER-DAEMON@mx.example.ca (Mail Delivery Subsystem)",
      "To: <list@example.com>", "Subject: Returned mail: Host unknown" }, text))
    local rc = r.recipients[1]
    assert.same({ "info@softcell", "domain_invalid", "hard" }, { rc and rc.recipient, rc and rc.category, rc and rc.type })
  end)
end)

describe("a bounce forwarded in a mail client of another language", function()
  it("is read under Apple Mail's Czech marker, which it quotes with the bounce", function()
    local text = { "Tohle se mi deje porad", "" }
    for _, line in ipairs {
      "Za\196\141\195\161tek p\197\153epos\195\173lan\195\169 zpr\195\161vy:", "",
      "Od: Mail Delivery System <Mailer-Daemon@mx.example.com>",
      "P\197\153edm\196\155t: Mail delivery failed: returning message to sender", "",
      "This message was created automatically by mail delivery software.", "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "",
      " user@example.org", "   host mx.example.org [192.0.2.1]",
      "   SMTP error from remote mail server after RCPT TO:<user@example.org>:",
      "   550 5.7.1 Your IP address is listed in b.barracudacentral.org", "",
    } do text[#text + 1] = "> " .. line end
    local rc = bounce.parse(notice({ "From: info@example.com", "To: admin@example.com", "Subject: Fwd" }, text)).recipients[1]
    assert.same({ "user@example.org", "blocklisted" }, { rc.recipient, rc.category })
  end)
end)

describe("an Exchange notice pasted without its header", function()
  it("is told by its heading in the languages Exchange writes it", function()
    local rc = bounce.parse(table.concat({
      "Falha na entrega aos seguintes destinat\195\161rios ou grupos:", "", "diretoria@example.com.br",
      "Ocorreu um problema ao se entregar essa mensagem para esse endere\195\167o de email.", "",
      "Informa\195\167\195\181es de diagn\195\179stico para administradores:", "",
      "Gerando servidor: mail.example.com", "", "diretoria@example.com.br",
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "",
    }, "\n")).recipients[1]
    assert.same({ "diretoria@example.com.br", "recipient_unknown" }, { rc.recipient, rc.category })
  end)

  it("reads Exchange Online's reason on the lines under 'Your message to a@b couldn't be delivered.'", function()
    local rc = bounce.parse(table.concat({
      "Your message to brian@example.com couldn't be delivered.", "brian wasn't found at example.com.",
      "brian   Office 365   brian", "Action Required                     Recipient", "Unknown To address", "",
    }, "\n")).recipients[1]
    assert.same({ "brian@example.com", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)
end)

describe("Exim's list of failed addresses", function()
  it("ends an address's lines at the next entry, a pipe an alias led to", function()
    local r = bounce.parse(notice({ "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.com", "Subject: Mail delivery failed: returning message to sender" }, {
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "",
      "  nosuch@example.net", "    host mx.example.net [192.0.2.1]",
      "    SMTP error from remote mail server after RCPT TO:<nosuch@example.net>:",
      "    550 5.1.1 User unknown",
      "  pipe to |/usr/local/bin/filter", "    generated by alias@example.org", "    local delivery failed", "",
    }))
    local by = {}
    for _, rc in ipairs(r.recipients) do by[rc.recipient] = rc end
    assert.equal("recipient_unknown", by["nosuch@example.net"].category)
    assert.falsy(by["nosuch@example.net"].diagnostic:find("pipe to", 1, true))
    assert.equal("system_error", by["alias@example.org"].category)
  end)
end)

describe("a bounce that a person forwarded without quoting it", function()
  -- Gmail's and Outlook's forwards: the marker, the bounce's own header block, its text
  local function forwarded(marker, from)
    return notice({ "From: Patrick <patrick@example.com>", "To: admin@example.com", "Subject: Fwd: problem" }, {
      "Hi, I keep getting this:", "", marker, "From: " .. from, "Date: Sat, Feb 3, 2018 at 2:23 PM",
      "Subject: Mail delivery failed: returning message to sender", "To: patrick@example.com", "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "",
      "  jason@example.org", "    host mx.example.org [192.0.2.1]",
      "    SMTP error from remote mail server after RCPT TO:<jason@example.org>:",
      "    550 5.1.1 <jason@example.org>: Recipient address rejected: User unknown", "",
    })
  end

  it("is read under Gmail's and Outlook's markers, whose header block names a mailer daemon", function()
    for _, marker in ipairs { "---------- Forwarded message ----------", "-----Original Message-----" } do
      local rc = bounce.parse(forwarded(marker, "Mail Delivery System <Mailer-Daemon@mx.example.com>")).recipients[1]
      assert.same({ "jason@example.org", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
    end
  end)

  it("is read where a post attaches it whole as a text part", function()
    -- a list post that passes on the report its poster got (vger.kernel.org's postmasters did so)
    local bounce_msg = table.concat({
      "From: The Post Office <postmaster@lists.example.org>", "Subject: Delivery reports about your email [FAILED(1)]",
      "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=R", "",
      "--R", "Content-Type: text/plain", "", "This is a collection of reports about email delivery.", "",
      "--R", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; lists.example.org", "",
      "Final-Recipient: rfc822; a@example.net", "Action: failed", "Status: 5.7.1",
      "Diagnostic-Code: smtp; 550 5.7.1 Rejected: 192.0.2.1 is listed at bl.example.org", "", "--R--", "",
    }, "\r\n")
    local post = table.concat({
      "From: Admin <admin@example.com>", "To: list@lists.example.org", "Subject: Careless MTA admins",
      "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=M", "",
      "--M", "Content-Type: text/plain", "", "See what this site answers us:", "",
      "--M", "Content-Type: text/plain", "", bounce_msg, "--M--", "",
    }, "\r\n")
    local rc = bounce.parse(post).recipients[1]
    assert.same({ "a@example.net", "blocklisted", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is read where the forwarded header's subject says a bounce, whoever sent it", function()
    local rc = bounce.parse(forwarded("-----Original Message-----", "IT <it@example.com>")).recipients[1]
    assert.same({ "jason@example.org", "recipient_unknown" }, { rc.recipient, rc.category })
  end)

  it("keeps an entry's lines that the forwarding client wrapped at the left margin", function()
    -- Exim's list re-wrapped at 72 columns: each entry's tail starts at the margin, left of
    -- the entry's own address; the next address, indented as the first, is the next entry
    local entries = {}
    for _, who in ipairs { "jason", "mary" } do
      local addr = who .. "@example.org"
      for _, line in ipairs { "  " .. addr, "    host mx.example.org [192.0.2.1]",
        "    SMTP error from remote mail server after RCPT", "TO:<" .. addr .. ">:",
        "    554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked",
        "using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.9" } do
        entries[#entries + 1] = line
      end
    end
    local lines = { "-----Mensaje original-----", "De: Mail Delivery System [mailto:Mailer-Daemon@mx.example.com]",
      "Asunto: Mail delivery failed: returning message to sender", "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "" }
    for _, line in ipairs(entries) do lines[#lines + 1] = line end
    lines[#lines + 1] = ""
    local r = bounce.parse(notice({ "From: Patrick <patrick@example.com>", "To: admin@example.com",
      "Subject: RV: problem" }, lines))
    assert.equal(2, #r.recipients)
    for i, who in ipairs { "jason", "mary" } do
      local rc = r.recipients[i]
      assert.same({ who .. "@example.org", "blocklisted", "RCPT" }, { rc.recipient, rc.category, rc.smtp_command })
    end
  end)
end)

describe("a bounce from a sender that is no mailer daemon", function()
  it("is told by a subject that says the message was not delivered, in the languages it comes in", function()
    for _, subject in ipairs { "Message not delivered", "Delivery report", "Nicht zustellbar: hallo",
      "Rapport de non-remise", "Correo no entregado", "Mensagem n\195\163o entregue" } do
      local rc = bounce.parse(notice({ "From: Mail System <system@example.com>", "To: sender@example.com",
        "Subject: " .. subject }, { "Ihre Nachricht an folgende Adresse:", "", "<bob@example.net>: 550 5.1.1 User unknown" }))
        .recipients[1] or {}
      assert.same({ "bob@example.net", "recipient_unknown" }, { rc.recipient, rc.category }, subject)
    end
  end)

  it("is told by the opening its MTA writes, under a subject that says nothing", function()
    for _, opening in ipairs { "This report relates to a message you sent with the following header fields:",
      "The following recipients did not receive this message:", "Your message could not be sent.",
      "Su mensaje no pudo ser entregado.", "We had trouble delivering your message. Full details follow:" } do
      local rc = bounce.parse(notice({ "From: Mail System <system@example.com>", "To: sender@example.com",
        "Subject: Notice" }, { opening, "", "<bob@example.net>:", "550 5.1.1 User unknown" })).recipients[1] or {}
      assert.same({ "bob@example.net", "recipient_unknown" }, { rc.recipient, rc.category }, opening)
    end
  end)
end)

describe("a message saved with a byte-order mark", function()
  -- MimeKit's UnitTests/TestData/messages/feedback-report.txt starts with one
  it("is read from its first header field", function()
    local r = bounce.parse("\239\187\191" .. table.concat({
      "From: <abusedesk@example.com>", "Subject: FW: Earn money", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=feedback-report; boundary=B", "",
      "--B", "Content-Type: message/feedback-report", "",
      "Feedback-Type: abuse", "Original-Rcpt-To: <user@example.com>", "", "--B--", "",
    }, "\r\n"))
    assert.equal("arf", r.kind)
    assert.equal("user@example.com", r.recipients[1].recipient)
  end)
end)

describe("a reply that refuses the sender's own address", function()
  it("is the sender refused, soft, not the recipient (rule 6)", function()
    -- Amazon SES quotes Sendmail's "<a@b>... Access denied", a@b being the Return-Path of the
    -- message that bounced
    local r = parse("lhost-amazonses-01.eml")
    local rc = r.recipients[1]
    assert.matches("^000001321defbd2a%-.-@email%-bounces%.amazonses%.com$", r.original.return_path)
    assert.same({ "sender_invalid", "soft", "message.sender_refused", 550, "5.7.1" },
      { rc.category, rc.type, rc.rule, rc.code, rc.status })
  end)

  it("is told by Sendmail's transcript where the refusal of MAIL names no recipient", function()
    -- hMailServer's "550 The address is not valid." answered MAIL FROM: the recipient's words,
    -- but the sender's stage (rule 6)
    local rc = bounce.parse(notice({ "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.com", "Subject: Returned mail: see transcript for details" }, {
      "   ----- The following addresses had permanent fatal errors -----", "a@example.net",
      "    (reason: 550 The address is not valid.)", "",
      "   ----- Transcript of session follows -----", "... while talking to mx.example.net.:",
      ">>> MAIL From:<sender@example.com> SIZE=285", "<<< 550 The address is not valid.",
      "554 5.0.0 Service unavailable", "",
    })).recipients[1]
    assert.same({ "a@example.net", "MAIL", "sender_invalid", "soft" }, { rc.recipient, rc.smtp_command, rc.category, rc.type })
  end)
end)

describe("a report whose text says only that delivery failed", function()
  it("leaves the decision to its Status (the Windows SMTP service's DSN: 5.2.2 is a full mailbox)", function()
    local rc = bounce.parse(dsn("5.2.2")).recipients[1]
    assert.same({ "mailbox_full", "soft", "5.2.2" }, { rc.category, rc.type, rc.status })
  end)
end)

describe("a report whose text says more than its Diagnostic-Code", function()
  local function report(text, fields)
    local lines = {
      "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com", "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "Content-Type: text/plain", "" }
    for _, l in ipairs(text) do lines[#lines + 1] = l end
    lines[#lines + 1] = ""
    lines[#lines + 1] = "--B"
    lines[#lines + 1] = "Content-Type: message/delivery-status"
    lines[#lines + 1] = ""
    lines[#lines + 1] = "Reporting-MTA: dns; mx.example.org"
    lines[#lines + 1] = ""
    for _, l in ipairs(fields) do lines[#lines + 1] = l end
    lines[#lines + 1] = ""
    lines[#lines + 1] = "--B--"
    return table.concat(lines, "\r\n") .. "\r\n"
  end

  it("takes Postfix local delivery's sentence over the system error its report gives", function()
    -- local(8): the report has strerror() only, the text the whole sentence
    local rc = bounce.parse(report({
      "<full@example.org>: cannot update mailbox /var/mail/full for user full. error",
      "    writing message: File too large",
    }, { "Final-Recipient: rfc822; full@example.org", "Action: failed", "Status: 5.2.2",
         "Diagnostic-Code: x-unix; input/output error" })).recipients[1]
    assert.same({ "mailbox_full", "soft" }, { rc.category, rc.type })
  end)

  it("completes the first line of a reply Sendmail's report gives from its transcript", function()
    local rc = bounce.parse(report({
      "   ----- The following addresses had permanent fatal errors -----", "<alice@example.net>",
      "    (reason: 550-Verification failed for <bounce@example.com>)", "",
      "   ----- Transcript of session follows -----", "... while talking to mx.example.net.:", ">>> DATA",
      "<<< 550-Verification failed for <bounce@example.com>", "<<< 550-Unrouteable address",
      "<<< 550 Sender verify failed", "550 5.1.1 alice@example.net... User unknown",
    }, { "Final-Recipient: RFC822; alice@example.net", "Action: failed", "Status: 5.1.1",
         "Diagnostic-Code: SMTP; 550-Verification failed for <bounce@example.com>" })).recipients[1]
    -- the reply's last line says whose address failed: the sender's, not a hard 5.1.1
    assert.same({ "sender_invalid", "soft" }, { rc.category, rc.type })
    assert.truthy(rc.diagnostic:find("Sender verify failed", 1, true))
  end)

  it("gives a recipient whose line says nothing no other recipient's reason", function()
    -- Courier: each failed address, its reply lines under it; a timeout has none
    local r = bounce.parse(report({
      "Your message to the following recipients cannot be delivered:", "",
      "<a@example.net>:", " <<< Connection refused", "",
      "<b@example.org>:", "",
      "---------------------------------------------------------------------------", "",
      "If your message was also sent to additional recipients, their delivery",
      "status is not included in this report.",
    }, { "Final-Recipient: rfc822; a@example.net", "Action: failed", "Status: 5.0.0",
         "Diagnostic-Code: unknown; Connection refused", "",
         "Final-Recipient: rfc822; b@example.org", "Action: failed", "Status: 5.0.0" }))
    assert.equal("network_error", r.recipients[1].category)
    assert.same({ "b@example.org", "unknown", "hard" },
      { r.recipients[2].recipient, r.recipients[2].category, r.recipients[2].type })
  end)

  it("takes the transcript line that names a recipient's domain where none names its address", function()
    -- Sendmail: an MX loop is said of the domain only
    local r = bounce.parse(report({
      "   ----- The following addresses had permanent fatal errors -----", "user@nx.example.net",
      "    (reason: 550 Host unknown)", "user@loop.example.org", "",
      "   ----- Transcript of session follows -----",
      "550 5.1.2 user@nx.example.net... Host unknown (Name server: nx.example.net: host not found)",
      "554 5.0.0 MX list for loop.example.org. points back to mx.example.com",
      "554 5.3.5 Local configuration error",
    }, { "Final-Recipient: RFC822; user@nx.example.net", "Action: failed", "Status: 5.1.2",
         "Diagnostic-Code: SMTP; 550 Host unknown", "",
         "Final-Recipient: RFC822; user@loop.example.org", "Action: failed", "Status: 5.5.0" }))
    assert.same({ "user@loop.example.org", "routing_error", "soft" },
      { r.recipients[2].recipient, r.recipients[2].category, r.recipients[2].type })
    -- its own line, not the transcript's replies about the other address
    assert.falsy(r.recipients[2].diagnostic:find("nx.example.net", 1, true))
  end)

  it("ends a recipient's paragraph at the next recipient (Exim's alias pipe)", function()
    -- Exim's report has no Diagnostic-Code for either: the text gives each its lines
    local r = bounce.parse(report({
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:", "",
      "  pipe to |/usr/local/bin/filter", "    generated by alias@example.org", "    local delivery failed",
      "  nolocal@example.org", "    Unrouteable address",
    }, { "Final-Recipient: rfc822;nolocal@example.org", "Action: failed", "Status: 5.0.0", "",
         "Final-Recipient: rfc822;alias@example.org", "Action: failed", "Status: 5.0.0" }))
    local by = {}
    for _, rc in ipairs(r.recipients) do by[rc.recipient] = rc end
    assert.equal("domain_invalid", by["nolocal@example.org"].category)
    assert.falsy(by["alias@example.org"].diagnostic:find("Unrouteable", 1, true))
    assert.are_not.equal("domain_invalid", by["alias@example.org"].category)
  end)
end)

describe("Sendmail's report of a session the server closed", function()
  -- Sendmail keeps the last reply of the session as the Diagnostic-Code, "221 2.0.0 Bye" after the
  -- "421 ..." that ended it; its transcript gives the 421
  local function sendmail(transcript, status)
    local lines = { "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>", "To: <sender@example.com>",
      "Subject: Returned mail: see transcript for details", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "", "   ----- The following addresses had permanent fatal errors -----", "<a@example.net>",
      "    (reason: 221 2.0.0 Bye)", "" }
    if transcript then
      for _, l in ipairs({ "   ----- Transcript of session follows -----", "... while talking to mx.example.net.:",
        ">>> DATA", "<<< 421 Max message per connection reached, closing transmission channel",
        "<a@example.net>... Deferred: 421 Max message per connection reached, closing transmission channel",
        "Message could not be delivered for 5 days", "Message will be deleted from queue", "" }) do
        lines[#lines + 1] = l
      end
    end
    for _, l in ipairs({ "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.org", "",
      "Final-Recipient: RFC822; a@example.net", "Action: failed", "Status: " .. status,
      "Diagnostic-Code: SMTP; 221 2.0.0 Bye", "", "--B--", "" }) do
      lines[#lines + 1] = l
    end
    return table.concat(lines, "\r\n")
  end

  it("takes its reason from the transcript, not the success that closed the session", function()
    local rc = bounce.parse(sendmail(true, "4.4.7")).recipients[1]
    assert.same({ "soft", "rate_limited", 421 }, { rc.type, rc.category, rc.code })
  end)

  it("leaves the Status to decide where no transcript says more: never delivered", function()
    local rc = bounce.parse(sendmail(false, "4.4.7")).recipients[1]
    assert.same({ "soft", "expired" }, { rc.type, rc.category })
    rc = bounce.parse(sendmail(false, "5.0.0")).recipients[1]
    assert.same({ "hard", "unknown" }, { rc.type, rc.category })
  end)
end)

describe("Courier's report", function()
  -- courier/doc/courierdsn.html: each recipient's section gives the session at the margin under
  -- the address and the host; the sample's delivery-status part spells "Final-Receipient"
  local function courier(field)
    return table.concat({
      "From: \"Courier mail server at relay1.example.com\" <@>", "To: sender@example.com",
      "Subject: NOTICE: mail delivery status.", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "Content-Type: text/plain; charset=us-ascii", "",
      "                   MESSAGE DELIVERED TO A MAIL GATEWAY", "",
      "<gw@relay2.example.com>:", "    [192.0.2.2]:", "<<< 250 ok 931200942 qp 25258", "",
      "                           UNDELIVERABLE MAIL", "",
      "Your message to the following recipients cannot be delivered:", "",
      "<nosuch@relay2.example.com>:", "    [192.0.2.2]:", ">>> RCPT TO:<nosuch@relay2.example.com>",
      "<<< 550 Sorry, no mailbox here by that name. (#5.1.1)", "",
      "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; relay1.example.com", "",
      field .. ": rfc822; nosuch@relay2.example.com", "Action: failed", "Status: 5.0.0", "",
      field .. ": rfc822; gw@relay2.example.com", "Action: relayed", "Status: 2.0.0", "", "--B--", "",
    }, "\r\n")
  end

  it("gives each address the session lines under it, read from the text where the report names no one", function()
    local by = {}
    for _, rc in ipairs(bounce.parse(courier("Final-Receipient")).recipients) do by[rc.recipient] = rc end
    assert.same({ "recipient_unknown", "hard" },
      { by["nosuch@relay2.example.com"].category, by["nosuch@relay2.example.com"].type })
    assert.equal("none", by["gw@relay2.example.com"].type)
    assert.truthy(by["nosuch@relay2.example.com"].diagnostic:find("<<< 550", 1, true))
  end)
end)

describe("a delay notice", function()
  it("keeps the cause Gmail's notice gives under its retry line (Technical details of temporary failure)", function()
    local rc = bounce.parse(notice({ "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: sender@example.com", "Subject: Delivery Status Notification (Delay)" }, {
      "This is an automatically generated Delivery Status Notification", "", "THIS IS A WARNING MESSAGE ONLY.", "",
      "Delivery to the following recipient has been delayed:", "", "     user@example.org", "",
      "Message will be retried for 2 more day(s)", "", "Technical details of temporary failure: ",
      "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 ",
      "[example.org 192.0.2.1: socket error]", "",
    })).recipients[1]
    assert.same({ "none", "network_error" }, { rc.type, rc.category })
  end)

  it("keeps the cause Gmail's newer notice gives under \"The response was:\"", function()
    local function gmail(gap)
      return bounce.parse(notice({ "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: sender@example.com", "Subject: Delivery Status Notification (Delay)" }, {
        "** Delivery incomplete **", "",
        "There was a temporary problem delivering your message to user@example.org. Gmail will retry for 45 more "
          .. "hours. You'll be notified if the delivery fails permanently.",
        gap, "The response was:", "",
        "The recipient server did not accept our requests to connect. For more information, go to "
          .. "https://support.google.com/mail/answer/7720 [example.org 192.0.2.1: timed out]",
      })).recipients[1]
    end
    -- "fails permanently" is Gmail's promise, not the queue giving up
    for _, gap in ipairs({ "", "LEARN MORE" }) do
      local rc = gmail(gap)
      assert.same({ "user@example.org", "none", "network_error" }, { rc.recipient, rc.type, rc.category })
    end
  end)

  it("is Sendmail's warning by its words, under whatever subject a relay gave it", function()
    local rc = bounce.parse(notice({ "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com",
      "Subject: Undelivered Mail" }, {
      "The original message was received at Wed, 26 Dec 2018 06:06:59 GMT from localhost",
      "----- Transcript of session follows -----",
      "user@example.org... Deferred: Connection timed out with mx.example.org.",
      "Warning: message still undelivered after 4 hours",
      "Will keep trying until message is 5 days old",
    })).recipients[1]
    assert.same({ "user@example.org", "none", "network_error" }, { rc.recipient, rc.type, rc.category })
  end)

  it("quotes a remote reply that says \"permanently deferred\" and is still a warning (Exim)", function()
    local rc = bounce.parse(notice({ "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.com", "Subject: Warning: message 1WiVUF-0003Hs-U6 delayed 24 hours" }, {
      "This message was created automatically by mail delivery software.",
      "A message that you sent has not yet been delivered to one or more of its",
      "recipients after more than 24 hours on the queue on mx.example.org.", "",
      "The address to which the message has not yet been delivered is:", "",
      "  user@yahoo.com", "    Delay reason: SMTP error from remote mail server after MAIL FROM:<s@example.com>:",
      "    host mta7.am0.yahoodns.net [192.0.2.7]: 421 4.7.1 [TS03] All messages from 192.0.2.1",
      "    will be permanently deferred; Retrying will NOT succeed.", "",
      "No action is required on your part. Delivery attempts will continue for",
      "some time, and this warning may be repeated at intervals if the message",
      "remains undelivered.",
    })).recipients[1]
    assert.same({ "user@yahoo.com", "none", "reputation" }, { rc.recipient, rc.type, rc.category })
  end)

  it("is a delay in the languages Postfix's delay template is translated into", function()
    -- a bounce_template_file's Dutch delay_template: its subject and its "only a warning"
    local rc = bounce.parse(notice({ "From: MAILER-DAEMON (Mail Delivery System)", "To: sender@example.com",
      "Subject: Vertraagde mail (wordt nog opnieuw verzonden)" }, {
      "Dit is het mailsysteem van mail.example.nl.", "",
      "# Dit is enkel een waarschuwing, u hoeft uw mail niet opnieuw te verzenden. #", "",
      "<piet@example.net>: host mx.example.net[192.0.2.81] said: 451 4.7.1",
      "    <piet@example.net>: Recipient address rejected: Greylisted (in reply to RCPT TO",
      "    command)",
    })).recipients[1]
    assert.same({ "piet@example.net", "none", "greylisted" }, { rc.recipient, rc.type, rc.category })
  end)

  it("is MDaemon's warning, whose subject speaks of a failure", function()
    local rc = bounce.parse(notice({ "From: MDaemon@mail.example.com", "To: sender@example.com",
      "Subject: Warning: Temporary Delivery Failure Notice" }, {
      "The attached message has encountered temporary delivery problems!", "",
      "This is only a warning.  The message will be held in the mail queue on this",
      "server for 4 hours and then it will be returned to the sender.", "",
      "YOU DO NOT NEED TO REDELIVER THE ATTACHED MESSAGE.", "",
      "--- Session Transcript ---",
      " Wed 2010-03-10 12:01:13: --> RCPT To:<jdoe@remote.example.net>",
      " Wed 2010-03-10 12:01:13: <-- 452 4.2.2 Mailbox full",
      "--- End Transcript ---",
    })).recipients[1]
    assert.same({ "jdoe@remote.example.net", "none", "mailbox_full" }, { rc.recipient, rc.type, rc.category })
  end)

  it("states no cause by its status 4.4.7 (the Windows SMTP service's delay): the queue has not given up", function()
    local rc = bounce.parse(dsn("4.4.7", nil, "delayed")).recipients[1]
    assert.same({ "none", "delivered", "delayed" }, { rc.type, rc.category, rc.dsn_action })
  end)
end)

describe("a bounce pasted without its header", function()
  it("is read by its MTA's wording where the template breaks a phrase across lines (Postfix)", function()
    local r = bounce.parse(table.concat({
      "This is the mail system at host mx.example.org.",
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      "                   The mail system",
      "<a@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <a@example.net>:",
      "    Recipient address rejected: User unknown in virtual mailbox table (in reply to",
      "    RCPT TO command)", "",
    }, "\n"))
    assert.equal("dsn", r.kind)
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is read where a mail client dropped the indentation under Postfix's \"said:\"", function()
    local rc = bounce.parse(table.concat({
      "This is the mail system at host mx.example.org.", "",
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.", "",
      "<a@example.net>: host mta7.am0.yahoodns.net[192.0.2.1] said: 421",
      "4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred due to",
      "unexpected volume or user complaints - 4.16.55.1; see",
      "https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)", "",
    }, "\n")).recipients[1]
    assert.same({ "a@example.net", "reputation", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("takes a reason written as a bare status line below a notice's own sentence", function()
    -- a provider's bilingual notice: its reason under a heading, the status without a code
    local rc = bounce.parse(table.concat({
      "From: MAILER-DAEMON@mx.example.cz", "Subject: Undelivered Mail", "",
      "Vaše zpráva pro <a@example.cz> ze dne 19.11.2012 nemohla být doručena.", "Zpráva je přiložena.", "",
      "You message for <a@example.cz> from 2012/11/19 could not be delivered.", "It's attached below.", "",
      "Důvod / Reason:", "---------------", "", "5.1.1 szn; User hasn't got the service mapped", "",
    }, "\n")).recipients[1]
    assert.same({ "a@example.cz", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is the queue giving up where IMail counts its tries", function()
    local rc = bounce.parse(notice({ "From: Mail Delivery Subsystem <postmaster@imail.example.com>",
      "To: sender@example.com", "Subject: Undeliverable Mail" },
      { "Delivery failed 3 attempts: jdoe@remote.example.net", "", "Original message follows." })).recipients[1]
    assert.same({ "jdoe@remote.example.net", "soft", "expired" }, { rc.recipient, rc.type, rc.category })
  end)

  it("is read by Sendmail's list of failed addresses", function()
    local r = bounce.parse(table.concat({
      "   ----- The following addresses had permanent fatal errors -----", "<a@example.net>",
      "    (reason: 552 5.2.2 Mailbox full)", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "mailbox_full", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("takes the address its sentence names, where it has no header to say it is a bounce", function()
    -- Seznam's bilingual notice, the body alone
    local rc = bounce.parse(table.concat({
      "Vaše zpráva pro <a@example.cz> ze dne 19.11.2012 nemohla být doručena.", "",
      "You message for <a@example.cz> from 2012/11/19 could not be delivered.", "It's attached below.", "",
      "Důvod / Reason:", "", "5.1.1 szn; User hasn't got the service mapped", "",
    }, "\n")).recipients[1]
    assert.same({ "a@example.cz", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
    -- Openwave InterMail's report, its lines run together as a page quotes it
    rc = bounce.parse("These recipients of your message have been processed by the mail server: " ..
      "a@example.it; Failed; 5.2.2 (mailbox full) Remote MTA mx.example.it: SMTP diagnostic: 443 " ..
      "RCPT TO:<a@example.it> Mailbox disk quota exceeded\n").recipients[1]
    assert.same({ "a@example.it", "mailbox_full", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("reads InterMail's remote reply in the paragraphs under its recipient's status", function()
    -- Openwave InterMail: the status on the recipient's line, the remote MTA's reply below it
    local rc = bounce.parse(notice({ "From: postmaster@mx.example.ch", "To: sender@example.com",
      "Subject: Delivery Status Notification" }, {
      " - These recipients of your message have been processed by the mail server:",
      "a@example.ch; Failed; 5.3.0 (other or undefined mail system status)", "",
      "    Remote MTA mx2.example.ch: network error", "", "",
      " - SMTP protocol diagnostic: 550 5.6.0 Invalid header found (see RFC2822 section 3.6)", "",
    })).recipients[1]
    assert.same({ "a@example.ch", "message_noncompliant", "soft", 550 }, { rc.recipient, rc.category, rc.type, rc.code })
  end)

  it("is read by Exchange's headings in other languages where it has no header", function()
    -- the German section for administrators, and the Chinese heading over each recipient's reason
    local rc = bounce.parse(table.concat({
      "Diagnoseinformationen für Administratoren:", "", "Generierender Server: mx.example.de", "",
      "a@example.de", "mx2.example.de",
      "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "",
    }, "\n")).recipients[1]
    assert.same({ "a@example.de", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
    rc = bounce.parse(table.concat({
      "向以下收件人或组传递邮件失败:", "", "group@example.cn",
      "由于此组限定只接收经过身份验证的发件人所发送的邮件，无法传递你的邮件。", "",
    }, "\n")).recipients[1]
    assert.same({ "group@example.cn", "recipient_policy", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is no bounce where its text does not say delivery failed", function()
    assert.equal("unknown", bounce.parse("Hello Bob,\n\nsee you at <a@example.net> tomorrow.\n").kind)
  end)

  it("is no bounce where a person's reply speaks of a delivery that failed", function()
    local reply = notice({ "From: Alice <alice@example.com>", "To: bob@example.org", "Subject: Re: the parcel" },
      { "Hi Bob,", "", "the parcel was undeliverable to carol@example.net, the courier says the address does not exist." })
    assert.equal("unknown", bounce.parse(reply).kind)
    -- the same words under a subject that is no reply are still read as a notice's
    assert.equal("dsn", bounce.parse((reply:gsub("Re: the parcel", "Notice"))).kind)
  end)

  it("gives a report written inline the reason of the paragraph that names its recipient", function()
    -- Postfix's text above report fields that carry no Diagnostic-Code
    local r = bounce.parse(table.concat({
      "This is the mail system at host mx.example.org.",
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.", "",
      "<a@example.net>: host mx.example.net[192.0.2.1] said: 550 5.7.1 Unfortunately,",
      "    messages from [192.0.2.9] weren't sent. Please contact your Internet service",
      "    provider since part of their network is on our block list (AS3150). (in reply",
      "    to MAIL FROM command)", "",
      "Reporting-MTA: dns; mx.example.org", "",
      "Final-Recipient: rfc822; a@example.net", "Action: failed", "Status: 5.7.1", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "blocklisted", "soft", 550 }, { rc.recipient, rc.category, rc.type, rc.code })
  end)

  it("reads report fields pasted with a blank line under each as one recipient's", function()
    local r = bounce.parse(table.concat({
      "This is the mail system at host relay.example.net.", "",
      "<a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.2.3",
      "MailPolicy violation Error delivering to mailboxes (in reply to end of DATA", "command)",
      "Reporting-MTA: dns; relay.example.net", "", "Final-Recipient: rfc822; a@example.com", "",
      "Original-Recipient: rfc822;a@example.com", "", "Action: failed", "", "Status: 5.2.3", "",
      "Diagnostic-Code: smtp; 554 5.2.3 MailPolicy violation Error delivering to mailboxes", "",
    }, "\n"))
    assert.equal(1, #r.recipients)
    assert.same({ "a@example.com", "failed", "5.2.3" }, { r.recipients[1].recipient, r.recipients[1].dsn_action,
      r.recipients[1].status })
    assert.matches("MailPolicy violation", r.recipients[1].diagnostic)
  end)

  it("reads masqmail's delay warning by the paragraph its hint line announces, not its retry promise", function()
    -- masqmail's fail_msg.c: the address alone, the retry paragraph, then "This error message may
    -- give you a hint about what caused the delay:" over the cause
    local function warning(cause, lang)
      local text = { "This message was sent to you by the mailer daemon (masqmail 0.3.4)", "at mq.example.net.", "",
        "Sorry, but your mail could not yet be delivered to all recipients.",
        "Delivery to the following recipients has been defered:", "", "\t<user@nosuch.example>", "",
        "Delivery will be tried again, until it is either successful or a",
        "timeout has been reached. If the latter happens, you will get a", "delivery failure notice.", "" }
      if lang then
        text[#text + 1] = "Diese Fehlermeldung könnte einen Hinweis über die Ursache geben:"
        text[#text + 1] = "(This error message may give you a hint about what caused the"
        text[#text + 1] = "delay:)"
        text[#text + 1] = ""
      else
        text[#text + 1] = "This error message may give you a hint about what caused the"
        text[#text + 1] = "delay:"
      end
      text[#text + 1] = cause
      return notice({ "From: MAILER-DAEMON@mq.example.net", "To: sender@example.com",
        "Subject: Warning: could not yet send message" }, text)
    end
    local rc = bounce.parse(warning("could not open connection to nosuch.example:25 :\n\tUnknown host")).recipients[1]
    assert.same({ "none", "domain_invalid" }, { rc.type, rc.category })
    rc = bounce.parse(warning("Connection refused by mx.nosuch.example", "de")).recipients[1]
    assert.same({ "none", "network_error" }, { rc.type, rc.category })
    assert.matches("Connection refused", rc.diagnostic)
  end)

  it("keeps a multi-line reply written unindented under its Diagnostic-Code", function()
    -- the reply's later lines hold its words: the first alone is "this message is"
    local r = bounce.parse(table.concat({
      "From: MAILER-DAEMON@mx.example.org", "Subject: Delivery failure", "",
      "We could not deliver the attached mail for the following recipients.", "",
      "Reporting-MTA: dns;mx.example.org", "",
      "Final-Recipient: a@example.net", "Action: failed", "Status: 5.0.0",
      "Diagnostic-Code: error; 550-5.7.1 [192.0.2.9] Our system has detected that this message is",
      "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to us,",
      "550 5.7.1 this message has been blocked.",
      "Some prose after the report: not part of it",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "spam_content", "soft" }, { rc.recipient, rc.category, rc.type })
    assert.truthy(rc.diagnostic:find("this message has been blocked.", 1, true))
    assert.falsy(rc.diagnostic:find("prose", 1, true))
  end)

  it("is read as a delivery-status part where it is only a report's fields", function()
    -- the part alone, as a MIME library hands it over: no header, no text
    local r = bounce.parse(table.concat({
      "Reporting-MTA: dns; mx.example.org", "Arrival-Date: Mon, 19 Mar 2018 10:28:07 +0100", "",
      "Final-Recipient: rfc822; a@example.net", "Action: failed", "Status: 4.0.0",
      "Diagnostic-Code: smtp; 421 Too many concurrent SMTP connections from this IP",
      "    address; please try again later.", "",
      "Final-Recipient: rfc822; b@example.net", "Action: failed", "Status: 5.1.1",
      "Diagnostic-Code: smtp; 550 5.1.1 User unknown", "",
    }, "\n"))
    assert.equal("dsn", r.kind)
    assert.same({ "a@example.net", "rate_limited", "soft" },
      { r.recipients[1].recipient, r.recipients[1].category, r.recipients[1].type })
    assert.same({ "b@example.net", "recipient_unknown", "hard" },
      { r.recipients[2].recipient, r.recipients[2].category, r.recipients[2].type })
  end)

  it("takes the address Sendmail expanded an alias from as the recipient", function()
    local r = bounce.parse(table.concat({
      "   ----- The following addresses had permanent fatal errors -----", "loop@mx2.example.net.",
      "    (reason: 554 5.4.6 Too many hops)", "    (expanded from: <loop@example.net>)", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "loop@example.net", "routing_error", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("takes no message identifier folded under its field for a recipient (amavisd-new's notice)", function()
    local r = bounce.parse(table.concat({
      "BANNED CONTENTS ALERT", "", "Our content checker found", "    banned name: .exe,invoice.exe", "",
      "in email presumably from you <sender@example.com>", "to the following recipient:", "-> a@example.net", "",
      "Return-Path: <sender@example.com>", "Message-ID:", "  <CAOma9Sas16yHbvG=jAspXYLJiXt2oJ2D@mail.example.com>",
      "Subject: invoice", "", "Delivery of the email was stopped!", "",
    }, "\n"))
    assert.equal(1, #r.recipients)
    assert.equal("a@example.net", r.recipients[1].recipient)
  end)

  it("is read by CommuniGate Pro's opening and its module's report", function()
    local r = bounce.parse(table.concat({
      "Failed to deliver to '<a@example.net>'", "LOCAL module(account a@example.net) reports:",
      " account is full (quota exceeded)", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "mailbox_full", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is read below a mail client's forward marker when pasted with no header of its own", function()
    local r = bounce.parse(table.concat({
      "-----Original Message-----", "From: Mail Delivery System <MAILER-DAEMON@smtp.example.com>",
      "Sent: Wednesday, November 18, 2020 1:47 PM", "To: sender@example.org",
      "Subject: Undelivered Mail Returned to Sender", "",
      "This is the mail system at host smtp.example.com.", "",
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.", "",
      "<a@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <a@example.net>: No such user",
      "    (in reply to RCPT TO command)", "",
    }, "\n"))
    assert.equal(1, #r.recipients)
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("knows a refused greeting as the stage: Postfix's 'refused to talk to me', Sendmail's bare '<<<' line", function()
    local postfix = bounce.parse(table.concat({
      "From: MAILER-DAEMON@example.org", "Subject: Undelivered Mail Returned to Sender", "",
      "This is the mail system at host example.org.", "",
      "<a@example.net>: host mx.example.net[192.0.2.1] refused to talk to me: 554",
      "    5.3.2 mx.example.net No SMTP service here", "",
    }, "\n"))
    local sendmail = bounce.parse(table.concat({
      "From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Subject: Returned mail: see transcript for details", "",
      "   ----- The following addresses had permanent fatal errors -----", "<a@example.net>",
      "    (reason: 554 5.3.2 mx.example.net No SMTP service here)", "",
      "   ----- Transcript of session follows -----", "... while talking to mx.example.net.:",
      "<<< 554 5.3.2 mx.example.net No SMTP service here", "554 5.0.0 Service unavailable", "",
    }, "\n"))
    for _, r in ipairs { postfix, sendmail } do
      local rc = r.recipients[1]
      assert.same({ "CONNECT", "soft" }, { rc.smtp_command, rc.type })
    end
  end)

  it("gives a transcript's session only to the recipients whose reason is that session's reply", function()
    local r = bounce.parse(table.concat({
      "From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Subject: Returned mail: see transcript for details", "",
      "   ----- The following addresses had permanent fatal errors -----", "<f@nx.example.net>",
      "    (reason: 550 Host unknown)", "",
      "   ----- Transcript of session follows -----", "... while talking to [192.0.2.1]:",
      "<<< 421 4.7.0 Too many concurrent SMTP connections from this IP address",
      "<a@busy.example.net>... Deferred: 421 4.7.0 Too many concurrent SMTP connections from this IP address",
      "550 5.1.2 <f@nx.example.net>... Host unknown (Name server: nx.example.net: host not found)", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "f@nx.example.net", "domain_invalid", "hard" }, { rc.recipient, rc.category, rc.type })
    assert.is_nil(rc.smtp_command)
  end)

  it("ends a transcript entry where Sendmail's next session opens ('... while talking to host:')", function()
    local r = bounce.parse(table.concat({
      "From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>", "Subject: Returned mail: see transcript for details", "",
      "   ----- The following addresses had permanent fatal errors -----", "<b@silent.example.net>",
      "<a@busy.example.net>", "",
      "   ----- Transcript of session follows -----",
      "<b@silent.example.net>... Deferred: Connection timed out with [192.0.2.1]",
      "... while talking to [192.0.2.2]:",
      "<<< 421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later",
      "<a@busy.example.net>... Deferred: 421 4.7.0 Too many concurrent SMTP connections from this IP address", "",
    }, "\n"))
    assert.same({ "b@silent.example.net", "network_error" }, { r.recipients[1].recipient, r.recipients[1].category })
    assert.same({ "a@busy.example.net", "rate_limited" }, { r.recipients[2].recipient, r.recipients[2].category })
  end)

  it("is read from Postfix's recipient block pasted alone, by the reply its SMTP client quotes", function()
    local r = bounce.parse(table.concat({
      "I'm sending test mail to see the bounce:", "", "                  The mail system", "",
      "<a@example.net>: host mx.example.net[192.0.2.1] said:",
      "    550 5.1.1 <a@example.net>: Recipient address rejected: User",
      "    unknown in local recipient table (in reply to RCPT TO command)", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is read from Postfix's entry pasted as the first line, its 'in reply to' phrase folded", function()
    -- no header field's name holds '@', so the entry is no header; smtp(8) folds its lines
    local r = bounce.parse(table.concat({
      "a@example.net: host mx.example.net[192.0.2.1] said: 550 SC-001 Unfortunately, messages from",
      "    192.0.2.7 weren't sent. Please contact your Internet service provider since part of their network",
      "    is on our block list. (in reply to MAIL", "    FROM command)", "" }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "soft" }, { rc and rc.recipient, rc and rc.type })
    assert.equal("blocklisted", rc.category)
  end)

  it("takes the stage from hMailServer's line for the command it sent", function()
    local r = bounce.parse(table.concat({
      "From: MAILER-DAEMON@mail.example.org", "Subject: Message undeliverable: Quarterly report", "",
      "Your message did not reach some or all of the intended recipients.", "",
      "The following recipient(s) could not be reached:", "",
      "bob@example.net", "   Error Type: SMTP", "   Remote server (192.0.2.25) issued an error.",
      "   hMailServer sent: MAIL FROM:<alice@example.org>",
      "   Remote server replied: 550 The address is not valid.", "", "hMailServer", "" }, "\n"))
    local rc = r.recipients[1] or {}
    assert.same({ "bob@example.net", "MAIL", "sender_invalid", "soft" },
      { rc.recipient, rc.smtp_command, rc.category, rc.type })
  end)

  it("is read from Gmail's notice as its web view shows it, a sentence wrapped at the margin", function()
    local r = bounce.parse(table.concat({ "Address not found", "",
      "Your message wasn't delivered to contact@mail.example.io because the domain",
      "mail.example.io couldn't be found. Check for typos or unnecessary spaces and", "try again.", "" }, "\n"))
    local rc = r.recipients[1] or {}
    assert.same({ "contact@mail.example.io", "domain_invalid", "hard" }, { rc.recipient, rc.category, rc.type })
    r = bounce.parse(table.concat({ "Message blocked", "",
      "Your message to user@example.com has been blocked. See technical details below for more information.", "",
      "The response from the remote server was:",
      "550 5.7.9 This mail has been blocked because the sender is unauthenticated.", "" }, "\n"))
    assert.equal("user@example.com", r.recipients[1] and r.recipients[1].recipient)
  end)

  it("is read from Exim's entry pasted alone, by its 'SMTP error from remote mail server after'", function()
    local r = bounce.parse(table.concat({ "  user@example.com", "    host mx.example.com [192.0.2.1]",
      "    SMTP error from remote mail server after RCPT TO:<user@example.com>:",
      "    550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table", "" }, "\n"))
    local rc = r.recipients[1] or {}
    assert.same({ "user@example.com", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is read from qmail-remote's and Postfix's entries pasted alone, by their client's words", function()
    local r = bounce.parse(table.concat({ "<a@example.com>:", "192.0.2.26 does not like recipient.",
      "Remote host said: 550-5.1.1 The email account that you tried to reach does not exist. Please try",
      "550 5.1.1 double-checking the recipient's email address for typos.", "Giving up on 192.0.2.26.", "" }, "\n"))
    local rc = r.recipients[1] or {}
    assert.same({ "a@example.com", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
    for _, entry in ipairs {
      { "<a@example.org>: Host or domain name not found. Name service error",
        "    for name=mail.example.org type=A: Host not found", want = "domain_invalid" },
      { "<a@example.org>: connect to mx.example.org[192.0.2.9]:25: Connection refused", want = "network_error" },
      { "<a@example.org>: TLS is required, but was not offered by host", "    mx.example.org[192.0.2.9]",
        want = "tls_required" },
    } do
      rc = bounce.parse(table.concat(entry, "\n") .. "\n").recipients[1] or {}
      assert.same({ "a@example.org", entry.want }, { rc.recipient, rc.category })
    end
  end)

  it("is read from a report's fields pasted under a sentence of the notice", function()
    local r = bounce.parse(table.concat({ "The recipient server did not accept our requests to connect.", "",
      "Final-Recipient: rfc822; a@example.org", "Action: delayed", "Status: 4.4.1",
      "Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.", "" }, "\n"))
    local rc = r.recipients[1] or {}
    assert.same({ "a@example.org", "none", "network_error" }, { rc.recipient, rc.type, rc.category })
  end)

  it("is read from a Korean Gmail notice pasted alone", function()
    local r = bounce.parse("주소를 찾을 수 없음\nuser@example.com 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 "
      .. "메일이 전송되지 않았습니다.\n")
    local rc = r.recipients[1] or {}
    assert.same({ "user@example.com", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is read from a Polish Gmail notice pasted alone", function()
    local r = bounce.parse(table.concat({ "Nie znaleziono adresu",
      "Wiadomość nie została dostarczona, ponieważ nie znaleziono adresu odbiorcy (user@example.pl) lub odbiorca"
        .. " nie może odebrać wiadomości.",
      "Odpowiedź otrzymana z serwera zdalnego:",
      "550 5.1.1 <user@example.pl>: Recipient address rejected: User unknown", "" }, "\n"))
    assert.equal("user@example.pl", r.recipients[1] and r.recipients[1].recipient)
  end)

  it("is read from Exchange 2000's notice pasted alone, its lines at the margin", function()
    -- "a@b on <date>" gives only the time of the attempt: the lines below it are the reason
    local r = bounce.parse(table.concat({
      "Your message did not reach some or all of the intended recipients.", "Subject: Quote", "Sent: 7/11/2001 9:20 AM",
      "The following recipient(s) could not be reached:", "user@example.com on 7/11/2001 9:20 AM",
      "The e-mail account does not exist at the organization this message was sent to.",
      "<server.example.com #5.1.1>", "" }, "\n"))
    local rc = r.recipients[1] or {}
    assert.same({ "user@example.com", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
    assert.falsy(rc.diagnostic:find("7/11/2001", 1, true))
  end)

  it("is read where a paste broke the notice's heading over two lines", function()
    local r = bounce.parse(table.concat({ "Delivery has", "failed to these recipients or groups:", "",
      "user@example.net", "The e-mail address you entered couldn't be found.", "" }, "\n"))
    assert.equal("user@example.net", r.recipients[1] and r.recipients[1].recipient)
  end)

  it("joins a Postfix entry whose lines lost their indentation, the reply's code alone at a line's end", function()
    local r = bounce.parse(table.concat({
      "This is the mail system at host mail.example.jp.", "",
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.", "",
      "<a@example.jp>: host", "mx.example.jp[192.0.2.1] said: 550 5.7.1",
      "<a@example.jp>: Recipient address rejected: Unknown user (in reply to RCPT TO command)", "",
    }, "\n"))
    assert.equal(1, #r.recipients)
    local rc = r.recipients[1]
    assert.same({ "a@example.jp", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("reads a remote reply of several lines under the line that names the recipient (Winmail)", function()
    local r = bounce.parse(table.concat({
      "Hi. This is the smtp delivery program.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.", "",
      "<a@example.net>, remote server said: 550-5.7.1 [192.0.2.1 12] Our system has detected that this message is",
      "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
      "550 5.7.1 this message has been blocked.", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "spam_content", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("takes the remote server's reply, not the returned message's Subject line between them (SmarterMail)", function()
    local r = bounce.parse(table.concat({
      "From: System Administrator <postmaster@example.org>", "Subject: Failed: invoice", "",
      "Delivery has failed to these recipients:", "", "a@example.net", "", "Subject: invoice", "",
      "Remote Server returned: '550 5.1.1 User unknown'", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "recipient_unknown", "hard" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is read by SmarterMail's heading, and a domain with no MX that took no connection is network_error", function()
    local r = bounce.parse(table.concat({
      "Could not deliver message to the following recipient(s):", "",
      "Failed Recipient: a@example.net",
      "Reason: Failed to connect to the recipients mail server. No MX records were found for the 'example.net' domain.",
      "Failed all attempts to connect to the recipients mail server.", "",
    }, "\n"))
    local rc = r.recipients[1]
    assert.same({ "a@example.net", "network_error", "soft" }, { rc.recipient, rc.category, rc.type })
  end)
end)

describe("an internationalized address (RFC 6531)", function()
  it("is read whole, its local part's letters beyond ASCII included", function()
    -- Exim's DSN for a message sent with SMTPUTF8: "Final-Recipient: rfc822;\195\188nal@example.net"
    local r = bounce.parse(table.concat({
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>", "To: sender@example.com",
      "Subject: Mail delivery failed: returning message to sender", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "Content-Type: text/plain; charset=utf-8", "", "The following address(es) failed:", "",
      "--B", "Content-Type: message/global-delivery-status", "", "Reporting-MTA: dns; mx.example.org", "",
      "Final-Recipient: rfc822;\195\188nal@example.net", "Action: failed", "Status: 5.0.0",
      "Diagnostic-Code: smtp; 550 5.1.1 <\195\188nal@example.net>: Recipient address rejected: User unknown",
      "", "Final-Recipient: rfc822;jos\195\169.n\195\186\195\177ez@example.net", "Action: failed", "Status: 5.0.0",
      "Diagnostic-Code: smtp; 550 5.1.1 User unknown", "", "--B--", "",
    }, "\r\n"))
    assert.same({ "\195\188nal@example.net", "jos\195\169.n\195\186\195\177ez@example.net" },
      { r.recipients[1].recipient, r.recipients[2].recipient })
  end)

  it("does not take in the CJK text an address runs into", function()
    -- a notice in Chinese writes the address inside its sentence: "收件人user@example.org不存在"
    local r = bounce.parse(notice({ "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com",
      "Subject: Undelivered Mail Returned to Sender" }, {
      "\230\148\182\228\187\182\228\186\186user@example.org\228\184\141\229\173\152\229\156\168",
      "550 5.1.1 User unknown" }))
    assert.equal("user@example.org", r.recipients[1].recipient)
  end)
end)

describe("Sendmail's list of addresses an alias led to", function()
  -- savemail.c: the program or address, "(reason: ...)", then "(expanded from: <a@b>)" naming
  -- the recipient last; the report's Diagnostic-Code is only the program's exit status
  local function report()
    local lines = { "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>", "To: <sender@example.com>",
      "Subject: Returned mail: see transcript for details", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "", "   ----- The following addresses had permanent fatal errors -----" }
    local entries = { { "pipe77", "exit 77", "Insufficient permission", "5.3.0", "77" },
      { "pipe67", "exit 67", "User unknown", "5.1.1", "67" }, { "badpipe", "x", "127", "5.0.0", "127" } }
    for _, en in ipairs(entries) do
      lines[#lines + 1] = "\"|/bin/sh -c '" .. en[2] .. "'\""
      lines[#lines + 1] = "    (reason: " .. en[3] .. ")"
      lines[#lines + 1] = "    (expanded from: <" .. en[1] .. "@example.org>)"
    end
    lines[#lines + 1] = ""
    lines[#lines + 1] = "--B"
    lines[#lines + 1] = "Content-Type: message/delivery-status"
    lines[#lines + 1] = ""
    lines[#lines + 1] = "Reporting-MTA: dns; mx.example.org"
    for _, en in ipairs(entries) do
      for _, f in ipairs { "", "Final-Recipient: RFC822; " .. en[1] .. "@example.org", "Action: failed",
        "Status: " .. en[4], "Diagnostic-Code: X-Unix; " .. en[5] } do
        lines[#lines + 1] = f
      end
    end
    lines[#lines + 1] = ""
    lines[#lines + 1] = "--B--"
    return table.concat(lines, "\r\n") .. "\r\n"
  end

  it("gives each recipient its own entry, which ends with the note naming it", function()
    local r = bounce.parse(report())
    local by = {}
    for _, rc in ipairs(r.recipients) do by[rc.recipient] = rc end
    assert.falsy(by["pipe77@example.org"].diagnostic:find("User unknown", 1, true))
    assert.same({ "system_error", "soft" }, { by["pipe77@example.org"].category, by["pipe77@example.org"].type })
    assert.same({ "recipient_unknown", "hard" }, { by["pipe67@example.org"].category, by["pipe67@example.org"].type })
    -- an exit status sysexits.h has no name for is the program's failure, not the address's
    assert.same({ "system_error", "soft" }, { by["badpipe@example.org"].category, by["badpipe@example.org"].type })
  end)

  it("takes the reason from the transcript's own line for the address, where no reply came", function()
    -- Sendmail 8.6's queue timeout: the entry says only "(unrecoverable error)"; the transcript
    -- says why, in Sendmail's "a@b... Deferred: ..." with no reply code
    local text = { "   ----- The following addresses had delivery problems -----",
      "keys@host.example.org  (unrecoverable error)", "    (expanded from: <keys-list@example.org>)", "",
      "   ----- Transcript of session follows -----",
      "keys@host.example.org... Deferred: Connection timed out with host.example.org.",
      "Message could not be delivered for 1 week", "Message will be deleted from queue", "",
      "   ----- Original message follows -----", "To: keys-list@example.org", "Subject: get key", "" }
    local r = bounce.parse(table.concat({ "From: MAILER-DAEMON@example.org (Mail Delivery Subsystem)",
      "To: sender@example.com", "Subject: Returned mail: Cannot send message for 1 week", "",
      table.concat(text, "\r\n") }, "\r\n"))
    local rc = r.recipients[1]
    assert.same({ "keys-list@example.org", "keys@host.example.org", "network_error", "soft" },
      { rc.recipient, rc.final_recipient, rc.category, rc.type })
  end)
end)

describe("a text bounce that gives the reason apart from the address", function()
  local function bounce_text(lines)
    return notice({ "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com", "Subject: failure notice" },
      lines)
  end

  it("reads the reason a line under the recipient's announces", function()
    local rc = bounce.parse(bounce_text({ "The following message to <user@example.org> was undeliverable.",
      "The reason for the problem:", "4.2.2 - Over quota", "", "--- Below this line is a copy of the message.",
      "From: sender@example.com", "To: user@example.org" })).recipients[1]
    assert.equal("user@example.org", rc.recipient)
    assert.truthy(rc.diagnostic:find("Over quota", 1, true))
    assert.same({ "soft", "mailbox_full" }, { rc.type, rc.category })
  end)

  it("reads the paragraph above an address that only a label introduces", function()
    local rc = bounce.parse(bounce_text({ "Your message could not be delivered.", "",
      "The recipient's mailbox has exceeded its storage limit.", "", "Recipient: user@example.org" })).recipients[1]
    assert.equal("The recipient's mailbox has exceeded its storage limit.", rc.diagnostic)
    assert.same({ "soft", "mailbox_full" }, { rc.type, rc.category })
  end)

  it("reads on past a heading that announces the reason, where the reason names the address again", function()
    -- Exchange Online's heading, then its sentence for the recipient
    local rc = bounce.parse(bounce_text({ "Your message to user@example.org couldn't be delivered.", "",
      "user@example.org's mailbox is full.", "" })).recipients[1]
    assert.truthy(rc.diagnostic:find("mailbox is full", 1, true))
    assert.same({ "soft", "mailbox_full" }, { rc.type, rc.category })
  end)

  it("takes no header fields above a labelled address for its reason", function()
    local rc = bounce.parse(bounce_text({ "Subject: hello", "Date: Thu, 29 Apr 2021 23:34:45 +0000", "",
      "Recipient: user@example.org" })).recipients[1]
    assert.equal("Recipient: user@example.org", rc.diagnostic)
  end)
end)

describe("a notice that summarises the message above its reason", function()
  it("reads the paragraph after the summary that names the address", function()
    -- MailScanner's reports/en/sender.filename.report.txt
    local rc = bounce.parse(notice({ "From: Postmaster <postmaster@mx.example.org>", "To: sender@example.com",
      "Subject: Warning: E-mail viruses detected" }, {
      "Our e-mail content detector has just been triggered by a message you sent:", "  To: user@example.org",
      "  Subject: Invoice", "  Date: Mon, 7 Dec 2026 10:00:00 +0000", "",
      "One or more of the attachments (invoice.exe) are on",
      "the list of unacceptable attachments for this site and will not have", "been delivered." })).recipients[1]
    assert.equal("user@example.org", rc.recipient)
    assert.same({ "soft", "malicious_content" }, { rc.type, rc.category })
  end)
end)

describe("masqmail's notices", function()
  -- tpl/warnmsg.tpl: a delay warning, the help address at its foot
  local function warning()
    return notice({ "From: MAILER-DAEMON@mail.example.com", "To: sender@example.com",
      "Subject: Warning: could not yet send message" }, {
      "This message was sent to you by the mailer daemon (masqmail 1.0.0) at mail.example.com.", "",
      "Sorry, but your mail could not yet be delivered to all recipients.", "",
      "Delivery to the following recipients has been deferred:", "", "\t<user@example.org>", "",
      "Delivery will be tried again, until it is either successful or a", "timeout has been reached.", "",
      "This error message may give you a hint about what caused the delay:", "",
      "Connection timed out while connected to", "mx.example.org.", "",
      "If you need help, write to <postmaster@mail.example.com>." })
  end

  it("reads a delay warning as no failure, with the cause it states", function()
    local r = bounce.parse(warning())
    assert.equal(1, #r.recipients)
    local rc = r.recipients[1]
    assert.same({ "user@example.org", "none", "network_error" }, { rc.recipient, rc.type, rc.category })
  end)
end)

describe("Sendmail's transcript of a local delivery", function()
  -- deliver.c writes the local mailer's own output into the transcript above its line for the
  -- recipient; the report gives only the exit status ("X-Unix; 75") and savemail.c's entry only
  -- "(reason: Deferred)" when the queue gave up
  local function report(transcript, status, exit)
    return table.concat({ "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>", "To: <sender@example.com>",
      "Subject: Returned mail: see transcript for details", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "", "   ----- The following addresses had permanent fatal errors -----", "user@example.org",
      "    (reason: Deferred)", "", "   ----- Transcript of session follows -----", transcript,
      "Message could not be delivered for 5 days", "Message will be deleted from queue", "",
      "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.org", "",
      "Final-Recipient: RFC822; user@example.org", "Action: failed", "Status: " .. status,
      "Diagnostic-Code: X-Unix; " .. exit, "", "--B--", "" }, "\r\n")
  end

  it("reads the program's words as the cause, where the report has only an exit code", function()
    local rc = bounce.parse(report("procmail: Quota exceeded while writing \"/var/mail/user\"\r\n" ..
      "user@example.org... Deferred: local mailer (/usr/bin/procmail) exited with EX_TEMPFAIL", "4.4.7", "75"))
      .recipients[1]
    assert.truthy(rc.diagnostic:find("Quota exceeded", 1, true))
    assert.same({ "soft", "mailbox_full" }, { rc.type, rc.category })
  end)
end)

describe("a mailing list's notice that it refused or holds a post", function()
  local function list_notice(from, subject, text)
    return notice({ "From: " .. from, "To: poster@example.com", "Subject: " .. subject }, text)
  end

  it("names the list, from the owner address it comes from, with the notice as the reason", function()
    -- mlmmj's listtexts/en/subonlypost, sent from the list's +owner address
    local r = bounce.parse(list_notice("list+owner@lists.example.org", "list@lists.example.org is a subscribers only list", {
      "Hi, this is the mlmmj program managing the mailinglist", "", "list@lists.example.org", "",
      "Your post with subject line", "", "hello", "", "came from the email address", "", "poster@example.com", "",
      "but this address is not subscribed, and only subscribers may post to", "the list." }))
    local rc = r.recipients[1]
    assert.same({ "list@lists.example.org", "recipient_policy", "soft" }, { rc.recipient, rc.category, rc.type })
    -- Mailman 3's rejection, from the list's -owner address
    r = bounce.parse(list_notice("closed-owner@lists.example.org", "Your message to Closed titled \"hello\"", {
      "Your message to the Closed mailing-list was rejected for the following", "reasons:", "",
      "The message is not from a list member", "", "The original message as received by Mailman is attached." }))
    rc = r.recipients[1]
    assert.same({ "closed@lists.example.org", "recipient_policy", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is the list's refusal in Sympa's own report, under its generic words", function()
    -- Sympa's delivery_status_notification.tt2: its scenario refused a non-subscriber's post
    local r = bounce.parse(table.concat({
      "From: list-owner@lists.example.org", "To: poster@example.com", "Subject: Delivery Status Notification",
      "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
      "--B", "Content-Type: text/plain", "", "Your message to list list@lists.example.org has been rejected.", "",
      "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; lists.example.org", "",
      "Final-Recipient: rfc822; list@lists.example.org", "Action: failed", "Status: 5.7.1",
      "Diagnostic-Code: X-Sympa; Delivery not authorized, message refused", "", "--B--", "",
    }, "\r\n"))
    local rc = r.recipients[1]
    assert.same({ "list@lists.example.org", "recipient_policy", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("is no failure where the post waits for the moderators, and keeps the reason it gives", function()
    -- Mailman 3's hold notice, from the list's -bounces address
    local r = bounce.parse(list_notice("small-bounces@lists.example.org",
      "Your message to small@lists.example.org awaits moderator approval", {
      "Your mail to 'small@lists.example.org' with the subject", "", "    hello", "",
      "Is being held until the list moderator can review it for approval.", "",
      "The message is being held because:", "", "    Message body is too big: 120000 bytes with a limit of 40 KB" }))
    local rc = r.recipients[1]
    assert.same({ "small@lists.example.org", "message_too_large", "none" }, { rc.recipient, rc.category, rc.type })
  end)

  it("reads the hold and the refusal in the list's language", function()
    -- Mailman 3's German hold notice (templates/de/list:user:notice:hold) with its German reason
    local r = bounce.parse(list_notice("klein-bounces@lists.example.org", "Ihre Nachricht wartet auf Freigabe", {
      "Ihre Nachricht an 'klein@lists.example.org' mit dem Betreff", "", "    hallo", "",
      "wurde zurückgehalten, bis eine Moderator*in sie freigegeben hat.", "", "Der Grund dafür ist:", "",
      "    Die Nachricht stammt nicht von einem Listenmitglied" }))
    local rc = r.recipients[1]
    assert.same({ "klein@lists.example.org", "recipient_policy", "none" }, { rc.recipient, rc.category, rc.type })
    -- its French refusal by a moderator (list:user:notice:refuse), which gives no reason
    r = bounce.parse(list_notice("petite-bounces@lists.example.org", "Demande rejetée", {
      "Votre requête à la liste de diffusion petite@lists.example.org", "", "    Posting of your message", "",
      "a été rejetée par le modérateur de la liste.  Le modérateur a donné la", "raison suivante :", "",
      "« [No reason given] »" }))
    rc = r.recipients[1]
    assert.same({ "petite@lists.example.org", "recipient_policy", "soft" }, { rc.recipient, rc.category, rc.type })
    -- mlmmj's German wait-post (text.skel/de), from the list's +owner address
    r = bounce.parse(list_notice("liste+owner@lists.example.org", "Moderation", {
      "Die Mail von <poster@example.com> mit dem Betreff \"hallo\" wurde an die",
      "Liste eingereicht. Jedoch ist vor der Weiterleitung eine", "Moderation erforderlich, weil die Liste moderiert ist." }))
    rc = r.recipients[1]
    assert.same({ "liste@lists.example.org", "none" }, { rc.recipient, rc.type })
  end)

  it("reads Mailman 2's refusal, where the moderator's reason names the cause", function()
    -- Mailman 2.1's refuse.txt, with the rejection Hold.py gives for a post too big
    local r = bounce.parse(list_notice("discuss-owner@lists.example.org", "Request to mailing list discuss rejected", {
      "Your request to the discuss mailing list", "", "    Posting of your message titled \"notes\"", "",
      "has been rejected by the list moderator.  The moderator gave the", "following reason for rejecting your request:",
      "", "\"Your message was too big; please trim it to less than", "40 KB in size.\"", "",
      "Any questions or comments should be directed to the list administrator", "at:", "",
      "    discuss-owner@lists.example.org" }))
    local rc = r.recipients[1]
    assert.same({ "discuss@lists.example.org", "message_too_large", "soft" }, { rc.recipient, rc.category, rc.type })
  end)

  it("reads Mailman 2's hold and refusal in the list's language", function()
    -- templates/fr/postheld.txt, with the French hold reason from messages/fr/LC_MESSAGES/mailman.po
    local r = bounce.parse(list_notice("discuss-bounces@lists.example.org", "Votre message est en attente", {
      "Votre courrier à 'discuss' dont l'objet est", "", "    notes", "",
      "est en attente jusqu'à ce que le modérateur de la liste puisse", "le consulter pour approbation.", "",
      "La raison de cette mise en attente :", "", "    Envoi par un non-abonné sur une liste reservée aux abonnés" }))
    local rc = r.recipients[1]
    assert.same({ "discuss@lists.example.org", "recipient_policy", "none" }, { rc.recipient, rc.category, rc.type })
    -- templates/pl/refuse.txt, whose reason the moderator left out
    r = bounce.parse(list_notice("discuss-owner@lists.example.org", "Odrzucono", {
      "Twoja prośba wysłana na listę discuss", "", "    Posting of your message", "",
      "została odrzucona przez moderatora. Uzasadnienie decyzji:", "", "\"[No reason given]\"" }))
    rc = r.recipients[1]
    assert.same({ "discuss@lists.example.org", "soft" }, { rc.recipient, rc.type })
  end)

  it("is not read into a message from an owner address that says nothing of a post", function()
    local r = bounce.parse(list_notice("list-owner@lists.example.org", "Welcome", { "Welcome to the list!" }))
    assert.equal(0, #r.recipients)
  end)
end)
