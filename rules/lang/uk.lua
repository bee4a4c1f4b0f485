-- Ukrainian wording of bounces and replies. Sources, per family below: Outlook's Ukrainian
-- automatic reply ("Автоматична відповідь:") and Microsoft's Ukrainian terms ("поштова скринька"
-- for mailbox, "обліковий запис" for account, "зловмисне програмне забезпечення" for malware,
-- "Доступ заборонено" for access denied); and the general Ukrainian words for each cause (a
-- recipient noun and its state), which any Ukrainian-speaking MTA or hoster (Ukr.net, i.ua,
-- hosters' Exim and ISPmanager setups) puts in its own sentence. Russian words (ru.lua) are
-- spelt otherwise ("пользователь", "ящик", "черный список"); the few alike ("спам", "служба
-- недоступна") stay ru.lua's. The apostrophe of "з'єднання" is typed as ', ’ (both read ') or ʼ
-- (U+02BC), so each phrase with one is listed both ways (with_apostrophes). Literal phrases only;
-- priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Each phrase, and the same with the modifier-letter apostrophe ʼ.
local function with_apostrophes(list)
  local out = {}
  for _, p in ipairs(list) do
    out[#out + 1] = p
    local other = p:gsub("'", "ʼ")
    if other ~= p then out[#out + 1] = other end
  end
  return out
end

-- Nominative and accusative ("поштову скриньку не знайдено"): a state may follow either.
local RECIPIENT = {
  "користувач", "користувача", "одержувач", "одержувача", "адресат", "адресата", "адреса", "адресу",
  "адреса електронної пошти", "адресу електронної пошти", "поштова скринька", "поштову скриньку", "скринька",
  "скриньку", "обліковий запис", "акаунт",
}
-- The account and its state: the impersonal form after any case ("обліковий запис
-- заблоковано", "поштову скриньку вимкнено"), the adjective after the nominative ("поштова
-- скринька була вимкнена").
local ACCOUNT = {
  "обліковий запис", "акаунт", "поштова скринька", "поштову скриньку", "скринька", "скриньку", "користувач",
  "користувача",
}
local ACCOUNT_NOMINATIVE = { "обліковий запис", "акаунт", "поштова скринька", "скринька", "користувач" }
local INACTIVE_IMPERSONAL = { "заблоковано", "вимкнено", "деактивовано", "призупинено", "видалено", "закрито" }
local INACTIVE = {
  "заблокований", "заблокована", "вимкнений", "вимкнена", "деактивований", "деактивована", "призупинений",
  "призупинена", "неактивний", "неактивна",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.uk.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "адреса відправника", "адресу відправника", "домен відправника", "відправник", "відправника" }, " ",
        { "не існує", "не знайдено", "недійсна", "недійсний", "невідомий", "невідома", "відхилено" }),
      "невідомий відправник", "недійсний відправник", "неправильна адреса відправника"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Домен відправника не існує", "550 5.1.7 Невідомий відправник" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.uk.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "чорний", "чорному", "чорного", "чорних" }, " ", { "список", "списку", "списках", "списків" }),
      "список блокування", "списку блокування",
      phrases.combine({ "ip-адресу", "ip-адреса", "вашу ip-адресу", "ip" }, " ", { "заблоковано", "заблокована" })),
    category = "blocklisted",
    examples = { "554 5.7.1 Вашу IP-адресу заблоковано", "550 5.7.1 Сервер у чорному списку" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.uk.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", the account and its state, anywhere in the reply
    match = { { "тимчасово" }, ACCOUNT, phrases.join(INACTIVE_IMPERSONAL, INACTIVE) },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Обліковий запис тимчасово заблоковано" },
  },

  -- Mailbox full: "поштова скринька переповнена", quota and storage wording.
  {
    id = "lang.uk.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "поштова скринька", "поштову скриньку", "скринька", "скриньку", "скринька одержувача",
        "поштова скринька одержувача" }, " ", { "переповнена", "переповнено", "заповнена" }),
      "переповнена скринька", "переповнена поштова скринька", "квоту перевищено", "перевищено квоту", "перевищення квоти",
      "недостатньо місця в скриньці"),
    category = "mailbox_full",
    examples = { "552 5.2.2 Поштова скринька одержувача переповнена", "452 4.2.2 Квоту перевищено" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.uk.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine(ACCOUNT, " ", INACTIVE_IMPERSONAL),
      phrases.combine(ACCOUNT_NOMINATIVE, { " ", " був ", " була " }, INACTIVE)),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Обліковий запис заблоковано", "550 Поштова скринька вимкнена", "550 5.2.1 Акаунт деактивовано" },
  },

  -- The recipient's domain: host or domain unknown, no MX.
  {
    id = "lang.uk.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "домен", "хост" }, " ", { "не існує", "не знайдено" }),
      phrases.combine({ "невідомий", "недійсний", "неіснуючий" }, " ", { "домен", "хост" }),
      "mx-запис не знайдено", "немає mx-запису"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Домен не існує", "554 5.4.4 Невідомий домен: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.uk.rate_limited",
    priority = 36,
    match = with_apostrophes(phrases.join(
      phrases.combine({ "забагато", "занадто багато" }, " ", { "з'єднань", "підключень", "повідомлень", "листів" }),
      "надто швидко")),
    category = "rate_limited",
    examples = { "421 4.7.0 Забагато з'єднань з вашої IP-адреси", "450 4.7.1 Занадто багато листів за короткий час" },
  },

  -- Content judged spam: the general words ("спам" alone is ru.lua's, the word being the same).
  {
    id = "lang.uk.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine({ "розпізнано як", "позначено як", "класифіковано як", "визначено як", "схоже на", "підозра на" },
        " спам"),
      "визнано спамом", "є спамом", "небажана пошта", "небажаний лист", "небажане повідомлення"),
    category = "spam_content",
    examples = { "550 5.7.1 Повідомлення розпізнано як спам", "554 Лист відхилено: небажана пошта" },
  },

  -- The mailbox does not exist: the general words (a recipient noun and "does not exist / not
  -- found / unknown").
  {
    id = "lang.uk.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine(RECIPIENT, " ", { "не існує", "не знайдено", "не зареєстровано" }),
      phrases.combine({ "невідомий", "недійсний" }, " ", { "користувач", "одержувач", "адресат" }),
      "невідома адреса", "недійсна адреса", "такого користувача не існує", "такої скриньки не існує"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Користувача не знайдено",
      "550 5.1.1 Поштова скринька не існує",
      "550 5.1.1 <user@example.ua>: Невідомий одержувач",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.uk.network_error",
    priority = 16,
    match = with_apostrophes({
      "з'єднання відхилено", "у з'єднанні відмовлено", "час очікування вичерпано", "час очікування минув",
      "не вдалося з'єднатися", "не вдалося підключитися", "з'єднання розірвано", "з'єднання перервано",
      "сервер не відповідає", "сервер недоступний", "помилка мережі", "мережева помилка",
    }),
    category = "network_error",
    examples = { "451 4.4.1 Час очікування вичерпано під час з'єднання з mx.example.ua", "З’єднання відхилено: mx.example.ua" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.uk.system_error",
    priority = 15,
    match = {
      "тимчасова помилка", "тимчасова проблема", "тимчасовий збій", "внутрішня помилка", "системна помилка",
      "сервіс недоступний", "сервіс тимчасово недоступний", "тимчасово недоступний", "тимчасово недоступна",
      "сервер перевантажений", "сервер зайнятий",
    },
    category = "system_error",
    examples = { "451 4.3.0 Тимчасова помилка, спробуйте пізніше", "421 Сервіс тимчасово недоступний" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Ukrainian words.
  {
    id = "lang.uk.delivered.delayed",
    priority = 91,
    match = {
      "доставку затримано", "доставка затримується", "затримка доставки", "повідомлення ще не доставлено",
      "лист ще не доставлено", "не потрібно повторно надсилати", "це лише попередження",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Затримка доставки: повідомлення ще не доставлено до user@example.ua. Не потрібно повторно надсилати його." },
  },

  -- Outlook's Ukrainian automatic reply ("Автоматична відповідь:") and the words of an absence
  -- notice.
  {
    id = "lang.uk.auto_reply",
    priority = 90,
    match = { "автоматична відповідь", "поза офісом", "я у відпустці", "я в відпустці", "я у відрядженні" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Автоматична відповідь: Я у відпустці до 5 травня." },
  },

  -- Size: the general words ("повідомлення завелике").
  {
    id = "lang.uk.message_too_large",
    priority = 52,
    match = {
      "повідомлення завелике", "повідомлення занадто велике", "лист завеликий", "лист занадто великий",
      "вкладення завелике", "вкладення занадто велике", "розмір повідомлення перевищує", "розмір листа перевищує",
      "перевищує максимальний розмір", "максимальний розмір повідомлення",
    },
    category = "message_too_large",
    examples = { "552 5.3.4 Повідомлення завелике", "552 Розмір листа перевищує ліміт" },
  },

  -- Malware: Microsoft's "зловмисне програмне забезпечення", and the general words.
  {
    id = "lang.uk.malicious_content",
    priority = 51,
    match = {
      "виявлено вірус", "містить вірус", "зловмисне програмне забезпечення", "шкідливе програмне забезпечення",
      "шкідливий вміст", "шкідливе вкладення", "інфікован",
    },
    category = "malicious_content",
    examples = { "554 5.7.1 Лист містить вірус" },
  },

  -- Microsoft's Ukrainian "Доступ заборонено" with nothing more: an opaque policy refusal.
  {
    id = "lang.uk.policy_block",
    priority = 12,
    match = { "доступ заборонено", "у доступі відмовлено" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Доступ заборонено" },
  },

  -- "Try again later" in Ukrainian: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.uk.try_later",
    priority = 10,
    match = { "спробуйте пізніше", "спробуйте ще раз пізніше", "повторіть спробу пізніше", "спробуйте знову пізніше" },
    category = "system_error",
    type = "soft",
    examples = { "451 Будь ласка, спробуйте пізніше" },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/uk.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.uk.mailbox_full.limit",
    priority = 43,
    match = { "обмеження розміру скриньки", "перевищено квоту", "вичерпано квоту" },
    category = "mailbox_full",
    examples = { "вичерпано обмеження розміру скриньки для цього одержувача" },
  },
  -- ... and "no such user" (po/uk.po)
  {
    id = "lang.uk.recipient_unknown.no_such_user",
    priority = 40,
    match = { "немає такого користувача" },
    category = "recipient_unknown",
    examples = { "немає такого користувача" },
  },
}
