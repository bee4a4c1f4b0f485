-- Hungarian wording of bounces and replies. Sources, per family below: Outlook's Hungarian
-- automatic reply ("Automatikus válasz:"; Exchange's NDR subject "Kézbesíthetetlen:" names no cause
-- and has no rule); Microsoft's Hungarian help for NDR
-- 5.1.10 ("Az e-mail-cím, amelyre elküldte az üzenetet, nem létezik vagy nem található",
-- "visszapattanó üzenet", "levélszemét"); MailScanner's Hungarian sender reports (reports/hu,
-- written without accents: "Nem kivant uzenet visszautasitva", "SPAM gyanus levelet talalt",
-- "Az uzenete SPAM-nek minosul", "Viruskeresonk ... virusgyanus fajlt talalt", "A fertozott
-- reszek kezbesitese nem tortent meg", "elfogadhatatlan kiterjesztesu mellekletet", "a rosszul
-- konfiguralt vagy rossz celokra hasznalt levelezo szerverek nyilvanos listajan"); and the
-- general Hungarian words for each cause (a recipient noun and its state), which any
-- Hungarian-speaking MTA or hoster puts in its own sentence. Accents fold (ő, ű, á, é to o, u, a,
-- e), so MailScanner's unaccented spellings match the accented phrases. Literal phrases only;
-- priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "címzett", "a címzett", "felhasználó", "e-mail-cím", "e-mail cím", "email cím", "a cím", "postafiók", "fiók",
  "felhasználói fiók",
}
local INACTIVE = {
  "le van tiltva", "letiltva", "fel van függesztve", "felfüggesztve", "zárolva", "megszűnt", "meg lett szüntetve",
  "törölve", "inaktív", "nem aktív", "ki van kapcsolva",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.hu.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "a feladó címe", "feladó címe", "a feladó tartománya", "a küldő címe", "a feladó", "a küldő" }, " ",
        { "nem létezik", "nem található", "ismeretlen", "érvénytelen", "elutasítva" }),
      phrases.combine({ "ismeretlen", "érvénytelen" }, " ", { "feladó", "küldő" })),
    category = "sender_invalid",
    examples = { "553 5.1.8 A feladó tartománya nem létezik", "550 5.1.7 Érvénytelen feladó" },
  },

  -- The sending IP on a blocklist: MailScanner's "rossz celokra hasznalt levelezo szerverek
  -- nyilvanos listajan", "feketelista" and "tiltólista" in any case ending, and the general words.
  {
    id = "lang.hu.blocklisted",
    priority = 70,
    match = phrases.join(
      "feketelist", "tiltólist", "rossz célokra használt levelező szerverek",
      phrases.combine({ "az ip-cím", "ip-címe", "az ip cím" }, " ", { "tiltva", "le van tiltva", "tiltólistán" })),
    category = "blocklisted",
    examples = {
      "A szerver ami a levelet hozzank tovabbitotta, szerepel a rosszul konfiguralt vagy rossz celokra hasznalt levelezo szerverek nyilvanos listajan.",
      "554 5.7.1 Az IP-cím feketelistán szerepel",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.hu.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", an account noun and a state, anywhere in the reply
    match = { { "ideiglenesen", "átmenetileg" }, { "fiók", "felhasználó" },
      phrases.join(INACTIVE, "letiltott", "felfüggesztett", "zárolt") },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 A fiók ideiglenesen zárolva" },
  },

  -- Mailbox full: "a címzett postafiókja megtelt", quota and storage wording.
  {
    id = "lang.hu.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "postafiók", "postafiókja", "a postafiók", "tárhely", "a tárhely" }, " ", { "megtelt", "tele van", "betelt" }),
      "megtelt a postafiók", "betelt a tárhely", "túllépte a kvótát", "túllépte a tárhelykorlátot", "kvóta túllépve",
      "a kvóta betelt", "nincs elég tárhely"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 A címzett postafiókja megtelt, és jelenleg nem tud üzeneteket fogadni.",
      "452 4.2.2 Kvóta túllépve",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.hu.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine(RECIPIENT, " ", INACTIVE),
      phrases.combine({ "letiltott", "felfüggesztett", "zárolt", "megszűnt", "megszüntetett", "törölt", "inaktív" }, " ",
        { "fiók", "postafiók", "felhasználó" })),
    category = "recipient_inactive",
    examples = { "550 5.2.1 A fiók le van tiltva", "550 Felfüggesztett postafiók", "550 5.2.1 A felhasználó inaktív" },
  },

  -- The recipient's domain: Microsoft's word for domain ("tartomány") and the plain one
  -- ("domain"), host not found, no MX.
  {
    id = "lang.hu.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "a tartomány", "a domain", "a gazdagép", "célkiszolgáló" }, " ",
        { "nem létezik", "nem található", "ismeretlen", "érvénytelen" }),
      phrases.combine({ "ismeretlen", "érvénytelen", "nem létező" }, " ", { "tartomány", "domain", "gazdagép" }),
      "nincs mx rekord", "nincs mx-rekord"),
    category = "domain_invalid",
    examples = { "550 5.1.2 A tartomány nem létezik", "554 5.4.4 Ismeretlen domain: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.hu.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("túl sok ", { "kapcsolat", "egyidejű kapcsolat", "kapcsolódás", "üzenet", "levél", "e-mail" }),
      "túl gyorsan"),
    category = "rate_limited",
    examples = { "421 4.7.0 Túl sok kapcsolat az Ön IP-címéről", "450 4.7.1 Túl sok üzenet rövid idő alatt" },
  },

  -- Content judged spam: Microsoft's word "levélszemét", MailScanner's "Nem kivant uzenet
  -- visszautasitva", "SPAM gyanus", "SPAM-nek minosul", and the general words.
  {
    id = "lang.hu.spam_content",
    priority = 35,
    match = {
      "levélszemét", "nem kívánt üzenet", "kéretlen levél", "kéretlen üzenet", "kéretlen reklámlevél", "spam gyanús",
      "spam-gyanús", "spamgyanús", "spamnek minősül", "spam-nek minősül", "spamként",
    },
    category = "spam_content",
    examples = {
      "Nem kivant uzenet visszautasitva",
      "Az uzenete SPAM-nek minosul tartalma es a level kuldo szervere alapjan.",
      "550 5.7.1 Az üzenet levélszemétnek minősül",
    },
  },

  -- The mailbox does not exist: Microsoft's "nem létezik vagy nem található", and the general
  -- words (a recipient noun and "does not exist / not found / unknown").
  {
    id = "lang.hu.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine(RECIPIENT, " ", { "nem létezik", "nem található", "ismeretlen", "érvénytelen" }),
      phrases.combine({ "ismeretlen", "érvénytelen", "nem létező" }, " ", { "címzett", "felhasználó", "e-mail-cím",
        "e-mail cím", "postafiók" }),
      phrases.combine("nincs ilyen ", { "felhasználó", "címzett", "postafiók", "e-mail-cím", "fiók" }),
      "nem létezik vagy nem található"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 A címzett nem létezik",
      "550 5.1.1 <user@example.hu>: Ismeretlen felhasználó",
      "550 5.1.1 Nincs ilyen postafiók",
      "Az e-mail-cím, amelyre elküldte az üzenetet, nem létezik vagy nem található.",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.hu.network_error",
    priority = 16,
    match = {
      "kapcsolat elutasítva", "a kapcsolat elutasítva", "kapcsolódás elutasítva", "időtúllépés", "kapcsolat megszakadt",
      "nem sikerült kapcsolódni", "nem lehet kapcsolódni", "a kiszolgáló nem válaszol", "a szerver nem válaszol",
      "a kiszolgáló nem érhető el", "a szerver nem elérhető", "hálózati hiba",
    },
    category = "network_error",
    examples = { "451 4.4.1 Időtúllépés a mx.example.hu kiszolgálóhoz kapcsolódáskor", "A kapcsolat elutasítva: mx.example.hu" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.hu.system_error",
    priority = 15,
    match = {
      "ideiglenes hiba", "átmeneti hiba", "ideiglenes probléma", "átmeneti probléma", "belső hiba", "belső kiszolgálóhiba",
      "rendszerhiba", "a szolgáltatás nem érhető el", "a szolgáltatás nem elérhető", "átmenetileg nem érhető el",
      "a kiszolgáló túlterhelt", "a szerver túlterhelt", "a szerver foglalt",
    },
    category = "system_error",
    examples = { "451 4.3.0 Ideiglenes hiba, próbálja újra később", "421 A szolgáltatás nem érhető el" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Hungarian words.
  {
    id = "lang.hu.delivered.delayed",
    priority = 91,
    match = {
      "késik a kézbesítés", "a kézbesítés késik", "késleltetett kézbesítés", "késedelmes kézbesítés",
      "az üzenet még nem lett kézbesítve", "az üzenetet még nem kézbesítettük", "nem kell újra elküldenie az üzenetet",
      "ez csak figyelmeztetés",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "A kézbesítés késik a következő címzettek számára: user@example.hu. Nem kell újra elküldenie az üzenetet." },
  },

  -- Outlook's Hungarian automatic reply ("Automatikus válasz:"), its "Házon kívül", and the
  -- words of an absence notice.
  {
    id = "lang.hu.auto_reply",
    priority = 90,
    match = { "automatikus válasz", "házon kívül", "irodán kívül", "szabadságon vagyok", "szabadságon leszek" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automatikus válasz: Május 5-ig szabadságon vagyok." },
  },

  -- Size: the general words ("az üzenet túl nagy").
  {
    id = "lang.hu.message_too_large",
    priority = 52,
    match = {
      "az üzenet túl nagy", "üzenet túl nagy", "a levél túl nagy", "a melléklet túl nagy", "túl nagy üzenet",
      "az üzenet mérete meghaladja", "meghaladja a maximális méretet", "maximális üzenetméret",
    },
    category = "message_too_large",
    examples = { "552 5.3.4 Az üzenet túl nagy", "552 Az üzenet mérete meghaladja a korlátot" },
  },

  -- Malware: MailScanner's "virusgyanus fajlt talalt", "A fertozott reszek kezbesitese nem
  -- tortent meg", "elfogadhatatlan kiterjesztesu mellekletet", and the general words.
  {
    id = "lang.hu.malicious_content",
    priority = 51,
    match = {
      "vírusgyanús", "vírust talált", "vírust tartalmaz", "fertőzött rész", "fertőzött melléklet", "kártevő",
      "kártékony", "rosszindulatú szoftver", "elfogadhatatlan kiterjesztésű", "elfogadhatatlan melléklet",
    },
    category = "malicious_content",
    examples = { "Viruskeresonk az On altal kuldott levelben virusgyanus fajlt talalt", "A fertozott reszek kezbesitese nem tortent meg." },
  },

  -- Microsoft's Hungarian "Hozzáférés megtagadva" with nothing more: an opaque policy refusal.
  {
    id = "lang.hu.policy_block",
    priority = 12,
    match = { "hozzáférés megtagadva" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Hozzáférés megtagadva" },
  },

  -- "Try again later" in Hungarian: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.hu.try_later",
    priority = 10,
    match = { "próbálja újra később", "próbálkozzon később", "később próbálja újra", "próbálja meg később" },
    category = "system_error",
    type = "soft",
    examples = { "451 Kérjük, próbálja újra később" },
  },

  -- A content filter's report to the sender, in Hungarian: MailScanner's translated reports
  -- (reports/hu/sender.error and .mcp.report.txt; its virus and filename reports are
  -- lang.hu.malicious_content's): a message the scanner could not take apart
  -- (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.hu.message_noncompliant.not_analysed",
    priority = 49,
    match = { "nem tudta analizálni" },
    category = "message_noncompliant",
    examples = { "A víruskereső program nem tudta analizálni az Ön által küldött levelet." },
  },
  {
    id = "lang.hu.policy_block.quarantine",
    priority = 13,
    match = { "karanténba" },
    category = "policy_block",
    examples = { "Az üzenetet karanténba helyeztük." },
  },

  -- A mailing list that takes posts from its subscribers only, or refuses this poster's, in
  -- Hungarian: ezmlm-idx's translations (lang/hu/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS),
  -- written as the words any list manager uses for the same.
  {
    id = "lang.hu.recipient_policy.list_member",
    priority = 45,
    match = { "csak listatagok", "csak a lista tagjai", "utasítsam el a leveleidet",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/hu/LC_MESSAGES/mailman.po)
      "nem listatag" },
    category = "recipient_policy",
    examples = { "Sajnalom, de csak listatagok kuldhetnek uzenetet." },
  },
}
