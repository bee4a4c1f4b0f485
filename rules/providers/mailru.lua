-- Mail.ru (mail.ru, bk.ru, list.ru, inbox.ru, internet.ru).
-- Source: Mail.ru help (help.mail.ru/mail-help/postmaster, /notspam-support), whose links Mail.ru
-- puts in its replies. A refused recipient reads "Message was not accepted -- invalid mailbox.
-- Local mailbox X is unavailable: <reason>": the reason after the colon decides, and some
-- reasons are not about an invalid mailbox at all.
return {
  layer = "provider",
  provider = "mailru",
  providers = {
    mailru = {
      domains = { "mail.ru", "bk.ru", "list.ru", "inbox.ru", "internet.ru" },
      mx = { "mail.ru" },
      fingerprints = {
        "mxs.mail.ru", "help.mail.ru", "corp.mail.ru", "@mail.ru", "@bk.ru", "@list.ru", "@inbox.ru",
        "message was not accepted -- invalid mailbox",
      },
    },
  },

  -- A deferral that sends us to Mail.ru's abuse desk ("421 Try again later (192.0.2.1). Please
  -- contact abuse@corp.mail.ru."): the sending IP's standing, not a failure of Mail.ru's.
  {
    id = "provider.mailru.abuse_contact",
    priority = 10,
    -- (an address's local part reads as "_" to a rule: the abuse desk is "_@corp.mail.ru")
    match = { { "try again later" }, { "_@corp.mail.ru" } },
    category = "reputation",
    description = "Mail.ru slows or refuses mail from this IP for its reputation; contact Mail.ru's abuse desk",
    examples = { { "421 Try again later (192.0.2.1). Please contact abuse@corp.mail.ru.", rcpt = "someone@mail.ru" } },
  },
  {
    id = "provider.mailru.user_not_found",
    priority = 10,
    match = { "unavailable: user not found", "no such user" },
    category = "recipient_unknown",
    description = "The mailbox does not exist",
    examples = { { "550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: user not found", rcpt = "someone@mail.ru" } },
  },
  {
    id = "provider.mailru.account_disabled",
    priority = 10,
    match = "unavailable: account is disabled",
    category = "recipient_inactive",
    description = "The recipient's account is disabled",
    examples = { { "550 Message was not accepted -- invalid mailbox. Local mailbox user@mail.ru is unavailable: account is disabled", rcpt = "someone@mail.ru" } },
  },
  {
    -- Mail.ru's submission server about our own mailbox, in the same "invalid mailbox" frame.
    id = "provider.mailru.sending_disabled",
    priority = 20,
    match = "message sending for this account is disabled",
    category = "sender_account",
    description = "Mail.ru stopped sending from our account (suspected compromise); restore it by changing the password",
    examples = { { "550 Message was not accepted -- invalid mailbox. Local mailbox sender@mail.ru is unavailable: message sending for this account is disabled: http://help.mail.ru/mail-help/postmaster/error", rcpt = "someone@example.com", mx = "smtp.mail.ru" } },
  },
  {
    id = "provider.mailru.mailbox_full",
    priority = 10,
    match = { "mailbox full", "user quota exceeded" },
    category = "mailbox_full",
    description = "The recipient's mailbox is over its quota",
    examples = { { "550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: mailbox full", rcpt = "someone@mail.ru" } },
  },
  {
    id = "provider.mailru.invalid_mailbox",
    match = "invalid mailbox",
    category = "recipient_unknown",
    description = "Mail.ru refused the recipient mailbox",
    examples = { { "550 5.1.1 Bad destination mailbox address: invalid mailbox. Local mailbox someone@mail.ru", rcpt = "someone@mail.ru" } },
  },
  {
    id = "provider.mailru.spam",
    match = "spam message rejected",
    category = "spam_content",
    description = "Mail.ru's filter judged the message spam; the link in the reply files a review request",
    examples = { { "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=37o1uvXUfWYx or report details to abuse@corp.mail.ru. Error code: BA35BADF667DD4F5. ID: 000000070000C81B.", rcpt = "someone@mail.ru" } },
  },
  {
    id = "provider.mailru.dmarc",
    match = "owner dmarc policy",
    category = "auth_failure",
    description = "The message failed the sender domain's DMARC policy",
    examples = {
      { "550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc", rcpt = "someone@mail.ru" },
      { "550 5.7.1 This message was not accepted due to domain (example.org) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc", rcpt = "someone@mail.ru" },
    },
  },
}
