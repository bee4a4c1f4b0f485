-- Text rules for the message itself: spam, malware, size, format, recipient count and local
-- content policy. Wording from Postfix, Exim, Sendmail, Exchange, amavis, SpamAssassin-based
-- filters, URI blocklists and providers' documented replies.
-- The priority scale is described in notices.lua.
local phrases = require "bounce.phrases"
local lpeg = require "lpeg"

-- Words the rules below ask for near each other (phrases.near) or in a row (phrases.sequence).
-- smtpf names a MIME part ("message contains blocked MIME part (%s) #870")
local ATTACHMENT = { "attachment", "file type", "file extension", "filename", "file name", "mime part" }
local ATTACHMENT_REFUSED = {
  "not allowed", "not permitted", "prohibited", "forbidden", "banned", "blocked", "disallowed", "dangerous",
  "unsafe", "illegal", "not accepted", "rejected", "unacceptable",
}
local MESSAGE_SIZE = {
  "message size", "message length", "size of the message", "size of your message", "size of message", "mail size",
  "email size",
}
local SIZE_EXCEEDED = { "exceeds", "exceeded", "too large", "too big", "larger than", "over the limit" }
local HEADER = { "header" }
local HEADER_FAULT = {
  "invalid", "malformed", "missing", "too long", "syntax", "duplicate", "multiple", "not allowed", "illegal",
  "broken", "violat", "too large", "not compliant", "non-compliant", "noncompliant", "bad ", "too many",
  "incorrect", "wrong",
}

return {
  layer = "text",

  {
    id = "text.message_too_large",
    priority = 52,
    match = phrases.join({
      -- X.400 non-delivery diagnostics (ITU-T X.411 NonDeliveryDiagnosticCode), as X.400 gateways
      -- and Exchange write them out ("Non-delivery-diagnostic: <name>")
      "content-too-long", "size-constraint-violation",
      "message too large", "message too big", "message is too large", "message is too big",
      "message too long", "message is too long",
      -- Python's smtpd and aiosmtpd over their data_size_limit ("552 Error: Too much mail data");
      -- docomo's dialect for a full mailbox is its provider rule's
      "too much mail data",
      "message size exceeds", "message size limit", "maximum message size", "message length exceeds",
      "message file too big", "message exceeds the maximum", "message exceeds maximum", "exceeds the maximum size",
      "exceeded mailsize limit", "mailsize", "length of data content", "recipsizelimit", "sendsizelimit",
      "attachment too large", "attachments too large", "attachment size", "mail size limit", "email size exceeded",
      "maximum email size", "because it's too large",
      -- qmail-smtpd ("message size exceeds my databytes limit"), OpenSMTPD ("Transaction failed,
      -- message too big"), Postfix ("Chunk exceeds message size limit")
      "databytes", "chunk exceeds",
      -- the DATA the client sent, by the command's name ("552 5.2.3 DATA size exceeds maximum
      -- permitted")
      "data size exceeds",
      -- Exchange: a header value over its property's size limit
      "text value size",
      -- MailScanner reports/en/sender.size.report.txt ("Subject: Oversized email rejected", "This
      -- message, or an attachment it contained, was too large and has been removed"); XMail
      -- Errors.cpp ("Message too big for the remote SMTP server")
      "oversized email", "oversized message", "oversized mail", "too large and has been removed",
      "message too big for",
      -- an attachment over the filter's limit, as gateways word their attachment size rules
      -- ("Attachment exceeds size limit"): the message, above a mailbox's own "size limit"
      "attachment exceeds", "attachments exceed", "attachment size exceeds", "attachment exceeded",
    },
    -- the message over a size limit, in words that name the message (not "exceeds the size
    -- limit" alone, which a mailbox says too): BlueLight's webmail help on its delivery failures
    -- (help.mybluelight.com, u-understand-mdf.html: "Message exceeds the size limit")
    phrases.combine({ "message", "email", "e-mail", "mail" }, " exceeds ", { "the ", "our ", "" },
      { "size limit", "allowed size", "permitted size", "size allowed", "message size limit" }),
    -- ... and its maximum, as "message exceeds the maximum" above says it of the message
    phrases.combine({ "email", "e-mail", "mail" }, " exceeds ", { "the ", "" }, "maximum"),
    -- the limit named before the noun (WINS Sniper, a Korean gateway: "550 [Sniper] Exceeds the
    -- limit size of email")
    phrases.combine({ "limit size of ", "limit size for " }, { "email", "e-mail", "mail", "message" })),
    category = "message_too_large",
    description = "The message, an attachment or the header exceeds the receiver's size limit.",
    examples = {
      "552 Message exceeds the size limit",
      "550 Message too large",
      "552 Requested mail action aborted: exceeded mailsize limit",
      "552 5.3.4 Message size exceeds fixed limit",
      "552 5.3.4 Message size exceeds fixed maximum message size",
      "552 5.3.4 Message length exceeds administrative limit",
      "552 Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages",
      "554 Maximum email size exceeded",
      "Your message couldn't be delivered because it's too large. The message you sent was 30 MB, but the maximum size allowed is 25 MB.",
      "552 5.6.211 Invalid MIME Content: Single text value size (32768) exceeded allowed maximum (32768) for the 'X-Header' property.",
      "552 sorry, that message size exceeds my databytes limit (#5.3.4)",
      "Oversized email rejected",
      "550 [Sniper] Exceeds the limit size of email",
      "554 Requested mail action aborted: exceeded storage allocation; too much mail data",
      "552-Requested mail action aborted: exceeded storage allocation\n552 Mail size limit exceeded.",
    },
  },
  -- A size limit with no noun before it, as at MAIL FROM's SIZE= (the .NET SmtpServer's "552 size
  -- limit exceeded"): below a mailbox's ("Mailbox size limit exceeded", text.mailbox_full).
  -- The message over a limit given in bytes (ASSP's "552 message exceeds 10485760 byte (size)"):
  -- the message's size, which a bare 552 would read as the mailbox's storage.
  {
    id = "text.message_too_large.bytes",
    priority = 52,
    match = { { "message exceeds ", "mail exceeds ", "email exceeds ", "data exceeds " }, { " byte" } },
    pattern = "('message' / 'mail' / 'email' / 'data') ' exceeds ' [0-9]+ ' byte'",
    category = "message_too_large",
    description = "The message, an attachment or the header exceeds the receiver's size limit.",
    examples = { "552 message exceeds 10485760 byte (size)" },
  },
  {
    id = "text.message_too_large.size_limit",
    priority = 40,
    match = "size limit exceeded",
    category = "message_too_large",
    description = "The message or an attachment exceeds the receiver's size limit.",
    examples = { "552 size limit exceeded" },
  },
  -- The message's size or length and its excess with the figures between, in either order
  -- (Postfix smtp: "message size %lu exceeds size limit %lu of server %s", "Message length (%d
  -- bytes) exceeds administrative limit"): the message, above a mailbox's own "size limit".
  {
    id = "text.message_too_large.near",
    priority = 51,
    match = { MESSAGE_SIZE, SIZE_EXCEEDED },
    pattern = phrases.near(MESSAGE_SIZE, SIZE_EXCEEDED, 40),
    category = "message_too_large",
    description = "The message exceeds the receiver's size limit.",
    examples = {
      "message size 31457280 exceeds size limit 26214400 of server mx.example.org[192.0.2.1]",
      "523 Message length (30412334 bytes) exceeds administrative limit(10485760).",
    },
  },
  -- A size refusal in any vendor's words: the message or an attachment next to its size (the
  -- examples are wordings Sisimai's size lists record). Below the mailbox's own size
  -- (mailbox_full) and the header size (message_noncompliant).
  {
    id = "text.message_too_large.keyword",
    priority = 27,
    match = {
      { "message", "mail", "attachment" },
      -- "size" alone would take "MAIL FROM:<a@b> SIZE=1024" in a report's account of the dialogue
      { "message size", "mail size", "attachment size", "size limit", "size exceed", "maximum size", "max size",
        "too large", "too big", "larger than", "bytes long", "is too long" },
    },
    category = "message_too_large",
    description = "The message or an attachment exceeds the receiver's size limit.",
    examples = { "552 5.3.4 Attachment too big", "552 Mail is larger than the limit of this server" },
  },
  {
    id = "text.malicious_content",
    priority = 51,
    match = phrases.join({
      "virus detected", "virus found", "contains a virus", "contains virus", "virus infected", "infected with",
      "infected by", "illegal attachment",
      "viral content", "malicious", "phishing detected", "suspected phishing", "phishing attempt",
      "- infected", "- banned", "- virus", "banned attachment", "blocked attachment", "attachment not allowed",
      "attachments are not allowed", "forbidden attachment", "prohibited attachment", "dangerous attachment",
      "executable", "file type not allowed", "potential security issue", "disallowed attach", "attach type",
      -- an Office document's macros judged (Rspamd's oletools module, as Mailu's force_actions
      -- reject it: "554 5.7.1 Rejected (dangerous macro detected)")
      "dangerous macro", "malicious macro", "suspicious macro",
      -- qmail-ldap's qmail-smtpd, for an attachment of a MIME type or a loader type (an
      -- executable) its badmimetypes and badloadertypes files forbid ("552 we don't accept email with
      -- this MIME content (#5.3.4)", "... with such content (#5.3.4)")
      "with this mime content", "mail with such content",
      -- MailScanner's content report ("This message contained potentially dangerous content which
      -- has been removed", reports/en/sender.content.report.txt)
      "dangerous content",
      -- Gmail's 552 5.7.0 points to its guidelines for attachments ("... to review our message
      -- content and attachment content guidelines")
      "attachment guidelines", "attachment content guidelines",
      -- Haraka's attachment plugin
      "encrypted archive", "nested archives", "unacceptable content type", "dangerous file", "malicious file",
      "prohibited file", "forbidden file", "forbidden_file", "banned content",
      -- a part refused by its MIME type (opensmtpd-filter-mimetype: "Forbidden MIME type:
      -- application/x-dosexec"), as attachment filters refuse executables
      "forbidden mime type", "prohibited mime type", "banned mime type", "blocked mime type",
      "mime type not allowed", "mime type is not allowed",
      -- DirectAdmin's Exim ACL ("This message contains an attachment of a type which we do not
      -- accept")
      "attachment of a type which", "attachment of a type that",
      -- Zimbra's zimbraMtaBlockedExtension header check (zm-mta postfix_header_checks.in: "For
      -- security reasons we reject attachments of this type")
      "attachments of this type", "attachment of this type", "this type of attachment",
      -- Baruwa's Exim ACL (extras/config/exim/exim.conf: "Blacklisted file extension detected"),
      -- and the other adjectives filters give a refused file extension
      "file extension detected", "blacklisted file extension", "blocklisted file extension",
      "banned file extension", "blocked file extension", "forbidden file extension", "prohibited file extension",
      "file extension not allowed", "file extension is not allowed",
      -- Gmail's wording, as DSNs that keep only the first line of the reply cut it
      "blocked because its content presents a potential",
      -- Symantec Email Security.cloud
      "unsafe content",
      -- Rspamd's external scanners ("icap: threat found with icap scanner"; "oletools threat
      -- message found")
      "threat found", "threat message found",
      -- MailScanner's filename and filetype rules (filename.rules.conf: "No programs allowed")
      "no programs allowed",
      -- MailScanner reports/en (sender.content.report.txt "Potentially dangerous email rejected",
      -- "This message contained potentially dangerous content which has been removed";
      -- sender.filename.report.txt "are on the list of unacceptable attachments for this site";
      -- sender.virus.report.txt "Our virus detector has just been triggered by a message you sent")
      "potentially dangerous", "unacceptable attachments", "virus detector has",
      -- Office documents with macros, refused as a malware carrier (Broadcom KB 162445 quotes "552
      -- MS-Office file containing VBA macros found inside of the email")
      "vba macro", "containing macros", "contains macros", "with macros",
      -- content the filter could not scan, which gateways refuse as they refuse malware: amavisd-new
      -- ("id=%n - UNCHECKED: encrypted", "... UNCHECKED: over limits"), Cisco Secure Email's and
      -- Sophos's "unscannable" message actions (an encrypted or corrupt attachment, a scan that
      -- timed out); a password-protected archive in any filter's words
      "- unchecked", "unscannable", "could not be scanned", "cannot be scanned", "can't be scanned",
      "password protected archive", "password-protected archive", "password protected attachment",
      "password-protected attachment", "encrypted attachment", "macro-enabled", "contains a macro",
      -- qpsmtpd's uvscan plugin ("We do not accept password-protected zip files!")
      "password-protected zip", "password protected zip", "encrypted zip", "encrypted archive",
      "contains macro",
      -- the gateways' own names for their malware and phishing engines, as a refusal names them:
      -- Cisco Secure Email's Outbreak Filters, Proofpoint TAP's URL Defense and Attachment Defense,
      -- Microsoft Defender for Office 365's Safe Attachments, Check Point Harmony's Threat
      -- Emulation, Fortinet's FortiSandbox and FortiGuard WebFilter (FortiMail's refusal of a link
      -- rated dangerous, as comramo.de's mail FAQ explains it); and the verdicts in plain words
      -- ("Threat detected", "Phish detected", "Suspicious attachment")
      "outbreak filter", "virus outbreak", "url defense", "attachment defense", "safe attachments",
      "threat emulation", "fortisandbox", "fortiguard webfilter", "fortiguard web filter",
      "advanced threat protection", "threat detected", "threats detected",
      "phish detected", "phish found", "suspicious attachment", "suspicious file", "suspicious url",
      "suspicious link",
    },
    -- a filter's antivirus named as what refused the message, in any vendor's words ("Message
    -- refused by antivirus", "rejected by the virus scanner")
    phrases.combine({ "refused", "rejected", "blocked", "detected" }, " by ", { "", "the ", "our " },
      { "antivirus", "anti-virus", "virus scanner", "virus filter", "antivirus filter", "anti-virus filter" })),
    category = "malicious_content",
    description = "The message carries a virus, phishing or a forbidden attachment type.",
    examples = {
      "552 we don't accept email with this MIME content (#5.3.4)",
      "550 5.7.1 For security reasons we reject attachments of this type",
      "550 We do not accept password-protected zip files!",
      "MailScanner: No programs allowed (setup.exe)",
      "552 5.7.0 Disallowed attachment type: .exe",
      "550 Virus Detected; Content Rejected",
      "554 Message refused by antivirus",
      "550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)",
      "554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Test-Signature",
      "552 5.7.0 This message was blocked because its content presents a potential security issue.",
      "550 5.7.1 Executable attachments are not allowed",
      "554 5.7.1 Message infected by virus",
      "554 5.7.0 Reject, id=12345-01 - VIRUS: Eicar-Test-Signature",
      "552 Illegal Attachment",
      "552-5.7.0 This message was blocked because its content presents a potential",
      "554 5.7.1 clamav: virus found: \"Eicar-Test-Signature\"",
      "Potentially dangerous email rejected",
      "One or more of the attachments (invoice.pif) are on the list of unacceptable attachments for this site and will not have been delivered.",
      "552 MS-Office file containing VBA macros found inside of the email",
      "554 5.7.0 Reject, id=12345-01 - UNCHECKED: encrypted",
    },
  },
  -- Malware and forbidden attachments in any vendor's words: the names of malware (the Exim
  -- spec's malware ACL: "This message contains malware (<name>)"), or an attachment next to a
  -- refusal (Haraka's attachment plugin: "Message contains unacceptable attachment (<name>)").
  -- Below size (an attachment too large); the spam wording outranks the malware names, and an
  -- attachment refused outranks the spam wording and the recipient's policy.
  {
    id = "text.malicious_content.keyword",
    priority = 34,
    match = { "virus", "malware", "worm", "trojan", "phishing", "ransomware", "spyware", "infected", "eicar" },
    -- "virus scanner timed out" (Haraka's clamd) is the receiver's failure, not the message's
    pattern = [[ [^a-z] ("virus" "es"? / "malware" / "worm" "s"? / "trojan" "s"? / "phishing" / "ransomware" /
                 "spyware" / "infected" / "eicar") ![a-z]
                 !((" " / "-")? ("scan" / "check" / "engine" / "filter" / "software" / "protection" / "firewall")) ]],
    category = "malicious_content",
    description = "The message carries a virus, phishing or a forbidden attachment type.",
    examples = { "550 This message contains malware (Eicar-Test-Signature)" },
  },
  {
    id = "text.malicious_content.attachment",
    -- above the recipient's policy (45): an attachment type that the recipient's organization
    -- refuses is refused for the attachment, not for the sender (an Exchange transport rule's
    -- "file type that is NOT allowed by the recipient's organization"); below size (51), for an
    -- attachment too large
    priority = 47,
    match = { ATTACHMENT, ATTACHMENT_REFUSED },
    -- the two within a few words of each other, not anywhere in a long report
    pattern = phrases.near(ATTACHMENT, ATTACHMENT_REFUSED, 40),
    category = "malicious_content",
    description = "The message carries an attachment type the receiver refuses.",
    examples = {
      "550 Message contains unacceptable attachment (invoice.exe)",
      "550 5.7.1 The file type of an attachment is not allowed by the recipient's organization",
    },
  },
  -- A bounce (null sender) addressed to more than one recipient: Postfix's
  -- reject_multi_recipient_bounce ("Data command rejected: Multi-recipient bounce"), Baruwa's
  -- "Legitimate bounces are never sent to more than one recipient." Above the sender checks,
  -- whose words ("Sender address rejected") Postfix may put in front of it.
  -- SpamAssassin's verdict as its X-Spam-Status and the filters that quote it write it ("score=18.8
  -- required=5.0"; sa-exim's "Action: permanently rejected message: score=... required=...").
  {
    id = "text.spam_content.sa_score",
    priority = 35,
    match = { { "score=" }, { "required=" } },
    category = "spam_content",
    description = "The message content was judged to be spam; review the content, and send bulk mail only to subscribers.",
    examples = { "550 Rejected: score=12.3 required=5.0 tests=BAYES_99,FREEMAIL_FROM" },
  },
  -- A bounce (empty sender) to more than one recipient: Postfix's reject_multi_recipient_bounce
  -- (smtpd_check.c, "Data command rejected: Multi-recipient bounce") and the RCPT ACL that Exim
  -- configurations copy from the Exim wiki ("Legitimate bounces are never sent to more than one
  -- recipient.").
  {
    id = "text.too_many_recipients.bounce",
    priority = 56,
    match = { "multi-recipient bounce", "bounces are never sent to more than one" },
    category = "too_many_recipients",
    description = "A bounce (empty sender) went to more than one recipient, which the receiver refuses; send each bounce to one recipient.",
    examples = {
      "550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce",
      "550 Legitimate bounces are never sent to more than one recipient.",
    },
  },
  -- Postfix's reject_unauth_pipelining ("Improper use of SMTP command pipelining"): the client
  -- sent commands ahead of the replies without PIPELINING offered. Above the sender and HELO
  -- checks, whose words Postfix puts in front of it where the restriction sits among them ("Helo
  -- command rejected: Improper use of ...").
  {
    id = "text.protocol_error.pipelining",
    priority = 62,
    match = { "improper use of smtp command pipelining", "improper use of pipelining" },
    category = "protocol_error",
    description = "The client sent SMTP commands ahead of the replies (pipelining) where the server does not allow it.",
    examples = {
      "503 5.5.0 <user@example.org>: Sender address rejected: Improper use of SMTP command pipelining",
      "503 5.5.0 <unknown[203.0.113.25]>: Client host rejected: Improper use of SMTP command pipelining",
      "503 5.5.0 <mail.example.org>: Helo command rejected: Improper use of SMTP command pipelining",
    },
  },
  {
    id = "text.too_many_recipients",
    priority = 50,
    match = {
      "too many recipients", "too many rcpt", "number of rcpts", "maximum number of recipients",
      "too many recipient attempts",
      -- Gmail: recipients of several domains, or too many of one domain, in one transaction
      "destination domains per transaction", "size per transaction", "too much recipient",
      -- Apache James ("max recipients reached"); limits per message or transaction in other words
      "max recipients", "maximum recipients", "recipients per message", "recipients per transaction",
      -- the count named as such: Amazon SES's SMTP interface over its 50 recipients a message
      -- (SES quotas page, docs.aws.amazon.com/ses/latest/dg/quotas.html: "554 Transaction failed:
      -- Recipient count exceeds 50")
      "recipient count exceed", "recipients count exceed", "number of recipients exceed",
      "recipients in this message", "recipient limit per message",
      -- qmail-smtpd's maxrcpt patch (sagredo-dev/qmail qmail-smtpd.c): "452 max rcpt limit exceeded (#5.7.1)"
      "rcpt limit",
      -- Momentum's 452 4.5.3 ("Service unavailable, recipients per connection limit reached",
      -- "Service unavailable, batch limit reached")
      "recipients per connection", "batch limit reached",
      -- the limit named by its count (Inbucket's "552 Limit of %d recipients exceeded"), and a
      -- server that takes one recipient a transaction (Salmon's "451 Will not accept multiple
      -- recipients in one transaction")
      "recipients exceeded", "recipients reached", "accept multiple recipients", "multiple recipients not",
      "only one recipient", "one recipient per",
      -- Mailman 2's rejection for too many recipients (Hold.py: "Please trim the recipient list;
      -- it is too long.")
      "trim the recipient list", "recipient list is too long",
      -- the same limit named "recipient limit" (RFC 5321 4.5.3.1.10 answers it with 452; the
      -- sender's daily limits name their period and are the account's)
      "recipient limit exceeded", "recipient limit reached", "recipients limit exceeded", "recipients limit reached",
      -- a Chinese provider's list (360docs.net/doc/a61843873.html): "451 out of allow RCPT numbers."
      -- (超出 RCPT 允许上限, over the allowed count of RCPT)
      "rcpt numbers", "allow rcpt",
    },
    category = "too_many_recipients",
    description = "The message has more recipients than the receiver accepts in one transaction.",
    examples = { "451 out of allow RCPT numbers.",
      "554 Transaction failed: Recipient count exceeds 50",
      "556 The number of RCPTs is over size",
      "452 4.5.3 Too many recipients",
      "552 Too many recipients",
      "451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.",
      "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.",
      "550 Requested mail action not taken: too much recipient",
      "452 4.5.3 Requested action not taken: max recipients reached",
      "452 max rcpt limit exceeded (#5.7.1)",
      "452 4.5.3 Service unavailable, recipients per connection limit reached",
      "452 4.5.3 Service unavailable, batch limit reached",
    },
  },
  -- The limit as a count the message went over (Mailman 3's hold reason "Message has more than 10
  -- recipients", and any server's "more than 50 recipients").
  {
    id = "text.too_many_recipients.count",
    priority = 50,
    match = { { "more than" }, { "recipients" } },
    pattern = "'more than ' [0-9]+ ' recipients'",
    category = "too_many_recipients",
    description = "The message has more recipients than the receiver accepts in one transaction.",
    examples = { "Message has more than 10 recipients" },
  },
  -- A header RFC 5322 (3.6) allows at most once, given twice ("Duplicate Message-ID header",
  -- "Multiple Subject headers"); above the policy wording "duplicate message" (a message sent
  -- twice), which its first words spell.
  {
    id = "text.message_noncompliant.duplicate_header",
    priority = 49,
    match = phrases.combine({ "duplicate ", "duplicated ", "multiple " },
      { "message-id", "message id", "date", "from", "sender", "reply-to", "to", "cc", "bcc", "subject", "in-reply-to",
        "references" },
      { " header", " headers", " field", " fields", ":" }),
    category = "message_noncompliant",
    description = "The message does not conform to the receiver's format rules (RFC 5322, MIME, line length).",
    examples = { "550 5.6.0 Duplicate Message-ID header", "554 Multiple Subject headers" },
  },
  {
    id = "text.message_noncompliant",
    priority = 49,
    match = {
      "bare lf", "bare <lf>", "bare line feed", "bare linefeed", "barelinefeed", "bare newline", "bare cr",
      -- Courier's submit.C for a message whose headers name no recipient ("511 Headers specify no
      -- receipients.", its own spelling, under a 511 that is no X.1.1); Haraka's headers plugin for
      -- a Return-Path the sender should not add ("550 outgoing mail must not have a Return-Path
      -- header (RFC 5321)"); Courier's list filter for addresses beyond ASCII ("This mailing list
      -- does not accept Unicode E-mail addresses, yet.")
      "headers specify no", "must not have a return-path", "unicode e-mail address", "unicode email address",
      -- Mailman 3's LMTP runner for a message Python's parser found broken or without its id ("501
      -- Message has defects", "550 No Message-ID header provided")
      "message has defects", "no message-id header",
      -- the same written as escapes, and the attack it guards against (mox's "invalid bare \r or
      -- \n, may be smtp smuggling")
      "bare \\r", "bare \\n", "bare carriage return", "smtp smuggling",
      -- maddy, mox, chasquid: "Error reading DATA: invalid line ending"
      "invalid line ending", "bad line ending", "bad <crlf>", "<crlf> sequence",
      -- and "stray": OpenSMTPD and smtpd-style receivers ("stray newline", "stray CR")
      "stray newline", "stray cr", "stray lf", "stray line feed",
      -- Apache James's SMTP server ("500 5.5.1 line delimiter must be CRLF"): lines ended by a
      -- bare LF; and a CRLF demanded in other words
      "delimiter must be crlf", "lines must end with crlf", "must be terminated by crlf", "must be terminated with crlf",
      "must end with <crlf>", "must be terminated by <crlf>",
      -- Email Security.cloud (formerly MessageLabs): "553 Stray linefeeds in message (#5.6.2)"
      "stray linefeed",
      -- a header field longer than mail programs handle safely (Exim's sample system filter, as
      -- hosting panels ship it: "This message has been rejected because it has an overlength date
      -- field")
      "overlength date", "overlength header", "overlength subject", "overlength field",
      "not rfc compliant", "rfc compliant", "rfc-compliant", "comply with rfc", "message is malformed", "malformed message", "malformed header",
      "malformed mail", "malformed email", "malformed e-mail",
      -- a message whose form its scanner could not take apart (MailScanner's error report: "Our
      -- virus detector failed to completely analyse a message you sent", "Any parts of the
      -- message that could not be analysed will not have been delivered")
      "could not be analysed", "could not be analyzed", "failed to completely analyse", "failed to completely analyze",
      -- a header RFC 5322 allows once, given twice (xneelo's page on mail RFC compliance:
      -- "Messages should have one or no Message-ID headers, not 2")
      "should have one or no", "must have one or no", "should have exactly one", "must have exactly one",
      -- a MIME tree too deep to read (WildDuck's Haraka plugin: "Failed to queue message, too many
      -- nested attachments")
      "too many nested", "nested attachments", "nesting too deep", "mime nesting",
      "malformed mime", "invalid header", "header error", "header syntax", "duplicate header",
      -- the MIME structure's own limits, named by its RFC ("550 MIME boundary length exceeded (see
      -- RFC 2046)", as a mail client's issue quotes a receiver)
      "mime boundary", "boundary length", "rfc 2045", "rfc 2046",
      "missing message-id", "invalid message-id", "invalid mime", "8bit data", "8-bit data", "line too long",
      -- 8-bit data spelled out: Sendmail's collect.c ("554 Eight bit data not allowed", 5.6.1, in its
      -- strict 8-bit mode) and deliver.c ("554 Cannot send 8-bit data to 7-bit destination", 5.6.3)
      "eight bit data", "eight-bit data", "8 bit data", "7-bit destination", "7 bit destination",
      -- ... and a receiver that takes ASCII alone (aiosmtpd's decode_data in strict mode: "500
      -- Error: strict ASCII mode"; "8-bit characters", "8bit characters")
      "strict ascii", "8-bit characters", "8bit characters", "eight-bit characters",
      "lines too long", "line length", "too long line", "too long lines", "missing a valid message-id", "missing a valid messageid", "missing a valid address in from",
      "no from: header", "no from header", "headers are malformed", "header is malformed",
      -- an address said to be bad in a header the words name, not the envelope's recipient
      -- (maddy's submission checks: "554 5.6.0 Invalid address in Sender", "... in From")
      "address in from", "address in the from", "address in sender", "address in the sender", "address in reply-to",
      "address in to:", "address in to header", "address in the to header", "address in cc", "address in header",
      "address in the header",
      -- a required header said to be missing by its name alone (Sendsay's SMTP gateway docs: "635
      -- 6.7.8 no From:", "no Subject:", "no email in From:")
      "no from:", "no to:", "no subject:", "no date:", "no email in from:", "missing from:", "missing subject:",
      -- ZeptoMail's SMTP error codes page ("5.2.1 Subject is Mandatory."): a required header
      -- missing, said of the Subject
      "subject is mandatory", "subject is required", "subject required", "subject header is missing",
      -- Mailman 3's hold reason ("Message has no subject")
      "has no subject",
      -- ze-filter's header and body checks (mlfi_eoh.c, mlfi_body.c, mlfi_eom.c: "No To, CC or Bcc
      -- header field", "No headers at all", "Date in the future", "Binary message", "Empty or too
      -- short message")
      "no to, cc or bcc", "no headers at all", "date in the future", "binary message", "empty or too short message",
      -- smf-zombie ("To: and CC: are not filled"), milter-manager's sample milters ("must have
      -- body"), Gathman's bms.py ("Boundary error in your message", "Header parse error in your
      -- message"): the same checks in other words
      "are not filled", "must have body", "must have a body", "message has no body", "boundary error",
      "header parse error",
      -- ZMailer's smtpserver on a header it cannot parse ("553 (Message-Id header line format
      -- error)", as vger.kernel.org answered posts to its lists in 2007)
      "header line format error", "header format error", "header syntax error",
      -- Exim's receive.c for NUL bytes in the body ("body contains 2 binary zero characters")
      "binary zero",
      -- opensmtpd-filter-mimetype ("Policy violation: No valid headers", "Policy violation: Empty
      -- mail"): the same checks, said outright
      "no valid headers", "empty mail", "empty message", "empty email", "empty e-mail",
      -- RFC 3463's text for X.6.0
      "media error",
      -- header size: Sendmail ("Headers too large"), Exim ("A message header line is too long",
      -- "Message header is ridiculously long", the spec's "Too many lines in message header"),
      -- Postfix's MIME checks ("message header length exceeds safety limit"), Apache James
      "headers too large", "header too large", "header size exceeds", "header line is too long",
      "header is ridiculously long", "lines in message header", "header length exceeds", "header size is too large",
      "header lines are too many",
      -- Postfix's MIME checks (mime_state.c), and its Must-declare-SMTPUTF8 refusal
      "exceeds safety limit", "improper use of 8-bit", "encoding domain", "must declare smtputf8",
      -- hMailServer: "Unable to deliver Unicode E-mail to a non-Unicode mail server"; Qpsmtpd and
      -- qmail ("too many MIME parts"), Haraka's bare LF ("Bare line-feed; see .../barelf/")
      "non-unicode mail server", "too many mime parts", "bare line-feed", "/barelf",
      -- SpamExperts (N-able Mail Assure) knowledge base, "Classifications": "Lines in message were
      -- longer than user maximum", "Message had more parts than the user maximum (Too many MIME
      -- parts)", "We do not accept message/partial messages here"
      "lines in message were longer", "more parts than the user maximum", "message/partial",
      -- the receiver takes no internationalised address: Exim's smtp transport ("response to
      -- \"EHLO\" did not include SMTPUTF8"), Courier libesmtp.C ("The addressee's mail server does
      -- not support the sender's international E-mail address.")
      "did not include smtputf8", "international e-mail address", "international email address",
      -- Postfix's client (smtp_proto.c) when the message needs SMTPUTF8 and the server does not
      -- offer it: "SMTPUTF8 is required, but was not offered by host mx.example.org[192.0.2.1]"
      "smtputf8 is required",
      -- Sendmail's server when a client asks for SMTPUTF8 it was built without (srvrsmtp.c: "504
      -- 5.7.0 Sorry, SMTPUTF8 not supported"), and the same said of any server
      "smtputf8 not supported", "smtputf8 is not supported", "smtputf8 not available", "smtputf8 not offered",
      "support smtputf8", "smtputf8 unsupported",
      -- Postfix's SMTP client finding no server that takes it ("message requires SMTPUTF8, but no
      -- server was found that supports SMTPUTF8"); Amavis refusing such addresses ("550 5.6.7
      -- Non-ASCII addresses not permitted for sender")
      "supports smtputf8", "requires smtputf8", "non-ascii addresses not permitted", "non-ascii address not permitted",
      -- Exim's smtp transport, the same for a message with an internationalized address
      -- (transports/smtp.c: "utf8 support required but not offered for forwarding")
      "utf8 support required",
      -- Exim: receive.c ("Message header not CRLF terminated"), verify.c's header_syntax ("syntax
      -- error in 'From' header", "Invalid character in header", "there is no valid sender in any
      -- header line"), configure.default ("maximum allowed line length is 998 octets")
      "not crlf terminated", "header when scanning", "character in header", "no valid sender in any header",
      "line length is 998", "998 octets", "998 characters",
      -- qmail-smtpd refuses bare LFs with a pointer to its page on them
      "smtplf",
      -- Haraka's data.headers ("Only one From header allowed. See RFC 5322, Section 3.6", "Required
      -- header 'Date' missing", "The Date header is too far in the future"); amavis's BAD HEADER
      "header allowed", "required header", "date header", "- bad header", "bad-header",
      -- Gmail: several From addresses; Gmail's page on RFC 5322 compliance
      "multiple addresses in from", "more than one address in from", "more than one from", "multiple from", "p=rfcmessagenoncompliant",
      -- the From field's address itself refused: maddy's header checks (internal/check: "Invalid
      -- address in From"), a From that names no valid address in other servers' words
      "address in from", "address in the from", "address in header from", "from address in header",
    },
    category = "message_noncompliant",
    description = "The message breaks the message format standards (RFC 5322 / MIME): bare line feeds, malformed or duplicate headers.",
    examples = {
      "550 No Message-ID header provided",
      "501 Message has defects",
      "550 outgoing mail must not have a Return-Path header (RFC 5321)",
      "511 Headers specify no receipients.",
      "message requires SMTPUTF8, but no server was found that supports SMTPUTF8",
      "553 (Message-Id header line format error)",
      "553 Stray linefeeds in message (#5.6.2)",
      "550 5.6.0 Bad line ending in message",
      "550 5.6.0 Stray LF in message",
      "550 5.5.2 Error: bare <LF> received",
      "550 5.6.0 Message contains bare linefeeds, which are not allowed",
      "500 5.5.1 line delimiter must be CRLF",
      "554 Transaction failed: Duplicate header 'DKIM-Signature'.",
      "550 5.6.0 Message is not RFC compliant",
      "554 5.7.0 Header error",
      "550 5.6.0 Mail message is malformed. Not accepted.",
      "550 5.6.0 Other or undefined media error",
      "550 5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted.",
      "550 5.7.1 Messages missing a valid Message-ID header are not accepted.",
      "550 5.6.0 Message headers are malformed",
      "552 5.6.0 Headers too large (32768 max)",
      "552 A message header line is too long",
      "550 5.6.0 message header length exceeds safety limit",
      "550 5.6.0 improper use of 8-bit data in message body",
      "554 5.6.1 Eight bit data not allowed",
      "554 5.6.3 Cannot send 8-bit data to 7-bit destination",
      "500 Error: strict ASCII mode",
      "550 MIME boundary length exceeded (see RFC 2046).",
      "553 5.6.7 Must declare SMTPUTF8 to send unicode address",
      "response to \"EHLO\" did not include SMTPUTF8",
      "550-The addressee's mail server does not support the sender's international E-mail address.",
      "SMTPUTF8 is required, but was not offered by host mx.example.org[192.0.2.1]",
      "504 5.7.0 Sorry, SMTPUTF8 not supported",
      "utf8 support required but not offered for forwarding",
      "552 Message header not CRLF terminated",
      "550 syntax error in 'From' header when scanning for sender: missing or malformed local part in \"<>\" (envelope sender is <bounce@example.com>)",
      "550 maximum allowed line length is 998 octets, got 1200",
      "451 See https://cr.yp.to/docs/smtplf.html.",
      "554 5.7.0 Reject, id=12345-01 - BAD HEADER: Non-encoded 8-bit data (char E9 hex) in message header 'Subject'",
      "550-5.7.1 Messages with multiple addresses in From: header are not accepted.",
      "554 5.6.0 Invalid address in From",
    },
  },
  -- Header trouble in any vendor's words: a header next to a verdict on it.
  {
    id = "text.message_noncompliant.header",
    priority = 28,
    match = { HEADER, HEADER_FAULT },
    -- the two within a few words of each other, not anywhere in a long report
    pattern = phrases.near(HEADER, HEADER_FAULT, 40),
    category = "message_noncompliant",
    description = "A header of the message breaks the message format standards (RFC 5322 / MIME).",
    examples = {
      "550 5.6.0 Missing From header", "550 Invalid Delivered-To header content",
      "550 Incorrect sender header (Check your FROM) #1",
    },
  },
  {
    id = "text.message_noncompliant.rfc",
    priority = 49,
    -- the pattern only keeps out a longer number and "rfc822;" (an address type in a DSN)
    match = phrases.combine("rfc", { "", " " }, { "5322", "2822", "822", "2045", "2047" }),
    pattern = "'rfc' ' '? ('5322' / '2822' / '822' / '2045' / '2047') ![0-9;]",
    category = "message_noncompliant",
    description = "The message breaks the message format standards (RFC 5322 / MIME).",
    examples = {
      "550 5.7.1 This message is not RFC 5322 compliant. To reduce spam, it has been blocked.",
      "550 Only one From header allowed. See RFC 5322, Section 3.6",
    },
  },
  -- Invalid characters under a message-content status (RFC 3463 X.6.*) are in the message, not in
  -- an address.
  {
    id = "text.message_noncompliant.characters",
    priority = 49,
    match = "invalid character",
    pattern = "[45] '.6.' %d+ (!'invalid character' .)* 'invalid character'",
    category = "message_noncompliant",
    description = "The message contains characters its encoding does not allow.",
    examples = { "550 5.6.11 Invalid characters", "554 5.6.0 Message rejected: invalid characters in header" },
  },

  -- Spam. Links on URI blocklists make the content spam even though a blocklist is named.
  {
    id = "text.spam_content.uri",
    priority = 75,
    match = {
      "uribl", "urlbl", "surbl", "blacklisted url", "blocklisted url", "blacklisted link", "blocklisted link",
      "blacklisted domain in message", "url in message", "url in this email", "link to a blacklisted",
      "link to a blocklisted", "blocked url", "blocked link", "link to a blocked", "blocked domain in message",
      -- Apache James's URIRBL handler: "Rejected: message contains domain <d> listed by <zone>"
      "message contains domain",
      -- FortiOS and FortiMail replacement messages (system replacemsg spam, smtp-spam-fsurl): "This
      -- message has been blocked because it contains FortiGuard - AntiSpam blocking URL(s)"
      "blocking url",
      -- SpamAssassin's URIDNSBL rules as filters quote their hits ("URIBL_BLACK Contains an URL
      -- listed in the URIBL blacklist", "URIBL_SBL Contains an URL's NS IP listed in the Spamhaus SBL
      -- blocklist"), Invaluement's URI list (ivmURI), and the same in plainer words
      "url listed in", "url's ns ip listed", "ivmuri", "uri dnsbl", "uri blocklist", "uri blacklist",
      "url blocklist", "url blacklist",
      -- smtpf's checks of the links in a message (doc/reply.html, uri-reject-unknown and
      -- uri-bl-policy: "URI domain %s does not exist (%s)", "URI host %s in non-existant domain",
      -- "URI domain %s where NS %s in non-existant domain"): a link's domain, not the recipient's
      "uri domain", "uri host",
    },
    category = "spam_content",
    description = "The message links to a domain on a URI blocklist.",
    examples = {
      "550 REJECTED - Blacklisted URL in message. (example.com) in [black]. See http://lookup.uribl.com.",
      "554 5.7.1 Message rejected: contains a URL listed on multi.surbl.org",
      "550 A URL in this email (example.com) is listed on https://bl.example.org. Please resolve and retry",
      "552 5.7.0 Message rejected. AUP#URLBL011",
      "554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocking URL(s).",
      "550 5.7.1 Contains an URL's NS IP listed in the Spamhaus SBL blocklist",
      "550 5.7.1 Message rejected: URL blacklisted by ivmURI",
      "550 5.7.1 URI domain example.com does not exist (NXDOMAIN)",
      "550 5.7.1 URI host www.example.com in non-existant domain",
    },
  },
  -- A link the Spamhaus DBL lists for malware or phishing, as SpamAssassin names the hit
  -- ("URIBL_DBL_MALWARE Contains a malware URL listed in the Spamhaus DBL blocklist", "... an
  -- abused phishing URL ...", "... a botned C&C URL ..."): the content is malicious, not only spam.
  {
    id = "text.malicious_content.uri",
    priority = 76,
    match = phrases.combine({ "a ", "an abused " }, { "malware", "phishing", "botnet c&c", "botned c&c" }, " url listed"),
    category = "malicious_content",
    description = "The message links to a domain that a URI blocklist lists for malware or phishing.",
    examples = { "550 5.7.1 URIBL_DBL_PHISH Contains a Phishing URL listed in the Spamhaus DBL blocklist" },
  },
  -- A filter that names a spam pattern judged the content, though its wording ("blocked using")
  -- reads like a DNS blocklist hit.
  {
    id = "text.spam_content.pattern",
    priority = 71,
    match = {
      "spam pattern", "may contain the spam content",
      -- FortiOS and FortiMail (smtp-spam-fschksum): the message's checksum is on FortiGuard's list
      -- of spam checksums ("... because its checksum is in FortiGuard - AntiSpam checksum blacklist")
      "checksum blacklist", "checksum blocklist", "checksum black list", "checksum block list",
    },
    category = "spam_content",
    description = "The receiver's content filter matched the message against its spam patterns.",
    examples = {
      "553 5.7.1 Blocked Using Spam Pattern, Your Message May Contain The Spam Contents",
      "554 5.7.1 This message has been blocked because its checksum is in FortiGuard - AntiSpam checksum blacklist.",
    },
  },
  {
    id = "text.spam_content.codes",
    priority = 68,
    match = { "sc-001", "support.google.com/mail/answer/188131" },
    category = "spam_content",
    description = "The receiving provider judged the message to be spam or bulk mail.",
    examples = {
      "550 SC-001",
      "421 4.7.0 https://support.google.com/mail/answer/188131",
    },
  },
  -- Google Groups' notice names the spam verdict, then advises setting up SPF: the verdict decides.
  {
    id = "text.spam_content.google_groups",
    priority = 68,
    match = "rejected due to spam classification",
    category = "spam_content",
    description = "The Google group's spam filter rejected the message; the group owner can moderate instead of bouncing.",
    examples = {
      "Your email to group team@example.com was rejected due to spam classification. To address this issue: * Contact the owner of the group, who can choose to enable message moderation instead of bouncing these emails. * Set up SPF records for your sending domain if you have not done so already.",
    },
  },
  {
    id = "text.spam_content",
    priority = 35,
    match = {
      -- wording collected in seed 004
      "as spam", "is spam", "spam denied", "spam detected", "spam filtering", "suspected spam", "spam content",
      "content spam", "mail content denied", "message not allowed", "will not accept delivery of this message",
      "temporarily deferred",
      -- common filter wording; amavisd-new's refusal of spam ("Message content rejected, UBE,
      -- id=...": unsolicited bulk email)
      "spam message", "rejected, ube",
      -- refused for what the message says, in the words of filters that do not name spam
      "due to message content", "due to the message content", "because of its content",
      "because of the message content", "spam score", "spamscore", "spam-like", "spamlike", "spammy",
      -- unsolicited commercial mail named as soliciting (Gathman's bms.py: "No soliciting")
      "no soliciting",
      "likely spam", "looks like spam", "being spam", "probability of spam", "unsolicited", "spamassassin",
      "content filter", "spam rejected", "nature of the content", "judged to be spam", "due to spam", "reject spam",
      "spamtext",
      -- Chinese providers' English for 含有不当内容 ("The mail may contain inappropriate words or
      -- content")
      "inappropriate words", "inappropriate content",
      -- Gmail's help page on mail it blocks or files as spam, linked from its refusals
      "mail/answer/69585",
      -- Rspamd's reject action ("Spam message rejected") and GTUBE test pattern, the Exim spec's
      -- SpamAssassin ACL ("This message was classified as SPAM", "This message scored N spam
      -- points"), Haraka ("Mail matches a known spam signature")
      "gtube", "spam points", "spam signature",
      -- MIMEDefang's spam check ("spamdefang score exceeds maximum")
      "spamdefang", "spam score exceeds",
      -- plain wordings: junk and bulk mail, spam filters
      "junk mail", "junk e-mail", "junk email", "bulk mail", "bulk e-mail", "bulk email", "spam filter",
      "classified as bulk", "looks suspicious", "message is suspicious", "suspicious message",
      "unacceptable content",
      -- content judged unwanted or suspect, not named as spam (SPFBL's "blocked by unwanted content",
      -- "rejected by suspect content"; "suspicious content")
      "unwanted content", "suspect content", "suspicious content", "undesired content", "undesirable content",
      -- Rspamd's external_services ("<scanner>: Pyzor bulk message found", "bulk message found")
      "bulk message found",
      -- Amazon SES's Transient/ContentRejected bounce ("... because the message you sent contains
      -- content that the provider doesn't allow"; SES Developer Guide, notification contents)
      "content that the provider doesn't allow", "content that the provider does not allow",
      -- the gateways' spam verdicts in their other words: junk ("flagged as junk"), a score over
      -- the threshold ("scored too high"), and Cisco Secure Email's graymail (marketing and bulk
      -- mail its Graymail Detection judges)
      "as junk", "junk filter", "score too high", "scored too high", "graymail", "greymail",
      -- ... or "exceeded" (postfwd's "postfwd3 score exceeded", a policy score over its limit)
      "score exceeded", "score is too high", "score limit exceeded",
      -- Locaweb's refusal links its form for reporting a false positive of its spam filter
      -- ("550 5.7.1 [CS] Sua mensagem foi rejeitada. Para realizar o envio clique no link
      -- http://fp.email.locaweb.com.br/?str=...")
      "fp.email.locaweb.com.br",
      -- ... junk in the other verbs of a verdict ("Message looks like junk", "considered junk")
      "like junk", "considered junk", "deemed junk", "to be junk",
      -- a filter that names spam and viruses in one breath ("rejected for possible spam/virus
      -- content"): a content verdict, not a malware name
      "spam/virus", "virus/spam", "spam or virus", "virus or spam",
    },
    category = "spam_content",
    description = "The message content was judged to be spam; review the content, and send bulk mail only to subscribers.",
    examples = {
      "554 5.7.1 Message refused due to the message content",
      "550 The message may contain inappropriate content",
      "554 Reject by content spam",
      "554 5.7.1 pyzor: Pyzor bulk message found: \"bulk\"",
      "The recipient's email provider sent a bounce message because the message you sent contains content that the provider doesn't allow.",
      "421 4.7.0 [TS01] Message from (203.0.113.25) temporarily deferred",
      "421 4.7.0 [TS03] Message temporarily deferred",
      "521 5.2.1 : AOL will not accept delivery of this message",
      "550 5.7.1 Message rejected as spam by Content Filtering",
      "550 Mail content denied",
      "550 Suspected spam",
      "554 Message not allowed",
      "550 5.7.1 Message content rejected, UBE, id=00000-22-225",
      "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.",
      "421 4.7.0 This message is suspicious due to the nature of the content or the links within.",
      "552 5.2.0 This message has been rejected due to content judged to be spam by the internet community",
      "550 5.7.1 message has been rejected due to spam or virus classification",
      "550 REJECT spam",
      "550 5.7.1 REJECTED - spamtext",
      "550 Mail matches a known spam signature",
      "550 This message scored 12.3 spam points.",
      "554 5.7.1 Spam message rejected",
      "550 5.7.1 Your message looks like junk",
      "553 5.3.0 Your message was rejected for possible spam/virus content.",
    },
  },
  -- A filter's score given as the reason, as the Exim spec's content-scanning ACLs word it ("This
  -- message scored $spam_score spam points", with or without "spam").
  {
    id = "text.spam_content.score",
    priority = 34,
    match = "scored",
    pattern = "'scored ' [0-9.]+ ' ' ('spam ')? 'point'",
    category = "spam_content",
    description = "The receiver's content filter scored the message as spam.",
    examples = { "550 This message scored 13.2 points. Congratulations!" },
  },
  -- The word spam in any other wording (the examples are wordings Sisimai's spam list records):
  -- the receiver judged the content. Below the malware names and local policy; reputation, rate and
  -- blocklist wording that mentions spam outranks it.
  {
    id = "text.spam_content.keyword",
    priority = 33,
    match = { "spam", " uce", "(uce", " ube", "(ube" },
    -- ... but not in the name of a gateway product that passes a reply on (Barracuda's "Spam &
    -- Virus Firewall", "X-Spam-&-Virus-Firewall; host said: 550 5.1.1 User unknown"), nor in the
    -- "NO UCE" of a greeting banner (Sendmail's, Twisted's "220 mx.example NO UCE NO UBE NO RELAY
    -- PROBES ESMTP"), which a transcript quotes above the reply that failed
    pattern = (1 - lpeg.R("az")) * (lpeg.P("spam") * (lpeg.P("s") + "my") ^ -1 + -lpeg.B("no ") * (lpeg.P("uce") + "ube"))
      * -lpeg.R("az") * -(lpeg.S(" -") ^ 0 * (lpeg.P("&") + "and") * lpeg.S(" -") ^ 0 * "virus")
      * -(lpeg.S(" -") ^ 0 * "firewall"),
    category = "spam_content",
    description = "The message content was judged to be spam; review the content, and send bulk mail only to subscribers.",
    examples = { "550 Spam not accepted", "554 5.7.1 Spam refused", "554 5.7.1 Rejected as UCE" },
  },
  {
    id = "text.spam_content.amavis",
    priority = 35,
    match = "- spam",
    pattern = "'- spam' ![a-z]",
    category = "spam_content",
    description = "The receiver's content filter judged the message to be spam.",
    examples = { "554 5.7.0 Reject, id=20025-09 - SPAM" },
  },

  -- Local policy: outranks the spam wording above, which it often repeats.
  {
    id = "text.policy_block",
    priority = 37,
    match = phrases.join(
      -- the policy named as violated ("This email was rejected because it violates our security
      -- policy", "in violation of our email policies")
      phrases.combine({ "violates ", "violated ", "violation of " }, { "our ", "the ", "local ", "" },
        { "security ", "email ", "e-mail ", "mail ", "content ", "acceptable use ", "" }, { "policy", "policies" }),
    {
      "by policy", "policy reason", "policy violation", "policy rejection", "administrative prohibition",
      -- spamcontrol's qmail-smtpd when its content check refuses the message, saying no more ("554
      -- sorry, invalid message content (#5.3.2)")
      "invalid message content",
      -- Exchange's transport rules and agents that drop or refuse by the administrator's action
      -- ("550 4.3.2 Discarded by administrative action. DROP", "530 5.3.1 Intercepted and rejected by
      -- administrative action. PRJCT"): words over the odd status
      "by administrative action",
      "local policy", "security policies", "host network not allowed", "anti-spoofing", "content examination",
      "policy restrictions", "content policy", "content restriction", "content rule",
      -- a gateway's rule named as what refused ("550 Rule imposed mailbox access for a@b refused")
      "rule imposed",
      -- a refusal that names the administrator's hand or a quarantine ("Administrative reject",
      -- "Refusing to deliver a quarantined message", qmail's "administratively denied")
      "administrative reject", "administratively rejected", "administratively denied", "quarantined",
      -- Exim's ACL fakereject ("Your message has been rejected but is being kept for evaluation.")
      "kept for evaluation",
      -- the policy named as the reason in plain words ("Due to policy this email is rejected",
      -- "rejected per policy", "against our policy")
      "due to policy", "per policy", "against policy", "against our policy", "policy prohibits",
      -- Symantec Email Security.cloud ("Connection rejected by policy"), Apple iCloud ("Message
      -- rejected due to local policy"), organisation policies
      "organization policy", "organizational settings", "policy rejected",
      -- Cisco Secure Email and other gateways refuse the connecting system outright; Barracuda's
      -- cloud service reports a recipient its filters blocked as "(address:blocked)"
      "access to submit messages", "access to this mail system", ":blocked)",
      -- "policy violation" in Polish, as Forpsi's Polish replies word it (Forpsi's own, which
      -- link its knowledge base, are its outgoing server's hourly limit: providers/aruba.lua)
      "naruszenie zasad",
      -- smtpf (Barricade MX) doc/reply.html: "550 5.3.4 duplicate message rejected #340", "550
      -- 5.7.0 this message blocked for unspecified reasons #945"; OpenDKIM's reputation check
      -- ("450 4.7.1 Message deferred for policy reasons")
      "duplicate message", "unspecified reasons",
      -- Trend Micro Deep Discovery Email Inspector's sender filtering (DHA and bounce attack
      -- protection, traffic throttling, SPF, DKIM, DMARC): "421 Block temporarily (Sender
      -- Filtering/Authentication)", "521 Block permanently (...)"
      "(sender filtering",
      -- XMail Errors.cpp ERR_FILTERED_MESSAGE: "Message rejected by server filters"
      "rejected by server filters",
    }),
    category = "policy_block",
    description = "A local policy of the receiver refused the message.",
    examples = {
      "550 4.3.2 Discarded by administrative action. DROP",
      "554 sorry, invalid message content (#5.3.2)",
      "550 5.7.1 This email was rejected because it violates our security policy.",
      "554 5.7.1 Message administratively rejected",
      "550 Denied by policy",
      "550 5.1.0 Naruszenie zasad cNkj1y0022zrrQM01NkjaD",
      "554 Message not allowed - Email not accepted for policy reasons.",
      "554 5.7.9 Message not accepted for policy reasons.",
      "550 Administrative prohibition",
      "554 Host network not allowed",
      "554 Email rejected due to security policies",
      "550 Rejected by header based Anti-Spoofing policy",
      "550 Message bounced due to Content Examination Policy",
      "550 Reject due to policy restrictions",
      "550 Rejected - Content Policy",
      "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.",
      "550 permanent failure for one or more recipients (user@example.com:blocked)",
      "550 5.3.4 duplicate message rejected #340",
      "521 Block permanently (Sender Filtering/Authentication)",
      "Message rejected by server filters",
    },
  },
  -- Orange and La Poste answer most refusals of the sending server with this sentence and put the
  -- reason in a trailing token (OFRnnn_nnn, LPNnnn_nnn); the sentence alone names no reason and
  -- asks for a later retry.
  {
    id = "text.policy_block.service_refused",
    priority = 12,
    match = { "service refused, please try later", "service refuse. veuillez essayer plus tard" },
    category = "policy_block",
    description = "The receiver refused the sending server without naming a reason here; retry later.",
    examples = {
      "550 5.5.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN001_108",
    },
  },
  -- A refusal that names no cause but is a policy's, whatever the status: OpenSMTPD's answer when
  -- no rule takes the mail ("Delivery not authorized, message refused"), Postfix's cleanup
  -- ("service denied"). Below every cause a reply can name. A milter's reject without its own
  -- text ("Command rejected", clamav-milter's and smf-spf's default in Postfix and Sendmail)
  -- says nothing, so its status decides (TAXONOMY.md rule 9: a bare 5.7.1 is hard).
  {
    id = "text.policy_block.refused",
    priority = 12,
    match = {
      "delivery not authorized", "service denied",
      -- a refusal that names security as its ground and nothing more ("Rejected for Security
      -- Reasons", "denied by security policy")
      "for security reasons", "security policy",
      -- Rspamd's multimap module, whose reject names only the operator's map ("Matched map:
      -- <SYMBOL>", src/plugins/lua/multimap.lua); a symbol that names a cause decides instead
      "matched map:",
      -- mail or a sender told it is unwelcome, with no reason (Coremail's reject help: "Mail
      -- originating from that domain is not welcome here"; a Tencent Exmail reseller's list of
      -- bounce texts: "This Message is not welcome")
      "is not welcome", "not welcome here", "are not welcome",
      -- a server that takes no mail at all for now, said of no address (spamdyke's reject-all,
      -- ERROR_UNCONDITIONAL: "Refused. Mail is not being accepted.")
      "mail is not being accepted",
    },
    category = "policy_block",
    description = "A local policy of the receiver refused the message without saying why.",
    examples = {
      "550 5.7.1 Delivery not authorized, message refused",
      "550 5.7.1 Error: service denied",
      "554 5.7.1 Matched map: LOCAL_RULE",
    },
  },
  -- A bare refusal refines a reply code but yields to an enhanced status, which says more.
  -- "Access denied" with nothing more: the receiver's policy refused (Sendmail's access map
  -- "550 5.7.1 ... Access denied", Postfix's access table "<a@b>: Recipient address rejected:
  -- Access denied", Exim's ACL default "administrative prohibition", gateways' "Access-Denied"
  -- tags). Words that say a policy refused are an opaque policy refusal
  -- (TAXONOMY.md rule 7, soft) even under 5.7.1, whose bare code alone is hard (rule 9). So is an
  -- acceptable-use-policy tag ("message rejected AUP#SNDR": the "AUP#" and code that Cox's,
  -- Spectrum's and other Cloudmark-filtered receivers append; their providers' rules read the
  -- codes they document).
  -- ... where the tag's code ends in "BL", its block list named (Cox's error codes: AUP#CXBL its
  -- own list, AUP#IPBL the IP's, AUP#CDRBL Cloudmark's sender list; "AUP#BL" as others give it):
  -- blocklisted, as rule 6 reads a block-list tag.
  {
    id = "text.blocklisted.aup_tag",
    priority = 13,
    match = "aup#",
    pattern = "'aup#' (!('bl' ![a-z]) [a-z])* 'bl' ![a-z]",
    category = "blocklisted",
    description = "The receiver refused the sender by a block list its acceptable-use tag names.",
    examples = { "421 <sender@example.com> blocked. AUP#BL", "554 Message refused. AUP#SBL" },
  },
  {
    id = "text.policy_block.generic",
    priority = 12,
    match = { "access denied", "access-denied", "aup#" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = {
      "550 Access denied", "550 5.7.1 Access denied",
      "554 5.7.1 <user@example.org>: Recipient address rejected: Access denied",
      "550 0H6Pt8cJtSAO30H6QtVGna - message rejected AUP#SNDR",
    },
  },
  -- A mail security gateway or filter named as what refused, and nothing more ("550 5.7.1 Message
  -- rejected by Forcepoint Email Security", "Blocked by SpamTitan"): the products that sit in
  -- front of mailboxes sign their refusals with their own names, as their administration guides
  -- show them (Proofpoint, Hornetsecurity, Libraesva, SpamTitan, FortiMail, Sophos, Cisco Secure
  -- Email / IronPort, Forcepoint, Check Point Harmony, Zix, Cloudflare Area 1, MailChannels,
  -- SpamExperts / Mail Assure, Vade, McAfee / Trellix, Symantec, Barracuda, Mimecast, Trend
  -- Micro ...). A filter's refusal is a policy's, never a verdict on the address (TAXONOMY.md rules
  -- 2 and 7), but the name is one word the code would overrule. Below every cause a reply can
  -- name: "rejected by SpamTitan: spam" is spam.
  {
    id = "text.policy_block.gateway",
    priority = 12,
    match = phrases.combine({ "rejected", "blocked", "refused", "denied", "quarantined", "stopped" }, " by ",
      { "", "the " },
      { "proofpoint", "hornetsecurity", "hornet security", "antispameurope", "libraesva", "spamtitan", "titanhq",
        "fortimail", "fortiguard", "fortinet", "fortigate", "sophos", "ironport", "cisco", "forcepoint", "websense",
        "check point", "checkpoint", "avanan", "zix", "area 1", "area1", "cloudflare", "mailchannels",
        "spamexperts", "mail assure", "vade", "abnormal security", "mcafee", "mxlogic", "trellix", "fireeye",
        "symantec", "messagelabs", "barracuda", "mimecast", "trend micro", "trendmicro", "mailmarshal",
        "trustwave", "clearswift", "retarus", "sonicwall", "mailprotector", "spambrella", "securence",
        "mailroute", "appriver", "zerospam", "vipre", "spamassassin", "rspamd", "amavis", "mailscanner",
        "mimedefang", "proxmox", "mailcleaner", "baruwa", "scrollout" }),
    category = "policy_block",
    description = "A mail security gateway or filter in front of the recipient's mailbox refused the message without saying why; its administrator can say more.",
    examples = {
      "550 5.7.1 Message rejected by Forcepoint Email Security",
      "554 5.7.1 Blocked by SpamTitan",
      "550 Rejected by the Libraesva ESG",
    },
  },
  -- The same products' names beside a bare refusal in any order ("Hornetsecurity: message
  -- rejected", "[Proofpoint] Message rejected", "Message rejected (Libraesva)"), or in the name of
  -- the gateway host that refused ("host mx01.hornetsecurity.com said: 550 5.7.1 Message
  -- rejected"): only the products' own names, not the vendors' company domains that receive mail
  -- of their own.
  {
    id = "text.policy_block.gateway_named",
    priority = 11,
    class = 5,
    match = {
      { "rejected", "refused", "blocked", "denied", "quarantined" },
      { "proofpoint", "pphosted", "ppe-hosted", "hornetsecurity", "antispameurope", "libraesva", "spamtitan",
        "fortimail", "fortiguard", "ironport", "iphmx", "forcepoint", "mailcontrol", "websense", "avanan",
        "zixgateway", "area1security", "mailchannels", "spamexperts", "antispamcloud", "mail assure",
        "vadesecure", "mxlogic", "messagelabs", "barracudanetworks", "mimecast", "trendmicro", "mailmarshal",
        "clearswift", "mailprotector", "spambrella", "securence", "mailroute", "appriver", "zerospam" },
    },
    category = "policy_block",
    description = "A mail security gateway or filter in front of the recipient's mailbox refused the message without saying why; its administrator can say more.",
    examples = {
      "550 5.7.1 Hornetsecurity: message rejected",
      "550 5.7.1 [Proofpoint] Message rejected",
      "550 Message rejected (Libraesva)",
    },
  },
  -- Spam verdicts that name the filter that gave them: Trustwave SEG / MailMarshal ("Message
  -- refused by ... SpamProfiler"), Cyren's Recurrent Pattern Detection, eleven's eXpurgate
  -- classes (as Rspamd's expurgate scanner lists them: bulk.advertising, bulk.porn, suspect.url),
  -- and the words the spam keyword below does not read (antispam, JunkMail, a mass mailer, "blocked
-- by our filters").
  {
    id = "text.spam_content.filters",
    priority = 35,
    match = {
      "spamprofiler", "spam profiler", "recurrent pattern detection", "antispam", "spamming", "bulk.advertising",
      "bulk.porn", "suspect.url", "junkmail", "mass mailer", "by our filter",
      -- FortiOS and FortiMail (smtp-spam-bannedword): "This message has been blocked because it
      -- contains a banned word"
      "banned word",
      -- word filters that judge the text as offensive (NTMail's content filter: "This mail message
      -- contains banned or potentially offensive text", Status "550 Phrase in email not
      -- acceptable", as the SpamAssassin public corpus holds one)
      "offensive text", "offensive material", "offensive content", "offensive language", "offensive words",
      "phrase in email not acceptable", "phrase in message not acceptable", "banned phrase", "banned text",
      "prohibited phrase", "forbidden phrase",
      -- the Distributed Checksum Clearinghouses' dccm and dccifd, which count a message's checksums
      -- across receivers to find bulk mail (their man pages' default "5.7.1 550 mail %ID from %CIP
      -- rejected by DCC", and the common "4.7.1 451 Access denied by DCC")
      "rejected by dcc", "denied by dcc",
      -- a content scanner's refusal that names no finding (VirusFree.cz's FAQ, virusfree.cz/en/faq:
      -- "554 Message refused by the scanner"): the scanner judged the message, whatever it looked for
      "refused by the scanner", "rejected by the scanner", "blocked by the scanner", "refused by the content scanner",
      "rejected by the content scanner", "blocked by the content scanner", "refused by our scanner",
      "rejected by our scanner",
    },
    category = "spam_content",
    description = "The receiver's spam filter judged the message to be spam; review the content.",
    examples = {
      "554 Message refused by the scanner",
      "550 Message refused by MailMarshal SpamProfiler",
      "550 This message was rejected by Recurrent Pattern Detection System",
      "550 Your message failed several antispam checks",
      "554 5.7.1 Reject bulk.advertising",
      "554 5.7.1 This message has been blocked because it contains a banned word.",
      "550 Phrase in email not acceptable",
      "550 5.7.1 mail 1A2B3C4D from 192.0.2.1 rejected by DCC",
    },
  },
  -- Yahoo's legacy content refusal: "Message filtered", with a pointer to its spam FAQ or its
  -- troubleshooting page (recorded in Sisimai's spam list). Outranks the bare "message filtered"
  -- of recipient filters.
  {
    id = "text.spam_content.filtered",
    priority = 46,
    match = { { "message filtered" }, { "spam", "troubleshooting page" } },
    category = "spam_content",
    description = "The receiver's content filter refused the message; review the content.",
    examples = {
      "553 Message filtered. Please see the FAQs section on spam",
      "554 Message filtered. Refer to the Troubleshooting page at http://postmaster.example.net/",
    },
  },
  -- eXpurgate's classes for malware (dangerous.virus, dangerous.attachment, dangerous.code,
  -- dangerous.iframe, spam.phishing), as Rspamd's expurgate scanner lists them.
  {
    id = "text.malicious_content.expurgate",
    priority = 51,
    match = { "dangerous.virus", "dangerous.attachment", "dangerous.code", "dangerous.iframe", "spam.phishing" },
    category = "malicious_content",
    description = "The message carries malware or phishing, or a dangerous attachment.",
    examples = { "554 5.7.1 Reject dangerous.attachment" },
  },
  -- Encoding and MIME structure the receiver will not take: gromox ("451 Message doesn't conform
  -- to the EMIME standard."), and the filters whose wordings Sisimai's content list records ("This
  -- message contain improperly-formatted binary content", "... text that uses unnecessary base64
  -- encoding", "message MIME complexity exceeds the policy maximum").
  {
    id = "text.message_noncompliant.encoding",
    priority = 49,
    match = phrases.join(
      phrases.combine({ "doesn't conform", "does not conform", "not conforming" }, " to ",
        { "the emime", "the mime", "mime", "rfc", "the rfc" }),
      { "mime complexity", "improperly-formatted binary", "improperly formatted binary", "unnecessary base64" }),
    category = "message_noncompliant",
    description = "The message's encoding or MIME structure breaks the message format standards.",
    examples = {
      "451 Message doesn't conform to the EMIME standard.",
      "550 This message contain improperly-formatted binary content",
      "550 Message MIME complexity exceeds the policy maximum",
    },
  },
  -- "Blocked" and nothing a rule above reads ("550 Blocked", "was blocked by mx.example.net"): the
  -- receiver kept this mail out by some list or policy of its own, which says nothing about the
  -- address (TAXONOMY rule 9 reads a bare refusal by its status; the word says which kind).
  {
    id = "text.policy_block.blocked",
    priority = 11,
    match = "blocked",
    pattern = "[^a-z] 'blocked' ![a-z]",
    category = "policy_block",
    description = "The receiver blocked the message by a policy of its own without saying which.",
    examples = { "550 Blocked", "550 Message was blocked by mx.example.net" },
  },
  -- The message's content refused with no cause named: Postfix's header_checks and body_checks
  -- REJECT without text (cleanup's default "5.7.1 message content rejected"), filters that say
  -- the same. An opaque policy refusal (TAXONOMY.md rule 7); a spam, virus or format cause named
  -- beside it decides instead.
  {
    id = "text.policy_block.content",
    priority = 12,
    match = { "content rejected", "content refused", "content was rejected", "content was refused" },
    category = "policy_block",
    description = "The receiver refused the message's content without saying why.",
    examples = { "550 5.7.1 message content rejected", "554 5.7.1 Message content refused" },
  },
  -- A filter of the receiver's that refused the message and names nothing more: Citadel's server-side
  -- filters ("550 Message rejected by filter", serv_smtp.c's default), a mail filter's refusal in
  -- general words. Rules that read a spam, virus or recipient's own filter outrank it.
  {
    id = "text.policy_block.filter",
    priority = 11,
    match = {
      "rejected by filter", "rejected by a filter", "rejected by the filter", "rejected by our filter",
      -- a filter rule's verdict, as a Tencent Exmail reseller's list of bounce texts gives it
      -- ("delivery failure: the message matches up to the filter rule (level: system, name: x)")
      "matches up to the filter rule", "matches the filter rule", "matched the filter rule", "matched filter rule",
      "rejected by mail filter", "rejected by message filter", "rejected by filters", "blocked by filter",
      "blocked by a filter", "blocked by our filter", "refused by filter", "refused by our filter",
      "filter rejected", "filters rejected",
      -- a filter named only by its own name (smtp4dev's "Message rejected by MessageValidationExpression")
      "message rejected by", "mail rejected by", "email rejected by",
      -- simscan's regex filter ("Your email was rejected because it matches a filter"), fuglu's
      -- default reject ("Rejected by content scanner")
      "matches a filter", "matched a filter", "rejected by content scanner", "rejected by the content scanner",
    },
    category = "policy_block",
    description = "A filter of the receiver's refused the message without saying why.",
    examples = { "550 Message rejected by filter", "554 5.7.1 Refused by filter" },
  },
  -- Words that say the receiver will not permit this mail and nothing more: RFC 5321's 550 text
  -- ("no access, or command rejected for policy reasons"), Sendmail's and Postfix's access maps
  -- ("Access denied", access(5)'s REJECT), Exchange's "not authorized", Courier's and qmail's
  -- "not allowed" / "Permission denied", a gateway's "Forbidden" or "Prohibited". An opaque
  -- policy refusal (TAXONOMY.md rule 7, soft); every rule that reads a cause outranks it.
  {
    id = "text.policy_block.not_permitted",
    priority = 11,
    match = {
      "denied", "not allowed", "not permitted", "not authorized", "not authorised", "unauthorized",
      "unauthorised", "prohibited", "forbidden", "disallowed",
      -- the same without a verb of refusal ("550 User has no permission", "you do not have
      -- permission to send to this recipient")
      "no permission", "not have permission", "n't have permission",
    },
    category = "policy_block",
    description = "The receiver refused the message by a policy of its own without saying which.",
    examples = {
      "501 5.7.1 Permission denied", "554 5.7.1 Not allowed", "550 Access to this mailbox denied",
      "550 5.7.1 Recipient not authorized", "553 Forbidden", "550 Mail prohibited",
      "550 User has no permission",
    },
  },
  -- What a receiver found wrong inside the message, in the servers' own texts: Cyrus's lmtpd
  -- (imap_err.et: "Message contains NUL characters", "... non-ASCII characters in headers",
  -- "Message has no header/body separator"), Stalwart ("Failed to parse message.", "Line is too
  -- long."), mox ("message with non-us-ascii requires 8bitmime extension", "message should not
  -- have Return-Path header", "smtputf8 extension is required", "cannot parse header"). Under
  -- X.6.0 or X.3.4 the status alone would call them hard.
  {
    id = "text.message_noncompliant.content",
    priority = 48,
    match = phrases.join({
      "nul characters", "null characters", "non-ascii characters", "header/body separator",
      "failed to parse message", "cannot parse header", "cannot parse message", "line is too long",
      "lines are too long", "requires 8bitmime", "should not have return-path", "smtputf8 extension is required",
      -- go-smtp's reader over its line limit, as its server passes the error on ("smtp: too longer
      -- line in input stream", ErrTooLongLine)
      "too longer line",
      -- a bounce that carries a Return-Path of its own, which only the final delivery may add
      -- (RFC 5321 4.4; Haraka's bounce plugin: "bounce with non-empty Return-Path (RFC 3834)")
      "non-empty return-path",
      -- a Subject the receiver cannot read (8-bit bytes without an encoded word)
      "subject contains invalid", "subject contains illegal", "invalid characters in subject",
      -- a message without a body (Momentum: "550 5.3.0 [internal] message body missing", Momentum 3
      -- reference, responses by message)
      "message body missing", "missing message body", "message has no body",
      -- an extension header the receiver requires, with a value it cannot read (Maropost's SMTP
      -- API: "554 Transaction failed[Invalid X-CampaignID]"; galaxy.maropost.com, SMTP error codes)
      "invalid x-",
    },
      -- a header field named as holding characters it may not hold, in the words of smtp
      -- servers' header checks ("From contains invalid characters", "Subject has illegal
      -- characters", "Subject contains unencoded 8-bit characters"; RFC 5322 section 2.2 allows
      -- only printable US-ASCII there unless encoded, RFC 2047)
      phrases.combine({ "from", "subject", "sender", "reply-to", "message-id", "date", "to", "cc" }, " ",
        { "contains", "has" }, " ", { "invalid", "illegal", "non-ascii", "unencoded", "8-bit", "8bit" },
        { " character", " char", " byte", " 8-bit character", " 8bit character" })),
    category = "message_noncompliant",
    description = "The message breaks the message format standards: characters, header layout or line length.",
    examples = {
      "550 From contains invalid characters.",
      "550 Subject contains invalid characters",
      "554 5.6.0 Message contains NUL characters",
      "554 5.6.0 Message has no header/body separator",
      "550 5.7.7 Failed to parse message.",
      "554 5.3.4 Line is too long.",
      "500 5.6.0 message with non-us-ascii requires 8bitmime extension",
      "550 5.3.0 [internal] message body missing",
    },
  },
  -- The sending service could not build the message from its template: SparkPost's generation
  -- failure ("554 5.3.3 [internal] Error while rendering part html: ..."; its event docs as
  -- django-anymail's tests quote them), Postmark's TemplateRenderingFailed bounce type ("Template
  -- rendering failed"), Mailjet's content errors ("bad or empty template", "error in template
  -- language"; Mailjet Event API, possible values for errors). Under 5.3.3 the status alone would
  -- call it a protocol fault of the receiver.
  {
    id = "text.message_noncompliant.template",
    priority = 48,
    match = {
      "error while rendering", "template rendering failed", "template rendering error", "failed to render template",
      "error rendering template", "bad or empty template", "error in template language",
      -- Postmark's description of that type: "An error occurred while attempting to render your template."
      "render your template", "rendering your template",
      -- and in other services' words
      "template render", "template rendering", "template error", "template syntax error",
    },
    category = "message_noncompliant",
    description = "The sending service could not build the message from its template; fix the template.",
    examples = { "554 5.3.3 [internal] Error while rendering part html: unexpected end of template" },
  },
  -- Haraka's smtp_forward takes one destination per transaction ("Split transaction, retry soon"),
  -- as Gmail asks to "try this recipient in a separate transaction".
  {
    id = "text.too_many_recipients.split",
    priority = 49,
    match = { "split transaction", "separate transaction" },
    category = "too_many_recipients",
    description = "The receiver takes fewer recipients per transaction; send the rest in another one.",
    examples = { "450 Split transaction, retry soon" },
  },
}
