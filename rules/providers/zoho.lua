-- Zoho Mail (zoho.com, zohomail.com and the regional data centres; ZeptoMail for sending).
-- Source: Zoho Mail help and the ZeptoMail SMTP error code page (zoho.com/zeptomail/help/api/
-- smtp-error-codes.html). Zoho lets the receiving organisation set its own filters, and says so
-- in the reply: those refusals are the recipient side's policy, not ours to fix.
return {
  layer = "provider",
  provider = "zoho",
  providers = {
    zoho = {
      domains = {
        "zoho.com", "zohomail.com", "zoho.eu", "zohomail.eu", "zoho.in", "zohomail.in", "zoho.com.au",
        "zohomail.com.au", "zoho.jp", "zohomail.jp",
      },
      mx = { "zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp" },
      fingerprints = {
        "mx.zoho.", "smtpin.zoho.", "smtp.zoho.", "detected by zoho mail", "mail rejected by destination domain",
        "mailbox delivery restricted by policy error",
      },
    },
  },

  {
    id = "provider.zoho.user_unknown",
    match = { "user does not exist", "user unknown" },
    category = "recipient_unknown",
    description = "The address does not exist at Zoho",
    examples = {
      { "550 5.1.1 User does not exist - <someone@zoho.com>", rcpt = "someone@zoho.com" },
      { "550 5.1.1 <someone@zoho.com> User unknown", rcpt = "someone@zoho.com" },
    },
  },
  {
    id = "provider.zoho.rejected_by_destination_domain",
    match = "mail rejected by destination domain",
    category = "recipient_policy",
    description = "Filters set by the receiving organisation block this mail; ask its administrator",
    examples = { { "541 5.4.1 Mail rejected by destination domain", rcpt = "someone@zoho.com" } },
  },
  {
    id = "provider.zoho.restricted_by_policy",
    match = "mailbox delivery restricted by policy error",
    category = "recipient_policy",
    description = "Filters set by the receiving organisation block delivery to this mailbox; ask its administrator",
    examples = { { "452 <someone@zoho.com> Mailbox delivery restricted by policy error", rcpt = "someone@zoho.com" } },
  },
  {
    id = "provider.zoho.temporary_system_error",
    match = "temporary system error",
    category = "system_error",
    description = "The domain at Zoho does not accept mail right now; a later retry should work",
    examples = { { "452 4.3.1 Temporary System Error", rcpt = "someone@zoho.com" } },
  },
  {
    id = "provider.zoho.dmarc",
    match = "rejected per dmarc policy",
    category = "auth_failure",
    description = "The message failed DMARC and the sender domain's policy asks for rejection",
    examples = { { "550 5.7.1 Email rejected per DMARC policy for example.com", rcpt = "someone@zoho.com" } },
  },
  {
    id = "provider.zoho.virus",
    match = "detected by zoho mail",
    category = "malicious_content",
    description = "Zoho found a virus in the message, its attachments or its links",
    examples = { { "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail", rcpt = "someone@zoho.com" } },
  },
  {
    id = "provider.zoho.flagged_as_spam",
    match = "email flagged as spam",
    category = "spam_content",
    description = "Zoho's filter flagged the message as spam",
    examples = { { "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.", rcpt = "someone@zoho.com" } },
  },
  {
    id = "provider.zoho.policy_violation",
    match = "email policy violation detected",
    category = "policy_block",
    description = "The message violates a Zoho email policy",
    examples = { { "554 5.7.7 Email policy violation detected", rcpt = "someone@zoho.com" } },
  },
  {
    id = "provider.zoho.greylisted",
    match = "greylisted, try again after some time",
    category = "greylisted",
    description = "Zoho greylisted the message; the retry will be accepted",
    examples = { { "451 4.7.1 Greylisted, try again after some time", rcpt = "someone@zoho.com" } },
  },
  {
    -- ZeptoMail / Zoho submission: the From domain is not one the account may send for.
    id = "provider.zoho.relaying_disallowed_as",
    match = "relaying disallowed as",
    category = "sender_invalid",
    description = "The From address is not one this Zoho account may send as",
    examples = { { "553 Relaying disallowed as noreply@localhost", rcpt = "someone@example.com", mx = "smtp.zoho.com" } },
  },
}
