-- Italian wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Italian NDR texts ("Impossibile trovare l'indirizzo di posta elettronica immesso",
-- "La cassetta postale del destinatario è piena", "Impossibile recapitare il messaggio"),
-- Gmail's Italian notice ("Indirizzo non trovato"), and the general Italian words for each cause
-- (a recipient noun and its state). Accents are often written as an apostrophe ("e'"), so both
-- spellings are listed. Priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "utente", "destinatario", "indirizzo", "indirizzo email", "indirizzo e-mail", "indirizzo di posta elettronica",
  "indirizzo del destinatario", "casella", "casella postale", "casella di posta", "cassetta postale", "account",
  "mailbox",
}
-- whose it is ("La casella del destinatario"), and the verb before a state
local OF = { "", " del destinatario", " dell'utente", " dell’utente", " di destinazione" }
local IS = { "", "è ", "e' ", "è stato ", "è stata ", "e' stato ", "e' stata ", "risulta " }
local UNKNOWN = {
  "sconosciuto", "sconosciuta", "inesistente", "non esiste", "non trovato", "non trovata", "non valido", "non valida",
}
local INACTIVE = {
  "disattivato", "disattivata", "disabilitato", "disabilitata", "sospeso", "sospesa", "bloccato", "bloccata", "chiuso",
  "chiusa", "inattivo", "inattiva", "cessato", "cessata", "non attivo", "non attiva", "cancellato", "cancellata",
}
local MAILBOX = { "casella", "casella postale", "casella di posta", "cassetta postale", "mailbox", "posta in arrivo" }
local FULL = { "piena", "satura", "pieno", "saturo" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.it.sender_invalid",
    priority = 54,
    match = phrases.combine("mittente ", { "", "è ", "e' " },
      { "sconosciuto", "inesistente", "non valido", "non esiste", "rifiutato", "non trovato" }),
    category = "sender_invalid",
    examples = { "553 5.1.8 Dominio del mittente inesistente", "550 5.1.7 Indirizzo del mittente non valido" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.it.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine("ip", " ", { "", "è ", "e' ", "è stato ", "e' stato " },
        { "bloccato", "in blacklist", "listato" }),
      "lista nera", "liste nere", "lista di blocco", "liste di blocco"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 Il tuo indirizzo IP è in lista nera (zen.example.org)",
      "550 5.7.1 IP bloccato per invio di spam",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.it.recipient_inactive.temporary",
    priority = 43,
    match = { "temporaneamente" },
    -- the adverb before the state or after it
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, "temporaneamente ", INACTIVE)
      + phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE, " temporaneamente"),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Account temporaneamente sospeso", "550 La casella è temporaneamente bloccata",
      "550 Account sospeso temporaneamente" },
  },

  -- Mailbox full: Exchange's "La cassetta postale del destinatario è piena", quota wording.
  {
    id = "lang.it.mailbox_full",
    priority = 43,
    match = FULL,
    pattern = phrases.sequence(MAILBOX, OF, " ", { "", "è ", "e' " }, FULL),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 La cassetta postale del destinatario è piena e non può accettare messaggi al momento.",
      "452 4.2.2 Casella piena",
    },
  },
  -- Quota and storage wording.
  {
    id = "lang.it.mailbox_full.quota",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "quota", "spazio", "spazio disponibile" }, " ",
        { "superata", "superato", "esaurita", "esaurito", "insufficiente" }),
      "superato la quota", "superato il limite di spazio", "superato lo spazio",
      -- Virgilio's help on bounces (aiuto.virgilio.it: "La casella alla quale stai scrivendo ha raggiunto il
      -- limite massimo di capienza consentito")
      "limite massimo di capienza", "raggiunto il limite di capienza"),
    category = "mailbox_full",
    examples = { "552 Quota superata per user@example.it" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.it.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 Account disattivato",
      "550 5.2.1 <user@example.it>: casella postale sospesa",
      "550 L'utente è stato disabilitato",
    },
  },

  -- The recipient's domain: Gmail's "perché il dominio example.invalid non è stato trovato",
  -- host/domain unknown, no MX.
  {
    id = "lang.it.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "dominio", "host" }, " ", { "", "è ", "e' " },
        { "sconosciuto", "inesistente", "non esiste", "non trovato", "non valido" }),
      "impossibile trovare il dominio", "nessun record mx"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Dominio inesistente", "554 5.4.4 Host sconosciuto: example.invalid" },
  },
  -- The domain named inside the notice's sentence (Gmail).
  {
    id = "lang.it.domain_invalid.gmail",
    priority = 41,
    match = { { "perché il dominio", "perche il dominio", "perchè il dominio" },
      { "non è stato trovato", "non e' stato trovato", "non e stato trovato" } },
    category = "domain_invalid",
    examples = {
      "Il messaggio non è stato recapitato a user@example.invalid perché il dominio example.invalid non è stato trovato. Verifica la presenza di errori di battitura o spazi non necessari e riprova.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.it.rate_limited",
    priority = 36,
    match = {
      "troppe connessioni", "troppi messaggi", "troppe email", "troppe e-mail", "troppo velocemente",
      "velocità di invio", "velocita' di invio", "frequenza di invio", "limite di connessioni",
      -- Gmail's 421 4.7.0 flood refusal as Italian senders' guides translate it (newsletterstudio.it,
      -- "Errori SMTP": "Il sistema ha rilevato una percentuale insolita di posta indesiderata")
      "percentuale insolita di posta indesiderata", "quantità insolita di posta indesiderata",
    },
    category = "rate_limited",
    examples = {
      "421 4.7.0 Troppe connessioni dal tuo IP, riprova più tardi",
      "450 4.7.1 Troppi messaggi in poco tempo",
      "421 4.7.0 Il sistema ha rilevato una percentuale insolita di posta indesiderata originata dal tuo indirizzo IP.",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its Italian SMTP error page gives it (knowledge.workspace.google.com, "Errori e codici
  -- SMTP di Gmail", hl=it: "L'utente che stai tentando di contattare sta ricevendo email troppo
  -- rapidamente", "... riceve email in quantità tali da impedire il recapito di messaggi aggiuntivi").
  {
    id = "lang.it.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine({ "sta ricevendo", "riceve" }, " ", { "email", "e-mail", "messaggi", "posta" }, " troppo ",
        { "rapidamente", "velocemente" }),
      phrases.combine({ "sta ricevendo", "riceve" }, " ", { "troppe email", "troppe e-mail", "troppi messaggi", "troppa posta" }),
      "in quantità tali da impedire il recapito"),
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 L'utente che stai tentando di contattare sta ricevendo email troppo rapidamente. Please resend your message at a later time.",
      "450 4.2.1 L'utente che stai cercando di contattare riceve email in quantità tali da impedire il recapito di messaggi aggiuntivi.",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.it.spam_content",
    priority = 35,
    match = {
      -- "considerato / rilevato / rifiutato come spam": the words after the verb carry it
      "come spam", "per spam", "sospetto spam", "probabile spam", "spam rilevato", "posta indesiderata",
      "messaggio indesiderato", "contenuto indesiderato",
    },
    category = "spam_content",
    examples = {
      "550 5.7.1 Messaggio rifiutato come spam",
      "554 5.7.1 Il messaggio è stato classificato come posta indesiderata",
    },
  },

  -- The mailbox does not exist: Exchange's "Impossibile trovare l'indirizzo di posta elettronica
  -- immesso", Exchange Online's "Impossibile recapitare il messaggio ... non è stato trovato in",
  -- Gmail's "Indirizzo non trovato".
  {
    id = "lang.it.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "impossibile trovare l'indirizzo", "impossibile trovare l’indirizzo",
      phrases.combine("l'indirizzo non ", { "è", "e'", "e" }, " stato trovato"),
      phrases.combine({ "non esiste alcun", "nessun" }, " ", { "utente", "destinatario", "account" }),
      phrases.combine({ "non esiste alcuna", "nessuna" }, " ", { "casella", "casella postale", "cassetta postale" }),
      -- Gmail's Italian bounce help (support.google.com/mail, answer 82454 hl=it: "L'account email che hai
      -- cercato di raggiungere non esiste"; Italian guides quote "che hai tentato di raggiungere")
      phrases.combine({ "hai cercato", "hai tentato", "stai cercando", "stai tentando" }, " di raggiungere non esiste"),
      -- Microsoft's Italian help for NDR 5.1.10 (support.office.com it-it, article 5a04a25a: "L'indirizzo di
      -- posta elettronica a cui è stato inviato il messaggio non esiste o non è stato trovato") and Virgilio's
      -- help on bounces (aiuto.virgilio.it, "Messaggi di errore più frequenti dopo invio email": "L'indirizzo di
      -- posta al quale stai scrivendo non esiste"): the state after a relative clause
      phrases.combine("non esiste o non ", { "è", "e'" }, " ", { "stato trovato", "stata trovata" }),
      phrases.combine({ "al quale", "alla quale", "a cui" }, " stai scrivendo non esiste")),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo di posta elettronica del destinatario e provare a inviare nuovamente il messaggio.",
      "Indirizzo non trovato. Il messaggio non è stato recapitato a user@example.it perché l'indirizzo non è stato trovato o non può ricevere posta.",
      "550 5.1.1 Nessun utente con questo indirizzo",
    },
  },
  -- Exchange Online's sentence names the user between its words.
  {
    id = "lang.it.recipient_unknown.exchange",
    priority = 31,
    match = { { "impossibile recapitare" }, { "non è stato trovato in", "non e' stato trovato in" } },
    category = "recipient_unknown",
    examples = {
      "Impossibile recapitare il messaggio a user@example.it. user non è stato trovato in example.it.",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.it.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "è ", "e' ", "risulta " }, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 <user@example.it>: Utente sconosciuto",
      "550 Casella inesistente",
      "550 5.1.1 Il destinatario non esiste",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.it.network_error",
    priority = 16,
    match = {
      "connessione rifiutata", "connessione interrotta", "connessione persa", "timeout della connessione",
      "tempo di attesa scaduto", "impossibile connettersi", "impossibile stabilire una connessione",
      "errore di connessione", "errore di rete", "host non raggiungibile", "server non raggiungibile",
      "nessuna risposta dal server",
      -- Gmail's Italian bounce help (answer 82454 hl=it: "Il server del destinatario non ha accettato le
      -- nostre richieste"): it could not connect
      "non ha accettato le nostre richieste",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 Timeout della connessione verso mx.example.it",
      "Connessione rifiutata da mx.example.it[192.0.2.3]",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.it.system_error",
    priority = 15,
    match = {
      "errore temporaneo", "problema temporaneo", "errore interno", "errore di sistema", "errore locale",
      "servizio non disponibile", "temporaneamente non disponibile", "server occupato", "server sovraccarico",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 Errore temporaneo, riprovare più tardi",
      "421 Servizio temporaneamente non disponibile",
    },
  },

  -- Exchange's and Exchange Online's Italian delay notice (subject "Recapito ritardato", "Il
  -- recapito ai seguenti destinatari o gruppi è stato ritardato"), Gmail's Italian "Consegna
  -- incompleta", Libero's and Virgilio's queue warnings, and the general words of a warning that
  -- needs no resend.
  {
    id = "lang.it.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine({ "recapito", "consegna", "invio" }, " ", { "", "è stato ", "e stato ", "è stata ", "e stata ", "è ", "e " },
        { "ritardato", "ritardata", "posticipato", "posticipata", "incompleta" }),
      "ritardo nel recapito", "ritardo nella consegna", "gmail riproverà", "gmail riprovera",
      "non è necessario inviare di nuovo", "non e necessario inviare di nuovo", "non è necessario reinviare",
      "questo è solo un avviso"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Recapito ritardato: Il recapito ai seguenti destinatari o gruppi è stato ritardato: user@example.it",
      "Consegna incompleta. Si è verificato un problema temporaneo durante la consegna del messaggio a user@example.it. Gmail riproverà per altre 46 ore.",
    },
  },

  -- Outlook's and Exchange's Italian automatic reply ("Risposta automatica:") and the words of an
  -- absence notice.
  {
    id = "lang.it.auto_reply",
    priority = 90,
    match = { "risposta automatica", "fuori ufficio", "messaggio di assenza", "risponditore automatico" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Risposta automatica: Sono fuori ufficio fino al 5 maggio." },
  },

  -- Size: Exchange's Italian 5.3.4 ("Il messaggio è troppo grande"), Libero's and Aruba's size
  -- refusals, and the general words (maximum size exceeded).
  {
    id = "lang.it.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "messaggio", "email", "e-mail", "allegato", "mail" }, " ", { "", "è ", "e " },
        { "troppo grande", "troppo pesante", "troppo voluminoso" }),
      phrases.combine({ "dimensione del messaggio", "dimensioni del messaggio", "dimensione massima" }, " ",
        { "supera", "superata", "eccede", "ecceduta", "consentita" }),
      phrases.combine({ "supera", "eccede" }, " ", { "la dimensione massima", "le dimensioni massime" })),
    category = "message_too_large",
    examples = {
      "552 5.3.4 Il messaggio è troppo grande",
      "552 La dimensione del messaggio supera il limite consentito",
    },
  },

  -- Malware in Italian words (virus alone is the English rule's word).
  {
    id = "lang.it.malicious_content",
    priority = 51,
    match = { "software dannoso", "contenuto dannoso", "allegato dannoso", "messaggio infetto", "file infetto" },
    category = "malicious_content",
    examples = { "554 5.7.1 Messaggio rifiutato: contenuto dannoso rilevato" },
  },

  -- Exchange's Italian "Accesso negato" with nothing more: an opaque policy refusal.
  {
    id = "lang.it.policy_block",
    priority = 12,
    match = { "accesso negato" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Accesso negato" },
  },

  -- "Try again later" in Italian: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.it.try_later",
    priority = 10,
    match = { "più tardi", "piu tardi", "riprovare in seguito", "riprova in seguito" },
    category = "system_error",
    type = "soft",
    examples = { "451 Si prega di riprovare più tardi" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Italian
  -- words: Aruba's and Italian hosters' relay refusals.
  {
    id = "lang.it.relay_denied",
    priority = 57,
    match = {
      "relay non consentito", "relay non permesso", "relay non autorizzato", "relay negato",
      "relaying non consentito", "relaying negato",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 Relay non consentito" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Italian words.
  {
    id = "lang.it.too_many_recipients",
    priority = 50,
    match = {
      "troppi destinatari", "numero massimo di destinatari", "numero di destinatari superiore",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Troppi destinatari" },
  },

  -- A mailing list's reasons for refusing or holding a post, in Italian: Mailman 3's catalog
  -- (messages/it/LC_MESSAGES/mailman.po: "The message is not from a list member", "The message
  -- comes from a moderated member", "The message is larger than the {} KB maximum size",
  -- "Message has more than {} recipients", "Message has no subject"), in the words any list
  -- manager uses for the same (a list member, a moderated member), and mlmmj's deny-post for its
  -- size limit (text.skel/<lang>: "the maximum allowed message size").
  {
    id = "lang.it.recipient_policy.list_member",
    priority = 45,
    match = { "non proviene da un membro della lista", "non è membro della lista", "non è un membro della lista", "membro soggetto a moderazione", "membro moderato",
      -- ezmlm-idx (lang/it/messages: TXT_ONLY_SUBSCRIBERS, ERR_SUBSCRIBER_CAN)
      "solo gli iscritti possono", "solo i membri possono",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/it/LC_MESSAGES/mailman.po)
      "da un non iscritto" },
    category = "recipient_policy",
    examples = { "Il messaggio non proviene da un membro della lista" },
  },
  -- A certified-mail (PEC) box that takes mail only from other PEC boxes: Aruba PEC's guide,
  -- "Risoluzione agli errori comuni nell'invio e nella ricezione della PEC" (guide.pec.it): "554
  -- <a@b>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla
  -- ricezione di posta non certificata", sent when ordinary mail goes to a box that has not
  -- enabled it. The recipient's setting, not a missing address, whatever "sconosciuto" adds.
  {
    id = "lang.it.recipient_policy.certified_only",
    priority = 46,
    match = phrases.combine({ "non abilitato", "non abilitata", "non è abilitato", "non è abilitata" },
      { " alla ricezione di", " a ricevere", " per la ricezione di" }, { " posta", " messaggi", " email", " e-mail" },
      { " non certificata", " non certificati", " ordinaria", " ordinari", " convenzionale" }),
    category = "recipient_policy",
    examples = {
      "554 <user@example.it>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata",
    },
  },
  {
    id = "lang.it.message_too_large.maximum",
    priority = 52,
    match = { "della dimensione massima", "dimensione massima consentita" },
    category = "message_too_large",
    examples = { "Il messaggio è più grande della dimensione massima di 40 KB" },
  },
  {
    id = "lang.it.too_many_recipients.count",
    priority = 50,
    match = { { "più di" }, { "destinatari" } },
    pattern = "'piu di ' [0-9]+ ' destinatari'",
    category = "too_many_recipients",
    examples = { "Il messaggio ha più di 10 destinatari" },
  },
  {
    id = "lang.it.message_noncompliant.subject",
    priority = 49,
    match = { "non ha oggetto", "senza oggetto" },
    category = "message_noncompliant",
    examples = { "Il messaggio non ha oggetto" },
  },

  -- A content filter's report to the sender, in Italian: MailScanner's translated reports
  -- (reports/it/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.it.malicious_content.scanner",
    priority = 51,
    match = { "ritenuta infetta", "rilevato una infezione", "allegati risultano non accettabili" },
    category = "malicious_content",
    examples = { "Ogni parte del messaggio ritenuta infetta non e' stata consegnata al destinatario." },
  },
  {
    id = "lang.it.message_noncompliant.not_analysed",
    priority = 49,
    match = { "non e' riuscito ad analizzare", "non è riuscito ad analizzare" },
    category = "message_noncompliant",
    examples = { "Il sistema antivirus non e' riuscito ad analizzare completamente il messaggio spedito:" },
  },
  {
    id = "lang.it.policy_block.quarantine",
    priority = 13,
    match = { "messo in quarantena" },
    category = "policy_block",
    examples = { "Il messaggio è stato messo in quarantena." },
  },
}
