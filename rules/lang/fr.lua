-- French wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's French NDR texts ("L'adresse de messagerie que vous avez entrée est introuvable",
-- "La boîte aux lettres du destinataire est pleine"), Gmail's French notice ("Adresse
-- introuvable"), Domino's French directory lookup ("non répertorié dans l'annuaire Domino"),
-- Orange's bilingual replies (postmaster.orange.fr: "Adresse d au moins un destinataire
-- invalide", "Boite du destinataire pleine", "Trop de connexions", "Adresse IP source bloquee"),
-- and the general French words for each cause (a recipient noun and its state). French servers
-- often drop accents and apostrophes ("Boite", "d au moins"), so both spellings are listed.
-- Priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Who or what a recipient-side reply is about, and whose it is ("Le compte du destinataire").
local RECIPIENT = {
  -- "adresse" alone as Exchange's and the hosters' short notices say it ("Adresse inconnue",
  -- "Cette adresse n'existe pas"); the sender's is named so ("adresse de l'expéditeur")
  "utilisateur", "destinataire", "adresse", "adresse du destinataire", "adresse de messagerie", "adresse électronique",
  "adresse electronique", "adresse e-mail", "adresse email", "adresse mail", "boîte aux lettres", "boite aux lettres",
  "boîte mail", "boite mail", "boîte", "boite", "compte", "correspondant",
}
local OF = { "", " du destinataire", " de l'utilisateur", " de l’utilisateur", " de destination" }
local IS = { "", "est ", "a été ", "a ete " }
local UNKNOWN = {
  "inconnu", "inconnue", "inexistant", "inexistante", "introuvable", "invalide", "n'existe pas", "n’existe pas",
  "n existe pas", "non trouvé", "non trouvée", "non trouve", "non trouvee",
}
local INACTIVE = {
  "désactivé", "désactivée", "desactive", "desactivee", "suspendu", "suspendue", "bloqué", "bloquée", "bloque",
  "bloquee", "fermé", "fermée", "ferme", "fermee", "clôturé", "clôturée", "cloture", "cloturee", "inactif",
  "inactive", "verrouillé", "verrouillée", "verrouille", "verrouillee", "gelé", "gelée", "gele", "gelee",
  "résilié", "résiliée", "resilie", "resiliee", "supprimé", "supprimée", "supprime", "supprimee",
}
local TEMPORARILY = { "temporairement", "provisoirement" }
local MAILBOX = {
  "boîte", "boite", "boîte aux lettres", "boite aux lettres", "boîte de réception", "boite de reception", "boîte mail",
  "boite mail", "messagerie",
}
local FULL = { "pleine", "saturée", "saturee", "remplie" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.fr.sender_invalid",
    priority = 54,
    match = { "expéditeur", "expediteur", "émetteur", "emetteur" },
    pattern = phrases.sequence({ "expéditeur", "expediteur", "émetteur", "emetteur" }, " ", { "", "est " },
      { "inconnu", "inconnue", "invalide", "refusé", "refuse", "rejeté", "rejete", "introuvable", "n'existe pas",
        "n’existe pas", "inexistant", "inexistante" }),
    category = "sender_invalid",
    examples = {
      "553 5.1.8 Domaine de l'expéditeur inexistant",
      "550 5.1.7 Adresse de l'expéditeur invalide",
    },
  },

  -- Orange names the blocked source IP; filters and hosters name the list ("liste noire").
  {
    id = "lang.fr.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "ip", "ip source" }, " ", { "", "est ", "a été ", "a ete " },
        { "bloquée", "bloquee", "bloqué", "bloque", "listée", "listee", "blacklistée", "blacklistee" }),
      "liste noire", "listes noires", "liste de blocage", "listes de blocage", "pour incident de spam"),
    category = "blocklisted",
    examples = {
      "550 5.7.1 Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues.",
      "554 5.7.1 Votre adresse IP est listée sur une liste noire (zen.example.org)",
    },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.fr.recipient_inactive.temporary",
    priority = 43,
    match = TEMPORARILY,
    -- the adverb before the state or after it
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, TEMPORARILY, " ", INACTIVE)
      + phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE, " ", TEMPORARILY),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Compte temporairement suspendu", "550 Boîte aux lettres temporairement bloquée",
      "550 Compte suspendu temporairement" },
  },

  -- Mailbox full: Exchange's "La boîte aux lettres du destinataire est pleine", Orange's
  -- "Boite du destinataire pleine", quota wording. Above the seed's bare "OverQuota" (a recipient
  -- receiving too fast), which Orange's English half "Recipient overquota." would otherwise meet.
  {
    id = "lang.fr.mailbox_full",
    priority = 45,
    match = FULL,
    pattern = phrases.sequence(MAILBOX, OF, " ", { "", "est " }, FULL),
    category = "mailbox_full",
    examples = {
      "552 5.1.1 Boite du destinataire pleine. Recipient overquota.",
      "552 5.2.2 La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.",
      "550 La boîte aux lettres de l'utilisateur est pleine",
    },
  },
  -- Quota and storage wording.
  {
    id = "lang.fr.mailbox_full.quota",
    priority = 45,
    match = phrases.join(
      phrases.combine({ "quota", "espace de stockage", "capacité de stockage", "capacite de stockage" }, " ",
        { "dépassé", "depasse", "atteint", "épuisé", "epuise", "insuffisant", "insuffisante" }),
      "dépassement de quota", "depassement de quota", "a dépassé son quota", "a depasse son quota",
      "a atteint son quota", "dépasse le quota", "depasse le quota"),
    category = "mailbox_full",
    examples = { "452 4.2.2 Quota dépassé pour user@example.fr" },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.fr.recipient_inactive",
    priority = 42,
    match = INACTIVE,
    pattern = phrases.sequence(RECIPIENT, OF, " ", IS, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 Compte désactivé",
      "550 5.2.1 <user@example.fr>: boîte aux lettres suspendue",
      "550 Ce compte a été fermé",
      "550 5.2.1 Le compte de l'utilisateur a été désactivé",
    },
  },

  -- The recipient's domain: Gmail's "car le domaine example.invalid est introuvable", the
  -- French words for host/domain unknown and a missing MX.
  {
    id = "lang.fr.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domaine", "hôte", "hote" }, " ", { "", "est " },
        { "inconnu", "inexistant", "introuvable", "invalide", "n'existe pas", "n’existe pas", "non trouvé", "non trouve" }),
      "aucun enregistrement mx", "pas d'enregistrement mx", "pas d’enregistrement mx"),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 Domaine inexistant",
      "554 5.4.4 Hôte inconnu : example.invalid",
    },
  },
  -- The domain named inside the notice's sentence (Gmail).
  {
    id = "lang.fr.domain_invalid.gmail",
    priority = 41,
    match = { { "car le domaine" }, { "est introuvable" } },
    category = "domain_invalid",
    examples = {
      "Votre message n'a pas été distribué à user@example.invalid, car le domaine example.invalid est introuvable. Vérifiez que l'adresse ne contient pas de fautes de frappe ou d'espaces inutiles, puis réessayez.",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.fr.rate_limited",
    priority = 36,
    match = {
      "trop de connexions", "trop de messages", "trop de courriels", "trop d'envois", "trop d’envois",
      "trop rapidement", "envoi trop rapide", "débit trop élevé", "debit trop eleve", "limite de débit",
      "limite de debit", "nombre de connexions", "fréquence d'envoi", "frequence d'envoi",
    },
    category = "rate_limited",
    examples = {
      "421 Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down.",
      "450 4.7.1 Trop de messages envoyés, réessayez plus tard",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- French help on sending and receiving limits (support.google.com/mail/answer/22839?hl=fr: "L'utilisateur
  -- que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution de tout
  -- nouveau message"; its SMTP error list, knowledge.workspace.google.com hl=fr: "... reçoit des e-mails
  -- à un rythme trop élevé"), and the same verb with "trop" (the recipient, not the sender, gets too much).
  {
    id = "lang.fr.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine("reçoit ", { "des e-mails", "des emails", "des messages", "des courriels", "du courrier" }, " ",
        { "à un rythme qui empêche", "à un rythme trop élevé", "trop rapidement", "trop vite" }),
      phrases.combine("reçoit trop ", { "de messages", "d'e-mails", "d’e-mails", "de courriels", "de courrier" }),
      "empêche la distribution de tout nouveau message"),
    category = "recipient_rate_limited",
    examples = {
      "L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution de tout nouveau message.",
      "450 4.2.1 Le destinataire reçoit trop de messages, réessayez plus tard",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.fr.spam_content",
    priority = 35,
    match = {
      -- "considéré / identifié / rejeté comme (du) spam": the words after the verb carry it
      "comme spam", "comme du spam", "comme un spam", "comme pourriel", "comme indésirable", "comme indesirable",
      "spam détecté", "suspicion de spam", "soupçon de spam", "message indésirable",
      "message indesirable", "courrier indésirable", "courrier indesirable", "pourriel", "filtre antispam",
      "filtre anti-spam", "contenu indésirable", "contenu indesirable",
    },
    category = "spam_content",
    examples = {
      "550 5.7.1 Message considéré comme spam",
      "554 Votre message a été rejeté par le filtre antispam",
    },
  },

  -- The mailbox does not exist: Exchange's "L'adresse de messagerie que vous avez entrée est
  -- introuvable", Exchange Online's "<user> est introuvable sur example.fr", Gmail's "Adresse
  -- introuvable", Orange's "destinataire invalide", Domino's "non répertorié dans l'annuaire".
  {
    id = "lang.fr.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "que vous avez entrée est introuvable", "que vous avez entree est introuvable", "est introuvable sur",
      "adresse introuvable", "non répertorié dans l'annuaire", "non repertorie dans l'annuaire",
      -- ... and in Domino 6's wording ("Utilisateur x (x@example.fr) non recensé dans l'annuaire
      -- Domino", as the Enron-spam corpus holds one)
      "non recensé dans l'annuaire", "non recense dans l'annuaire", "non recensé dans l’annuaire",
      "aucun utilisateur", "aucun destinataire", "pas d'utilisateur", "pas d’utilisateur", "pas de destinataire",
      "il n'y a pas d'utilisateur",
      phrases.combine({ "aucune", "pas de" }, " ", { "boîte aux lettres", "boite aux lettres", "boîte", "boite" }),
      "nom d'utilisateur inconnu",
      -- Microsoft's French help for NDR 5.1.10 (support.office.com fr-fr, article 5a04a25a: "L'adresse de
      -- courrier à laquelle vous avez envoyé votre message n'existe pas ou est introuvable")
      phrases.combine({ "n'existe pas", "n’existe pas" }, " ou ", { "est introuvable", "n'a pas été trouvée",
        "n’a pas été trouvée", "n'a pas pu être trouvée", "n’a pas pu être trouvée" }),
      -- the address itself unknown ("Adresse inconnue", "adresse e-mail inexistante"), as French
      -- hosters and Orange's, SFR's and Free's webmail say it
      phrases.combine({ "adresse", "adresse e-mail", "adresse email", "adresse mail", "adresse destinataire" }, " ",
        { "inconnue", "inexistante" }),
      -- Exchange's French text for a moved address (5.1.6: "L'adresse électronique du destinataire
      -- a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages.")
      phrases.combine({ "n'accepte plus", "n’accepte plus" }, { " de messages", " les messages", " de courrier" }),
      -- Plesk's French mail settings (psa-locale-fr-fr: a message to a missing user comes back "avec la
      -- mention \"cette adresse n'accepte plus d'e-mail\"")
      phrases.combine({ "n'accepte plus", "n’accepte plus" }, { " d'e-mail", " d’e-mail", " d'e-mails", " d’e-mails",
        " de courriel", " de courriels", " d'email", " d’email" }),
      "l'adresse électronique du destinataire a changé", "l’adresse électronique du destinataire a changé",
      -- Exchange 2010's French NDR ("Impossible de trouver l'adresse de messagerie que vous avez
      -- entrée"): cannot find the address, in the general words
      phrases.combine({ "impossible de trouver", "impossible de localiser" }, " ",
        { "l'adresse", "l’adresse", "le destinataire", "l'utilisateur", "l’utilisateur", "la boîte aux lettres",
          "la boite aux lettres" })),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message.",
      "Votre message à user@example.fr n'a pas pu être remis. user est introuvable sur example.fr.",
      "L'utilisateur user@example.fr est non répertorié dans l'annuaire Domino",
      "Utilisateur user (user@example.fr) non recensé dans l'annuaire Domino",
      "550 Adresse inconnue",
      "L'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages.",
      "Impossible de trouver l'adresse de messagerie que vous avez entrée. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message.",
    },
  },
  -- The general words: a recipient noun and "unknown / does not exist / not found".
  {
    id = "lang.fr.recipient_unknown.words",
    priority = 30,
    match = UNKNOWN,
    pattern = phrases.sequence(RECIPIENT, OF, " ", { "", "est " }, UNKNOWN),
    category = "recipient_unknown",
    examples = {
      "550 Utilisateur inconnu",
      "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.",
      "550 5.1.1 <user@example.fr>: Destinataire inconnu",
      "550 5.1.1 Cette adresse e-mail n'existe pas",
      "550 Boîte aux lettres inexistante",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.fr.network_error",
    priority = 16,
    match = {
      "connexion refusée", "connexion refusee", "connexion interrompue", "connexion perdue", "connexion fermée",
      "délai d'attente dépassé", "delai d'attente depasse", "délai de connexion dépassé", "expiration du délai",
      "hôte injoignable", "hote injoignable", "serveur injoignable", "impossible de se connecter",
      "impossible de joindre", "échec de connexion", "echec de connexion", "échec de la connexion",
      "erreur réseau", "erreur reseau", "aucune réponse du serveur", "pas de réponse du serveur",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 Délai d'attente dépassé lors de la connexion à mx.example.fr",
      "Connexion refusée par mx.example.fr[192.0.2.3]",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.fr.system_error",
    priority = 15,
    match = {
      "erreur temporaire", "échec temporaire", "echec temporaire", "problème temporaire", "probleme temporaire",
      "erreur interne", "erreur système", "erreur systeme", "erreur locale", "service indisponible",
      "service temporairement indisponible", "temporairement indisponible", "service non disponible",
      "serveur surchargé", "serveur surcharge", "serveur occupé", "ressources insuffisantes",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 Erreur temporaire, veuillez réessayer plus tard",
      "421 Service temporairement indisponible",
    },
  },

  -- Exchange's and Exchange Online's French delay notice (subject "Remise différée", "La remise
  -- aux destinataires ou groupes suivants est différée"), Gmail's French "Distribution incomplète
  -- ... Gmail réessaiera pendant encore 46 heures", and the general words of a warning that needs
  -- no resend (TAXONOMY rule 1).
  -- A French notice that says only that delivery failed ("Ceci est un message d'échec", "l'email
  -- n'a pu être envoyé"): rule 9, hard and unknown, as text.failed reads its English.
  {
    id = "lang.fr.failed",
    priority = 5,
    match = {
      "message d'échec", "message d'echec", "message d’échec", "n'a pu être envoyé", "n'a pu etre envoye",
      "n’a pu être envoyé", "n'a pas pu être envoyé", "n'a pas pu etre envoye", "n'a pas pu être remis",
      "n'a pas pu etre remis",
    },
    type = "hard",
    category = "unknown",
    action = "suppress",
    examples = {
      "Ceci est un message d'echec automatiquement envoye par nos systemes. Nous sommes desoles de vous informer que l'email n'a pu etre envoye.",
    },
  },
  {
    id = "lang.fr.delivered.delayed",
    priority = 91,
    match = phrases.join(
      phrases.combine({ "remise", "distribution", "livraison", "délivrance" }, " ", { "", "est ", "a été " },
        { "différée", "retardée", "differee", "retardee" }),
      "retard de remise", "retard de distribution", "retard de livraison", "distribution incomplète",
      "distribution incomplete", "gmail réessaiera", "gmail reessaiera",
      phrases.combine("vous n", { "'", "’" }, "avez pas besoin de renvoyer"),
      "ceci est un simple avertissement", "ceci n'est qu'un avertissement"),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "Remise différée : La remise aux destinataires ou groupes suivants est différée : user@example.fr",
      "Distribution incomplète. Un problème temporaire est survenu lors de la distribution de votre message à user@example.fr. Gmail réessaiera pendant encore 46 heures.",
    },
  },

  -- Outlook's and Exchange's French automatic reply ("Réponse automatique :") and the words of an
  -- absence notice, as French mail clients and webmailers label them.
  {
    id = "lang.fr.auto_reply",
    priority = 90,
    match = {
      "réponse automatique", "reponse automatique", "répondeur automatique", "message d'absence",
      "message d’absence", "absent du bureau", "absente du bureau", "je suis absent", "je suis absente",
    },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Réponse automatique : Je suis absent du bureau jusqu'au 5 mai." },
  },

  -- Size: Exchange's French 5.3.4 ("Le message est trop volumineux"), Orange's and La Poste's
  -- webmail ("message trop volumineux"), and the general words (maximum size exceeded).
  {
    id = "lang.fr.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "message", "courriel", "courrier", "e-mail", "mail" }, " ", { "", "est " },
        { "trop volumineux", "trop gros", "trop grand" }),
      phrases.combine({ "pièce jointe", "piece jointe", "pièces jointes" }, " ", { "", "est ", "sont " },
        { "trop volumineuse", "trop volumineuses", "trop grosse" }),
      phrases.combine({ "taille du message", "taille de message", "taille du courriel" }, " ",
        { "dépasse", "depasse", "excède", "excede", "trop grande", "supérieure" }),
      "dépasse la taille maximale", "depasse la taille maximale", "taille maximale autorisée pour les messages",
      -- the size limit named as reached ("Taille limite du message atteinte", as Sisimai's size
      -- list records a French server's reply)
      "taille limite du message", "taille limite des messages", "limite de taille du message"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 Taille limite du message atteinte",
      "552 5.3.4 Le message est trop volumineux",
      "552 Taille du message dépasse la limite autorisée",
      "550 La pièce jointe est trop volumineuse",
    },
  },

  -- Malware in French words (virus alone is the English rule's word).
  {
    id = "lang.fr.malicious_content",
    priority = 51,
    match = { "logiciel malveillant", "contenu malveillant", "pièce jointe malveillante" },
    category = "malicious_content",
    examples = { "554 5.7.1 Message refusé : contenu malveillant détecté" },
  },

  -- Exchange's French "Accès refusé" with nothing more: an opaque policy refusal.
  {
    id = "lang.fr.policy_block",
    priority = 12,
    match = { "accès refusé", "acces refuse", "accès interdit" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Accès refusé" },
  },

  -- "Try again later" in French: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.fr.try_later",
    priority = 10,
    match = { "réessayez plus tard", "reessayez plus tard", "réessayer plus tard", "essayez plus tard",
      "ultérieurement", "ulterieurement", "plus tard" },
    category = "system_error",
    type = "soft",
    examples = { "451 Veuillez réessayer plus tard", "450 Merci de renouveler votre envoi ultérieurement" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in French
  -- words: the relay refusals of French hosters' MTAs.
  {
    id = "lang.fr.relay_denied",
    priority = 57,
    match = {
      "relais refusé", "relais non autorisé", "relais interdit", "relayage refusé", "relayage non autorisé",
      "relaying refusé",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 Relais refusé" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in French words.
  {
    id = "lang.fr.too_many_recipients",
    priority = 50,
    match = {
      "trop de destinataires", "nombre maximal de destinataires", "nombre maximum de destinataires",
      "nombre de destinataires dépasse", "nombre de destinataires trop élevé",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 Trop de destinataires" },
  },

  -- A mailing list's reasons for refusing or holding a post, in French: Mailman 3's catalog
  -- (messages/fr/LC_MESSAGES/mailman.po: "The message is not from a list member", "The message
  -- comes from a moderated member", "The message is larger than the {} KB maximum size",
  -- "Message has more than {} recipients", "Message has no subject"), in the words any list
  -- manager uses for the same (a list member, a moderated member), and mlmmj's deny-post for its
  -- size limit (text.skel/<lang>: "the maximum allowed message size").
  {
    id = "lang.fr.recipient_policy.list_member",
    priority = 45,
    match = { "pas d'un membre de la liste", "pas membre de la liste", "pas membre de cette liste", "membre modéré",
      -- ezmlm-idx (lang/fr/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS)
      "seuls les abonnés peuvent", "seuls les membres peuvent", "pour rejeter vos messages",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/fr/LC_MESSAGES/mailman.po)
      "par un non-abonné", "réservée aux abonnés" },
    category = "recipient_policy",
    examples = { "Le message n'est pas d'un membre de la liste" },
  },
  {
    id = "lang.fr.message_too_large.maximum",
    priority = 52,
    match = { "que la taille maximale", "taille maximale autorisée" },
    category = "message_too_large",
    examples = { "Le message est plus lourd que la taille maximale de 40 Ko" },
  },
  {
    id = "lang.fr.too_many_recipients.count",
    priority = 50,
    match = { { "plus de" }, { "destinataires" } },
    pattern = "'plus de ' [0-9]+ ' destinataires'",
    category = "too_many_recipients",
    examples = { "Le message a plus de 10 destinataires" },
  },
  {
    id = "lang.fr.message_noncompliant.subject",
    priority = 49,
    match = { "n'a pas d'objet", "pas de sujet" },
    category = "message_noncompliant",
    examples = { "Le message n'a pas d'objet" },
  },

  -- A content filter's report to the sender, in French: MailScanner's translated reports
  -- (reports/fr/sender.virus, .filename, .content, .error and .mcp.report.txt): infected parts
  -- or attachments refused by type (malicious_content), a message the scanner could not take
  -- apart (message_noncompliant), a message held in quarantine (policy_block).
  {
    id = "lang.fr.malicious_content.scanner",
    priority = 51,
    match = { "a détecté un virus", "pièces jointes infectées", "pièce jointe est interdite", "pièces jointes interdites" },
    category = "malicious_content",
    examples = { "Les pièces jointes infectées ne seront pas transmises au destinataire." },
  },
  {
    id = "lang.fr.message_noncompliant.not_analysed",
    priority = 49,
    match = { "n'a pu analyser", "n'a pas pu analyser", "pu être analysées" },
    category = "message_noncompliant",
    examples = { "Notre passerelle antivirus n'a pu analyser ce courriel que vous avez envoyé:" },
  },
  {
    id = "lang.fr.policy_block.quarantine",
    priority = 13,
    match = { "mis en quarantaine", "mise en quarantaine" },
    category = "policy_block",
    examples = { "Ce message a été mis en quarantaine." },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/fr.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.fr.mailbox_full.limit",
    priority = 43,
    match = { "taille maximale de la boîte aux lettre", "taille maximale de la boite aux lettre" },
    category = "mailbox_full",
    examples = { "le message excède la taille maximale de la boîte aux lettres du destinataire" },
  },
}
