-- Trend Micro Email Security (Hosted Email Security), the filter in front of many organisations'
-- mailboxes (MX under tmes.trendmicro.com, in.hes.trendmicro.com). Source: Trend Micro's sender
-- filtering and Email Reputation Services documentation (docs.trendmicro.com, ers.trendmicro.com)
-- and the refusals smtp.codes quotes with their meaning (github.com/fm/smtp-codes, "Trend Micro").
-- Its refusals carry a token after "Recipient address rejected:" that names the check.
return {
  layer = "provider",
  provider = "trendmicro",
  providers = {
    trendmicro = {
      mx = { "tmes.trendmicro.com", "hes.trendmicro.com", "trendmicro.eu" },
      fingerprints = {
        "tmes.trendmicro.com", "rejected: ers-customized-block", "rejected: block-send-er", "rejected: block-rcpt",
        "rejected: invalid-recipient", "rejected: no-domain", "servicecentral.trendmicro.com", "ers-dul", "ers-rbl",
        "ers-qil",
      },
    },
  },

  {
    -- A block the recipient's administrator set: custom ERS filters, a blocked sender or recipient.
    id = "provider.trendmicro.customer-block",
    match = { "ers-customized-block", "block-send-er", "block-rcpt" },
    category = "recipient_policy",
    description = "A block set by the recipient organisation's Trend Micro administrator refuses this mail.",
    examples = {
      "550 5.7.1 <someone@example.com>: Recipient address rejected: ERS-Customized-Block.",
      "554 5.7.1 <someone@example.com>: Recipient address rejected: BLOCK-SEND-ER.",
    },
  },
  {
    -- The sending IP on one of Email Reputation Services' lists (ERS documentation: RBL+ of known
    -- spam sources, DUL of dynamic address space, QIL of sources seen sending spam right now):
    -- Trend Micro's own blocklists, delisted at servicecentral.trendmicro.com/ers.
    id = "provider.trendmicro.ers-list",
    match = { "ers-dul", "ers-rbl", "ers-qil" },
    category = "blocklisted",
    description = "The sending IP is on a Trend Micro Email Reputation Services list (RBL+, DUL or QIL); request delisting.",
    examples = {
      "550 5.7.1 <someone@example.com>: Recipient address rejected: Mail from <192.0.2.1> was refused due to the " ..
        "sender IP found in ERS-DUL. For details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.",
    },
  },
  {
    id = "provider.trendmicro.invalid-recipient",
    match = "invalid-recipient",
    category = "recipient_unknown",
    description = "The recipient is not a valid address of the Trend Micro customer.",
    examples = { "554 5.7.1 <someone@example.com>: Recipient address rejected: Invalid-Recipient." },
  },
  {
    -- The recipient domain is not (or no longer) set up at Trend Micro: its MX points there anyway.
    id = "provider.trendmicro.no-domain",
    match = "no-domain",
    category = "routing_error",
    description = "The recipient domain is not configured at Trend Micro; its administrator must fix the setup.",
    examples = { "554 5.7.1 <someone@example.com>: Recipient address rejected: NO-DOMAIN." },
  },
}
