-- Finnish wording of bounces and replies. Sources, per family below: Outlook's Finnish automatic
-- reply ("Automaattinen vastaus:"; Exchange's NDR subject "Ei voitu toimittaa:" names no cause and
-- has no rule); Microsoft's Finnish NDR help ("Yhteys
-- evätty" for a refused connection, "roskaposti" for junk mail, "ilmoitus toimituksen
-- epäonnistumisesta"); and the general Finnish words for each cause (a recipient noun in the
-- partitive and "ei löytynyt / ei ole olemassa", a noun and its state), which any Finnish-speaking
-- MTA or hoster (Elisa, Telia, DNA) puts in its own sentence. ä and ö fold to a and o, so a
-- server that drops them ("postilaatikko on taynna") matches too. Literal phrases only;
-- priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- The recipient as the object of "not found": the partitive ("vastaanottajaa ei löytynyt").
local RECIPIENT_PARTITIVE = {
  "vastaanottajaa", "käyttäjää", "osoitetta", "sähköpostiosoitetta", "vastaanottajan osoitetta", "postilaatikkoa",
  "tiliä", "käyttäjätiliä", "käyttäjätunnusta",
}
local NOT_FOUND = { " ei löytynyt", " ei löydy", " ei ole olemassa", " ei tunneta" }
-- The account as a subject, and its state ("tili on suljettu").
local ACCOUNT = {
  "tili", "käyttäjätili", "sähköpostitili", "postilaatikko", "vastaanottajan tili", "vastaanottajan postilaatikko",
  "käyttäjä",
}
local INACTIVE = {
  "suljettu", "poistettu käytöstä", "estetty", "lukittu", "jäädytetty", "passivoitu", "deaktivoitu", "poistettu",
  "keskeytetty",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours ("lähettäjän osoitetta ei löytynyt"
  -- holds "osoitetta ei löytynyt"), so no recipient category may take it.
  {
    id = "lang.fi.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "lähettäjän osoitetta", "lähettäjän toimialuetta", "lähettäjän verkkotunnusta", "lähettäjää" },
        NOT_FOUND),
      phrases.combine({ "lähettäjän osoite", "lähettäjän toimialue", "lähettäjän verkkotunnus", "lähettäjä" }, " on ",
        { "virheellinen", "tuntematon", "hylätty" }),
      "tuntematon lähettäjä", "virheellinen lähettäjä", "lähettäjä hylättiin", "lähettäjän osoite hylättiin"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Lähettäjän toimialuetta ei ole olemassa", "550 5.1.7 Virheellinen lähettäjä" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.fi.blocklisted",
    priority = 70,
    match = phrases.join(
      "mustalla listalla", "mustalle listalle", "mustalta listalta", "musta lista", "mustan listan", "estolista",
      phrases.combine({ "ip-osoite", "ip-osoitteesi", "ip-osoitteenne" }, " on ", { "estetty", "estolistalla" })),
    category = "blocklisted",
    examples = { "554 5.7.1 IP-osoitteesi on estetty", "550 5.7.1 Palvelin on mustalla listalla" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.fi.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", the account and its state, anywhere in the reply
    match = { { "tilapäisesti", "väliaikaisesti" }, ACCOUNT, INACTIVE },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Tili on tilapäisesti lukittu" },
  },

  -- Mailbox full: "vastaanottajan postilaatikko on täynnä", quota and storage wording.
  {
    id = "lang.fi.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "postilaatikko", "vastaanottajan postilaatikko", "käyttäjän postilaatikko", "saapuneet-kansio",
        "tallennustila" }, { " on täynnä", " täynnä" }),
      "täynnä oleva postilaatikko",
      phrases.combine({ "kiintiö", "tallennuskiintiö", "postilaatikon kiintiö" }, { " on ylitetty", " ylitetty", " on täynnä" }),
      "ylittänyt kiintiönsä", "ylitti kiintiön", "tallennustilaa ei ole riittävästi"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Vastaanottajan postilaatikko on täynnä, eikä se voi vastaanottaa viestejä juuri nyt.",
      "452 4.2.2 Kiintiö ylitetty",
    },
  },

  -- Disabled, suspended or closed accounts: the account and its state.
  {
    id = "lang.fi.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine(ACCOUNT, " on ", INACTIVE),
      phrases.combine(ACCOUNT, { " ei ole käytössä", " ei ole aktiivinen", " ei ole enää käytössä" }),
      phrases.combine({ "suljettu", "lukittu", "estetty", "passivoitu" }, " ", { "tili", "käyttäjätili", "postilaatikko" })),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Tili on suljettu", "550 Käyttäjätili on poistettu käytöstä", "550 5.2.1 Sähköpostitili ei ole käytössä" },
  },

  -- The recipient's domain: Microsoft's word for domain ("toimialue") and the plain one
  -- ("verkkotunnus"), host not found, no MX.
  {
    id = "lang.fi.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "toimialuetta", "verkkotunnusta", "isäntää", "palvelinta" }, NOT_FOUND),
      phrases.combine({ "tuntematon", "virheellinen" }, " ", { "toimialue", "verkkotunnus", "isäntä" }),
      "mx-tietuetta ei löytynyt", "ei mx-tietuetta"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Toimialuetta ei ole olemassa", "554 5.4.4 Tuntematon verkkotunnus: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.fi.rate_limited",
    priority = 36,
    match = {
      "liikaa yhteyksiä", "liian monta yhteyttä", "liikaa samanaikaisia yhteyksiä", "liikaa viestejä", "liian monta viestiä",
      "liian paljon viestejä", "liian nopeasti",
    },
    category = "rate_limited",
    examples = { "421 4.7.0 Liikaa yhteyksiä IP-osoitteestasi", "450 4.7.1 Liian monta viestiä lyhyessä ajassa" },
  },

  -- Content judged spam: Microsoft's word "roskaposti" in any case ending ("roskapostiksi",
  -- "roskapostia"), and the general words.
  {
    id = "lang.fi.spam_content",
    priority = 35,
    match = { "roskapost", "ei-toivottua postia", "ei-toivottu viesti", "epäilty roskaposti" },
    category = "spam_content",
    examples = { "550 5.7.1 Viesti luokiteltiin roskapostiksi", "554 Hylätty: roskapostia" },
  },

  -- The mailbox does not exist: the general words (the recipient in the partitive and "not found
  -- / does not exist", "unknown recipient").
  {
    id = "lang.fi.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine(RECIPIENT_PARTITIVE, NOT_FOUND),
      phrases.combine({ "tuntematon", "virheellinen" }, " ", { "vastaanottaja", "käyttäjä", "sähköpostiosoite" }),
      "tuntematon osoite",
      phrases.combine({ "vastaanottaja", "käyttäjä", "sähköpostiosoite" }, " on tuntematon")),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Vastaanottajaa ei löytynyt",
      "550 5.1.1 Sähköpostiosoitetta ei ole olemassa",
      "550 5.1.1 <user@example.fi>: Tuntematon käyttäjä",
    },
  },

  -- Temporary connection failures: Microsoft's "Yhteys evätty" (connection refused), timed out,
  -- unreachable.
  {
    id = "lang.fi.network_error",
    priority = 16,
    match = {
      "yhteys evätty", "yhteys hylättiin", "yhteys aikakatkaistiin", "aikakatkaisu", "yhteys katkesi",
      "yhteyttä ei voitu muodostaa", "ei voitu muodostaa yhteyttä", "palvelin ei vastaa", "palvelimeen ei saatu yhteyttä",
      "verkkovirhe",
    },
    category = "network_error",
    examples = { "451 4.4.1 Aikakatkaisu yhdistettäessä palvelimeen mx.example.fi", "Yhteys evätty: mx.example.fi" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.fi.system_error",
    priority = 15,
    match = {
      "tilapäinen virhe", "väliaikainen virhe", "tilapäinen ongelma", "väliaikainen ongelma", "sisäinen virhe",
      "sisäinen palvelinvirhe", "järjestelmävirhe", "palvelu ei ole käytettävissä", "palvelu ei ole saatavilla",
      "tilapäisesti poissa käytöstä", "palvelin on ylikuormitettu", "palvelin on varattu",
    },
    category = "system_error",
    examples = { "451 4.3.0 Tilapäinen virhe, yritä myöhemmin uudelleen", "421 Palvelu ei ole käytettävissä" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Finnish words.
  {
    id = "lang.fi.delivered.delayed",
    priority = 91,
    match = {
      "toimitus viivästyi", "toimitus on viivästynyt", "viivästynyt toimitus", "viestiä ei ole vielä toimitettu",
      "toimitusta yritetään uudelleen", "sinun ei tarvitse lähettää viestiä uudelleen", "tämä on vain varoitus",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Toimitus viivästyi seuraaville vastaanottajille: user@example.fi. Sinun ei tarvitse lähettää viestiä uudelleen." },
  },

  -- Outlook's Finnish automatic reply ("Automaattinen vastaus:") and the words of an absence notice.
  {
    id = "lang.fi.auto_reply",
    priority = 90,
    match = { "automaattinen vastaus", "poissa toimistolta", "poissa toimistosta", "olen lomalla", "palaan toimistolle" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automaattinen vastaus: Olen lomalla 5.5. asti." },
  },

  -- Size: the general words ("viesti on liian suuri").
  {
    id = "lang.fi.message_too_large",
    priority = 52,
    match = {
      "viesti on liian suuri", "viesti liian suuri", "liite on liian suuri", "liian suuri viesti", "viestin koko ylittää",
      "ylittää suurimman sallitun koon", "suurin sallittu viestin koko",
      -- mlmmj's deny-post (text.skel/fi: "koska sen koko on suurempi kuin suurin sallittu koko")
      "suurempi kuin suurin sallittu koko",
    },
    category = "message_too_large",
    examples = { "552 5.3.4 Viesti on liian suuri", "552 Viestin koko ylittää rajan" },
  },

  -- Malware in Finnish words ("haittaohjelma" in any case ending).
  {
    id = "lang.fi.malicious_content",
    priority = 51,
    match = { "virus havaittu", "sisältää viruksen", "haittaohjelm", "vahingollinen sisältö", "saastunut liite" },
    category = "malicious_content",
    examples = { "554 5.7.1 Viesti sisältää viruksen" },
  },

  -- Microsoft's Finnish "Käyttö estetty" with nothing more: an opaque policy refusal.
  {
    id = "lang.fi.policy_block",
    priority = 12,
    match = { "käyttö estetty", "pääsy estetty" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Käyttö estetty" },
  },

  -- "Try again later" in Finnish: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.fi.try_later",
    priority = 10,
    match = { "yritä myöhemmin uudelleen", "yritä uudelleen myöhemmin", "yritä myöhemmin" },
    category = "system_error",
    type = "soft",
    examples = { "451 Yritä myöhemmin uudelleen" },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/fi.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.fi.mailbox_full.limit",
    priority = 43,
    match = { "kiintiö ylitettiin", "kiintiö on ylitetty", "laatikkokiintiö", "laatikon enimmäiskoon" },
    category = "mailbox_full",
    examples = { "tämän vastaanottajan sähköpostilaatikkokiintiö ylitettiin" },
  },
}
