-- Russian wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Russian NDR texts ("Не удалось найти введенный адрес электронной почты", "Почтовый
-- ящик получателя переполнен"), Gmail's Russian notice ("Адрес не найден"), and the general
-- Russian words for each cause (a recipient noun and its state). Mail.ru's and Yandex's SMTP
-- replies are English and live in rules/providers/; their Russian notices ("Ваше письмо не может
-- быть доставлено") name no cause. Both е and ё spellings are listed. Priorities follow the scale
-- in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "пользователь", "получатель", "адресат", "адрес", "адрес получателя", "адрес электронной почты", "почтовый ящик",
  "ящик", "аккаунт", "учетная запись", "учётная запись", "имя пользователя",
}
-- "был", "была": the verb before a state
local WAS = { "", "был ", "была ", "было " }
-- whose it is ("ящик получателя")
local OF = { "", " получателя", " пользователя", " адресата" }
local UNKNOWN = {
  "не найден", "не найдена", "не существует", "неизвестен", "неизвестна", "не зарегистрирован", "не зарегистрирована",
  "недействителен", "недействительна",
}
local INACTIVE = {
  "заблокирован", "заблокирована", "отключен", "отключена", "отключён", "деактивирован", "деактивирована", "неактивен",
  "неактивна", "приостановлен", "приостановлена", "закрыт", "закрыта", "заморожен", "заморожена", "удален", "удалён",
  "удалена",
  -- the state in two words ("ящик не активен"), as Mail.ru's and Rambler's notices write it
  "не активен", "не активна", "не активирован", "не активирована",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.ru.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "отправитель", "адрес отправителя", "домен отправителя" }, " ",
        { "не найден", "не существует", "неизвестен", "недействителен", "отклонен", "отклонён", "неверный",
          "некорректен" }),
      "неизвестный отправитель", "недопустимый отправитель", "неверный адрес отправителя",
      "несуществующий домен отправителя"),
    category = "sender_invalid",
    examples = {
      "553 5.1.8 <info@example.invalid>: домен отправителя не существует",
      "550 5.1.7 неверный адрес отправителя",
    },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.ru.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "черный", "чёрный", "черном", "чёрном", "черные", "чёрные", "черных", "чёрных" }, " ",
        { "список", "списке", "списки", "списках" }),
      phrases.combine({ "ip-адрес", "ip адрес", "ip" }, " ", { "", "был ", "находится " },
        { "заблокирован", "в списке", "в списках" }),
      "списке блокировки", "списках блокировки", "список блокировки"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 Ваш IP-адрес находится в черном списке (zen.example.org)",
      "550 5.7.1 Ваш IP заблокирован за рассылку спама",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.ru.recipient_inactive.temporary",
    priority = 43,
    match = { "временно" },
    pattern = phrases.sequence(RECIPIENT, OF, " ", WAS, "временно ", INACTIVE),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 почтовый ящик временно заблокирован", "550 5.2.1 <user@example.ru>: аккаунт временно заблокирован" },
  },

  -- Mailbox full: Exchange's "Почтовый ящик получателя переполнен", quota wording.
  {
    id = "lang.ru.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine("ящик", OF, " ", { "переполнен", "заполнен", "полон", "полностью заполнен" }),
      phrases.combine({ "превышена", "превышен" }, " ",
        { "квота", "квота почтового ящика", "размер почтового ящика", "лимит почтового ящика", "объем почтового ящика",
          "объём почтового ящика" }),
      "квота превышена", "превышение квоты", "недостаточно места в почтовом ящике", "нет места в почтовом ящике",
      "нет свободного места в ящике", "переполнен почтовый ящик"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 Почтовый ящик получателя переполнен и не может сейчас принимать сообщения.",
      "452 4.2.2 ящик переполнен",
      "552 превышена квота почтового ящика user@example.ru",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.ru.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", WAS, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 <user@example.ru>: аккаунт заблокирован",
      "550 5.2.1 Почтовый ящик отключен",
      "550 5.2.1 <user@example.ru>: пользователь был удален",
      "550 Ящик не активен",
    },
  },
  -- The same state before its noun.
  {
    id = "lang.ru.recipient_inactive.named",
    priority = 42,
    match = phrases.combine({ "неактивный", "заблокированный", "отключенный", "отключённый", "удаленный", "удалённый" },
      " ", { "ящик", "почтовый ящик", "аккаунт", "пользователь" }),
    category = "recipient_inactive",
    examples = { "550 5.2.1 <user@example.ru>: неактивный почтовый ящик" },
  },

  -- The recipient's domain: Gmail's "домен example.invalid не найден", host/domain unknown, no MX.
  {
    id = "lang.ru.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "домен", "домен получателя", "хост" }, " ",
        { "не найден", "не существует", "неизвестен", "не зарегистрирован" }),
      "неизвестный домен", "несуществующий домен", "неизвестный хост", "не удалось найти домен", "нет mx-записи",
      "нет mx записи", "отсутствует mx-запись", "отсутствует mx запись"),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 домен не существует",
      "554 5.4.4 example.invalid: неизвестный домен",
    },
  },
  -- The same state before its noun.
  {
    id = "lang.ru.domain_invalid.named",
    priority = 41,
    match = { { "домен" }, { "не найден", "не существует" } },
    pattern = [[ "домен " [^ ]+ " не " ("найден" / "существует") ]],
    category = "domain_invalid",
    examples = {
      "Ваше сообщение не доставлено получателю user@example.invalid: домен example.invalid не найден. Проверьте, нет ли в адресе опечаток или лишних пробелов.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.ru.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("слишком много ", { "соединений", "подключений", "сообщений", "писем" }),
      "слишком частые", "слишком быстро", "превышена частота", "превышена скорость", "ограничение скорости",
      "лимит соединений", "лимит подключений", "превышен лимит соединений", "превышен лимит подключений"),
    category = "rate_limited",
    examples = {
      "421 4.7.0 mx.example.ru: слишком много соединений с вашего IP, попробуйте позже",
      "450 4.7.1 слишком много писем за короткое время",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its Russian SMTP error page gives it (knowledge.workspace.google.com, "Gmail SMTP errors
  -- and codes", hl=ru: "Пользователь, с которым вы пытаетесь связаться, получает электронные письма
  -- слишком быстро"), and the same verb with "слишком много" (the recipient gets too much).
  {
    id = "lang.ru.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine("получает ", { "электронные письма", "письма", "сообщения", "почту" }, " слишком ",
        { "быстро", "часто" }),
      phrases.combine("получает слишком много ", { "писем", "сообщений", "почты" })),
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 Пользователь, с которым вы пытаетесь связаться, получает электронные письма слишком быстро. Пожалуйста, отправьте сообщение повторно позже.",
      "450 4.2.1 Получатель получает слишком много писем, повторите попытку позже",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.ru.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine({ "признано", "признан", "признано как", "расценено как", "распознано как", "определено как",
          "классифицировано как", "отклонено как", "помечено как", "похоже на", "подозрение на" }, " спам"),
      "спамом", "спам-фильтр", "спам фильтр", "антиспам", "нежелательная почта", "нежелательное письмо",
      "нежелательное сообщение", "нежелательный контент"),
    category = "spam_content",
    examples = {
      "550 5.7.1 Сообщение отклонено: похоже на спам",
      "554 5.7.1 письмо признано спамом",
    },
  },
  -- "спам" alone: the Russian word for spam is the same in every vendor's wording.
  {
    id = "lang.ru.spam_content.word",
    priority = 33,
    match = "спам",
    category = "spam_content",
    examples = { "550 5.7.1 Отклонено: спам" },
  },

  -- The mailbox does not exist: Exchange's "Не удалось найти введенный адрес электронной
  -- почты", Gmail's "Адрес не найден", the Russian words for "no such user".
  {
    id = "lang.ru.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "не удалось найти введенный адрес", "не удалось найти введённый адрес", "не удалось найти адрес",
      phrases.combine({ "неизвестный", "несуществующий" }, " ",
        { "пользователь", "получатель", "адресат", "адрес", "почтовый ящик", "ящик", "аккаунт" }),
      phrases.combine("нет такого ", { "пользователя", "ящика", "адреса", "адресата" }),
      phrases.combine("такого ", { "пользователя", "ящика", "адреса", "адресата" }, " нет"),
      phrases.combine({ "адресата", "получателя", "пользователя", "ящика" }, " не существует")),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Не удалось найти введенный адрес электронной почты. Проверьте адрес электронной почты получателя и попробуйте отправить сообщение повторно.",
      "550 5.1.1 <user@example.ru>: нет такого пользователя",
      "550 5.1.1 <user@example.ru>: такого ящика нет",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.ru.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Пользователь не найден",
      "Адрес не найден. Ваше сообщение не доставлено получателю user@example.ru: адрес не найден или не может принимать почту.",
      "550 5.1.1 <user@example.ru>: почтовый ящик не существует",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.ru.network_error",
    priority = 16,
    match = {
      "соединение отклонено", "в соединении отказано", "соединение разорвано", "соединение прервано",
      "соединение сброшено", "таймаут", "тайм-аут", "время ожидания истекло", "истекло время ожидания",
      "превышено время ожидания", "не удалось подключиться", "не удается подключиться", "не удаётся подключиться",
      "не удалось установить соединение", "ошибка соединения", "ошибка подключения", "сетевая ошибка", "ошибка сети",
      "хост недоступен", "сервер недоступен", "нет ответа от сервера", "нет маршрута",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 истекло время ожидания соединения с mx.example.ru",
      "не удалось подключиться к mx.example.ru[192.0.2.3]: соединение отклонено",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.ru.system_error",
    priority = 15,
    match = {
      "временная ошибка", "временный сбой", "временная неисправность", "внутренняя ошибка", "системная ошибка",
      "ошибка системы", "локальная ошибка", "сервис недоступен", "сервис временно недоступен", "служба недоступна",
      "служба временно недоступна", "временно недоступен", "временно недоступна", "сервер перегружен", "сервер занят",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 временная ошибка, попробуйте позже",
      "421 Сервис временно недоступен",
    },
  },

  -- Exchange's and Exchange Online's Russian delay notice ("Доставка следующим получателям или
  -- группам задерживается"), Mail.ru's and Yandex's queue warnings ("доставка письма
  -- задерживается", "попытки доставки будут продолжены"), and the general words of a warning
  -- that needs no resend.
  {
    id = "lang.ru.delivered.delayed",
    priority = 91,
    match = phrases.join(
      "доставка задерживается", "задержка доставки", "доставка отложена", "доставка не завершена",
      "группам задерживается", "письма задерживается", "сообщения задерживается",
      "попытки доставки будут продолжены", "будут продолжены попытки", "повторно отправлять не нужно",
      "не нужно отправлять повторно", "не нужно отправлять сообщение повторно", "это только предупреждение"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Доставка следующим получателям или группам задерживается: user@example.ru",
      "Доставка письма задерживается. Попытки доставки будут продолжены.",
    },
  },

  -- Outlook's and Exchange's Russian automatic reply ("Автоматический ответ:"), Mail.ru's and
  -- Yandex's autoresponder, and the words of an absence notice.
  {
    id = "lang.ru.auto_reply",
    priority = 90,
    match = { "автоматический ответ", "автоответ", "автоответчик", "нахожусь в отпуске", "вне офиса" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Автоматический ответ: Я нахожусь в отпуске до 5 мая." },
  },

  -- Size: Exchange's Russian 5.3.4 ("Сообщение слишком велико"), Mail.ru's and Yandex's size
  -- refusals ("письмо слишком большое", "превышен максимальный размер письма"), and the general
  -- words.
  {
    id = "lang.ru.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "сообщение", "письмо", "вложение" }, " слишком ", { "большое", "велико", "большой" }),
      phrases.combine({ "размер сообщения", "размер письма", "размер вложения" }, " ",
        { "превышает", "превышен", "слишком большой", "больше" }),
      phrases.combine("превышен ", { "максимальный", "допустимый" }, " размер"),
      phrases.combine("превышает ", { "максимальный", "допустимый" }, " размер"),
      "слишком большой размер"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 Сообщение слишком велико",
      "552 Размер письма превышает допустимый",
      "552 Превышен максимальный размер письма",
    },
  },

  -- Malware in Russian words: a virus found, an infected attachment.
  {
    id = "lang.ru.malicious_content",
    priority = 51,
    match = { "обнаружен вирус", "содержит вирус", "содержится вирус", "вирус обнаружен", "заражен", "заражён",
      "вредоносн" },
    category = "malicious_content",
    examples = { "554 5.7.1 В сообщении обнаружен вирус", "550 Письмо содержит вредоносное вложение" },
  },

  -- Exchange's Russian "Доступ запрещен" with nothing more: an opaque policy refusal.
  {
    id = "lang.ru.policy_block",
    priority = 12,
    match = { "доступ запрещен", "доступ запрещён", "в доступе отказано" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Доступ запрещен" },
  },

  -- "Try again later" in Russian: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.ru.try_later",
    priority = 10,
    match = { "попробуйте позже", "повторите попытку позже", "попробуйте еще раз позже", "попробуйте ещё раз позже",
      "повторите позже" },
    category = "system_error",
    type = "soft",
    examples = { "451 Повторите попытку позже" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Russian
  -- words: the relay refusals of Russian hosters' MTAs.
  {
    id = "lang.ru.relay_denied",
    priority = 57,
    match = {
      "релей запрещен", "релей запрещён", "релеинг запрещен", "relay запрещен", "пересылка запрещена",
      "ретрансляция запрещена", "ретрансляция писем запрещена", "релей не разрешен",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 Релей запрещен" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Russian words.
  {
    id = "lang.ru.too_many_recipients",
    priority = 50,
    match = {
      "слишком много получателей", "превышено количество получателей", "превышено число получателей",
      "максимальное число получателей", "максимальное количество получателей",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Слишком много получателей" },
  },

  -- A post from a non-member to a members-only list: Mailman 2.1's hold reason ("Post by
  -- non-member to a members-only list", messages/ru/LC_MESSAGES/mailman.po: "Отправка сообщения
  -- в закрытый список с постороннего адреса").
  {
    id = "lang.ru.recipient_policy.members_only",
    priority = 45,
    match = { "в закрытый список", "с постороннего адреса" },
    category = "recipient_policy",
    examples = { "Отправка сообщения в закрытый список с постороннего адреса" },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/ru.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.ru.mailbox_full.limit",
    priority = 43,
    match = { "превысил квоту", "максимальный размер почтового ящика", "квоту на размер почтового ящика" },
    category = "mailbox_full",
    examples = { "пользователь превысил квоту на размер почтового ящика" },
  },
}
