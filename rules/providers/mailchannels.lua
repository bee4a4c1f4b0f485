-- MailChannels, which filters inbound mail for hosting providers' domains (MX under
-- mailchannels.net) and relays many hosting providers' outbound mail. Sources: MailChannels
-- docs, "Inbound SMTP errors" (docs.mailchannels.com/inbound/smtp-errors), "Outbound SMTP errors"
-- (docs.mailchannels.com/outbound/smtp-errors) and "Unblock senders"
-- (docs.mailchannels.com/outbound/unblock-senders); its help center's articles on the [ESA], [ESR]
-- and [SB01] errors (support.mailchannels.com). A bracketed tag names the control that fired.
local MX = "mx1.mailchannels.net"

return {
  layer = "provider",
  provider = "mailchannels",
  providers = {
    mailchannels = {
      mx = { "mailchannels.net" },
      fingerprints = { "[s09] try again later", "[s10] blocked", "[esa] sender blocked", "[esr]", "[sb01]", "5.7.1 [ss]" },
    },
  },

  -- Inbound filtering.
  {
    -- "450 [S09] Try Again Later": greylisting of an unrecognised sender.
    id = "provider.mailchannels.greylisting",
    match = "[s09]",
    category = "greylisted",
    description = "MailChannels greylisted the message; it is accepted on a later retry.",
    examples = { "450 [S09] Try Again Later" },
  },
  {
    -- "550 [S10] Blocked": the connecting IP is blocked by MailChannels; its support reviews blocks.
    id = "provider.mailchannels.blocked-ip",
    match = "[s10]",
    category = "blocklisted",
    description = "MailChannels blocks the sending IP; ask MailChannels support to review the block.",
    examples = { "550 [S10] Blocked" },
  },
  {
    -- "550 5.7.1 Message rejected", "550 5.7.1 [NR] Message rejected": the message was judged
    -- abuse (spam, phishing, malware or another policy violation). In the text layer, below every
    -- cause a reply may add, so that only the bare rejection is read so.
    id = "provider.mailchannels.abuse",
    layer = "text",
    priority = 12,
    match = "message rejected",
    category = "policy_block",
    description = "MailChannels judged the message abuse (spam, phishing, malware or another policy violation) and refused it.",
    examples = {
      { "550 5.7.1 Message rejected", mx = MX },
      { "550 5.7.1 [NR] Message rejected", mx = MX },
    },
  },

  -- Outbound filtering: the relay our own mail goes through refused it.
  {
    -- [ESA]: a manual, permanent block of the sending account for confirmed abuse; [ESR]: the
    -- abuse team blocked the sender (spam, suspicious bulk mail, complaints, invalid recipients);
    -- [SB01]: "Your email address has been blocked due to complaints".
    id = "provider.mailchannels.sender-blocked",
    match = { "[esa]", "[esr]", "[sb01]" },
    category = "sender_account",
    description = "MailChannels, the relay our mail goes through, blocked the sending account for abuse; secure the account, then ask the hosting provider to delist it.",
    examples = {
      "550 5.7.1 [ESA] sender blocked",
      "550 5.7.1 [SB01] Your email address has been blocked due to complaints",
    },
  },
  {
    -- [SS]: the message matches a known spam signature (subject or body).
    id = "provider.mailchannels.spam-signature",
    match = "5.7.1 [ss]",
    category = "spam_content",
    description = "MailChannels found a known spam signature in the message; review its subject and content.",
    examples = { "550 5.7.1 [SS] Message rejected" },
  },
}
