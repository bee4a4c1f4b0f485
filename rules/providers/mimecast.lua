-- Mimecast, the email security gateway in front of many organisations' mailboxes. Source:
-- Mimecast's "Mimecast SMTP Error Codes" knowledge article (community.mimecast.com, DOC-1369).
-- Mimecast's replies keep the same wording whatever the customer domain, so the MX host or the
-- documentation link identifies them. Most refusals come from a policy the recipient's Mimecast
-- administrator configured: Mimecast asks senders to contact that administrator.
local MX = "us-smtp-inbound-1.mimecast.com"

return {
  layer = "provider",
  provider = "mimecast",
  providers = {
    mimecast = {
      mx = { "mimecast.com", "mimecast.co.za", "mimecast-offshore.com" },
      -- Besides the documentation link: reasons of the article's tables that no other receiver
      -- words this way and that the generic text rules would read otherwise.
      fingerprints = {
        "community.mimecast.com", "mimecast.com/docs", "internal resources are temporarily unavailable",
        "administrative prohibition envelope blocked", "administrative prohibition - envelope blocked",
        "account inbounds disabled", "account outbounds disabled",
        "journal messages past", "journal message past", "incorrect hostname used for inbounds",
        "submitter failed to authenticate", "this route requires high-strength ciphers",
        "configuration is invalid for this certificate", "account service is temporarily unavailable",
        "exceeding outbound thread limit",
      },
    },
  },

  {
    -- Geographical Restriction policy: the sending network's country is refused.
    id = "provider.mimecast.host_network",
    match = { "host network not allowed", "host network, not allowed" },
    category = "policy_block",
    action = "contact_recipient_admin",
    description = "The recipient's Mimecast geographical restriction policy refuses the sending network.",
    examples = {
      { "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554", mx = MX },
    },
  },
  {
    -- Anti-Spoofing policy: mail claiming the recipient's own domain arrived from outside it.
    id = "provider.mimecast.anti_spoofing",
    match = { "anti-spoofing policy" },
    category = "policy_block",
    action = "contact_recipient_admin",
    description = "The recipient's Mimecast anti-spoofing policy refused a sender that looks internal but connects from outside.",
    examples = {
      { "550 Rejected by header based Anti-Spoofing policy", mx = MX },
      { "550 Anti-Spoofing policy - Inbound not allowed", mx = MX },
    },
  },
  {
    id = "provider.mimecast.content_examination",
    match = "content examination policy",
    category = "policy_block",
    description = "The recipient's Mimecast content examination policy refused the message.",
    examples = { { "550 Message bounced due to Content Examination Policy", mx = MX } },
  },
  {
    id = "provider.mimecast.dns_authentication",
    match = { "spf sender invalid", "dkim sender invalid", "dmarc sender invalid" },
    category = "auth_failure",
    description = "The message failed Mimecast's SPF, DKIM or DMARC check for the sending domain.",
    examples = {
      { "550 SPF Sender Invalid - envelope rejected", mx = MX },
      { "550 DKIM Sender Invalid - envelope rejected", mx = MX },
    },
  },
  {
    id = "provider.mimecast.ip_reputation",
    match = "ip reputation - (reject)",
    category = "reputation",
    description = "Mimecast refused the message for the poor reputation of the sending IP.",
    examples = { { "550 Local CT IP Reputation - (reject)", mx = MX } },
  },
  {
    -- Mimecast greylists unknown senders with this text; poor IP reputation gets it too.
    id = "provider.mimecast.greylisting",
    match = { "internal resources are temporarily unavailable", "internal resource temporarily unavailable",
              "internal resource is temporarily unavailable" },
    category = "greylisted",
    description = "Mimecast deferred the message for greylisting (or the sending IP's reputation); retry later.",
    examples = {
      { "451 Internal resources are temporarily unavailable", mx = MX },
      { "451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451", mx = MX },
    },
  },
  {
    -- Too many invalid connections put the IP on Mimecast's block list for a while.
    id = "provider.mimecast.blocked_ip",
    match = { "ip temporarily blacklisted", "recipient temporarily unavailable" },
    category = "blocklisted",
    description = "Mimecast blocked the sending IP for a while after too many invalid connections.",
    examples = {
      { "451 IP temporarily blacklisted", mx = MX },
      { "451 Recipient temporarily unavailable", mx = MX },
    },
  },
  {
    -- "The sender's IP address has been blocked by a Blocked Senders Policy": a policy of the
    -- recipient's Mimecast administrator, lifted by removing the entry.
    id = "provider.mimecast.sender_address_blocked",
    match = "sender address blocked",
    category = "recipient_policy",
    description = "A blocked senders policy of the recipient's Mimecast administrator refuses the sending IP.",
    examples = { { "421 Sender address blocked", mx = MX } },
  },
  {
    -- Blocked senders policies: the administrator's, or the recipient's own managed senders list.
    id = "provider.mimecast.blocked_sender",
    match = {
      "administrative prohibition envelope blocked", "administrative prohibition - envelope blocked", "envelope blocked - user", "manually blocked senders",
      "header-based blocked senders", "block policy for envelope from",
      -- Mimecast's knowledge base: the recipient administrator's Blocked Senders policy ("Policy
      -- level block list in force"), not a DNS block list
      "policy level block list",
    },
    category = "recipient_policy",
    description = "A blocked senders policy of the recipient or its Mimecast administrator refuses this sender.",
    examples = {
      { "550 Administrative prohibition envelope blocked", mx = MX },
      { "550 Envelope blocked - User Domain Entry", mx = MX },
      { "550 Envelope rejected - Block policy for envelope from address", mx = MX },
      { "550 Envelope rejected - Policy level block list in force - https://community.mimecast.com/docs/DOC-1369#550", mx = MX },
    },
  },
  {
    id = "provider.mimecast.size",
    match = "maximum email size exceeded",
    category = "message_too_large",
    description = "The message exceeds the recipient's email size limit policy or Mimecast's service limit.",
    examples = { { "554 Maximum email size exceeded", mx = MX } },
  },
  {
    id = "provider.mimecast.open_relay",
    match = { "open relay not allowed", "open relay is not allowed" },
    category = "relay_denied",
    description = "Neither the sender nor the recipient domain is a Mimecast customer's; Mimecast does not relay.",
    examples = { { "451 Open relay not allowed", mx = MX } },
  },
  {
    id = "provider.mimecast.inbound_disabled",
    match = "account inbounds disabled",
    category = "domain_invalid",
    -- a setting of the organisation's account, switched back on as easily: soft under its 451
    type = "soft",
    description = "The recipient organisation's inbound mail is disabled at Mimecast.",
    examples = { { "451 Account inbounds disabled", mx = MX } },
  },
  {
    id = "provider.mimecast.tls",
    match = { "this route requires encryption", "this route requires tls", "this route requires high-strength ciphers" },
    category = "tls_required",
    description = "The recipient's Mimecast policy requires TLS (version 1.2 or later, strong ciphers) on this route.",
    examples = {
      { "553 This route requires encryption (TLS)", mx = MX },
      { "553 This route requires TLS version 1.2 or greater", mx = MX },
    },
  },
  {
    id = "provider.mimecast.submission_auth",
    match = { "submitter failed to authenticate", "incorrect authentication data" },
    category = "sender_account",
    description = "Authentication at Mimecast's submission service failed; check the account's credentials.",
    examples = { { "535 Incorrect authentication data", mx = MX } },
  },
  {
    id = "provider.mimecast.busy",
    match = {
      "unable to process connection at this time", "unable to process command", "unable to process an email at this time",
      "message ended early",
    },
    category = "system_error",
    description = "Mimecast could not process the connection or the message at this time; retry later.",
    examples = {
      { "421 Unable to process connection at this time", mx = MX },
      { "451 Message ended early", mx = MX },
    },
  },
  {
    id = "provider.mimecast.outbounds_disabled",
    match = { "account outbounds disabled", "hostname is not authorized" },
    category = "sender_account",
    description = "The sending organisation's outbound mail is disabled at Mimecast, or its host name is not authorised.",
    examples = { { "451 Account outbounds disabled", mx = MX }, { "451 Hostname is not authorized", mx = MX } },
  },
  {
    -- Journaling: a journal message older than the expiry threshold is refused.
    id = "provider.mimecast.journal_expired",
    match = { "journal messages past the expiration", "journal message past expiration" },
    category = "expired",
    description = "A journal message older than Mimecast's expiry threshold was refused.",
    examples = { { "550 Journal messages past the expiration", mx = MX } },
  },
  {
    -- The recipient domain's MX points at a Mimecast host meant for outbound mail.
    id = "provider.mimecast.incorrect_hostname",
    match = { "incorrect hostname used for inbounds", "mail loop detected" },
    category = "routing_error",
    description = "The recipient domain's MX records point at the wrong Mimecast host, or the message looped.",
    examples = {
      { "451 The incorrect hostname used for inbounds", mx = MX },
      { "554 Mail loop detected", mx = MX },
    },
  },
  {
    id = "provider.mimecast.certificate",
    match = "configuration is invalid for this certificate",
    category = "tls_required",
    description = "The sending account's certificate does not match its DNS configuration at Mimecast.",
    examples = { { "554 Configuration is invalid for this certificate", mx = MX } },
  },
  {
    id = "provider.mimecast.security_policies",
    match = "email rejected due to security policies",
    category = "malicious_content",
    description = "Mimecast's attachment or URL protection judged the message dangerous.",
    examples = { { "554 Email rejected due to security policies", mx = MX } },
  },
  {
    id = "provider.mimecast.invalid_recipient",
    match = { "invalid recipient", "invalid address", "user unknown" },
    category = "recipient_unknown",
    description = "The recipient is not a valid address of the Mimecast customer.",
    examples = { { "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550", mx = MX }, { "501 Invalid address", mx = MX } },
  },
  {
    id = "provider.mimecast.connections",
    match = { "account service is temporarily unavailable", "exceeding outbound thread limit" },
    category = "rate_limited",
    description = "Too many concurrent connections for the Mimecast account; send with fewer connections.",
    examples = { { "451 Account service is temporarily unavailable", mx = MX } },
  },
}
