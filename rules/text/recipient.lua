-- Text rules for the recipient side: the mailbox is unknown, disabled, full or rate limited, the
-- domain takes no mail, or the recipient restricts who may write. Wording from Postfix, Exim,
-- Sendmail, qmail, Exchange, Domino, Courier, Dovecot and from providers' documented replies.
-- The priority scale is described in notices.lua.
local phrases = require "bounce.phrases"

-- A mailbox's unknown user, in the words the after-DATA rules read.
local UNKNOWN_USER = { "user unknown", "unknown user", "no such user", "user not exist", "user not found" }

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
      -- Mailgun
      "not delivering to previously bounced address", "not delivering to unsubscribed address",
      "not delivering to a user who marked your messages as spam",
      -- Postmark
      "have been marked as inactive",
      -- MailChannels
      "has unsubscribed from your list",
    },
    category = "suppressed",
    description = "Not attempted: the address is on the sending service's suppression list.",
    examples = {
      "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
      "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.",
      "Not delivering to previously bounced address",
      "554 5.7.1 recipient address was suppressed due to customer policy",
      "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: user@example.com.",
      "550 5.7.1 [UNS] Recipient has unsubscribed from your list.",
    },
  },
  -- Restrictions the recipient or its administrator set up: outrank the mailbox wording that
  -- often comes with them.
  {
    id = "text.recipient_policy",
    priority = 45,
    match = {
      "mail is rejected by recipients", "sender in prision", "sender in prison", "user in blacklist",
      "envelope blocked - user entry", "envelope blocked - user domain entry", "block policy for envelope from",
      "blocked senders", "blocked by the recipient", "blocked by recipient",
      "recipient has blocked", "message filtered", "not a member of this", "permission to post", "not allowed to post",
      "not allowed to send to this", "n't allowed to send to this", "only accepting mail from",
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
      "has a policy that prohibit", "- gcdp", "permission to send to",
      -- Interia, Forpsi hosting and Symantec's gateway: the recipient or its domain blocklisted this sender
      "doesn't want your mail", "does not want your mail", "sender is blacklisted", "on domain's blacklist",
    },
    category = "recipient_policy",
    description = "The recipient or its administrator refuses this sender (personal blocklist, filter, members-only list).",
    examples = {
      "550 5.7.1 Recipient doesn't want your mail",
      "550 5.1.1 <user@example.cz> sender is blacklisted",
      "551 Sender is on domain's blacklist",
      "550 Mail is rejected by recipients",
      "550 sender in prision",
      "550 User in blacklist",
      "550 Envelope blocked - User Entry",
      "550 5.2.0 Message Filtered",
      "550 5.7.133 Sender not authenticated for group",
      "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences",
      "550 Envelope rejected - Block policy for envelope from address",
      "550 5.7.1 Your message can't be delivered because delivery to this address is restricted.",
      "550 5.7.124 Sender not in allowed-senders list",
      "550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)",
      "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it.",
      "554 5.7.1 Your mail could not be delivered because the recipient is only accepting mail from specific email addresses (whitelist)",
      "550 5.7.129 Sender isn't allowed to send to this group",
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
  -- "User unknown" in answer to the end of DATA (as the caller, the bounce email, or the reply in
  -- Postfix's and Exim's words says): the receiver accepted the recipient at RCPT, so the mailbox
  -- exists and a filter behind it refused the message. Japanese mobile carriers (docomo, au)
  -- answer their subscribers' sender filters this way.
  {
    id = "text.recipient_policy.after_data",
    priority = 45,
    command = "DATA",
    match = UNKNOWN_USER,
    category = "recipient_policy",
    description = "The recipient's server accepted the address, then refused the message as for an unknown user: a filter the recipient set up.",
    examples = {
      "host mail.example.net[192.0.2.78] said: 550 Unknown user user@example.net (in reply to end of DATA command)",
      "SMTP error from remote mail server after end of data: host lsean.ezweb.ne.jp [27.85.176.228]: 550 : User unknown",
    },
  },
  -- ... unless the reply or the report says 5.1.1: the mailbox address is bad, whatever the phase.
  {
    id = "text.recipient_unknown.after_data",
    priority = 46,
    status = "5.1.1",
    command = "DATA",
    match = UNKNOWN_USER,
    category = "recipient_unknown",
    examples = {
      "host mx.example.jp[192.0.2.2] said: 550 5.1.1 <user@example.jp>... User Unknown (in reply to end of DATA command)",
    },
  },
  {
    id = "text.recipient_rate_limited",
    priority = 44,
    match = {
      "receiving mail too quickly", "receiving email too quickly", "receiving mail at a rate",
      "receiving email at a rate", "receiving messages too quickly", "receiving too much mail", "receive limit",
      "mailbox unavailable or access denied", "support.google.com/mail/answer/6592",
      -- Gmail's help keys ReceivingRate and ReceivingRatePerm, in its ?p= links or quoted bare
      "receivingrate",
    },
    category = "recipient_rate_limited",
    description = "The recipient is receiving too much mail in a short time and is temporarily restricted; pause and retry later.",
    examples = {
      "450 4.2.1 https://support.google.com/mail/answer/6592",
      "550 5.2.1 https://support.google.com/mail/?p=ReceivingRatePerm",
      "550 Mailbox unavailable or access denied",
      "450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
      "550 5.2.1 ReceivingRatePerm",
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
  {
    id = "text.mailbox_full",
    priority = 43,
    match = {
      "mailbox full", "mailbox is full", "mailbox exceeded", "mailbox has exceeded", "mailbox limit exceeded",
      "mailbox size limit", "mailbox size exceeded", "mailbox quota", "over quota", "overquota",
      "quota exceed", "quota violation", "over the allowed quota", "disk quota", "storage quota",
      "out of storage", "insufficient storage", "exceeded storage allocation", "mailfolder is full",
      "mail folder is full", "mailfolder is over", "inbox is full", "support.google.com/mail/answer/6558",
      -- spelled so in the reply (KumoMTA's community rules, Tencent's bounce code table)
      "mailbox limit exeeded",
    },
    category = "mailbox_full",
    description = "The recipient's mailbox is full or over its quota.",
    examples = {
      "452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp",
      "552 5.2.2 https://support.google.com/mail/answer/6558",
      "550 mailbox limit exceeded",
      "552 mailbox is full",
      "552 5.2.1 Quota exceeded or service disabled",
      "552 5.2.2 <user@example.com>: user is over quota",
      "550 user@example.com is over quota; exceed mailbox quota",
      "552 5.2.2 <user@example.com>: Quota exceeded (mailbox for user is full)",
      "The users mailfolder is over the allowed quota (size). (#5.2.2)",
      "552 Requested mail action aborted: exceeded storage allocation",
      "552 Mailbox limit exeeded for this email address",
    },
  },
  {
    id = "text.recipient_inactive",
    priority = 42,
    match = {
      "account disabled", "mailbox disabled", "inactive account", "inactive mailbox",
      "user suspended", "user not local", "no longer active", "no longer in use", "no longer on server",
      "mailbox has moved", "user has moved", "address has moved", "disabled recipient",
      "mailbox currently suspended", "account inactive", "account has expired", "mailbox has expired",
      "account not activated", "account closed",
    },
    category = "recipient_inactive",
    description = "The recipient's mailbox is disabled, suspended, closed or moved.",
    examples = {
      "550 5.1.6 recipient no longer on server: user@example.org",
      "550 User suspended",
      "525 5.7.13 <user@example.org>: Recipient address rejected: Disabled recipient address",
      "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
      "550 5.1.1 Account inactive",
      "550 5.1.1 user@example.net Account Closed, Please Remove",
    },
  },
  {
    id = "text.recipient_inactive.state",
    priority = 42,
    match = phrases.combine({ "account", "mailbox", "reach" }, " ", { "is", "has been", "was" }, " ",
      { "", "currently ", "temporarily " },
      { "disabled", "inactive", "not active", "deactivated", "suspended", "closed", "discontinued", "expired",
        "terminated", "locked", "blocked", "frozen" }),
    category = "recipient_inactive",
    description = "The recipient's account is disabled, suspended or closed.",
    examples = {
      "554 delivery error: dd Sorry your message to user@example.net cannot be delivered. This account has been disabled or discontinued [#102]. - mta1.mail.example.net",
      "550 5.2.1 The email account that you tried to reach is disabled.",
      "The user(s) account is disabled.",
      "550 5.5.0 The recipient account is blocked.",
      "550 5.2.1 <user@example.com>: mailbox is inactive",
      "550 The user's mailbox is not active",
    },
  },
  {
    id = "text.domain_invalid",
    priority = 41,
    match = {
      "host not found", "host unknown", "domain not found", "domain does not exist", "domain doesn't exist",
      "no such domain", "invalid domain", "domain name not found", "couldn't find any host", "nxdomain",
      "couldn't find a mail exchanger", "no mx record", "no mx found", "no mx for", "null mx", "nullmx",
      "indicated no smtp service", "illegal host/domain", "dns resolve error", "no data by dns resolve",
      "unknown host",
      -- Outlook.com: the recipient's domain has no usable mail route
      "domain is not reachable. please check the domain",
      -- cPanel's Exim: its DNS router found no mail route for the recipient's domain
      "the account or domain may not exist",
      -- Exchange: the DNS lookup of the recipient's domain answered NXDOMAIN
      "infodomainnonexistent", "nonexistentdomain", "nonexistent domain", "non-existent domain",
    },
    category = "domain_invalid",
    description = "The recipient's domain does not exist or publishes no mail service (no MX, null MX).",
    examples = {
      "423 Dns resolve error",
      "524 Host not found by dns resolve",
      "526 No data by dns resolve",
      "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
      "550 5.1.2 <user@example.invalid>... Host unknown (Name server: example.invalid: host not found)",
      "Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
      "550 5.4.4 Invalid domain",
      "No MX found for domain",
      "498 No MX for example.invalid",
      "an MX or SRV record indicated no SMTP service",
      "450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found",
      "550 unknown host",
      "554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)",
      "The mail server could not deliver mail to user@example.net.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
      "550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent]",
      "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
    },
  },
  {
    id = "text.domain_invalid.no_mail",
    priority = 41,
    match = "does not accept mail",
    pattern = [[ "does not accept mail" !" from" ]],
    category = "domain_invalid",
    description = "The recipient's domain declares that it accepts no mail (null MX, RFC 7505).",
    examples = {
      "556 5.1.10 <user@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)",
    },
  },

  -- The mailbox does not exist.
  {
    id = "text.recipient_unknown.syntax",
    priority = 31,
    match = {
      "bad address syntax", "recipient address syntax", "bad destination mailbox address syntax",
      "invalid address format", "malformed address", "invalid rcpt to address",
    },
    category = "recipient_unknown",
    description = "The recipient address is not a valid address.",
    examples = { "501 Bad address syntax", "501 5.1.3 Bad recipient address syntax" },
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
  {
    id = "text.recipient_unknown",
    priority = 30,
    match = {
      -- wording collected in seed 004
      "account does not exist", "invalid address", "invalid mailbox", "invalid recipient", "invalid user",
      "is not a valid mailbox", "is not a valid user", "mailbox not found", "no mailbox by that name",
      "no mailbox here by that name", "no such address", "no such mailbox", "no such recipient", "no such user",
      "recipient does not exist", "recipient is not exist", "recipient not found", "recipient unknown",
      "unknown or illegal alias", "unknown user", "user not exist", "user not found", "user unknown",
      "delivery error: dd", "mail/?p=nosuchuser", "support.google.com/mail/answer/6596",
      "mail/bin/answer.py?answer=6596",
      -- common MTA wording
      "unknown or illegal user", "user does not exist", "user doesn't exist", "mailbox does not exist",
      "mailbox doesn't exist", "address does not exist", "address doesn't exist", "unknown recipient",
      "unknown local part", "unknown mailbox", "no such local user", "addressee unknown",
      "invalid final delivery userid",
      "not listed in domino directory", "not listed in public name & address book",
      "recipient address rejected: access denied",
      -- Exchange 2000/2003 (X.400 diagnostic), Exchange Online's NDR, Gmail outside its own detection
      "recipient name is not recognized", "the address couldn't be found", "the address could not be found",
      "tried to reach does not exist", "address you entered couldn't be found", "wasn't found at",
    },
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = {
      "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser",
      "550 5.1.1 https://support.google.com/mail/answer/6596",
      "550 Invalid User",
      "550 Mailbox not found",
      "550 user not exist",
      "550 User not found",
      "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table",
      "host mx.example.org[192.0.2.4] said: 550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command)",
      "Sorry, no mailbox here by that name. (#5.1.1)",
      "User user (user@example.jp) not listed in Domino Directory",
      "550 5.4.1 <user@example.com>: Recipient address rejected: Access denied",
      "553 5.1.1 unknown or illegal user: user@example.jp",
      "Invalid final delivery userid",
      "The recipient name is not recognized MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6)",
      "Your message wasn't delivered to user@example.com because the address couldn't be found. Check for typos or unnecessary spaces and try again.",
      "550 5.1.1 The email account that you tried to reach does not exist.",
      "Your message to user@example.com couldn't be delivered. user wasn't found at example.com.",
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
    },
  },
  {
    id = "text.recipient_unknown.user_account",
    priority = 30,
    match = "t have a",
    pattern = [[ "user doesn" ("'" / "’") "t have a " [^ ]+ " account" ]],
    category = "recipient_unknown",
    description = "The recipient's mailbox does not exist.",
    examples = {
      "554 delivery error: dd This user doesn’t have a example.net account (user@example.net) [-5] - mta1.mail.example.net",
    },
  },

  -- Wording that only says a recipient was refused. It refines a bare reply code but yields to an
  -- enhanced status, which says more (Postfix prefixes any recipient restriction with it).
  {
    id = "text.recipient_unknown.rejected",
    layer = "code",
    priority = 1,
    match = { "recipient address rejected", "recipient rejected", "no valid recipients" },
    category = "recipient_unknown",
    description = "The recipient address was refused without a more specific reason; most often the mailbox does not exist.",
    examples = { "521 Recipient address rejected", "Error: No valid recipients for this message" },
  },
  -- RFC 5321's text for 550, and for 450 ("mailbox busy"): only the permanent one says the address is bad.
  {
    id = "text.recipient_unknown.unavailable",
    priority = 10,
    class = 5,
    match = "mailbox unavailable",
    category = "recipient_unknown",
    description = "The recipient's mailbox is unavailable; most often it does not exist.",
    examples = { "550 Requested action not taken: mailbox unavailable" },
  },
}
