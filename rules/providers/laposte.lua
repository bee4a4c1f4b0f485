-- La Poste (laposte.net). Source: La Poste's postmaster site (postmaster.laposte.net), whose
-- replies smtp.codes quotes with their meaning (github.com/fm/smtp-codes, "La Poste"). La Poste
-- ends each refusal with an "LPN<nnn>_<reason>" token, the reason numbered like Orange's "OFR"
-- codes (both descend from France Telecom's platform): 102 a blocklisted IP, 402 DKIM, 510
-- unsolicited content; bentonow.com/smtp-errors/laposte adds 503 (a reputation throttle), 405 and
-- 416. The sentence before the token, French and English, says the rest.
local function lpn(reasons, rule)
  rule.match = {}
  for i, r in ipairs(reasons) do rule.match[i] = "_" .. r end
  rule.pattern = "'lpn' [a-z0-9]* '_' ('" .. table.concat(reasons, "' / '") .. "') ![0-9]"
  return rule
end

return {
  layer = "provider",
  provider = "laposte",
  providers = {
    laposte = {
      domains = { "laposte.net" },
      mx = { "laposte.net" },
      fingerprints = { "laposte.net", "lpn0", "lpn1", "lpnaaa_" },
    },
  },

  lpn({ "101", "102", "103" }, {
    id = "provider.laposte.blocklisted",
    category = "blocklisted",
    description = "La Poste blocks the sending IP: it is on a blocklist (Spamhaus, a poor Sender Score).",
    examples = { "521 5.7.1 Service unavailable LPN007_102" },
  }),
  lpn({ "104" }, {
    id = "provider.laposte.connections",
    category = "rate_limited",
    description = "Too many connections from the sending IP; slow down.",
    examples = { "421 4.7.0 Too many connections, slow down. LPN105_104" },
  }),
  lpn({ "401", "402" }, {
    id = "provider.laposte.authentication",
    category = "auth_failure",
    description = "The sending domain failed La Poste's SPF or DKIM requirements.",
    examples = {
      "550 5.7.20 Message refuse, DKIM n'est pas configure sur votre domaine d'expedition. Message refused, DKIM is not configured on your sending domain. LPN007_402",
      "550 5.5.0 SPF: 192.0.2.1 is not allowed to send mail. LPN004_401",
    },
  }),
  lpn({ "510" }, {
    id = "provider.laposte.content",
    category = "spam_content",
    description = "La Poste judged the message unsolicited.",
    examples = {
      "550 5.7.1 Suspicion de contenu non sollicite. Afin de preserver la qualite du service et limiter les volumes de spam sur la plateforme, ce message n'a pas ete transmis. Likely unsolicited email. LPN007_510",
    },
  }),
  lpn({ "517" }, {
    id = "provider.laposte.dmarc",
    category = "auth_failure",
    description = "The message failed the DMARC policy of its From: domain.",
    examples = { "571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517" },
  }),
  lpn({ "503" }, {
    -- La Poste's throttle when the sender's reputation drops (too many errors or complaints).
    id = "provider.laposte.throttle",
    category = "reputation",
    description = "La Poste refuses the sending IP for a while after too many errors or complaints; slow down.",
    examples = { "450 4.7.1 Client host rejected: Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN027_503" },
  }),
  lpn({ "405" }, {
    id = "provider.laposte.sender",
    category = "sender_invalid",
    description = "La Poste refused the sender address: it cannot receive mail.",
    examples = { "450 4.1.8 Emetteur invalide. Invalid Sender. LPN007_405" },
  }),
  lpn({ "416" }, {
    id = "provider.laposte.recipient",
    category = "recipient_unknown",
    description = "The La Poste address does not exist.",
    examples = { "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN007_416" },
  }),
  lpn({ "420", "426" }, {
    id = "provider.laposte.account",
    category = "recipient_inactive",
    type = "hard",
    description = "The recipient's La Poste account is archived or blocked.",
    examples = { "550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420" },
  }),
  -- La Poste's sentence for a sender it blocked, also sent without an LPN token (as Sisimai's
  -- FrancePTT module records it): "Les emails envoyes vers la messagerie Laposte.net ont ete
  -- bloques par nos services."
  {
    id = "provider.laposte.blocked",
    match = "ont ete bloques par nos services",
    category = "blocklisted",
    description = "La Poste blocks mail from this sender; follow its delisting procedure.",
    examples = {
      "550 5.5.0 Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services. Afin de regulariser votre situation, nous vous invitons a cliquer sur le lien ci-dessous et a suivre la procedure.",
    },
  },
}
