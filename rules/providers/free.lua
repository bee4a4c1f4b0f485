-- Free (free.fr and its older brands: libertysurf.fr, aliceadsl.fr, infonie.fr, chez.com).
-- Source: postmaster.free.fr, which lists each refusal with its explanation. Free blocks sending
-- IPs from real-time statistics of spam and errors; a block lasts at most 24 hours and lifts by
-- itself, so asking for delisting while the cause remains is pointless.
return {
  layer = "provider",
  provider = "free",
  providers = {
    free = {
      domains = { "free.fr", "libertysurf.fr", "aliceadsl.fr", "infonie.fr", "chez.com" },
      mx = { "free.fr", "proxad.net" },
      fingerprints = {
        "postmaster.free.fr", "@free.fr", ".free.fr", "proxad.net", "this mailbox has been blocked due to inactivity",
      },
    },
  },

  {
    id = "provider.free.spam_detected",
    match = "spam detected",
    category = "spam_content",
    description = "Free's anti-spam filter judged the message spam",
    examples = { { "550 spam detected", rcpt = "someone@free.fr" } },
  },
  {
    id = "provider.free.too_many_spams",
    match = "too many spams from your ip",
    category = "reputation",
    retry_after = 86400,
    description = "Free blocks the sending IP for sending spam; the block lifts within 24 hours once the spam stops",
    examples = { { "421 Too many spams from your IP (192.0.2.7), please visit http://postmaster.free.fr/", rcpt = "someone@free.fr" } },
  },
  {
    id = "provider.free.too_many_errors",
    match = "too many errors from your ip",
    category = "reputation",
    retry_after = 86400,
    description = "Free blocks the sending IP for too many errors (unknown recipients, bad commands); it lifts within 24 hours",
    examples = { { "451 too many errors from your ip (192.0.2.17), please visit http://postmaster.free.fr/", rcpt = "someone@free.fr" } },
  },
  {
    id = "provider.free.anti_trojan",
    match = "anti-troyan rule",
    category = "reputation",
    retry_after = 86400,
    description = "Free blocks the sending IP for behaviour typical of infected machines; it lifts within 24 hours",
    examples = { { "421 Your IP (192.0.2.13) is temporary blacklisted by an anti-troyan rule, retry later and/or visit http://postmaster.free.fr/", rcpt = "someone@free.fr" } },
  },
  {
    id = "provider.free.inactive_mailbox",
    match = "blocked due to inactivity",
    category = "recipient_inactive",
    description = "The mailbox is blocked because its owner has not used it",
    examples = { { "550 5.2.1 This mailbox has been blocked due to inactivity", rcpt = "someone@free.fr" } },
  },
}
