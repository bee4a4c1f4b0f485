-- Cox Communications (cox.net). Source: Cox's "Email Error Codes" pages for senders
-- (cox.com residential and business support, postmaster.cox.net). Cox's replies end in an
-- "AUP#<code>" token and often open with a generic "sender rejected" or "message rejected":
-- the token, not the words, carries the meaning.
return {
  layer = "provider",
  provider = "cox",
  providers = {
    cox = {
      domains = { "cox.net" },
      mx = { "cox.net" },
      fingerprints = {
        "cox.com/residential/support/email-error-codes", "cox.com/business/support/email-error-codes",
        "postmaster.cox.net", ".cox.net", "@cox.net",
        -- Cox's own AUP tokens (Spectrum's are "AUP#" and digits): the reply names Cox without a link.
        "aup#cx", "aup#cdrbl", "aup#ipbl", "cox too many bad commands", "esmtp no data before greeting",
        "dns check failure - try again later", "esmtp server temporarily not available", "rejected - no rdns",
      },
    },
  },

  {
    id = "provider.cox.cxbl",
    match = "aup#cxbl",
    category = "blocklisted",
    description = "Cox blocked the sending IP for spam-like behaviour; ask Cox to unblock it.",
    examples = {
      { "554 5.7.1 Connection refused. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXBL", rcpt = "someone@cox.net" },
    },
  },
  {
    -- The block lifts by itself within a day: no delisting request, slow down and look at the traffic.
    id = "provider.cox.cdrbl",
    match = "aup#cdrbl",
    category = "blocklisted",
    action = "throttle",
    retry_after = 86400,
    description = "Cox blocked the sending IP for up to 24 hours for spam-like behaviour.",
    examples = {
      { "550 5.1.0 <bounce@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL", rcpt = "someone@cox.net" },
    },
  },
  {
    -- The bits say which lists hold the IP: Cloudmark CSI, Invaluement, Return Path, Spamhaus ZEN.
    id = "provider.cox.ipbl",
    match = "aup#ipbl",
    category = "blocklisted",
    description = "The sending IP is on a DNS blocklist Cox uses (Spamhaus ZEN, Cloudmark CSI, Return Path, ivmSIP).",
    examples = {
      { "554 5.7.1 Connection refused. This IP address is listed in Spamhaus Zen. AUP#IPBL0001", rcpt = "someone@cox.net" },
      { "554 5.7.1 Connection refused. AUP#IPBL1000", rcpt = "someone@cox.net" },
    },
  },
  {
    id = "provider.cox.urlbl",
    match = "aup#urlbl",
    category = "spam_content",
    description = "A link in the message points to a domain on a URI blocklist (SURBL, Spamhaus DBL, ivmURI).",
    examples = {
      { "552 5.7.0 Message rejected. AUP#URLBL011", rcpt = "someone@cox.net" },
    },
  },
  {
    id = "provider.cox.cxdns",
    match = "aup#cxdns",
    category = "reverse_dns",
    description = "The reverse DNS (PTR) lookup of the sending IP failed.",
    examples = {
      { "421 4.7.1 Connection refused. AUP#CXDNS", rcpt = "someone@cox.net" },
    },
  },
  {
    id = "provider.cox.cxsndr",
    match = "aup#cxsndr",
    category = "auth_failure",
    description = "The sending domain failed Cox's checks: SPF, DKIM, or a domain that does not resolve.",
    examples = {
      { "550 5.1.0 <bounce@example.com> sender rejected. AUP#CXSNDR", rcpt = "someone@cox.net" },
    },
  },
  {
    id = "provider.cox.cxsmtp",
    match = "aup#cxsmtp",
    category = "protocol_error",
    description = "The sending server broke the SMTP protocol.",
    examples = {
      { "554 5.5.0 Message rejected. AUP#CXSMTP", rcpt = "someone@cox.net" },
    },
  },
  {
    id = "provider.cox.rate",
    match = { "aup#cxcnct", "aup#cxmxrt" },
    category = "rate_limited",
    description = "Too many concurrent connections, or too many messages, from this sender; slow down.",
    examples = {
      { "421 4.7.0 Connection refused, too many sessions from this IP. AUP#CXCNCT", rcpt = "someone@cox.net" },
      { "452 4.5.3 Too many recipients. AUP#CXMXRT", rcpt = "someone@cox.net" },
    },
  },
  {
    -- Submissions through Cox's own servers by a Cox account.
    id = "provider.cox.account",
    match = { "aup#cxthrt", "aup#cxmj" },
    category = "sender_account",
    description = "Sending from this Cox account is limited or blocked after suspicious activity.",
    examples = {
      { "550 5.7.0 Email sending blocked due to suspicious account activity. AUP#CXMJ", rcpt = "someone@cox.net" },
    },
  },

  -- The replies Cox's error code page lists without an AUP token, each with its meaning there.

  {
    -- A client that kept sending bad commands or passwords is blocked for three hours; an IP
    -- that mailed too many invalid recipients is blocked.
    id = "provider.cox.ip-blocked",
    match = { "too many bad commands from", "too many invalid recipients" },
    category = "reputation",
    retry_after = 10800,
    description = "Cox blocked the sending IP for a while: repeated bad commands or passwords, or too many invalid recipients.",
    examples = {
      { "421 cox too many bad commands from 192.0.2.1", rcpt = "someone@cox.net" },
      { "554 too many invalid recipients", rcpt = "someone@cox.net" },
    },
  },
  {
    id = "provider.cox.rdns",
    match = { "dns check failure - try again later", "rejected - no rdns" },
    category = "reverse_dns",
    description = "The reverse DNS check of the sending IP failed; Cox requires a valid PTR record.",
    examples = {
      { "421 DNS check failure - try again later", rcpt = "someone@cox.net" },
      { "554 rejected - no rDNS", rcpt = "someone@cox.net" },
    },
  },
  {
    id = "provider.cox.early-talker",
    match = "esmtp no data before greeting",
    category = "protocol_error",
    description = "The sending server talked before Cox's greeting.",
    examples = { { "554 ESMTP no data before greeting", rcpt = "someone@cox.net" } },
  },
  {
    id = "provider.cox.attachment",
    match = "attachment extension is forbidden",
    category = "malicious_content",
    description = "The message carries an attachment type Cox refuses (.exe, .scr, .vbs and the like).",
    examples = { { "552 attachment extension is forbidden", rcpt = "someone@cox.net" } },
  },
  {
    id = "provider.cox.unavailable",
    match = "esmtp server temporarily not available",
    category = "system_error",
    description = "Cox's mail servers temporarily cannot accept new mail.",
    examples = { { "421 ESMTP server temporarily not available", rcpt = "someone@cox.net" } },
  },
  {
    id = "provider.cox.limits",
    priority = -1,
    match = { "too many sessions from", "message threshold exceeded", "requested action aborted: try again later" },
    category = "rate_limited",
    description = "The sending IP exceeded Cox's limit on concurrent connections or messages per connection.",
    examples = {
      { "421 too many sessions from 192.0.2.1", rcpt = "someone@cox.net" },
      { "452 requested action aborted: try again later", rcpt = "someone@cox.net" },
    },
  },
  {
    -- "Cox requires that all sender domains resolve to a valid MX or A-record within DNS."
    id = "provider.cox.sender-rejected",
    priority = -1,
    match = "sender rejected",
    category = "sender_invalid",
    description = "The sender's domain does not resolve to a valid MX or A record.",
    examples = { { "550 <bounce@example.com> sender rejected", rcpt = "someone@cox.net" } },
  },
  {
    id = "provider.cox.recipient-rejected",
    priority = -1,
    match = "recipient rejected",
    category = "recipient_unknown",
    description = "The recipient is not a valid Cox email account.",
    examples = { { "550 <someone@cox.net> recipient rejected", rcpt = "someone@cox.net" } },
  },
}
