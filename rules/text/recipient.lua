-- Text rules for the recipient side: the mailbox is unknown, disabled, full or rate limited, the
-- domain takes no mail, or the recipient restricts who may write. Each family names the MTAs
-- and providers whose wording it is taken from; phrases.combine spells out the parts their
-- format strings vary (user, mailbox, recipient, address, account; is, has been; the state).
-- The priority scale is described in notices.lua.
local phrases = require "bounce.phrases"
local combine, join = phrases.combine, phrases.join

-- What a reply about one mailbox calls it.
local MAILBOX = {
  "user", "mailbox", "recipient", "address", "account", "addressee", "email address", "e-mail address",
  "mail address", "email account", "e-mail account", "mail account", "user account", "recipient address",
  "destination address", "local part", "local-part", "username", "user name",
  -- as many servers spell it ("recipient e-mail adress unknown")
  "adress", "email adress", "e-mail adress", "recipient adress",
}
-- What a mailbox that does not exist is said to be, after its name ("user unknown", "mailbox
-- does not exist", "address could not be found", "recipient not found").
local NOT_EXISTING = {
  "does not exist", "doesn't exist", "not exist", "is not exist", "does not exists", "not exists",
  "not found", "was not found", "wasn't found", "is not found", "could not be found",
  "couldn't be found", "cannot be found", "can't be found", "unknown", "is unknown", "not known",
  "is not known", "invalid", "is invalid", "is not valid", "not valid", "not recognized",
  "is not recognized", "not recognised", "is not recognised",
}
-- ... and before it ("unknown user", "no such mailbox", "invalid recipient").
local NOT_EXISTING_BEFORE = {
  "unknown", "invalid", "no such", "nonexistent", "non-existent", "non existent", "not a valid",
  "not a known", "not an existing", "not a registered", "not a local", "unregistered",
}
-- A lookup that found nothing, in the verb's words ("unable to find", "could not find" ...), and
-- what it looked for.
local FIND = combine({ "unable to", "could not", "couldn't", "cannot", "can't", "can not", "failed to", "did not" },
  " find")
local FOUND_NOTHING = {
  "user", "mailbox", "mail box", "addressee", "user account", "email account", "e-mail account", "mail account",
  "username", "user name", "local user", "recipient mailbox", "recipient user", "recipient account",
}
-- A mailbox's name and a verdict that it does not exist, for the rule that finds them a few words
-- apart (substrings: "user" is in "users").
local NAMED_MAILBOX = { "user", "mailbox", "recipient", "address", "addressee", "account", "rcpt" }
local GONE = {
  "not found", "no longer exist", "not exist", "n't exist", "dosn't exist", "doesnt exist", "no exist", "are invalid",
  "is invalid", "not valid", "not recognized", "not recognised", "does not have an account", "doesn't have an account",
  "has no account", "no such",
  -- "The recipient 'x' is unknown", "User x is unknown" (the name between, quoted or not), and
  -- the name in angle brackets with no verb: Courier's local delivery (module.local, "550 User
  -- <x> unknown")
  "is unknown", "are unknown", "> unknown",
}
-- The states of an account that exists but takes no mail.
local INACTIVE_STATES = {
  "disabled", "deactivated", "de-activated", "inactive", "not active", "discontinued", "suspended",
  "closed", "frozen", "locked", "terminated", "expired", "archived", "cancelled", "canceled",
  "not activated",
}
-- Those an account takes for a while; a mailbox said to be "temporarily" in one is kept.
local PASSING_STATES = { "disabled", "deactivated", "inactive", "suspended", "frozen", "locked", "blocked" }
-- "account is disabled", "mailbox has been suspended", "user is currently inactive", ...
local INACTIVE_SUBJECT = {
  "account", "mailbox", "user", "recipient", "email account", "mail account", "user account", "recipient account",
  "reach",
  -- the account's state named as such ("User status is locked")
  "user status", "account status", "mailbox status",
  -- an address that leads elsewhere, switched off (hMailServer's "Alias is not active.",
  -- "Distribution list is not active.")
  "alias", "distribution list",
}
local INACTIVE_VERB = { "is", "has been", "was" }
local PAIRED_STATES = {
  "disabled", "deactivated", "inactive", "suspended", "frozen", "locked", "closed", "terminated", "discontinued",
}
local SHORT_STATES, OPEN_STATES = {}, {}
for _, state in ipairs(INACTIVE_STATES) do
  if state ~= "locked" then SHORT_STATES[#SHORT_STATES + 1] = state end
  if state ~= "locked" and state ~= "closed" then OPEN_STATES[#OPEN_STATES + 1] = state end
end
local INACTIVE = join(
  combine(INACTIVE_SUBJECT, " ", INACTIVE_VERB, " ", { "", "currently ", "permanently " }, INACTIVE_STATES),
  -- an account past its term: the state "expired" above with the verb English gives it ("account
  -- has expired"), a form of the family, not a server's quoted text
  combine(INACTIVE_SUBJECT, " has ", { "", "now ", "already " }, "expired"),
  -- "blocked" said of the recipient's own account (said of an address, it is the sender's)
  combine({ "account", "mailbox", "recipient account", "user account", "email account", "mail account" }, " ",
    INACTIVE_VERB, " ", { "", "currently ", "permanently " }, "blocked"),
  -- the short forms ("account disabled", "inactive mailbox"), without "locked": "account locked
  -- after failed logins" is the sender's own account; "mbox" as Korean portals abbreviate it
  -- ("550 5.1.1 Inactive mbox", listed among their replies on puffinknight.tistory.com/102)
  combine({ "account", "mailbox", "user", "recipient", "mail box", "mbox" }, " ", { "", "currently " }, SHORT_STATES),
  combine(SHORT_STATES, " ", { "account", "mailbox", "mail box", "mbox" }),
  -- ... of a user or recipient, but not "closed", which "undisclosed recipients" holds
  combine(OPEN_STATES, " ", { "user", "recipient" }),
  -- the address itself, in the states only an account is in (ProLinux E-Mail Server's bounce
  -- guide: "Recipient address rejected: Address locked or deactivated"); not "blocked" or "locked", which an address
  -- is said to be when the receiver refuses the sender
  combine({ "address", "email address", "e-mail address" }, " ", { "", "is ", "has been ", "was " },
    { "deactivated", "disabled", "inactive", "suspended", "closed", "terminated", "discontinued", "cancelled",
      "canceled", "expired" }),
  -- two states named as one verdict ("Address locked or deactivated", "account disabled or
  -- suspended")
  combine(PAIRED_STATES, " or ", PAIRED_STATES))
-- A mailbox's storage and words that say it is used up (text.mailbox_full.near).
-- What a recipient that takes mail from some senders only says it does (text.recipient_policy.only_from).
local ONLY_ACCEPTS = {
  "only accepts", "accepts only", "only accept", "will only accept", "only receives", "accepts messages only",
  "accepts mail only",
}
local MAILBOX_STORAGE = {
  "mailbox size", "mailbox space", "mailbox storage", "mailbox capacity", "user quota", "recipient quota", "recipient's quota", "quota limit", "allowed storage", "mail space",
  "mail box space", "mailbox disk space", "mail box size",
  -- the mailbox's other names: "inbox", as Google's OverQuotaPerm text calls it ("The
  -- recipient's inbox is out of storage space", text.recipient_inactive.full); "user storage" and
  -- "account storage" are forms the family implies, not a server's quoted text
  "inbox capacity", "inbox size", "inbox space", "inbox storage", "mail box capacity", "user storage",
  "account storage", "mailbox storage space",
}
-- RFC 5321's text for 550 and 450 ("Requested action not taken: mailbox unavailable")
local MAILBOX_UNAVAILABLE = { "mailbox unavailable", "mailbox is unavailable" }
local STORAGE_EXCEEDED = {
  "exceed", "exhausted", "not enough", "insufficient", "full", "reached", "used up", "no more space",
  "out of space", "no free space",
}
-- "account is temporarily locked", "mailbox temporarily disabled", "temporarily inactive", ...
local INACTIVE_FOR_NOW = join(
  combine(INACTIVE_SUBJECT, " ", { "is ", "has been ", "" }, { "temporarily ", "temporary " }, PASSING_STATES),
  -- the adverb after the state ("account suspended temporarily")
  combine(INACTIVE_SUBJECT, " ", { "is ", "has been ", "" }, PASSING_STATES, " temporarily"),
  combine({ "temporarily ", "temporary " }, { "disabled", "deactivated", "inactive", "frozen", "locked" }))

-- Where a person who left was (text.recipient_inactive.left): "has left the university".
local LEFT_PLACES = {
  "company", "organization", "organisation", "university", "college", "school", "institution", "firm", "business",
  "department", "agency", "office",
}
-- An account (or a domain: DirectAdmin's "The domain example.org is currently suspended") named
-- in a reply, and the states that say it takes no mail (rules below).
local ACCOUNT_NAMED = { "user", "mailbox", "account", "recipient", "addressee", "domain", "@" }
local ACCOUNT_STATE = {
  "is currently suspended", "has been suspended", "is suspended", "has been deactivated", "is deactivated",
  "has been disabled", "is disabled", "is currently disabled", "is currently deactivated",
}
-- An account named and one of those states a few words apart, not anywhere in a long report
-- (text.recipient_inactive.named and its temporary reply's rule).
local NAMED_ACCOUNT_STATE = phrases.near(ACCOUNT_NAMED, ACCOUNT_STATE, 40)

return {
  layer = "text",

  -- A sending service that did not attempt delivery because the address is on its suppression
  -- list (after an earlier hard bounce, complaint or unsubscribe). The reason it quotes from the
  -- earlier bounce is history, so this outranks every cause.
  {
    id = "text.suppressed",
    priority = 85,
    match = {
      "suppression list", "suppressed sending to this address", "address was suppressed",
      -- a sending service's list of addresses it will not mail, by its other name (Sendsay's SMTP
      -- gateway docs: "Email is in the account stoplist"); named with the account, since a receiver's "stop list" may be of IPs
      "account stoplist", "account's stoplist", "account stop list", "account's stop list",
      -- SparkPost's and others' "recipient address suppressed due to customer policy"
      "address suppressed", "address is suppressed",
      -- Alibaba DirectMail, which does not send to an address it knows as a spam trap ("561 Honeypot
      -- rcptto")
      "honeypot rcptto",
      -- SparkPost's Smart Send policy, which holds back mail to recipients it judges unengaged
      -- ("Smart Send Suppression: The message was suppressed by Smart Send policy.", bounce class 25)
      "smart send suppression", "suppressed by smart send",
      -- Google Groups' refusal to post to a list whose deliveries keep failing ("Your message to
      -- list@googlegroups.com could not be delivered because of previous failures during delivery
      -- attempts to this mailing list")
      "because of previous failures during delivery",
      -- Amazon SES's API refusal of an address on its global suppression list ("554 Message
      -- rejected: Address blacklisted."), its sending service's words, not a receiver's
      "message rejected: address blacklisted",
      -- Mailgun
      "not delivering to previously bounced address", "not delivering to unsubscribed address",
      "not delivering to a user who marked your messages as spam",
      -- Postmark's API error 406 ("You tried to send to a recipient that has been marked as
      -- inactive", "recipient(s) that have been marked as inactive")
      "been marked as inactive",
      -- MailChannels
      "has unsubscribed from your list",
      -- ESPs that name the earlier unsubscribe as the reason they did not send
      "unsubscribed user", "unsubscribed recipient",
      -- Twilio SendGrid's drop reasons (docs.sendgrid.com, "Drops" and the Event Webhook reference:
      -- "Bounced Address", "Unsubscribed Address", "Spam Reporting Address"); Brevo's blocked
      -- event for a contact on the account's blacklist ("blocked : due to blacklist user",
      -- developers.brevo.com transactional webhooks)
      "bounced address", "unsubscribed address", "spam reporting address", "due to blacklist user",
      -- Postmark's ManuallyDeactivated bounce type ("The email was manually deactivated.") and its
      -- suppression reason ManualSuppression (postmarkapp.com/developer/api/bounce-api, suppressions API)
      "email was manually deactivated", "manualsuppression", "manual suppression",
      -- Elastic Email's Ignore category ("The email was not delivered because the email address is
      -- currently in the \"Bounce List\""; elasticemail.com, email delivery error categories)
      "in the bounce list", "on the bounce list", "in the \"bounce list\"",
      -- the same in any service's words: the recipient "has previously bounced, unsubscribed, or
      -- reported spam" (Mailgun's user manual, tracking failures), a recipient suppressed
      "previously bounced", "previously unsubscribed", "previously complained", "previously reported spam",
      "previously marked as spam", "recipient is suppressed", "recipient suppressed", "recipient was suppressed",
    },
    category = "suppressed",
    description = "Not attempted: the address is on the sending service's suppression list.",
    examples = {
      "561 Honeypot rcptto [@out060104]",
      "Smart Send Suppression: The message was suppressed by Smart Send policy.",
      "Not sent: unsubscribed recipient",
      "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
      "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.",
      "Not delivering to previously bounced address",
      "554 5.7.1 recipient address was suppressed due to customer policy",
      "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: user@example.com.",
      "550 5.7.1 [UNS] Recipient has unsubscribed from your list.",
      "Spam Reporting Address",
      "blocked : due to blacklist user",
      "554 Message rejected: Address blacklisted.",
    },
  },
  -- Restrictions the recipient or its administrator set up: outrank the mailbox wording that
  -- often comes with them.
  -- A person who put the sender on a personal blocklist, named by address: open-mail.org's
  -- SMTP messages (open-mail.org/3strikes/SMTPmessages.txt: "We REJECT this message, because
  -- user@example.com has blacklisted sender@example.org"). Not a site's blocklist ("our server
  -- has blacklisted your IP"): the one who blacklisted must be an address.
  {
    id = "text.recipient_policy.blacklisted_by_user",
    priority = 45,
    match = { "has blacklisted", "has blocklisted" },
    pattern = [[ "@" [a-z0-9.-]+ " has " ("black" / "block") "listed" ]],
    category = "recipient_policy",
    description = "The recipient put the sender on a personal blocklist.",
    examples = {
      "Sorry! We REJECT this message, because user@example.com has blacklisted sender@example.org.",
    },
  },
  {
    id = "text.recipient_policy",
    priority = 45,
    match = join({
      "mail is rejected by recipients", "sender in prision", "sender in prison", "user in blacklist",
      "envelope blocked - user entry", "envelope blocked - user domain entry", "block policy for envelope from",
      "blocked senders", "blocked by the recipient", "blocked by recipient",
      -- the recipient's own refusal in Chinese providers' English ("User refused to receive this mail")
      "refused to receive",
      "recipient has blocked", "message filtered", "not a member of this", "permission to post", "not allowed to post",
      -- Google Groups' notice for a group that takes no mail from outside its web form ("The group
      -- x@googlegroups.com does not allow posting through email")
      "does not allow posting", "doesn't allow posting",
      -- gromox's mail-list bounces ("You have not enough privilege to send mail to mail list x, this
      -- mail list can only accept mails come from internal members")
      "privilege to send mail to", "can only accept mails come from",
      -- Exchange's moderation and group delivery restrictions ("550 5.7.1 APPROVAL.NotAuthorized;
      -- message cannot be delivered", "RESOLVER.GRP.Blocked.NeedsSenderRestrictions")
      "approval.notauthorized", "resolver.grp.blocked",
      "not allowed to send to this", "n't allowed to send to this", "only accepting mail from",
      -- Kolab's access policy for restricted recipients ("Sender a@b is not allowed to send to
      -- recipient c@d")
      "not allowed to send to recipient", "not permitted to send to recipient",
      "due to recipient preferences",
      -- Exchange: the group, mailbox or public folder accepts only authenticated (internal) senders
      "not authenticated for group", "not authenticated for mailbox", "not authenticated for public folder",
      "not authenticated by the organization",
      -- Exchange Online: the recipient takes mail only from listed senders, its organization keeps its
      -- own IP block list, or forbids the forwarding its user set up
      "delivery to this address is restricted", "not authorized to send to this recipient",
      "allowed-senders list", "allowed senders list", "customer block list", "access denied, rejected by recipient",
      "not allow external forwarding", "n't allow external forwarding",
      -- Google Workspace: a policy of the recipient's domain; gcdp marks a rule its administrator wrote
      "has a policy that prohibit", "- gcdp", "this distribution list",
      -- Interia, Forpsi hosting and Symantec's gateway: the recipient or its domain blocklisted this sender
      "doesn't want your mail", "does not want your mail", "sender is blacklisted", "on domain's blacklist",
      -- the administrator's list of refused sender addresses: MailCleaner's Exim ACL ("blacklisted
      -- sender: <address>"), FortiOS and FortiMail (smtp-spam-emailblack: "This message has been
      -- blocked because it is from a blocklisted email address")
      "blacklisted sender:", "blocklisted sender:", "blacklisted email address", "blocklisted email address",
      -- ... and of recipient addresses that take no mail (its "blacklisted recipient: <address>")
      "blacklisted recipient", "blocklisted recipient", "recipient is blacklisted", "recipient is blocklisted",
      -- SpamExperts (N-able Mail Assure) knowledge base, "Classifications": the receiving domain's
      -- sender blacklist ("We do not accept mail from this address")
      "not accept mail from this address", "not accept email from this address",
      "not accept mail from this sender", "not accept email from this sender",
      -- ... said to the sender ("The user x does not accept mail from your address.": cPanel's
      -- BoxTrapper, forms/blacklist.txt)
      "not accept mail from your address", "not accept email from your address",
      "not accept mail from you", "not accept email from you",
      -- mailing lists and groups that take posts from their members only (Mailman, Sympa, Google
      -- Groups, Exchange distribution groups)
      "members only", "members-only", "only members", "only accepts messages from members",
      -- the recipient's own rules refuse this sender
      "refuses to receive", "refuse to receive", "due to user rules",
      "user has blocked", "recipient has blacklisted", "user has blacklisted",
      -- Exchange Online groups (UnifiedGroupAgent, 5.7.193): "the sender isn't a group member or
      -- external senders aren't permitted to send to this group"
      "isn't a group member", "is not a group member", "not a member of the group", "external senders aren't permitted",
      "external senders are not permitted", "permitted to send to this group",
      -- the recipient takes mail from its own domain only, or blocks this sender by name
      "only in the same domain", "from the same domain only", "explicit blocking of sender",
      -- the recipient's organization refused it (its own rules, not the address)
      "by the recipient's organization", "by the recipient's organisation", "by the recipient organization",
      -- the recipient's own Sieve script rejected it (RFC 5429 reject): Cyrus's lmtp_sieve.c
      -- rejection notice ("Your message was automatically rejected by Sieve, a mail filtering
      -- language."). Not Dovecot's rejection_reason ("Your message to <%{to}> was automatically
      -- rejected:%{reason}"): it frames every refusal of its LDA, a full mailbox as well, and the
      -- reason decides
      "automatically rejected by sieve", "rejected by sieve",
      -- GNU Mailutils' Sieve reject notice ("Message was refused by recipient's mail filtering
      -- program. Reason given was as follows:")
      "recipient's mail filtering program", "recipient's filtering program", "recipient's mail filter program",
      -- the recipient takes no bounces: a DSN (null sender) to an address its owner listed, as
      -- Haraka's bounce plugin refuses it ("<x> does not accept bounces", "That recipient does not
      -- accept bounces") and policy filters template it ("${to_domain} does not accept bounces")
      "not accept bounces", "n't accept bounces", "not accept bounce messages", "n't accept bounce messages",
      "bounces are not accepted", "bounce messages are not accepted", "bounces not accepted",
    },
      -- a list the recipient keeps for itself (TAXONOMY.md rule 8): filters' per-user lists
      -- (SpamAssassin's and Rspamd's user preferences, Zimbra's and Exchange's blocked senders)
      combine({ "user", "user's", "users", "personal", "recipient", "recipient's", "mailbox owner's" }, " ",
        { "blacklist", "blocklist", "denylist", "black list", "block list", "deny list", "reject list",
          "rejection list" }),
      -- the recipient's own filter or the settings behind it, as mail systems let their users set
      -- them (Exchange's Safe Senders and Blocked Senders lists, SpamAssassin's and Zimbra's
      -- per-user allow and block lists, the Japanese carriers' reception settings): "rejected by the
      -- recipient's mail filter", "by recipient's filtering settings", "not in recipient's allow list"
      combine({ "recipient's", "recipients'", "user's", "addressee's" }, " ",
        { "", "mail ", "email ", "e-mail ", "spam ", "junk ", "junk mail ", "personal ", "own " },
        { "filter", "filters", "filtering", "filter rules", "filtering rules", "filter settings", "filtering settings",
          "reception settings", "receiving settings", "spam settings", "junk settings",
          "whitelist", "white list", "allow list", "allowlist", "safe senders", "safe sender list",
          "approved senders", "contacts" }),
      -- the recipient refuses mail from this sender, or from any it does not know, in so many words
      combine({ "recipient", "user", "addressee" }, " ",
        { "does not accept", "doesn't accept", "will not accept", "won't accept", "refuses" }, " ",
        { "mail", "email", "e-mail", "messages" }, " from ",
        { "this sender", "you", "your", "the sender", "unknown senders", "unapproved senders", "non-contacts" }),
      -- ... or says it chose so ("Recipient has chosen not to receive mail from this sender")
      combine({ "chosen", "chose", "opted", "elected" }, " not to receive"),
      -- ... or is not allowed to receive it from this sender: a restriction that names a sender,
      -- unlike Stalwart's account that may receive no mail at all (text.recipient_inactive: "This
      -- account is not authorized to receive email.")
      combine({ "allowed", "authorized", "permitted" }, " to receive ", { "mail", "email", "e-mail", "messages" },
        " from")),
    category = "recipient_policy",
    description = "The recipient or its administrator refuses this sender (personal blocklist, filter, members-only list).",
    examples = {
      "You have not enough privilege to send mail to mail list news@example.org, this mail list can only accept mails come from internal members",
      "550 5.7.1 APPROVAL.NotAuthorized; message cannot be delivered.",
      "The group team@googlegroups.com does not allow posting through email.",
      "553 The user refused to receive mail from you",
      "450 4.7.1 Mail to this user is accepted from the same domain only",
      "550 5.7.1 Recipient doesn't want your mail",
      "550 5.1.1 <user@example.cz> sender is blacklisted",
      "551 Sender is on domain's blacklist",
      "550 Mail is rejected by recipients",
      "550 sender in prision",
      "550 User in blacklist",
      "550 5.7.1 Sender is on user denylist",
      "550 5.7.1 Recipient does not accept mail from this sender",
      "Your message was automatically rejected by Sieve, a mail filtering language. The following reason was given: not wanted",
      "550 5.7.1 User is not allowed to receive mail from this sender",
      "550 Envelope blocked - User Entry",
      "550 5.2.0 Message Filtered",
      "550 5.7.133 Sender not authenticated for group",
      "550 5.7.1 Refused due to recipient preferences",
      "550 Envelope rejected - Block policy for envelope from address",
      "550 5.7.1 Your message can't be delivered because delivery to this address is restricted.",
      "550 5.7.124 Sender not in allowed-senders list",
      "550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)",
      "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
      "554 5.7.1 Your mail could not be delivered because the recipient is only accepting mail from specific email addresses (whitelist)",
      "550 5.7.129 Sender isn't allowed to send to this group",
      "550 5.7.1 This list is for members only",
      "550 blacklisted sender: bounce@example.com",
      "550 noreply@example.com does not accept bounces",
      "Message was refused by recipient's mail filtering program. Reason given was as follows: Message rejected.",
      "554 5.7.1 This message has been blocked because it is from a blocklisted email address.",
      "550 Message rejected by the recipient's mail filter",
      "550 5.7.1 Rejected by recipient's reception settings",
      "554 5.7.1 This recipient does not accept mail from unknown senders",
      "550 5.7.1 Recipient has chosen not to receive mail from this sender",
    },
  },
  -- Dovecot's rejection notice (its rejection_reason: "Your message to <%t> was automatically
  -- rejected:%n%r"), for a Sieve script's reject: the recipient's own filter turned the message
  -- away in words its owner wrote. Low, so that a reason the server gives (a full mailbox, an
  -- unknown user) decides where the notice carries one.
  {
    id = "text.recipient_policy.sieve_reject",
    priority = 12,
    match = "was automatically rejected",
    category = "recipient_policy",
    description = "The recipient's own mail filter rejected the message.",
    examples = { "Your message to <user@example.org> was automatically rejected: I am not taking mail from you." },
  },
  -- The recipient, its group or list takes mail from some senders only ("Recipient only accepts
  -- mail from known senders", Exchange's delivery restrictions "accept messages only from"); a
  -- server that takes mail only from its own users says so of itself, not of a recipient.
  {
    id = "text.recipient_policy.only_from",
    priority = 45,
    match = ONLY_ACCEPTS,
    pattern = phrases.sequence({ "recipient", "mailbox", "user", "address", "group", "list" }, " ", ONLY_ACCEPTS,
      { " mail", " email", " e-mail", " messages", " posts", "" }, " from"),
    category = "recipient_policy",
    description = "The recipient takes mail only from senders it knows; ask the recipient to allow ours.",
    examples = {
      "550 5.7.1 Recipient only accepts mail from known senders",
      -- Citadel's netconfig.c for a list room: its members post, no one else
      "550 This mailing list only accepts posts from subscribers.",
    },
  },
  -- Exchange's codes for groups, mailboxes, public folders and mail users that take mail only
  -- from authenticated (internal) senders; no other receiver uses them.
  {
    id = "text.recipient_policy.exchange_codes",
    priority = 44,
    status = "5.7.133-136",
    category = "recipient_policy",
    description = "The recipient accepts mail only from authenticated senders of its own organization.",
    examples = { "550 5.7.136 Sender was not authenticated" },
  },
  -- ... and the resolver's names for the same restrictions, which the NDR quotes whatever status
  -- the relaying server put before them ("554 5.7.0 < #5.7.133 smtp;550 5.7.133
  -- RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction
  -- check failed because the sender was not authenticated when sending to this group>",
  -- Microsoft Learn, "Fix NDR error 5.7.133 through 5.7.136 in Exchange Online"; a mail-enabled
  -- public folder that takes no external mail, "RESOLVER.RST.AuthRequired", or a recipient that
  -- takes mail only from senders it authorized, "RESOLVER.RST.NotAuthorized"): the
  -- "authentication required" there is the recipient's rule, not a relay's.
  {
    id = "text.recipient_policy.exchange_restriction",
    priority = 60,
    match = { "resolver.rst.authrequired", "resolver.rst.notauthorized", "resolver.rst.sendernotauthenticated",
      "resolver.rst.restrictedto", "delivery restriction check failed" },
    category = "recipient_policy",
    description = "The recipient accepts mail only from authenticated senders of its own organization.",
    examples = {
      "554 5.7.0 < #5.7.133 smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group>",
      "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
      "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
    },
  },
  -- Exchange 2000/2003's DSN texts for the statuses of a refused recipient, which it writes above
  -- the remote server's own reply (KB 284204; KB 817425: "You do not have permission to send to
  -- this recipient. For assistance, contact your system administrator. <server #5.7.1>" for a
  -- delivery restriction; KB 870585: "The message reached the recipient's e-mail system, but
  -- delivery was refused. ... <server #5.2.1>"), and Google Workspace's "you don't have
  -- permission to send to it". The text follows the status, not the cause: below every family
  -- that names one, so that the quoted reply ("<server #5.7.1 smtp;550 5.7.1 Message rejected
  -- as spam>") decides where it says more.
  {
    id = "text.recipient_policy.no_permission",
    priority = 25,
    match = { "permission to send to", "permissions to send to" },
    category = "recipient_policy",
    description = "The recipient or its administrator does not let this sender write to it.",
    examples = {
      "You do not have permission to send to this recipient. For assistance, contact your system administrator. <mx.example.org #5.7.1>",
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it.",
    },
  },
  {
    id = "text.recipient_inactive.refused",
    priority = 25,
    match = "recipient's e-mail system, but delivery was refused",
    type = "soft",
    category = "recipient_inactive",
    description = "The recipient's system refused delivery to the mailbox (Exchange's text for 5.2.1); keep the address.",
    examples = {
      "The message reached the recipient's e-mail system, but delivery was refused. Attempt to resend the message. If it still fails, contact your system administrator. <mx.example.org #5.2.1>",
    },
  },
  -- The recipient's domain takes mail only from the IP addresses or senders it allowlisted.
  {
    id = "text.recipient_policy.allowlist",
    priority = 45,
    match = { "whitelist", "white list", "allowlist", "allow list" },
    pattern = [[ "not " ("in" / "on") " " ("the " / "our " / "my ")? ("whitelist" / "white list" / "allowlist" / "allow list") ]],
    category = "recipient_policy",
    description = "The recipient's domain accepts mail only from allowlisted senders or IP addresses.",
    examples = {
      "421 4.7.0 IP not in whitelist for RCPT domain, closing connection.",
      "550 5.7.1 Sender is not on the allow list of this mailbox",
    },
  },
  -- Google Groups answers a refused post with a localized notice: the group may not exist or
  -- take posts only from its members. The help link is the one part every language shares.
  {
    id = "text.recipient_policy.google_groups",
    priority = 45,
    match = "groups.google.com/support",
    category = "recipient_policy",
    description = "The Google group does not exist or does not accept posts from this sender.",
    examples = {
      "We're writing to let you know that the group you tried to contact (example) may not exist, or you may not have permission to post messages to the group. If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.",
      "Hallo user@example.jp, Sie erhalten diese E-Mail, weil die Gruppe, die Sie kontaktieren möchten (example), möglicherweise nicht vorhanden ist. Besuchen Sie die Hilfe unter https://groups.google.com/support/.",
    },
  },
  -- A group's own limit on how many outside addresses it delivers to (Google Groups' notice, as
  -- received and posted in github.com/codeforamerica/brigade/issues/242: "The group g@example.org
  -- has exceeded its quota for total number of external recipients."): the group's rule, not a
  -- full mailbox, whatever "exceeded its quota" says. Google documents no wording for it.
  {
    id = "text.recipient_policy.group_external_quota",
    priority = 46,
    match = { "number of external recipients", "quota of external recipients", "external recipients quota" },
    category = "recipient_policy",
    description = "The group limits how many outside addresses it delivers to; its owner can raise the limit.",
    examples = {
      "The group team@example.org has exceeded its quota for total number of external recipients.",
    },
  },
  {
    id = "text.recipient_rate_limited",
    priority = 44,
    match = join({
      "receiving mail too quickly", "receiving email too quickly", "receiving mail at a rate",
      "receiving email at a rate", "receiving messages too quickly", "receiving too much mail", "receive limit",
      "mailbox unavailable or access denied", "support.google.com/mail/answer/6592",
      -- Gmail's help keys ReceivingRate and ReceivingRatePerm, in its ?p= links or quoted bare
      "receivingrate",
      -- Dovecot's lmtp (lmtp-local.c, lmtp_user_concurrency_limit): "451 4.3.0 <a@b> Too many
      -- concurrent deliveries for user"; the recipient's own mailbox takes no more at once
      "concurrent deliveries for user", "concurrent deliveries for this user", "concurrent deliveries to user",
      "concurrent deliveries for the user", "concurrent deliveries for recipient",
    },
      -- the recipient, not the sender, got too much: "too many messages for this recipient",
      -- "too much mail to this user" (Gmail's, Yahoo's and Exchange's per-recipient limits)
      combine({ "too many messages", "too many emails", "too many mails", "too much mail" }, " ",
        { "for", "to" }, " ", { "this ", "the ", "that " }, { "recipient", "user", "mailbox", "address" }),
      -- ... and the recipient named as the one over its rate ("The recipient <a@b> has exceeded
      -- their message rate limit", Yandex)
      combine({ "exceeded their", "exceeded its", "exceeded his", "exceeded her" }, " ",
        { "message rate", "receiving rate", "rate limit", "incoming rate", "message limit" })),
    category = "recipient_rate_limited",
    description = "The recipient is receiving too much mail in a short time and is temporarily restricted; pause and retry later.",
    examples = {
      "450 4.2.1 https://support.google.com/mail/answer/6592",
      "451 4.5.1 The recipient <user@example.com> has exceeded their message rate limit. Try again later.",
      "550 5.2.1 https://support.google.com/mail/?p=ReceivingRatePerm",
      "550 Mailbox unavailable or access denied",
      "450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
      "550 5.2.1 ReceivingRatePerm",
      "452 4.2.1 Too many messages for this recipient, try again later",
      "451 4.3.0 <user@example.org> Too many concurrent deliveries for user",
    },
  },
  -- Seed 004 files a bare "OverQuota" under a recipient that received too much mail in a short
  -- time; Google's OverQuotaTemp / OverQuotaPerm links stay with a full mailbox.
  {
    id = "text.recipient_rate_limited.overquota",
    priority = 44,
    match = "overquota",
    pattern = "'overquota' ![a-z]",
    category = "recipient_rate_limited",
    description = "The recipient received too much mail in a short time; do not retry at once.",
    examples = { "550 OverQuota" },
  },
  -- The same word inside a name is no token of the seed's: cPanel's Exim routes a recipient over
  -- its quota through its "virtual_user_maildir_overquota" router ("R=virtual_user_maildir_overquota:
  -- Mailbox quota exceeded"), a full mailbox.
  {
    id = "text.mailbox_full.quota_router",
    priority = 45,
    match = "_overquota",
    category = "mailbox_full",
    description = "The recipient's mailbox is over its storage quota.",
    examples = { "R=virtual_user_maildir_overquota: Mailbox quota exceeded" },
  },
  -- Said of an account or user, the one-word spelling is that mailbox's storage quota, not the
  -- seed's bare token.
  {
    id = "text.mailbox_full.overquota",
    priority = 45,
    match = "is overquota",
    category = "mailbox_full",
    description = "The recipient's mailbox is over its storage quota.",
    examples = { "550 5.2.2 user@example.com account is overquota" },
  },
  -- Domino's mail file is its mailbox: its router's "mail file size exceeds the maximum size
  -- allowed for mail delivery" (recorded in Sisimai's mailbox-full list) is the mailbox quota, not
  -- the message's size, so it ranks above the message-size wording it contains.
  {
    id = "text.mailbox_full.mail_file",
    priority = 53,
    match = { "mail file size exceeds", "mail file is over quota", "mail file has exceeded" },
    category = "mailbox_full",
    description = "The recipient's mailbox is full.",
    examples = { "Unable to deliver message: mail file size exceeds the maximum size allowed for mail delivery" },
  },
  {
    id = "text.mailbox_full",
    priority = 43,
    match = join({
      "mailbox exceeded", "mailbox has exceeded", "mailbox limit exceeded", "mailbox size limit", "mailbox size exceeded",
      -- Ipswitch IMail: "User mailbox exceeds allowed size"
      "mailbox exceeds", "maximum mailbox size", "mailbox quota", "over quota", "overquota", "quota exceed", "quota violation",
      -- hyphenated ("451 Over-quota")
      "over-quota", "quota-exceeded",
      "over the allowed quota", "disk quota", "diskspace quota", "disk space quota", "storage quota",
      "out of storage", "insufficient storage", "storage limit", "storage space",
      "full mailbox", "disk space limit",
      "support.google.com/mail/answer/6558",
      -- spelled so in the reply (KumoMTA's community rules, Tencent's bounce code table)
      "mailbox limit exeeded",
      -- SmarterMail: the recipient's whole domain used up its disk allocation ("The domain size
      -- limit has been exceeded")
      "domain size limit",
      -- CommuniGate Pro's Local Delivery module holds mail "If Account is full" (its LOCAL
      -- settings), and reports the account so; the same words from any server
      "account is full",
      -- Exchange's store driver delivering into a mailbox over its quota (Microsoft's NDR
      -- reference: "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"),
      -- in whatever status the server wraps it; a submission's quota (SubmissionQuotaExceeded) is
      -- the sender's, so only the delivery's exception names
      "deliver.exception:quotaexceeded", "mapiexceptionshutoffquotaexceeded", "mapiexceptionquotaexceeded",
      -- the account's quota for mail coming in (iName's "550 [SMTPD]: This account has temporarily
      -- exceeded its incoming quota", as a 1998 list archive holds one)
      "its incoming quota", "incoming mail quota",
    },
      -- Exim appendfile ("mailbox is full", "MTA-imposed quota exceeded"), Domino ("User's mailbox
      -- is full"), Exchange ("The recipient's mailbox is full"), qmail-ldap ("mailfolder is over"),
      -- Yahoo, AOL: the mailbox, in any of its names, full or over
      combine({ "mailbox", "mail box", "inbox", "mailfolder", "mail folder", "folder", "maildir", "mail store" },
        { " is", " was", "" }, { " full", " over " }),
      -- Dovecot's quota plugin, Cyrus, Courier, vpopmail: "Quota exceeded", "over its quota",
      -- "exceeds the storage quota", "reached its quota"
      combine({ "exceeded", "exceeds", "exceed", "exceeding", "over", "reached", "above" }, " ",
        { "", "its ", "the ", "his ", "her ", "their ", "the user's ", "the recipient's ", "the mailbox ",
          "the storage ", "the disk ", "storage ", "mailbox ", "disk " },
        { "quota", "storage limit", "size limit", "mailbox limit", "mailbox size limit", "storage quota" }),
      -- Postfix local(8) and virtual(8): the mailbox file or maildir could not grow ("cannot
      -- update mailbox ...: error writing message: File too large", EFBIG under mailbox_size_limit,
      -- "Disk quota exceeded", EDQUOT); its other errors are the host's (system_error)
      { "error writing message: file too large", "error writing message: disk quota exceeded" },
      -- the mailbox out of room in other words ("Mailbox is out of space", "The user's mailbox has
      -- reached its maximum size"); not the server's disk ("No space left on device" names none)
      combine({ "mailbox", "mail box", "inbox", "mail folder", "mailfolder" }, { " is", " has", " has run", " ran", "" },
        { " out of space", " out of storage", " out of disk space", " reached its maximum size", " reached its size limit",
          " reached its maximum allowed size", " reached its maximum storage", " reached the maximum allowed size",
          " reached the maximum size",
          " reached its storage limit", " reached its limit", " no free space", " no space left" })),
    category = "mailbox_full",
    description = "The recipient's mailbox is full or over its quota.",
    examples = {
      "The user's mailbox has reached its maximum size",
      "Mailbox is out of space",
      "452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp",
      "552 5.2.2 https://support.google.com/mail/answer/6558",
      "550 mailbox limit exceeded",
      "552 mailbox is full",
      "552 Folder is full",
      "User mailbox exceeds allowed size",
      "552 5.2.1 Quota exceeded or service disabled",
      "552 5.2.2 <user@example.com>: user is over quota",
      "550 user@example.com is over quota; exceed mailbox quota",
      "552 5.2.2 <user@example.com>: Quota exceeded (mailbox for user is full)",
      "The users mailfolder is over the allowed quota (size). (#5.2.2)",
      "552 Mailbox limit exeeded for this email address",
      "mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/user)",
      "User's mailbox is full",
      "cannot update mailbox /var/mail/user for user user. error writing message: File too large",
      "552 5.2.2 Allocating 24000 bytes would exceed quota",
      "Reason: The domain size limit has been exceeded",
      "LOCAL module(account user) reports: account is full",
      "554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message",
    },
  },
  -- The account exists but takes no mail: disabled, suspended, closed, locked (TAXONOMY rule 3).
  -- A mailbox both full and inactive is one nobody reads (Google's SMTP error reference for
  -- OverQuotaPerm: "The recipient's inbox is out of storage space and inactive"; the same state
  -- said with the other words for a full mailbox): inactive, above the full mailbox its first
  -- words name.
  {
    id = "text.recipient_inactive.full",
    priority = 44,
    match = combine({ "over quota", "over its quota", "out of storage space", "out of storage", "full" },
      { " and inactive", " and is inactive", " and has been inactive" }),
    category = "recipient_inactive",
    type = "hard",
    description = "The recipient's mailbox is full and no longer used.",
    examples = { "552 5.2.2 The email account that you tried to reach is over quota and inactive." },
  },
  -- An address its server calls obsolete ("Recipient address rejected: This identity is
  -- obsolete"): kept on file as a retired address, not one that takes mail.
  {
    id = "text.recipient_inactive.obsolete",
    priority = 42,
    match = combine({ "identity", "address", "account", "mailbox", "email address", "e-mail address", "user" },
      { " is obsolete", " has become obsolete", " is now obsolete" }),
    category = "recipient_inactive",
    type = "hard",
    description = "The recipient's address is retired and takes no mail.",
    examples = { "554 5.7.1 <user@example.org>: Recipient address rejected: This identity is obsolete" },
  },
  -- Wording of qmail-ldap and vpopmail ("account is locked", "This account has been disabled or
  -- discontinued"), Gmail ("The email account that you tried to reach is disabled"), Yahoo,
  -- NetEase ("user suspended"), La Poste ("The recipient account is blocked"), Postfix's
  -- restriction classes ("Disabled recipient address").
  {
    id = "text.recipient_inactive",
    priority = 42,
    match = join(INACTIVE, {
      "no longer active", "no longer in use", "disabled recipient",
      -- Yahoo: a mailbox closed for want of use
      "due to extended inactivity",
      -- ... and the same closure in other words ("Account blocked due to inactivity")
      "due to inactivity", "because of inactivity", "for inactivity", "due to prolonged inactivity",
      "due to long inactivity",
      -- an address "is now disabled" (the Chinese portals' "<user> is now disabled with SMTP/MTA
      -- service"), said of the recipient unless the sender's account is named (sender.lua)
      "is now disabled",
      -- qmail-ldap: "Mailaddress is administratively disabled. (#5.2.1)", and its qmail-lspawn as
      -- spelled there ("Mailaddress is administrativley disabled. (LDAP-ERR #220)"); Qsmtp and
      -- others: "Mailbox not enabled for receiving"
      "administratively disabled", "administrativley disabled", "not enabled for receiving", "not enabled to receive",
      -- spamdyke's recipient blacklist (ERROR_RECIPIENT_BLACKLISTED: "Refused. Mail is not being
      -- accepted at this address."): the address takes no mail
      "not being accepted at this address", "not accepted at this address",
    },
      -- Stalwart's local delivery (email/message/delivery.rs) for an account without the right to
      -- receive mail: "This account is not authorized to receive email."
      combine({ "account is not", "account isn't", "mailbox is not", "user is not" }, " ",
        { "authorized", "allowed", "permitted" }, " to receive"),
      -- CommuniGate Pro's account setting ("LOCAL module(account x) reports: mail receiving
      -- disabled"), and incoming mail switched off for the account in other words
      combine({ "mail receiving", "incoming mail", "mail reception", "receiving mail", "email receiving" },
        { " is", " has been", "" }, { " disabled", " suspended", " deactivated" }),
      -- the recipient's whole domain switched off on its server (hMailServer's RecipientParser:
      -- "550 Domain has been disabled."); the sender's own domain is the sender side's
      combine({ "domain", "mail domain", "email domain" }, { " is", " has been", " was" }, { " disabled", " deactivated", " suspended" })),
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled, suspended or closed.",
    examples = {
      "550 Account blocked due to inactivity",
      "550 5.1.1 <user@example.com>: Recipient address rejected: Address locked or deactivated",
      "Mailaddress is administrativley disabled. (LDAP-ERR #220)",
      "550 <user@example.org> is now disabled with MTA service",
      "550 User suspended",
      "LOCAL module(account user) reports: mail receiving disabled",
      "525 5.7.13 <user@example.org>: Recipient address rejected: Disabled recipient address",
      "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
      "550 5.1.1 Account inactive",
      "550 5.1.1 Inactive mbox",
      "550 5.1.1 user@example.net Account Closed, Please Remove",
      "554 delivery error: dd Sorry your message to user@example.net cannot be delivered. This account has been disabled or discontinued [#102]. - mta1.mail.example.net",
      "550 5.2.1 The email account that you tried to reach is disabled.",
      "The user(s) account is disabled.",
      "550 5.5.0 The recipient account is blocked.",
      "550 5.2.1 <user@example.com>: mailbox is inactive",
      "550 The user's mailbox is not active",
      "vdelivermail: account is locked email bounced",
      "550 5.2.1 This mailbox has been permanently deactivated",
      "550 5.2.1 user@example.com is a deactivated mailbox",
      "550 5.5.0 This account is not authorized to receive email.",
    },
  },
  -- ... which the account is only for a while: kept (TAXONOMY rule 3), it may take mail again.
  {
    id = "text.recipient_inactive.temporary",
    priority = 43,
    match = INACTIVE_FOR_NOW,
    type = "soft",
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled or locked for a while; keep the address and retry later.",
    examples = {
      "550 5.2.1 This account has been temporarily suspended",
      "550 5.2.1 <user@example.com>: account is temporarily locked",
      "550 Recipient rejected: temporarily inactive",
      "554 mailbox temporary locked",
      "550 5.2.1 Account suspended temporarily",
    },
  },
  -- ... or said so in a temporary reply: the LMTP back ends that refuse a disabled mailbox for
  -- now (Cyrus lmtpengine.c sends "Delivery to mailbox is disabled" as 451 4.2.1, Zimbra's
  -- LmtpReply.MAILBOX_DISABLED "450 4.2.1 Mailbox disabled, not accepting messages" while an
  -- account is under maintenance), FTGate ("451 4.2.1 <a@b> mailbox disabled (#3.13)"): the
  -- receiver itself expects the mailbox back.
  {
    id = "text.recipient_inactive.deferred",
    priority = 43,
    class = 4,
    match = join(INACTIVE, { "delivery to mailbox is disabled" }),
    type = "soft",
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled for now, in a temporary reply; keep the address and retry later.",
    examples = {
      "451 4.2.1 Delivery to mailbox is disabled",
      "450 4.2.1 Mailbox disabled, not accepting messages",
      "451 4.2.1 user@example.org mailbox disabled (#3.13)",
    },
  },
  {
    id = "text.recipient_inactive.try_later",
    priority = 43,
    match = {
      combine({ "account", "mailbox", "user" }, " ", { "is ", "has been ", "" }, { "", "currently " }, INACTIVE_STATES),
      { "try again later", "please try later", "try later", "for the time being",
        -- the state is the administrator's work on the mailbox (Zimbra's account status
        -- "maintenance", answered as LMTP 450 4.2.1 "Mailbox disabled, not accepting messages"): it ends
        "maintenance", "being migrated", "migration in progress" },
    },
    type = "soft",
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled for now, the reply asks to retry; keep the address.",
    examples = { "550 5.2.1 Mailbox disabled, please try again later", "550 5.2.1 The mailbox is locked for maintenance" },
  },
  -- The recipient's domain does not exist or publishes no mail service (TAXONOMY rule 4). A DNS
  -- failure that may pass is network_error (transport.lua, higher priority).
  {
    id = "text.domain_invalid",
    priority = 41,
    match = join({
      -- Postfix dns_lookup.c and smtp_addr.c: "Host or domain name not found. Name service error for
      -- name=... type=A: Host not found" or "...: Host found but no data record of requested type";
      -- getaddrinfo(3) through Postfix: "Name or service not known", "No address associated with hostname"
      "host or domain name not found", "host not found", "host found but no data record", "name or service not known",
      -- a name refused as no valid host name (gen_smtp's example server at HELO: "554 invalid
      -- hostname"), the sender's own at HELO and MAIL by the stage
      "invalid hostname",
      -- RFC 3463's name for X.1.2, given as the reply's text
      "bad destination system address",
      -- Amazon SES gave up on a domain whose MX names no usable address ("Delivery expired
      -- (message too old) 'no valid ip addresses'")
      "no valid ip addresses",
      "no address associated with hostname",
      -- Sendmail err.c: "Host unknown (Name server: example.invalid: host not found)", "...: no data known"
      "host unknown", "host name unknown", "no data known",
      -- the same verdict with a verb, or the name written as one word (hocoroco's error-mail guide:
      -- "host name is unknown"; CleverReach's bounce meanings: "host is unknown")
      "host name is unknown", "hostname is unknown", "hostname unknown", "host is unknown", "bad host name",
      -- qmail-remote perm_dns / perm_nomx: "Sorry, I couldn't find any host named example.invalid. (#5.1.2)"
      "couldn't find any host named", "couldn't find a mail exchanger", "find a mail exchanger or ip address",
      -- Exim: a domain no router can route ("Unrouteable address", "unrouteable mail domain")
      "unrouteable", "unroutable",
      -- the DNS answer by name; Gmail's "DNS Error: ... responded with code NXDOMAIN"
      "nxdomain", "null mx", "nullmx", "indicated no smtp service", "illegal host/domain",
      -- RFC 7505's record described rather than named (mox's smtpclient: "domain does not accept
      -- email as indicated with single dot for mx record")
      "single dot for mx", "domain does not accept email as indicated",
      "no data by dns resolve",
      -- Outlook.com: the recipient's domain has no usable mail route
      "domain is not reachable. please check the domain",
      -- cPanel's Exim: its DNS router found no mail route for the recipient's domain
      "the account or domain may not exist",
      -- Exchange: the DNS lookup of the recipient's domain answered NXDOMAIN
      "infodomainnonexistent", "nonexistentdomain",
      -- Haraka outbound (hmail.js): neither MX nor address records, "No Such Domain", null MX
      "nowhere to deliver mail", "sends and receives no email",
      -- Apache James's RemoteDelivery (MailDelivrer.handleNoTargetServer): "There are no DNS entries
      -- for the hostname example.org. I cannot determine where to send this message."
      "no dns entries for",
      -- Exchange 2000/2003's DSN texts for 5.4.0: "The destination server for this recipient could
      -- not be found in Domain Name Service (DNS)", "... the recipient's destination email system
      -- is unknown or invalid"
      "could not be found in domain name service", "destination email system is unknown",
      "destination e-mail system is unknown",
      -- XMail Errors.cpp and SMTPSvr.cpp: "Remote domain has no DNS/MX entries", "DNS name not
      -- exist" (its NXDOMAIN); said of the sender's domain ("505 Your domain has no DNS/MX
      -- entries") the sender's side takes it
      "no dns/mx entries", "dns name not exist",
      -- Courier libesmtp.C ("Domain does not receive mail."); hMailServer's SMTPDeliverer ("No mail
      -- servers appear to exists for the recipient's address") and its sender check ("Sender domain
      -- does not have any MX records."); Momentum ("554 5.4.4 [internal] Domain Lookup Failed")
      "does not receive mail", "no mail servers appear to exist", "does not have any mx records",
      -- a domain its host says it does not use (Haraka's tests: "550 5.0.0 This domain is not in use")
      "domain is not in use",
      "domain lookup failed", "domain look up failed", "domain look-up failed",
    },
      -- OpenSMTPD mta.c ("Domain does not exist", "No MX found for domain", "Invalid domain name"),
      -- Postfix ("Recipient address rejected: Domain not found"), Exchange ("nonexistent domain"),
      -- and the same words in any order
      combine({ "domain", "domain name", "mail domain", "recipient domain", "destination domain" }, " ",
        { "does not exist", "doesn't exist", "not exist", "not found", "unknown", "is unknown", "could not be found",
          "couldn't be found", "cannot be found", "does not resolve", "doesn't resolve", "is not resolvable",
          "could not be resolved", "couldn't be resolved", "cannot be resolved", "can't be resolved" }),
      combine({ "unknown", "invalid", "no such", "nonexistent", "non-existent", "non existent", "unresolvable" }, " ",
        { "domain", "mail domain", "recipient domain", "destination domain" }),
      { "unknown host", "no such host", "nonexistent host", "non-existent host" },
      -- no MX record, and none to fall back on (qmail, OpenSMTPD, Yahoo "No MX record found for domain=");
      -- a sending service's "Unable to find MX of domain"
      combine("no ", { "mx", "mail exchanger", "valid mx" }),
      combine({ "unable to find", "could not find", "couldn't find", "cannot find", "can't find", "failed to find" },
        { " mx", " an mx", " the mx", " any mx", " mx record" })),
    category = "domain_invalid",
    description = "The recipient's domain does not exist or publishes no mail service (no MX, null MX).",
    examples = {
      "Delivery failed: domain does not accept email as indicated with single dot for mx record",
      "Delivery expired (message too old) 'no valid IP addresses' (delivery attempts: 3)",
      "524 Host not found by dns resolve",
      "550 host name is unknown",
      "526 No data by dns resolve",
      "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
      "Host or domain name not found. Name service error for name=example.org type=AAAA: Host found but no data record of requested type",
      "550 5.1.2 <user@example.invalid>... Host unknown (Name server: example.invalid: host not found)",
      "Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
      "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
      "550 5.4.4 Invalid domain",
      "No MX found for domain",
      "Domain does not exist",
      "498 No MX for example.invalid",
      "an MX or SRV record indicated no SMTP service",
      "450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found",
      "550 unknown host",
      "550 Unrouteable address",
      "554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)",
      "The mail server could not deliver mail to user@example.net.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
      "550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent]",
      "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
      "unable to look up host example.invalid: Name or service not known",
      "Nowhere to deliver mail to for domain: example.org",
      "There are no DNS entries for the hostname example.invalid.  I cannot determine where to send this message.",
      "DNS Error: 1234 DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid",
      "The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry. <mx.example.org #5.4.0>",
      "The message could not be delivered because the recipient's destination email system is unknown or invalid. Please check the address and try again, or contact your system administrator to verify connectivity to the email system of the recipient. <mx.example.org #5.4.0>",
      "Remote domain has no DNS/MX entries",
      "Domain does not receive mail.",
      "Error Type: SMTP Error Description: No mail servers appear to exists for the recipient's address. Additional information: Please check that you have not misspelled the recipient's email address.",
      "554 5.4.4 [internal] Domain Lookup Failed",
    },
  },
  {
    id = "text.domain_invalid.no_mail",
    priority = 41,
    match = "does not accept mail",
    -- said of a domain (RFC 7504's 556 "Domain does not accept mail"), not of a host: RFC 7504's
    -- 521 "Host does not accept mail" is a server that takes no mail at all, as ASSP's "521
    -- <host> does not accept mail - closing transmission" is at its greeting
    pattern = [[ "domain " (!"does " [^ ]+ " ")? "does not accept mail" !" from" ]],
    category = "domain_invalid",
    description = "The recipient's domain declares that it accepts no mail (null MX, RFC 7505).",
    examples = {
      "556 5.1.10 <user@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)",
      "Domain does not accept mail",
    },
  },
  -- "Domain example.invalid does not exist" (OpenSMTPD's lka, Exchange's "DNS domain ... does
  -- not exist"), Gmail's notice "... because the domain example.invalid couldn't be found": the
  -- domain's name between the words. Above the notice's heading ("Address not found").
  {
    id = "text.domain_invalid.named",
    priority = 40,
    match = { { "domain" },
      { "does not exist", "doesn't exist", "not found", "couldn't be found", "could not be found", "is unknown",
        "could not be resolved" } },
    pattern = [[ "domain " [^ ]+ " " ("does not exist" / "doesn't exist" / "not found" / "couldn't be found" /
                 "could not be found" / "is unknown" / "could not be resolved") ]],
    category = "domain_invalid",
    description = "The recipient's domain does not exist.",
    examples = {
      "554 5.4.4 [internal] Domain example.invalid does not exist",
      "Address not found Your message wasn't delivered to user@example.invalid because the domain example.invalid " ..
        "couldn't be found. Check for typos or unnecessary spaces and try again.",
    },
  },
  -- Gmail's DNS Error lists each lookup it made; where the A lookup of the domain had no answer
  -- as well as the MX lookup, the domain has no mail route at all.
  {
    id = "text.domain_invalid.no_address",
    priority = 41,
    match = "had no relevant answers",
    pattern = [[ "type 'a' lookup of " [^ ]+ " had no relevant answers" ]],
    category = "domain_invalid",
    description = "The recipient's domain has neither an MX nor an address record.",
    examples = {
      "DNS Error: 1234 DNS type 'mx' lookup of example.org responded with code NOERROR 1234 DNS type 'mx' lookup of example.org had no relevant answers. 1234 DNS type 'a' lookup of example.org responded with code NOERROR 1234 DNS type 'a' lookup of example.org had no relevant answers.",
    },
  },

  -- The mailbox does not exist (TAXONOMY rule 2), at any SMTP stage.
  -- An address said to be malformed, or not to conform to the RFC's syntax (chrj/smtpd's "501
  -- 5.1.3 Malformed e-mail address", smf-spf's "550 5.1.3 Recipient address does not conform to
  -- RFC-2821 syntax"): the address, not the message's form, whose words it shares; given for the
  -- envelope sender, the stage or its 5.1.7 makes it the sender's (sender_invalid).
  {
    id = "text.recipient_unknown.malformed_address",
    priority = 50,
    match = {
      "malformed e-mail address", "malformed email address", "malformed mail address", "address does not conform",
      -- ASSP names the standard the address breaks ("553 Malformed (RFC822) address: a..b@c")
      "malformed (rfc822) address", "malformed (rfc2822) address", "malformed (rfc5322) address",
      "malformed rfc822 address",
    },
    category = "recipient_unknown",
    description = "The recipient address is not a valid address.",
    examples = {
      "501 5.1.3 Malformed e-mail address",
      "550 5.1.3 Recipient address does not conform to RFC-2821 syntax",
      "553 Malformed (RFC822) address: user..name@example.org",
    },
  },
  {
    id = "text.recipient_unknown.syntax",
    priority = 31,
    match = {
      "bad address syntax", "recipient address syntax", "bad destination mailbox address syntax",
      -- RFC 3463 X.1.3's name and its short forms (vpopmail's chkuser: "rcpt syntax not allowed")
      "address syntax", "rcpt syntax", "recipient syntax",
      -- spamdyke's ERROR_RCPT_TO_LOCAL ("554 Improper recipient address. Try supplying a domain name.")
      "improper recipient address",
      -- Postfix's reject_non_fqdn_recipient ("Recipient address rejected: need fully-qualified
      -- address"), an address with no domain ("recipient address must contain a domain")
      "need fully-qualified address", "must contain a domain",
      -- the same for an address that names no domain (slimta's MX relay: "550 5.1.5 Recipient
      -- address has no domain")
      "address has no domain", "has no domain part",
      "invalid address format", "malformed address", "invalid rcpt to address",
      -- Outlook's 5.1.3 notice ("The format of the email address isn't correct. A correct address
      -- looks like this: someone@example.com")
      "format of the email address isn't correct", "format of the email address is not correct",
      "format of the e-mail address isn't correct", "format of the e-mail address is not correct",
      "format of the email address is incorrect", "format of the email address is invalid",
      -- characters an address may not hold ("Restricted characters in address", "invalid
      -- characters in recipient")
      "characters in address", "characters in the address", "characters in recipient",
      -- MailCleaner's Exim ACLs: "restricted characters in local address", "... in remote address"
      "characters in local address", "characters in remote address",
      -- RFC 5321's own 553 text: "mailbox name not allowed (e.g., mailbox syntax incorrect)"
      "mailbox name not allowed", "mailbox syntax incorrect",
      -- Apache James's RcptCmdHandler ("553 5.1.3 Syntax error in recipient address") and Zimbra's
      -- LMTP server (LmtpReply.INVALID_RECIPIENT_ADDRESS, "500 5.5.2 Syntax error in recipient
      -- address"): the RCPT argument does not parse as an address; above the bare "syntax error"
      "syntax error in recipient", "syntax error in the recipient", "syntax error in rcpt",
      "syntax error in destination address", "syntax error in the destination address",
      -- hMailServer's SMTPConnection.cpp for a recipient that does not parse ("550 A valid address is
      -- required."), and the same demand in other servers' words
      "valid address is required", "valid email address is required", "valid e-mail address is required",
      "valid recipient address is required",
      -- RFC 5321's 64-octet limit on a local part, named by the server that enforces it
      -- (go-guerrilla's "550 5.5.4 Local part too long, cannot exceed 64 characters")
      "local part too long", "local-part too long", "local part is too long", "local-part is too long",
    },
    category = "recipient_unknown",
    description = "The recipient address is not a valid address.",
    examples = {
      "550 5.5.4 Local part too long, cannot exceed 64 characters",
      "550 A valid address is required.",
      "504 5.5.2 <user>: Recipient address rejected: need fully-qualified address",
      "553 5.1.3 Invalid characters in recipient address", "501 Bad address syntax", "501 5.1.3 Bad recipient address syntax",
      "553 Requested action not taken: mailbox name not allowed", "553 5.1.3 sorry, rcpt syntax not allowed",
      "550 restricted characters in local address",
      "553 5.1.3 Syntax error in recipient address",
      "500 5.5.2 Syntax error in recipient address",
    },
  },
  -- The local delivery program's exit status for a user it does not know (sysexits.h EX_NOUSER), as
  -- the MTA words it above the program's output: Postfix's pipe(8) (global/pipe_command.c: "user
  -- unknown. Command output: ...", 5.1.1) and procmail run for a user the system lacks (procmail.c:
  -- "procmail: Unknown user \"x\""). Above text.system_error.local_delivery, whose other failures
  -- of such programs say nothing of the address.
  {
    id = "text.recipient_unknown.delivery_program",
    priority = 33,
    match = { "user unknown. command output:", "procmail: unknown user" },
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "user unknown. Command output: Mailbox does not exist", "procmail: Unknown user \"jdoe\"" },
  },
  -- Exchange's routing failure that names the recipient address as its cause ("554 5.4.4 Unable to
  -- route due to invalid recipient address"): the address, above the routing words (text.routing_error).
  {
    id = "text.recipient_unknown.unroutable_address",
    priority = 49,
    match = { "due to invalid recipient", "because of invalid recipient", "due to an invalid recipient" },
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "554 5.4.4 Unable to route due to invalid recipient address" },
  },
  -- A bare syntax error under RFC 3463's X.1.3 ("Bad destination mailbox address syntax") is the
  -- address's, not the command's: Courier's rewriting modules answer a recipient they cannot
  -- parse with "513 Syntax error." (and a sender with "517 Syntax error."), the status in the code.
  {
    id = "text.recipient_unknown.syntax_status",
    priority = 30,
    status = "5.1.3",
    match = { "syntax", "malformed", "unparsable", "unparseable", "cannot parse", "can't parse" },
    category = "recipient_unknown",
    description = "The recipient address is not a valid address.",
    examples = { "513 Syntax error.", "553 5.1.3 Syntax error in address" },
  },
  {
    id = "text.recipient_unknown.listed_invalid",
    priority = 31,
    -- Spambrella: the address is on the list its recipient discovery marked invalid
    match = { "invalid rcptto", "address is marked as invalid" },
    category = "recipient_unknown",
    description = "The receiver keeps this address on its list of invalid addresses.",
    examples = {
      "559 Invalid rcptto",
      "550 5.7.1 : Recipient address rejected: User email address is marked as invalid",
    },
  },
  -- A local delivery program (procmail, a pipe) that exits with EX_NOUSER: Postfix's sys_exits.c
  -- reports it as 5.1.1 "user unknown" with the program's output, which outranks the program's
  -- other failures (system_error).
  {
    id = "text.recipient_unknown.local_delivery",
    priority = 33,
    status = "5.1.1",
    match = { "pipe to |", "procmail:", "command died with status", "command output:" },
    category = "recipient_unknown",
    description = "The recipient host's delivery program found no such user.",
    examples = {
      "5.1.1 procmail: Couldn't create \"/var/spool/mail/user\" id: user: No such user",
      "550 5.1.1 user unknown. Command output: Invalid user specified.",
    },
  },
  -- Exchange Online's directory-based edge blocking: "550 5.4.1 Recipient address rejected: Access
  -- denied" (and 5.7.504) means the recipient's tenant has no such address (Microsoft's NDR
  -- reference). The same words under another status are Postfix's access table refusing the
  -- address (smtpd_check.c: "<%s>: Recipient address rejected: Access denied"), a policy. Under
  -- 5.4.1 a server answered, so the status names no unanswered host: the refusal alone, quoted
  -- without its "Access denied", says the same.
  {
    id = "text.recipient_unknown.edge_blocking",
    priority = 30,
    status = "5.4.1",
    match = "recipient address rejected",
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "550 5.4.1 Recipient address rejected" },
  },
  {
    id = "text.recipient_unknown.edge_blocking_504",
    priority = 30,
    status = "5.7.504",
    match = "recipient address rejected: access denied",
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "550 5.7.504 [user@example.com]: Recipient address rejected: Access denied" },
  },
  -- The lookup that failed, in the verb's words ("Unable to find user: <a@b>", Prodigy's servers,
  -- as the SpamAssassin public corpus holds one; "Could not find mailbox"): never "the
  -- recipient", which goes on to its domain ("Unable to find the recipient's email server",
  -- hMailServer), and never an "address", which may be a host's.
  {
    id = "text.recipient_unknown.not_found_by_verb",
    priority = 30,
    match = { FIND, FOUND_NOTHING },
    pattern = phrases.sequence(FIND, " ", { "", "the ", "that ", "this ", "such a " }, FOUND_NOTHING),
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "Unable to find user: <user@example.org>", "550 Could not find the mailbox of user@example.org" },
  },
  -- A server that takes no mail for the user named: the user, not the domain, which is
  -- relaying's ("we don't handle mail for example.org", text.relay_denied, which this outranks).
  {
    id = "text.recipient_unknown.not_handled",
    priority = 60,
    match = phrases.combine("handle mail for ", { "that ", "this ", "the " }, { "user", "recipient", "address" }),
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "550 Requested action was not taken because this server doesn't handle mail for that user" },
  },
  {
    id = "text.recipient_unknown",
    priority = 30,
    match = join({
      -- X.400 non-delivery diagnostics (ITU-T X.411 NonDeliveryDiagnosticCode), as X.400 gateways
      -- and Exchange write them out ("Non-delivery-diagnostic: <name>"): the O/R name matches no
      -- recipient, or several
      "unrecognised-or-name", "unrecognized-or-name", "unrecognised or name", "unrecognized or name",
      "ambiguous-or-name",
      -- Twisted's SMTPBadRcpt default, what its servers answer for an address their lookup does
      -- not know ("550 Cannot receive for specified address <a@b>")
      "cannot receive for specified address",
      -- Coremail's knowledge base among its no-such-user replies ("550 #2175041 unavailable mail user")
      "unavailable mail user",
      -- seed 004; Gmail's NoSuchUser help page
      "unknown or illegal alias", "delivery error: dd", "mail/?p=nosuchuser", "support.google.com/mail/answer/6596",
      "mail/bin/answer.py?answer=6596",
      -- the no-such-user token as one word: Netscape and Sun/iPlanet Messaging Server's error keys
      -- ("err.nosuchuser"), providers' tags ("NoSuchUser", "no_such_user")
      "nosuchuser", "no_such_user", "no-such-user",
      -- the address itself as the subject, named only by the address ("550 <a@b> does not have an
      -- account on this system"): third person, never the sender's "you do not have an account"
      "does not have an account on", "doesn't have an account on", "has no account on",
      -- Sendmail, Postfix local(8): "User unknown", "unknown user: \"user\""; Exim's default
      -- configuration "Unknown user"; OpenSMTPD "Invalid recipient"; Dovecot LMTP "User doesn't
      -- exist: user@example.org"; James, Domino, Courier "No such user"
      "unknown or illegal user", "invalid final delivery userid", "addressee unknown",
      -- qmail-local and vpopmail: "Sorry, no mailbox here by that name. (#5.1.1)"
      "no mailbox here by that name", "no mailbox by that name", "no account by that name",
      -- the user left without a forwarding address (the Exim spec's example of a :fail: alias,
      -- "Gone away, no forwarding address"; RFC 5321's 551 "User not local" for the same)
      "no forwarding address",
      -- an address said not to be served here ("Email address - a@b - is not available here")
      "is not available here", "not available on this server", "is not hosted here", "not hosted on this server",
      "no such person", "no one at this address", "there is no one at",
      -- vmailmgr's vdeliver ("Invalid or unknown virtual user", "Invalid or unknown base user or
      -- domain", "User name does not refer to a virtual user")
      "unknown virtual user", "invalid virtual user", "unknown base user", "does not refer to a virtual user",
      -- the mailbox named as absent in the words of other servers, as Sisimai's user-unknown list
      -- records them ("No mail box available for this user", "Mailbox not present", "No mailbox
      -- found", "<a@b> is not an active address at this host")
      "no mail box available", "no mailbox available", "mailbox not present", "no mailbox found",
      "not an active address",
      -- "I'm sorry but a@b does not have an account here" (the receiver's own words for no user)
      "does not have an account here", "doesn't have an account here", "has no account here",
      -- Domino: "User user (user@example.org) not listed in Domino Directory", "... public Name & Address Book"
      "not listed in domino directory", "not listed in public name & address book",
      -- an address that names more than one entry is no address (TAXONOMY rule 2): Domino
      -- ("Several matches found in Domino Directory"), Exchange 5.5/2000's X.400 diagnostic ("The
      -- recipient name is ambiguous", "(000C0595) Ambiguous Recipient", KB 251152)
      "several matches found in domino directory", "recipient name is ambiguous", "ambiguous recipient",
      -- qmail's validrcptto patch: "sorry, this recipient is not in my validrcptto list (#5.7.1)"
      "validrcptto",
      -- SpamExperts (N-able Mail Assure) knowledge base, "Classifications": the filtered domain's
      -- list of local recipients lacks the address ("Destination address is not configured.")
      "destination address is not configured",
      -- qmail's badrcptto patch ("553 sorry, your envelope recipient is in my badrcptto list
      -- (#5.7.1)"), and sagredo-dev/qmail's qmail-smtpd.c err_bmt ("553 sorry, your envelope
      -- recipient has been denied (#5.7.1)"): the administrator lists the address as one that
      -- takes no mail
      "badrcptto", "badrecipientto", "envelope recipient has been denied", "envelope recipient is in my",
      -- Exchange 2000/2003 (X.400 diagnostic), Exchange's NDR and its resolver codes (5.1.10
      -- RESOLVER.ADR.RecipientNotFound, RESOLVER.ADR.RecipNotFound, RESOLVER.ADR.ExRecipNotFound)
      "recipient name is not recognized", "recipnotfound", "recipientnotfound",
      -- RFC 3463's name for X.1.1, given as the reply's text
      "bad destination mailbox address",
      "tried to reach does not exist", "wasn't found at", "was not found in the recipient's",
      "you entered couldn't be found", "you entered could not be found",
      -- Exchange and LDAP-backed receivers: the address is not in the directory
      "not present in directory", "not in the directory", "not found in the directory", "not in directory",
      -- a list address that names no list: Stalwart's SMTP inbound (rcpt.rs, "550 5.1.2 Mailing
      -- list not found."), under a status that would otherwise read as the domain's
      "mailing list not found", "mailing list does not exist", "mailing list doesn't exist", "unknown mailing list",
      "no such mailing list", "no such list",
      -- Oracle Communications (Sun Java System) Messaging Server's error_text_srs_timeout and
      -- error_text_srs_badhash MTA options ("SRS/MUL address has timed out", "SRS/MUL address has a
      -- bad hash value", 550 5.7.1; msg.wikidoc.info, "Error text MTA options"): the recipient is
      -- an SRS return address that no longer decodes, so no mailbox is behind it
      "srs/mul address has timed out", "srs/mul address has a bad hash",
      -- ... and the same check in ASSP's words ("551 5.7.6 invalid SRS signature: hash mismatch")
      "invalid srs signature", "bad srs signature", "srs signature invalid", "srs hash mismatch",
      "invalid srs recipient", "invalid srs address",
      -- characters no local part may hold (DirectAdmin's Exim ACL, after Exim's default
      -- configuration: "Invalid characters in local_part")
      "invalid characters in local_part", "invalid characters in local part", "illegal characters in local part",
      -- an address that is no address at all, by RFC 5321's syntax (Postal's "553 The recipient
      -- address <a@@b> is not a valid RFC-5321 address."); hMailServer's route whose list of
      -- addresses does not hold it ("550 Recipient not in route list.")
      "not a valid rfc-5321 address", "not a valid rfc 5321 address", "not a valid rfc5321 address",
      "not in route list",
      -- a recipient its server has no entry for (MailEnable's KB: "Domain for (x) is locally
      -- serviced, but recipient is not defined in address map"; "user not defined")
      "recipient is not defined", "user is not defined", "recipient not defined", "user not defined",
      "mailbox is not defined", "address is not defined", "not defined in address map",
      -- ... or none set up at the address (Plesk's qmail: "No E-mail address is configured at this
      -- address Please check the spelling", as the TREC 2007 corpus holds one)
      "no e-mail address is configured", "no email address is configured", "no mailbox is configured",
      "no e-mail address configured", "no email address configured", "no mailbox configured",
    },
      -- Netscape Messaging Server's and other gateways' returned mail: "This Message was
      -- undeliverable due to the following reason: The following destination addresses were
      -- unknown (please check the addresses and re-mail the message)"; the address named alone
      -- ("recipient address was unknown")
      combine({ "destination address", "destination addresses", "recipient address", "recipient addresses" },
        { " was unknown", " were unknown", " is unknown", " are unknown" }),
      -- "user unknown", "mailbox does not exist", "address could not be found", "recipient not found"
      combine(MAILBOX, " ", NOT_EXISTING),
      -- the address is no user of the receiving server ("not user of this server", "is not a user
      -- on this system")
      combine({ "not user", "not a user", "no user" }, { " of this", " on this", " at this" },
        { " server", " system", " host", " domain", " site" }),
      -- "unknown user", "no such mailbox", "invalid recipient", "not a valid user", "unregistered address"
      combine(NOT_EXISTING_BEFORE, " ", join(MAILBOX, { "gateway user", "local user", "person" })),
      -- the same of a virtual domain's user, as hosters' MTAs name it (XMission's reject codes:
      -- "Invalid Virtual Mail Recipient"; "unknown virtual user")
      combine(NOT_EXISTING_BEFORE, " virtual ", { "user", "recipient", "mail recipient", "mailbox", "address" }),
      -- an account its provider deleted: no mailbox is left behind the address (RFC 5321's 550
      -- "mailbox unavailable", as bounce help pages give its cause: falconyte.com's "SMTP Error
      -- 550": "the mailbox has been permanently deleted")
      combine({ "account", "mailbox", "mail box", "user account", "email account", "e-mail account", "mail account" },
        " ", { "has been", "was", "is" }, " ", { "", "permanently " }, { "deleted", "removed" })),
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = {
      "550 #2175041 unavailable mail user",
      "Non-delivery-diagnostic: unrecognised-OR-name",
      "550 5.1.1 user@example.org is not an active address at this host",
      "550 vdeliver: Invalid or unknown virtual user 'user'",
      -- passed on by a gateway whose name holds filter words (Barracuda Spam & Virus Firewall)
      "Remote Server returned '< #5.0.0 X-Spam-&-Virus-Firewall; host mx.example.org[192.0.2.1] said: 550 5.1.1 " ..
        "<user@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)>'",
      "550 user@example.org does not have an account on this system",
      "550 I'm sorry but user@example.org does not have an account here",
      "500 (err.nosuchuser)",
      "550 <user@example.org> is not a user on this system",
      "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser",
      "550 5.1.1 https://support.google.com/mail/answer/6596",
      "550 Invalid User",
      "550 Mailbox not found",
      "550 user not exist",
      "550 User not found",
      "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table",
      "host mx.example.org[192.0.2.4] said: 550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command)",
      "host mx.example.jp[192.0.2.2] said: 550 5.1.1 <user@example.jp>... User Unknown (in reply to end of DATA command)",
      "host mail.example.net[192.0.2.78] said: 550 Unknown user user@example.net (in reply to end of DATA command)",
      "Sorry, no mailbox here by that name. (#5.1.1)",
      "557 Email address - user@example.com - is not available here. Disconnecting...",
      "User user (user@example.jp) not listed in Domino Directory",
      "553 5.1.1 unknown or illegal user: user@example.jp",
      "Invalid final delivery userid",
      "The recipient name is not recognized MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6)",
      "The recipient name is ambiguous. MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C0595) Ambiguous Recipient",
      "Several matches found in Domino Directory",
      "553 sorry, your envelope recipient has been denied (#5.7.1)",
      "553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)",
      "Your message wasn't delivered to user@example.com because the address couldn't be found. Check for typos or unnecessary spaces and try again.",
      "550 5.1.1 The email account that you tried to reach does not exist.",
      "Your message to user@example.com couldn't be delivered. user wasn't found at example.com.",
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
      "unknown user: \"user\"",
      "550 5.1.1 <user@example.org> User doesn't exist: user@example.org",
      "550 Invalid recipient: <user@example.org>",
      "550 'user@example.org' is not a registered gateway user",
      "vdelivermail: user does not exist",
      "550 5.1.1 <user@example.org>: Email address could not be found, or was misspelled",
      "550 5.1.2 Mailing list not found.",
      "550 5.7.1 SRS/MUL address has timed out",
    },
  },
  {
    id = "text.recipient_unknown.user_account",
    priority = 30,
    match = { "t have a", "t have an", "does not have a" },
    -- doesn’t folds to doesn't; "doesnt" as replies quoted by hand lose the apostrophe
    pattern = [[ ("doesn't" / "doesnt" / "does not") " have a" "n"? " " [^ ]+ " account" ]],
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = {
      "554 delivery error: dd This user doesn’t have a example.net account (user@example.net) [-5] - mta1.mail.example.net",
      "554 delivery error: This user doesnt have a example.net account",
      "550 This user does not have an example.org account",
    },
  },
  -- The mailbox has moved or the address is no longer served here: RFC 5321's 551 "User not
  -- local; please try <forward-path>", RFC 3463's 5.1.6 "Destination mailbox has moved, no
  -- forwarding address". The address itself is gone (TAXONOMY rule 2).
  {
    id = "text.recipient_unknown.moved",
    priority = 42,
    match = join(
      combine({ "user", "mailbox", "address", "recipient", "account", "addressee" }, " has moved"),
      combine("no longer ", { "on this server", "on server", "at this address", "hosted here", "served here",
        "accepts mail", "valid" }),
      { "user not local", "not our customer", "has been replaced by", "moved permanently" },
      -- the new address given to write to instead (rahul.net's bounce alias: "Recipient address
      -- rejected: PLEASE RESEND YOUR EMAIL TO: user@example.com")
      { "please resend your email to", "please resend your message to", "please resend your mail to",
        "please resend to" },
      -- the same said of a hosted address (a Chinese mail host's bounce table: "This target address
      -- is not our MX service client")
      { "not our mx service client", "not our client", "not our mx client" }),
    category = "recipient_unknown",
    description = "The recipient's mailbox has moved or is no longer served here.",
    examples = {
      "550 5.1.6 recipient no longer on server: user@example.org",
      "551 User not local; please try <user@example.net>",
      "551 5.1.6 Mailbox has moved",
      "550 5.1.1 This address no longer accepts mail.",
    },
  },

  -- Words that carry the meaning in any vendor's wording, for the receivers no family above
  -- names: below the specific families, above the bare refusals.
  {
    id = "text.recipient_unknown.keywords",
    priority = 29,
    match = { "no such", "nonexistent", "non-existent", "non existent" },
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "554 No such name on this system", "550 Sorry, no such ID here" },
  },
  -- "<user@example.org> does not exist": said of an address. Said of a bare domain name, it may
  -- be the sender's ("553 example.com does not exist" after MAIL FROM), so it takes the @.
  {
    id = "text.recipient_unknown.address_not_exist",
    priority = 29,
    match = { "not exist", "n't exist" }, -- "n’t" folds to "n't"
    pattern = [[ "@" [^ ]+ " " ("does not exist" / "doesn't exist" / "does not exists" / "not exist") ]],
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = { "550 <user@example.org> does not exist", "550 5.1.1 RCPT <user@example.org> doesn't exist here" },
  },

  -- The mailbox named, then a verdict on it a few words on, its address or other words between
  -- ("Mailbox <user@example.org> not found", "Recipient address ... no longer exists"): the
  -- "User unknown" of Postfix, Exim and qmail in other vendors' own word order. Below every family
  -- that names the wording whole, and below the sender's side, whose words outrank it.
  {
    id = "text.recipient_unknown.near",
    priority = 28,
    match = { NAMED_MAILBOX, GONE },
    pattern = phrases.near(NAMED_MAILBOX, GONE, 40),
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = {
      "550 Mailbox <user@example.org> not found",
      "550 5.1.1 Recipient address <user@example.org> no longer exists",
      "550 The mailbox user@example.org is not valid",
      "554 5.1.1 Recipients are invalid: user@example.org",
      "550 The recipient 'user' is unknown",
    },
  },
  -- Wording that only says a recipient was refused. It refines a bare reply code but yields to an
  -- enhanced status, which says more (Postfix prefixes any recipient restriction with it).
  {
    id = "text.recipient_unknown.rejected",
    layer = "code",
    priority = 1,
    match = { "recipient address rejected", "recipient rejected", "no valid recipients", "no correct recipients" },
    category = "recipient_unknown",
    description = "The recipient address was refused without a more specific reason; most often the mailbox does not exist.",
    examples = { "521 Recipient address rejected", "Error: No valid recipients for this message" },
  },
  -- RFC 5321's text for 550, and for 450 ("mailbox busy"): only the permanent one says the address is bad.
  {
    id = "text.recipient_unknown.unavailable",
    priority = 10,
    class = 5,
    -- and "account unavailable", one of the MTA replies Salesforce's bounce management reads as an
    -- unknown user (help.salesforce.com, article 000385221)
    match = join(MAILBOX_UNAVAILABLE, { "account unavailable", "account is unavailable",
      -- the same text as servers localized in Spanish, Portuguese, French, Italian, German and Dutch
      -- give it
      "buzon no disponible", "caixa postal indisponivel", "caixa de correio indisponivel",
      "boite aux lettres indisponible", "boite aux lettres non disponible", "casella non disponibile",
      "casella di posta non disponibile", "postfach nicht verfugbar", "postfach ist nicht verfugbar",
      "mailbox niet beschikbaar", "mailbox is niet beschikbaar" }),
    category = "recipient_unknown",
    description = "The recipient's mailbox is unavailable; most often it does not exist.",
    examples = { "550 Requested action not taken: mailbox unavailable", "550 account unavailable" },
  },
  -- ... under a status of the mailbox's state, RFC 5321's generic words leave the status to decide
  -- (TAXONOMY.md rule 9, whose list of soft statuses holds 5.2.0 to 5.2.2): "550 5.2.0 Mailbox
  -- unavailable" is no proof the address is gone, "552 5.2.2 ..." is a full mailbox.
  {
    id = "text.recipient_inactive.unavailable_status",
    priority = 11,
    status = "5.2.0-1",
    match = MAILBOX_UNAVAILABLE,
    category = "recipient_inactive",
    type = "soft",
    description = "The mailbox is unavailable; its status says no more than that, so it may pass.",
    examples = { "550 5.2.0 Mailbox unavailable" },
  },
  {
    id = "text.mailbox_full.unavailable_status",
    priority = 11,
    status = "5.2.2",
    match = MAILBOX_UNAVAILABLE,
    category = "mailbox_full",
    description = "The recipient's mailbox is full (its status, 5.2.2, under generic words).",
    examples = { "552 5.2.2 Requested mail action not taken: mailbox unavailable" },
  },
  -- Mailing lists and groups that take posts from their subscribers only, or hold them for their
  -- moderators: the Exim spec's closed lists ("$local_part@lists.example is a closed mailing
  -- list"), Courier's couriermlm ("<a@b> is not subscribed to this mailing list"), Sympa
  -- ("restricted to list subscribers"), Mailman ("Post by non-member to a members-only list"; 3's
  -- "The message is not from a list member", "The message comes from a moderated member"; 2's
  -- "You are not allowed to post to this mailing list"), mlmmj's listtexts ("you are not a list
  -- subscriber", "matched a rule set up by the list administrator", "the moderators are being
  -- asked to review it"). A hold notice's own words ("held until the list moderator can review
  -- it") give no reason: the one it lists decides (a post too big).
  {
    id = "text.recipient_policy.lists",
    priority = 45,
    match = {
      "not a list subscriber", "not from a list member", "members-only list", "members only list",
      "set up by the list administrator", "moderators are being asked", "moderated member",
      "moderated list", "moderated posts", "allowed to post to this mailing list",
      "closed mailing list", "is a closed list", "private list", "not subscribed to this", "not subscribed to the list",
      "not subscribed to list", "not a subscriber", "non-subscriber", "nonsubscriber", "restricted to list subscribers",
      "restricted to subscribers", "subscribers only", "only subscribers", "non-member", "nonmember",
      "not a list member", "not a member of the list", "not a member of the group",
      -- fml, the Japanese list manager, in its English notices ("You are not member", "NOT MEMBER
      -- article from user@example.org")
      "are not member", "not member article",
      -- the rest of mlmmj's deny-post reasons (text.skel/en/deny-post): the list's address not in
      -- the headers ("the list address was not found in either the To: or CC: header"), a list
      -- only its moderators post to, a post no moderator released in time
      "list address was not found in either", "not a list moderator",
      "without any moderator releasing it",
      -- ezmlm-idx (lang/en_US/messages: TXT_REJECT_POSTS "Sorry, I've been told to reject your
      -- posts", ERR_NO_ADDRESS "List address must be in To: or Cc:")
      "told to reject your posts", "list address must be in",
      -- Mailman 2's hold reasons and rejections (Mailman/Handlers/Hold.py): a post whose list
      -- address is only implicit (Bcc), to a list restricted to some senders
      "implicit destination", "restricted list", "list is restricted",
    },
    category = "recipient_policy",
    description = "The mailing list or group takes posts from its subscribers only.",
    examples = {
      "550 NOT MEMBER article from user@example.org",
      "The message from <user@example.com> was unable to be delivered to the list because you are not a list subscriber.",
      "550 user@lists.example.org is a closed mailing list",
      "550 user@lists.example.org is not subscribed to this mailing list.",
      "550 The email address used to send your message is not subscribed to this group",
      "The message from <user@example.com> with subject \"x\" was unable to be delivered to the list because the list address was not found in either the To: or CC: header.",
    },
  },
  -- ezmlm-idx's programs refusing a post to a list (ezmlm-reject's "Sorry, I don't accept
  -- messages shorter than 2 bytes (#5.2.3)", ezmlm-issubn, ezmlm-gate), as qmail-local passes
  -- their words back: the list's own rules, never its address, in whatever language the list
  -- speaks (TAXONOMY.md rule 8). Only the type: the words, else the status, name the cause.
  {
    id = "text.list_program",
    priority = 90,
    match = { "ezmlm-reject:", "ezmlm-issubn:", "ezmlm-gate:", "ezmlm-store:", "ezmlm-send:", "ezmlm-checksub:" },
    type = "soft",
    description = "The mailing list refused the post by its own rules; the list's address is not at fault.",
    examples = {
      "ezmlm-reject: fatal: Sorry, I don't accept messages shorter than 2 bytes (#5.2.3)",
      -- lang/de/messages, ERR_MIN_SIZE
      "ezmlm-reject: fatal: Tut mir leid, ich akzeptiere keine Nachrichten, die kleiner sind, als 2 Bytes (#5.2.3)",
    },
  },
  -- The list's own limits on what a post may be (ezmlm-reject's ERR_MIN_SIZE, ERR_BAD_TYPE,
  -- ERR_BAD_PART: "Sorry, I don't accept messages of MIME Content-Type 'text/html'", "a message
  -- part has an unacceptable MIME Content-Type"): a policy of the list, not an attachment judged
  -- dangerous.
  {
    id = "text.policy_block.list_content",
    priority = 53,
    match = {
      "accept messages shorter than", "accept messages smaller than", "accept messages of mime content-type",
      "has an unacceptable mime content-type",
      -- Mailman 2's hold reasons (Hold.py: "Message may contain administrivia", "Message has a
      -- suspicious header") and its rejections for them ("Please do *not* post administrative
      -- requests to the mailing list", "Your message had a suspicious header")
      "may contain administrivia", "post administrative requests", "a suspicious header",
    },
    category = "policy_block",
    description = "The mailing list's rules refuse posts of this form (too short, this MIME type, a command or a suspicious header).",
    examples = {
      "Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)",
      "Sorry, a message part has an unacceptable MIME Content-Type: 'application/x-msdownload' (#5.2.3)",
      "Message may contain administrivia",
    },
  },
  -- A list's moderator refused the post: the list's decision, not the address (TAXONOMY.md rule 8).
  -- Mailman ("has been rejected by the list moderator") and Sympa ("Your message for list %s has
  -- been rejected by the moderator"), in their translations (Sympa's po/sympa/{fr,ru,pl,de,es,it,
  -- pt,nl}.po): a moderator's word beside a verdict's, folded. A post held for a moderator's
  -- approval is no refusal: it needs the verdict. Below the causes a moderator gives as the
  -- reason (Mailman 2's refuse.txt quotes it: "Your message was too big", spam, a policy).
  {
    id = "text.recipient_policy.moderator",
    priority = 26,
    match = {
      { "moderator", "moderateur", "moderatore", "moderador", "модератор", "moderatora", "moderatorem" },
      { "rejected", "refused", "declined", "discarded", "rejete", "refuse", "отвергнут", "отклонен", "odrzucon",
        "abgelehnt", "zuruckgewiesen", "rechazad", "rifiutat", "respint", "rejeitad", "recusad", "geweigerd",
        "afgewezen" },
    },
    category = "recipient_policy",
    description = "The mailing list's moderator refused the message.",
    examples = {
      "Your message for list users@lists.example.org has been rejected by the moderator (owner@example.org).",
      "Votre message pour la liste a@example.net a été rejeté par owner@example.net, modérateur de la liste.",
      "Ваше сообщение в рассылку a@example.net было отвергнуто модератором (owner@example.net).",
      "Twoja wiadomość wysłana na listę a@example.net została odrzucona przez moderatora (owner@example.net).",
    },
  },
  -- The recipient itself refused this sender: ZoneMTA's list records "Your message was rejected by
  -- this user and was not delivered"; "by the recipient's server" or "by recipient domain" is
  -- something else.
  {
    id = "text.recipient_policy.refused_by_user",
    priority = 45,
    match = { "rejected by", "refused by", "declined by" },
    pattern = [[ ("rejected" / "refused" / "declined") " by " ("this " / "the ")? ("user" / "recipient" / "addressee")
                 !("'" / "s" / " server" / " domain" / " mail" / " system" / " host" / " organi" / " side") ]],
    category = "recipient_policy",
    description = "The recipient refuses mail from this sender.",
    examples = { "550-Your message was rejected by this user and was not delivered" },
  },
  -- Filters the recipient or its administrator set up: Exchange's Sender Filter agent (its
  -- SenderFilterConfig block list), Courier's per-recipient allow lists ("412 You are not
  -- whitelisted by this recipient, please try again later."), AT&T's text-message gateway ("has
  -- restricted SMS e-mail"), challenge-response services ("This account is protected by ..."),
  -- AOL's allow list ("the sender isn't on the recipient's list of senders to accept mail from"),
-- and the recipient's content rules and posting checks Sisimai's policy list records ("because
-- the recipient is not accepting mail with ...", "allowable number of posts without solving a
-- captcha").
  {
    id = "text.recipient_policy.sender_filters",
    priority = 45,
    match = {
      "senderfilterconfig", "whitelisted by this recipient", "restricted sms", "account is protected by",
      "list of senders to accept", "recipient is not accepting mail", "without solving a captcha",
    },
    category = "recipient_policy",
    description = "The recipient or its administrator filters out this sender.",
    examples = {
      "554 5.7.105 Rejected by SenderFilterConfig",
      "412 You are not whitelisted by this recipient, please try again later.",
      "550 user@example.net has restricted SMS e-mail",
    },
  },
  -- Mailman 3's banned-address rule ("Message sender a@b is banned from this list"): the list's own
  -- ban of a sender, the recipient's side (TAXONOMY.md rule 8), above the ban lists to be delisted
  -- from (text.blocklisted.banned).
  {
    id = "text.recipient_policy.list_ban",
    priority = 71,
    match = { "banned from this list", "banned from the list", "banned from posting", "banned from this mailing list" },
    category = "recipient_policy",
    description = "The list's owner has banned this sender from posting.",
    examples = { "Message sender bob@example.com is banned from this list" },
  },
  -- The account named and said to be suspended or disabled, with the address or other words
  -- between ("user user@example.org is currently suspended", "<user@example.org> has been
  -- deactivated"), and Gmail's help key for a disabled account (?p=DisabledUser).
  {
    id = "text.recipient_inactive.named",
    priority = 41,
    match = { ACCOUNT_NAMED, ACCOUNT_STATE },
    pattern = NAMED_ACCOUNT_STATE,
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled, suspended or closed.",
    examples = {
      "550 The account user@example.org is currently suspended",
      "550 <user@example.org> has been deactivated",
      -- zonemta-wildduck's reply for a disabled user
      "550 User \"john\" is currently disabled",
    },
  },
  -- ... in a temporary reply, as text.recipient_inactive.deferred reads the other wordings
  -- (DirectAdmin's Exim ACL: "451 The domain example.org is currently suspended. Try later."):
  -- the receiver expects the account back.
  {
    id = "text.recipient_inactive.named_deferred",
    priority = 42,
    class = 4,
    match = { ACCOUNT_NAMED, ACCOUNT_STATE },
    pattern = NAMED_ACCOUNT_STATE,
    type = "soft",
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled for now, in a temporary reply; keep the address and retry later.",
    examples = { "451 The domain example.org is currently suspended. Try later." },
  },
  -- The person behind the address has left ("has left the company", "no longer with the
  -- organization", "no longer works here"), as gateways' rules refuse former staff's addresses: a
  -- closed mailbox. Only in a refusal (class 5): an auto-reply says the same of a live mailbox.
  {
    id = "text.recipient_inactive.left",
    priority = 41,
    class = 5,
    match = phrases.join(
      combine({ "has left ", "left " }, { "the ", "our " }, LEFT_PLACES),
      combine("no longer with ", { "the ", "our " }, LEFT_PLACES),
      { "no longer works", "no longer employed", "no longer with us" }),
    category = "recipient_inactive",
    description = "The person behind the address has left; the mailbox is closed.",
    examples = { "550 5.7.1 This person has left the company and no longer receives mail here" },
  },
  {
    id = "text.recipient_inactive.codes",
    priority = 42,
    match = {
      "disableduser", "user or domain is disabled", "suspend the service",
      -- Orange's and La Poste's archived mailbox, without the LPN/OFR token their packs read
      "destinataire archivee", "archived recipient",
    },
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled.",
    examples = { "550 5.2.1 https://support.google.com/mail/?p=DisabledUser", "550 5.5.0 Boite du destinataire archivee." },
  },
  -- A full mailbox in more MTAs' words: Apache James ("The following recipients do not have
  -- enough space for storing the email you sent them."), Dovecot's quota plugin ("Too many
  -- messages in the mailbox"), gromox ("554 Requested mail action aborted: exceeded storage
  -- allocation; too much mail data"), and the wordings Sisimai's list records ("user has too
  -- many messages on the server", "the user's space has been used up", "mailbox would exceed
  -- maximum allowed storage"). Above the sending-rate wording ("too many messages").
  {
    id = "text.mailbox_full.space",
    priority = 43,
    match = {
      "have enough space for storing", "has enough space for storing", "does not have enough space",
      "too many messages in the mailbox", "too many messages on the server",
      "space has been used up", "space is used up", "maximum allowed storage", "mailbox would exceed",
    },
    category = "mailbox_full",
    description = "The recipient's mailbox is full or over its quota.",
    examples = {
      "552 The following recipients do not have enough space for storing the email you sent them.",
      "552 5.2.2 Too many messages in the mailbox",
    },
  },
  -- The message larger than what the mailbox has left ("Message size exceeds remaining quota"):
  -- the mailbox's room, though the message's size is named, so above the size wording.
  {
    id = "text.mailbox_full.remaining",
    priority = 53,
    match = { "remaining quota", "remaining storage", "remaining mailbox space", "remaining mailbox quota" },
    category = "mailbox_full",
    description = "The message does not fit in what the recipient's mailbox has left.",
    examples = { "552 5.2.2 Message size exceeds remaining quota" },
  },
  -- RFC 5321's own 552 text, which says storage and no more: a mailbox's, unless the reply's other
  -- words name the message's size (gromox's "554 Requested mail action aborted: exceeded storage
  -- allocation; too much mail data"; a server's "552-Requested mail action aborted: exceeded
  -- storage allocation" over "552 Mail size limit exceeded." at MAIL FROM's SIZE=), so below them.
  {
    id = "text.mailbox_full.storage_allocation",
    priority = 51,
    match = "exceeded storage allocation",
    category = "mailbox_full",
    description = "The recipient's mailbox has no room for the message.",
    examples = { "552 Requested mail action aborted: exceeded storage allocation" },
  },
  -- The mailbox's storage named, and its excess a few words away, in either order: Coremail ("Mailbox space not enough (space limit
  -- is %dKB)"), "the recipient quota limit is exceeded", "mailbox capacity reached". Not the
  -- message's size ("message size exceeds"), not the server's disk.
  {
    id = "text.mailbox_full.near",
    priority = 41,
    match = { MAILBOX_STORAGE, STORAGE_EXCEEDED },
    pattern = phrases.near(MAILBOX_STORAGE, STORAGE_EXCEEDED, 30),
    category = "mailbox_full",
    description = "The recipient's mailbox is full or over its quota.",
    examples = {
      "ErrMsg=Mailbox space not enough (space limit is 10240KB)",
      "552 Sorry the recipient quota limit is exceeded.",
      "452 4.2.2 Mailbox capacity reached for this user",
    },
  },
  -- gromox's "450 Mailbox <address> is full": the address between the words.
  {
    id = "text.mailbox_full.named",
    priority = 43,
    match = "is full",
    pattern = "('mailbox' / 'mail box' / 'inbox') ' ' [^ ]+ ' is full'",
    category = "mailbox_full",
    description = "The recipient's mailbox is full.",
    examples = { "450 Mailbox user@example.org is full" },
  },
  -- An account held back for receiving too much (recorded in Sisimai's list: "account disabled
  -- temporarly for exceeding receiving limits"): the rate, not the account, is the cause.
  {
    id = "text.recipient_rate_limited.receiving_limits",
    priority = 44,
    match = { "receiving limit", "receiving rate limit" },
    category = "recipient_rate_limited",
    description = "The recipient received too much mail and is restricted for a while; retry later.",
    examples = { "550 Account disabled temporarly for exceeding receiving limits" },
  },
  -- Postfix's address verification ("Recipient address rejected: undeliverable address: <why>")
  -- and qmail's refusal spelt with a hyphen ("sorry, no mail-box here by that name").
  {
    id = "text.recipient_unknown.verify",
    priority = 30,
    match = { "rejected: undeliverable address", "no mail-box here", "no mail-box by that name" },
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = {
      "550 5.1.1 <user@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 <user@example.org>: Recipient address rejected",
      "553 sorry, no mail-box here by that name",
    },
  },
  -- A mailbox that only "may" not exist, under a 4xx: Postfix's reject_unverified_recipient
  -- (smtpd_check.c, "<%s>: %s rejected: unverified address: %.250s") answers 450 by default
  -- (unverified_recipient_reject_code) with the probe's reason, and a reason that hedges says
  -- the receiver does not know. Soft: nothing says the address is gone.
  {
    id = "text.recipient_unknown.hedged",
    priority = 30,
    class = 4,
    match = { "may not exist", "might not exist", "may no longer exist", "might no longer exist" },
    category = "recipient_unknown",
    type = "soft",
    action = "retry",
    description = "The receiver could not confirm the recipient's mailbox for now; it may not exist. Retry before removing the address.",
    examples = {
      "450 4.1.1 <user@example.org>: Recipient address rejected: unverified address: the mailbox may not exist",
    },
  },
  -- Postfix's reject_unverified_recipient with the reason Proxmox Mail Gateway sets
  -- (unverified_recipient_reject_reason = Recipient address lookup failed, main.cf.in): under a
  -- 5xx the probe found no such mailbox; under a 4xx it is still in progress, and
  -- text.system_error.internal reads the lookup that failed for now.
  {
    id = "text.recipient_unknown.lookup_failed",
    priority = 30,
    class = 5,
    match = "recipient address lookup failed",
    category = "recipient_unknown",
    description = "The receiver verified the recipient address and found no such mailbox.",
    examples = { "550 5.1.1 <user@example.org>: Recipient address rejected: Recipient address lookup failed" },
  },
  -- A gateway that checks each recipient with the mail server behind it (a callout) before it
  -- takes the message, and was told no: Baruwa's rejection messages ("Recipient verification
  -- failed: The recipient email address could not be verified", bastion.umanix.net/info), VIPRE
  -- Email Security's rejection reasons ("Invalid Mailbox (Call FWD)", "Could not complete
  -- recipient callout"). Only under a 5xx: a callout that could not finish defers ("451 Could not
  -- complete recipient verify callout"), and says nothing of the address.
  {
    id = "text.recipient_unknown.callout",
    priority = 30,
    class = 5,
    match = phrases.join(phrases.combine("recipient ", { "", "address " }, { "verification", "verify", "callout" },
      { " failed", " has failed", " rejected" }),
      -- Exim's verify.c, a negative callout result it kept ("550 Previous (cached) callout
      -- verification failure"); for a sender callout it adds "Sender verify failed", which the
      -- sender's rules read first
      { "cached) callout verification failure" },
      -- the same verdict as a sentence (Baruwa's "The recipient email address could not be
      -- verified"; a gateway's "550 The recipient cannot be verified. Please check all recipients
      -- of this message to verify they are valid.", as the TREC 2007 corpus holds one)
      phrases.combine({ "recipient", "recipient address", "recipient email address", "recipient e-mail address" },
        { " cannot", " could not", " can not", " couldn't" }, " be verified"),
      phrases.combine({ "cannot", "could not", "couldn't", "unable to", "failed to" }, " verify ",
        { "the recipient", "recipient" })),
    category = "recipient_unknown",
    description = "The gateway asked the recipient's mail server about the address and was told it does not exist.",
    examples = {
      "550 Recipient verification failed",
      "550 5.1.1 <user@example.org>: Recipient address verification failed",
      "550 Previous (cached) callout verification failure",
      "550 The recipient cannot be verified.  Please check all recipients of this message to verify they are valid.",
    },
  },
  -- The recipient's domain in other words (recorded in Sisimai's host-unknown list: "mail domain
  -- mentioned in email address is unknown", "recipient domain must exist").
  {
    id = "text.domain_invalid.mentioned",
    priority = 41,
    match = { "domain mentioned in email address is unknown", "recipient domain must exist" },
    category = "domain_invalid",
    description = "The recipient's domain does not exist.",
    examples = { "550 Mail domain mentioned in email address is unknown" },
  },
}
