-- Text rules for messages that are not bounces: complaint and unsubscribe reports, automatic
-- replies, delay warnings and delivery notices. Their wording says what the whole message is,
-- so they outrank every cause a quoted reply might also mention.
--
-- Priority scale shared by the text rules (rules/text/*.lua), highest first. Where two rules
-- match one reply, the more telling cause wins:
--   90-92  not a bounce: reports, delay and delivery notices, automatic replies (this file)
--   85     not attempted: the address is on a sending service's suppression list
--   80     SMTP AUTH refused (535)
--   67-75  URI blocklists, DNS blocklists, providers' reply codes; wording that names the cause
--          behind a block (a spam pattern, a flood of unsolicited mail)
--   63     SMTP protocol violations that name STARTTLS
--   59-62  sender identity: SPF/DKIM/DMARC, PTR/HELO, TLS, relaying; a client's many unknown
--          recipients (rate)
--   56     greylisting, whatever address its reply names
--   48-55  our account, our sender address; message size, malware, recipient count, format, loops
--   40-46  temporary DNS failure; recipient policy, rate, full mailbox, inactive mailbox, bad
--          domain
--   30-38  reputation, local policy, sending rate, spam; unknown recipient
--   10-20  queue expiry, network, system and protocol errors; wording that only says at which
--          step the reply came (greeting, MAIL FROM, "try again later", "mailbox unavailable")
--   5      a bounce's words that delivery failed for good, and nothing more (this file)
-- Two rules carry layer "code": bare refusals that refine a reply code but yield to an enhanced status.

-- A delay warning's own words: the message is still queued and will be retried. Postfix's
-- delay notice ("THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE", "will be
-- retried until it is 5 day(s) old"), Sendmail's ("Warning: could not send message for past 4
-- hours", "Will keep trying until message is 5 days old"), Exim's ("has not yet been delivered
-- ... Delivery attempts will continue"), OpenSMTPD's bounce.c ("A message is delayed for more
-- than 4 hours", "only a temporary failure report", "You DO NOT NEED to re-send"), Exchange's
-- ("Delivery is delayed to these recipients", "This message hasn't been delivered yet"), Gmail's
-- ("has been delayed ... will be retried for 2 more day(s)").
local lpeg = require "lpeg"

local DELAY_NOTICE = {
  "this is a warning only", "this is a warning message only", "you do not need to resend",
  "you do not need to re-send", "has been delayed", "delivery is delayed", "is delayed for more than",
  "will be retried for", "will be retried until", "will keep trying until", "delivery attempts will continue",
  "has not yet been delivered", "hasn't been delivered yet", "has not been delivered yet",
  "will continue to be attempted", "still undelivered after", "still being retried",
  "continue to attempt delivery", "will continue to try", "warning will be repeated",
  "could not send message for past", "only a temporary failure report",
  -- Gmail's own delay notice ("Delivery incomplete ... Gmail will retry for 45 more hours"), and
  -- cPanel's Exim ("Message will be reattempted later"). Not Exim's "This is a temporary error.
  -- The following address(es) deferred:": it heads the bounce of a retry timeout too.
  "delivery incomplete", "will retry for", "will retry until", "will be reattempted",
  -- Stalwart's queue/dsn.rs ("Warning: Delay in message delivery", "There was a temporary problem
  -- delivering your message to the following recipients"), Exchange's ("The server will keep
  -- trying to deliver this message for the next 22 hours")
  "delay in message delivery", "temporary problem delivering your message", "keep trying to deliver this message",
  -- Postmark's Transient bounce type, "Message delayed" ("The server could not temporarily deliver
  -- your message (ex: Message is delayed due to network troubles)"; postmarkapp.com/developer/api/bounce-api)
  "message is delayed", "could not temporarily deliver",
}

-- What a delay warning may say held the message up (TAXONOMY rule 1: its category is the cause
-- it states). The wording of the transport families (transport.lua, recipient.lua) for causes
-- that pass: a connection or DNS failure, a full mailbox, greylisting, a busy receiver.
local DELAY_CAUSES = {
  network_error = {
    "connection refused", "connection timed out", "timed out", "no route to host", "network is unreachable",
    "host is unreachable", "did not accept our requests to connect", "socket error", "lost connection",
    "connection reset", "connection closed", "closed connection", "unable to connect", "failed to connect",
    "could not connect", "not responding", "host not found, try again", "temporary failure in name resolution",
    "host name lookup failure", "dns timeout", "servfail", "name server timeout", "network trouble",
    -- Sendmail's "reply: read error from <host>", Gmail's "read error: generic::..."
    "read error",
    -- Exim's DNS lookups that did not finish (dnslookup.c: "host lookup did not complete", "all host
    -- address lookups failed temporarily"); OpenSMTPD's delay report ("Network error on destination
    -- MXs", mta.c)
    "lookup did not complete", "lookups failed temporarily", "network error",
  },
  mailbox_full = {
    "mailbox full", "mailbox is full", "over quota", "quota exceeded", "out of storage", "inbox is full",
  },
  greylisted = { "greylist", "graylist", "grey-list", "gray-list" },
  -- the receiver slowing the sender down (Stalwart's delay notice lists "(rate limited)" after the
  -- address, queue/dsn.rs; "too many connections", "rate limit exceeded" in the replies it quotes)
  rate_limited = { "rate limited", "rate limit", "rate-limited", "too many connections", "too many messages" },
  -- the sending side's own hourly or daily limit: cPanel's Exim ("Domain example.com has exceeded
  -- the max emails per hour (122/100 (122%)) allowed", "... the max defers and failures per hour")
  sender_account = {
    "max emails per hour", "max defers and failures per hour", "emails per hour", "messages per hour",
    "emails per day", "messages per day", "sending limit", "sending quota", "relay quota",
    -- and its hold on a domain's outgoing mail ("Domain example.com has an outgoing mail hold.
    -- Message will be reattempted later")
    "outgoing mail hold", "outgoing email hold",
  },
  system_error = {
    "temporarily unavailable", "service unavailable", "service not available", "server busy", "system busy",
    "too busy", "temporary local problem", "temporary system problem", "insufficient system storage",
    "too much load", "load too high",
    -- Postfix's table lookups ("451 4.3.0 <a@b>: Temporary lookup failure")
    "temporary lookup failure",
  },
}

return {
  layer = "text",

  {
    id = "text.feedback_report",
    priority = 92,
    match = {
      "abuse report for an email message",
      "authentication failure report for an email message", "feedback-type:",
      "sent this email to unsubscribe",
      -- a sending platform's own log of a complaint it received: Adobe Campaign's inbound-mail
      -- rules ("Inbound email bounce (rule 'Feedback_loop_Hotmail' has matched this bounce)",
      -- Campaign Classic docs, "Using MX servers"), Momentum's ("550 5.7.1 [internal] processed as
      -- FBL message, and disposition is blackhole", Momentum 3 reference, responses by message)
      "feedback_loop", "processed as fbl message",
      -- Postmark's Unsubscribe and SpamComplaint bounce types ("Unsubscribe or Remove request.",
      -- "The subscriber explicitly marked this message as spam."; postmarkapp.com/developer/api/bounce-api):
      -- a report that the recipient complained of this very message, not a refusal of it
      "unsubscribe or remove request", "marked this message as spam", "marked this email as spam",
    },
    category = "feedback_report",
    description = "A complaint, authentication failure or unsubscribe report (ARF, RFC 5965 / RFC 6591), not a bounce.",
    examples = {
      "This is an email abuse report for an email message received from IP 192.0.2.89 on Thu, 29 Apr 2021 00:00:00 -0000",
      "This is an authentication failure report for an email message received from IP 198.51.100.7; dmarc=fail header.from=example.net",
      "Apple Mail sent this email to unsubscribe from the message \"Weekly news\".",
      "Inbound email bounce (rule 'Feedback_loop_Hotmail' has matched this bounce)",
      "The subscriber explicitly marked this message as spam.",
    },
  },
  {
    id = "text.delivered.delayed",
    priority = 91,
    match = DELAY_NOTICE,
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "No action is required on your part: we will continue to attempt delivery for 3 days.",
      "Delivery to the following recipient has been delayed: Message will be retried for 2 more day(s)",
      "Your message could not be delivered for more than 4 hour(s). It will be retried until it is 5 day(s) old.",
      "Warning: message still undelivered after 4 hours. Will keep trying until message is 5 days old",
      "A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue",
      "Warning: could not send message for past 4 hours",
      "A message is delayed for more than 4 hours for the following list of recipients",
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      "Warning: Delay in message delivery",
      "The server will keep trying to deliver this message for the next 22 hours and 51 minutes.",
    },
  },
  -- Exim's delay warning as its subject names it (warn_message_file's default: "Warning: message
  -- $message_exim_id delayed $warn_message_delay", "... delayed 24 hours")
  {
    id = "text.delivered.delayed_subject",
    priority = 91,
    match = "warning: message",
    pattern = "'warning: message ' [^ ]+ ' delayed ' [0-9]",
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Warning: message 1a2b3c-000001-AB delayed 24 hours" },
  },
  -- A delay warning that says what held the message up: not a bounce either, with the cause it
  -- states as its category.
  {
    id = "text.delayed.network_error",
    priority = 92,
    match = { DELAY_NOTICE, DELAY_CAUSES.network_error },
    type = "none",
    action = "record_only",
    category = "network_error",
    description = "A delay warning: the receiving server could not be reached yet; delivery is being retried.",
    examples = {
      "A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on mail.example.org. bob@example.com Delay reason: host lookup did not complete",
      "Delivery to the following recipient has been delayed: Message will be retried for 2 more day(s) Technical details of temporary failure: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.org 192.0.2.1: socket error]",
      "Warning: message still undelivered after 4 hours. Will keep trying until message is 5 days old. Deferred: Connection refused by mx.example.org.",
      "There was a temporary problem delivering your message to the following recipients: <user@example.org> (connection to 'mx.example.org' failed: Connection refused)",
    },
  },
  {
    id = "text.delayed.mailbox_full",
    priority = 92,
    match = { DELAY_NOTICE, DELAY_CAUSES.mailbox_full },
    type = "none",
    action = "record_only",
    category = "mailbox_full",
    description = "A delay warning: the recipient's mailbox is full for now; delivery is being retried.",
    examples = {
      "This is a warning only. You do not need to resend your message. host mx.example.org said: 452 4.2.2 <user@example.org>: Mailbox is full",
    },
  },
  {
    id = "text.delayed.greylisted",
    priority = 92,
    match = { DELAY_NOTICE, DELAY_CAUSES.greylisted },
    type = "none",
    action = "record_only",
    category = "greylisted",
    description = "A delay warning: the receiver greylisted the message; delivery is being retried.",
    examples = {
      "Message will be retried for 2 more day(s) 450 4.2.0 <user@example.org>: Recipient address rejected: Greylisted",
    },
  },
  {
    id = "text.delayed.rate_limited",
    priority = 92,
    match = { DELAY_NOTICE, DELAY_CAUSES.rate_limited },
    type = "none",
    action = "record_only",
    category = "rate_limited",
    description = "A delay warning: the receiver is slowing the sender down; delivery is being retried.",
    examples = {
      "There was a temporary problem delivering your message to the following recipients: <user@example.org> (rate limited)",
    },
  },
  -- A bounce whose queue gave up, its last cause our own sending limit, which promises a retry in
  -- its own words (cPanel's Exim: "retry timeout exceeded" over "Domain example.com has exceeded
  -- the max emails per hour (12/10 (120%)) allowed. Message will be reattempted later"): a failure
  -- whose cause is ours (TAXONOMY.md rule 5), not a delay warning.
  {
    id = "text.expired.sender_account",
    priority = 93,
    match = { { "this is a permanent error", "retry timeout exceeded", "has been in the queue too long",
                "have been failing for a long time" }, DELAY_CAUSES.sender_account },
    type = "soft",
    category = "sender_account",
    description = "The queue gave up: our own account or domain was over its sending limit.",
    examples = {
      "This is a permanent error. retry timeout exceeded Domain example.com has exceeded the max emails per hour (12/10 (120%)) allowed. Message will be reattempted later",
    },
  },
  {
    id = "text.delayed.system_error",
    priority = 92,
    match = { DELAY_NOTICE, DELAY_CAUSES.system_error },
    type = "none",
    action = "record_only",
    category = "system_error",
    description = "A delay warning: the receiving system failed for now; delivery is being retried.",
    examples = {
      "Delivery attempts will continue to be made for 5 days. 451 4.3.0 Temporary System Problem. Try again later.",
    },
  },
  {
    id = "text.delayed.sender_account",
    priority = 92,
    match = { DELAY_NOTICE, DELAY_CAUSES.sender_account },
    type = "none",
    action = "record_only",
    category = "sender_account",
    description = "A delay warning: our own account or domain reached its sending limit; delivery is retried later.",
    examples = {
      "Domain example.com has exceeded the max emails per hour (122/100 (122%)) allowed. Message will be reattempted later",
    },
  },
  {
    id = "text.delivered.success",
    priority = 91,
    match = {
      "successfully delivered", "delivered successfully", "successfully relayed",
      "your message has been delivered", "delivery to these recipients or groups is complete",
    },
    category = "delivered",
    description = "A delivery notice: the message reached the recipient or the next relay; not a bounce.",
    examples = {
      "Your message was successfully delivered to the destination(s) listed below.",
      "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server",
    },
  },
  {
    id = "text.auto_reply",
    priority = 90,
    match = {
      "out of office", "out of the office", "auto-reply", "automatic reply", "auto reply",
      "auto-response", "i am currently away",
      "i'm currently away", "away from the office", "limited access to email", "limited access to e-mail",
      "upon my return", "returning to the office", "back in the office", "challenge-response",
      "challenge/response",
      -- Postmark's ChallengeVerification bounce type ("The bounce is a challenge asking for
      -- verification you actually sent the email. Typical challenges are made by Spam Arrest, or
      -- MailFrontier Matador"; postmarkapp.com/developer/api/bounce-api)
      "challenge asking for verification", "spam arrest", "spamarrest", "mailfrontier matador",
      -- cPanel's BoxTrapper challenge and its answer to the sender's reply (forms/verify.txt: "The
      -- message you sent requires that you verify that you are a real live human being and not a
      -- spam source"; returnverify.txt: "This message is a reply to a boxtrapper verification message")
      "you are a real live human", "boxtrapper verification",
    },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation, challenge-response), not a bounce.",
    examples = {
      "The message you sent requires that you verify that you are a real live human being and not a spam source.",
      "I am currently away returning to the office on May 5th. I will have limited access to email.",
      "Automatic reply: Out of Office until Monday",
    },
  },
  -- The same in the words that also name the programs that send such replies: a word, not a path
  -- or a pipe's command ("Command output: execvp /usr/local/bin/autoresponder: No such file",
  -- "|/usr/bin/vacation"), which is a delivery program's failure (text.system_error.local_delivery).
  {
    id = "text.auto_reply.program_word",
    priority = 90,
    match = { "autoreply", "autoresponder", "auto-responder", "vacation" },
    pattern = -lpeg.B(lpeg.R("az", "09") + lpeg.S("/_.-|")) *
      (lpeg.P("autoreply") + "autoresponder" + "auto-responder" + "vacation"),
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation, challenge-response), not a bounce.",
    examples = { "Re: vacation notice", "Autoreply: I am away" },
  },
  -- Amazon SES's Permanent/General bounce, which services built on SES (Resend and others) pass on
  -- as the bounce's message: "The recipient's email provider sent a hard bounce message, but
  -- didn't specify the reason for the hard bounce. ... Sending messages to addresses that produce
  -- hard bounces can have a negative impact on your reputation as a sender." (SES Developer Guide,
  -- notification contents). It says the receiver gave no cause; its advice about our reputation
  -- is not one, so it outranks the reputation wording it carries.
  {
    id = "text.failed.unspecified",
    priority = 39,
    match = {
      "didn't specify the reason for the hard bounce", "did not specify the reason for the hard bounce",
    },
    type = "hard",
    category = "unknown",
    action = "suppress",
    description = "The bounce says delivery failed for good and states no cause.",
    examples = {
      "The recipient's email provider sent a hard bounce message, but didn't specify the reason for the hard bounce. We recommend removing the recipient's email address from your mailing list. Sending messages to addresses that produce hard bounces can have a negative impact on your reputation as a sender.",
    },
  },
  -- A bounce that says delivery failed for good and nothing more (TAXONOMY.md rule 9: unknown,
  -- hard, as seed 000's 9.1.1 "no bounce code found"). Every cause outranks it; wording it does
  -- not know leaves a bounce unknown and soft instead. The MTAs' own failure templates: Postfix's
  -- bounce_template.c ("your message could not be delivered to one or more recipients"), Exim's
  -- ("could not be delivered to one or more of its recipients. This is a permanent error"),
  -- qmail-send ("I wasn't able to deliver your message ... This is a permanent error; I've given
  -- up"), Sendmail ("The following addresses had permanent fatal errors"), Exchange ("Delivery has
  -- failed to these recipients or groups"), Domino ("Did not reach the following recipient(s)"),
  -- Gmail ("Delivery to the following recipient failed permanently"), Trend Micro InterScan
  -- ("Unable to deliver message to"), MDaemon's and its SecurityGateway's DSN ("The attached
  -- message had PERMANENT fatal delivery errors"), gateways that say a remote server rejected
  -- the address, Exchange 5.5's and hMailServer's failure notice (hMailServer's
  -- SEND_FAILED_NOTIFICATION: "Your message did not reach some or all of the intended recipients
  -- ... The following recipient(s) could not be reached"), GroupWise ("The message that you sent
  -- was undeliverable to the following") and OpenSMTPD's bounce.c ("An error has occurred while
  -- attempting to deliver a message for the following list of recipients"; its delay notice
  -- says "delayed" instead), and Courier's module.dsn/dsnfailed.txt ("Your message to the
  -- following recipients cannot be delivered"). The Windows SMTP service's sentence is the next rule.
  {
    id = "text.failed",
    priority = 5,
    match = {
      "could not be delivered to one or more", "this is a permanent error", "permanent fatal error",
      "delivery has failed to these recipients", "did not reach the following recipient",
      "failed permanently", "permanent failure", "permanently failed", "delivery failed permanently",
      "unable to deliver message to", "was rejected by a remote mail server", "were rejected by a remote mail server",
      "rejected by the remote mail server", "rejected by the remote server", "undeliverable mail returned",
      "the following addresses had permanent", "permanent fatal delivery error",
      "did not reach some or all of the intended recipients",
      "the following recipient(s) could not be reached", "was undeliverable to the following",
      "an error has occurred while attempting to deliver a message",
      "to the following recipients cannot be delivered",
      -- Exchange Online's NDR for a refusal it passes on ("Your message wasn't delivered because
      -- the recipient's email provider rejected it.")
      "email provider rejected it", "wasn't delivered because", "was not delivered because",
      -- Exim's word for a delivery a filter's "fail" cancelled with no text of its own; Haraka's
      -- outbound bounce for recipients the remote refused ("Error: Some recipients failed: <a@b>")
      "delivery cancelled", "some recipients failed",
      -- a sending service's description of the event (Resend's bounce message: "The recipient's email
      -- provider sent a hard bounce message.")
      "sent a hard bounce",
      -- HCL Domino's Delivery Failure Report ("Your document: x was not delivered to: a@b because:
      -- ..."), Sun/Oracle Messaging Server's "Reason: Remote SMTP server has rejected address"
      "was not delivered to:", "remote smtp server has rejected address",
    },
    type = "hard",
    category = "unknown",
    action = "suppress",
    description = "The bounce says delivery failed for good and states no cause.",
    examples = {
      "Delivery Failure Report Your document: Quarterly report was not delivered to: bob@example.org because: 550 Rejected",
      "Reason: Remote SMTP server has rejected address",
      "The recipient's email provider sent a hard bounce message.",
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
      "A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.",
      "Did not reach the following recipient: user@example.org",
      "Reason: Unable to deliver message to <user@example.jp> (and other recipients in the same domain)",
      "Each of the following recipients was rejected by a remote mail server.",
      "The attached message had PERMANENT fatal delivery errors!",
      "Your message did not reach some or all of the intended recipients.",
      "The message that you sent was undeliverable to the following:",
      "An error has occurred while attempting to deliver a message for the following list of recipients:",
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      "delivery cancelled",
      "Intended Recipients: <user@example.org> Failure Reason: Error: Some recipients failed: <user@example.org>",
    },
  },
  -- The Windows SMTP service's and Exchange 2000/2003's DSN text ("This is an automatically
  -- generated Delivery Status Notification. Delivery to the following recipients failed."). Its
  -- report's Status, where it carries one, says more (5.2.2: a full mailbox), so the sentence
  -- decides only below the status layer; alone it is a final failure of no stated cause.
  {
    id = "text.failed.recipients",
    layer = "code",
    match = { "delivery to the following recipients failed", "delivery to the following recipient failed" },
    type = "hard",
    category = "unknown",
    action = "suppress",
    description = "The bounce says delivery failed for good and states no cause.",
    examples = { "Delivery to the following recipients failed." },
  },
  -- Automatic replies that say when the writer is back in other words than "out of office":
  -- Stalwart's default vacation text ("I am away."), and the openings Sisimai's vacation list
  -- records ("I am away until", "I will be traveling for work on").
  {
    id = "text.auto_reply.away",
    priority = 90,
    match = {
      "i am away", "i'm away", "i will be away", "i'll be away", "i am traveling", "i am travelling",
      "i will be traveling", "i will be travelling", "i am on leave", "i'm on leave", "i will be on leave",
    },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation, challenge-response), not a bounce.",
    examples = { "I am away.", "I am away until Monday, with no access to email.", "I will be traveling for work on May 5th." },
  },
}
