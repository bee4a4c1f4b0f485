-- Proton Mail (proton.me, protonmail.com, protonmail.ch, pm.me). Source: Proton's refusals as
-- quoted on smtp.codes (github.com/fm/smtp-codes, "ProtonMail") with their meaning.
return {
  layer = "provider",
  provider = "proton",
  providers = {
    proton = {
      domains = { "proton.me", "protonmail.com", "protonmail.ch", "pm.me" },
      mx = { "protonmail.ch" },
      fingerprints = { "protonmail.ch", "we do not accept viral traffic" },
    },
  },

  {
    -- A malicious file, or something matching a malicious hash, in the message.
    id = "provider.proton.viral",
    match = "we do not accept viral traffic",
    category = "malicious_content",
    description = "Proton found malware (a malicious file or hash) in the message.",
    examples = { "554 5.7.1 We do not accept viral traffic" },
  },
}
