-- SoftBank mobile mail (i.softbank.jp, softbank.ne.jp and the older vodafone.ne.jp addresses).
-- Source: SendMagic's table of SoftBank's replies ("SMTP応答コードについて【SoftBank編】",
-- note.com/sendmagic/n/n5afbf98aeb25): "550 Invalid recipient" for an address that does not
-- exist, which the text rules read; and "553 <domain> does not exist" when the envelope sender's
-- domain has no DNS record at all, which refuses every recipient of that sender. Those words
-- name the sender's domain, not the recipient.
return {
  layer = "provider",
  provider = "softbank",
  providers = {
    softbank = {
      domains = { "i.softbank.jp", "softbank.ne.jp", "vodafone.ne.jp" },
      mx = { "softbank.ne.jp", "softbank.jp" },
    },
  },

  {
    id = "provider.softbank.sender-domain",
    code = 553,
    match = "does not exist",
    category = "sender_invalid",
    description = "SoftBank refused the envelope sender: its domain has no DNS record.",
    examples = { { "553 example.com does not exist", rcpt = "someone@i.softbank.jp" } },
  },
}
