-- Trellix Email Security - Cloud (formerly FireEye Email Threat Prevention, ETP), a filtering
-- service in front of organisations' mailboxes. Source: Trellix's "Error codes" page
-- (docs.trellix.com/data-and-email/docs/error-codes): each refusal carries an ETPnnn code and a
-- short message ("Invalid recipient", "Routing loop detected"); the page says what each code
-- means, and the codes starting with 100 concern the recipient's domain and address. ETP205 (DMARC)
-- as smtp.codes quotes it ("550 5.7.26 <a@b>: ETP205 DMARC Failure for domain").
return {
  layer = "provider",
  provider = "trellix",
  providers = {
    trellix = {
      fingerprints = { "etp100", "etp101", "etp102", "etp103", "etp104", "etp105", "etp106", "etp205" },
    },
  },

  {
    -- ETP100 the recipient domain is no domain the service knows; ETP105 the domain's mode is
    -- invalid: its MX points at the service, which is not set up to take its mail.
    id = "provider.trellix.no-domain",
    match = { "etp100", "etp105" },
    category = "routing_error",
    description = "The recipient domain is not set up at Trellix Email Security; its administrator must fix the setup.",
    examples = {
      "550 5.1.2 <user@example.com>: ETP100 Invalid recipient",
      "550 5.7.1 <user@example.com>: ETP105 Invalid domain mode",
    },
  },
  {
    -- ETP101 no such BCC recipient; ETP102 the customer's own server refused the recipient.
    id = "provider.trellix.unknown-recipient",
    match = { "etp101", "etp102" },
    category = "recipient_unknown",
    description = "The recipient address does not exist at the Trellix Email Security customer.",
    examples = { "550 5.1.1 <user@example.com>: ETP102 Invalid recipient" },
  },
  {
    -- ETP103 (a deferral): the customer's server did not answer the recipient check in time.
    id = "provider.trellix.recipient-check",
    match = "etp103",
    category = "network_error",
    description = "Trellix Email Security could not check the recipient with the customer's server in time; retry later.",
    examples = { "451 4.4.1 <user@example.com>: ETP103 Invalid recipient" },
  },
  {
    -- ETP104: a routing loop with the sending MTA.
    id = "provider.trellix.loop",
    match = "etp104",
    category = "routing_error",
    description = "Trellix Email Security detected a routing loop with the sending server.",
    examples = { "554 5.4.6 ETP104 Routing loop detected" },
  },
  {
    -- ETP106 (a deferral): the service's own components failed to talk; "Try again later".
    id = "provider.trellix.temporary",
    match = "etp106",
    category = "system_error",
    description = "A temporary fault inside Trellix Email Security; retry later.",
    examples = { "451 4.3.0 ETP106 Requested action aborted: Try again later." },
  },
  {
    id = "provider.trellix.dmarc",
    match = "etp205",
    category = "auth_failure",
    description = "Trellix Email Security refused the message: DMARC did not pass for the sending domain.",
    examples = { "550 5.7.26 <user@example.com>: ETP205 DMARC Failure for domain" },
  },
}
