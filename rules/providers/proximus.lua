-- Proximus (formerly Belgacom / Skynet): skynet.be, proximus.be and the Scarlet brand. Source:
-- Proximus support, "Your IP address is in our blacklist" (proximus.be/support, id_sfaqs_mail_blacklist):
-- "554 Access denied - Under investigation for spam abuse" is the answer to an IP Proximus put on
-- its own blacklist after spam from it (malware, an open server, lists full of dead addresses,
-- phishing), and its e-mail guidelines (proximus.be, id_cr_emailguidelines) for senders.
return {
  layer = "provider",
  provider = "proximus",
  providers = {
    proximus = {
      domains = { "skynet.be", "proximus.be", "belgacom.net", "scarlet.be" },
      mx = { "skynet.be", "proximus.be" },
      fingerprints = { "under investigation for spam abuse" },
    },
  },

  {
    id = "provider.proximus.blacklist",
    match = "under investigation for spam abuse",
    category = "blocklisted",
    description = "Proximus put the sending IP on its own blacklist after spam from it; clean the host and ask Proximus to remove it.",
    examples = {
      { "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info", rcpt = "someone@skynet.be" },
      "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info",
    },
  },
}
