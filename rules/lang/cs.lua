-- Czech wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Czech NDR and delay texts ("Poštovní schránka příjemce je plná", "Automatická
-- odpověď:"), Gmail's Czech notice ("Adresa nebyla nalezena", "protože doména ... nebyla
-- nalezena"), the replies of Czech hosters and of Seznam's and Centrum's webmail, and the general
-- Czech words for each cause (a recipient noun and its state), which any Czech-speaking MTA or
-- hoster puts in its own sentence. Czech letters fold to ASCII (č c, ř r, ů u, ě e), so either
-- spelling matches. Priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Who or what a recipient-side reply is about, and whose it is ("schránka příjemce").
local RECIPIENT = {
  "uživatel", "příjemce", "adresa", "e-mailová adresa", "emailová adresa", "adresa příjemce", "schránka",
  "poštovní schránka", "e-mailová schránka", "mailová schránka", "účet", "e-mailový účet", "uživatelský účet",
}
local OF = { "", " příjemce", " uživatele" }
local IS = { "", "je ", "byl ", "byla ", "bylo " }
local UNKNOWN = {
  "neexistuje", "nebyl nalezen", "nebyla nalezena", "nebylo nalezeno", "nenalezen", "nenalezena",
  "neznámý", "neznámá", "neplatný", "neplatná", "není znám", "není známa",
}
local INACTIVE = {
  "zablokován", "zablokována", "zablokováno", "deaktivován", "deaktivována", "zrušen", "zrušena",
  "pozastaven", "pozastavena", "neaktivní", "uzavřen", "uzavřena", "smazán", "smazána", "vypnut", "vypnuta",
}
local FULL = { "plná", "plný", "přeplněná", "přeplněný", "zaplněná", "zaplněný" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.cs.sender_invalid",
    priority = 54,
    match = "odesílatel",
    pattern = phrases.sequence({ "odesílatel", "adresa odesílatele", "doména odesílatele" }, " ", IS,
        { "neexistuje", "neznámý", "neznámá", "neplatný", "neplatná", "odmítnut", "odmítnuta", "nebyla nalezena" })
      + phrases.sequence({ "neznámý", "neplatný", "neexistující" }, " odesílatel"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Doména odesílatele neexistuje", "550 5.1.7 Neplatný odesílatel" },
  },

  -- IP blocklists: the list named in Czech (černá listina) or the blocked IP.
  {
    id = "lang.cs.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "na černé listině", "na černém seznamu", "v seznamu blokovaných", "na blacklistu" }),
      phrases.combine({ "ip adresa", "ip" }, " ", { "je ", "byla " }, { "blokována", "zablokována", "na černé listině" })),
    category = "blocklisted",
    examples = { "554 5.7.1 Vaše IP adresa je na černé listině (zen.example.org)" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.cs.recipient_inactive.temporary",
    priority = 43,
    match = { "dočasně" },
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, "dočasně ", INACTIVE),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Schránka je dočasně zablokována" },
  },

  -- Mailbox full: Exchange's "Poštovní schránka příjemce je plná a momentálně nemůže přijímat
  -- zprávy", quota and free-space wording.
  {
    id = "lang.cs.mailbox_full",
    priority = 43,
    match = phrases.join(FULL, "kvót", "nedostatek místa"),
    pattern = phrases.sequence({ "schránka", "poštovní schránka", "e-mailová schránka", "mailová schránka" },
        { "", " příjemce", " uživatele" }, " ", { "", "je " }, FULL)
      + phrases.sequence({ "plná", "přeplněná", "zaplněná" }, " ", { "schránka", "poštovní schránka" })
      + phrases.sequence({ "překročena kvóta", "kvóta překročena", "kvóta byla překročena", "kvóta je překročena",
          "překročil kvótu", "překročila kvótu", "nedostatek místa ve schránce", "nedostatek místa v poštovní schránce" }),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Poštovní schránka příjemce je plná a momentálně nemůže přijímat zprávy.",
      "452 4.2.2 Překročena kvóta schránky",
      "552 Plná schránka",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.cs.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE)
      + phrases.sequence({ "zablokovaný", "deaktivovaný", "zrušený", "neaktivní", "pozastavený" }, " ",
        { "účet", "uživatel", "e-mailový účet" }),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Účet je zablokován", "550 Schránka byla zrušena", "550 5.2.1 Neaktivní účet" },
  },

  -- The recipient's domain: Gmail's "protože doména example.invalid nebyla nalezena", host or
  -- domain unknown, no MX.
  {
    id = "lang.cs.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "doména", "hostitel", "cílová doména" }, " ", { "", "je ", "nebyla ", "nebyl " },
        { "neexistuje", "nalezena", "nalezen", "neznámá", "neznámý" }),
      phrases.combine({ "neznámá", "neexistující", "neplatná" }, " doména"),
      "neznámý hostitel", "chybí mx záznam", "žádný mx záznam", "doménu nelze nalézt"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Doména neexistuje", "554 5.4.4 Neznámá doména example.invalid" },
  },
  -- The domain named inside the notice's sentence (Gmail).
  {
    id = "lang.cs.domain_invalid.gmail",
    priority = 41,
    match = { { "protože doména" }, { "nebyla nalezena" } },
    category = "domain_invalid",
    examples = {
      "Vaše zpráva nebyla doručena na adresu user@example.invalid, protože doména example.invalid nebyla nalezena. Zkontrolujte, zda adresa neobsahuje překlepy nebo zbytečné mezery, a zkuste to znovu.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.cs.rate_limited",
    priority = 36,
    match = {
      "příliš mnoho připojení", "příliš mnoho spojení", "příliš mnoho zpráv", "příliš mnoho e-mailů",
      "příliš mnoho emailů", "příliš rychle", "limit odesílání", "limit počtu zpráv",
    },
    category = "rate_limited",
    examples = { "421 4.7.0 Příliš mnoho připojení z vaší IP adresy" },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.cs.spam_content",
    priority = 35,
    match = {
      "nevyžádaná pošta", "nevyžádanou poštu", "nevyžádaný obsah", "podezření na spam", "vyhodnocena jako spam",
      "vyhodnocen jako spam", "označena jako spam", "spamový filtr", "antispamový filtr", "antispamová ochrana",
    },
    category = "spam_content",
    examples = { "550 5.7.1 Zpráva byla vyhodnocena jako spam", "554 Zpráva odmítnuta antispamovým filtrem: nevyžádaná pošta" },
  },

  -- The mailbox does not exist: Exchange's "Zadaná e-mailová adresa nebyla nalezena", Gmail's
  -- "Adresa nebyla nalezena ... protože adresa nebyla nalezena nebo nemůže přijímat e-maily".
  {
    id = "lang.cs.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "adresa nebyla nalezena", "adresa nenalezena",
      phrases.combine({ "neznámý", "neexistující", "neplatný" }, " ", { "uživatel", "příjemce", "účet" }),
      phrases.combine({ "neznámá", "neexistující", "neplatná" }, " ", { "adresa", "schránka", "adresa příjemce" }),
      "takový uživatel neexistuje", "takový příjemce neexistuje"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Zadaná e-mailová adresa nebyla nalezena. Zkontrolujte e-mailovou adresu příjemce a zkuste zprávu odeslat znovu.",
      "Adresa nebyla nalezena. Vaše zpráva nebyla doručena na adresu user@example.cz, protože adresa nebyla nalezena nebo nemůže přijímat e-maily.",
      "550 5.1.1 <user@example.cz>: Neznámý uživatel",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.cs.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Uživatel neexistuje",
      "550 Schránka neexistuje",
      "550 5.1.1 Adresa příjemce je neplatná",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.cs.network_error",
    priority = 16,
    match = {
      "spojení odmítnuto", "připojení odmítnuto", "spojení bylo odmítnuto", "připojení bylo odmítnuto",
      "vypršel časový limit", "časový limit vypršel", "vypršení časového limitu", "nelze se připojit",
      "nepodařilo se připojit", "server je nedostupný", "server není dostupný", "síťová chyba", "chyba sítě",
    },
    category = "network_error",
    examples = { "451 4.4.1 Vypršel časový limit připojení k mx.example.cz" },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.cs.system_error",
    priority = 15,
    match = {
      "dočasná chyba", "dočasné selhání", "dočasný problém", "interní chyba", "systémová chyba", "chyba serveru",
      "služba není dostupná", "služba je nedostupná", "dočasně nedostupn", "server je přetížen",
    },
    category = "system_error",
    examples = { "451 4.3.0 Dočasná chyba, zkuste to později", "421 Služba není dostupná" },
  },

  -- Exchange's Czech delay notice ("Doručení ... je zpožděno") and the general words of a warning
  -- that needs no resend (TAXONOMY rule 1).
  {
    id = "lang.cs.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine("doručení ", { "", "je ", "bylo " }, { "zpožděno", "opožděno" }),
      "zpožděné doručení", "opožděné doručení", "doručení se zpožďuje", "zpráva zatím nebyla doručena",
      "není nutné zprávu znovu odesílat", "nemusíte zprávu znovu odesílat"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Doručení těmto příjemcům nebo skupinám je zpožděno: user@example.cz. Zpráva zatím nebyla doručena." },
  },

  -- Outlook's and Exchange's Czech automatic reply ("Automatická odpověď:") and the words of an
  -- absence notice.
  {
    id = "lang.cs.auto_reply",
    priority = 90,
    match = { "automatická odpověď", "mimo kancelář", "jsem na dovolené", "odpověď v nepřítomnosti" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automatická odpověď: Jsem mimo kancelář do 5. května." },
  },

  -- Size: Exchange's Czech 5.3.4 ("Zpráva je příliš velká") and the general words.
  {
    id = "lang.cs.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "zpráva", "e-mail", "příloha" }, " ", { "", "je " }, { "příliš velká", "příliš velký", "příliš objemná" }),
      phrases.combine({ "velikost zprávy", "velikost e-mailu", "velikost přílohy" }, " ", { "přesahuje", "překračuje", "je příliš" }),
      phrases.combine({ "přesahuje", "překračuje" }, " maximální ", { "velikost", "povolenou velikost" })),
    category = "message_too_large",
    examples = { "552 5.3.4 Zpráva je příliš velká", "552 Velikost zprávy přesahuje povolený limit" },
  },

  -- Malware in Czech words (virus alone is the English rule's word).
  {
    id = "lang.cs.malicious_content",
    priority = 51,
    match = { "škodlivý software", "škodlivý obsah", "škodlivou přílohu", "škodlivá příloha", "infikovan" },
    category = "malicious_content",
    examples = { "554 5.7.1 Zpráva obsahuje škodlivý obsah" },
  },

  -- Exchange's Czech "Přístup odepřen" with nothing more: an opaque policy refusal.
  {
    id = "lang.cs.policy_block",
    priority = 12,
    match = { "přístup odepřen", "přístup zamítnut" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Přístup odepřen" },
  },

  -- "Try again later" in Czech: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.cs.try_later",
    priority = 10,
    match = { "zkuste to později", "zkuste to znovu později", "opakujte později", "později znovu", "opakujte akci později" },
    category = "system_error",
    type = "soft",
    examples = { "451 Zkuste to znovu později" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Czech
  -- words: the relay refusals of Czech hosters' MTAs.
  {
    id = "lang.cs.relay_denied",
    priority = 57,
    match = {
      "relay není povolen", "relaying není povolen", "relay zakázán", "relaying zakázán",
      "přeposílání není povoleno",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 Relay není povolen" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Czech words.
  {
    id = "lang.cs.too_many_recipients",
    priority = 50,
    match = {
      "příliš mnoho příjemců", "překročen počet příjemců", "maximální počet příjemců",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Příliš mnoho příjemců" },
  },

  -- A content filter's report to the sender, in Czech: MailScanner's translated reports
  -- (reports/cz/sender.content, .error and .mcp.report.txt; infected parts and refused
  -- attachments fold to lang.sk.malicious_content's words): dangerous content removed
  -- (malicious_content), a message the scanner could not take apart (message_noncompliant), a
  -- message held in quarantine (policy_block).
  {
    id = "lang.cs.malicious_content.scanner",
    priority = 51,
    match = { "nebezpečný obsah" },
    category = "malicious_content",
    examples = { "Tato zpráva obsahovala potenciálně nebezpečný obsah, který byl odstraněn." },
  },
  {
    id = "lang.cs.message_noncompliant.not_analysed",
    priority = 49,
    match = { "selhal při kompletní analýze", "nemohla být analyzována" },
    category = "message_noncompliant",
    examples = { "Detektor virů selhal při kompletní analýze zprávy, kterou jste posílali:" },
  },
  {
    id = "lang.cs.policy_block.quarantine",
    priority = 13,
    match = { "do karantény" },
    category = "policy_block",
    examples = { "Zpráva byla před odesláním uložena do karantény k posouzení obsahu." },
  },

  -- A mailing list that takes posts from its subscribers only, or refuses this poster's, in
  -- Czech: ezmlm-idx's translations (lang/cs/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS),
  -- written as the words any list manager uses for the same.
  {
    id = "lang.cs.recipient_policy.list_member",
    priority = 45,
    match = { "pouze přihlášení uživatelé", "pouze členové", "odmítnout příspěvky od vás",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/cs/LC_MESSAGES/mailman.po)
      "od nečlena" },
    category = "recipient_policy",
    examples = { "Omlouvám se, ale do tohoto listu smějí přispívat pouze přihlášení uživatelé." },
  },
}
