-- Romanian wording of bounces and replies. Sources, per family below: MailScanner's Romanian
-- sender reports (reports/ro, "Versiunea Romana", written without diacritics: "a fost considerat
-- spam si a fost sters. Mesajul nu va ajunge la destinatar", "Serverul de pe care ati trimis
-- mesajul apare listat in cel putin unul din serverele anti-spam publice", "un virus.
-- Atasamentele infectate nu vor ajunge la destinatar"); Outlook's Romanian automatic reply
-- ("Răspuns automat:") and Microsoft's Romanian terms ("cutie poștală" for mailbox, "software rău
-- intenționat" for malware); and the general Romanian words for each cause (a recipient noun and
-- its state), which any Romanian-speaking MTA or hoster (RDS/Digi, Romanian cPanel and Plesk
-- hosters) puts in its own sentence.
-- ș and ț are written with a comma below (U+0219, U+021B) or, in older fonts and keyboards, with
-- a cedilla (ş U+015F, ţ U+0163); the matcher folds all four, and ă, â and î, to plain letters,
-- so one spelling here matches both, and the unaccented one servers write. Literal phrases only;
-- priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Masculine and neuter nouns with their states, feminine ones with theirs ("contul este
-- dezactivat", "căsuța poștală este dezactivată").
local RECIPIENT_M = { "contul", "cont", "contul de e-mail", "contul destinatarului", "utilizatorul" }
local RECIPIENT_F = { "căsuța poștală", "cutia poștală", "adresa", "adresa de e-mail" }
local IS = { " ", " este ", " a fost " }
local INACTIVE_M = { "dezactivat", "suspendat", "blocat", "închis", "șters", "inactiv", "înghețat", "anulat" }
local INACTIVE_F = { "dezactivată", "suspendată", "blocată", "închisă", "ștearsă", "inactivă", "înghețată", "anulată" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.ro.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "adresa expeditorului", "domeniul expeditorului", "expeditorul" }, " ",
        { "nu există", "nu a fost găsit", "nu a fost găsită", "este invalidă", "este invalid", "este necunoscut",
          "a fost respins", "a fost respinsă" }),
      "expeditor necunoscut", "expeditor invalid", "adresă de expeditor invalidă"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Domeniul expeditorului nu există", "550 5.1.7 Expeditor invalid" },
  },

  -- The sending IP on a blocklist: MailScanner's "apare listat in cel putin unul din serverele
  -- anti-spam publice", "lista neagră", and the general words.
  {
    id = "lang.ro.blocklisted",
    priority = 70,
    match = phrases.join(
      "lista neagră", "listele negre", "listă neagră", "apare listat", "serverele anti-spam publice", "listă de blocare",
      phrases.combine({ "adresa ip", "adresa dumneavoastră ip", "ip-ul" }, IS, { "blocată", "blocat" })),
    category = "blocklisted",
    examples = {
      "Serverul de pe care ati trimis mesajul apare listat in cel putin unul din serverele anti-spam publice.",
      "554 5.7.1 Adresa IP este pe lista neagră",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.ro.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", an account noun and a state, anywhere in the reply
    match = { { "temporar" }, { "contul", "căsuța poștală", "cutia poștală", "utilizatorul" },
      phrases.join(INACTIVE_M, INACTIVE_F) },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Contul este blocat temporar", "450 Căsuța poștală a fost temporar suspendată" },
  },

  -- Mailbox full: "căsuța poștală a destinatarului este plină", quota and storage wording.
  {
    id = "lang.ro.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "căsuța poștală", "căsuța de e-mail", "cutia poștală", "căsuța poștală a destinatarului" },
        { " este plină", " plină", " s-a umplut" }),
      phrases.combine({ "cota", "cotă", "cota de stocare" }, " ", { "depășită", "a fost depășită" }),
      "a depășit cota", "spațiu de stocare insuficient", "spațiul de stocare este plin", "nu mai există spațiu"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Căsuța poștală a destinatarului este plină",
      "452 4.2.2 Cota a fost depășită",
      "552 Casuta postala plina",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.ro.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine(RECIPIENT_M, IS, INACTIVE_M),
      phrases.combine(RECIPIENT_F, IS, INACTIVE_F)),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Contul este dezactivat", "550 Căsuța poștală a fost închisă", "550 5.2.1 Cont suspendat" },
  },

  -- The recipient's domain: host or domain unknown, no MX.
  {
    id = "lang.ro.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domeniul", "numele de domeniu" }, " ", { "nu există", "nu a fost găsit", "este invalid", "este necunoscut" }),
      phrases.combine("domeniu ", { "inexistent", "necunoscut", "invalid" }),
      "gazda nu a fost găsită", "gazdă necunoscută", "nu există înregistrare mx", "nicio înregistrare mx"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Domeniul nu există", "554 5.4.4 Domeniu necunoscut: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.ro.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("prea multe ", { "conexiuni", "conexiuni simultane", "mesaje", "e-mailuri", "emailuri" }),
      "prea repede", "prea rapid"),
    category = "rate_limited",
    examples = { "421 4.7.0 Prea multe conexiuni de la adresa dumneavoastră IP", "450 4.7.1 Prea multe mesaje într-un timp scurt" },
  },

  -- Content judged spam: MailScanner's "a fost considerat spam", "mail comercial nesolicitat",
  -- and the general words.
  {
    id = "lang.ro.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine({ "considerat", "considerat ca", "identificat ca", "marcat ca", "detectat ca", "clasificat ca",
        "suspect de" }, " spam"),
      "mail comercial nesolicitat", "mesaj nesolicitat", "e-mail nesolicitat", "filtrul anti-spam", "filtrul antispam"),
    category = "spam_content",
    examples = {
      "Mesajul a fost considerat spam si a fost sters. Mesajul nu va ajunge la destinatar.",
      "550 5.7.1 Mesaj respins: identificat ca spam",
    },
  },

  -- The mailbox does not exist: the general words (a recipient noun and "does not exist / not
  -- found / unknown").
  {
    id = "lang.ro.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine({ "destinatarul", "utilizatorul", "contul" }, " ", { "nu există", "nu a fost găsit", "este necunoscut" }),
      phrases.combine({ "adresa", "adresa de e-mail", "adresa de email", "căsuța poștală", "cutia poștală" }, " ",
        { "nu există", "nu a fost găsită", "este necunoscută", "este invalidă" }),
      phrases.combine({ "destinatar", "utilizator" }, " ", { "necunoscut", "inexistent", "invalid" }),
      "adresă necunoscută", "adresă inexistentă", "nu există un astfel de utilizator", "nu există acest utilizator"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Destinatarul nu există",
      "550 5.1.1 Adresa de e-mail nu a fost găsită",
      "550 5.1.1 <user@example.ro>: Utilizator necunoscut",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.ro.network_error",
    priority = 16,
    match = {
      "conexiune refuzată", "conexiunea a fost refuzată", "conexiunea a expirat", "timpul de conectare a expirat",
      "timp de așteptare expirat", "nu s-a putut conecta", "conexiunea a fost întreruptă", "serverul nu răspunde",
      "eroare de rețea",
    },
    category = "network_error",
    examples = { "451 4.4.1 Conexiunea a expirat la mx.example.ro", "Conexiune refuzată de mx.example.ro" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.ro.system_error",
    priority = 15,
    match = {
      "eroare temporară", "problemă temporară", "eroare internă", "eroare de sistem", "serviciu indisponibil",
      "serviciul nu este disponibil", "temporar indisponibil", "serverul este supraîncărcat", "serverul este ocupat",
    },
    category = "system_error",
    examples = { "451 4.3.0 Eroare temporară, încercați mai târziu", "421 Serviciu indisponibil" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Romanian words.
  {
    id = "lang.ro.delivered.delayed",
    priority = 91,
    match = {
      "livrare întârziată", "livrarea a fost întârziată", "livrarea este întârziată", "mesajul nu a fost încă livrat",
      "mesajul încă nu a fost livrat", "nu trebuie să retrimiteți mesajul", "acesta este doar un avertisment",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Livrare întârziată: mesajul nu a fost încă livrat către user@example.ro. Nu trebuie să retrimiteți mesajul." },
  },

  -- Outlook's Romanian automatic reply ("Răspuns automat:") and the words of an absence notice.
  {
    id = "lang.ro.auto_reply",
    priority = 90,
    match = { "răspuns automat", "în afara biroului", "absent din birou", "sunt în concediu" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Răspuns automat: Sunt în concediu până pe 5 mai." },
  },

  -- Size: the general words ("mesajul este prea mare").
  {
    id = "lang.ro.message_too_large",
    priority = 52,
    match = {
      "mesajul este prea mare", "mesaj prea mare", "atașamentul este prea mare", "dimensiunea mesajului depășește",
      "depășește dimensiunea maximă", "dimensiunea maximă a mesajului",
    },
    category = "message_too_large",
    examples = { "552 5.3.4 Mesajul este prea mare", "552 Dimensiunea mesajului depășește limita" },
  },

  -- Malware: MailScanner's "Atasamentele infectate nu vor ajunge la destinatar", Microsoft's
  -- "software rău intenționat", and the general words.
  {
    id = "lang.ro.malicious_content",
    priority = 51,
    match = {
      "virus detectat", "conține un virus", "conține virus", "atașamentele infectate", "atașament infectat",
      "fișier infectat", "software rău intenționat", "program malițios", "conținut malițios",
    },
    category = "malicious_content",
    examples = { "Atasamentele infectate nu vor ajunge la destinatar.", "554 5.7.1 Mesajul conține un virus" },
  },

  -- "Acces interzis" with nothing more: an opaque policy refusal.
  {
    id = "lang.ro.policy_block",
    priority = 12,
    match = { "acces interzis", "acces refuzat", "accesul este interzis" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Acces interzis" },
  },

  -- "Try again later" in Romanian: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.ro.try_later",
    priority = 10,
    match = { "încercați mai târziu", "încercați din nou mai târziu", "reîncercați mai târziu" },
    category = "system_error",
    type = "soft",
    examples = { "451 Vă rugăm încercați din nou mai târziu" },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/ro.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.ro.mailbox_full.limit",
    priority = 43,
    match = { "mărimea maximă a mailbox", "mărimea maximă a căsuței" },
    category = "mailbox_full",
    examples = { "mesajul va depăși mărimea maximă a mailbox-ului pentru acest recipient" },
  },
  {
    id = "lang.ro.mailbox_full.limit_words",
    priority = 42,
    match = { { "quota", "cota" }, { "depășită", "depasita" } },
    category = "mailbox_full",
    examples = { "quota maibox-ului a fost depășită pentru acest recipient" },
  },
  -- ... and "no such user" (po/ro.po)
  {
    id = "lang.ro.recipient_unknown.no_such_user",
    priority = 40,
    match = { "nu există user-ul", "nu exista user-ul", "nu există utilizatorul" },
    category = "recipient_unknown",
    examples = { "nu există user-ul" },
  },
}
