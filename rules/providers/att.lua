-- AT&T (att.net and the legacy SBC, BellSouth, Pacific Bell, Ameritech, SNET domains).
-- Source: AT&T's mail-block pages for senders (att.net general-info/bls_info, rbl.att.net) and
-- the abuse_rbl@abuse-att.net procedure its replies name. AT&T's inbound servers (prodigy.net)
-- answer a blocked IP with "DNSBL:RBL 521< ip >_is_blocked", and put 5.7.1 on a missing
-- reverse DNS, which is a fix on the sending side, not a policy verdict.
return {
  layer = "provider",
  provider = "att",
  providers = {
    att = {
      domains = {
        "att.net", "sbcglobal.net", "bellsouth.net", "pacbell.net", "flash.net", "swbell.net", "prodigy.net",
        "ameritech.net", "snet.net", "nvbell.net", "wans.net",
      },
      mx = { "prodigy.net", "att.net" },
      fingerprints = {
        "abuse-att.net", "@att.net", "prodigy.net", "bellsouth.net", "dnsbl:rbl", "dnsbl:attrbl",
        -- the replies of the rbl.att.net error summary, quoted without an AT&T host name
        "failure in dns look-up", "requires valid sender domain", "unauthorized interface for",
        "busy--please try again later",
      },
    },
  },

  {
    id = "provider.att.rbl_blocked",
    match = {
      "dnsbl:rbl", "dnsbl:attrbl", "_is_blocked", "@abuse-att.net", "ldap:ou=rblmx", "blocked for abuse",
    },
    category = "blocklisted",
    description = "AT&T blocks the sending IP as a spam source; fix the cause, then forward the reply to abuse_rbl@abuse-att.net",
    examples = {
      { "553 5.3.0 flph844 DNSBL:RBL 521< 203.0.113.7 >_is_blocked. For assistance forward this to abuse_rbl@abuse-att.net", rcpt = "someone@att.net" },
      { "550 <192.0.2.4> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net", rcpt = "someone@bellsouth.net" },
    },
  },
  {
    -- "The sending system is not recognized as a valid source of e-mail. Correspondents should
    -- use registered mail systems provided by a major ISP or hosting service." (rbl.att.net)
    id = "provider.att.unauthorized_interface",
    match = "unauthorized interface for",
    category = "blocklisted",
    description = "AT&T does not take mail directly from this sending system; send through a registered mail system.",
    examples = { { "550 unauthorized interface for <192.0.2.4>", rcpt = "someone@att.net" } },
  },
  {
    id = "provider.att.521_blocked",
    code = 521,
    match = "is blocked",
    category = "blocklisted",
    description = "AT&T identified the sending system as a source of spam",
    examples = { { "521 <192.0.2.4> is blocked", rcpt = "someone@att.net" } },
  },
  {
    id = "provider.att.sender_domain_rdns",
    match = {
      "without a valid sender domain", "fix reverse dns for", "requires valid sender domain", "failure in dns look-up",
      "blocked for status: <unknown sender>",
    },
    category = "reverse_dns",
    description = "The sending IP lacks valid reverse DNS, so AT&T cannot verify the sending system",
    examples = {
      { "550 5.7.1 Connections not accepted from servers without a valid sender domain. ## Fix reverse DNS for 192.0.2.1", rcpt = "someone@att.net" },
      { "550 [permfail] bellsouth.net requires valid sender domain", rcpt = "someone@bellsouth.net" },
      { "421-failure in DNS look-up.", rcpt = "someone@sbcglobal.net" },
    },
  },
  {
    id = "provider.att.mailbox_suspended",
    match = "mailbox currently suspended",
    category = "recipient_inactive",
    description = "The recipient's account is suspended",
    examples = { { "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.", rcpt = "someone@bellsouth.net" } },
  },
  {
    id = "provider.att.busy",
    match = "busy--please try again later",
    category = "system_error",
    description = "AT&T's servers are short of resources; retry",
    examples = { { "450 busy--Please try again later", rcpt = "someone@bellsouth.net" } },
  },
}
