-- Swedish wording of bounces and replies. Sources, per family below: Outlook's Swedish automatic
-- reply ("Automatiskt svar:"; Exchange's Swedish NDR subject "Olevererbart:" names no cause and
-- has no rule); Microsoft's Swedish help for NDR 5.1.10 ("E-postadressen du skickade
-- meddelandet till finns inte eller kunde inte hittas", "rapport om utebliven leverans",
-- "skräppost"); MailScanner's Swedish sender reports (reports/se:
-- "Skräppost blockerat", "Vårt SPAM-skydd har stoppat ett meddelande ni skickat", "en server som
-- är svartlistad(RBL)", "Varning, e-post virus detekterat", "ej godkänd bilaga"); and the general
-- Swedish words for each cause (a recipient noun and its state), which any Swedish-speaking MTA or
-- hoster puts in its own sentence. å, ä and ö fold to a and o, so a server that drops them
-- ("brevladan ar full") matches too. Literal phrases only; priorities follow the scale in
-- rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Who or what a recipient-side reply is about, definite as Swedish states it ("kontot är avstängt").
local RECIPIENT = {
  "mottagaren", "mottagaradressen", "användaren", "adressen", "e-postadressen", "brevlådan", "postlådan",
  "e-postlådan", "kontot", "e-postkontot", "användarkontot",
}
local UNKNOWN = { "finns inte", "existerar inte", "hittades inte", "kunde inte hittas", "är okänd", "är ogiltig" }
-- The state as an adjective, neuter after "kontot" and common gender after the others ("kontot
-- är avstängt", "brevlådan är avstängd"), and as a passive perfect ("kontot har stängts").
local ACCOUNT_NEUTER = { "kontot", "e-postkontot", "användarkontot" }
local ACCOUNT_COMMON = { "brevlådan", "postlådan", "e-postlådan", "mottagaren", "användaren", "e-postadressen" }
local INACTIVE_NEUTER = {
  "avstängt", "inaktiverat", "spärrat", "blockerat", "stängt", "avslutat", "låst", "fryst", "inaktivt", "borttaget",
  "raderat",
}
local INACTIVE_COMMON = {
  "avstängd", "inaktiverad", "spärrad", "blockerad", "stängd", "avslutad", "låst", "fryst", "inaktiv", "borttagen",
  "raderad",
}
local INACTIVE_PERFECT = {
  "inaktiverats", "spärrats", "blockerats", "stängts", "stängts av", "avslutats", "låsts", "frysts", "raderats",
  "tagits bort",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours ("avsändaradressen finns inte" holds
  -- "adressen finns inte"), so no recipient category may take it.
  {
    id = "lang.sv.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "avsändaren", "avsändaradressen", "avsändardomänen", "avsändarens adress", "avsändarens domän" },
        " ", { "finns inte", "existerar inte", "hittades inte", "är okänd", "är ogiltig", "nekades", "avvisades" }),
      "okänd avsändare", "ogiltig avsändare", "ogiltig avsändaradress"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Avsändardomänen finns inte", "550 5.1.7 Ogiltig avsändaradress" },
  },

  -- The sending IP on a blocklist: MailScanner's "en server som är svartlistad(RBL)", and the
  -- general words.
  {
    id = "lang.sv.blocklisted",
    priority = 70,
    match = phrases.join(
      "svartlist", "spärrlista", "blockeringslista",
      phrases.combine({ "ip-adressen", "din ip-adress", "er ip-adress" }, " ", { "", "är ", "har " },
        { "blockerad", "spärrad", "blockerats", "spärrats" })),
    category = "blocklisted",
    examples = {
      "Meddelandet mottogs från en server som är svartlistad som dåligt konfigurerad eller missbrukas för skräppost.",
      "554 5.7.1 Din IP-adress är blockerad",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.sv.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", an account noun and a state, anywhere in the reply
    match = { { "tillfälligt" }, phrases.join(ACCOUNT_NEUTER, "brevlådan", "postlådan", "e-postlådan", "brevlåda"),
      phrases.join(INACTIVE_NEUTER, INACTIVE_COMMON, INACTIVE_PERFECT) },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Kontot är tillfälligt spärrat", "550 Brevlådan har tillfälligt stängts av" },
  },

  -- Mailbox full: "mottagarens postlåda är full", quota and storage wording.
  {
    id = "lang.sv.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "brevlådan", "postlådan", "e-postlådan", "inkorgen", "mottagarens brevlåda", "mottagarens postlåda",
        "mottagarens inkorg", "användarens brevlåda", "användarens postlåda" }, { " är full", " är överfull", " full" }),
      "full brevlåda", "full postlåda", "full inkorg",
      phrases.combine({ "kvoten", "lagringskvoten", "lagringsutrymmet" }, " ", { "har överskridits", "är överskriden", "är full",
        "är fullt", "är slut" }),
      "kvot överskriden", "överskridit sin kvot", "har överskridit kvoten", "otillräckligt lagringsutrymme"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.",
      "452 4.2.2 Brevlådan full",
      "552 Kvoten har överskridits",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.sv.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine(ACCOUNT_NEUTER, { " ", " är " }, INACTIVE_NEUTER),
      phrases.combine(ACCOUNT_COMMON, { " ", " är " }, INACTIVE_COMMON),
      phrases.combine(phrases.join(ACCOUNT_NEUTER, ACCOUNT_COMMON), " har ", INACTIVE_PERFECT),
      phrases.combine({ "avstängt", "inaktiverat", "spärrat", "stängt", "avslutat", "inaktivt", "låst" }, " konto"),
      phrases.combine({ "avstängd", "inaktiverad", "spärrad", "stängd", "inaktiv", "låst" }, " ", { "brevlåda", "postlåda" })),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Kontot är avstängt", "550 Brevlådan har inaktiverats", "550 5.2.1 Inaktivt konto" },
  },

  -- The recipient's domain: host or domain unknown, no MX.
  {
    id = "lang.sv.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domänen", "domännamnet", "mottagardomänen", "värden", "värddatorn" }, " ",
        { "finns inte", "existerar inte", "hittades inte", "kunde inte hittas", "är okänd", "är ogiltig" }),
      "okänd domän", "ogiltig domän", "okänd värd", "okänt värdnamn", "okänd värddator", "mx-post saknas"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Domänen finns inte", "554 5.4.4 Okänd domän: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.sv.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("för många ", { "anslutningar", "samtidiga anslutningar", "meddelanden", "e-postmeddelanden", "mejl",
        "förbindelser" }),
      "skickar för snabbt", "för snabbt"),
    category = "rate_limited",
    examples = { "421 4.7.0 För många anslutningar från din IP-adress", "450 4.7.1 För många meddelanden på kort tid" },
  },

  -- Content judged spam: Microsoft's and MailScanner's word "skräppost" ("Skräppost blockerat",
  -- "Vårt SPAM-skydd har blockerat ett meddelande ni skickat"), and the general words.
  {
    id = "lang.sv.spam_content",
    priority = 35,
    match = phrases.join(
      "skräppost", "spam-skydd", "spamskydd", "oönskad e-post", "oönskad post",
      phrases.combine({ "klassats", "klassades", "bedömts", "bedömdes", "identifierats", "identifierades", "märkts",
        "märktes", "markerats", "markerades" }, " som spam")),
    category = "spam_content",
    examples = {
      "Vårt SPAM-skydd har blockerat ett meddelande ni skickat.",
      "550 5.7.1 Meddelandet klassades som skräppost",
      "554 Meddelandet bedömdes som spam",
    },
  },

  -- The mailbox does not exist: Microsoft's "E-postadressen du skickade meddelandet till finns
  -- inte eller kunde inte hittas", and the general words (a recipient noun and "does not exist /
  -- not found / unknown").
  {
    id = "lang.sv.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine(RECIPIENT, " ", UNKNOWN),
      "skickade meddelandet till finns inte",
      phrases.combine({ "okänd", "ogiltig" }, " ", { "mottagare", "användare", "adress", "e-postadress", "mottagaradress" }),
      phrases.combine("ingen sådan ", { "användare", "mottagare", "brevlåda", "postlåda", "adress" }),
      "det finns ingen användare", "det finns ingen mottagare"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Mottagaren finns inte",
      "E-postadressen du skickade meddelandet till finns inte eller kunde inte hittas.",
      "550 5.1.1 <user@example.se>: Okänd användare",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.sv.network_error",
    priority = 16,
    match = phrases.join(
      phrases.combine("anslutningen ", { "nekades", "avvisades", "bröts", "avbröts", "tog för lång tid" }),
      "anslutning nekad", "tidsgränsen överskreds", "tidsgräns överskriden", "kunde inte ansluta",
      "det gick inte att ansluta", "servern svarar inte", "servern kan inte nås", "nätverksfel"),
    category = "network_error",
    examples = { "451 4.4.1 Tidsgränsen överskreds vid anslutning till mx.example.se", "Anslutningen nekades av mx.example.se" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.sv.system_error",
    priority = 15,
    match = {
      "tillfälligt fel", "tillfälligt problem", "internt fel", "internt serverfel", "systemfel", "lokalt fel",
      "tjänsten är inte tillgänglig", "tjänsten är tillfälligt otillgänglig", "tillfälligt otillgänglig",
      "servern är överbelastad", "servern är upptagen",
    },
    category = "system_error",
    examples = { "451 4.3.0 Tillfälligt fel, försök igen senare", "421 Tjänsten är inte tillgänglig" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Swedish words.
  {
    id = "lang.sv.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine("leveransen ", { "är fördröjd", "är försenad", "har fördröjts", "har försenats", "fördröjd" }),
      "leverans fördröjd", "fördröjd leverans", "försenad leverans", "meddelandet har ännu inte levererats",
      "meddelandet har inte levererats ännu", "du behöver inte skicka meddelandet igen",
      "du behöver inte skicka om meddelandet", "detta är bara en varning", "detta är endast en varning"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Leveransen är fördröjd till de här mottagarna: user@example.se. Du behöver inte skicka meddelandet igen." },
  },

  -- Outlook's Swedish automatic reply ("Automatiskt svar:"), the "Autosvar:" subject that bounce
  -- filters in public code treat as an absence notice, and the words of one.
  {
    id = "lang.sv.auto_reply",
    priority = 90,
    match = {
      "automatiskt svar", "autosvar:", "frånvaromeddelande", "jag är frånvarande", "inte på kontoret",
      "åter på kontoret", "tillbaka på kontoret", "jag har semester", "jag är på semester", "jag är tjänstledig",
    },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automatiskt svar: Jag är på semester till den 5 maj." },
  },

  -- Size: the general words ("meddelandet är för stort").
  {
    id = "lang.sv.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "meddelandet", "e-postmeddelandet", "mejlet" }, " ", { "är för stort", "för stort" }),
      "bilagan är för stor", "bilagan för stor", "för stort meddelande",
      phrases.combine({ "meddelandets storlek", "storleken" }, " överskrider"),
      "överskrider den maximala storleken", "maximal meddelandestorlek"),
    category = "message_too_large",
    examples = { "552 5.3.4 Meddelandet är för stort", "552 Meddelandets storlek överskrider gränsen" },
  },

  -- Malware: MailScanner's "Varning, e-post virus detekterat", "Infekterade delar har inte
  -- levererats", "ej godkänd bilaga", and the general words.
  {
    id = "lang.sv.malicious_content",
    priority = 51,
    match = {
      "virus detekterat", "virus upptäckt", "innehåller virus", "infekterade delar", "infekterad bilaga", "skadlig kod",
      "skadlig programvara", "skadligt innehåll", "ej godkänd bilaga", "otillåten bilaga",
    },
    category = "malicious_content",
    examples = { "Varning, e-post virus detekterat", "Infekterade delar har inte levererats till mottagaren." },
  },

  -- Microsoft's Swedish "Åtkomst nekad" with nothing more: an opaque policy refusal.
  {
    id = "lang.sv.policy_block",
    priority = 12,
    match = { "åtkomst nekad", "åtkomst nekas" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Åtkomst nekad" },
  },

  -- "Try again later" in Swedish: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.sv.try_later",
    priority = 10,
    match = { "försök igen senare", "försök senare", "prova igen senare", "försök igen om en stund" },
    category = "system_error",
    type = "soft",
    examples = { "451 Försök igen senare" },
  },

  -- A content filter's report to the sender, in Swedish: MailScanner's translated reports
  -- (reports/se/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.sv.malicious_content.scanner",
    priority = 51,
    match = { "infekterad med virus", "inte av en typ som domänen godkänner" },
    category = "malicious_content",
    examples = { "En eller flera bilagor är inte av en typ som domänen godkänner." },
  },
  {
    id = "lang.sv.message_noncompliant.not_analysed",
    priority = 49,
    match = { "misslyckades med att analysera" },
    category = "message_noncompliant",
    examples = { "Virusscannern misslyckades med att analysera följande meddelande:" },
  },
  {
    id = "lang.sv.policy_block.quarantine",
    priority = 13,
    match = { "i karantän" },
    category = "policy_block",
    examples = { "Meddelandet har satts i karantän." },
  },

  -- A mailing list that takes posts from its subscribers only, or refuses this poster's, in
  -- Swedish: ezmlm-idx's translations (lang/sv/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS),
  -- written as the words any list manager uses for the same.
  {
    id = "lang.sv.recipient_policy.list_member",
    priority = 45,
    match = { "endast prenumeranter", "endast medlemmar", "tillåter inte dina meddelanden",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/sv/LC_MESSAGES/mailman.po)
      "från icke-medlem" },
    category = "recipient_policy",
    examples = { "Tyvärr, endast prenumeranter får posta." },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/sv.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.sv.mailbox_full.limit",
    priority = 43,
    match = { "kvot för brevlåda", "brevlådans kvot" },
    category = "mailbox_full",
    examples = { "kvot för brevlåda överstigen för denna mottagare" },
  },
  {
    id = "lang.sv.mailbox_full.limit_words",
    priority = 43,
    match = { { "maximal storlek" }, { "brevlåda" } },
    category = "mailbox_full",
    examples = { "meddelande skulle överskrida maximal storlek för den här mottagarens brevlåda" },
  },
}
