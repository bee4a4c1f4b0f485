-- Aruba (aruba.it, Aruba Business) and Forpsi, its hosting brand in Czechia, Slovakia and Poland
-- (forpsi.com, konto.pl): one mail platform. Sources: Forpsi / konto.pl knowledge base, articles
-- a2164 ("Błąd 5.1.0") and a2765 ("Błąd policy violation - e-maile w kolejce z adresu IP",
-- support.konto.pl/kb), and Aruba Business, "Errori comuni durante l'invio e la ricezione della
-- posta" (guide.arubabusiness.it). "policy violation" there is not an opaque refusal of the
-- message: the outgoing server (smtp.forpsi.com, Aruba's SMTP) stops a customer's sending for an
-- hour after it passed the platform's limits (250 messages a minute, 1,000 an hour, 10,000 in 12
-- hours) or after more than half of 100 messages in an hour could not be delivered. Our own
-- account's sending quota, then, not the recipient's policy.
return {
  layer = "provider",
  provider = "aruba",
  providers = {
    aruba = {
      domains = { "aruba.it", "forpsi.com", "forpsi.pl", "forpsi.sk", "forpsi.cz", "konto.pl" },
      mx = { "aruba.it", "forpsi.com", "forpsi.pl", "forpsi.sk", "forpsi.cz" },
      fingerprints = { "support.forpsi.com", ".forpsi.com", "smtp.aruba.it", "smtps.aruba.it", "aruba.it" },
    },
  },

  {
    id = "provider.aruba.policy_violation",
    -- the English reply, and the Polish one konto.pl quotes ("Naruszenie zasad ..., zobacz ...")
    match = { "policy violation", "naruszenie zasad" },
    category = "sender_account",
    retry_after = 3600,
    description = "Aruba's / Forpsi's outgoing server stopped this account's or IP's sending for an hour: too many messages, or too many undeliverable ones, in the last hour.",
    examples = {
      "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4075",
      "550 5.1.0 Naruszenie zasad piWs1j0010jifNx01iWsdh, zobacz https://support.forpsi.com/kb/a4081",
    },
  },
}
