-- Spanish wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Spanish NDR texts ("No se encontró la dirección de correo electrónico", "El buzón del
-- destinatario está lleno"), Gmail's Spanish notice ("Dirección no encontrada"), Domino's
-- Spanish directory lookup ("no se encuentra en el Directorio de Domino"), and the general
-- Spanish words for each cause (a recipient noun and its state), in Spain's and Latin America's
-- words (buzón / casilla). Accents are often dropped, so both spellings are listed. Priorities
-- follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "usuario", "destinatario", "dirección", "direccion", "dirección de correo", "direccion de correo",
  "dirección de correo electrónico", "direccion de correo electronico", "dirección de destino", "buzón", "buzon",
  "casilla", "casilla de correo", "cuenta", "cuenta de correo",
  -- Gmail's Spanish notice heading, as Spanish guides quote it ("La cuenta de correo electrónico no existe")
  "cuenta de correo electrónico",
}
-- whose it is ("La cuenta del destinatario"), and the verb before a state
local OF = { "", " del destinatario", " del usuario", " de destino" }
local IS = { "", "está ", "esta ", "es ", "ha sido ", "fue ", "se encuentra " }
local UNKNOWN = {
  "desconocido", "desconocida", "inexistente", "no existe", "no encontrado", "no encontrada", "no válido", "no valido",
  "no válida", "no valida", "inválido", "invalido", "inválida", "invalida",
}
local INACTIVE = {
  "desactivada", "desactivado", "deshabilitada", "deshabilitado", "suspendida", "suspendido", "bloqueada", "bloqueado",
  "cerrada", "cerrado", "inactiva", "inactivo", "cancelada", "cancelado", "dada de baja", "dado de baja", "congelada",
  "eliminada", "eliminado",
  -- an account that lapsed unused ("Esta casilla ha expirado por falta de uso", as Spanish guides to
  -- returned mail quote Latin American providers)
  "ha expirado", "expirada", "expirado", "caducada", "caducado",
}
local TEMPORARILY = { "temporalmente", "provisionalmente" }
local DOMAIN_STATES = {
  "desconocido", "inexistente", "no existe", "no encontrado", "no válido", "no valido", "inválido", "invalido",
}
local MAILBOX = { "buzón", "buzon", "buzón de correo", "buzon de correo", "casilla", "casilla de correo", "bandeja de entrada" }
local FULL = { "lleno", "llena", "completo", "completa", "saturado", "saturada" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.es.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "remitente", "emisor" }, " ", { "", "es " },
        { "desconocido", "desconocida", "no válido", "no valido", "no válida", "no valida", "inválido", "invalido",
          "inválida", "invalida", "rechazado", "rechazada", "no existe", "inexistente" }),
      "remitente no permitido"),
    category = "sender_invalid",
    examples = { "553 5.1.8 Dominio del remitente inexistente", "550 5.1.7 Dirección del remitente no válida" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.es.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine("ip", " ", { "", "está ", "esta ", "ha sido " },
        { "bloqueada", "bloqueado", "listada" }),
      "lista negra", "listas negras", "lista de bloqueo", "listas de bloqueo"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 Su dirección IP está bloqueada: listada en zen.example.org",
      "550 5.7.1 IP bloqueada por envío de spam",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.es.recipient_inactive.temporary",
    priority = 43,
    match = TEMPORARILY,
    -- the adverb before the state or, as Spanish more often puts it, after it ("bloqueada
    -- temporalmente")
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, TEMPORARILY, " ", INACTIVE)
      + phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE, " ", TEMPORARILY),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = {
      "450 4.2.1 Cuenta temporalmente suspendida", "550 El buzón está temporalmente bloqueado",
      "550 La cuenta está bloqueada temporalmente",
    },
  },
  -- Our own mailbox blocked for sending, in the second person or "for sending": the notice an
  -- Argentine provider gives its user ("tu casilla está bloqueada temporalmente para el envío de
  -- mails", as blog.silverpc.hu, "Tu casilla está bloqueada temporalmente para el envío de mails",
  -- quotes it). The sender's account (TAXONOMY rule 6), above the recipient's states.
  {
    id = "lang.es.sender_account",
    priority = 55,
    match = {
      { "bloqueada", "bloqueado", "suspendida", "suspendido", "deshabilitada", "deshabilitado", "desactivada",
        "desactivado" },
      { "para el envío", "para el envio", "para enviar", "tu casilla", "tu cuenta", "tu buzón", "tu buzon" },
    },
    category = "sender_account",
    description = "Our own mailbox or account is blocked for sending by its provider.",
    examples = { "tu casilla está bloqueada temporalmente para el envío de mails" },
  },

  -- Mailbox full: Exchange's "El buzón del destinatario está lleno", quota wording.
  {
    id = "lang.es.mailbox_full",
    priority = 43,
    match = FULL,
    pattern = phrases.sequence(MAILBOX, OF, " ", { "", "está ", "esta " }, FULL),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
      "452 4.2.2 Casilla llena",
    },
  },
  -- Quota and storage wording.
  {
    id = "lang.es.mailbox_full.quota",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "cuota", "cuota de almacenamiento", "espacio de almacenamiento", "límite de almacenamiento",
          "limite de almacenamiento" }, " ", { "excedida", "excedido", "superada", "superado", "agotada", "agotado" }),
      "excede la cuota", "excedió su cuota", "excedio su cuota", "ha excedido su cuota", "supera la cuota",
      "sin espacio disponible", "no tiene espacio",
      -- a Galician hoster's bounce guide in Spanish (eomatica.gal, "Erros frecuentes nos envíos de email": 452
      -- "falta de espacio en la cuenta de correo del destinatario")
      phrases.combine("falta de espacio en ", { "la cuenta", "el buzón", "el buzon", "la casilla", "la bandeja" })),
    category = "mailbox_full",
    examples = { "552 Cuota excedida para user@example.es" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.es.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 Cuenta desactivada",
      "550 5.2.1 <user@example.es>: el buzón está deshabilitado",
      "550 La cuenta de correo ha sido dada de baja",
      "Esta casilla ha expirado por falta de uso",
    },
  },

  -- The recipient's domain: Gmail's "no se ha encontrado el dominio", host/domain unknown, no MX.
  {
    id = "lang.es.domain_invalid",
    priority = 41,
    match = phrases.join(DOMAIN_STATES, "el dominio", "registro mx", "registros mx"),
    pattern = phrases.sequence({ "dominio", "host" }, { "", " de destino", " del destinatario" }, " ", { "", "es " },
        DOMAIN_STATES)
      + phrases.sequence({ "no se encontró", "no se encontro", "no se ha encontrado", "no se pudo encontrar",
          "no se puede encontrar" }, " el dominio")
      + phrases.sequence({ "sin", "no tiene" }, { " registro mx", " registros mx" }),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 El dominio no existe",
      "Tu mensaje no se ha entregado a user@example.invalid porque no se ha encontrado el dominio example.invalid. Comprueba si hay errores tipográficos o espacios innecesarios y vuelve a intentarlo.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.es.rate_limited",
    priority = 36,
    match = {
      "demasiadas conexiones", "demasiados mensajes", "demasiados correos", "demasiado rápido", "demasiado rapido",
      "límite de velocidad", "limite de velocidad", "velocidad de envío", "velocidad de envio", "tasa de envío",
      "tasa de envio", "límite de conexiones", "limite de conexiones",
    },
    category = "rate_limited",
    examples = {
      "421 4.7.0 Demasiadas conexiones desde su IP, inténtelo más tarde",
      "450 4.7.1 Demasiados mensajes en poco tiempo",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its Spanish SMTP error page gives it (support.google.com/a/answer/3726730?hl=es: "El
  -- usuario con el que intentas ponerte en contacto está recibiendo el correo demasiado rápido", "...
  -- está recibiendo una gran cantidad de correo que impide que se entreguen más mensajes").
  {
    id = "lang.es.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine({ "recibiendo", "recibe" }, " ",
        { "el correo", "correo", "correos", "los correos", "mensajes", "los mensajes", "correos electrónicos" },
        " demasiado ", { "rápido", "rapido", "rápidamente", "rapidamente" }),
      phrases.combine({ "recibiendo", "recibe" }, " ", { "demasiados correos", "demasiados mensajes", "demasiado correo" }),
      "gran cantidad de correo que impide"),
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 El usuario con el que intentas ponerte en contacto está recibiendo el correo demasiado rápido. Reenvía tu mensaje más tarde.",
      "450 4.2.1 El usuario con el que estás intentado contactar está recibiendo una gran cantidad de correo que impide que se entreguen más mensajes.",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.es.spam_content",
    priority = 35,
    match = {
      -- "considerado / detectado / rechazado como spam": the words after the verb carry it
      "como spam", "por spam", "como correo no deseado", "sospecha de spam", "sospechoso de spam",
      "sospechosa de spam", "spam detectado", "correo no deseado", "mensaje no deseado", "contenido no deseado",
      "filtro antispam", "filtro anti-spam",
    },
    category = "spam_content",
    examples = {
      "550 5.7.1 Mensaje rechazado por spam",
      "554 5.7.1 El mensaje ha sido considerado correo no deseado",
    },
  },

  -- The mailbox does not exist: Exchange's "No se encontró la dirección de correo electrónico",
  -- Gmail's "Dirección no encontrada", Domino's "no se encuentra en el Directorio de Domino".
  {
    id = "lang.es.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine({ "no se encontró", "no se encontro", "no se ha encontrado", "no se pudo encontrar",
          "no se puede encontrar" }, " ", { "la dirección", "la direccion", "el usuario", "el destinatario", "el buzón",
          "el buzon" }),
      "no se encuentra en el directorio",
      -- Exchange Online's Spanish NDR ("Parece que la dirección de correo electrónico donde envió el
      -- mensaje no se encontraba en el dominio de destino"): the address is not in the domain
      phrases.combine({ "no se encontraba", "no se encuentra", "no se encontró", "no se encontro", "no existe" },
        " en el dominio"),
      phrases.combine({ "no existe", "no hay ningún", "no hay ningun" }, " ", { "el usuario", "la cuenta", "el buzón",
          "el buzon", "usuario", "buzón", "buzon" }),
      "no hay tal usuario",
      -- "no such user / person" with a demonstrative, as Sisimai's user-unknown list records
      -- Spanish servers' replies ("No existe ese usuario", "No existe dicha persona")
      phrases.combine("no existe ", { "ese usuario", "dicho usuario", "esa persona", "dicha persona", "esa cuenta",
        "ese buzón", "ese buzon", "esa dirección", "esa direccion" }),
      -- Plesk's Spanish mail settings (psa-locale-es-es: a message to a missing user comes back "con el
      -- aviso \"esta dirección ya no acepta correo\""), as "no longer accepts mail" is in English
      phrases.combine("ya no acepta ", { "correo", "correos", "mensajes", "correo electrónico" })),
    category = "recipient_unknown",
    examples = {
      "550 No existe ese usuario",
      "550 5.1.1 No se encontró la dirección de correo electrónico especificada. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje.",
      "Dirección no encontrada. Tu mensaje no se ha entregado a user@example.es porque no se ha encontrado la dirección o esta no puede recibir correo.",
      "El usuario user@example.es no se encuentra en el Directorio de Domino",
      "550 5.1.1 No existe el usuario",
      "No se pudo entregar el mensaje. Parece que la dirección de correo electrónico donde envió el mensaje no se encontraba en el dominio de destino, o bien el buzón de correo del destinatario no estaba disponible.",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.es.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "es ", "está ", "esta " }, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 <user@example.es>: Usuario desconocido",
      "550 Cuenta inexistente",
      "550 5.1.1 El destinatario no existe",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.es.network_error",
    priority = 16,
    match = {
      "conexión rechazada", "conexion rechazada", "conexión perdida", "conexion perdida", "conexión interrumpida",
      "conexion interrumpida", "tiempo de espera agotado", "se agotó el tiempo de espera",
      "se agoto el tiempo de espera", "no se pudo conectar", "no se puede conectar", "imposible conectar",
      "error de conexión", "error de conexion", "error de red", "host inalcanzable", "servidor inalcanzable",
      "sin respuesta del servidor",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 Tiempo de espera agotado al conectar con mx.example.es",
      "Conexión rechazada por mx.example.es[192.0.2.3]",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.es.system_error",
    priority = 15,
    match = {
      "error temporal", "fallo temporal", "falla temporal", "problema temporal", "error interno", "error del sistema",
      "error de sistema", "error local", "servicio no disponible", "temporalmente no disponible",
      "no disponible temporalmente", "servidor ocupado", "servidor sobrecargado",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 Error temporal, inténtelo de nuevo más tarde",
      "421 Servicio no disponible",
    },
  },

  -- Exchange's and Exchange Online's Spanish delay notice (subject "Entrega retrasada", "La
  -- entrega a estos destinatarios o grupos se ha retrasado"), Gmail's Spanish "Entrega incompleta
  -- ... Gmail volverá a intentarlo", and the general words of a warning that needs no resend.
  {
    id = "lang.es.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine("entrega ", { "retrasada", "demorada", "aplazada", "diferida", "incompleta" }),
      phrases.combine("la entrega ", { "se ha ", "ha sido ", "está ", "esta " }, { "retrasado", "retrasada", "demorado", "demorada" }),
      "retraso en la entrega", "gmail volverá a intentarlo", "gmail volvera a intentarlo",
      "no es necesario que vuelva a enviar", "no necesita volver a enviar", "esto es solo una advertencia"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Entrega retrasada: La entrega a estos destinatarios o grupos se ha retrasado: user@example.es",
      "Entrega incompleta. Se ha producido un problema temporal al entregar tu mensaje a user@example.es. Gmail volverá a intentarlo durante 46 horas más.",
    },
  },

  -- The queue gave up: its delivery time ran out ("tiempo de entrega vencido", as Spanish guides to
  -- returned mail list it; the same with the other words for expired and for the period).
  {
    id = "lang.es.expired",
    priority = 11,
    match = phrases.combine({ "tiempo de entrega", "plazo de entrega", "tiempo de espera de entrega" }, " ",
      { "vencido", "expirado", "agotado", "excedido", "superado" }),
    category = "expired",
    description = "The sending queue gave up after retrying for its maximum time.",
    examples = { "tiempo de entrega vencido" },
  },

  -- Outlook's and Exchange's Spanish automatic reply ("Respuesta automática:") and the words of an
  -- absence notice.
  {
    id = "lang.es.auto_reply",
    priority = 90,
    match = { "respuesta automática", "respuesta automatica", "fuera de la oficina", "mensaje de ausencia",
      "respuesta de ausencia" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Respuesta automática: Estoy fuera de la oficina hasta el 5 de mayo." },
  },

  -- Size: Exchange's Spanish 5.3.4 ("El mensaje es demasiado grande"), Terra's webmail, and the
  -- general words (maximum size exceeded).
  {
    id = "lang.es.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "mensaje", "correo", "adjunto", "archivo adjunto", "e-mail" }, " ", { "", "es " },
        { "demasiado grande", "demasiado pesado", "muy grande" }),
      phrases.combine({ "tamaño del mensaje", "tamano del mensaje", "tamaño del correo" }, " ",
        { "excede", "supera", "sobrepasa", "es demasiado" }),
      phrases.combine({ "excede", "supera", "sobrepasa" }, " el tamaño máximo"),
      "tamaño máximo de mensaje", "tamano maximo de mensaje"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 El mensaje es demasiado grande",
      "552 El tamaño del mensaje excede el límite permitido",
    },
  },

  -- Malware in Spanish words (virus alone is the English rule's word).
  {
    id = "lang.es.malicious_content",
    priority = 51,
    match = { "software malicioso", "contenido malicioso", "adjunto malicioso", "mensaje infectado",
      "archivo infectado" },
    category = "malicious_content",
    examples = { "554 5.7.1 Mensaje rechazado: contenido malicioso detectado" },
  },

  -- Exchange's Spanish "Acceso denegado" with nothing more: an opaque policy refusal.
  {
    id = "lang.es.policy_block",
    priority = 12,
    match = { "acceso denegado" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Acceso denegado" },
  },

  -- "Try again later" in Spanish: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.es.try_later",
    priority = 10,
    match = { "más tarde", "mas tarde" },
    category = "system_error",
    type = "soft",
    examples = { "451 Por favor, inténtelo de nuevo más tarde" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Spanish
  -- words: the relay refusals of Spanish-speaking hosters' MTAs.
  {
    id = "lang.es.relay_denied",
    priority = 57,
    match = phrases.join(
      "relay no permitido", "relay denegado", "relaying denegado", "relaying no permitido",
      "retransmisión no permitida", "retransmisión denegada",
      -- Outlook's help on relay errors as Microsoft words it in Spanish (support.microsoft.com es-es, article
      -- 65b494a4: "retransmisión prohibido", and qmail's 553 "lo sentimos, ese dominio no está en mi lista de
      -- rcpthosts permitidos"; its Portuguese page says "lista de rcpthosts autorizados", spelt alike here)
      "retransmisión prohibida", "prohibido para retransmisión",
      phrases.combine("lista de rcpthosts ", { "permitidos", "autorizados" })),
    category = "relay_denied",
    examples = {
      "550 5.7.1 Relay no permitido",
      "553 lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos (#5.7.1)",
    },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Spanish words.
  {
    id = "lang.es.too_many_recipients",
    priority = 50,
    match = {
      "demasiados destinatarios", "número máximo de destinatarios", "numero maximo de destinatarios",
      "excede el número de destinatarios",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Demasiados destinatarios" },
  },

  -- A mailing list's reasons for refusing or holding a post, in Spanish: Mailman 3's catalog
  -- (messages/es/LC_MESSAGES/mailman.po: "The message is not from a list member", "The message
  -- comes from a moderated member", "The message is larger than the {} KB maximum size",
  -- "Message has more than {} recipients", "Message has no subject"), in the words any list
  -- manager uses for the same (a list member, a moderated member), and mlmmj's deny-post for its
  -- size limit (text.skel/<lang>: "the maximum allowed message size").
  {
    id = "lang.es.recipient_policy.list_member",
    priority = 45,
    match = { "no es de un miembro de la lista", "no es miembro de la lista", "no es miembro de esta lista", "miembro moderado",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/es/LC_MESSAGES/mailman.po)
      "no pertenece a la lista" },
    category = "recipient_policy",
    examples = { "El mensaje no es de un miembro de la lista" },
  },
  {
    id = "lang.es.message_too_large.maximum",
    priority = 52,
    match = { "que el tamaño máximo", "tamaño máximo permitido" },
    category = "message_too_large",
    examples = { "El mensaje es mayor que el tamaño máximo de 40 KB" },
  },
  {
    id = "lang.es.too_many_recipients.count",
    priority = 50,
    match = { { "más de" }, { "destinatarios" } },
    pattern = "'mas de ' [0-9]+ ' destinatarios'",
    category = "too_many_recipients",
    examples = { "El mensaje tiene más de 10 destinatarios" },
  },
  {
    id = "lang.es.message_noncompliant.subject",
    priority = 49,
    match = { "no tiene asunto", "sin asunto" },
    category = "message_noncompliant",
    examples = { "El mensaje no tiene asunto" },
  },

  -- A content filter's report to the sender, in Spanish: MailScanner's translated reports
  -- (reports/es/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.es.malicious_content.scanner",
    priority = 51,
    match = { "estaban infectadas", "archivos no aceptados", "contenido potencialmente peligroso" },
    category = "malicious_content",
    examples = { "Las partes del mensaje que estaban infectadas no han sido enviadas." },
  },
  {
    id = "lang.es.message_noncompliant.not_analysed",
    priority = 49,
    match = { "no ha podido analizar", "no hayan podido ser analizadas" },
    category = "message_noncompliant",
    examples = { "Nuestro detector de virus no ha podido analizar completamente un mensaje enviado por Usted:" },
  },
  {
    id = "lang.es.policy_block.quarantine",
    priority = 13,
    match = { "puesto en cuarentena" },
    category = "policy_block",
    examples = { "Este mensaje ha sido puesto en cuarentena para su revisión." },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/es.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.es.mailbox_full.limit",
    priority = 43,
    match = { "excedió la cuota", "excedio la cuota", "cuota del buzón", "cuota del buzon", "tamaño máximo del buzón", "tamano maximo del buzon" },
    category = "mailbox_full",
    examples = { "se excedió la cuota del buzón para este destinatario" },
  },
}
