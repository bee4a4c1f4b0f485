-- Facebook's inbound mail servers (mx.facebook.com; the @facebook.com addresses, retired in
-- 2014, and the reply-by-mail addresses of its notifications). Source: Facebook's "SMTP Response
-- Codes" page (postmaster.facebook.com/response_codes, later facebook.com/postmaster/response_codes),
-- which puts a code of its own in each reply beside the RFC 3463 status: INT-Tn (internal,
-- temporary), DNS-xn (the sender's DNS), RCP-xn (the recipient), MSG-Pn (the message) and
-- POL-xn (policy). The code says more than the status, which Facebook keeps generic.
return {
  layer = "provider",
  provider = "facebook",
  providers = {
    facebook = {
      domains = { "facebook.com" },
      mx = { "facebook.com" },
      fingerprints = { "postmaster.facebook.com", "facebook.com/postmaster" },
    },
  },

  {
    id = "provider.facebook.internal",
    match = { "int-t1", "rcp-t1" },
    category = "system_error",
    description = "A temporary problem inside Facebook's mail system; retry later.",
    examples = { "451 4.3.0 INT-T1 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#INT-T1" },
  },
  {
    -- DNS-P1/T1 "Your SMTP MAIL FROM domain does not exist" / "exists but does not currently
    -- resolve", DNS-P2 "... does not have an MX record"
    id = "provider.facebook.sender-domain",
    match = { "dns-p1", "dns-p2", "dns-t1" },
    category = "sender_invalid",
    description = "Facebook could not find the sender's MAIL FROM domain or its MX record in DNS.",
    examples = { "550 5.1.8 DNS-P1 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#DNS-P1" },
  },
  {
    -- DNS-P3 "Your mail server does not have a reverse DNS record", DNS-T2 "... does not
    -- currently resolve"
    id = "provider.facebook.reverse-dns",
    match = { "dns-p3", "dns-t2" },
    category = "reverse_dns",
    description = "The sending server has no reverse DNS record Facebook could resolve.",
    examples = { "550 5.7.1 DNS-P3 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#DNS-P3" },
  },
  {
    -- RCP-P1, INT-P1, INT-P4 "The attempted recipient address does not exist"; INT-P3 "The
    -- attempted recipient group address does not exist"
    id = "provider.facebook.no-recipient",
    match = { "rcp-p1", "int-p1", "int-p3", "int-p4" },
    category = "recipient_unknown",
    description = "The Facebook address does not exist.",
    examples = { "550 5.1.1 RCP-P1 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#RCP-P1" },
  },
  {
    -- RCP-P2 "The attempted recipient's preferences prevent messages from being delivered",
    -- RCP-P3 "... privacy settings blocked the delivery"
    id = "provider.facebook.preferences",
    match = { "rcp-p2", "rcp-p3" },
    category = "recipient_policy",
    description = "The Facebook recipient's preferences or privacy settings refuse this mail.",
    examples = {
      "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences",
    },
  },
  {
    id = "provider.facebook.quota",
    match = "int-p7",
    category = "mailbox_full",
    description = "The Facebook recipient has used up its storage quota.",
    examples = { "552 5.2.2 INT-P7 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#INT-P7" },
  },
  {
    -- MSG-P1, INT-P2 "The message exceeds Facebook's maximum allowed size"
    id = "provider.facebook.size",
    match = { "msg-p1", "int-p2" },
    category = "message_too_large",
    description = "The message is larger than Facebook accepts.",
    examples = { "552 5.3.4 MSG-P1 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#MSG-P1" },
  },
  {
    -- MSG-P2 "an attachment type that Facebook does not accept", POL-P5 "The message contains a virus"
    id = "provider.facebook.attachment",
    match = { "msg-p2", "pol-p5" },
    category = "malicious_content",
    description = "The message carries an attachment type Facebook refuses, or a virus.",
    examples = { "554 5.7.1 MSG-P2 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#MSG-P2" },
  },
  {
    -- MSG-P3 "multiple instances of a header field that can only be present once" (RFC 5322 3.6)
    id = "provider.facebook.header",
    match = "msg-p3",
    category = "message_noncompliant",
    description = "The message repeats a header field that RFC 5322 allows only once.",
    examples = { "550 5.6.0 MSG-P3 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#MSG-P3" },
  },
  {
    -- POL-P1 "Your mail server's IP Address is listed on the Spamhaus PBL", POL-P2 "Facebook will
    -- no longer accept mail from your mail server's IP Address"
    id = "provider.facebook.blocked-ip",
    match = { "pol-p1", "pol-p2" },
    category = "blocklisted",
    description = "Facebook refuses the sending IP (on the Spamhaus PBL, or banned by Facebook).",
    examples = { "554 5.7.1 POL-P1 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#POL-P1" },
  },
  {
    -- POL-P3/P4, POL-T1/T2/T3 "Facebook is not accepting messages from your mail server" for 1 to
    -- 48 hours; POL-P6 "a url that has been blocked by Facebook"
    id = "provider.facebook.not-accepting",
    match = { "pol-p3", "pol-p4", "pol-t1", "pol-t2", "pol-t3", "pol-p6" },
    category = "reputation",
    description = "Facebook is not taking mail from this server (or with this link) for some hours; slow down and retry.",
    examples = { "421 4.7.1 POL-T1 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#POL-T1" },
  },
  {
    -- POL-P7 "The message does not comply with Facebook's Domain Authentication requirements"
    id = "provider.facebook.authentication",
    match = "pol-p7",
    category = "auth_failure",
    description = "The message does not meet Facebook's domain authentication requirements (SPF, DKIM).",
    examples = { "550 5.7.1 POL-P7 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#POL-P7" },
  },
  {
    -- POL-P8 "The message does not comply with Facebook's abuse policies"
    id = "provider.facebook.abuse-policy",
    match = "pol-p8",
    category = "policy_block",
    description = "The message does not comply with Facebook's abuse policies.",
    examples = { "550 5.7.1 POL-P8 https://www.facebook.com/postmaster/response_codes?ip=192.0.2.1#POL-P8" },
  },
}
