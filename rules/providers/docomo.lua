-- NTT docomo (docomo.ne.jp: i-mode, sp-mode and docomo mail).
-- docomo's receiver accepts every address of its own at RCPT that exists and refuses a missing
-- one there; where the recipient's reception filter (受信拒否設定: domain or address refusal,
-- "refuse mail from PCs") refuses the sender, it answers the end of DATA with the same
-- "550 Unknown user". So after DATA those words are the recipient's filter, not a missing
-- address (TAXONOMY.md, "How a bounce is labelled": a provider's documented dialect).
-- Sources: NTT Communications' OCN mail FAQ on docomo.ne.jp errors
-- (support.ntt.com/mail/faq/detail/pid2300000e64: "Unknown user" from docomo.ne.jp may be the
-- recipient's reception refusal); AKI Software's PostMaster server notes on docomo
-- (akisoftware.com/pmsrv/help/docomo.html: RCPT accepted, "550 Unknown user" after end of data
-- for a filtered sender); SendMagic's table of docomo's reply codes (note.com/sendmagic,
-- "SMTP応答コードについて【ドコモ編】": 550 Unknown user for a missing address or the reception
-- filter, 552 Too much mail data for a full mailbox).
return {
  layer = "provider",
  provider = "docomo",
  providers = {
    docomo = {
      domains = { "docomo.ne.jp" },
      mx = { "docomo.ne.jp" },
      fingerprints = { "docomo.ne.jp" },
    },
  },

  {
    id = "provider.docomo.filtered_after_data",
    command = "DATA",
    match = { "unknown user", "user unknown" },
    category = "recipient_policy",
    description = "The recipient's reception filter refuses this sender (docomo answers it with \"Unknown user\" after DATA).",
    examples = {
      "SMTP error from remote mail server after end of data: host mfsmax.docomo.ne.jp [192.0.2.240]: 550 Unknown user user@docomo.ne.jp",
      "host mfsmax.docomo.ne.jp[192.0.2.240] said: 550 Unknown user user@docomo.ne.jp (in reply to end of DATA command)",
    },
  },
  {
    id = "provider.docomo.too_much_mail_data",
    match = "too much mail data",
    category = "mailbox_full",
    description = "The recipient's mailbox is full.",
    examples = { { "552 Too much mail data user@docomo.ne.jp", rcpt = "user@docomo.ne.jp" } },
  },
}
