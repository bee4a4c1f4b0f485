-- EarthLink (earthlink.net and its older MindSpring, PeopleNet and Netcom domains), whose mail
-- platform Vade runs. Source: EarthLink's postmaster pages at Vade, "Inbound SMTP error codes"
-- (postmaster-earthlink.vadesecure.com/inbound_error_codes) for mail sent to EarthLink and
-- "Outbound SMTP error codes" (/outbound_error_codes) for mail its customers send out. Every
-- refusal carries an "ELNK_" code; its words are generic ("Connection refused", "Connection
-- deferred", "Sender blocked error"), so the code, not the words, says why. Only the codes the
-- pages document have a rule here.
return {
  layer = "provider",
  provider = "earthlink",
  providers = {
    earthlink = {
      domains = { "earthlink.net", "mindspring.com", "peoplepc.com", "ix.netcom.com" },
      mx = { "earthlink.net" },
      fingerprints = { "elnk_", "postmaster-earthlink.vadesecure.com" },
    },
  },

  {
    -- _101 the IP is on the Vade Threat Network list; _102 on a Validity blocklist (inbound) or
    -- EarthLink's own (outbound); _111 on a Spamhaus list, or an end-user IP sending directly
    id = "provider.earthlink.blocklist",
    match = { "elnk_101", "elnk_102", "elnk_111" },
    category = "blocklisted",
    description = "EarthLink refused the sending IP, listed on the Vade Threat Network, a Validity or a Spamhaus blocklist; request delisting.",
    examples = {
      { "550 5.7.1 Connection refused ELNK_101", rcpt = "someone@earthlink.net" },
      { "550 5.7.1 Sender blocked error ELNK_111", rcpt = "someone@earthlink.net" },
      "550 5.7.1 Sender blocked error ELNK_102",
    },
  },
  {
    -- _103 the server is temporarily unavailable
    id = "provider.earthlink.unavailable",
    match = "elnk_103",
    category = "system_error",
    description = "EarthLink's server is temporarily unavailable; retry later.",
    examples = { { "421 4.2.1 Connection deferred ELNK_103", rcpt = "someone@earthlink.net" } },
  },
  {
    -- _105 reverse DNS, _108 forward-confirmed reverse DNS; _201 (outbound) the HELO/EHLO name
    id = "provider.earthlink.identity",
    match = { "elnk_105", "elnk_108", "elnk_201" },
    category = "reverse_dns",
    description = "EarthLink refused the sending host's identity: no valid (forward-confirmed) reverse DNS, or an unacceptable HELO/EHLO name.",
    examples = {
      { "550 5.7.1 Connection refused ELNK_105", rcpt = "someone@earthlink.net" },
      { "550 5.7.1 Connection refused ELNK_108", rcpt = "someone@earthlink.net" },
      "550 5.7.1 HELO command rejected ELNK_201",
    },
  },
  {
    -- _110 the IP exceeds the concurrent connection limit; (outbound) _136 excessive volume,
    -- _139 excessive connections
    id = "provider.earthlink.rate",
    match = { "elnk_110", "elnk_136", "elnk_139" },
    category = "rate_limited",
    description = "EarthLink deferred the sending IP for too many concurrent connections or too much volume; slow down and retry.",
    examples = {
      { "421 4.2.1 Connection deferred ELNK_110", rcpt = "someone@earthlink.net" },
      "421 4.2.1 Connection deferred ELNK_136",
    },
  },
  {
    -- _130 the server is the source of unacceptable messages (volume and quality of its traffic);
    -- _134 (outbound) the server took part in SMTP AUTH attacks: the IP is rate-limited for a while
    id = "provider.earthlink.reputation",
    match = { "elnk_130", "elnk_134" },
    category = "reputation",
    description = "EarthLink deferred the sending IP for the quality of its recent traffic (unacceptable messages, SMTP AUTH attacks).",
    examples = {
      { "421 4.2.1 Connection deferred ELNK_130", rcpt = "someone@earthlink.net" },
      "421 4.2.1 Connection deferred ELNK_134",
    },
  },
  {
    -- _200 (outbound) the authentication method is not supported
    id = "provider.earthlink.auth",
    match = "elnk_200",
    category = "sender_account",
    description = "EarthLink's submission server refused the SMTP AUTH method; use one it supports.",
    examples = { "550 5.7.1 Authentication refused ELNK_200" },
  },
}
