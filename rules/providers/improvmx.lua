-- ImprovMX, a forwarding service for custom domains (MX mx1.improvmx.com). Source: ImprovMX's
-- "Error codes" guide (improvmx.com/guides/improvmx-error-codes), as quoted on smtp.codes
-- (github.com/fm/smtp-codes, "ImprovMX"). Each refusal ends with an "(#id-5.9.N)" code.
return {
  layer = "provider",
  provider = "improvmx",
  providers = {
    improvmx = {
      mx = { "improvmx.com" },
      fingerprints = { "improvmx.com", "(#id-5.9.", "this message has been blocked (code 2)" },
    },
  },

  {
    -- 5.9.4: ImprovMX's anti-spam check asks the sender to retry (greylisting).
    id = "provider.improvmx.retry",
    match = "#id-5.9.4",
    category = "greylisted",
    description = "ImprovMX's anti-spam check deferred the message; the retry is accepted.",
    examples = { "450 4.2.1 Please try again later. (#id-5.9.4)" },
  },
  {
    -- "Code 2": the sending domain is on a reputation block list such as the Spamhaus DBL; it
    -- must be delisted there.
    id = "provider.improvmx.domain-blocklisted",
    match = "this message has been blocked (code 2)",
    category = "blocklisted",
    description = "The sending domain is on a block list such as the Spamhaus DBL; have it delisted.",
    examples = { "551 5.7.1 Due to the very low reputation of the sending domain, this message has been blocked (Code 2)." },
  },
  {
    -- 5.9.0: the forwarding destination loops back to ImprovMX.
    id = "provider.improvmx.loop",
    match = "#id-5.9.0",
    category = "routing_error",
    description = "The forwarding destination loops back to ImprovMX.",
    examples = { "551 5.7.1 Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)" },
  },
  {
    -- 5.9.3 and 5.9.5: the recipient domain's forwarding setup at ImprovMX is broken.
    id = "provider.improvmx.setup",
    match = { "#id-5.9.3", "#id-5.9.5" },
    category = "routing_error",
    description = "The recipient domain's forwarding at ImprovMX is misconfigured; its owner must fix it.",
    examples = {
      "551 5.7.1 Our database returned invalid pieces of information about the requested recipient's domain (#id-5.9.3)",
      "551 5.7.1 Unable to correctly read the forwarding recipient (where to forward the email to) (#id-5.9.5)",
    },
  },
}
