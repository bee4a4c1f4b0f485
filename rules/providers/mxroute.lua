-- MXroute, a mail hosting service (MX under mxrouting.net). Source: MXroute's refusals and their
-- explanations as quoted on smtp.codes (github.com/fm/smtp-codes, "MXroute"), which point to
-- MXroute's review form (esf.mxroute.com). Its blocks of a sending IP lift by themselves.
return {
  layer = "provider",
  provider = "mxroute",
  providers = {
    mxroute = {
      mx = { "mxrouting.net", "mxroute.com" },
      fingerprints = {
        "mxrouting.net", "mxroute.com", "unauthenticated mail not allowed from this range",
        "sending excessive rejected recipients", "flooding our smtp server with abusive requests",
      },
    },
  },

  {
    -- A range of IPs with low reputation, or that should not send mail directly.
    id = "provider.mxroute.range",
    match = "unauthenticated mail not allowed from this range",
    category = "blocklisted",
    description = "MXroute refuses unauthenticated mail from the sending IP's range; request a review.",
    examples = { "550 Unauthenticated mail not allowed from this range" },
  },
  {
    -- Many rejected recipients or abusive requests from the IP: blocked, lifted within 24 hours.
    id = "provider.mxroute.abuse",
    match = { "sending excessive rejected recipients", "flooding our smtp server with abusive requests" },
    category = "reputation",
    retry_after = 86400,
    description = "The sending IP sent too many rejected recipients or abusive requests; MXroute blocks it for a day.",
    examples = {
      "554 Your IP is sending excessive rejected recipients.",
      "554 Your IP address is flooding our SMTP server with abusive requests",
    },
  },
}
