-- Portuguese wording of bounces and replies, Brazil's and Portugal's. Sources, per family below:
-- Exchange's and Exchange Online's Portuguese NDR texts ("O endereço de email que você inseriu
-- não foi encontrado" / "Não foi possível encontrar o endereço de correio eletrónico", "A caixa
-- de correio do destinatário está cheia"), Gmail's Portuguese notice ("Endereço não encontrado"),
-- and the general Portuguese words for each cause (a recipient noun and its state). Accents are
-- often dropped, so both spellings are listed. Priorities follow the scale in
-- rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "usuário", "usuario", "utilizador", "destinatário", "destinatario", "endereço", "endereco", "endereço de email",
  "endereço de e-mail", "endereco de email", "endereco de e-mail", "endereço de correio eletrônico",
  "endereço de correio eletrónico", "caixa postal", "caixa de correio", "conta", "conta de email", "conta de e-mail",
  -- the address called by its medium ("E-mail não existe"), as UOL's and BOL's webmail say it
  "e-mail", "email",
}
-- whose it is ("A conta do destinatário"), and the verb before a state
local OF = { "", " do destinatário", " do destinatario", " do usuário", " do usuario", " de destino" }
local IS = { "", "está ", "esta ", "é ", "foi ", "encontra-se " }
local UNKNOWN = {
  "desconhecido", "desconhecida", "inexistente", "não existe", "nao existe", "não encontrado", "nao encontrado",
  "não encontrada", "nao encontrada", "inválido", "invalido", "inválida", "invalida",
}
local INACTIVE = {
  "desativada", "desativado", "desactivada", "desactivado", "desabilitada", "desabilitado", "suspensa", "suspenso",
  "bloqueada", "bloqueado", "encerrada", "encerrado", "cancelada", "cancelado", "inativa", "inativo", "inactiva",
  "inactivo", "congelada", "excluída", "excluida", "removida",
}
local TEMPORARILY = { "temporariamente", "provisoriamente" }
local DOMAIN_STATES = {
  "desconhecido", "inexistente", "não existe", "nao existe", "não encontrado", "nao encontrado", "inválido", "invalido",
}
local MAILBOX = { "caixa", "caixa postal", "caixa de correio", "caixa de entrada" }
local FULL = { "cheia", "lotada", "sem espaço", "sem espaco" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.pt.sender_invalid",
    priority = 54,
    match = phrases.combine("remetente ", { "", "é " },
      { "desconhecido", "inválido", "invalido", "não existe", "nao existe", "recusado", "rejeitado", "inexistente" }),
    category = "sender_invalid",
    examples = { "553 5.1.8 Domínio do remetente inexistente", "550 5.1.7 Endereço do remetente inválido" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.pt.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine("ip", " ", { "", "está ", "esta ", "foi " },
        { "bloqueado", "listado" }),
      -- "lista negra" is spelt so in Spanish too: es.lua holds it
      "lista de bloqueio", "listas de bloqueio"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 Seu IP foi bloqueado: listado em zen.example.org",
      "550 5.7.1 IP bloqueado por envio de spam",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.pt.recipient_inactive.temporary",
    priority = 43,
    match = TEMPORARILY,
    -- the adverb before the state or after it
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, TEMPORARILY, " ", INACTIVE)
      + phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE, " ", TEMPORARILY),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Conta temporariamente suspensa", "550 A caixa postal está temporariamente bloqueada",
      "550 Conta bloqueada temporariamente" },
  },

  -- Mailbox full: Exchange's "A caixa de correio do destinatário está cheia", quota wording.
  {
    id = "lang.pt.mailbox_full",
    priority = 43,
    match = FULL,
    pattern = phrases.sequence(MAILBOX, OF, " ", { "", "está ", "esta " }, FULL),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 A caixa de correio do destinatário está cheia e não pode aceitar mensagens agora.",
      "452 4.2.2 Caixa postal cheia",
    },
  },
  -- Quota and storage wording.
  {
    id = "lang.pt.mailbox_full.quota",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "cota", "quota", "cota de armazenamento", "limite de armazenamento" }, " ",
        { "excedida", "excedido", "esgotada", "esgotado", "ultrapassada", "atingida" }),
      "excedeu a cota", "excedeu a quota", "ultrapassou a cota", "ultrapassou a quota", "acima da cota"),
    category = "mailbox_full",
    examples = { "552 Cota excedida para user@example.com.br" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.pt.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 Conta desativada",
      "550 5.2.1 <user@example.com.br>: caixa postal bloqueada",
      "550 A conta de email foi encerrada",
    },
  },

  -- The recipient's domain: Gmail's "porque o domínio example.invalid não foi encontrado",
  -- host/domain unknown, no MX.
  {
    id = "lang.pt.domain_invalid",
    priority = 41,
    match = phrases.join(DOMAIN_STATES, "encontrar o domínio", "encontrar o dominio", "registro mx"),
    pattern = phrases.sequence({ "domínio", "dominio", "host" }, { "", " do destinatário", " do destinatario" }, " ",
        { "", "é " }, DOMAIN_STATES)
      + phrases.sequence({ "não foi possível encontrar o domínio", "nao foi possivel encontrar o dominio",
          "sem registro mx", "nenhum registro mx" }),
    category = "domain_invalid",
    examples = { "550 5.1.2 Domínio inexistente", "554 5.4.4 Host desconhecido: example.invalid" },
  },
  -- The domain named inside the notice's sentence (Gmail).
  {
    id = "lang.pt.domain_invalid.gmail",
    priority = 41,
    match = { { "porque o domínio", "porque o dominio" }, { "não foi encontrado", "nao foi encontrado" } },
    category = "domain_invalid",
    examples = {
      "Sua mensagem não foi entregue a user@example.invalid porque o domínio example.invalid não foi encontrado. Verifique se há erros de digitação ou espaços desnecessários e tente novamente.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.pt.rate_limited",
    priority = 36,
    match = {
      "muitas conexões", "muitas conexoes", "conexões demais", "conexoes demais", "excesso de conexões",
      "excesso de conexoes", "muitas mensagens", "mensagens demais", "excesso de mensagens", "limite de conexões",
      "limite de conexoes", "taxa de envio", "rápido demais", "rapido demais", "muitas ligações",
    },
    category = "rate_limited",
    examples = {
      "421 4.7.0 Muitas conexões do seu IP, tente novamente mais tarde",
      "450 4.7.1 Excesso de mensagens em pouco tempo",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its Portuguese SMTP error page gives it (knowledge.workspace.google.com, "Erros e códigos
  -- SMTP do Gmail", hl=pt-br: "O usuário com quem você está tentando entrar em contato está recebendo
  -- e-mails muito rápido", "... recebendo e-mails a uma taxa que impede a entrega de outras mensagens").
  {
    id = "lang.pt.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine({ "recebendo", "recebe" }, " ", { "e-mails", "emails", "mensagens", "correio" }, " ",
        { "muito rápido", "muito rapido", "rápido demais", "rapido demais", "muito rapidamente", "a uma taxa que impede" }),
      phrases.combine({ "recebendo", "recebe" }, " ", { "muitos e-mails", "muitos emails", "muitas mensagens",
        "e-mails demais", "mensagens demais" })),
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde.",
      "450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails a uma taxa que impede a entrega de outras mensagens.",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.pt.spam_content",
    priority = 35,
    match = {
      -- "considerado / detectado / rejeitado como spam": the words after the verb carry it
      -- "como spam", "por spam", "spam detectado" and "filtro antispam" are spelt so in Spanish too:
      -- es.lua holds them
      "suspeita de spam", "suspeito de spam", "lixo eletrônico", "lixo eletronico", "mensagem indesejada",
      "conteúdo indesejado",
    },
    category = "spam_content",
    examples = {
      "550 5.7.1 Suspeita de spam: mensagem rejeitada",
      "554 5.7.1 A mensagem foi classificada como lixo eletrônico",
    },
  },

  -- The mailbox does not exist: Exchange's "não foi encontrado" / "Não foi possível encontrar o
  -- endereço", Gmail's "Endereço não encontrado".
  {
    id = "lang.pt.recipient_unknown",
    priority = 31,
    match = phrases.join(
      phrases.combine({ "não foi possível encontrar", "nao foi possivel encontrar" }, " ",
        { "o endereço", "o endereco", "o destinatário", "o destinatario", "o usuário", "o usuario" }),
      "que você inseriu não foi encontrado", "que voce inseriu nao foi encontrado",
      phrases.combine({ "o endereço", "o endereco" }, " não foi encontrado"),
      -- Exchange's Brazilian NDR puts the address's kind and "inserido" between ("O endereço de
      -- email inserido não foi encontrado"); any such qualifier before the verdict
      phrases.combine({ "o endereço", "o endereco" }, { " de email", " de e-mail", " eletrônico", " eletronico" },
        { "", " inserido", " informado", " digitado" }, { " não foi encontrado", " nao foi encontrado" }),
      phrases.combine({ "não existe", "nao existe" }, " ", { "o usuário", "o usuario", "a conta", "a caixa postal" }),
      -- RFC 5321's "no such person at this address" as Portuguese servers translate it
      phrases.combine({ "não existe tal", "nao existe tal" }, { " pessoa", " usuário", " usuario" })),
    category = "recipient_unknown",
    examples = {
      "550 Não existe tal pessoa nesse endereço",
      "550 5.1.1 O endereço de email que você inseriu não foi encontrado. Verifique o endereço de email do destinatário e tente reenviar a mensagem.",
      "550 5.1.1 Não foi possível encontrar o endereço de correio eletrónico introduzido.",
      "550 5.1.1 O endereço de email inserido não foi encontrado. Verifique o endereço de email do destinatário.",
      "Endereço não encontrado. Sua mensagem não foi entregue a user@example.com.br porque o endereço não foi encontrado ou não pode receber e-mails.",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.pt.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "é ", "está ", "esta " }, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 E-mail não existe",
      "550 5.1.1 <user@example.com.br>: Usuário desconhecido",
      "550 Conta inexistente",
      "550 5.1.1 O destinatário não existe",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.pt.network_error",
    priority = 16,
    match = {
      "conexão recusada", "conexao recusada", "ligação recusada", "ligacao recusada", "conexão perdida",
      "conexao perdida", "conexão interrompida", "tempo limite de conexão", "tempo de conexão esgotado",
      "tempo esgotado", "não foi possível conectar", "nao foi possivel conectar", "falha na conexão",
      "falha na conexao", "erro de conexão", "erro de conexao", "erro de rede", "host inacessível",
      "servidor inacessível", "servidor inacessivel",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 Tempo esgotado ao conectar a mx.example.com.br",
      "Conexão recusada por mx.example.com.br[192.0.2.3]",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.pt.system_error",
    priority = 15,
    match = {
      "erro temporário", "erro temporario", "falha temporária", "falha temporaria", "problema temporário",
      "erro interno", "erro do sistema", "erro de sistema", "erro local", "serviço indisponível",
      "servico indisponivel", "temporariamente indisponível", "temporariamente indisponivel",
      "servidor sobrecarregado",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 Erro temporário, tente novamente mais tarde",
      "421 Serviço temporariamente indisponível",
    },
  },

  -- Exchange's and Exchange Online's Portuguese delay notice (subject "Entrega atrasada", "A
  -- entrega a estes destinatários ou grupos está atrasada"), Gmail's Portuguese "Entrega
  -- incompleta ... O Gmail tentará novamente", and the general words of a warning that needs no
  -- resend.
  {
    id = "lang.pt.delivered.delayed",
    priority = 91,
    match = phrases.join(
      -- Gmail's "Entrega incompleta" is Spanish too: es.lua takes it
      phrases.combine("entrega ", { "atrasada", "adiada", "retardada" }),
      phrases.combine("a entrega ", { "está ", "esta ", "foi " }, { "atrasada", "adiada" }),
      "atraso na entrega", "o gmail tentará novamente", "o gmail tentara novamente",
      "não é necessário reenviar", "nao e necessario reenviar", "não precisa reenviar", "nao precisa reenviar",
      "esta é apenas uma advertência", "este é apenas um aviso"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Entrega atrasada: A entrega a estes destinatários ou grupos está atrasada: user@example.com.br",
      "Houve um problema temporário ao entregar sua mensagem para user@example.com.br. O Gmail tentará novamente por mais 46 horas.",
    },
  },

  -- Outlook's and Exchange's Portuguese automatic reply ("Resposta automática:") and the words of
  -- an absence notice.
  {
    id = "lang.pt.auto_reply",
    priority = 90,
    match = { "resposta automática", "resposta automatica", "fora do escritório", "fora do escritorio",
      "mensagem de ausência", "mensagem de ausencia" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Resposta automática: Estou fora do escritório até 5 de maio." },
  },

  -- Size: Exchange's Portuguese 5.3.4 ("A mensagem é muito grande"), UOL's and BOL's size
  -- refusals, and the general words (maximum size exceeded).
  {
    id = "lang.pt.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "mensagem", "e-mail", "email", "anexo" }, " ", { "", "é ", "está " },
        { "muito grande", "demasiado grande", "grande demais", "muito pesada", "muito pesado" }),
      phrases.combine({ "tamanho da mensagem", "tamanho do e-mail", "tamanho do email" }, " ",
        { "excede", "ultrapassa", "excedeu", "ultrapassou", "é maior" }),
      phrases.combine({ "excede", "ultrapassa" }, " o tamanho máximo"), "tamanho máximo da mensagem"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 A mensagem é muito grande",
      "552 O tamanho da mensagem excede o limite permitido",
    },
  },

  -- Malware in Portuguese words (vírus folds to the English rule's word).
  {
    id = "lang.pt.malicious_content",
    priority = 51,
    match = { "software malicioso", "conteúdo malicioso", "conteudo malicioso", "anexo malicioso",
      "mensagem infectada", "arquivo infectado", "ficheiro infectado" },
    category = "malicious_content",
    examples = { "554 5.7.1 Mensagem rejeitada: conteúdo malicioso detectado" },
  },

  -- Exchange's Portuguese "Acesso negado" with nothing more: an opaque policy refusal.
  {
    id = "lang.pt.policy_block",
    priority = 12,
    match = { "acesso negado" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Acesso negado" },
  },

  -- "Try again later" in Portuguese: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.pt.try_later",
    priority = 10,
    match = { "mais tarde" },
    category = "system_error",
    type = "soft",
    examples = { "451 Por favor, tente novamente mais tarde" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Portuguese
  -- words: the relay refusals of Brazilian and Portuguese hosters' MTAs.
  {
    id = "lang.pt.relay_denied",
    priority = 57,
    match = {
      "relay não permitido", "relay nao permitido", "relay negado", "relaying não permitido", "relaying negado",
      "retransmissão não permitida", "retransmissao nao permitida",
      -- Outlook's help on relay errors as Microsoft words the server's answer in Portuguese (office.microsoft.com
      -- pt-br HA010080002: "550 ... Retransmissão Negada"; support.microsoft.com pt-pt, article 65b494a4:
      -- "550 ... Reencaminhamento Recusado"), and its title's "retransmissão proibida"
      "retransmissão negada", "retransmissão recusada", "retransmissão proibida", "reencaminhamento recusado",
      "reencaminhamento negado", "reencaminhamento proibido",
    },
    category = "relay_denied",
    examples = {
      "550 5.7.1 Relay não permitido",
      "550 <alguem@example.com>... Reencaminhamento Recusado",
    },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Portuguese words.
  {
    id = "lang.pt.too_many_recipients",
    priority = 50,
    match = {
      "destinatários demais", "destinatarios demais", "muitos destinatários", "muitos destinatarios",
      "excesso de destinatários", "número máximo de destinatários", "numero maximo de destinatarios",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Excesso de destinatários" },
  },

  -- A mailing list's reasons for refusing or holding a post, in Portuguese: Mailman 3's catalog
  -- (messages/pt/LC_MESSAGES/mailman.po: "The message is not from a list member", "The message
  -- comes from a moderated member", "The message is larger than the {} KB maximum size",
  -- "Message has more than {} recipients", "Message has no subject"), in the words any list
  -- manager uses for the same (a list member, a moderated member), and mlmmj's deny-post for its
  -- size limit (text.skel/<lang>: "the maximum allowed message size").
  {
    id = "lang.pt.recipient_policy.list_member",
    priority = 45,
    match = { "não é de um membro da lista", "não é membro da lista", "não é um membro da lista", "membro moderado",
      -- ezmlm-idx (lang/pt and pt_BR/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS)
      "somente assinantes podem", "apenas assinantes podem", "apenas membros podem", "rejeitar as suas mensagens",
      "rejeitando as suas mensagens",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/pt/LC_MESSAGES/mailman.po)
      "de um não membro", "por não membro", "reservada a membros", "somente de membros" },
    category = "recipient_policy",
    examples = { "A mensagem não é de um membro da lista" },
  },
  {
    id = "lang.pt.message_too_large.maximum",
    priority = 52,
    match = { "que o tamanho máximo", "tamanho máximo permitido" },
    category = "message_too_large",
    examples = { "A mensagem é maior do que o tamanho máximo de 40 KB" },
  },
  {
    id = "lang.pt.too_many_recipients.count",
    priority = 50,
    match = { { "mais de" }, { "destinatários" } },
    pattern = "'mais de ' [0-9]+ ' destinatarios'",
    category = "too_many_recipients",
    examples = { "A mensagem tem mais de 10 destinatários" },
  },
  {
    id = "lang.pt.message_noncompliant.subject",
    priority = 49,
    match = { "não tem um assunto", "não tem assunto", "sem assunto" },
    category = "message_noncompliant",
    examples = { "A mensagem não tem um assunto" },
  },

  -- A content filter's report to the sender, in Portuguese: MailScanner's translated reports
  -- (reports/pt_br/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.pt.malicious_content.scanner",
    priority = 51,
    match = { "estava infectada", "arquivo proíbidos", "arquivo proibidos", "potencialmente perigoso", "pontencialmente perigoso" },
    category = "malicious_content",
    examples = { "Qualquer parte do e-mail que estava infectada não pôde ser entregue." },
  },
  {
    id = "lang.pt.message_noncompliant.not_analysed",
    priority = 49,
    match = { "falhou ao analisar", "não puder ser analisada" },
    category = "message_noncompliant",
    examples = { "Nosso sistema de detecção de vírus falhou ao analisar uma mensagem que você enviou:" },
  },
  {
    id = "lang.pt.policy_block.quarantine",
    priority = 13,
    match = { "posta em quarentena", "colocada em quarentena" },
    category = "policy_block",
    examples = { "Esta mensagem foi posta em quarentena para revisão antes de ser entregue." },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/pt.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.pt.mailbox_full.limit",
    priority = 43,
    match = { "cota da caixa de correio", "tamanho máximo de caixa de correio", "tamanho máximo da caixa de correio" },
    category = "mailbox_full",
    examples = { "cota da caixa de correio excedida para este destinatário" },
  },
}
