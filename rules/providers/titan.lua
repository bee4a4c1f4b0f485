-- Titan (Titan Email, mail hosting sold by Hostinger, Bluehost, Namecheap and others; MX
-- mx1.titan.email). Source: Titan's help article "Understanding Incoming Email Reject Codes"
-- (support.titan.email/hc/en-us/articles/35175377981977), as quoted on smtp.codes
-- (github.com/fm/smtp-codes, "Titan"). Titan's "quota" refusals are rate limits on the
-- recipient and its domain (support.titan.email article 360038836914), not a full mailbox.
return {
  layer = "provider",
  provider = "titan",
  providers = {
    titan = {
      mx = { "titan.email" },
      fingerprints = {
        "titan.email", "recipients domain hourly quota exceeded", "recipients domain daily quota exceeded",
        "domains hourly quota exceeded", "domains daily quota exceeded", "incoming suspended due to abuse",
        "incoming temporarily suspended", "sending ip has insufficient reputation", "sender ip rejected: spam rate exceeded",
      },
    },
  },

  {
    id = "provider.titan.quota",
    match = {
      "recipients domain hourly quota exceeded", "recipients domain daily quota exceeded", "domains hourly quota exceeded",
      "domains daily quota exceeded", "recipient quota exceeded;",
    },
    category = "recipient_rate_limited",
    description = "The recipient or its domain took its hourly or daily share of mail at Titan; retry later.",
    examples = {
      "550 5.4.7 <someone@example.com>: Recipient address rejected: Recipients Domain Hourly Quota Exceeded",
      { "550 5.4.6 <someone@example.com>: Recipient address rejected: Recipient Quota Exceeded;", mx = "mx1.titan.email" },
    },
  },
  {
    -- The recipient domain is suspended for suspicious activity.
    id = "provider.titan.suspended",
    match = "incoming suspended due to abuse",
    category = "recipient_inactive",
    type = "hard",
    description = "The recipient domain is suspended at Titan for abuse; it accepts no mail.",
    examples = { "550 5.2.1 <someone@example.com>: Recipient address rejected: Incoming suspended due to abuse" },
  },
  {
    id = "provider.titan.migration",
    match = "incoming temporarily suspended",
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient domain is being migrated; Titan accepts its mail again afterwards.",
    examples = { "550 5.2.1 <someone@example.com> : Recipient address rejected: Incoming temporarily suspended due to partner migration" },
  },
  {
    id = "provider.titan.new-ip",
    match = "sending ip has insufficient reputation",
    category = "reputation",
    description = "The sending IP is new to Titan and has no reputation yet; retry later.",
    examples = { "421 4.7.0: Sender IP rejected: sending IP has insufficient reputation.  Please retry later." },
  },
  {
    id = "provider.titan.spam-rate",
    match = "spam rate exceeded",
    category = "reputation",
    description = "The sending server sent an unusually high share of spam; Titan blocks it.",
    examples = { "550 5.7.2 192.0.2.1: Sender IP rejected: spam rate exceeded" },
  },
  {
    id = "provider.titan.protocol",
    match = "protocol error",
    category = "protocol_error",
    description = "The sending server broke the SMTP protocol (commands or their order).",
    examples = { { "550 5.5.1 Protocol error", mx = "mx1.titan.email" } },
  },
}
