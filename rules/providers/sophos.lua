-- Sophos Email (Sophos Central), the filter in front of many organisations' mailboxes (MX under
-- hydra.sophos.com). Source: Sophos Central help, "SMTP error codes"
-- (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes).
-- Its refusals say little in words ("550 5.7.1 XGEMAIL_0011 Command rejected"): the XGEMAIL_nnnn
-- code names the check, and the page says what each one means.
return {
  layer = "provider",
  provider = "sophos",
  providers = {
    sophos = {
      mx = { "hydra.sophos.com" },
      fingerprints = { "hydra.sophos.com", "xgemail_00" },
    },
  },
  {
    -- 0001 no valid DKIM signature, 0002 SPF failed, 0003 DMARC failed
    id = "provider.sophos.authentication",
    match = { "xgemail_0001", "xgemail_0002", "xgemail_0003" },
    category = "auth_failure",
    description = "Sophos Email refused the message: DKIM, SPF or DMARC did not pass for the sending domain.",
    examples = { "550 5.7.1 XGEMAIL_0003 Command rejected" },
  },
  {
    -- 0004 the sending IP failed an RBL test, 0005 the sender domain failed a DBL test
    id = "provider.sophos.blocklist",
    match = { "xgemail_0004", "xgemail_0005" },
    category = "blocklisted",
    description = "Sophos Email refused the sending IP or domain, found on a DNS blocklist; request delisting.",
    examples = { "550 5.7.1 XGEMAIL_0004 Command rejected" },
  },
  {
    -- 0006 the TLS version does not match the recipient's policy
    id = "provider.sophos.tls",
    match = "xgemail_0006",
    category = "tls_required",
    description = "Sophos Email refused the connection's TLS version under the recipient's policy.",
    examples = { "550 5.7.4 XGEMAIL_0006 Command rejected" },
  },
  {
    -- 0007 the recipient organisation's licence expired
    id = "provider.sophos.license",
    match = "xgemail_0007",
    category = "system_error",
    action = "contact_recipient_admin",
    description = "The recipient's Sophos Email licence expired; it accepts no mail until its owner renews it.",
    examples = { "550 5.7.1 XGEMAIL_0007 Command rejected" },
  },
  {
    -- 0008 the recipient organisation's admin block list, 0009 the recipient's own block list
    id = "provider.sophos.block-list",
    match = { "xgemail_0008", "xgemail_0009" },
    category = "recipient_policy",
    description = "A block list of the recipient's organisation or of the recipient holds the sender's domain, IP or address.",
    examples = { "550 5.7.1 XGEMAIL_0008 Command rejected" },
  },
  {
    -- 0010 the recipient domain is not one Sophos Email protects: its MX points there anyway
    id = "provider.sophos.no-domain",
    match = "xgemail_0010",
    category = "routing_error",
    description = "The recipient domain is not set up at Sophos Email; its administrator must fix the setup.",
    examples = { "550 5.7.1 XGEMAIL_0010 Command rejected" },
  },
  {
    -- 0011 no such address in the protected domain
    id = "provider.sophos.unknown-recipient",
    match = "xgemail_0011",
    category = "recipient_unknown",
    description = "The recipient address does not exist at the Sophos Email customer.",
    examples = { "550 5.7.1 XGEMAIL_0011 Command rejected" },
  },
  {
    -- 0012 over the allowed size
    id = "provider.sophos.size",
    match = "xgemail_0012",
    category = "message_too_large",
    description = "Sophos Email refused the message as larger than the recipient's policy allows.",
    examples = { "552 5.3.4 XGEMAIL_0012 Command rejected" },
  },
  {
    -- 0013 too many recipients for a message this large
    id = "provider.sophos.recipients",
    match = "xgemail_0013",
    category = "too_many_recipients",
    description = "Sophos Email refused a large message addressed to more recipients than it allows.",
    examples = { "550 5.7.1 XGEMAIL_0013 Command rejected" },
  },
  {
    -- 0014 the recipient's inbound rate limit for one sender, 0015 its limit from all senders
    id = "provider.sophos.recipient-rate",
    match = { "xgemail_0014", "xgemail_0015" },
    category = "recipient_rate_limited",
    description = "The recipient receives more mail than its Sophos Email rate limit allows; retry later.",
    examples = { "450 4.7.1 XGEMAIL_0014 Command rejected" },
  },
}
