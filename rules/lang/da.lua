-- Danish wording of bounces and replies. Sources, per family below: Outlook's Danish automatic
-- reply ("Automatisk svar:"; Exchange's NDR subject "Kan ikke leveres:" names no cause and has no
-- rule); Microsoft's Danish help for NDR 5.1.1 to 5.1.20
-- ("rapport om manglende levering", "modtagerens mailadresse"); MailScanner's Danish sender
-- report (reports/dk: "Advarsel! Dit e-brev indeholder virus", "Vores virusskanner har opdaget
-- virus", "Alt hvad der er inficeret med virus er ikke blevet sendt til modtageren"); and the
-- general Danish words for each cause (a recipient noun and its state), which any Danish-speaking
-- MTA or hoster puts in its own sentence. Norwegian shares many words: a phrase spelt alike in
-- both ("adressen eksisterer ikke", "automatisk svar", "kvoten er overskredet") lives here, and
-- nb.lua holds the Norwegian spellings. "å" folds to "a"; "æ" and "ø" stay, so the ASCII
-- spellings servers write ("proev igen", "domaene") are listed where they occur. Literal phrases
-- only; priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "modtageren", "modtageradressen", "brugeren", "adressen", "mailadressen", "e-mailadressen", "e-mail-adressen",
  "postkassen", "mailboksen", "kontoen", "mailkontoen", "brugerkontoen",
}
local UNKNOWN = { "findes ikke", "eksisterer ikke", "blev ikke fundet", "kunne ikke findes", "er ukendt", "er ugyldig" }
local INACTIVE = {
  "deaktiveret", "spærret", "blokeret", "suspenderet", "lukket", "nedlagt", "slettet", "inaktiv", "låst", "frosset",
  "lukket ned",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.da.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "afsenderen", "afsenderadressen", "afsenderdomænet", "afsenders adresse", "afsenders domæne" }, " ",
        { "findes ikke", "eksisterer ikke", "blev ikke fundet", "er ukendt", "er ugyldig", "blev afvist" }),
      "ukendt afsender", "ugyldig afsender", "ugyldig afsenderadresse"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Afsenderdomænet findes ikke", "550 5.1.7 Ugyldig afsenderadresse" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.da.blocklisted",
    priority = 70,
    match = phrases.join(
      "sortliste", "sortlistet", "blokeringsliste", "spærreliste",
      phrases.combine({ "ip-adressen", "din ip-adresse", "jeres ip-adresse" }, " ", { "", "er ", "er blevet " },
        { "blokeret", "spærret", "sortlistet" })),
    category = "blocklisted",
    examples = { "554 5.7.1 Din IP-adresse er blokeret", "550 5.7.1 Afvist: serveren er sortlistet" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.da.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", an account noun and a state, anywhere in the reply
    match = { { "midlertidigt" }, { "kontoen", "postkassen", "postkasse", "mailboksen", "mailkontoen" }, INACTIVE },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Kontoen er midlertidigt spærret" },
  },

  -- Mailbox full: "modtagerens postkasse er fuld", quota and storage wording.
  {
    id = "lang.da.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "postkassen", "mailboksen", "indbakken", "modtagerens postkasse", "modtagerens mailboks",
        "brugerens postkasse" }, { " er fuld", " er fyldt", " er overfyldt", " fuld" }),
      "fuld postkasse", "fuld mailboks",
      phrases.combine({ "kvoten", "lagerkvoten" }, " ", { "er overskredet", "er opbrugt", "er nået" }),
      "kvote overskredet", "overskredet kvoten", "overskredet sin kvote", "lagerpladsen er opbrugt",
      "ikke mere plads i postkassen"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Modtagerens postkasse er fuld og kan ikke modtage meddelelser lige nu.",
      "452 4.2.2 Postkassen er fyldt",
      "552 Kvoten er overskredet",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.da.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine({ "modtageren", "brugeren", "adressen", "mailadressen", "e-mailadressen", "postkassen", "mailboksen",
        "kontoen", "mailkontoen" }, " ", { "", "er ", "er blevet " }, INACTIVE),
      phrases.combine({ "deaktiveret", "spærret", "lukket", "nedlagt", "inaktiv", "suspenderet" }, " ",
        { "konto", "postkasse", "bruger" })),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Kontoen er deaktiveret", "550 Postkassen er blevet nedlagt", "550 5.2.1 Spærret konto" },
  },

  -- The recipient's domain: host or domain unknown, no MX.
  {
    id = "lang.da.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domænet", "domaenet", "domænenavnet", "modtagerdomænet", "værten" }, " ",
        { "findes ikke", "eksisterer ikke", "blev ikke fundet", "kunne ikke findes", "er ukendt", "er ugyldigt" }),
      "ukendt domæne", "ukendt domaene", "ugyldigt domæne", "ukendt vært", "ukendt værtsnavn", "ingen mx-post"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Domænet findes ikke", "554 5.4.4 Ukendt domæne: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.da.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("for mange ", { "forbindelser", "samtidige forbindelser", "beskeder", "meddelelser", "mails", "e-mails" }),
      "for hurtigt"),
    category = "rate_limited",
    examples = { "421 4.7.0 For mange forbindelser fra din IP-adresse", "450 4.7.1 For mange meddelelser på kort tid" },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.da.spam_content",
    priority = 35,
    match = phrases.join(
      "uønsket post", "uønsket e-mail", "uønsket mail", "mistanke om spam", "mistænkt for spam",
      phrases.combine({ "markeret", "klassificeret", "vurderet", "identificeret", "afvist" }, " som spam")),
    category = "spam_content",
    examples = { "550 5.7.1 Meddelelsen er klassificeret som spam", "554 Afvist: uønsket post" },
  },

  -- The mailbox does not exist: the general words (a recipient noun and "does not exist / not
  -- found / unknown").
  {
    id = "lang.da.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine(RECIPIENT, " ", UNKNOWN),
      phrases.combine({ "ukendt", "ugyldig" }, " ", { "modtager", "bruger", "adresse", "mailadresse", "e-mailadresse",
        "modtageradresse" }),
      phrases.combine("ingen sådan ", { "bruger", "modtager", "postkasse", "adresse" })),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Modtageren findes ikke",
      "550 5.1.1 Mailadressen blev ikke fundet",
      "550 5.1.1 <user@example.dk>: Ukendt bruger",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.da.network_error",
    priority = 16,
    match = phrases.join(
      phrases.combine("forbindelsen ", { "blev afvist", "afvist", "blev afbrudt", "timede ud" }),
      "forbindelse afvist", "tidsgrænsen blev overskredet", "tidsfristen udløb", "kunne ikke oprette forbindelse",
      "serveren svarer ikke", "serveren kan ikke nås", "netværksfejl"),
    category = "network_error",
    examples = { "451 4.4.1 Tidsgrænsen blev overskredet ved forbindelse til mx.example.dk", "Forbindelsen blev afvist af mx.example.dk" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.da.system_error",
    priority = 15,
    match = {
      "midlertidig fejl", "midlertidigt problem", "intern fejl", "intern serverfejl", "systemfejl", "lokal fejl",
      "tjenesten er ikke tilgængelig", "tjenesten er midlertidigt utilgængelig", "midlertidigt utilgængelig",
      "serveren er overbelastet", "serveren er optaget",
    },
    category = "system_error",
    examples = { "451 4.3.0 Midlertidig fejl, prøv igen senere", "421 Tjenesten er ikke tilgængelig" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Danish words.
  {
    id = "lang.da.delivered.delayed",
    priority = 91,
    match = {
      "leveringen er forsinket", "leveringen er blevet forsinket", "levering forsinket", "forsinket levering",
      "meddelelsen er endnu ikke leveret", "meddelelsen er ikke leveret endnu", "du behøver ikke at sende meddelelsen igen",
      "dette er kun en advarsel",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Leveringen er forsinket til disse modtagere: user@example.dk. Dette er kun en advarsel." },
  },

  -- Outlook's Danish and Norwegian automatic reply ("Automatisk svar:") and the Danish words of an
  -- absence notice.
  {
    id = "lang.da.auto_reply",
    priority = 90,
    match = {
      "automatisk svar", "fraværsbesked", "ikke på kontoret", "væk fra kontoret", "ude af kontoret", "tilbage på kontoret",
      "jeg er på ferie", "jeg holder ferie",
    },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automatisk svar: Jeg er på ferie indtil 5. maj." },
  },

  -- Size: the general words ("meddelelsen er for stor").
  {
    id = "lang.da.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "meddelelsen", "beskeden", "mailen", "vedhæftningen", "den vedhæftede fil" }, " ", { "er for stor", "for stor" }),
      "for stor meddelelse", "meddelelsens størrelse overskrider", "overskrider den maksimale størrelse",
      "maksimal meddelelsesstørrelse"),
    category = "message_too_large",
    examples = { "552 5.3.4 Meddelelsen er for stor", "552 Meddelelsens størrelse overskrider grænsen" },
  },

  -- Malware: MailScanner's "Dit e-brev indeholder virus", "opdaget virus", and the general words.
  {
    id = "lang.da.malicious_content",
    priority = 51,
    match = {
      "indeholder virus", "opdaget virus", "virus fundet", "inficeret med virus", "inficeret vedhæftning", "skadelig kode",
      "skadelig software", "skadeligt indhold",
    },
    category = "malicious_content",
    examples = { "Advarsel! Dit e-brev indeholder virus", "Vores virusskanner har opdaget virus i den mail du har sendt" },
  },

  -- Microsoft's Danish "Adgang nægtet" with nothing more: an opaque policy refusal.
  {
    id = "lang.da.policy_block",
    priority = 12,
    match = { "adgang nægtet" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Adgang nægtet" },
  },

  -- "Try again later" in Danish: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.da.try_later",
    priority = 10,
    match = { "prøv igen senere", "proev igen senere", "prøv venligst igen senere", "forsøg igen senere" },
    category = "system_error",
    type = "soft",
    examples = { "451 Prøv igen senere" },
  },

  -- A content filter's report to the sender, in Danish: MailScanner's translated reports
  -- (reports/dk/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.da.malicious_content.scanner",
    priority = 51,
    match = { "inficeret med virus", "uønskede bilag" },
    category = "malicious_content",
    examples = { "Alt hvad der er inficeret med virus er ikke blevet sendt til modtageren." },
  },
  {
    id = "lang.da.message_noncompliant.not_analysed",
    priority = 49,
    match = { "ikke kunne skannes", "fuldt ud at kontrolere" },
    category = "message_noncompliant",
    examples = { "Den eller de dele der ikke kunne skannes, er ikke blevet sendt til modtageren." },
  },
  {
    id = "lang.da.policy_block.quarantine",
    priority = 13,
    match = { "i karantæne" },
    category = "policy_block",
    examples = { "Meddelelsen er sat i karantæne." },
  },

  -- A mailing list that takes posts from its subscribers only, or refuses this poster's, in
  -- Danish: ezmlm-idx's translations (lang/da/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS),
  -- written as the words any list manager uses for the same.
  {
    id = "lang.da.recipient_policy.list_member",
    priority = 45,
    match = { "kun tilmeldte må", "kun medlemmer må", "afvise post fra dig",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/da/LC_MESSAGES/mailman.po)
      "ikke medlem af listen" },
    category = "recipient_policy",
    examples = { "Beklager, kun tilmeldte må poste." },
  },
}
