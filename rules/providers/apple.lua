-- Apple iCloud Mail (icloud.com, me.com, mac.com). Apple's postmaster page
-- (support.apple.com/102322, formerly HT204137, which iCloud's replies link to) asks senders
-- to act on iCloud's SMTP errors; the replies below are the ones it and its error links
-- describe. iCloud filters with Proofpoint/Cloudmark, whose verdicts arrive as
-- "rejected due to local policy" with a bracketed [CSnn] or [HMnn] token.
return {
  layer = "provider",
  provider = "apple",
  providers = {
    apple = {
      domains = { "icloud.com", "me.com", "mac.com", "privaterelay.appleid.com" },
      -- mx01.mail.icloud.com, mx02.mail.icloud.com; older mx*.me.com.akadns.net
      mx = { "mail.icloud.com", "icloud.com", "me.com.akadns.net", "appleid.com" },
      -- Besides host names and help links: iCloud's wording for a content domain on the Spamhaus DBL.
      fingerprints = {
        "mail.icloud.com", "support.apple.com/en-us/ht204137", "support.apple.com/en-us/102322",
        "having a domain present in the spamhaus dbl",
        -- iCloud's filter verdict tokens ([CS01], [HM08], [HME1]) and its own recipient wordings.
        "[cs0", "[hm0", "[hme", "[bs0", "inactive email address",
      },
    },
  },

  {
    id = "provider.apple.user-unknown",
    match = { "user does not exist", "user not found", "unknown or illegal alias" },
    category = "recipient_unknown",
    description = "The iCloud address does not exist.",
    examples = {
      { "550 5.1.1 <someone@icloud.com>: user does not exist", rcpt = "someone@icloud.com" },
      { "550 5.1.1 <someone@privaterelay.appleid.com>: user not found", rcpt = "someone@privaterelay.appleid.com" },
    },
  },
  {
    -- iCloud lets a user deactivate an address (Hide My Email, aliases): it exists but takes no mail.
    id = "provider.apple.inactive",
    match = "inactive email address",
    category = "recipient_inactive",
    type = "hard",
    description = "The iCloud address has been deactivated by its owner.",
    examples = {
      { "550 5.1.1 <someone@icloud.com>: inactive email address", rcpt = "someone@icloud.com" },
    },
  },
  {
    id = "provider.apple.moved",
    match = "recipient no longer on server",
    category = "recipient_unknown",
    description = "The iCloud address no longer exists on iCloud's servers.",
    examples = { { "550 5.1.6 recipient no longer on server: someone@icloud.com", rcpt = "someone@icloud.com" } },
  },
  {
    id = "provider.apple.spf-dkim",
    match = "failing both spf and dkim",
    category = "auth_failure",
    description = "The message failed both SPF and DKIM at iCloud.",
    examples = {
      "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices",
    },
  },
  {
    id = "provider.apple.over-quota",
    match = "over quota",
    category = "mailbox_full",
    description = "The iCloud mailbox is over quota.",
    examples = {
      { "552 5.2.2 <someone@icloud.com>: user is over quota", rcpt = "someone@icloud.com" },
    },
  },
  {
    -- Per recipient: too many messages to one address in a short time (often seed lists).
    id = "provider.apple.excessive-volume",
    match = "deferred due to excessive volume",
    category = "recipient_rate_limited",
    description = "Too much mail to this iCloud recipient in a short time; try again later.",
    examples = {
      { "421 4.7.1 Messages to someone@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137", rcpt = "someone@icloud.com" },
    },
  },
  {
    -- Bursts at the top of the hour, when many senders hit iCloud at once.
    id = "provider.apple.service-unavailable",
    match = "service unavailable - try again later",
    category = "system_error",
    description = "iCloud is not accepting messages right now; try again later.",
    examples = {
      { "451 4.7.1 Service unavailable - try again later", rcpt = "someone@icloud.com" },
    },
  },
  {
    id = "provider.apple.local-policy",
    match = "rejected due to local policy",
    category = "policy_block",
    description = "iCloud's filters refused the message (local policy, [CSnn]/[HMnn] token).",
    examples = {
      { "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137", rcpt = "someone@icloud.com" },
    },
  },
  {
    id = "provider.apple.dmarc",
    match = "dmarc policy",
    category = "auth_failure",
    description = "The message failed the sending domain's DMARC policy.",
    examples = {
      { "550 5.7.1 Your message was rejected due to example.com DMARC policy.", rcpt = "someone@icloud.com" },
    },
  },
  {
    -- iCloud checks the domains of links in the content, not the sending IP: remove the link
    -- or have the domain delisted.
    id = "provider.apple.spamhaus-dbl",
    match = "spamhaus dbl",
    category = "blocklisted",
    action = "review_content",
    description = "A domain in the message content is on the Spamhaus DBL.",
    examples = {
      { "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/", rcpt = "someone@icloud.com" },
      "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/",
    },
  },
}
