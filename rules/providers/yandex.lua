-- Yandex Mail (yandex.ru, yandex.com, ya.ru and the other Yandex domains, Yandex 360).
-- Source: Yandex Mail help, "Report on non-delivery to Yandex" (yandex.com/support/mail/bounces/
-- yandex.html and its per-error pages). Yandex puts 5.7.1 on most refusals, including a missing
-- mailbox ("550 5.7.1 No such user!"), so its wording outranks the enhanced status.
return {
  layer = "provider",
  provider = "yandex",
  providers = {
    yandex = {
      domains = {
        "yandex.ru", "yandex.com", "ya.ru", "yandex.by", "yandex.kz", "yandex.ua", "yandex.com.tr",
        "narod.ru",
      },
      mx = { "yandex.ru", "yandex.net", "yandex.com" },
      fingerprints = {
        "yandex.net", "yandex.ru", "yandex.com", "ya.cc/",
        -- Yandex's own wordings (yandex.com/support/mail/bounces), for replies quoted without a host
        "policy rejection on the target address", "blocked by spam statistics",
        "message rejected under suspicion of spam", "the recipient has exceeded message rate limit",
      },
    },
  },

  {
    id = "provider.yandex.no_such_user",
    match = {
      "no such user", "bad recipient address syntax", "bad address mailbox syntax", "no correct recipients",
      "need fully-qualified address",
    },
    category = "recipient_unknown",
    description = "The address does not exist at Yandex, or is malformed",
    examples = {
      { "550 5.7.1 No such user!", rcpt = "someone@yandex.ru" },
      { "501 5.1.3 Bad recipient address syntax", rcpt = "someone@yandex.ru" },
    },
  },
  {
    id = "provider.yandex.suspicion_of_spam",
    match = "message rejected under suspicion of spam",
    category = "spam_content",
    description = "Yandex recognised the message content as spam",
    examples = { { "554 5.7.1 [1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc ##", rcpt = "someone@yandex.ru" } },
  },
  {
    -- Yandex blocks a source that sends only spam for 24 hours.
    id = "provider.yandex.spam_statistics",
    match = "blocked by spam statistics",
    category = "reputation",
    retry_after = 86400,
    description = "Yandex blocks this sender for 24 hours because of its spam statistics",
    examples = { { "554 5.7.1 Blocked by spam statistics - see https://ya.cc/1IrBc", rcpt = "someone@yandex.ru" } },
  },
  {
    id = "provider.yandex.policy_rejection",
    match = "policy rejection on the target address",
    category = "recipient_inactive",
    description = "The recipient's account is blocked for violating the Yandex user agreement",
    examples = { { "550 5.7.1 Policy rejection on the target address", rcpt = "someone@yandex.ru" } },
  },
  {
    id = "provider.yandex.mailbox_size",
    match = { "mailbox size limit exceeded", "mailbox size exceeded" },
    category = "mailbox_full",
    description = "The recipient's mailbox is full; the owner has to log in to receive mail again",
    examples = { { "552 5.2.2 Mailbox size limit exceeded", rcpt = "someone@yandex.ru" } },
  },
  {
    id = "provider.yandex.virus",
    match = "message infected by virus",
    category = "malicious_content",
    description = "Yandex found a virus in the message",
    examples = { { "554 5.7.1 Message infected by virus", rcpt = "someone@yandex.ru" } },
  },
  {
    -- Yandex limits how much mail one mailbox takes in a short time.
    id = "provider.yandex.recipient_rate",
    match = "the recipient has exceeded message rate limit",
    category = "recipient_rate_limited",
    description = "The Yandex recipient received too much mail in a short time; try again later",
    examples = { { "450 4.2.1 The recipient has exceeded message rate limit. Try again later.", rcpt = "someone@yandex.ru" } },
  },
}
