-- IONOS (formerly 1&1), the hoster's mail servers for its customers' domains (MX under ionos.*
-- and kundenserver.de). Source: IONOS Help Center, "SMTP-Fehlermeldungen der IONOS Mailserver"
-- (ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver), the replies
-- its servers give to mail sent to IONOS mailboxes. Most are plain words the text rules read
-- ("Rate limit reached. Please try again later"); "Reject due to policy violations" is not an
-- opaque policy refusal there: the page gives the sender's delivery record as its cause.
return {
  layer = "provider",
  provider = "ionos",
  providers = {
    ionos = {
      mx = {
        "kundenserver.de", "ionos.de", "ionos.com", "ionos.co.uk", "ionos.es", "ionos.fr", "ionos.it",
        "ionos.mx", "ionos.ca", "1and1.com", "1and1.co.uk",
      },
      fingerprints = { "kundenserver.de", "reject due to policy violations" },
    },
  },

  {
    -- 421: the IP is blocked for IONOS customers after sending to too many addresses that do not
    -- exist, or the sender address was reported as a spam sender; 450: the same, or a HELO/EHLO
    -- name that keeps changing (a sign of an infected host), deferred for a while
    id = "provider.ionos.policy-violations",
    match = "reject due to policy violations",
    category = "reputation",
    description = "IONOS refused the sending IP for its delivery record: too many messages to addresses that do not exist, spam reports, or a HELO name that keeps changing; clean the list and retry later.",
    examples = {
      { "421 Reject due to policy violations", mx = "mx00.ionos.de" },
      "450 Reject due to policy violations.",
    },
  },
}
