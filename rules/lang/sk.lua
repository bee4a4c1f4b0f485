-- Slovak wording of bounces and replies. Sources, per family below: MailScanner's Slovak sender
-- reports (reports/sk, written without diacritics: "Nevyziadana komercna posta odmietnuta",
-- "Postovy server ktory posielal spravu k nam je vedeny vo verejnej ciernej listine",
-- "Upozornenie: E-mail virus zisteny", "Ziadna infikovana cast spravy nebude dorucena",
-- "zisteny virus/nepovolena priloha"); and the general Slovak words for each cause (a recipient
-- noun and its state), which any Slovak-speaking MTA or hoster puts in its own sentence. Slovak
-- and Czech spell many words alike once folded ("neexistuje", "schránka je plná", "doména
-- neexistuje", "automatická odpoveď"/"odpověď"): those are cs.lua's, and this file holds the
-- Slovak spellings ("používateľ", "príjemca", "nebol nájdený", "čierna listina"). Diacritics
-- fold, so MailScanner's unaccented spellings match. Literal phrases only; priorities follow the
-- scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local INACTIVE = { "zablokovaný", "deaktivovaný", "pozastavený", "zrušený", "uzamknutý", "vypnutý" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.sk.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "odosielateľ", "adresa odosielateľa", "doména odosielateľa" }, " ",
        { "neexistuje", "je neplatná", "je neplatný", "nebol nájdený", "nebola nájdená", "bol odmietnutý", "je neznámy" }),
      "neznámy odosielateľ", "neplatný odosielateľ"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Doména odosielateľa neexistuje", "550 5.1.7 Neplatný odosielateľ" },
  },

  -- The sending IP on a blocklist: MailScanner's "vedeny vo verejnej ciernej listine", and the
  -- general words.
  {
    id = "lang.sk.blocklisted",
    priority = 70,
    match = phrases.join(
      "čierna listina", "čiernej listine", "čiernej listiny", "čiernych listinách",
      phrases.combine({ "ip adresa", "vaša ip adresa" }, " ", { "je zablokovaná", "bola zablokovaná", "je na čiernej listine" })),
    category = "blocklisted",
    examples = {
      "Postovy server ktory posielal spravu k nam je vedeny vo verejnej ciernej listine podozrivych postovych systemov.",
      "554 5.7.1 Vaša IP adresa je zablokovaná",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.sk.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", an account noun and a state, anywhere in the reply: the Slovak masculine
    -- states only, the feminine ones folding as the Czech ("zablokovaná", "zablokována")
    match = { { "dočasne" }, { "účet", "používateľ" }, INACTIVE },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Účet je dočasne zablokovaný" },
  },

  -- Mailbox full: the Slovak spellings ("schránka príjemcu je plná"); "schránka je plná" is
  -- cs.lua's.
  {
    id = "lang.sk.mailbox_full",
    priority = 43,
    match = {
      "schránka príjemcu je plná", "schránka používateľa je plná", "poštová schránka je plná", "poštová schránka je preplnená",
      "schránka je preplnená", "nedostatok miesta v schránke", "prekročená kvóta schránky", "prekročil kvótu",
    },
    category = "mailbox_full",
    examples = { "552 5.2.2 Schránka príjemcu je plná", "452 4.2.2 Nedostatok miesta v schránke" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.sk.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine("účet ", { "je ", "bol " }, { "zablokovaný", "deaktivovaný", "pozastavený", "zrušený", "uzamknutý" }),
      phrases.combine({ "schránka", "poštová schránka" }, " ", { "je ", "bola " },
        { "zablokovaná", "deaktivovaná", "pozastavená", "zrušená" }),
      phrases.combine("používateľ ", { "je ", "bol " }, { "zablokovaný", "deaktivovaný", "zrušený" }),
      "neaktívny účet", "neaktívna schránka"),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Účet bol zrušený", "550 Poštová schránka bola zrušená", "550 5.2.1 Neaktívny účet" },
  },

  -- The recipient's domain: host or domain not found (the Slovak spellings).
  {
    id = "lang.sk.domain_invalid",
    priority = 41,
    match = {
      "doména nebola nájdená", "neexistujúca doména", "hostiteľ nebol nájdený", "neznámy hostiteľ", "chýba mx záznam",
    },
    category = "domain_invalid",
    examples = { "550 5.1.2 Doména nebola nájdená", "554 5.4.4 Neexistujúca doména example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.sk.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("príliš veľa ", { "pripojení", "spojení", "správ", "e-mailov" }),
      "príliš rýchlo"),
    category = "rate_limited",
    examples = { "421 4.7.0 Príliš veľa pripojení z vašej IP adresy" },
  },

  -- Content judged spam: MailScanner's "Nevyziadana komercna posta odmietnuta", and the general
  -- words.
  {
    id = "lang.sk.spam_content",
    priority = 35,
    match = {
      "nevyžiadaná pošta", "nevyžiadaná komerčná pošta", "nevyžiadanú poštu", "nevyžiadaný obsah", "označená ako spam",
      "vyhodnotená ako spam", "podozrenie na spam",
    },
    category = "spam_content",
    examples = { "Nevyziadana komercna posta odmietnuta", "550 5.7.1 Správa bola vyhodnotená ako spam" },
  },

  -- The mailbox does not exist: the Slovak spellings ("používateľ neexistuje", "adresa nebola
  -- nájdená").
  {
    id = "lang.sk.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine({ "používateľ", "príjemca", "adresát" }, " ", { "neexistuje", "nebol nájdený", "je neznámy" }),
      phrases.combine({ "adresa", "e-mailová adresa", "schránka", "poštová schránka" }, " nebola nájdená"),
      "poštová schránka neexistuje",
      phrases.combine({ "neznámy", "neplatný", "neexistujúci" }, " ", { "používateľ", "príjemca", "adresát" }),
      "neexistujúca adresa", "takýto používateľ neexistuje",
      -- Microsoft's Slovak help for NDR 5.1.10 (support.office.com sk-sk, article 5a04a25a: "E-mailová adresa,
      -- na ktorú ste odoslali svoju správu, buď neexistuje, alebo ju nebolo možné nájsť")
      phrases.combine("neexistuje, alebo ", { "ju", "ho" }, " nebolo možné nájsť")),
    category = "recipient_unknown",
    examples = { "550 5.1.1 Používateľ neexistuje", "550 5.1.1 E-mailová adresa nebola nájdená", "550 5.1.1 Neznámy príjemca" },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.sk.network_error",
    priority = 16,
    match = {
      "spojenie odmietnuté", "pripojenie odmietnuté", "spojenie bolo odmietnuté", "vypršal časový limit",
      "nepodarilo sa pripojiť", "server nie je dostupný", "sieťová chyba", "chyba siete",
      -- Gmail's Slovak bounce help (support.google.com/mail/answer/6596?hl=sk: "Server príjemcu neprijal
      -- naše požiadavky", shown when Gmail cannot connect to the recipient's server)
      "neprijal naše požiadavky", "neprijal nase poziadavky",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 Vypršal časový limit pripojenia k mx.example.sk",
      "Server príjemcu neprijal naše požiadavky",
    },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.sk.system_error",
    priority = 15,
    match = {
      "dočasné zlyhanie", "interná chyba", "chyba servera", "služba nie je dostupná", "služba je nedostupná",
      "server je preťažený",
    },
    category = "system_error",
    examples = { "421 Služba nie je dostupná" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Slovak words.
  {
    id = "lang.sk.delivered.delayed",
    priority = 91,
    match = {
      "doručenie je oneskorené", "oneskorené doručenie", "správa zatiaľ nebola doručená",
      "nie je potrebné správu znova odosielať", "správu nemusíte znova odosielať",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Doručenie je oneskorené: správa zatiaľ nebola doručená na user@example.sk." },
  },

  -- The Slovak words of an absence notice (Outlook's "Automatická odpoveď:" folds as the Czech
  -- "odpověď" and is cs.lua's).
  {
    id = "lang.sk.auto_reply",
    priority = 90,
    match = { "mimo kancelárie", "som na dovolenke", "neprítomný v kancelárii", "neprítomná v kancelárii" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Som na dovolenke do 5. mája." },
  },

  -- Size: the general words ("správa je príliš veľká").
  {
    id = "lang.sk.message_too_large",
    priority = 52,
    match = { "správa je príliš veľká", "príloha je príliš veľká", "veľkosť správy presahuje", "presahuje maximálnu veľkosť",
      -- mlmmj's deny-post (text.skel/sk: "lebo prekročila maximálnu veľkosť")
      "prekročila maximálnu veľkosť", "prekročil maximálnu veľkosť" },
    category = "message_too_large",
    examples = { "552 5.3.4 Správa je príliš veľká" },
  },

  -- Malware: MailScanner's "E-mail virus zisteny", "nepovolena priloha", and the general words.
  {
    id = "lang.sk.malicious_content",
    priority = 51,
    match = {
      "virus zistený", "zistený vírus", "obsahuje vírus", "infikovaná časť", "nepovolená príloha", "nepovolených príloh",
      "škodlivý softvér",
    },
    category = "malicious_content",
    examples = { "Upozornenie: E-mail virus zisteny", "Upozornenie: zisteny virus/nepovolena priloha" },
  },

  -- "Try again later" in Slovak: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.sk.try_later",
    priority = 10,
    match = { "skúste to neskôr", "skúste to znova neskôr", "opakujte neskôr", "skúste neskôr" },
    category = "system_error",
    type = "soft",
    examples = { "451 Skúste to znova neskôr" },
  },

  -- A content filter's report to the sender, in Slovak: MailScanner's translated reports
  -- (reports/sk/sender.error.report.txt): a message the scanner could not take apart
  -- (message_noncompliant). Its infected parts, refused attachments and quarantine fold to the
  -- Czech words (lang.cs.*.scanner, .quarantine).
  {
    id = "lang.sk.message_noncompliant.not_analysed",
    priority = 49,
    match = { "zlyhal pri kompletnej analýze", "nebola analyzovaná" },
    category = "message_noncompliant",
    examples = { "Detektor vírusov zlyhal pri kompletnej analýze správy, ktorú ste posielali:" },
  },
}
