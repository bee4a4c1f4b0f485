-- German wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's German NDR texts, Gmail's German notice ("Adresse nicht gefunden"), WEB.DE's and GMX's
-- bilingual refusals (web.de's and gmx.net's newsrooms: "550 Benutzer hat zu viele Mails auf dem
-- Server. / User has too many messages on the server"), the German reading of RFC 3463 in seed
-- 003 ("Mailbox voll", "Adresse existiert nicht"), and the general German words for each cause
-- (a recipient noun and its state), which any German-speaking MTA or hoster puts in its own
-- sentence. Many German servers write umlauts as ae/oe/ue, so both spellings are listed.
-- Priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Who or what a recipient-side reply is about, and whose it is ("Das Konto des Empfängers").
local RECIPIENT = {
  "empfänger", "empfaenger", "empfängeradresse", "empfaengeradresse", "benutzer", "benutzerkonto", "nutzer",
  "adressat", "postfach", "mailbox", "adresse", "e-mail-adresse", "e-mail-konto", "konto",
}
local OF = { "", " des empfängers", " des empfaengers", " des benutzers", " des nutzers" }
local UNKNOWN = {
  "unbekannt", "nicht bekannt", "existiert nicht", "nicht gefunden", "wurde nicht gefunden", "nicht vorhanden",
  "ungültig", "ungueltig",
  -- Exchange 2013's German NDR ("Die eingegebene E-Mail-Adresse konnte nicht gefunden werden.")
  "konnte nicht gefunden werden", "kann nicht gefunden werden",
}
local INACTIVE = {
  "deaktiviert", "gesperrt", "stillgelegt", "inaktiv", "nicht aktiv", "geschlossen", "gekündigt", "gekuendigt",
  "abgeschaltet", "eingefroren", "gelöscht", "geloescht",
}
local EXCEEDED = { "überschritten", "ueberschritten", "erschöpft", "erschoepft", "aufgebraucht", "erreicht" }
local TEMPORARILY = { "vorübergehend", "voruebergehend", "temporär", "temporaer", "zeitweise", "vorläufig", "vorlaeufig" }
local LOCKED_FOR_NOW = { "gesperrt", "deaktiviert", "blockiert", "stillgelegt", "inaktiv" }

return {
  layer = "text",

  -- The sender's side in German words: the address or domain named is ours, so no recipient
  -- category may take it ("Absenderadresse unbekannt" holds "adresse unbekannt").
  {
    id = "lang.de.sender_invalid",
    priority = 54,
    match = "absender",
    pattern = phrases.sequence("absender", { "", "adresse", "-adresse", "domain", "-domain", "domäne", "domaene" }, " ",
        { "", "ist " },
        { "unbekannt", "ungültig", "ungueltig", "existiert nicht", "nicht gefunden", "abgelehnt", "nicht vorhanden" })
      + phrases.sequence({ "unbekannter", "unbekannte", "ungültiger", "ungueltiger", "ungültige", "ungueltige" }, " absender")
      -- the sender named after its address ("Adresse des Absenders ungültig")
      + phrases.sequence({ "adresse", "domain", "domäne", "domaene" }, " des absenders ", { "", "ist " },
        { "unbekannt", "ungültig", "ungueltig", "existiert nicht", "nicht gefunden", "abgelehnt", "nicht vorhanden" }),
    category = "sender_invalid",
    examples = {
      "550 5.1.8 Absenderadresse ungültig",
      "553 5.1.8 <info@example.invalid>: Absenderdomain existiert nicht",
      "553 Unbekannte Absenderadresse",
      "550 Adresse des Absenders ungültig",
    },
  },

  -- IP blocklists. WEB.DE/GMX and T-Online answer in English; German-speaking filters and
  -- hosters name the list ("Sperrliste", "schwarze Liste") or the blocked IP.
  {
    id = "lang.de.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "ip-adresse", "ip adresse", "ip" }, " ", { "ist ", "wurde ", "" }, { "gesperrt", "blockiert", "gelistet" }),
      phrases.combine({ "auf einer", "in einer", "auf der", "in der" }, " ", { "sperrliste", "schwarzen liste", "blacklist", "blockliste", "dnsbl" }),
      "ip-adresse steht auf", "ip steht auf"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 Ihre IP-Adresse ist gesperrt",
      "550 5.7.1 Die IP 192.0.2.1 steht auf einer Sperrliste (zen.example.org)",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.de.recipient_inactive.temporary",
    priority = 43,
    -- gated by the states: "temporär" folds to "temporar", which English replies spell too
    match = LOCKED_FOR_NOW,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "ist ", "wurde " }, TEMPORARILY, " ", LOCKED_FOR_NOW),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Postfach vorübergehend gesperrt", "550 Das Konto ist vorübergehend gesperrt" },
  },

  -- Mailbox full: Exchange's "Das Postfach des Empfängers ist voll und kann zurzeit keine
  -- Nachrichten annehmen", seed 003's "Mailbox voll". "voll" must end the word ("Postfach
  -- vollständig gelöscht" is not full).
  {
    id = "lang.de.mailbox_full",
    priority = 43,
    match = { "voll", "überfüllt", "ueberfuellt" },
    -- a pattern reads the folded reply: "ä" and "ü" as "a" and "u"
    pattern = [[ ("postfach" / "mailbox" / "posteingang" / "briefkasten") (" des " ("empf" ("a" / "ae") "ngers" / "benutzers"))? " " ("ist ")? ("voll" / "uberfullt" / "ueberfuellt") ![a-z] ]],
    category = "mailbox_full",
    examples = {
      "552 Postfach voll",
      "552 5.2.2 Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen.",
      "5.2.2 Mailbox voll",
    },
  },
  -- Storage used up: WEB.DE's "Speichervolumen ueberschritten" and "zuviele Mails auf dem Server",
  -- seed 003's "über der Quote".
  {
    id = "lang.de.mailbox_full.quota",
    priority = 43,
    match = EXCEEDED,
    pattern = phrases.sequence({ "speicherplatz", "speichervolumen", "speicherkontingent", "quota", "postfachgröße",
      "postfachgroesse" }, { "", " des postfachs", " des empfängers", " des empfaengers" }, " ", EXCEEDED),
    category = "mailbox_full",
    examples = {
      "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
      "552 Speicherplatz des Empfängers überschritten",
    },
  },
  -- Quota and storage wording.
  {
    id = "lang.de.mailbox_full.storage",
    priority = 43,
    match = {
      "über der quote", "ueber der quote", "über dem speicherlimit", "zu viele mails auf dem server",
      "zuviele mails auf dem server", "zu viele nachrichten auf dem server", "kein freier speicherplatz",
      "nicht genügend speicherplatz im postfach", "nicht genuegend speicherplatz im postfach",
      -- Gmail's German help on bounces (support.google.com/mail/answer/6596?hl=de: "Der Posteingang
      -- des Empfängers hat keinen freien Speicherplatz")
      "posteingang des empfängers hat keinen freien speicherplatz",
      "posteingang des empfaengers hat keinen freien speicherplatz", "postfach hat keinen freien speicherplatz",
    },
    category = "mailbox_full",
    examples = {
      "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
      "452 4.2.2 Das E-Mail-Konto ist über der Quote",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.de.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "ist ", "wurde " },
      { "", "dauerhaft ", "vollständig ", "vollstaendig ", "endgültig ", "endgueltig " }, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 Mailbox deaktiviert, Nachrichten werden nicht angenommen",
      "550 5.2.1 <user@example.de>: Konto gesperrt",
      "550 Das Postfach wurde stillgelegt",
      "550 5.1.1 Empfänger inaktiv",
      "550 Postfach vollständig deaktiviert",
    },
  },
  -- The same state before its noun.
  {
    id = "lang.de.recipient_inactive.named",
    priority = 42,
    match = phrases.join(
      phrases.combine({ "deaktiviertes", "gesperrtes", "inaktives", "stillgelegtes", "gelöschtes", "geloeschtes" }, " ",
        { "konto", "postfach", "benutzerkonto", "e-mail-konto" }),
      "gesperrter empfänger", "gesperrter empfaenger", "nachrichten werden nicht angenommen"),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Gesperrtes Konto", "5.2.1 Nachrichten werden nicht angenommen" },
  },

  -- The recipient's domain: Gmail's "weil die Domain example.invalid nicht gefunden wurde",
  -- and the German words for host/domain unknown and a missing MX.
  {
    id = "lang.de.domain_invalid",
    priority = 41,
    match = phrases.join(UNKNOWN, "unbekannte", "nicht existierende", "mx-eintr", "mx-record"),
    pattern = phrases.sequence({ "domain", "domäne", "domaene", "host", "hostname", "rechner" }, " ", { "", "ist " },
        UNKNOWN)
      + phrases.sequence({ "unbekannte", "ungültige", "ungueltige", "nicht existierende" }, " ",
        { "domain", "domäne", "domaene" })
      + phrases.sequence({ "unbekannter host", "kein mx-eintrag", "keine mx-einträge", "keine mx-eintraege",
          "kein mx-record" }),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 Domain existiert nicht",
      "554 5.4.4 Host unbekannt: example.invalid",
      "550 Unbekannte Domain example.invalid",
    },
  },
  -- The domain named inside the notice's sentence (Gmail).
  {
    id = "lang.de.domain_invalid.gmail",
    priority = 41,
    match = { { "weil die domain", "weil die domäne", "da die domain", "da die domäne" }, { "nicht gefunden" } },
    category = "domain_invalid",
    examples = {
      "Ihre Nachricht wurde nicht an user@example.invalid zugestellt, weil die Domain example.invalid nicht gefunden wurde. Prüfen Sie, ob die Adresse Tippfehler oder unnötige Leerzeichen enthält, und versuchen Sie es noch einmal.",
      "Die Adresse wurde nicht gefunden Ihre Nachricht wurde nicht an user@example.invalid zugestellt, da die Domain example.invalid nicht gefunden werden konnte.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.de.rate_limited",
    priority = 36,
    match = {
      "zu viele verbindungen", "zuviele verbindungen", "zu viele gleichzeitige verbindungen", "zu viele nachrichten",
      "zuviele nachrichten", "zu viele e-mails", "zu viele mails", "zu schnell", "verbindungslimit", "ratenlimit",
      "ratenbegrenzung", "senderate", "sendefrequenz",
    },
    category = "rate_limited",
    examples = {
      "421 4.7.0 Zu viele Verbindungen von Ihrer IP-Adresse, bitte später erneut versuchen",
      "450 4.7.1 Zu viele Nachrichten in kurzer Zeit",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its German SMTP error page gives it (support.google.com/a/answer/3726730?hl=de: "Der
  -- Nutzer, den Sie kontaktieren möchten, erhält zu schnell E-Mails", "... empfängt E-Mails in einer
  -- Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten zugestellt werden"), and the same
  -- verbs with "zu viele" (the recipient, not the sender, gets too much).
  {
    id = "lang.de.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine({ "erhält", "erhaelt", "empfängt", "empfaengt", "bekommt" }, " ", { "zu schnell", "zu viele" }, " ",
        { "e-mails", "emails", "mails", "nachrichten" }),
      phrases.combine({ "erhält", "erhaelt", "empfängt", "empfaengt" }, " ", { "e-mails", "nachrichten" },
        " in einer geschwindigkeit"),
      "dass zusätzliche nachrichten zugestellt werden", "dass zusaetzliche nachrichten zugestellt werden"),
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 Der Nutzer, den Sie kontaktieren möchten, erhält zu schnell E-Mails. Senden Sie Ihre Nachricht zu einem späteren Zeitpunkt noch einmal.",
      "450 4.2.1 Der Nutzer, den Sie kontaktieren möchten, empfängt E-Mails in einer Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten zugestellt werden.",
      "450 Der Empfänger erhält zu viele Nachrichten, bitte später erneut versuchen",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.de.spam_content",
    priority = 35,
    match = phrases.join(
      -- "als Spam eingestuft / erkannt / abgelehnt"; Dutch says "als spam" too (nl.lua leaves it here)
      "als spam",
      "spam erkannt", "spamverdacht", "spam-verdacht", "verdacht auf spam", "wegen spam abgelehnt", "vom spamfilter",
      "durch den spamfilter", "spam-filter abgelehnt", "unerwünschte werbung", "unerwuenschte werbung",
      "unerwünschte e-mail", "unerwuenschte e-mail"),
    category = "spam_content",
    examples = {
      "550 5.7.1 Nachricht wurde als Spam eingestuft",
      "554 Spamverdacht: Nachricht abgelehnt",
      "550 5.7.1 Die E-Mail wurde vom Spamfilter abgewiesen",
    },
  },

  -- The mailbox does not exist: Exchange's "Die eingegebene E-Mail-Adresse wurde nicht
  -- gefunden", Gmail's "Adresse nicht gefunden", seed 003's "Adresse existiert nicht".
  {
    id = "lang.de.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "eingegebene e-mail-adresse wurde nicht gefunden", "adresse nicht gefunden", "adresse wurde nicht gefunden",
      "adresse existiert nicht",
      -- Domino's German router: "Benutzer x (a@b) nicht im Domino-Verzeichnis aufgeführt"
      "nicht im domino-verzeichnis",
      -- Microsoft's German help for NDR 5.1.10 (support.office.com de-de, article 5a04a25a: "Die E-Mail-Adresse,
      -- an die Sie die Nachricht gesendet haben, ist nicht vorhanden oder konnte nicht gefunden werden") and
      -- Gmail's German bounce help (support.google.com/mail, answer 82454 hl=de: "Das E-Mail-Konto, das Sie
      -- kontaktieren möchten, ist nicht vorhanden"): the state stands after a relative clause
      "ist nicht vorhanden oder konnte nicht gefunden werden", "existiert nicht oder konnte nicht gefunden werden",
      phrases.combine({ "kontaktieren möchten", "kontaktieren moechten", "erreichen möchten", "erreichen moechten" }, ", ",
        { "ist nicht vorhanden", "existiert nicht" }),
      phrases.combine({ "unbekannter", "ungültiger", "ungueltiger", "nicht existierender", "kein solcher" }, " ",
        { "empfänger", "empfaenger", "benutzer", "nutzer", "adressat" }),
      phrases.combine({ "unbekanntes", "nicht existierendes", "kein solches" }, " ", { "postfach", "konto", "benutzerkonto" }),
      phrases.combine({ "unbekannte", "ungültige", "ungueltige", "nicht existierende" }, " ",
        { "adresse", "e-mail-adresse", "empfängeradresse", "empfaengeradresse" })),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.",
      "Adresse nicht gefunden. Ihre Nachricht wurde nicht an user@example.de zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.",
      "5.0.0 Adresse existiert nicht",
      "550 5.1.1 <user@example.de>: Unbekannter Empfänger",
      "Benutzer user (user@example.de) nicht im Domino-Verzeichnis aufgeführt",
    },
  },
  -- Exchange's German notice of "user wasn't found at example.org" ("equel wurde nicht in
  -- example.org gefunden"): the domain stands inside the verb
  {
    id = "lang.de.recipient_unknown.not_found_at",
    priority = 31,
    match = { { "wurde nicht in " }, { " gefunden" } },
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "Ihre Nachricht an user@example.org konnte nicht zugestellt werden. -- user wurde nicht in example.org gefunden." },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found"
  -- (WEB.DE's bilingual "550 Benutzer nicht bekannt/User unknown" among them).
  {
    id = "lang.de.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "ist " }, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Benutzer unbekannt",
      "550 Benutzer nicht bekannt/User unknown",
      "550 5.1.1 <user@example.de>: Empfänger existiert nicht",
      "550 Postfach nicht vorhanden",
      "550 5.1.1 Die Empfängeradresse ist ungültig",
      "550 Das Postfach des Empfängers existiert nicht",
      "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.de.network_error",
    priority = 16,
    match = phrases.join(
      "verbindung abgelehnt", "verbindung fehlgeschlagen", "verbindung unterbrochen", "verbindung getrennt",
      "verbindung verloren", "zeitüberschreitung", "zeitueberschreitung", "netzwerkfehler", "keine verbindung",
      phrases.combine({ "server", "host", "mailserver", "zielserver" }, " ", { "", "ist " }, "nicht erreichbar"),
      -- seed 003's reading of X.4.1, X.4.2 and X.4.5
      "keine antwort vom", "schlechte verbindung", "überlastung des netzes", "ueberlastung des netzes"),
    category = "network_error",
    examples = {
      "451 4.4.1 Zeitüberschreitung bei der Verbindung zu mx.example.de",
      "Verbindung abgelehnt von mx.example.de[192.0.2.3]",
      "4.4.1 Keine Antwort vom Gastgeber",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.de.system_error",
    priority = 15,
    match = phrases.join(
      phrases.combine({ "vorübergehender", "voruebergehender", "temporärer", "temporaerer", "interner", "lokaler" }, " ",
        { "fehler", "serverfehler", "systemfehler" }),
      "systemfehler", "vorübergehend nicht verfügbar", "voruebergehend nicht verfuegbar", "dienst nicht verfügbar",
      "dienst nicht verfuegbar", "dienst ist nicht verfügbar", "server überlastet", "server ist überlastet",
      "server ueberlastet", "mailsystem voll", "fehler bei der verarbeitung",
      -- Gmail's German help on bounces (support.google.com/mail/answer/6596?hl=de: "Es gibt ein
      -- vorübergehendes Problem mit dem Posteingang des Empfängers")
      phrases.combine({ "vorübergehendes", "voruebergehendes" }, " problem mit dem ", { "posteingang", "postfach" })),
    category = "system_error",
    examples = {
      "451 4.3.0 Vorübergehender Fehler, bitte später erneut versuchen",
      "421 Dienst nicht verfügbar",
      "451 Interner Fehler bei der Verarbeitung",
    },
  },

  -- Exchange's and Exchange Online's German delay notice ("Die Zustellung an folgende Empfänger
  -- oder Gruppen ist verzögert", Exchange 2003's "... oder Verteilerlisten wurde verzögert", the
  -- subject "Zustellung verzögert"), Gmail's German "Zustellung unvollständig ... Gmail versucht
  -- weitere 46 Stunden", and the general words of a warning that needs no resend (TAXONOMY rule 1).
  {
    id = "lang.de.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine({ "zustellung", "übermittlung", "uebermittlung" }, " ", { "", "ist ", "wurde " },
        { "verzögert", "verzoegert" }),
      phrases.combine({ "verzögerte", "verzoegerte" }, " ", { "zustellung", "übermittlung" }),
      "oder verteilerlisten wurde verzögert", "oder gruppen ist verzögert", "zustellung unvollständig",
      "zustellung unvollstaendig", "gmail versucht weitere", "gmail versucht es noch",
      phrases.combine("sie müssen ", { "die", "ihre", "diese" }, " nachricht nicht erneut senden"),
      "dies ist nur eine warnung", "es werden weitere zustellversuche"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Die Zustellung an folgende Empfänger oder Gruppen ist verzögert: user@example.de",
      "Die Zustellung an folgende Empfänger oder Verteilerlisten wurde verzögert",
      "Zustellung unvollständig. Beim Zustellen Ihrer Nachricht an user@example.de ist ein vorübergehendes Problem aufgetreten. Gmail versucht weitere 46 Stunden lang, die Nachricht zuzustellen.",
    },
  },

  -- Outlook's and Exchange's German automatic reply ("Automatische Antwort:") and the words of an
  -- absence notice (Abwesenheitsnotiz), as German mail clients and webmailers label them.
  {
    id = "lang.de.auto_reply",
    priority = 90,
    match = {
      "automatische antwort", "abwesenheitsnotiz", "abwesenheitsnachricht", "abwesenheitsmeldung",
      "abwesenheitsassistent", "bin nicht im büro", "bin nicht im buero", "bin derzeit nicht im",
    },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automatische Antwort: Ich bin bis zum 5. Mai nicht im Büro." },
  },

  -- Size: Exchange's German 5.3.4 ("Die Nachricht ist zu groß"), Gmail's German notice ("weil sie
  -- zu groß ist"), and the general words (message or attachment too large, maximum size exceeded).
  {
    id = "lang.de.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "nachricht", "e-mail", "mail", "anhang", "anlage" }, " ", { "", "ist " },
        { "zu groß", "zu gross", "zu umfangreich" }),
      phrases.combine({ "maximale", "zulässige", "zulaessige" }, " ",
        { "nachrichtengröße", "nachrichtengroesse", "mailgröße", "mailgroesse", "größe", "groesse" }),
      phrases.combine({ "nachrichtengröße", "nachrichtengroesse", "mailgröße", "mailgroesse" }, " ",
        { "überschritten", "ueberschritten", "überschreitet", "ueberschreitet" }),
      "weil sie zu groß ist", "weil sie zu gross ist", "größenbeschränkung", "groessenbeschraenkung"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 Die Nachricht ist zu groß",
      "552 5.3.4 Nachrichtengröße überschreitet das Limit von 20 MB",
      "550 Die E-Mail überschreitet die maximale Nachrichtengröße",
    },
  },

  -- Malware in German words (Virus alone is the English rule's word).
  {
    id = "lang.de.malicious_content",
    priority = 51,
    match = { "schadsoftware", "schadprogramm", "schädlichen inhalt", "schaedlichen inhalt", "infiziert" },
    category = "malicious_content",
    examples = { "554 5.7.1 Nachricht enthält Schadsoftware und wurde abgelehnt" },
  },

  -- Exchange's German "Zugriff verweigert" with nothing more: an opaque policy refusal.
  {
    id = "lang.de.policy_block",
    priority = 12,
    match = { "zugriff verweigert", "zugang verweigert", "annahme verweigert" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Zugriff verweigert" },
  },

  -- "Try again later" in German: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.de.try_later",
    priority = 10,
    match = phrases.join(
      phrases.combine({ "später", "spaeter" }, " ", { "erneut", "nochmal", "noch einmal", "wieder" }),
      "versuchen sie es später", "versuchen sie es spaeter"),
    category = "system_error",
    type = "soft",
    examples = { "451 Bitte versuchen Sie es später noch einmal" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in German
  -- words: Postfix's and Exim's relay refusals as German hosters translate them.
  {
    id = "lang.de.relay_denied",
    priority = 57,
    match = {
      "relaying nicht erlaubt", "relaying verweigert", "relaying abgelehnt", "relay nicht erlaubt",
      "relay verweigert", "relay-zugriff verweigert", "kein relaying",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 Relaying nicht erlaubt" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in German words.
  {
    id = "lang.de.too_many_recipients",
    priority = 50,
    match = {
      "zu viele empfänger", "zuviele empfänger", "zu viele empfaenger", "zuviele empfaenger",
      "maximale anzahl an empfängern", "maximale anzahl von empfängern", "empfängeranzahl überschritten",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Zu viele Empfänger" },
  },

  -- A mailing list's reasons for refusing or holding a post, in German: Mailman 3's catalog
  -- (messages/de/LC_MESSAGES/mailman.po: "The message is not from a list member", "The message
  -- comes from a moderated member", "The message is larger than the {} KB maximum size",
  -- "Message has more than {} recipients", "Message has no subject"), in the words any list
  -- manager uses for the same (a list member, a moderated member), and mlmmj's deny-post for its
  -- size limit (text.skel/<lang>: "the maximum allowed message size").
  {
    id = "lang.de.recipient_policy.list_member",
    priority = 45,
    match = { "nicht von einem listenmitglied", "kein listenmitglied", "kein mitglied der liste", "nicht mitglied der liste", "nicht mitglied dieser liste", "moderierten mitglied", "moderiertes mitglied",
      -- ezmlm-idx (lang/de/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS)
      "nur nachrichten von abonnenten", "nur abonnenten", "nur abonnentinnen", "ihre nachrichten nicht anzunehmen" },
    category = "recipient_policy",
    examples = { "Die Nachricht stammt nicht von einem Listenmitglied" },
  },
  {
    id = "lang.de.message_too_large.maximum",
    priority = 52,
    match = { "größer als die maximale", "groesser als die maximale", "maximal erlaubte größe", "maximal erlaubte groesse",
      "maximal zulässige größe", "maximal zulaessige groesse" },
    category = "message_too_large",
    examples = { "Die Nachricht ist größer als die maximale Größe von 40 KB" },
  },
  {
    id = "lang.de.too_many_recipients.count",
    priority = 50,
    match = { { "mehr als" }, { "empfänger" } },
    pattern = "'mehr als ' [0-9]+ ' empfanger'",
    category = "too_many_recipients",
    examples = { "Nachricht hat mehr als 10 Empfänger" },
  },
  {
    id = "lang.de.message_noncompliant.subject",
    priority = 49,
    match = { "keinen betreff", "kein betreff", "ohne betreff" },
    category = "message_noncompliant",
    examples = { "Nachricht hat keinen Betreff" },
  },

  -- A content filter's report to the sender, in German: MailScanner's translated reports
  -- (reports/de/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.de.malicious_content.scanner",
    priority = 51,
    match = { "infizierten teile", "infizierte teile", "unerlaubter anhänge", "unerlaubte anhänge", "gefährliche inhalte", "gefaehrliche inhalte" },
    category = "malicious_content",
    examples = { "Alle infizierten Teile der Nachricht (invoice.exe) wurden entfernt." },
  },
  {
    id = "lang.de.message_noncompliant.not_analysed",
    priority = 49,
    match = { "nicht komplett untersuchen", "nicht vollständig untersuchen", "nicht untersucht werden" },
    category = "message_noncompliant",
    examples = { "Unser Virenscanner konnte eine Nachricht von Ihnen nicht komplett untersuchen:" },
  },
  {
    id = "lang.de.policy_block.quarantine",
    priority = 13,
    match = { "unter quarantäne gestellt", "in quarantäne gestellt" },
    category = "policy_block",
    examples = { "Diese Nachricht wurde unter Quarantäne gestellt." },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/de.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.de.mailbox_full.limit",
    priority = 43,
    match = { "maximale postfachgröße", "maximale postfachgroesse" },
    category = "mailbox_full",
    examples = { "Die Nachricht würde die maximale Postfachgröße dieses Empfängers übersteigen" },
  },
  {
    id = "lang.de.mailbox_full.limit_words",
    priority = 43,
    match = { { "kontingent" }, { "überschritten", "ueberschritten" } },
    category = "mailbox_full",
    examples = { "Postfachgrößenkontingent wurde für diesen Empfänger überschritten" },
  },
}
