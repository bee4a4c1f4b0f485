-- Greek wording of bounces and replies. Sources, per family below: Microsoft's Greek help for
-- NDRs 5.1.0 and 5.1.1 to 5.1.20 ("αναφορά μη παράδοσης", "Η διεύθυνση του παραλήπτη
-- απορρίφθηκε", "γραμματοκιβώτιο" for mailbox, "ανεπιθύμητη αλληλογραφία" for junk mail) and
-- Outlook's Greek automatic reply ("Αυτόματη απάντηση:"); and the general Greek words for each
-- cause (a recipient noun and its state), which any Greek-speaking MTA or hoster (OTE/Otenet,
-- Greek cPanel and Plesk hosters) puts in its own sentence.
-- Accents fold ("ά" reads "α"), and so does the case of every letter; but the final sigma "ς"
-- stays itself while a capital "Σ" folds to "σ", so a reply in capitals ("ΑΓΝΩΣΤΟΣ ΧΡΗΣΤΗΣ")
-- reads "αγνωστοσ χρηστησ": every phrase with a final sigma is listed both ways (with_sigma).
-- Literal phrases only; priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Each phrase, and the same with "ς" written "σ" (replies typed in capitals).
local function with_sigma(list)
  local out = {}
  for _, p in ipairs(list) do
    out[#out + 1] = p
    local capital = p:gsub("ς", "σ")
    if capital ~= p then out[#out + 1] = capital end
  end
  return out
end

local RECIPIENT = {
  "ο παραλήπτης", "παραλήπτης", "ο χρήστης", "χρήστης", "η διεύθυνση", "η διεύθυνση ηλεκτρονικού ταχυδρομείου",
  "η διεύθυνση email", "το γραμματοκιβώτιο", "γραμματοκιβώτιο", "ο λογαριασμός", "λογαριασμός",
}
local ACCOUNT = {
  "ο λογαριασμός", "λογαριασμός", "ο λογαριασμός χρήστη", "ο λογαριασμός του παραλήπτη", "το γραμματοκιβώτιο",
  "γραμματοκιβώτιο", "ο χρήστης",
}
-- "έχει απενεργοποιηθεί" and "είναι απενεργοποιημένος"
local PERFECT = { "απενεργοποιηθεί", "ανασταλεί", "κλειδωθεί", "κλείσει", "διαγραφεί", "αποκλειστεί", "παγώσει" }
local STATE = {
  "απενεργοποιημένος", "απενεργοποιημένο", "ανενεργός", "ανενεργό", "κλειδωμένος", "κλειδωμένο", "σε αναστολή",
  "αποκλεισμένος", "αποκλεισμένο",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.el.sender_invalid",
    priority = 54,
    match = with_sigma(phrases.join(
      phrases.combine({ "η διεύθυνση του αποστολέα", "ο τομέας του αποστολέα", "ο αποστολέας" }, " ",
        { "δεν υπάρχει", "δεν βρέθηκε", "απορρίφθηκε", "δεν είναι έγκυρη", "δεν είναι έγκυρος", "είναι άγνωστος" }),
      "άγνωστος αποστολέας", "μη έγκυρος αποστολέας", "μη έγκυρη διεύθυνση αποστολέα")),
    category = "sender_invalid",
    examples = { "553 5.1.8 Ο τομέας του αποστολέα δεν υπάρχει", "550 5.1.7 Μη έγκυρος αποστολέας" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.el.blocklisted",
    priority = 70,
    match = with_sigma(phrases.join(
      "μαύρη λίστα", "μαύρης λίστας", "μαύρες λίστες", "λίστα αποκλεισμού", "λίστα αποκλεισμένων",
      phrases.combine({ "η διεύθυνση ip", "η διεύθυνση ip σας", "η ip σας" }, " ", { "έχει αποκλειστεί", "είναι αποκλεισμένη" }),
      "αποκλεισμένη διεύθυνση ip")),
    category = "blocklisted",
    examples = { "554 5.7.1 Η διεύθυνση IP σας έχει αποκλειστεί", "550 5.7.1 Ο διακομιστής βρίσκεται σε μαύρη λίστα" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.el.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", the account and its state, anywhere in the reply
    match = { { "προσωρινά" }, with_sigma({ "λογαριασμός", "γραμματοκιβώτιο", "χρήστης" }),
      with_sigma(phrases.join(PERFECT, STATE)) },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Ο λογαριασμός έχει κλειδωθεί προσωρινά" },
  },

  -- Mailbox full: Microsoft's "γραμματοκιβώτιο", the ISPs' "θυρίδα", quota and storage wording.
  {
    id = "lang.el.mailbox_full",
    priority = 43,
    match = with_sigma(phrases.join(
      phrases.combine({ "το γραμματοκιβώτιο", "γραμματοκιβώτιο", "το γραμματοκιβώτιο του παραλήπτη" }, " ",
        { "είναι πλήρες", "είναι γεμάτο", "γεμάτο", "πλήρες" }),
      phrases.combine({ "η θυρίδα", "η ηλεκτρονική θυρίδα" }, " ", { "είναι γεμάτη", "είναι πλήρης" }),
      "γεμάτο γραμματοκιβώτιο", "πλήρες γραμματοκιβώτιο", "υπέρβαση του ορίου αποθήκευσης",
      "έχει υπερβεί το όριο αποθήκευσης", "δεν υπάρχει αρκετός χώρος")),
    category = "mailbox_full",
    examples = { "552 5.2.2 Το γραμματοκιβώτιο του παραλήπτη είναι πλήρες", "452 4.2.2 ΤΟ ΓΡΑΜΜΑΤΟΚΙΒΩΤΙΟ ΕΙΝΑΙ ΓΕΜΑΤΟ" },
  },

  -- Disabled, suspended or closed accounts: the account and its state.
  {
    id = "lang.el.recipient_inactive",
    priority = 42,
    match = with_sigma(phrases.join(
      phrases.combine(ACCOUNT, " έχει ", PERFECT),
      phrases.combine(ACCOUNT, " είναι ", STATE),
      "απενεργοποιημένος λογαριασμός", "ανενεργός λογαριασμός", "κλειδωμένος λογαριασμός", "ανενεργό γραμματοκιβώτιο",
      "απενεργοποιημένο γραμματοκιβώτιο")),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Ο λογαριασμός έχει απενεργοποιηθεί", "550 Το γραμματοκιβώτιο είναι ανενεργό", "550 5.2.1 ΑΝΕΝΕΡΓΟΣ ΛΟΓΑΡΙΑΣΜΟΣ" },
  },

  -- The recipient's domain: Microsoft's word for domain ("τομέας"), host not found, no MX.
  {
    id = "lang.el.domain_invalid",
    priority = 41,
    match = with_sigma(phrases.join(
      phrases.combine({ "ο τομέας", "το domain", "ο κεντρικός υπολογιστής" }, " ", { "δεν υπάρχει", "δεν βρέθηκε" }),
      "άγνωστος τομέας", "μη έγκυρος τομέας", "ανύπαρκτος τομέας", "άγνωστος κεντρικός υπολογιστής")),
    category = "domain_invalid",
    examples = { "550 5.1.2 Ο τομέας δεν υπάρχει", "554 5.4.4 Άγνωστος τομέας: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.el.rate_limited",
    priority = 36,
    match = with_sigma(phrases.join(
      phrases.combine({ "πάρα πολλές", "υπερβολικά πολλές" }, " ", { "συνδέσεις", "ταυτόχρονες συνδέσεις" }),
      phrases.combine({ "πάρα πολλά", "υπερβολικά πολλά" }, " ", { "μηνύματα", "email" }),
      "πολύ γρήγορα")),
    category = "rate_limited",
    examples = { "421 4.7.0 Πάρα πολλές συνδέσεις από τη διεύθυνση IP σας", "450 4.7.1 Πάρα πολλά μηνύματα σε σύντομο χρόνο" },
  },

  -- Content judged spam: Microsoft's "ανεπιθύμητη αλληλογραφία", and the general words.
  {
    id = "lang.el.spam_content",
    priority = 35,
    match = with_sigma(phrases.join(
      "ανεπιθύμητη αλληλογραφία", "ανεπιθύμητης αλληλογραφίας", "ανεπιθύμητο μήνυμα", "ανεπιθύμητα μηνύματα",
      "ως ανεπιθύμητο",
      phrases.combine({ "χαρακτηρίστηκε", "εντοπίστηκε", "αναγνωρίστηκε", "επισημάνθηκε" }, " ως spam"),
      "ύποπτο για spam")),
    category = "spam_content",
    examples = { "550 5.7.1 Το μήνυμα χαρακτηρίστηκε ως spam", "554 Απορρίφθηκε: ανεπιθύμητη αλληλογραφία" },
  },

  -- The mailbox does not exist: the general words (a recipient noun and "does not exist / not
  -- found", "unknown recipient").
  {
    id = "lang.el.recipient_unknown",
    priority = 31,
    match = with_sigma(phrases.join(
      phrases.combine(RECIPIENT, " ", { "δεν υπάρχει", "δεν βρέθηκε", "δεν ήταν δυνατό να βρεθεί" }),
      "άγνωστος παραλήπτης", "άγνωστος χρήστης", "άγνωστη διεύθυνση", "μη έγκυρος παραλήπτης", "μη έγκυρη διεύθυνση",
      "δεν υπάρχει τέτοιος χρήστης", "δεν υπάρχει τέτοιο γραμματοκιβώτιο")),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Ο παραλήπτης δεν υπάρχει",
      "550 5.1.1 Η διεύθυνση ηλεκτρονικού ταχυδρομείου δεν βρέθηκε",
      "550 5.1.1 ΑΓΝΩΣΤΟΣ ΧΡΗΣΤΗΣ",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.el.network_error",
    priority = 16,
    match = with_sigma({
      "η σύνδεση απορρίφθηκε", "άρνηση σύνδεσης", "λήξη χρονικού ορίου", "έληξε το χρονικό όριο", "η σύνδεση έληξε",
      "δεν ήταν δυνατή η σύνδεση", "αδυναμία σύνδεσης", "η σύνδεση διακόπηκε", "ο διακομιστής δεν αποκρίνεται",
      "ο διακομιστής δεν απαντά", "σφάλμα δικτύου",
    }),
    category = "network_error",
    examples = { "451 4.4.1 Λήξη χρονικού ορίου κατά τη σύνδεση με mx.example.gr", "Η σύνδεση απορρίφθηκε από mx.example.gr" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.el.system_error",
    priority = 15,
    match = with_sigma({
      "προσωρινό σφάλμα", "προσωρινό πρόβλημα", "εσωτερικό σφάλμα", "σφάλμα συστήματος", "η υπηρεσία δεν είναι διαθέσιμη",
      "υπηρεσία μη διαθέσιμη", "προσωρινά μη διαθέσιμ", "ο διακομιστής είναι υπερφορτωμένος",
      "ο διακομιστής είναι απασχολημένος",
    }),
    category = "system_error",
    examples = { "451 4.3.0 Προσωρινό σφάλμα, δοκιμάστε ξανά αργότερα", "421 Η υπηρεσία δεν είναι διαθέσιμη" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Greek words.
  {
    id = "lang.el.delivered.delayed",
    priority = 91,
    match = with_sigma({
      "καθυστέρηση παράδοσης", "η παράδοση καθυστερεί", "η παράδοση έχει καθυστερήσει", "καθυστερημένη παράδοση",
      "το μήνυμα δεν έχει παραδοθεί ακόμη", "δεν χρειάζεται να στείλετε ξανά", "αυτή είναι μόνο μια προειδοποίηση",
    }),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Καθυστέρηση παράδοσης: το μήνυμα δεν έχει παραδοθεί ακόμη στο user@example.gr. Δεν χρειάζεται να στείλετε ξανά το μήνυμα." },
  },

  -- Outlook's Greek automatic reply ("Αυτόματη απάντηση:") and the words of an absence notice.
  {
    id = "lang.el.auto_reply",
    priority = 90,
    match = { "αυτόματη απάντηση", "εκτός γραφείου", "είμαι σε άδεια", "βρίσκομαι σε άδεια" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Αυτόματη απάντηση: Είμαι σε άδεια έως τις 5 Μαΐου." },
  },

  -- Size: the general words ("το μήνυμα είναι πολύ μεγάλο").
  {
    id = "lang.el.message_too_large",
    priority = 52,
    match = {
      "το μήνυμα είναι πολύ μεγάλο", "μήνυμα πολύ μεγάλο", "το συνημμένο είναι πολύ μεγάλο",
      "το μέγεθος του μηνύματος υπερβαίνει", "υπερβαίνει το μέγιστο μέγεθος", "μέγιστο μέγεθος μηνύματος",
      -- mlmmj's deny-post (text.skel/gr: "καθώς ξεπερνά το μέγιστο επιτρεπτό μέγεθος")
      "ξεπερνά το μέγιστο", "μέγιστο επιτρεπτό μέγεθος",
    },
    category = "message_too_large",
    examples = { "552 5.3.4 Το μήνυμα είναι πολύ μεγάλο", "552 Το μέγεθος του μηνύματος υπερβαίνει το όριο" },
  },

  -- Malware: Microsoft's "κακόβουλο λογισμικό", and the general words.
  {
    id = "lang.el.malicious_content",
    priority = 51,
    match = with_sigma({
      "εντοπίστηκε ιός", "περιέχει ιό", "κακόβουλο λογισμικό", "κακόβουλο περιεχόμενο", "μολυσμένο συνημμένο",
      "μολυσμένο αρχείο",
    }),
    category = "malicious_content",
    examples = { "554 5.7.1 Το μήνυμα περιέχει ιό" },
  },

  -- Microsoft's Greek "Άρνηση πρόσβασης" with nothing more: an opaque policy refusal.
  {
    id = "lang.el.policy_block",
    priority = 12,
    match = { "άρνηση πρόσβασης", "δεν επιτρέπεται η πρόσβαση" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Άρνηση πρόσβασης" },
  },

  -- "Try again later" in Greek: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.el.try_later",
    priority = 10,
    match = { "δοκιμάστε ξανά αργότερα", "προσπαθήστε ξανά αργότερα", "δοκιμάστε αργότερα", "προσπαθήστε αργότερα" },
    category = "system_error",
    type = "soft",
    examples = { "451 Παρακαλώ δοκιμάστε ξανά αργότερα" },
  },
}
