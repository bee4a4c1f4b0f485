-- Orange (orange.fr, wanadoo.fr).
-- Source: the Orange postmaster page (postmaster.orange.fr), which lists its reply codes by the
-- number in the token at the end of each reply: "OFR_999 [999]", "OFR004_104 [104]",
-- "OFR006_102". The digits before the underscore name the check point; the three digits after
-- it name the reason, and Orange groups some reasons by their first two digits (20x, 39x, 99x).
-- The French/English sentence around the token is often the generic "Service refuse", so the
-- token decides: each rule's phrase finds its number, and its pattern checks the token around it.
return {
  layer = "provider",
  provider = "orange",
  providers = {
    orange = {
      domains = { "orange.fr", "wanadoo.fr" },
      mx = { "orange.fr" },
      fingerprints = { "mwinf", "ofr_", "ofr00", "smtp-in.orange.fr", "@orange.fr", "@wanadoo.fr" },
    },
  },

  -- 1xx: the sending IP
  {
    id = "provider.orange.ofr_100",
    match = "_100",
    pattern = "'ofr' %d* '_100' !%d",
    category = "blocklisted",
    description = "The sending IP is listed on the Abusix blocklist",
    examples = { { "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_100 [100]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_101",
    match = "_101",
    pattern = "'ofr' %d* '_101' !%d",
    category = "blocklisted",
    description = "The sending IP is listed on the Spamhaus blocklist",
    examples = { { "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_101 [101]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_102",
    match = "_102",
    pattern = "'ofr' %d* '_102' !%d",
    category = "blocklisted",
    description = "The sending IP is listed by Cloudmark; request a reset at csi.cloudmark.com",
    examples = { { "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 [102]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_103",
    match = "_103",
    pattern = "'ofr' %d* '_103' !%d",
    category = "blocklisted",
    description = "Orange has blocklisted the sending IP; ask Orange through its postmaster contact form",
    examples = { { "550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_104",
    match = "_104",
    pattern = "'ofr' %d* '_104' !%d",
    category = "rate_limited",
    description = "Too many simultaneous connections from the sending IP; Orange recommends 2",
    examples = { { "421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_107",
    match = "_107",
    pattern = "'ofr' %d* '_107' !%d",
    category = "reverse_dns",
    description = "The sending IP has no reverse DNS (PTR) record, or it does not match the host's address",
    examples = { { "421 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_107 [107]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_109",
    match = "_109",
    pattern = "'ofr' %d* '_109' !%d",
    category = "rate_limited",
    description = "Too many messages in one SMTP connection; Orange recommends at most 100",
    examples = { { "421 mwinf5c10 ME Veuillez essayer plus tard. OFR003_109 [109]", rcpt = "someone@orange.fr" } },
  },

  -- 2xx, 3xx, 4xx: the SMTP dialogue, the sender and the recipient
  {
    id = "provider.orange.ofr_20x",
    match = "_20",
    pattern = "'ofr' %d* '_20' %d !%d",
    category = "reverse_dns",
    description = "Invalid HELO/EHLO: it must be a fully qualified name that resolves",
    examples = { { "421 mwinf5c10 ME Veuillez essayer plus tard. OFR004_201 [201]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_39x",
    match = "_39",
    pattern = "'ofr' %d* '_39' %d !%d",
    category = "auth_failure",
    description = "The sender domain's SPF record is in error",
    examples = { { "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_390 [390]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_405",
    match = "_405",
    pattern = "'ofr' %d* '_405' !%d",
    category = "sender_invalid",
    description = "The sender domain has no valid A or MX record in DNS",
    examples = { { "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.invalid_sender",
    priority = -1,
    match = "emetteur invalide",
    category = "sender_invalid",
    description = "Orange refused the sender address",
    examples = { { "550 5.0.1 Emetteur invalide. Invalid Sender. OFR_415 [415]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_416",
    match = "_416",
    pattern = "'ofr' %d* '_416' !%d",
    category = "recipient_unknown",
    description = "The recipient does not exist; remove it from the list",
    examples = { { "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_417",
    match = "_417",
    pattern = "'ofr' %d* '_417' !%d",
    category = "mailbox_full",
    description = "The recipient's mailbox is full",
    examples = { { "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_425",
    match = "_425",
    pattern = "'ofr' %d* '_425' !%d",
    category = "blocklisted",
    description = "The sender domain is listed by Abusix or Spamhaus",
    examples = { { "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_425 [425]", rcpt = "someone@orange.fr" } },
  },

  -- 5xx: the message
  {
    id = "provider.orange.ofr_505",
    match = "_505",
    pattern = "'ofr' %d* '_505' !%d",
    category = "system_error",
    description = "Orange refused the message temporarily; retry later",
    examples = { { "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_506",
    match = "_506",
    pattern = "'ofr' %d* '_506' !%d",
    category = "spam_content",
    description = "Orange blocked the message as suspected spam; contact Orange through its postmaster form if wrong",
    examples = { { "550 5.7.1 Mail rejete. Mail rejected. OFR_506 [506]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_514",
    match = "_514",
    pattern = "'ofr' %d* '_514' !%d",
    category = "message_too_large",
    description = "The message is larger than Orange accepts",
    examples = { { "552 5.3.4 Taille limite du message atteinte. OFR_514 [514]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_515",
    match = "_515",
    pattern = "'ofr' %d* '_515' !%d",
    category = "auth_failure",
    description = "DMARC failed and the sender domain's policy asks for rejection",
    examples = { { "550 5.7.1 Message refuse, verification DMARC en echec. Message refused, DMARC verification failed. OFR004_515 [515]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.ofr_519",
    match = "_519",
    pattern = "'ofr' %d* '_519' !%d",
    category = "auth_failure",
    description = "The sending IP is not authorised by the sender domain's SPF record",
    examples = { { "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_519 [519]", rcpt = "someone@orange.fr" } },
  },
  {
    id = "provider.orange.spf_dns",
    match = "spf/dns de votre nom de domaine",
    category = "auth_failure",
    description = "SPF check failed for the sender domain; check its SPF/DNS configuration",
    examples = { { "421 smtp.orange.fr [192.0.2.1] Emetteur invalide, Veuillez verifier la configuration SPF/DNS de votre nom de domaine. Invalid Sender. SPF check failed, please verify the SPF/DNS configuration for your domain name.", rcpt = "someone@orange.fr" } },
  },

  -- 99x: behaviour
  {
    id = "provider.orange.ofr_99x",
    match = "_99",
    pattern = "'ofr' %d* '_99' %d !%d",
    category = "rate_limited",
    description = "Orange rate-limits this sender for inappropriate sending behaviour; retry later and check what is sent",
    examples = { { "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]", rcpt = "someone@orange.fr" } },
  },
}
