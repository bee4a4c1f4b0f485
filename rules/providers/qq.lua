-- Tencent QQ Mail and Tencent Exmail (qq.com, foxmail.com, and domains hosted on Exmail).
-- Source: Tencent's bounce help pages (service.mail.qq.com/detail/122/..., formerly
-- service.exmail.qq.com/cgi-bin/help?...&no=10007xx), one page per reply text. Tencent sends no
-- enhanced status codes and answers almost everything with 550, so the text decides.
return {
  layer = "provider",
  provider = "qq",
  providers = {
    qq = {
      domains = { "qq.com", "vip.qq.com", "foxmail.com" },
      mx = { "qq.com" },
      fingerprints = { ".qq.com", "@qq.com", "@foxmail.com", "suspected spam sender" },
    },
  },

  {
    id = "provider.qq.550_mailbox_not_found",
    match = "mailbox not found",
    category = "recipient_unknown",
    description = "The recipient does not exist",
    examples = {
      { "550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", rcpt = "someone@qq.com" },
      { "550 Mailbox not found. http://service.mail.qq.com/detail/122/169", rcpt = "someone@qq.com" },
    },
  },
  {
    id = "provider.qq.501_bad_address_syntax",
    match = "bad address syntax",
    category = "recipient_unknown",
    description = "The recipient address is malformed; check it with the recipient",
    examples = { { "501 Bad address syntax. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_deactivated_mailbox",
    match = "is a deactivated mailbox",
    category = "recipient_inactive",
    description = "The recipient's mailbox has been deactivated",
    examples = { { "550 someone@qq.com is a deactivated mailbox. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_mail_is_rejected_by_recipients",
    match = "mail is rejected by recipients",
    category = "recipient_policy",
    description = "The recipient blocked the sender (personal blacklist) or filtered the message with a rule",
    examples = { { "550 Mail is rejected by recipients", rcpt = "someone@qq.com" } },
  },
  {
    -- Tencent documents this one with a typo ("denined") in some replies.
    id = "provider.qq.550_mailbox_unavailable_or_access_denied",
    match = { "mailbox unavailable or access denied", "mailbox unavailable or access denined" },
    category = "recipient_rate_limited",
    description = "The recipient receives too much mail in a short time; mail to it is paused. Retry later",
    examples = { { "550 Mailbox unavailable or access denied. http://service.mail.qq.com/detail/122/166", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_mail_content_denied",
    match = { "mail content denied", "error: content rejected" },
    category = "spam_content",
    description = "The content looks like bulk mail and was reported as spam by many users",
    examples = {
      { "550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726", rcpt = "someone@qq.com" },
      { "550 Error: content rejected", rcpt = "someone@qq.com" },
    },
  },
  {
    id = "provider.qq.550_spam_is_embedded",
    match = "spam is embedded in the email",
    category = "spam_content",
    description = "The message contains content known from spam",
    examples = { { "550 Spam is embedded in the email. https://service.mail.qq.com/detail/122/59", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_suspected_spam",
    match = "suspected spam",
    category = "spam_content",
    description = "Tencent suspects the message of being spam",
    examples = { { "550 Suspected spam", rcpt = "someone@qq.com" } },
  },
  {
    -- Named after the sender or its IP: a verdict on where the mail comes from, not on this message.
    id = "provider.qq.550_suspected_spam_sender",
    priority = 10,
    match = { "suspected spam sender", "suspected spam ip" },
    category = "reputation",
    description = "Tencent suspects the sending domain, IP or mail operator of sending a lot of spam",
    examples = {
      { "550 Suspected spam sender.", rcpt = "someone@qq.com" },
      { "550 Suspected spam ip. https://service.mail.qq.com/detail/122/66", rcpt = "someone@qq.com" },
    },
  },
  {
    id = "provider.qq.550_suspected_bounce_attacks",
    match = "suspected bounce attacks",
    category = "reputation",
    description = "The sender sends many bounces to Tencent users (backscatter) and is refused",
    examples = { { "550 Suspected bounce attacks. https://service.mail.qq.com/detail/122/57", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_ip_frequency_limited",
    match = "ip frequency limited",
    category = "rate_limited",
    description = "The sending IP exceeded Tencent's per-minute, per-hour or per-day limit; pause and send slower",
    examples = { { "550 Ip frequency limited. https://service.mail.qq.com/detail/122/172", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_domain_frequency_limited",
    match = "domain frequency limited",
    category = "rate_limited",
    description = "The sender domain exceeded Tencent's per-minute, per-hour or per-day limit; pause and send slower",
    examples = { { "550 Domain frequency limited. https://service.mail.qq.com/detail/122/173", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_sender_frequency_limited",
    match = "sender frequency limited",
    category = "rate_limited",
    description = "The sender address exceeded Tencent's per-minute, per-hour or per-day limit; pause and send slower",
    examples = { { "550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_connection_frequency_limited",
    match = "connection frequency limited",
    category = "rate_limited",
    description = "The sending IP connects more often than Tencent allows; pause and send slower",
    examples = { { "550 Connection frequency limited. https://service.mail.qq.com/detail/122/175", rcpt = "someone@qq.com" } },
  },
  {
    -- Tencent: the server IP's sending rate is far above the limit, not a blocklist entry.
    id = "provider.qq.550_connection_denied",
    match = "connection denied",
    category = "rate_limited",
    description = "The sending IP sends far faster than Tencent allows; pause, then retry at a lower rate",
    examples = { { "550 Connection denied", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_spf_check_failed",
    match = "spf check failed",
    category = "auth_failure",
    description = "The message failed the sender domain's SPF check",
    examples = { { "550 SPF check failed. https://service.mail.qq.com/detail/122/72", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.550_dmarc_check_failed",
    match = "dmarc check failed",
    category = "auth_failure",
    description = "The message failed the sender domain's DMARC policy",
    examples = { { "550 DMARC check failed http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.", rcpt = "someone@qq.com" } },
  },
  {
    id = "provider.qq.552_message_too_large",
    match = "message too large",
    category = "message_too_large",
    description = "The message is larger than Tencent accepts",
    examples = {
      { "552 Message too large", rcpt = "someone@qq.com" },
      { "550 Message too large. https://service.mail.qq.com/detail/122/168", rcpt = "someone@qq.com" },
    },
  },
  {
    id = "provider.qq.500_bad_syntax",
    match = "error: bad syntax",
    category = "protocol_error",
    description = "An SMTP command had a syntax error",
    examples = { { "500 Error: bad syntax", rcpt = "someone@qq.com" } },
  },
}
