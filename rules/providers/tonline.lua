-- T-Online (Deutsche Telekom: t-online.de, magenta.de). Source: postmaster.t-online.de, sections
-- 4.6 and 4.7 on refused mail and refused connections. T-Online accepts mail only from sending
-- IPs with a known, good reputation: an unknown, long-silent or blocked IP is refused at the
-- greeting with "554 IP=<ip> - ..." and a contact address at rx.t-online.de, and a token in
-- parentheses at the end says why. The IP is released after a request to that address (the
-- sending server's website must carry an imprint), never by retrying.
return {
  layer = "provider",
  provider = "tonline",
  providers = {
    tonline = {
      domains = { "t-online.de", "magenta.de" },
      -- mx00.t-online.de to mx03.t-online.de
      mx = { "t-online.de" },
      fingerprints = { "rx.t-online.de", "postmaster.t-online.de" },
    },
  },

  {
    -- "(BL)": the IP is on T-Online's own block list.
    id = "provider.tonline.blocklist",
    match = "(bl)",
    category = "blocklisted",
    description = "The sending IP is on T-Online's block list; ask the address in the reply to lift it.",
    examples = {
      { "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)", rcpt = "someone@t-online.de" },
    },
  },
  {
    -- "(NOWL)": no reputation yet, or a bad one; T-Online resets it on request.
    id = "provider.tonline.reputation",
    match = { "(nowl)", "none/bad reputation" },
    category = "reputation",
    action = "delist",
    description = "T-Online knows no good reputation for the sending IP; ask the address in the reply for a reset.",
    examples = {
      { "554 IP=192.0.2.1 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)", rcpt = "someone@t-online.de" },
    },
  },
  {
    -- The same refusal without a token: the IP is not accepted until T-Online clears it.
    id = "provider.tonline.refused-ip",
    priority = -1,
    match = "a problem occurred",
    category = "blocklisted",
    description = "T-Online refused the sending IP; ask the address in the reply to clarify.",
    examples = {
      { "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)", rcpt = "someone@t-online.de" },
    },
  },
  {
    -- "(DIAL)": T-Online takes the IP for a dial-up or otherwise transient address (for one,
    -- when the sending host's name leads to no operator imprint): send through a mail gateway.
    id = "provider.tonline.dialup",
    match = { "(dial)", "dialup/transient ip not allowed" },
    category = "blocklisted",
    description = "T-Online treats the sending IP as a dial-up address; send through a mail gateway or ask for a review.",
    examples = {
      { "554: Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)", rcpt = "someone@t-online.de" },
    },
  },
  {
    id = "provider.tonline.over-quota",
    match = "over storage quota",
    category = "mailbox_full",
    description = "The T-Online mailbox is over its storage quota.",
    examples = {
      { "552 5.2.2 Over STORAGE quota", rcpt = "someone@t-online.de" },
    },
  },
}
