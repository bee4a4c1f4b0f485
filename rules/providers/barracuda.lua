-- Barracuda Email Security Gateway and Email Security Service, filters in front of many
-- organisations' mailboxes (MX under barracudanetworks.com for the hosted service). Sources:
-- Barracuda Campus, "SMTP Error Codes" (campus.barracuda.com/doc/39815000) and the refusals
-- smtp.codes quotes with their meaning (github.com/fm/smtp-codes, "Barracuda").
return {
  layer = "provider",
  provider = "barracuda",
  providers = {
    barracuda = {
      mx = { "barracudanetworks.com", "ess.barracudanetworks.com" },
      fingerprints = { "barracudanetworks.com", "cuda_nsu", "license expired", "rejecting spoofed message" },
    },
  },

  {
    -- The recipient's Barracuda subscription lapsed: it processes no mail until renewed.
    id = "provider.barracuda.license",
    match = "license expired",
    category = "system_error",
    action = "contact_recipient_admin",
    description = "The recipient's Barracuda licence expired; it accepts no mail until its owner renews it.",
    examples = { "422 License Expired" },
  },
  {
    -- Barracuda's anti-spoofing: the message appears to impersonate a known brand or domain.
    id = "provider.barracuda.spoofed",
    match = "rejecting spoofed message",
    category = "policy_block",
    description = "Barracuda judged the message an impersonation (spoofed sender or brand).",
    examples = { "550 rejecting spoofed message" },
  },
  {
    id = "provider.barracuda.temporary",
    match = "temporary server error",
    category = "system_error",
    description = "A temporary fault at the Barracuda filter; retry later.",
    examples = { "451 cuda_nsu 4.4.3 Temporary server error. Please try again later" },
  },
}
