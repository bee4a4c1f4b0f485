-- STRATO, the German hoster (mail servers under rzone.de). Sources: STRATO FAQ #2420
-- "Fehlermeldungen bei E-Mails" (strato.de/faq/mail/fehlermeldungen-bei-e-mails), for mail its
-- customers receive, and FAQ #2304 "Ich habe eine E-Mail über den Versand von Spam erhalten"
-- (strato.de/faq/article/2304), for mail they send. STRATO's filter refuses with a generic "Refused
-- by local policy" and names the check in a token in brackets ("No SPAM please! (B-URL)"); the
-- FAQ says what each token means.
return {
  layer = "provider",
  provider = "strato",
  providers = {
    strato = {
      mx = { "rzone.de", "strato.de" },
      fingerprints = {
        "rzone.de", "refused by local policy. no spam please", "refused by local policy. sending of spam",
      },
    },
  },

  {
    -- B-ATTACH: an attachment that may not be sent
    id = "provider.strato.attachment",
    priority = 1,
    match = { { "no spam please" }, { "b-attach" } },
    category = "malicious_content",
    description = "STRATO refused the message for an attachment of a type it does not accept; remove it.",
    examples = { { "550 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH)", mx = "smtpin.rzone.de" } },
  },
  {
    -- "Suspected phishing attempt": content that suggests phishing
    id = "provider.strato.phishing",
    priority = 1,
    match = "suspected phishing attempt",
    category = "malicious_content",
    description = "STRATO refused the message as a suspected phishing attempt.",
    examples = { { "550 5.7.1 Refused by local policy. Suspected phishing attempt", mx = "smtpin.rzone.de" } },
  },
  {
    -- B-URL a suspicious link, B-TEXT / B-SCORE / B-EX suspicious text (signatures included); the
    -- bare "No SPAM please!": the recipient's filter or spam rule; "Sending of SPAM is not
    -- permitted!": STRATO's outbound filter judged a customer's message spam
    id = "provider.strato.spam",
    match = { "no spam please", "sending of spam is not permitted" },
    category = "spam_content",
    description = "STRATO's filter judged the message spam (a suspicious link or text, named in brackets); remove it.",
    examples = {
      { "550 5.7.1 Refused by local policy. No SPAM please! (B-URL)", mx = "smtpin.rzone.de" },
      "550 5.7.1 Refused by local policy. No SPAM please! (B-SCORE)",
      "550 5.7.1 Refused by local policy. Sending of SPAM is not permitted!",
    },
  },
}
