-- Alibaba Mail (aliyun.com, Alibaba enterprise mail on mxhichina.com / qiye.aliyun.com).
-- Source: Alibaba Cloud help, "Common bounce messages of Alibaba Mail" (help.aliyun.com
-- document 36612) and the Alibaba Mail bounce notes it links. Alibaba's inbound filter answers
-- "Reject by behaviour spam at <stage> ... ANTISPAM_BAT[...]: <reason>", and the reason after
-- the bracket decides. (DirectMail's own codes, seed 004, reach us for any recipient domain, so
-- the text layer carries them, not this provider.)
return {
  layer = "provider",
  provider = "alibaba",
  providers = {
    alibaba = {
      domains = { "aliyun.com", "alibaba-inc.com", "alimail.com" },
      mx = { "mxhichina.com", "qiye.aliyun.com", "aliyun.com", "alibaba-inc.com" },
      fingerprints = {
        "antispam_bat", "reject by behaviour spam", "mxhichina.com", "aliyun.com", "alibaba-inc.com",
        "spamed by local spam engine", "is achieved the maximum threshold",
      },
    },
  },

  -- Alibaba Mail receiving: the behaviour filter
  {
    id = "provider.alibaba.behaviour_spam",
    priority = -1,
    match = "reject by behaviour spam",
    category = "reputation",
    description = "Alibaba's behaviour filter refused the sending IP: too much mail, or a poor reputation",
    examples = { { "554 Reject by behaviour spam at Rcpt State(Connection IP address:198.51.100.1)ANTISPAM_BAT[01201311R846a, maildocker-behaviorspam033068209079]", rcpt = "someone@aliyun.com" } },
  },
  {
    id = "provider.alibaba.behaviour_spf",
    match = "spf check failed",
    category = "auth_failure",
    description = "The sending IP failed the sender domain's SPF check",
    examples = { { "554 Reject by behaviour spam at Rcpt State(Connection IP address:198.51.100.1)ANTISPAM_BAT[01201311R846a, maildocker-behaviorspam033068209079]: spf check failedCONTINUE", rcpt = "someone@aliyun.com" } },
  },
  {
    id = "provider.alibaba.behaviour_rbl",
    match = "list on rbl sites",
    category = "blocklisted",
    description = "The sending IP is listed by anti-spam organisations; get it delisted there",
    examples = { { "554 Reject by behaviour spam at DATA State(Connection IP address:198.51.100.1)ANTISPAM_BAT[01201311R5167S531]: list on rbl sites", rcpt = "someone@aliyun.com" } },
  },
  {
    id = "provider.alibaba.behaviour_bad_sending",
    match = "bad sending",
    category = "reputation",
    description = "The sending IP has a low reputation for spam sending",
    examples = { { "554 Reject by behaviour spam at DATA State(Connection IP address:198.51.100.1)ANTISPAM_BAT[01201311R5167S531]: bad sending", rcpt = "someone@aliyun.com" } },
  },
  {
    id = "provider.alibaba.behaviour_frequency",
    match = { "too frequently sending", "currently unexpected sending" },
    category = "rate_limited",
    description = "The sender connects or sends more often than Alibaba accepts; lower the rate and the block lifts",
    examples = {
      { "454 Transient reject by behaviour spam at DATA State(Connection IP address:198.51.100.1)ANTISPAM_BAT[01201311R5167S531, r41g03022]: currently unexpected sending", rcpt = "someone@aliyun.com" },
      { "554 Reject by behaviour spamANTISPAM_BAT[01201311R2268S1430114234, maildocker-behaviorspam033045086103]: too frequently sending", rcpt = "someone@example.com", mx = "smtp.aliyun.com" },
    },
  },

  -- Alibaba Mail sending (our account on Alibaba Mail)
  {
    id = "provider.alibaba.local_spam_engine",
    match = "spamed by local spam engine",
    category = "spam_content",
    description = "Alibaba Mail's anti-spam engine judged the outgoing message spam",
    examples = { { "(13)ESO_LOCAL_SPAM: spamed by local spam engine", rcpt = "someone@example.com", mx = "smtp.aliyun.com" } },
  },
  {
    id = "provider.alibaba.mailfrom_local_account",
    match = "mailfrom account is a local account",
    category = "sender_invalid",
    description = "Mail from an Alibaba Mail address must be submitted through Alibaba Mail's SMTP server",
    examples = { { "502 Mailfrom account is a local account", rcpt = "someone@aliyun.com" } },
  },
  {
    id = "provider.alibaba.rcptto_not_local",
    match = "rcptto account isn't a local account",
    category = "recipient_unknown",
    description = "The recipient's domain is on Alibaba Mail but this account is not (misspelt, or the domain moved away)",
    examples = { { "503 Rcptto account isn't a local account", rcpt = "someone@aliyun.com" } },
  },
  {
    id = "provider.alibaba.rcpt_attempts_threshold",
    match = "number of rcpt attempts is achieved the maximum threshold",
    category = "sender_account",
    description = "Our account reached its sending limit; send again the next day",
    examples = { { "504 the number of RCPT attempts is achieved the maximum threshold", rcpt = "someone@example.com", mx = "smtp.aliyun.com" } },
  },
  {
    id = "provider.alibaba.rcpt_total_threshold",
    match = "total of rcpts is achieved the maximum threshold",
    category = "rate_limited",
    description = "Our account sends too often; lower the sending rate",
    examples = { { "505 the total of RCPTs is achieved the maximum threshold", rcpt = "someone@example.com", mx = "smtp.aliyun.com" } },
  },
  {
    id = "provider.alibaba.size_threshold",
    match = {
      "length of data content is achieved the maximum threshold",
      "length of attach is achieved the maximum threshold",
      "number of attachments is achieved the maximum threshold",
    },
    category = "message_too_large",
    description = "The message body, an attachment or the number of attachments is over Alibaba's limit",
    examples = {
      { "510 The length of DATA content is achieved the maximum threshold", rcpt = "someone@example.com", mx = "smtp.aliyun.com" },
      { "510 The number of attachments is achieved the maximum threshold", rcpt = "someone@example.com", mx = "smtp.aliyun.com" },
    },
  },
}
