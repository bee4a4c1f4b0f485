-- GoDaddy (Workspace Email hosted on secureserver.net). Source: GoDaddy Help, "Fix rejected
-- email with a bounce error". GoDaddy's inbound servers end each refusal with an "IB" code
-- (IB506, IB212, ...) that carries the meaning; the words before it vary.
return {
  layer = "provider",
  provider = "godaddy",
  providers = {
    godaddy = {
      domains = { "secureserver.net" },
      mx = { "secureserver.net" },
      -- Besides the host name: the IB codes of the help article, which end every refusal.
      fingerprints = {
        "secureserver.net", "ibsmtp", "ib007", "ib101", "ib103", "ib104", "ib105", "ib106", "ib108", "ib110",
        "ib111", "ib112", "ib113", "ib212", "ib301", "ib401", "ib501", "ib502", "ib504", "ib506", "ib508", "ib510",
        "ib605", "ib607", "ib705",
      },
    },
  },

  {
    -- IB501 blank From, IB502 an IP address as From, IB506 a From domain without MX or A record.
    id = "provider.godaddy.from",
    match = { "ib501", "ib502", "ib506" },
    category = "sender_invalid",
    description = "The From address is blank, an IP address, or in a domain that does not resolve.",
    examples = {
      { "550 5.2.0 <bounce@example.com> From: Domain is invalid. Please provide a valid From: IB506", mx = "smtp.secureserver.net" },
      { "550 user@example.com Blank From: addresses are not allowed. Provide a valid From. IB501", mx = "smtp.secureserver.net" },
    },
  },
  {
    -- Authentication is not offered on the inbound servers: the client is set up with the
    -- wrong outgoing server (smtpout.secureserver.net is the submission server).
    id = "provider.godaddy.ib401",
    match = "ib401",
    category = "sender_account",
    description = "The client tried to authenticate on GoDaddy's inbound servers; use the outgoing SMTP server.",
    examples = { { "535 Authentication not allowed on IBSMTP Servers. IB401", mx = "smtp.secureserver.net" } },
  },
  {
    -- IB301: the HELO/EHLO name is refused (invalid, or one that is being abused).
    id = "provider.godaddy.ib301",
    match = "ib301",
    category = "reverse_dns",
    description = "GoDaddy refused the HELO/EHLO name; use a valid name that belongs to the sending server.",
    examples = { { "HELO/EHLO rejected. IB301", mx = "smtp.secureserver.net" } },
  },
  {
    id = "provider.godaddy.ib508",
    match = "ib508",
    category = "auth_failure",
    description = "The sending domain's SPF record does not authorize the sending server.",
    examples = {
      { "550 user@example.com Invalid SPF record. Inspect your SPF settings, and try again. IB508", mx = "smtp.secureserver.net" },
    },
  },
  {
    id = "provider.godaddy.ib108",
    match = "ib108",
    category = "reverse_dns",
    description = "The sending IP has no reverse DNS, or its lookup failed.",
    examples = {
      { "421 Temporarily rejected. Reverse DNS for this IP failed. IB108", mx = "smtp.secureserver.net" },
    },
  },
  {
    id = "provider.godaddy.ib212",
    match = "ib212",
    category = "spam_content",
    description = "A link, attachment or pattern in the message was judged to be spam.",
    examples = {
      { "552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212", mx = "smtp.secureserver.net" },
    },
  },
  {
    id = "provider.godaddy.ib705",
    match = "ib705",
    category = "malicious_content",
    description = "The message was judged to carry a virus.",
    examples = {
      { "552 Virus infected message rejected. IB705", mx = "smtp.secureserver.net" },
    },
  },
  {
    id = "provider.godaddy.ib605",
    match = "ib605",
    category = "too_many_recipients",
    description = "The message has too many recipients.",
    examples = {
      { "452 This message contains too many recipients. Reduce the number of recipients and retry. IB605", mx = "smtp.secureserver.net" },
    },
  },
  {
    -- IB007 concurrent sessions, IB504 messages per hour, IB510 messages per session, IB607
    -- recipients per hour.
    id = "provider.godaddy.rate",
    match = { "ib007", "ib504", "ib510", "ib607" },
    category = "rate_limited",
    description = "The sending IP exceeded GoDaddy's limit on sessions, messages or recipients; send more slowly.",
    examples = {
      { "421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007", mx = "smtp.secureserver.net" },
      { "550 This IP has sent too many messages this hour. IB504", mx = "smtp.secureserver.net" },
    },
  },
  {
    id = "provider.godaddy.ib101",
    match = "ib101",
    category = "system_error",
    description = "GoDaddy's mail queue is busier than usual; retry later.",
    examples = {
      { "421 Server temporarily unavailable. Try again later. IB101", mx = "smtp.secureserver.net" },
    },
  },
  {
    -- IB110/IB112 last an hour, IB111/IB113 the rest of the day: spam content or invalid
    -- recipients sent from the IP. They lift by themselves.
    id = "provider.godaddy.ip-blocked",
    match = { "ib110", "ib111", "ib112", "ib113" },
    category = "reputation",
    retry_after = 3600,
    description = "GoDaddy blocked the sending IP for an hour or a day after spam or mail to invalid recipients.",
    examples = {
      { "554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110", mx = "smtp.secureserver.net" },
      { "554 This IP has been blocked for the day, for attempting to mail too many invalid recipients. IB113", mx = "smtp.secureserver.net" },
    },
  },
  {
    -- IB103 Cloudmark CSI; IB104-IB106 the Spamhaus SBL, XBL and PBL.
    id = "provider.godaddy.dnsbl",
    match = { "ib103", "ib104", "ib105", "ib106" },
    category = "blocklisted",
    description = "The sending IP is listed by Cloudmark CSI or Spamhaus; request delisting there.",
    examples = {
      { "554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103", mx = "smtp.secureserver.net" },
      { "554 Connection refused. This IP address is listed on the Policy Block List (PBL). IB106", mx = "smtp.secureserver.net" },
    },
  },

  -- Replies of the same article that carry no IB code.

  {
    id = "provider.godaddy.account-disabled",
    match = "account disabled",
    category = "recipient_inactive",
    description = "The recipient's GoDaddy account exists but can no longer receive mail.",
    examples = { { "550 Account disabled", mx = "smtp.secureserver.net" } },
  },
  {
    id = "provider.godaddy.storage",
    match = "account storage limit",
    category = "mailbox_full",
    description = "The recipient's account has reached its storage limit.",
    examples = { { "552 Account storage limit", mx = "smtp.secureserver.net" } },
  },
  {
    id = "provider.godaddy.spam-or-virus",
    match = "message rejected for spam or virus content",
    category = "spam_content",
    description = "GoDaddy's filters caught a link, attachment or pattern in the message as spam.",
    examples = { { "552 Message rejected for spam or virus content", mx = "smtp.secureserver.net" } },
  },
  {
    id = "provider.godaddy.rbl-reject",
    match = "rbl reject",
    category = "blocklisted",
    description = "The sending IP is on GoDaddy's internal block list; request removal through the link given.",
    examples = { { "554 RBL Reject.", mx = "smtp.secureserver.net" } },
  },
}
