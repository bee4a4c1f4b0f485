-- Norwegian (bokmål) wording of bounces and replies. Sources, per family below: Microsoft's
-- Norwegian help for NDR 5.1.10 ("E-postadressen som du sendte meldingen til, eksisterer ikke
-- eller ble ikke funnet", "returmelding", "søppelpost"); Outlook's "Automatisk svar:", spelt as
-- in Danish and so held by da.lua with the other phrases the two languages share ("adressen eksisterer ikke", "kvoten er
-- overskredet"); and the general Norwegian words for each cause (a recipient noun and its state),
-- which any Norwegian-speaking MTA or hoster (Telenor, Altibox, Domeneshop) puts in its own
-- sentence. "å" folds to "a"; "ø" and "æ" stay, so the ASCII spellings servers write ("prov
-- igjen") are listed where they occur. Literal phrases only; priorities follow the scale in
-- rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Norwegian nouns; "adressen", "kontoen" and "postkassen" are Danish too and meet the Norwegian
-- states below, the shared state "eksisterer ikke" being da.lua's.
local RECIPIENT = {
  "mottakeren", "mottakeradressen", "brukeren", "e-postadressen", "epostadressen", "innboksen", "e-postkassen",
  "e-postkontoen", "brukerkontoen",
}
local SHARED = { "adressen", "kontoen", "postkassen" }
local UNKNOWN = { "finnes ikke", "ble ikke funnet", "kunne ikke finnes", "er ukjent" }
local INACTIVE = {
  "deaktivert", "sperret", "blokkert", "suspendert", "stengt", "avsluttet", "frosset", "lukket", "nedlagt", "slettet",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.nb.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "avsenderen", "avsenderadressen", "avsenderdomenet", "avsenders adresse", "avsenders domene" }, " ",
        { "finnes ikke", "eksisterer ikke", "ble ikke funnet", "er ukjent", "er ugyldig", "ble avvist" }),
      "ukjent avsender", "ugyldig avsender", "ugyldig avsenderadresse"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Avsenderdomenet finnes ikke", "550 5.1.7 Ugyldig avsenderadresse" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.nb.blocklisted",
    priority = 70,
    match = phrases.join(
      "svarteliste", "svartelistet", "blokkeringsliste",
      phrases.combine({ "ip-adressen", "din ip-adresse", "deres ip-adresse" }, " ", { "", "er ", "har blitt " },
        { "blokkert", "sperret" })),
    category = "blocklisted",
    examples = { "554 5.7.1 Din IP-adresse er blokkert", "550 5.7.1 Avvist: serveren står på en svarteliste" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.nb.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", an account noun and a state, anywhere in the reply; "midlertidig" is
    -- Danish "midlertidigt" less its t, and Danish states are spelt otherwise
    match = { { "midlertidig" }, { "kontoen", "postkassen", "postkasse", "innboksen", "e-postkontoen" }, INACTIVE },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Kontoen er midlertidig sperret" },
  },

  -- Mailbox full: "mottakerens postkasse er full", quota and storage wording.
  {
    id = "lang.nb.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "postkassen", "innboksen", "e-postkassen", "mottakerens postkasse", "mottakerens innboks",
        "brukerens postkasse" }, { " er full", " er overfylt", " full" }),
      "full postkasse", "full innboks", "kvoten er nådd", "kvoten er brukt opp", "lagringsplassen er full",
      "ikke mer plass i postkassen"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Mottakerens postkasse er full og kan ikke motta meldinger akkurat nå.",
      "452 4.2.2 Innboksen er full",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.nb.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine(phrases.join(RECIPIENT, SHARED), " ", { "", "er ", "har blitt " },
        { "deaktivert", "sperret", "blokkert", "suspendert", "stengt", "avsluttet" }),
      phrases.combine(RECIPIENT, " ", { "", "er ", "har blitt " }, { "frosset", "lukket", "nedlagt", "slettet" }),
      phrases.combine({ "deaktivert", "sperret", "stengt", "suspendert", "blokkert" }, " ", { "konto", "postkasse", "bruker" })),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Kontoen er deaktivert", "550 Brukeren har blitt sperret", "550 5.2.1 Stengt konto" },
  },

  -- The recipient's domain: host or domain unknown, no MX.
  {
    id = "lang.nb.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domenet", "domenenavnet", "mottakerdomenet", "verten" }, " ",
        { "finnes ikke", "eksisterer ikke", "ble ikke funnet", "kunne ikke finnes", "er ukjent", "er ugyldig" }),
      "ukjent domene", "ugyldig domene", "ukjent vert", "ukjent vertsnavn"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Domenet finnes ikke", "554 5.4.4 Ukjent domene: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.nb.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("for mange ", { "tilkoblinger", "samtidige tilkoblinger", "meldinger", "e-poster", "eposter" }),
      "for raskt"),
    category = "rate_limited",
    examples = { "421 4.7.0 For mange tilkoblinger fra din IP-adresse", "450 4.7.1 For mange meldinger på kort tid" },
  },

  -- Content judged spam: Microsoft's word "søppelpost", and the general words.
  {
    id = "lang.nb.spam_content",
    priority = 35,
    match = phrases.join(
      "søppelpost", "soppelpost", "uønsket e-post", "mistenkt spam", "mistenkt for spam",
      phrases.combine({ "merket", "klassifisert", "vurdert", "identifisert", "avvist" }, " som spam")),
    category = "spam_content",
    examples = { "550 5.7.1 Meldingen er klassifisert som spam", "554 Avvist: søppelpost" },
  },

  -- The mailbox does not exist: Microsoft's "E-postadressen som du sendte meldingen til,
  -- eksisterer ikke eller ble ikke funnet", and the general words.
  {
    id = "lang.nb.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine(RECIPIENT, " ", phrases.join(UNKNOWN, "eksisterer ikke", "er ugyldig")),
      phrases.combine(SHARED, " ", UNKNOWN),
      phrases.combine({ "ukjent", "ugyldig" }, " ", { "mottaker", "bruker", "e-postadresse", "mottakeradresse" }),
      "sendte meldingen til, eksisterer ikke", "sendte meldingen til eksisterer ikke",
      "ukjent adresse", "ingen slik bruker", "ingen slik mottaker", "ingen slik postkasse"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Mottakeren finnes ikke",
      "E-postadressen som du sendte meldingen til, eksisterer ikke eller ble ikke funnet.",
      "550 5.1.1 <user@example.no>: Ukjent bruker",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.nb.network_error",
    priority = 16,
    match = phrases.join(
      phrases.combine({ "tilkoblingen", "forbindelsen" }, " ", { "ble avvist", "ble brutt", "ble tidsavbrutt" }),
      "tilkobling avvist", "tidsavbrudd", "kunne ikke koble til", "klarte ikke å koble til", "serveren er utilgjengelig",
      "nettverksfeil"),
    category = "network_error",
    examples = { "451 4.4.1 Tidsavbrudd ved tilkobling til mx.example.no", "Tilkoblingen ble avvist av mx.example.no" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.nb.system_error",
    priority = 15,
    match = {
      "midlertidig feil", "midlertidig problem", "intern feil", "intern serverfeil", "systemfeil", "lokal feil",
      "tjenesten er ikke tilgjengelig", "tjenesten er midlertidig utilgjengelig", "midlertidig utilgjengelig",
      "serveren er opptatt",
    },
    category = "system_error",
    examples = { "451 4.3.0 Midlertidig feil, prøv igjen senere", "421 Tjenesten er ikke tilgjengelig" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Norwegian words.
  {
    id = "lang.nb.delivered.delayed",
    priority = 91,
    match = {
      "leveringen har blitt forsinket", "leveringen ble forsinket", "meldingen er ennå ikke levert",
      "meldingen har ikke blitt levert ennå", "du trenger ikke å sende meldingen på nytt", "dette er bare en advarsel",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Meldingen er ennå ikke levert til user@example.no. Du trenger ikke å sende meldingen på nytt." },
  },

  -- The Norwegian words of an absence notice (Outlook's "Automatisk svar:" is da.lua's).
  {
    id = "lang.nb.auto_reply",
    priority = 90,
    match = { "fraværsmelding", "ute av kontoret", "utenfor kontoret", "borte fra kontoret", "tilbake på kontoret", "jeg har ferie" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Fraværsmelding: Jeg er ute av kontoret til 5. mai." },
  },

  -- Size: the general words ("meldingen er for stor").
  {
    id = "lang.nb.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "meldingen", "e-posten", "eposten" }, " ", { "er for stor", "for stor" }),
      "vedlegget er for stort", "for stor melding", "meldingens størrelse overskrider", "overskrider maksimal størrelse"),
    category = "message_too_large",
    examples = { "552 5.3.4 Meldingen er for stor", "552 Meldingens størrelse overskrider grensen" },
  },

  -- Malware in Norwegian words.
  {
    id = "lang.nb.malicious_content",
    priority = 51,
    match = { "inneholder virus", "virus oppdaget", "infisert med virus", "skadelig programvare", "skadelig innhold" },
    category = "malicious_content",
    examples = { "554 5.7.1 Meldingen inneholder virus" },
  },

  -- Microsoft's Norwegian "Tilgang nektet" with nothing more: an opaque policy refusal.
  {
    id = "lang.nb.policy_block",
    priority = 12,
    match = { "tilgang nektet", "ingen tilgang" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Tilgang nektet" },
  },

  -- "Try again later" in Norwegian: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.nb.try_later",
    priority = 10,
    match = { "prøv igjen senere", "prov igjen senere", "prøv på nytt senere", "forsøk igjen senere" },
    category = "system_error",
    type = "soft",
    examples = { "451 Prøv igjen senere" },
  },
}
