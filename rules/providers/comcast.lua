-- Comcast / Xfinity (comcast.net). Sources: Comcast postmaster "Mail delivery error codes"
-- (postmaster.comcast.net) and Xfinity's "Email errors" article. Comcast's replies carry a
-- block token (BL000000, ES000010, RL000001, ...) often under a generic "Comcast block for
-- spam" wording: the token, not the words, carries the meaning.
return {
  layer = "provider",
  provider = "comcast",
  providers = {
    comcast = {
      domains = { "comcast.net" },
      -- mx1a1.comcast.net, mx2c1.comcast.net
      mx = { "comcast.net" },
      -- older inbound hosts are imtaNN.<site>.mail.comcast.net and link comcast.net/help/faq
      fingerprints = {
        "sys.comcast.net", "postmaster.comcast.net", "comcast block for spam", "help.comcast.net",
        "mail.comcast.net", "comcast.net/help",
        -- Comcast's block tokens, for replies quoted without a Comcast host name or link.
        "bl000000", "bl000001", "bl000010", "bl000011", "bl000100", "bl000101", "bl000110", "bl000111",
        "es000001", "es000010", "rl00000", "rl0000", "dm000001", "@comcast.net>",
      },
    },
  },

  {
    id = "provider.comcast.bl000000",
    match = "bl000000",
    category = "reputation",
    action = "delist",
    description = "Comcast blocked the sending IP: its mail follows patterns typical of spam.",
    examples = {
      { "554 resimta-po-09v.sys.comcast.net comcast 192.0.2.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- The digits say which lists hold the IP: Spamhaus ZEN, Cloudmark CSI, SenderScore.
    id = "provider.comcast.blocklist",
    match = { "bl000001", "bl000010", "bl000011", "bl000100", "bl000101", "bl000110", "bl000111" },
    category = "blocklisted",
    description = "The sending IP is on Spamhaus ZEN, Cloudmark CSI or the SenderScore block list.",
    examples = {
      { "554 resimta-po-09v.sys.comcast.net comcast 192.0.2.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000001", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- The older codes BL001 to BL0010 (Comcast's own list, Spamhaus SBL/XBL, Cloudmark CSI, ...),
    -- still quoted by some replies: a blocklisted sending IP either way.
    id = "provider.comcast.legacy-blocklist",
    match = "bl0",
    pattern = "'bl0' %d %d %d? !%d",
    category = "blocklisted",
    description = "The sending IP is on Comcast's block list or a blocklist Comcast uses.",
    examples = {
      "554 imta11.westchester.pa.mail.comcast.net comcast 192.0.2.1 Comcast BL004 Blocked for spam. Please see http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy18628",
      { "554 imta07.emeryville.ca.mail.comcast.net comcast 192.0.2.1 Comcast BL006 Blocked for spam.", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- Comcast's own residential customers must send through smtp.comcast.net.
    id = "provider.comcast.es000001",
    match = "es000001",
    category = "blocklisted",
    action = "fix_sender_config",
    description = "Mail from Comcast's residential IP space must go through Comcast's SMTP servers.",
    examples = {
      { "554 resimta-po-09v.sys.comcast.net comcast 192.0.2.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#ES000001", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- Comcast judges an IP dynamic when its reverse DNS does not follow static naming.
    id = "provider.comcast.es000010",
    match = "es000010",
    category = "reverse_dns",
    description = "The sending IP looks dynamic or residential (reverse DNS without static naming).",
    examples = {
      { "554 resimta-po-09v.sys.comcast.net comcast 192.0.2.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#ES000010", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- The From: domain publishes a DMARC policy of reject and the message failed it
    -- (Comcast's "DM" codes; Comcast puts a generic 5.2.0 on the reply).
    id = "provider.comcast.dmarc",
    match = { "dm000001", "rejected due to dmarc" },
    category = "auth_failure",
    description = "The message failed the DMARC policy of its From: domain.",
    examples = {
      "550 5.2.0 meQj1n01053u42A0HeQj3v Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001",
    },
  },
  {
    id = "provider.comcast.ptr-required",
    match = "must have a ptr record",
    category = "reverse_dns",
    description = "Comcast requires a PTR record with valid reverse DNS for the sending IP.",
    examples = {
      { "554 mta1.comcast.net comcast 192.0.2.2 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement.", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- A failed lookup, not a missing record: Comcast says to retry.
    id = "provider.comcast.rdns-failure",
    match = "reverse dns failure",
    category = "reverse_dns",
    action = "retry",
    description = "Comcast's reverse DNS lookup of the sending IP failed; retry later.",
    examples = {
      { "421 - [Reverse DNS failure : Try again later]", rcpt = "someone@comcast.net" },
    },
  },
  {
    id = "provider.comcast.too-many-sessions",
    match = "too many sessions opened",
    category = "rate_limited",
    description = "Too many simultaneous connections from the sending IP.",
    examples = {
      { "421 - [Too many sessions opened]", rcpt = "someone@comcast.net" },
    },
  },
  {
    id = "provider.comcast.rl",
    match = "rl0000",
    category = "rate_limited",
    description = "Comcast throttled the sending IP for its connection or message rate.",
    examples = {
      { "451 4.2.0 Throttled - https://postmaster.comcast.net/smtp-error-codes.php#RL000010", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- The enhanced code says bad mailbox, the text says quota: the text is Comcast's meaning.
    id = "provider.comcast.quota",
    match = "quota violation",
    category = "mailbox_full",
    description = "The Comcast mailbox is over quota.",
    examples = {
      { "552 5.1.1 <someone@comcast.net> recipient rejected - extended quota violation", rcpt = "someone@comcast.net" },
    },
  },
  {
    id = "provider.comcast.not-our-customer",
    match = "not our customer",
    category = "recipient_unknown",
    description = "The Comcast address does not exist.",
    examples = {
      { "550 5.1.1 <someone@comcast.net> Not our Customer", rcpt = "someone@comcast.net" },
    },
  },
  {
    -- Per recipient: the mailbox received too much mail lately (Comcast's 4.1.1 is not "no such user").
    id = "provider.comcast.too-many-recent",
    match = "too many recent messages",
    category = "recipient_rate_limited",
    description = "The Comcast recipient received too many messages recently; try again later.",
    examples = { { "452 4.1.1 <someone@comcast.net> too many recent messages; Try again later", rcpt = "someone@comcast.net" } },
  },
}
