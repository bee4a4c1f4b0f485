-- Yahoo and AOL (one platform, also hosting Verizon's former AOL mailboxes). Sources: Yahoo
-- Sender Hub "SMTP Error Codes" (senders.yahooinc.com/smtp-error-codes) and the Yahoo Help
-- articles it replaced (4xx errors, TS01/TS03 deferrals, rejected-mail errors, DMARC SLN7253).
-- Yahoo's enhanced codes carry little (4.7.0 and 5.7.1 cover most things); its bracketed
-- tokens and wording carry the meaning.
local phrases = require "bounce.phrases"

local DIGITS = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }

return {
  layer = "provider",
  provider = "yahoo",
  providers = {
    yahoo = {
      domains = {
        "yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.it",
        "yahoo.es", "yahoo.ca", "yahoo.com.au", "yahoo.co.in", "yahoo.in", "yahoo.com.br", "yahoo.com.mx",
        "yahoo.com.ar", "yahoo.com.sg", "yahoo.com.ph", "yahoo.co.nz", "yahoo.ie", "yahoo.se", "yahoo.gr",
        "aol.com", "aim.com", "aol.co.uk", "aol.fr", "aol.de", "verizon.net", "netscape.net", "cs.com",
      },
      -- mta5.am0.yahoodns.net, mx-aol.mail.gm0.yahoodns.net; older MX hosts under yahoo.com/aol.com
      mx = { "yahoodns.net", "yahoo.com", "mx.aol.com" },
      -- Yahoo ends its deferrals with an internal code such as "- 4.16.55.1".
      fingerprints = {
        "yahooinc.com", "yahoodns.net", "postmaster.yahoo.com", "help.yahoo.com", "have a yahoo.com account",
        "have a aol.com account", "postmaster.aol.com", "- 4.16.",
        -- Yahoo's bracketed tokens and the qmail-era "delivery error: dd" of its recipient
        -- refusals (Yahoo Help SLN3444, senders.yahooinc.com/smtp-error-codes), for replies quoted
        -- without a Yahoo host name.
        "[ph01]", "[gl01]", "vs99-ip", "unresolvable rfc.5321", "unresolvable rfc.5322",
        -- AOL's own block codes from before AOL moved to Yahoo's platform (postmaster.info.aol.com/errors)
        "rtr:ch", "rtr:bg", "rtr:du", "rtr:bb", "rtr:rd", "rly:b1", "rly:b2", "rly:b3", "rly:sn", "hvu:b1",
        "dns:nr", "con:b1",
      },
    },
  },

  -- Deferrals for reputation and volume (TS* errors) ----------------------------------------

  {
    -- Yahoo asks senders to retry four hours after a 4xx deferral.
    id = "provider.yahoo.ts01",
    match = "[ts01]",
    category = "reputation",
    retry_after = 14400,
    description = "Yahoo deferred mail from this IP after user complaints or unusual traffic.",
    examples = {
      { "421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.ts02",
    match = "[ts02]",
    category = "reputation",
    retry_after = 14400,
    description = "Yahoo deferred mail from this IP after user complaints or unusual traffic.",
    examples = {
      { "421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts02.html", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.tss04",
    match = "[tss04]",
    category = "reputation",
    retry_after = 14400,
    description = "Yahoo deferred mail from this IP for unexpected volume or user complaints.",
    examples = {
      { "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", rcpt = "someone@yahoo.com" },
    },
  },
  {
    -- Yahoo: a volume typical of unsolicited bulk mail; do not resend until the lists and
    -- subscription practices are fixed.
    id = "provider.yahoo.ts03",
    match = "[ts03]",
    category = "reputation",
    description = "Yahoo permanently deferred mail from this IP: a volume typical of unsolicited bulk mail.",
    examples = {
      { "421 4.7.1 [TS03] All messages from 192.0.2.1 permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.tss09",
    match = { "[tss09]", "will be permanently deferred" },
    category = "reputation",
    description = "Yahoo refuses all mail from this IP; retrying will not succeed.",
    examples = {
      { "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", rcpt = "someone@yahoo.com" },
    },
  },
  {
    -- Deferrals without a token; the tokened rules come first.
    id = "provider.yahoo.deferred",
    priority = -1,
    match = "temporarily deferred",
    category = "reputation",
    retry_after = 14400,
    description = "Yahoo deferred the message: spam-like traits, complaints or unusual traffic.",
    examples = {
      { "421 Message temporarily deferred - 4.16.51", rcpt = "someone@yahoo.com" },
    },
  },
  {
    -- Deprioritization: many messages to unknown recipients, as from an open relay.
    id = "provider.yahoo.vs1",
    match = "excessive unknown recipients",
    category = "reputation",
    description = "Yahoo deprioritized mail from this server: too many invalid recipients.",
    examples = {
      { "451 VS1-MF Excessive unknown recipients - possible Open Relay (#4.4.5)", rcpt = "someone@yahoo.com" },
      { "451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.vs99",
    match = "vs99-ip",
    category = "reputation",
    description = "Yahoo rejected the SMTP connection from this IP.",
    examples = {
      { "553 VS99-IP1 deferred", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.bl21",
    match = { "[bl21]", "[bl22]", "[bl23]", "spamhaus" },
    category = "blocklisted",
    description = "The sending IP is listed by Spamhaus; Yahoo refuses the connection.",
    examples = {
      { "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html", rcpt = "someone@yahoo.com" },
      { "553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.max-messages",
    match = "max message per connection",
    category = "rate_limited",
    description = "Too many messages on one connection; open a new one.",
    examples = {
      { "421 Max message per connection reached, closing transmission channel", rcpt = "someone@yahoo.com" },
    },
  },
  {
    -- Yahoo: such issues are brief; retry after a few minutes.
    id = "provider.yahoo.resources-unavailable",
    match = "resources temporarily unavailable",
    category = "system_error",
    retry_after = 300,
    description = "Yahoo's servers were busy; retry in a few minutes.",
    examples = {
      { "421 Resources temporarily unavailable. Please try again later", rcpt = "someone@yahoo.com" },
      { "451 mta1234.mail.bf1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].", rcpt = "someone@yahoo.com" },
    },
  },

  -- Authentication and sender identity ---------------------------------------------------------

  {
    -- Yahoo uses 5.7.9 for messages failing the sender's DKIM, SPF or DMARC checks, even
    -- where the text only says "policy reasons".
    id = "provider.yahoo.5.7.9",
    status = "5.7.9",
    category = "auth_failure",
    description = "The message failed Yahoo's authentication checks (SPF, DKIM, DMARC).",
    examples = {
      { "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes", rcpt = "someone@yahoo.com" },
    },
  },
  {
    -- Same meaning as 5.7.9, in the wording; the two agree where both match.
    id = "provider.yahoo.unauthenticated",
    match = { "requires all senders to authenticate", "dmarc" },
    category = "auth_failure",
    description = "The message failed SPF, DKIM or the sending domain's DMARC policy.",
    examples = {
      { "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.", rcpt = "someone@yahoo.com" },
      { "554 5.7.5 Permanent error evaluating DMARC policy", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.unresolvable-from-domain",
    match = "unresolvable rfc.532",
    category = "sender_invalid",
    description = "The MAIL FROM or From: domain does not resolve (Yahoo checks its SOA record).",
    examples = {
      { "451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain", rcpt = "someone@yahoo.com" },
      { "554 Message not allowed due to unresolvable RFC.5322 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.null-mx",
    match = "null mx",
    category = "sender_invalid",
    description = "The sending domain publishes a null MX (RFC 7505), so it cannot take replies.",
    examples = {
      { "554 5.7.27 Sender address has null MX", rcpt = "someone@yahoo.com" },
    },
  },

  -- Content -------------------------------------------------------------------------------------

  {
    -- PH* errors: viruses, phishing, malware, or links to them. Above the 5.7.9 rule because
    -- the token is more precise than the code.
    id = "provider.yahoo.ph01",
    priority = 1,
    match = phrases.combine("[ph", DIGITS, DIGITS, "]"),
    category = "malicious_content",
    description = "Yahoo refused the content: malware, phishing, or links to them.",
    examples = {
      { "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.not-rfc-compliant",
    match = { "not rfc compliant", "rfc compliance" },
    category = "message_noncompliant",
    description = "The message is not RFC compliant (duplicate or malformed headers, MIME types).",
    examples = {
      { "554 Message not allowed - Headers are not RFC compliant[291]", rcpt = "someone@yahoo.com" },
    },
  },

  -- Recipient ----------------------------------------------------------------------------------

  {
    -- Yahoo: do not retry, remove the address. The 552 is not a size or quota error here.
    id = "provider.yahoo.user-unknown",
    match = { "user doesn't have a", "mailbox not found" },
    category = "recipient_unknown",
    description = "The Yahoo or AOL account does not exist.",
    examples = {
      { "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [-5] - mta123.mail.mud.yahoo.com", rcpt = "someone@yahoo.com" },
      { "552 1 Requested mail action aborted, mailbox not found", rcpt = "someone@yahoo.com" },
      { "554 delivery error: dd This user doesn't have a aol.com account (someone@aol.com) [0] - mta1234.aol.mail.gq1.yahoo.com", rcpt = "someone@aol.com" },
    },
  },
  {
    id = "provider.yahoo.disabled",
    match = { "this mailbox is disabled", "is no longer valid" },
    type = "hard",
    category = "recipient_inactive",
    description = "The Yahoo or AOL mailbox is disabled.",
    examples = {
      { "554 30 Sorry, your message to someone@aol.com cannot be delivered. This mailbox is disabled (554.30)", rcpt = "someone@aol.com" },
      { "554 delivery error: dd someone@yahoo.com is no longer valid. [-20] - mta1234.mail.ne1.yahoo.com", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.over-quota",
    match = "over quota",
    category = "mailbox_full",
    description = "The Yahoo mailbox is over quota.",
    examples = {
      { "554 delivery error: dd Sorry, your message to someone@yahoo.com cannot be delivered. This account is over quota. [-25] - mta1234.mail.ne1.yahoo.com", rcpt = "someone@yahoo.com" },
    },
  },
  {
    id = "provider.yahoo.receiving-too-quickly",
    match = "receiving mail too quickly",
    category = "recipient_rate_limited",
    description = "The Yahoo recipient is receiving mail too fast; resend later.",
    examples = {
      { "450 User is receiving mail too quickly", rcpt = "someone@yahoo.com" },
    },
  },

  -- AOL's block codes of its own platform (postmaster.info.aol.com/errors, "Error Messages": RTR,
  -- RLY, HVU, DNS and CON blocks), still quoted by older replies: "554 RTR:DU", "421 CON:B1". The
  -- text rules read the codes AOL's replies put in parentheses, "554- (RTR:BB)"; these rules read
  -- them as the error list writes them, and skip a code in parentheses.

  {
    -- RTR:DU and RTR:BB: the IP is on Spamhaus's or AOL's lists of dynamic and residential
    -- addresses; RTR:BG: an IP not yet delegated or allocated.
    id = "provider.yahoo.aol-rtr-list",
    match = { "rtr:du", "rtr:bb", "rtr:bg" },
    pattern = "[^(] ('rtr:du' / 'rtr:bb' / 'rtr:bg')",
    category = "blocklisted",
    description = "AOL refuses the sending IP: a dynamic or residential address, or one not allocated.",
    examples = {
      "554 RTR:DU http://postmaster.info.aol.com/errors/554rtrdu.html",
      "554 RTR:BB http://postmaster.info.aol.com/errors/554rtrbb.html",
    },
  },
  {
    id = "provider.yahoo.aol-rtr-rd",
    match = { "rtr:rd", "dns:nr" },
    pattern = "[^(] ('rtr:rd' / 'dns:nr')",
    category = "reverse_dns",
    description = "AOL refuses the sending IP: no reverse DNS, or one typical of a dynamic address.",
    examples = { "554 RTR:RD http://postmaster.info.aol.com/errors/554rtrrd.html", "421 DNS:NR http://postmaster.info.aol.com/errors/421dnsnr.html" },
  },
  {
    -- RLY:B1-B3: a dynamic block put on the IP when AOL members' complaints go over the
    -- threshold, lifted by the system within 24 hours.
    id = "provider.yahoo.aol-rly",
    match = { "rly:b1", "rly:b2", "rly:b3" },
    pattern = "[^(] ('rly:b1' / 'rly:b2' / 'rly:b3')",
    category = "blocklisted",
    description = "AOL's dynamic block list holds the sending IP after too many member complaints.",
    examples = { "554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html", "421 RLY:B3 http://postmaster.info.aol.com/errors/421rlyb3.html" },
  },
  {
    -- RTR:CH: a computer on the sender's network may be compromised and sends mail matching
    -- the signature of known spam.
    id = "provider.yahoo.aol-rtr-ch",
    match = "rtr:ch",
    category = "reputation",
    description = "AOL refuses the sending network: its mail matches the signature of known spam.",
    examples = { "554 RTR:CH http://postmaster.info.aol.com/errors/554rtrch.html" },
  },
  {
    -- RLY:SN: a disallowed AOL screen name as the From or Reply-To address, or an AOL
    -- affiliate's address sent from an unauthorised IP.
    id = "provider.yahoo.aol-rly-sn",
    match = "rly:sn",
    category = "sender_invalid",
    description = "AOL refuses the sender address: an AOL address that may not be used from this IP.",
    examples = { "554 RLY:SN http://postmaster.info.aol.com/errors/554rlysn.html" },
  },
  {
    -- HVU:B1: a domain in the message body draws complaints from AOL members.
    id = "provider.yahoo.aol-hvu",
    match = "hvu:b1",
    category = "spam_content",
    description = "AOL blocks a domain named in the message; the link, not the IP, must change.",
    examples = { "554 HVU:B1 http://postmaster.info.aol.com/errors/554hvub1.html" },
  },
  {
    -- CON:B1: the sender went over AOL's thresholds and is blocked for a while; back off.
    id = "provider.yahoo.aol-con",
    match = "con:b1",
    pattern = "[^(] ('con:b1')",
    category = "blocklisted",
    action = "throttle",
    description = "The sender went over AOL's connection or volume thresholds and is blocked for a while; send more slowly.",
    examples = { "421 CON:B1 http://postmaster.info.aol.com/errors/421conb1.html" },
  },

  -- Success ------------------------------------------------------------------------------------

  {
    id = "provider.yahoo.dirdel",
    code = 250,
    match = "dirdel",
    category = "delivered",
    description = "Yahoo accepted the message for delivery.",
    examples = {
      { "250 ok dirdel", rcpt = "someone@yahoo.com" },
    },
  },
}
