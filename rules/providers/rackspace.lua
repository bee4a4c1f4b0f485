-- Rackspace Email (hosted on emailsrvr.com). Source: Rackspace's postmaster pages
-- (postmaster.apps.rackspace.com), which list the inbound refusals by the "(Gnn)" code each ends
-- with, as quoted on smtp.codes (github.com/fm/smtp-codes, "Rackspace"). The words before the code
-- are often generic ("refused to accept your message"); the documented meaning decides.
return {
  layer = "provider",
  provider = "rackspace",
  providers = {
    rackspace = {
      mx = { "emailsrvr.com" },
      fingerprints = {
        "emailsrvr.com", "mailbox received too much email in a short period",
        "recipient's server refused to accept your message", "sender's mx record not allowed",
        "header_contenttype_", "blocked by this recipient (ge)",
      },
    },
  },

  {
    -- G30: Rackspace limits the mail one mailbox takes in a short time (a list bomb, say).
    id = "provider.rackspace.g30",
    match = "mailbox received too much email in a short period",
    category = "recipient_rate_limited",
    description = "The Rackspace mailbox received too much mail in a short time; try again in a few minutes.",
    examples = { "450 4.2.1 <someone@example.com>: Mailbox received too much email in a short period of time (G30)" },
  },
  {
    -- G7: the recipient's server refused; Rackspace says to reach the recipient another way.
    id = "provider.rackspace.g7",
    match = "recipient's server refused to accept your message",
    category = "policy_block",
    description = "The recipient's server refused the message; contact the recipient by other means.",
    examples = { "550 5.7.1 The recipient's server refused to accept your message (G7)" },
  },
  {
    -- G14: the sender domain's MX records point at a provider on Rackspace's block list.
    id = "provider.rackspace.g14",
    match = "sender's mx record not allowed",
    category = "blocklisted",
    description = "The sender domain's MX records match a provider Rackspace blocks.",
    examples = { "550 5.7.1 Sender's MX record not allowed (G14)" },
  },
  {
    -- G18: a known virus signature; G19: partial ("message/partial") MIME messages.
    id = "provider.rackspace.g18",
    match = "header_contenttype_1",
    category = "malicious_content",
    description = "The message matches a known virus signature.",
    examples = { "550 5.7.0 header_contenttype_1 (G18)" },
  },
  {
    id = "provider.rackspace.g19",
    match = "header_contenttype_2",
    category = "message_noncompliant",
    description = "Partial MIME messages are not accepted; send the message whole.",
    examples = { "550 5.7.0 header_contenttype_2 - Multi-part MIME messages are rejected as dangerous (G19)" },
  },
  {
    -- GE: the recipient put the sender on their own block list.
    id = "provider.rackspace.ge",
    match = "blocked by this recipient",
    category = "recipient_policy",
    description = "The recipient has blocked this sender.",
    examples = { "554 5.7.1 user@example.com: Sender address rejected: Blocked by this recipient (GE)" },
  },
}
