-- SimpleLogin, the alias and forwarding service (simplelogin.com, aleeas.com, slmail.me and its
-- customers' own domains, MX under simplelogin.co). Source: SimpleLogin's mail handler,
-- app/email/status.py and the places email_handler.py returns each code
-- (github.com/simple-login/app). Its refusals carry an "SL Ennn" code, some with no words at
-- all ("550 SL E501"), some with the words a forwarder uses for an alias rather than a mailbox;
-- the handler says what each one means. Codes whose words the text rules read right (E504
-- "Account disabled", E506/E519 spam, E522 rate, E525 loop, E526 recipients) have no rule here.
return {
  layer = "provider",
  provider = "simplelogin",
  providers = {
    simplelogin = {
      domains = { "simplelogin.com", "simplelogin.co", "simplelogin.fr", "aleeas.com", "slmail.me" },
      mx = { "simplelogin.co" },
      fingerprints = { "sl e50", "sl e51", "sl e52", "sl e40" },
    },
  },

  {
    -- E501 a reverse alias under a domain SimpleLogin does not serve; E502 a reverse alias or
    -- alias that no longer exists (deleted, trashed, its owner's account deleted) or whose owner
    -- refuses the sender with a 5xx; E515 an alias that does not exist and cannot be created
    id = "provider.simplelogin.no-alias",
    match = { "sl e501", "sl e502", "sl e515" },
    category = "recipient_unknown",
    description = "The SimpleLogin alias or reverse alias does not exist (never created, deleted or trashed).",
    examples = {
      { "550 SL E501", rcpt = "reply+abc@simplelogin.co" },
      { "550 SL E502 Email not exist", rcpt = "someone@aleeas.com" },
      "550 SL E515 Email not exist",
    },
  },
  {
    -- E503 the alias's domain is no longer one SimpleLogin serves; E520 the alias is on a custom
    -- domain its owner has not verified
    id = "provider.simplelogin.domain-setup",
    match = { "sl e503", "sl e520" },
    category = "routing_error",
    description = "The alias's domain is not (or no longer) set up at SimpleLogin; its owner must verify or restore it.",
    examples = {
      { "550 SL E503", rcpt = "someone@example.org", mx = "mx1.simplelogin.co" },
      "550 SL E520 Unverified custom domain",
    },
  },
  {
    -- E517 the mailbox the alias forwards to is not verified yet
    id = "provider.simplelogin.unverified-mailbox",
    match = "sl e517",
    category = "recipient_inactive",
    type = "soft",
    action = "contact_recipient_admin",
    description = "The alias forwards to a mailbox its owner has not verified yet; nothing is forwarded until they do.",
    examples = { { "550 SL E517 unverified mailbox", rcpt = "someone@slmail.me" } },
  },
  {
    -- E524 a reverse alias used as the sender of a forwarded message
    id = "provider.simplelogin.reverse-alias",
    match = "sl e524",
    category = "sender_invalid",
    description = "SimpleLogin refused a message whose sender is one of its reverse aliases, used where it cannot be.",
    examples = { "550 SL E524 Wrong use of reverse-alias" },
  },
}
