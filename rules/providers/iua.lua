-- I.UA mail (i.ua, and the domains its MX hosts at email.ua receive for). Its replies end with a
-- link to its page for the cause, http://mail.i.ua/err/N/ (as Sisimai's Rhost::IUA lists them):
-- 1 SMTP used as a mail gateway is forbidden, 2 user not found, 3 mailbox unused for more than
-- three months (frozen), 4 mailbox full, 5 sending limit exceeded, 6 "use the SMTP server of
-- your provider", 7 a wrong HELO/EHLO name, 8 the sender address could not be checked, 9 the
-- sender's IP is on a blacklist, 10 not in the recipient's list of allowed addresses. The number
-- decides, whatever the words in front of it.
return {
  layer = "provider",
  provider = "iua",
  providers = {
    iua = {
      domains = { "i.ua" },
      mx = { "email.ua", "i.ua" },
      fingerprints = { "i.ua/err/" },
    },
  },

  {
    id = "provider.iua.relay",
    match = "i.ua/err/1/",
    category = "relay_denied",
    examples = { { "550 Relaying denied. See http://mail.i.ua/err/1/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.unknown",
    match = "i.ua/err/2/",
    category = "recipient_unknown",
    examples = { { "550 User not found. See http://mail.i.ua/err/2/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.frozen",
    match = "i.ua/err/3/",
    category = "recipient_inactive",
    type = "hard",
    description = "The I.UA mailbox was frozen after more than three months unused.",
    examples = { { "550 Mailbox is frozen. See http://mail.i.ua/err/3/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.full",
    match = "i.ua/err/4/",
    category = "mailbox_full",
    examples = { { "552 Mailbox is full. See http://mail.i.ua/err/4/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.limit",
    match = "i.ua/err/5/",
    category = "rate_limited",
    description = "I.UA's limit on letters from this sender is exceeded; send more slowly.",
    examples = { { "450 Sending limit exceeded. See http://mail.i.ua/err/5/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.direct",
    match = "i.ua/err/6/",
    category = "blocklisted",
    description = "I.UA takes no mail sent directly from this address space; send through a provider's server.",
    examples = { { "550 Use SMTP of your provider. See http://mail.i.ua/err/6/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.helo",
    match = "i.ua/err/7/",
    category = "reverse_dns",
    examples = { { "550 Wrong HELO. See http://mail.i.ua/err/7/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.sender",
    match = "i.ua/err/8/",
    category = "sender_invalid",
    examples = { { "450 Couldn't check sender address. See http://mail.i.ua/err/8/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.blacklisted",
    match = "i.ua/err/9/",
    category = "blocklisted",
    examples = { { "550 Your IP is blacklisted. See http://mail.i.ua/err/9/", rcpt = "someone@i.ua" } },
  },
  {
    id = "provider.iua.allowlist",
    match = "i.ua/err/10/",
    category = "recipient_policy",
    description = "The I.UA recipient takes mail only from the addresses it listed.",
    examples = { { "550 Not in the list. See http://mail.i.ua/err/10/", rcpt = "someone@i.ua" } },
  },
}
