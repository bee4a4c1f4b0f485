-- Polish wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Polish NDR texts ("Nie można odnaleźć wprowadzonego adresu e-mail", "Skrzynka
-- pocztowa adresata jest pełna"), Gmail's Polish notice ("Nie znaleziono adresu"), the help
-- pages of Interia (pomoc.poczta.interia.pl: the account "nie istnieje lub zostało
-- zablokowane", "przepełniona skrzynka", "konto zostało zawieszone") and Onet
-- (pomoc.poczta.onet.pl: "Docelowe konto nie istnieje", "Wiadomość oznaczona jako spam"), Polish
-- hosters' bounce guides (konto.pl: "nie ma takiego odbiorcy", "nie ma takiej skrzynki") and the
-- Polish reading of RFC 3463 (sare.pl: "Nie ma takiej domeny", "Nieaktywna skrzynka pocztowa").
-- Diacritics are often dropped, so both spellings are listed. Priorities follow the scale in
-- rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "użytkownik", "uzytkownik", "odbiorca", "adresat", "adres", "adres e-mail", "adres email", "adres odbiorcy",
  "konto", "docelowe konto", "konto docelowe", "skrzynka", "skrzynka pocztowa", "skrzynka odbiorcy",
}
-- "jest", "zostało", "został": the verb before a state
-- whose it is ("Konto odbiorcy"), and the verb before a state
local OF = { "", " odbiorcy", " adresata", " użytkownika", " uzytkownika" }
local IS = { "", "jest ", "zostało ", "zostalo ", "została ", "zostala ", "został ", "zostal " }
local UNKNOWN = {
  "nie istnieje", "nieznany", "nieznana", "nieznane", "nie został znaleziony", "nie zostal znaleziony",
  "nie została znaleziona", "nie zostala znaleziona", "nie zostało znalezione", "nieprawidłowy", "nieprawidlowy",
  "nieprawidłowa", "nieprawidlowa", "nieprawidłowe",
}
local INACTIVE = {
  "zablokowane", "zablokowana", "zablokowany", "zawieszone", "zawieszona", "zawieszony", "wyłączone", "wyłączona",
  "wyłączony", "wylaczone", "wylaczona", "dezaktywowane", "dezaktywowana", "nieaktywne", "nieaktywna", "nieaktywny",
  "zamknięte", "zamkniete", "zamknięta", "zamknieta", "usunięte", "usuniete", "usunięta", "usunieta", "zamrożone",
  "zamrozone",
}
local MAILBOX = { "skrzynka", "skrzynka pocztowa", "skrzynka odbiorcza" }
local FULL = { "pełna", "pelna", "przepełniona", "przepelniona", "zapełniona", "zapelniona" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.pl.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "nadawca", "adres nadawcy", "domena nadawcy" }, " ",
        { "nie istnieje", "nieznany", "nieznana", "nieprawidłowy", "nieprawidlowy", "nieprawidłowa", "nieprawidlowa",
          "odrzucony", "odrzucona" }),
      "nieznany nadawca", "nieprawidłowy nadawca", "niewłaściwy adres nadawcy", "niewlasciwy adres nadawcy",
      "nieprawidłowy adres nadawcy", "nieprawidlowy adres nadawcy"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Domena nadawcy nie istnieje", "550 5.1.7 Niewłaściwy adres nadawcy" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.pl.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "czarna lista", "czarnej liście", "czarnej liscie", "czarnych listach", "czarną listę",
          "czarna liste", "liście blokad", "liscie blokad", "lista blokad" }),
      phrases.combine("ip", " ", { "", "jest ", "zostało ", "zostalo ", "został ", "zostal " },
        { "zablokowany", "zablokowane" })),
    category = "blocklisted",
    examples = {
      "554 5.7.1 Twój adres IP znajduje się na czarnej liście (zen.example.org)",
      "550 5.7.1 Adres IP jest zablokowany za wysyłkę spamu",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.pl.recipient_inactive.temporary",
    priority = 43,
    match = { "tymczasowo" },
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, "tymczasowo ", INACTIVE),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Konto tymczasowo zablokowane", "550 Skrzynka została tymczasowo zawieszona" },
  },

  -- Mailbox full: Exchange's "Skrzynka pocztowa adresata jest pełna", Interia's "przepełniona
  -- skrzynka", konto.pl's "przekroczona powierzchnia skrzynki".
  {
    id = "lang.pl.mailbox_full",
    priority = 43,
    match = FULL,
    pattern = phrases.sequence(MAILBOX, OF, " ", { "", "jest " }, FULL),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Skrzynka pocztowa adresata jest pełna i nie może teraz przyjmować wiadomości.",
      "452 4.2.2 Skrzynka odbiorcy jest przepełniona",
    },
  },
  -- Quota and storage wording.
  {
    id = "lang.pl.mailbox_full.quota",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "pełna", "pelna", "przepełniona", "przepelniona", "przepełnioną", "pełną" }, " skrzyn"),
      phrases.combine({ "przekroczono", "przekroczony", "przekroczona" }, " ",
        { "limit miejsca", "limit skrzynki", "pojemność skrzynki", "pojemnosc skrzynki", "powierzchnia skrzynki",
          "powierzchnię skrzynki", "quota", "limit pojemności" }),
      "brak miejsca w skrzynce", "brak wolnego miejsca w skrzynce"),
    category = "mailbox_full",
    examples = { "552 przekroczona powierzchnia skrzynki odbiorczej", "452 Odbiorca ma przepełnioną skrzynkę" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.pl.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 <user@example.pl>: konto zostało zawieszone",
      "550 Konto jest zablokowane",
      "550 5.2.1 Konto odbiorcy zostało zablokowane",
    },
  },
  -- The same state before its noun.
  {
    id = "lang.pl.recipient_inactive.named",
    priority = 42,
    match = phrases.combine({ "nieaktywna", "nieaktywne", "zablokowane", "zawieszone", "wyłączona", "wylaczona" }, " ",
      { "skrzynka", "konto" }),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Nieaktywna skrzynka pocztowa" },
  },

  -- The recipient's domain: "Nie ma takiej domeny" (sare.pl), Gmail's "nie znaleziono domeny".
  {
    id = "lang.pl.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domena", "domena odbiorcy", "host" }, " ",
        { "nie istnieje", "nieznana", "nieznany", "nie została znaleziona", "nie zostala znaleziona", "nieprawidłowa",
          "nieprawidlowa" }),
      "nie ma takiej domeny", "nieznana domena", "nie znaleziono domeny", "brak rekordu mx", "brak rekordów mx",
      "brak rekordow mx"),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 Nie ma takiej domeny",
      "Twoja wiadomość nie została dostarczona do user@example.invalid, ponieważ nie znaleziono domeny example.invalid. Sprawdź, czy w adresie nie ma literówek lub zbędnych spacji, i spróbuj ponownie.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.pl.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine({ "zbyt wiele", "za dużo", "za duzo", "zbyt dużo", "zbyt duzo" }, " ",
        { "połączeń", "polaczen", "wiadomości", "wiadomosci" }),
      "zbyt szybko", "za szybko", "limit połączeń", "limit polaczen"),
    category = "rate_limited",
    examples = {
      "421 4.7.0 Zbyt wiele połączeń z Twojego adresu IP, spróbuj później",
      "450 4.7.1 Za dużo wiadomości w krótkim czasie",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.pl.spam_content",
    priority = 35,
    match = {
      -- "oznaczona jako spam / uznana za spam": the words after the verb carry it
      "jako spam", "za spam", "podejrzenie spamu", "podejrzana o spam", "podejrzany o spam", "wykryto spam",
      "filtr antyspamowy", "filtr spamowy", "niechciana wiadomość", "niechciana wiadomosc", "niechciana poczta",
    },
    category = "spam_content",
    examples = {
      "550 5.7.1 Wiadomość oznaczona jako spam",
      "554 5.7.1 Wiadomość została uznana za spam",
    },
  },

  -- The mailbox does not exist: Exchange's "Nie można odnaleźć wprowadzonego adresu e-mail",
  -- Gmail's "Nie znaleziono adresu", konto.pl's "nie ma takiego odbiorcy".
  {
    id = "lang.pl.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "nie można odnaleźć wprowadzonego adresu", "nie mozna odnalezc wprowadzonego adresu",
      phrases.combine("nie znaleziono ", { "adresu", "użytkownika", "uzytkownika", "odbiorcy", "adresata", "skrzynki",
        "konta" }),
      phrases.combine({ "nie ma takiego", "brak takiego" }, " ",
        { "użytkownika", "uzytkownika", "odbiorcy", "adresata", "adresu", "konta" }),
      phrases.combine({ "nie ma takiej", "brak takiej" }, " ", { "skrzynki", "skrzynki pocztowej" }),
      phrases.combine({ "nieznany", "nieistniejący", "nieistniejacy" }, " ",
        { "użytkownik", "uzytkownik", "odbiorca", "adresat", "adres" }),
      -- Interia's help (pomoc.poczta.interia.pl, nId 6589600: "Konto do którego próbujesz wysłać maila nie
      -- istnieje lub zostało zablokowane"), the clause between noun and state
      phrases.combine("nie istnieje lub ", { "zostało", "zostalo" }, " ", { "zablokowane", "usunięte", "usuniete" }),
      -- Microsoft's Polish help for NDR 5.1.10 (support.office.com pl-pl, article 5a04a25a: "Adres e-mail, na
      -- który wysłano wiadomość, nie istnieje lub nie można go było odnaleźć")
      phrases.combine("nie istnieje lub nie ", { "można", "mozna" }, " go ", { "", "było ", "bylo " },
        { "odnaleźć", "odnalezc", "znaleźć", "znalezc" })),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Nie można odnaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość.",
      "Nie znaleziono adresu. Twoja wiadomość nie została dostarczona do user@example.pl, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.",
      "550 5.1.1 <user@example.pl>: nie ma takiego odbiorcy",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.pl.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "jest " }, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Docelowe konto nie istnieje",
      "550 5.1.1 <user@example.pl>: użytkownik nie istnieje",
      "550 Adres odbiorcy jest nieprawidłowy",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.pl.network_error",
    priority = 16,
    match = {
      "połączenie odrzucone", "polaczenie odrzucone", "odmowa połączenia", "odmowa polaczenia",
      "przekroczono czas oczekiwania", "przekroczony czas oczekiwania", "upłynął limit czasu", "uplynal limit czasu",
      "utracono połączenie", "utracono polaczenie", "połączenie zerwane", "połączenie przerwane",
      "nie można połączyć", "nie mozna polaczyc", "błąd połączenia", "blad polaczenia", "błąd sieci", "blad sieci",
      "host nieosiągalny", "serwer nieosiągalny", "brak odpowiedzi serwera", "brak odpowiedzi od serwera",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 Przekroczono czas oczekiwania na połączenie z mx.example.pl",
      "Połączenie odrzucone przez mx.example.pl[192.0.2.3]",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.pl.system_error",
    priority = 15,
    match = {
      "błąd tymczasowy", "blad tymczasowy", "tymczasowy błąd", "tymczasowy blad", "chwilowy błąd", "chwilowy blad",
      "tymczasowy problem", "błąd wewnętrzny", "blad wewnetrzny", "wewnętrzny błąd", "wewnetrzny blad",
      "błąd systemu", "blad systemu", "błąd systemowy", "blad systemowy", "lokalny błąd", "usługa niedostępna",
      "usluga niedostepna", "tymczasowo niedostępna", "tymczasowo niedostepna", "tymczasowo niedostępny",
      "serwer przeciążony", "serwer przeciazony", "serwer zajęty",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 Tymczasowy błąd, spróbuj ponownie później",
      "421 Usługa tymczasowo niedostępna",
    },
  },

  -- Exchange's and Exchange Online's Polish delay notice ("Dostarczanie do tych adresatów lub grup
  -- jest opóźnione"), WP's, Onet's and Interia's queue warnings, and the general words of a
  -- warning that needs no resend.
  {
    id = "lang.pl.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine({ "dostarczanie", "dostarczenie", "doręczenie", "doreczenie" }, " ",
        { "", "jest ", "zostało " }, { "opóźnione", "opoznione", "wstrzymane" }),
      "lub grup jest opóźnione", "lub grup jest opoznione", "opóźnienie dostarczenia", "opoznienie dostarczenia", "opóźnienie w dostarczeniu",
      "opoznienie w dostarczeniu", "nie musisz ponownie wysyłać", "nie musisz ponownie wysylac",
      "nie trzeba ponownie wysyłać", "to jest tylko ostrzeżenie"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Dostarczanie do tych adresatów lub grup jest opóźnione: user@example.pl",
    },
  },

  -- Outlook's and Exchange's Polish automatic reply ("Odpowiedź automatyczna:"), WP's and Onet's
  -- autoresponder ("Autoodpowiedź"), and the words of an absence notice. Not the English
  -- "autoresponder", which names a program in a path or a pipe as often as a reply.
  {
    id = "lang.pl.auto_reply",
    priority = 90,
    match = { "automatyczna odpowiedź", "odpowiedź automatyczna", "autoodpowiedź", "poza biurem",
      "jestem na urlopie" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Automatyczna odpowiedź: Jestem poza biurem do 5 maja." },
  },

  -- Size: Exchange's Polish 5.3.4 ("Wiadomość jest za duża"), WP's, Onet's and Interia's size
  -- refusals, and the general words (maximum size exceeded).
  {
    id = "lang.pl.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "wiadomość", "wiadomosc", "e-mail", "załącznik", "zalacznik", "list" }, " ", { "", "jest " },
        { "za duża", "za duza", "za duży", "za duzy", "zbyt duża", "zbyt duza", "zbyt duży", "zbyt duzy" }),
      phrases.combine({ "rozmiar wiadomości", "rozmiar wiadomosci", "rozmiar listu", "rozmiar załącznika" }, " ",
        { "przekracza", "przekroczony", "jest za duży", "jest zbyt duży" }),
      phrases.combine("przekroczono ", { "maksymalny", "dopuszczalny" }, " rozmiar"),
      "zbyt duży rozmiar", "zbyt duzy rozmiar", "za duży rozmiar", "za duzy rozmiar"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 Wiadomość jest za duża",
      "552 Rozmiar wiadomości przekracza dopuszczalny limit",
    },
  },

  -- Malware in Polish words: a virus found, an infected attachment.
  {
    id = "lang.pl.malicious_content",
    priority = 51,
    match = { "wykryto wirusa", "zawiera wirusa", "zawiera wirus", "wirus wykryty", "zainfekowan",
      "złośliwe oprogramowanie", "zlosliwe oprogramowanie", "złośliwą zawartość" },
    category = "malicious_content",
    examples = { "554 5.7.1 Wiadomość zawiera wirusa", "550 Wykryto złośliwe oprogramowanie" },
  },

  -- Exchange's Polish "Odmowa dostępu" with nothing more: an opaque policy refusal.
  {
    id = "lang.pl.policy_block",
    priority = 12,
    match = { "odmowa dostępu", "odmowa dostepu", "dostęp zabroniony", "dostep zabroniony" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Odmowa dostępu" },
  },

  -- "Try again later" in Polish: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.pl.try_later",
    priority = 10,
    match = { "spróbuj później", "sprobuj pozniej", "spróbuj ponownie później", "spróbuj ponownie pozniej",
      "spróbuj jeszcze raz później", "spróbować później", "ponownie później" },
    category = "system_error",
    type = "soft",
    examples = { "451 Spróbuj ponownie później" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Polish
  -- words: the relay refusals of Polish hosters' MTAs.
  {
    id = "lang.pl.relay_denied",
    priority = 57,
    match = {
      "przekazywanie zabronione", "przekazywanie niedozwolone", "przekazywanie poczty jest zabronione",
      "relay zabroniony", "relaying zabroniony", "relay niedozwolony",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 Przekazywanie zabronione" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Polish words.
  {
    id = "lang.pl.too_many_recipients",
    priority = 50,
    match = {
      "zbyt wielu odbiorców", "zbyt wielu odbiorcow", "za dużo odbiorców", "za duzo odbiorcow",
      "zbyt wielu adresatów", "za dużo adresatów", "przekroczono liczbę odbiorców", "maksymalną liczbę odbiorców",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Zbyt wielu odbiorców" },
  },

  -- A mailing list that takes posts from its subscribers only, or refuses this poster's, in
  -- Polish: ezmlm-idx's translations (lang/pl/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS),
  -- written as the words any list manager uses for the same.
  {
    id = "lang.pl.recipient_policy.list_member",
    priority = 45,
    match = { "tylko prenumeratorzy", "tylko subskrybenci", "tylko członkowie", "odrzucać twoje listy",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/pl/LC_MESSAGES/mailman.po)
      "spoza zamkniętej listy" },
    category = "recipient_policy",
    examples = { "Przykro mi, ale tylko prenumeratorzy mogą wysyłać pocztę na listę..." },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/pl.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.pl.mailbox_full.limit",
    priority = 43,
    match = { "limit rozmiaru skrzynki", "dozwolony rozmiar skrzynki", "maksymalny rozmiar skrzynki" },
    category = "mailbox_full",
    examples = { "przekroczono limit rozmiaru skrzynki pocztowej tego odbiorcy" },
  },
}
