-- Rambler Mail (rambler.ru, lenta.ru, autorambler.ru, myrambler.ru, ro.ru). Source: Rambler's help
-- article on error messages (help.rambler.ru/mail/mail-soobsheniya-ob-oshibkah/1326), whose
-- replies smtp.codes quotes (github.com/fm/smtp-codes, "Rambler"). Rambler answers a closed or
-- blocked account with "540 5.7.1 ... recipient address rejected: Inactive" or "... Blocked".
return {
  layer = "provider",
  provider = "rambler",
  providers = {
    rambler = {
      domains = { "rambler.ru", "lenta.ru", "autorambler.ru", "myrambler.ru", "ro.ru", "rambler.ua" },
      mx = { "rambler.ru" },
      fingerprints = { "rambler.ru" },
    },
  },

  {
    id = "provider.rambler.inactive",
    match = { "recipient address rejected: inactive", "recipient address rejected: blocked" },
    category = "recipient_inactive",
    type = "hard",
    description = "The Rambler account is inactive or blocked.",
    examples = {
      "540 5.7.1 <someone@rambler.ru>: recipient address rejected: Inactive",
      "540 5.7.1 <someone@rambler.ru>: recipient address rejected: Blocked",
    },
  },
}
