-- Dutch wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Dutch NDR texts ("Het opgegeven e-mailadres is niet gevonden", "Het postvak van de
-- ontvanger is vol", "Uw bericht aan ... kan niet worden bezorgd"), Gmail's Dutch notice ("Adres
-- niet gevonden"), and the general Dutch words for each cause (a recipient noun and its state).
-- Priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "gebruiker", "ontvanger", "geadresseerde", "adres", "e-mailadres", "emailadres", "ontvangeradres", "mailbox",
  "postvak", "postbus", "brievenbus", "account",
}
-- whose it is ("Het postvak van de ontvanger"), and the verb before a state
local OF = { "", " van de ontvanger", " van de gebruiker", " van de geadresseerde" }
local IS = { "", "is ", "werd ", "is al " }
local UNKNOWN = { "onbekend", "bestaat niet", "niet gevonden", "niet bekend", "ongeldig", "kon niet worden gevonden" }
local INACTIVE = {
  "gedeactiveerd", "uitgeschakeld", "geblokkeerd", "opgeschort", "inactief", "niet actief", "gesloten", "opgeheven",
  "beëindigd", "beeindigd", "bevroren", "vergrendeld", "verwijderd",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours ("afzenderadres ongeldig" holds
  -- "adres ongeldig").
  {
    id = "lang.nl.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "afzender", "afzenderadres", "afzenderdomein" }, " ", { "", "is " }, { "onbekend", "ongeldig", "bestaat niet", "geweigerd", "niet gevonden" }),
      "onbekende afzender", "ongeldige afzender", "ongeldig afzenderadres"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Afzenderdomein bestaat niet", "550 5.1.7 Ongeldig afzenderadres" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.nl.blocklisted",
    priority = 70,
    match = phrases.join(
      "zwarte lijst", "blokkeerlijst", "blokkadelijst",
      phrases.combine({ "ip-adres", "ip adres", "ip" }, " ", { "", "is ", "werd " }, { "geblokkeerd", "vermeld", "gelist" }),
      "ip-adres staat op", "ip staat op"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 Uw IP-adres staat op een zwarte lijst (zen.example.org)",
      "550 5.7.1 IP-adres geblokkeerd wegens spam",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.nl.recipient_inactive.temporary",
    priority = 43,
    match = { "tijdelijk" },
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, "tijdelijk ", INACTIVE),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Account tijdelijk geblokkeerd", "550 De mailbox is tijdelijk uitgeschakeld" },
  },

  -- Mailbox full: Exchange's "Het postvak van de ontvanger is vol", quota wording. "vol" must end
  -- the word ("volledig", "volgende").
  {
    id = "lang.nl.mailbox_full",
    priority = 43,
    match = { "postvak", "postbus", "brievenbus", "mailbox vol", "inbox vol", "is vol", "is overvol", "is te vol" },
    pattern = [[ ("mailbox" / "postvak" / "postbus" / "brievenbus" / "inbox") (" van de " ("ontvanger" / "gebruiker" / "geadresseerde"))? " " ("is ")? ("over" / "te ")? "vol" ![a-z] ]],
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren.",
      "452 4.2.2 Mailbox vol",
      "Het postvak van de geadresseerde is vol en kan op dit moment geen berichten accepteren.",
    },
  },
  -- Quota and storage wording.
  {
    id = "lang.nl.mailbox_full.quota",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "quotum", "quota", "opslaglimiet", "opslagruimte", "maximale grootte" }, " ",
        { "overschreden", "bereikt", "vol", "is vol", "is overschreden", "is bereikt" }),
      "onvoldoende opslagruimte", "geen ruimte meer in de mailbox", "geen opslagruimte meer"),
    category = "mailbox_full",
    examples = { "552 5.2.2 Quotum overschreden voor user@example.nl" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.nl.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 Account gedeactiveerd",
      "550 5.2.1 <user@example.nl>: mailbox is opgeheven",
      "550 Deze gebruiker is geblokkeerd",
    },
  },
  -- The same state before its noun.
  {
    id = "lang.nl.recipient_inactive.named",
    priority = 42,
    match = phrases.join(
      phrases.combine({ "inactieve", "uitgeschakelde", "geblokkeerde", "opgeheven" }, " ", { "mailbox", "gebruiker" }),
      "inactief account", "geblokkeerd account", "opgeheven account"),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Inactieve mailbox" },
  },

  -- The recipient's domain: Gmail's "omdat het domein example.invalid niet is gevonden",
  -- host/domain unknown, no MX.
  {
    id = "lang.nl.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domein", "domeinnaam", "host" }, " ", { "", "is " },
        { "onbekend", "bestaat niet", "niet gevonden", "kon niet worden gevonden", "ongeldig" }),
      "onbekend domein", "onbekende host", "ongeldig domein", "geen mx-record", "geen mx record"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Domein bestaat niet", "554 5.4.4 Onbekende host: example.invalid" },
  },
  -- The same state before its noun.
  {
    id = "lang.nl.domain_invalid.named",
    priority = 41,
    match = { { "domein" }, { "niet is gevonden", "niet gevonden", "niet bestaat" } },
    pattern = [[ "domein " [^ ]+ " " ("niet is gevonden" / "is niet gevonden" / "niet gevonden" / "niet bestaat") ]],
    category = "domain_invalid",
    examples = {
      "Je bericht is niet bezorgd bij user@example.invalid, omdat het domein example.invalid niet is gevonden. Controleer of er typefouten of onnodige spaties in staan en probeer het opnieuw.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.nl.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine({ "te veel", "teveel" }, " ", { "verbindingen", "berichten", "e-mails", "mails" }),
      "te snel", "snelheidslimiet", "maximaal aantal verbindingen", "limiet voor verbindingen"),
    category = "rate_limited",
    examples = {
      "421 4.7.0 Te veel verbindingen vanaf uw IP-adres, probeer het later opnieuw",
      "450 4.7.1 Te veel berichten in korte tijd",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.nl.spam_content",
    priority = 35,
    match = {
      -- "als spam aangemerkt / gemarkeerd als spam": German says "als Spam" too, so de.lua holds it
      "verdacht van spam", "vermoedelijk spam", "spam gedetecteerd", "het spamfilter", "ons spamfilter", "ongewenste e-mail",
      "ongewenste mail", "ongewenst bericht",
    },
    category = "spam_content",
    examples = {
      "550 5.7.1 Bericht geweigerd: verdacht van spam",
      "554 5.7.1 Bericht geweigerd door het spamfilter",
    },
  },

  -- The mailbox does not exist: Exchange's "Het opgegeven e-mailadres is niet gevonden",
  -- Exchange Online's "... is niet gevonden op example.nl", Gmail's "Adres niet gevonden".
  {
    id = "lang.nl.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "opgegeven e-mailadres is niet gevonden", "is niet gevonden op", "adres niet is gevonden", "kan het e-mailadres niet vinden",
      phrases.combine({ "onbekende", "ongeldige", "niet-bestaande", "niet bestaande" }, " ",
        { "gebruiker", "ontvanger", "geadresseerde", "mailbox", "e-mailadres", "emailadres", "ontvangeradres" }),
      phrases.combine({ "onbekend", "ongeldig", "niet-bestaand", "niet bestaand" }, " ", { "adres", "e-mailadres" }),
      phrases.combine({ "geen", "geen dergelijke" }, " ", { "gebruiker", "mailbox" }, " ", { "met", "bekend", "gevonden" }),
      -- Microsoft's Dutch help for NDR 5.1.10 (support.office.com nl-nl, article 5a04a25a: "Het e-mailadres
      -- waarnaar u uw bericht hebt verzonden, bestaat niet of kan niet worden gevonden")
      phrases.combine("bestaat niet of ", { "kan niet worden gevonden", "kon niet worden gevonden", "is niet gevonden",
        "werd niet gevonden" })),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Het opgegeven e-mailadres is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden.",
      "Uw bericht aan user@example.nl kan niet worden bezorgd. user is niet gevonden op example.nl.",
      "Adres niet gevonden. Je bericht is niet bezorgd bij user@example.nl, omdat het adres niet is gevonden of geen e-mail kan ontvangen.",
      "550 5.1.1 <user@example.nl>: Onbekende gebruiker",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.nl.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "is " }, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Gebruiker onbekend",
      "550 5.1.1 Dit e-mailadres bestaat niet",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.nl.network_error",
    priority = 16,
    match = {
      "verbinding geweigerd", "verbinding verbroken", "verbinding verloren", "verbinding mislukt",
      "verbinding onderbroken", "time-out", "tijdslimiet overschreden", "kan geen verbinding maken",
      "kon geen verbinding maken", "netwerkfout", "host onbereikbaar", "server onbereikbaar", "server niet bereikbaar",
      "geen antwoord van de server",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 Time-out bij verbinding met mx.example.nl",
      "Verbinding geweigerd door mx.example.nl[192.0.2.3]",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.nl.system_error",
    priority = 15,
    match = {
      "tijdelijke fout", "tijdelijk probleem", "tijdelijke storing", "interne fout", "interne serverfout",
      "systeemfout", "lokale fout", "dienst niet beschikbaar", "service niet beschikbaar", "tijdelijk niet beschikbaar",
      "server overbelast", "server is overbelast", "server bezet",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 Tijdelijke fout, probeer het later opnieuw",
      "421 Dienst tijdelijk niet beschikbaar",
    },
  },

  -- Exchange's and Exchange Online's Dutch delay notice (subject "Bezorging vertraagd", "De
  -- bezorging bij deze geadresseerden of groepen is vertraagd"), Gmail's Dutch "Bezorging
  -- onvolledig", and the general words of a warning that needs no resend.
  {
    id = "lang.nl.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine({ "bezorging", "aflevering", "levering" }, " ", { "", "is " }, { "vertraagd", "onvolledig", "uitgesteld" }),
      "vertraagde bezorging", "vertraging bij bezorging", "vertraging bij de bezorging",
      "gmail probeert het nog", "u hoeft het bericht niet opnieuw te verzenden", "u hoeft uw bericht niet opnieuw te verzenden",
      "dit is slechts een waarschuwing"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Bezorging vertraagd: De bezorging bij deze geadresseerden of groepen is vertraagd: user@example.nl",
    },
  },

  -- Outlook's and Exchange's Dutch automatic reply ("Automatisch antwoord:") and the words of an
  -- absence notice.
  {
    id = "lang.nl.auto_reply",
    priority = 90,
    match = { "automatisch antwoord", "afwezigheidsbericht", "afwezigheidsmelding", "niet op kantoor",
      "afwezigheidsassistent" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automatisch antwoord: Ik ben niet op kantoor tot 5 mei." },
  },

  -- Size: Exchange's Dutch 5.3.4 ("Het bericht is te groot") and the general words.
  {
    id = "lang.nl.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "bericht", "e-mail", "mail", "bijlage" }, " ", { "", "is " }, { "te groot", "te omvangrijk" }),
      phrases.combine({ "berichtgrootte", "grootte van het bericht" }, " ", { "overschrijdt", "overschreden", "is te groot" }),
      phrases.combine({ "overschrijdt", "overschreden" }, " de maximale ", { "grootte", "berichtgrootte" }),
      "maximale berichtgrootte"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 Het bericht is te groot",
      "552 De berichtgrootte overschrijdt de limiet",
    },
  },

  -- Malware in Dutch words (virus alone is the English rule's word).
  {
    id = "lang.nl.malicious_content",
    priority = 51,
    match = { "schadelijke software", "schadelijke inhoud", "schadelijke bijlage", "geïnfecteerd", "geinfecteerd" },
    category = "malicious_content",
    examples = { "554 5.7.1 Bericht geweigerd: schadelijke inhoud gevonden" },
  },

  -- Exchange's Dutch "Toegang geweigerd" with nothing more: an opaque policy refusal.
  {
    id = "lang.nl.policy_block",
    priority = 12,
    match = { "toegang geweigerd" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Toegang geweigerd" },
  },

  -- "Try again later" in Dutch: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.nl.try_later",
    priority = 10,
    match = { "later opnieuw", "later nogmaals", "later nog eens" },
    category = "system_error",
    type = "soft",
    examples = { "451 Probeer het later opnieuw" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Dutch
  -- words: the relay refusals of Dutch hosters' MTAs.
  {
    id = "lang.nl.relay_denied",
    priority = 57,
    match = {
      "relay niet toegestaan", "relaying niet toegestaan", "relay geweigerd", "relaying geweigerd",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 Relaying niet toegestaan" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Dutch words.
  {
    id = "lang.nl.too_many_recipients",
    priority = 50,
    match = {
      "te veel geadresseerden", "te veel ontvangers", "maximum aantal ontvangers", "maximaal aantal ontvangers",
      "maximum aantal geadresseerden", "maximaal aantal geadresseerden",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Te veel ontvangers" },
  },

  -- A mailing list's reasons for refusing or holding a post, in Dutch: Mailman 3's catalog
  -- (messages/nl/LC_MESSAGES/mailman.po: "The message is not from a list member", "The message
  -- comes from a moderated member", "The message is larger than the {} KB maximum size",
  -- "Message has more than {} recipients", "Message has no subject"), in the words any list
  -- manager uses for the same (a list member, a moderated member), and mlmmj's deny-post for its
  -- size limit (text.skel/<lang>: "the maximum allowed message size").
  {
    id = "lang.nl.recipient_policy.list_member",
    priority = 45,
    match = { "niet van een lid van", "geen lid van deze lijst", "geen lid van de lijst", "gemodereerd lid",
      -- ezmlm-idx (lang/nl/messages: TXT_ONLY_SUBSCRIBERS, ERR_SUBSCRIBER_CAN, TXT_REJECT_POSTS)
      "alleen abonnees mogen", "alleen abonnees kunnen", "alleen leden mogen", "uw berichten te weigeren",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/nl/LC_MESSAGES/mailman.po)
      "van een niet-lid", "besloten lijst" },
    category = "recipient_policy",
    examples = { "Het bericht komt niet van een lid van deze lijst" },
  },
  {
    id = "lang.nl.message_too_large.maximum",
    priority = 52,
    match = { "groter dan de" },
    category = "message_too_large",
    examples = { "Het bericht is groter dan de 40 KB maximum grootte" },
  },
  {
    id = "lang.nl.too_many_recipients.count",
    priority = 50,
    match = { { "meer dan" }, { "ontvangers" } },
    pattern = "'meer dan ' [0-9]+ ' ontvangers'",
    category = "too_many_recipients",
    examples = { "Bericht heeft meer dan 10 ontvangers" },
  },
  {
    id = "lang.nl.message_noncompliant.subject",
    priority = 49,
    match = { "geen onderwerp" },
    category = "message_noncompliant",
    examples = { "Bericht heeft geen onderwerp" },
  },

  -- A content filter's report to the sender, in Dutch: MailScanner's translated reports
  -- (reports/nl/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.nl.malicious_content.scanner",
    priority = 51,
    match = { "besmette bijlagen", "onaanvaardbare bijlagen", "gevaarlijke inhoud" },
    category = "malicious_content",
    examples = { "Besmette bijlagen zijn niet afgeleverd bij de ontvanger." },
  },
  {
    id = "lang.nl.message_noncompliant.not_analysed",
    priority = 49,
    match = { "geen complete analyse", "niet geanalyseerd konden worden" },
    category = "message_noncompliant",
    examples = { "Onze virusscanner kon geen complete analyse uitvoeren op een bericht dat u stuurde:" },
  },
  {
    id = "lang.nl.policy_block.quarantine",
    priority = 13,
    match = { "inhoud zal worden gecontroleerd", "in quarantaine geplaatst" },
    category = "policy_block",
    examples = { "Dit bericht is gearchiveerd en de inhoud zal worden gecontroleerd vooraleer het afgeleverd zal worden." },
  },
}
