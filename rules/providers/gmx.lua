-- GMX, WEB.DE and mail.com (United Internet, one inbound platform, "Nemesis" MTA).
-- Source: the postmaster pages postmaster.gmx.net / postmaster.gmx.com /en/error-messages and
-- postmaster.web.de /error-messages (and the postmaster case pages their replies link to).
-- United Internet sends no enhanced status codes; replies are multi-line and the last line,
-- the one before the postmaster link, carries the reason. So the specific reasons outrank the
-- generic "mailbox unavailable" that can precede them on an earlier line.
return {
  layer = "provider",
  provider = "gmx",
  providers = {
    gmx = {
      domains = {
        "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.com", "gmx.co.uk", "gmx.fr", "gmx.es", "gmx.it",
        "gmx.eu", "gmx.info", "gmx.org", "gmx.biz", "gmx.us", "gmx.li", "gmx.se", "gmx.tm",
        "web.de", "mail.com", "usa.com",
      },
      mx = { "gmx.net", "gmx.com", "web.de", "mail.com" },
      fingerprints = {
        "nemesis esmtp", "postmaster.gmx", "postmaster.web.de", "postmaster.1and1", "gmx.net/mail/senderguidelines",
        "web.de/email/senderguidelines", "(mxgmx", "(mxweb", "emig.gmx.net",
        "policy restrictions (header based)",
        -- wordings of the error-messages pages that the generic rules would read otherwise
        "policy restrictions (ip based)", "policy restrictions (domain based)",
        "invalid dns mx or a/aaaa resource record",
      },
    },
  },

  {
    id = "provider.gmx.ip_block_listed",
    priority = 10,
    -- ... or its case code alone, where an MTA kept only the reply's last line ("554 For explanation
    -- visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=...")
    match = { "ip address is block listed", "ip address is black listed", "ip address is blacklisted", "?c=r0201",
              "&c=r0201" },
    category = "blocklisted",
    description = "The sending IP is on a blocklist United Internet uses; the postmaster link explains how to get it removed",
    examples = {
      { "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR", rcpt = "someone@gmx.net" },
      "554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR",
    },
  },
  {
    id = "provider.gmx.bad_ptr",
    priority = 10,
    match = { "bad dns ptr resource record", "invalid dns ptr resource record", "?c=rdns", "&c=rdns" },
    category = "reverse_dns",
    description = "The sending IP has no valid reverse DNS (PTR) record",
    examples = {
      { "554-gmx.net (mxgmx116) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.25&c=rdns", rcpt = "someone@gmx.de" },
      { "554-web.de (mxweb005) Nemesis ESMTP Service not available 554-No SMTP service 554 invalid DNS PTR resource record, IP=192.0.2.31", rcpt = "someone@web.de" },
    },
  },
  {
    id = "provider.gmx.spf",
    priority = 10,
    match = "reject due to spf policy",
    category = "auth_failure",
    description = "The message came from a server the sender domain's SPF record does not permit (forwarders: use SRS)",
    examples = { { "550 <someone@web.de>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner", rcpt = "someone@web.de" } },
  },
  {
    -- The header checks: technical header data missing, off-standard or implausible (e.g. a Date far off).
    -- The generic policy wording names them by the case code "hi" in its postmaster link.
    id = "provider.gmx.policy_header",
    priority = 20,
    match = { "reject due to policy restrictions (header based)", "?c=hi&", "&c=hi" },
    category = "message_noncompliant",
    description = "The message headers do not meet the standards or are implausible (for example a wrong Date)",
    examples = {
      { "550 <user@example.com>: Reject due to policy restrictions (header based)", rcpt = "someone@web.de" },
      { "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://web.de/email/senderguidelines?ip=192.0.2.1&c=hi", rcpt = "someone@web.de" },
    },
  },
  {
    -- "If a high percentage of e-mails are classified as spam, all messages coming from the
    -- sender's IP address will be temporarily rejected" (postmaster.web.de/error-messages).
    id = "provider.gmx.policy_ip",
    priority = 20,
    match = "reject due to policy restrictions (ip based)",
    category = "reputation",
    description = "Too much of the sending IP's mail was classified as spam; its mail is refused for a while",
    examples = { { "550 <user@example.com>: Reject due to policy restrictions (IP based)", rcpt = "someone@web.de" } },
  },
  {
    -- The sender's domain has no MX, A or AAAA record that could take replies or bounces.
    id = "provider.gmx.sender_domain_dns",
    priority = 20,
    match = "invalid dns mx or a/aaaa resource record",
    category = "sender_invalid",
    description = "The sender's domain has no MX or A/AAAA record that can receive replies",
    examples = { { "550 <user@example.com>: Invalid DNS MX or A/AAAA resource record", rcpt = "someone@web.de" } },
  },
  {
    id = "provider.gmx.policy",
    priority = 10,
    match = { "reject due to policy restrictions", "?c=poli", "&c=poli" },
    category = "policy_block",
    description = "United Internet refused the mail under its email policy; the postmaster link names the check",
    examples = {
      { "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.gmx.net/en/case", rcpt = "someone@gmx.net" },
      { "550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.13&c=poli", rcpt = "someone@gmx.net" },
      "550 For explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.13&c=poli",
    },
  },
  {
    -- United Internet documents this generic wording as its refusal for a misconfigured sender.
    id = "provider.gmx.config_refused",
    priority = 10,
    match = "syntax error in parameters or arguments",
    category = "protocol_error",
    description = "Reception refused because of an incorrect sending-server configuration; fix it and ask for unblocking",
    examples = { { "550 <user@example.com>: Syntax error in parameters or arguments", rcpt = "someone@web.de" } },
  },
  {
    id = "provider.gmx.quota",
    priority = 10,
    match = {
      "exceeded storage allocation", "quota exceeded", "has exhausted allowed storage space",
      "too many messages on the server",
    },
    category = "mailbox_full",
    description = "The recipient's mailbox has no free space",
    examples = {
      { "550 <user@example.com>: Requested mail action aborted: exceeded storage allocation, Quota exceeded", rcpt = "someone@web.de" },
      { "552-Requested mail action aborted: exceeded storage allocation 552-Quota exceeded. 552 For explanation visit https://postmaster.gmx.net/en/case", rcpt = "someone@gmx.de" },
    },
  },
  {
    id = "provider.gmx.rate_limit",
    priority = 10,
    match = "rate limit reached",
    category = "rate_limited",
    description = "Too many messages in a short time; retry in a few hours at a lower rate",
    examples = { { "421 Rate limit reached. Please try again later", rcpt = "someone@gmx.net" } },
  },
  {
    id = "provider.gmx.mailbox_unavailable",
    match = "mailbox unavailable",
    category = "recipient_unknown",
    description = "The recipient does not exist",
    examples = {
      { "550 <someone@gmx.net>: Requested action not taken: mailbox unavailable", rcpt = "someone@gmx.net" },
      { "450-Requested mail action not taken: mailbox unavailable 450 For explanation visit https://postmaster.gmx.net/en/case?c=r1602", rcpt = "someone@gmx.net" },
    },
  },
}
