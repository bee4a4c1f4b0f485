-- Text rules for the sending side: our account, our envelope sender, our identity (SPF, DKIM,
-- DMARC, PTR, HELO, TLS), relaying, blocklists, reputation and sending rate. Wording from
-- Postfix, Exim, Sendmail, qmail, Exchange, libspf2 and the blocklist operators (Spamhaus,
-- SpamCop, Barracuda, SORBS, UCEPROTECT, Cloudmark, Proofpoint and others).
-- The priority scale is described in notices.lua.
local phrases = require "bounce.phrases"

-- Words the rules below ask for near each other (phrases.near) or in a row (phrases.sequence).
local HELO = { "helo", "ehlo" }
local HELO_FAULT = {
  "invalid", "not valid", "forged", "bogus", "spoof", "impersonat", "not allowed", "not permitted", "fqdn",
  "fully qualified", "fully-qualified", "not resolv", "unresolv", "does not exist", "not found", "dynamic",
  -- "bad" of the name, not RFC 5321's "Bad sequence of commands" beside "HELO/EHLO required"
  "illegal", "bad helo", "bad ehlo", "bad name", "bad hostname", "bad host name", "bad domain", "bad argument",
  "fake", "malformed",
  -- an address given for a name: Baruwa's Exim ACL ("REJECTED - HELO is an IP address (See
  -- RFC2821 4.1.3)"), Haraka's helo.checks ("HELO is an IP literal")
  "is an ip", "ip literal", "bare ip",
  -- the name not matching the connecting IP: Courier's submit.C ("517 HELO %s does not match
  -- %s", the IP), Haraka's helo.checks ("HELO host does not match rDNS")
  "does not match", "doesn't match", "mismatch",
  -- a server asking for the client's own name (RFC 5321 4.1.1.1: the argument is the client's
  -- primary host name): "Please use your real hostname when saying HELO"; qpsmtpd's
  -- check_spamhelo ("Sorry, I don't believe that you are <name>")
  "real hostname", "real host name", "real name", "own hostname", "own host name", "primary host name",
  "believe that you are",
}
local MISMATCH = {
  "does not match", "doesn't match", "do not match", "don't match", "not matching", "mismatch",
  "does not point to", "doesn't point to", "does not resolve to", "doesn't resolve to", "not resolve back",
}
local CONNECTING_HOST = {
  "your ip", "connecting ip", "connecting host", "connecting address", "calling host", "client ip",
  "client address", "sending ip", "sending host", "sender ip", "remote ip", "source ip", "ip address",
}
local UNRESOLVED = {
  "does not resolve", "doesn't resolve", "did not resolve", "cannot be resolved", "could not be resolved",
  "not resolvable", "unresolvable", "no reverse", "lookup failed", "lookup failure",
}
local CLIENT_NAME = {
  "client ip", "your ip", "client host", "your host", "connecting ip", "sending ip", "ip address ",
  "your hostname", "your host name", "relay host name",
}
-- A server's words for refusing a connection (text.blocklisted.connection_refused).
local CONNECTION_REFUSED = { "connection refused", "connection rejected", "connection not accepted" }
-- What a provider says it did to our sending account.
local SENDER_ACCOUNT_STATES = { "suspended", "disabled", "blocked", "locked", "deactivated", "restricted", "banned" }
local RELAYING = { "relaying ", " relay ", "relay access", "relay not", "relay denied", " relay:" }
local RELAY_REFUSED = {
  "denied", "not permitted", "not allowed", "prohibited", "refused", "not authorized", "not authorised",
  "forbidden", "unauthorized", "unauthorised", "disabled",
}
local SENDER_ADDRESS = {
  "sender address", "sender's address", "sender email address", "sender e-mail address", "envelope sender",
  "sender domain", "sender's domain", "senders domain", "mail from address", "mail from domain",
  "from address", "return-path", "return path", "reverse-path", "reverse path",
}
local SENDER_VERDICT = {
  "invalid", "rejected", "refused", "not allowed", "unknown", "does not exist", "doesn't exist", "not found",
  "does not resolve", "doesn't resolve", "not resolvable", "unresolvable", "could not be resolved",
  "cannot be resolved", "not verified", "unverified", "could not be verified", "cannot be verified",
  "verification failed", "not accepted", "not valid", "has no mx", "has no valid mx", "without mx",
  "must exist", "must resolve", "syntax", "illegal", "malformed", "bad", "empty", "required", "denied",
  "not permitted",
  -- an address without its domain (masqmail's smtp_in.c: "501 return path must be qualified.")
  "must be qualified", "not qualified", "unqualified",
  -- ... or without a full domain (DirectAdmin's Exim ACLs as MXroute ships them: "550 Envelope sender
  -- domain must be a fully qualified name")
  "must be a fully qualified", "must be fully qualified",
}
local ENVELOPE_FROM = { "mail from", "envelope from", "envelope-from", "envelope sender", "return-path", "smtp from" }
local DOES_NOT_MATCH = {
  "mismatch", "does not match", "doesn't match", "do not match", "not matching", "differs from", "different from",
  "not the same as",
}
-- A sender compared with the login it was sent under (text.sender_invalid.login_compared).
local DOES_NOT_MATCH_LOGIN = {
  "does not match", "doesn't match", "do not match", "must match", "not same as", "must be same",
  "must be the same", "must equal", "must belong to", "does not belong to", "doesn't belong to",
  "not associated with",
  -- the two named first (backschues.net's reject texts: "sender and authenticated user must be the
  -- same"; "... are not identical")
  "must be identical", "are not the same", "are not identical", "are different",
}
local THE_LOGIN = {
  "authenticated user", "authenticated account", "authenticated username", "authenticated login",
  "authorization user", "authorized user", "auth user", "logged in user", "logged-in user", "username",
  "user name", "your login", "the login", "smtp login", "smtp authenticate", "your account", "the selected mailbox",
}
-- Our account or login kept from sending (text.sender_account.not_allowed_to_send).
-- (cPanel's "Archive Users are not permitted to send email" names a kind of user)
local NOT_ALLOWED_WHO = { "account", "user", "users", "login", "mailbox", "you" }
local NOT_ALLOWED_IS = { " is not ", " isn't ", " are not ", " not " }
local NOT_ALLOWED = { "allowed", "permitted", "authorized", "authorised", "enabled" }
local NOT_ALLOWED_TO = {
  " to send mail", " to send email", " to send e-mail", " to send emails", " to send messages", " to send out",
  " to submit mail", " to submit messages", " to relay",
}
-- Our outgoing mail and what a provider did to it (text.sender_account.outgoing_state).
local OUTGOING = {
  "outgoing mail", "outgoing email", "outgoing e-mail", "outgoing messages", "outbound mail", "outbound email",
  "outbound messages", "mail sending", "email sending", "sending of mail", "sending of email", "submit messages",
  "sending privileges", "sending rights",
}
local OUTGOING_STATES = {
  "suspended", "disabled", "blocked", "locked", "deactivated", "restricted", "banned", "revoked", "paused",
}
local SENDER_NAMED = {
  "sender address", "sender's address", "sender domain", "sender's domain", "envelope sender",
  "mail from domain", "mail from address", "return-path domain", "reverse-path", "sender <",
}
local SENDER_FAULT = {
  "not found", "does not exist", "doesn't exist", "not resolv", "unresolv", "no mx", "no valid mx", "invalid",
  "unknown", "not verified", "unverified", "could not be verified", "cannot be verified",
  "verification failed",
}

-- The sending host as a refusal names it, and the verdicts that say it is kept out (rules below).
local SENDING_HOST = {
  "your ip", "ip address", "sending ip", "from ip", "client ip", "connecting ip", "sender ip", "sender's ip",
  "mail server at", "your server", "your mail server", "your host", "remotehost", "your network",
}
local HOST_BLOCKED = {
  "blocked", "denied", "forbidden", "banned", "refused", "not allowed to connect", "not currently accepting mail",
}

return {
  layer = "text",

  -- Our own account at the submission server.
  {
    id = "text.sender_account.auth",
    priority = 80,
    code = 535,
    -- RFC 4954 gives 535 to a failed AUTH only, so a bare refusal under it ("535 5.7.8
    -- Permission denied") is the same failure in fewer words
    match = {
      "auth", "credentials", "password", "username", "login", "log in", "account",
      "denied", "permission", "not permitted", "incorrect", "rejected",
    },
    category = "sender_account",
    description = "SMTP authentication of our sending account failed; check the sender address and password.",
    examples = {
      "535 Authentication failure.",
      "535 5.7.8 Error: authentication failed: authentication failure",
      "535 5.7.8 Username and Password not accepted.",
      "535 5.5.4 Optional Argument not permitted for that AUTH mode.",
      "535 5.7.8 Account disabled",
      "535 5.7.1 Please log in with your web browser and then try again.",
      "535 5.7.8 Permission denied",
    },
  },
  -- RFC 4954's "525 5.7.13 User account disabled" answering AUTH for the client's own account
  -- (mox's "525 5.7.13 login disabled for account: ..."): where the words speak of the login, the
  -- account is ours. Servers give the same code at RCPT for a disabled recipient ("525 5.7.13
  -- <a@b>: Recipient address rejected: User account disabled"), which stays the recipient's.
  {
    id = "text.sender_account.account_disabled",
    priority = 80,
    status = "5.7.13",
    match = { "login", "log in", "authenticat", "credentials" },
    category = "sender_account",
    description = "Our sending account is disabled at the submission server.",
    examples = { "525 5.7.13 login disabled for account: account suspended for abuse" },
  },
  -- Exchange Online's 5.7.139 ("535 5.7.139 Authentication unsuccessful, the request did not
  -- meet the criteria to be authenticated successfully": SMTP AUTH turned off for the account or
  -- the tenant), in whatever language the tenant answers; the status table knows only its X.7.0.
  {
    id = "text.sender_account.auth_disabled",
    priority = 1,
    status = "5.7.139",
    category = "sender_account",
    description = "SMTP authentication of our sending account was refused; SMTP AUTH is off for it.",
    examples = { "535 5.7.139 Autenticação malsucedida" },
  },
  -- SMTP AUTH refused in words, whatever the code: Postfix's server ("Error: authentication
  -- failed") and client ("SASL authentication failed; server ... said"), Sendmail
  -- ("authentication failed", "Temporary authentication failure"), Exim ("Incorrect
  -- authentication data", "Unable to authenticate at present"), RFC 4954's 534 ("Authentication
  -- mechanism is too weak"). SPF, DKIM and DMARC wording outranks it (auth_failure).
  {
    id = "text.sender_account.smtp_auth",
    priority = 55,
    match = {
      "authentication failed", "authentication failure", "incorrect authentication data",
      -- the client library's name for the same failure, as applications log it: Python smtplib's
      -- SMTPAuthenticationError, Jakarta Mail's AuthenticationFailedException
      "smtpauthenticationerror", "authenticationfailedexception",
      "unable to authenticate at present", "authentication mechanism is too weak", "invalid credentials",
      "bad credentials", "username and password not accepted", "password incorrect", "incorrect password",
      "invalid password", "invalid login", "login failed", "smtp auth failed", "smtp authentication failed",
      -- RFC 4954: the mechanism the client chose is not offered ("504 5.5.4 Unrecognized
      -- authentication type"); Exim's "<mechanism> authentication mechanism not supported"
      "unrecognized authentication type", "unrecognised authentication type", "authentication mechanism not supported",
      "authentication mechanism not available", "auth mechanism not supported", "auth failed",
      -- hMailServer's SMTPConnection.cpp, the login checked again before a message: "550 Login
      -- credentials no longer valid. Please re-authenticate."
      "login credentials", "please re-authenticate", "please reauthenticate",
      -- the login's password past its term (iRedAPD's force_change_password plugin: "Password
      -- expired or never changed, please change your password in webmail before sending email")
      "password expired", "password has expired", "change your password", "password must be changed",
    },
    category = "sender_account",
    description = "SMTP authentication of our sending account failed; check the sender address and password.",
    examples = {
      "smtplib.SMTPAuthenticationError: (550, b'Access denied')",
      "SASL authentication failed; cannot authenticate to server smtp.example.com[192.0.2.1]: no mechanism available",
      "435 Unable to authenticate at present: temporary lookup failure",
      "534 5.7.9 Authentication mechanism is too weak",
      "550 5.7.1 SMTP authentication failed: invalid credentials",
      "504 5.5.4 Unrecognized authentication type",
      "504 cram-sha1 authentication mechanism not supported",
      "550 Login credentials no longer valid. Please re-authenticate.",
    },
  },
  -- Our account signs in only with an app password: Gmail's "534 5.7.9 Application-specific
  -- password required" and its help page "Sign in using app passwords", Apple's app-specific
  -- passwords for iCloud Mail, Microsoft's app passwords. Above the relay refusals: the server
  -- says which credentials our account needs.
  {
    id = "text.sender_account.app_password",
    priority = 60,
    match = { "application-specific password", "app-specific password", "app password" },
    category = "sender_account",
    description = "Our sending account must sign in with an app password; create one and use it for SMTP.",
    examples = {
      "534 5.7.9 Application-specific password required.",
      "530 5.5.1 Authentication Required. For more information, go to Sign in using app passwords.",
    },
  },
  -- A quota counted over a period of time is a sending quota, never a mailbox's: Cyberimpact's
  -- FAQ (faq.cyberimpact.com article 1531: "452 4.2.2 Quota exceeded for the current period"), the
  -- same in other period words. Above the mailbox's "quota exceeded" wording and its 4.2.2.
  {
    id = "text.sender_account.period_quota",
    priority = 55,
    match = { { "quota" }, { "current period", "this period", "sending period", "billing period" } },
    category = "sender_account",
    description = "Our sending account used up its quota for the period; wait for the next period or raise the quota.",
    examples = { "452 4.2.2 Quota exceeded for the current period" },
  },
  -- A quota or limit said to be the client's own (Prolateral's KB on 554 and 571: "You have
  -- exceeded your Outmail quota"; "you reached your sending limit"): a recipient's mailbox is never "your" quota in a reply to the
  -- sender.
  {
    id = "text.sender_account.your_quota",
    priority = 54,
    match = {
      { "exceeded your", "you have reached your", "you reached your", "you've reached your", "over your" },
      -- a quota, or a limit of the account's sending; a limit on messaging as such is a rate
      { "quota", "sending limit", "daily limit", "monthly limit", "plan limit" },
    },
    category = "sender_account",
    description = "Our own account's sending quota or limit is used up; wait for it to reset or raise it.",
    examples = { "554 5.7.1 <email@example.com>: Recipient address rejected: You have exceeded your Outmail quota." },
  },
  -- A policy service's limits on the sender, per hour or day, on what it sends or the bounces it
  -- draws (Neo's outgoing reject codes: "Recipient address rejected: Sender Hourly Quota Exceeded", "Sender Domain Daily Limit
  -- Exceeded", "Sender Daily Bounce Limit Exceeded"): our account's, not the recipient's quota.
  {
    id = "text.sender_account.sender_limits",
    priority = 56,
    match = {
      { "sender ", "sender domain ", "sending domain " },
      phrases.combine({ "hourly ", "daily ", "monthly ", "sending ", "bounce ", "hourly bounce ", "daily bounce " },
        { "quota", "limit" }),
    },
    category = "sender_account",
    description = "Our own account's sending quota or limit is used up; wait for it to reset or raise it.",
    examples = {
      "550 5.4.6 <user@example.com>: Recipient address rejected: Sender Hourly Quota Exceeded",
      "550 5.4.6 <user@example.com>: Recipient address rejected: Sender Domain Daily Limit Exceeded",
    },
  },
  {
    id = "text.sender_account",
    priority = 55,
    match = {
      "sending quota", "sending limit exceeded", "submission quota",
      -- cPanel's Exim, for a domain whose outgoing mail its administrator suspended or holds
      -- (enforce_mail_permissions: "Domain example.com has an outgoing mail suspension. Message
      -- discarded.", "... has an outgoing mail hold. Message will be reattempted later")
      "outgoing mail suspension", "outgoing mail hold", "outgoing email suspension", "outgoing email hold",
      -- a smarthost's quota for the account that relays through it ("Message would take you over
      -- your relay quota of 500")
      "relay quota", "your daily limit", "main account unavailable",
      -- Mailgun: a sandbox domain sends only to the account's authorized recipients ("Sandbox
      -- subdomains are for test purposes only. Please add your own domain or add the address to
      -- authorized recipients in Account Settings.")
      "sandbox subdomains are for test purposes", "add the address to authorized recipients",
      -- the sending account switched off for sending ("message sending for this account is
      -- disabled"): ours, not the recipient's; "outgoing mail" and its states are
      -- text.sender_account.outgoing_state
      "sending for this account", "sending is disabled", "sending has been disabled", "sending disabled",
      "outgoing blocked", "unusual sending activity", "suspicious sending activity",
      -- the account's own sending limit reached ("User x has exceeded its 24-hour sending limit")
      "-hour sending limit", " hour sending limit", "its sending limit", "your sending limit",
      "disabled for sending",
      "authentication credentials invalid", "temporary authentication failure",
      -- the SMTP AUTH patch of qmail-remote, its login refused by the smarthost ("Connected to
      -- 192.0.2.1 but authentication was rejected (password).")
      "authentication was rejected",
      -- Exchange refusing our own mailbox's submissions ("550 5.7.1 Submission has been disabled for
      -- this account", "550 5.7.10 STOREDRV.Submit; Sender mailbox quarantined.")
      "submission has been disabled", "sender mailbox quarantined",
      -- Alibaba DirectMail for an envelope sender other than the account that logged in ("436 \"MAIL
      -- FROM\" doesn't conform with authentication")
      "doesn't conform with authentication", "does not conform with authentication",
      -- DirectAdmin's exim.pl for a user past its daily sending limit ("You (bob) have reached your
      -- message limit.")
      "reached your message limit", "reached your email limit", "reached your sending limit",
      -- sending services refusing their customer ("554 Message rejected: Sending suspended for this
      -- account", Amazon SES; SMTP2GO's "550 that SMTP username's account is not allowed to send";
      -- ZeptoMail's "Email sending IP is not in the allowed IPs list", "Credits expired", "Per day
      -- limit exhausted")
      "sending suspended for this account", "account is not allowed to send",
      "not in the allowed ips list", "credits expired", "per day limit exhausted",
      -- SpamExperts (N-able Mail Assure) knowledge base, "Classifications": wrong SMTP AUTH
      -- details given too often ("You have been denied authentication")
      "been denied authentication",
      -- our own account's limits exceeded ("The limits for your account are exceeded", "Exceed
      -- Sending Limit (daily)"); Gmail's 534 5.7.9 for an account that needs an app password;
      -- SparkPost's sending domain not set up in our account
      "limits for your account", "limit for your account", "exceed sending limit", "exceeded sending limit",
      "unconfigured sending domain",
      -- a sending service's plan used up ("Not enough remaining emails available to send",
      -- "insufficient credits")
      "not enough remaining", "not enough credits", "insufficient credits", "out of credits",
      -- ... and a prepaid account to top up (RedMao's knowledge base: "messages quota reached.
      -- Please retry later after recharge account")
      "recharge account", "recharge your account", "top up your account", "top-up your account",
      -- Twilio SendGrid's drop reason "Recipient List over Package Quota" (docs.sendgrid.com, Drops)
      "over package quota",
      "turn on smtp authentication",
      -- Exchange Online: the account is blocked for spam, or sends from a domain its tenant has not
      -- registered
      "bad outbound sender", "sending from unregistered domain",
      -- Google Workspace's SMTP relay: the daily limit of the user or the customer, and the
      -- sending account's own email quota
      "daily smtp relay limit", "email quota exceeded",
      -- providers that stop an account from sending (Cox, Charter/Spectrum, NetEase), and the
      -- sending limits of submission servers
      "suspicious account activity", "blocked from sending", "auth error limit", "fail authentication",
      -- Apache James's AUTH limit ("421 Too many authentication attempts")
      "too many authentication attempts", "too many auth attempts",
      "authentication is required", "daily sending limit", "hourly sending limit", "messages per hour limit",
      -- Amazon SES: the account's daily quota, a paused account, or IAM credentials that may not send
      "daily message quota", "sending paused for this account", "not authorized to perform ses:",
      -- ... as the SMTP interface quotes the action ("is not authorized to perform
      -- `ses:SendRawEmail' on resource ...")
      "not authorized to perform `ses:", "not authorized to perform 'ses:",
      -- Tencent Cloud SES's SendEmail error FailedOperation.NotAuthenticatedSender (API error codes,
      -- tencentcloud.com/document/api/1084): the sender address is not verified in our account
      "notauthenticatedsender",
      -- ... and the statuses of its bulk sends (API reference, BulkEmailDestinationStatus:
      -- "AccountSuspended: Your account has been shut down because of issues related to your email
      -- sending practices", AccountThrottled, AccountDailyQuotaExceeded, "AccountSendingPaused:
      -- Email sending for the Amazon SES account was disabled ..."), which an account "disabled"
      -- must not read as a recipient's
      "accountsuspended", "accountthrottled", "accountdailyquotaexceeded", "accountsendingpaused",
      "configurationsetsendingpaused", "your account has been shut down", "allocated sending limit",
      -- cPanel's Exim: the sending domain's hourly limits on messages and on failed deliveries
      "max emails per hour", "max defers and failures per hour",
      -- Exchange Online: SMTP AUTH failed or is turned off for the tenant
      "authentication unsuccessful",
      -- MailChannels: the account sends to too many invalid addresses
      "originating from your account",
      -- submission services' daily quotas: Oracle Cloud Email Delivery ("455 Maximum messages sent
      -- per day reached : limit is N"), Emailit ("452 4.5.3 Daily message limit exceeded")
      "messages sent per day", "daily message limit",
      -- ... and on recipients, named by their period (the per-message limit names none:
      -- too_many_recipients)
      "daily recipient limit", "hourly recipient limit", "daily recipients limit", "hourly recipients limit",
      -- a policy service's daily quota on the sender (Modoboa's policyd: "Daily limit reached,
      -- retry later")
      "daily limit reached",
      -- hosting panels' restrictions on their own accounts: cPanel's demo accounts ("Demo accounts
      -- may not send mail", "You cannot send mail if your account is in demo mode") and mail from
      -- its "nobody" user ("discarded due to sender restrictions in WHM"); DirectAdmin's account
      -- blocked for bounces ("Account a@b has been blocked for sending to too many invalid
      -- recipients")
      "demo accounts", "demo account", "demo user", "demo mode", "due to sender restrictions",
      "blocked for sending",
      -- the same quota stated as a count, as policy services in front of a submission server word
      -- it ("Data command rejected: only 10 messages per day", "maximum 500 emails per day")
      "messages per day", "emails per day", "e-mails per day", "mails per day", "messages a day", "emails a day",
      -- The sending services' refusals of our own account. Mailgun prefixes its reason with "Domain
      -- <d> is not allowed to send:" ("Free accounts are for test purposes only. Please upgrade or
      -- add the address to authorized recipients", "The domain is unverified and requires DNS
      -- configuration", "Please activate your Mailgun account"); Twilio SendGrid's error 60604
      -- ("Authenticated user is not authorized to send mail": an API key without the Mail Send
      -- permission) and its plan used up ("Maximum credits exceeded"); Postmark's API error 413
      -- ("Account May Not Send"); Brevo's SMTP relay for an account not yet opened ("502 5.7.0 Your
      -- SMTP account is not yet activated"); Amazon SES v2's AccountSendingPausedException ("the
      -- account's ability to send email has been permanently restricted"); Mailchimp
      -- Transactional's reject_reason "test-mode-limit"
      "is not allowed to send:", "free accounts are for test purposes", "requires dns configuration",
      "activate your mailgun account", "maximum credits exceeded",
      "account may not send", "smtp account is not yet activated", "ability to send email has been",
      "test-mode-limit",
      -- a hoster's or mail service's own daily quota for the sending account: cPanel hosts ("550
      -- Daily limit has been exceeded for <address>", TPP Wholesale's help), Polaris Mail's wiki ("462
      -- Daily send limit reached. Please try again tomorrow")
      "daily limit has been exceeded for", "daily send limit", "send limit reached",
      -- Postal holds a server's mail past its quota ("Message held because send limit (1000) has
      -- been reached.")
      "send limit (",
    },
    category = "sender_account",
    description = "Our sending account was refused: sending quota used up, account restricted or not authenticated.",
    examples = {
      "You (bob) have reached your message limit.",
      "436 \"MAIL FROM\" doesn't conform with authentication [@sm060104]",
      "550 that SMTP username's account is not allowed to send",
      "554 Message rejected: Sending suspended for this account.",
      "550 5.7.1 Submission has been disabled for this account",
      "Connected to 192.0.2.25 but authentication was rejected (password).",
      "R=enforce_mail_permissions: Domain example.com has an outgoing mail suspension. Message discarded.",
      "554 5.7.1 <DATA>: Data command rejected: only 10 messages per day",
      "554 Access denied: User `arn:aws:iam::123456789012:user/ses-smtp-user` is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:us-east-1:123456789012:identity/example.com'",
      "550 5.7.1 Unconfigured Sending Domain <example.com>",
      "Not enough credits to send this campaign",
      "550 5.4.6 Suspicious sending activity detected on your account",
      "455 Maximum messages sent per day reached : limit is 1000",
      "452 4.5.3 Daily message limit exceeded",
      "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.",
      "552 Monthly sending quota exceeded",
      "552 Daily sending quota exceeded",
      "552 Not enough sending quota",
      "551 Main account unavailable",
      "550 5.4.5 Daily user sending limit exceeded.",
      "550-Please turn on SMTP Authentication in your mail client.",
      "550 5.1.8 Access denied, bad outbound sender",
      "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.",
      "550 5.4.5 Daily SMTP relay limit exceeded for user.",
      "550 5.7.1 Email quota exceeded.",
      "550 5.7.1 This email account has been blocked from sending emails.",
      "554 IP is rejected, smtp auth error limit exceed",
      "554 5.7.1 You have exceeded your daily sending limit",
      "454 Throttling failure: Daily message quota exceeded.",
      "554 Message rejected: Sending paused for this account. For more information, please check the AWS Management Console.",
      "550 Domain example.com has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded.",
      "530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful",
      "421 Domain example.com is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.",
      "550 Domain example.com is not allowed to send: The domain is unverified and requires DNS configuration. Log in to your control panel to view required DNS records.",
      "Maximum credits exceeded",
      "502 5.7.0 Your SMTP account is not yet activated. Please contact us at contact@sendinblue.com to request activation",
      "AccountSuspended: Your account has been shut down because of issues related to your email sending practices.",
      "The message can't be sent because the account's ability to send email has been permanently restricted.",
      "550 Daily limit has been exceeded for sender@example.com",
      "462 Daily send limit reached. Please try again tomorrow",
    },
  },
  -- Our own sending limit in any vendor's words: the outgoing, outbound or sending quota or limit
  -- of the account or host we send from, exceeded or reached ("Outgoing message quota exceeded",
  -- "Your account has exceeded its outbound message limit"). Above a recipient's full mailbox,
  -- which says "quota exceeded" too, and the receiver's rate limits.
  {
    id = "text.sender_account.outgoing_limit",
    priority = 53,
    match = phrases.join(
      phrases.combine({ "outgoing", "outbound", "sending", "send" },
        { " ", " mail ", " email ", " e-mail ", " message ", " messages " }, { "limit", "quota" },
        { " exceeded", " reached", " has been exceeded", " has been reached", " was exceeded", " was reached" }),
      phrases.combine({ "exceeded", "reached" }, { " its ", " your ", " the " }, { "outgoing", "outbound", "sending" }),
      phrases.combine({ "quota", "limit" }, { " of ", " for ", " on " }, { "outgoing", "outbound" }),
      -- the limit counted in messages (a submission server's reply over a daily limit, as posted
      -- in github.com/zotonic/zotonic/issues/3508: "554 5.7.0 Your message could not be sent.
      -- The limit on the number of allowed outgoing messages was exceeded. Try again later.")
      phrases.combine({ "number of allowed ", "number of permitted ", "number of " }, { "outgoing", "outbound" },
        { " messages", " mails", " emails", " e-mails" })),
    category = "sender_account",
    description = "Our sending account or host reached its own sending limit; wait for it to reset or raise it.",
    examples = {
      "550 5.7.1 Outgoing message quota exceeded",
      "550 Your account has exceeded its outbound message limit",
      "550 Sending limit reached",
      "554 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.",
    },
  },
  {
    id = "text.sender_account.suspended",
    priority = 55,
    -- "your account has been suspended", "sending account is temporarily restricted", "Your
    -- account is currently suspended", "SMTP account disabled", ...: one pattern, run where a reply
    -- names our account and a state. A reply says "your" to the sender: "your email account" is
    -- the one we send from, not the recipient's.
    match = { { "your ", "sender account", "sending account", "smtp account" }, SENDER_ACCOUNT_STATES },
    pattern = phrases.sequence(
      { "your ", "your sending ", "your email ", "your e-mail ", "your mail ", "your user ", "your smtp ",
        "your hosting ", "sender ", "sending ", "smtp " },
      "account", { " has been", " is", " was", " is currently", "" }, { "", " temporarily", " permanently" }, " ",
      SENDER_ACCOUNT_STATES),
    category = "sender_account",
    description = "Our sending account is suspended or restricted by its provider.",
    examples = {
      "554 5.7.1 Your account has been suspended for sending unsolicited mail",
      "550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.",
      "550 Your account is currently suspended",
      "550 SMTP account disabled",
    },
  },

  -- An account said to be disabled under 504, the code RFC 4954 gives AUTH for a mechanism it
  -- will not run: the login of our own submission, never a recipient (RCPT is refused with
  -- 45x/55x). MailEnable's SMTP log shows it answering AUTH so ("504 User Account has been
  -- disabled by the mail administrator", a log quoted on pastebin.com/BUhq9Yh1).
  {
    id = "text.sender_account.auth_account_disabled",
    priority = 55,
    code = 504,
    match = { "disabled", "suspended", "deactivated", "locked", "inactive", "expired", "blocked" },
    category = "sender_account",
    description = "The login we submit with was refused: its account is disabled.",
    examples = { "504 User Account has been disabled by the mail administrator" },
  },

  -- Sender identity.
  {
    id = "text.auth_failure",
    priority = 62,
    match = {
      -- the sending IP not the one the MAIL FROM domain sends from (a Chinese provider's list,
      -- 360docs.net/doc/a61843873.html: "556 remote ip check error." 发信ip与Mail From地址不一致)
      "remote ip check error",
      -- Exchange's Sender ID agent ("550 5.7.1 Sender ID (PRA) Not Permitted", "... (MAIL FROM) Not
      -- Permitted"), SPF's predecessor checking the same authorised hosts
      "sender id (pra)", "sender id (mail from)", "sender id check",
      "dmarc", "spf check", "spf fail", "spf=fail", "spf record", "spf polic", "spf validation",
      -- Exim's Client SMTP Authorization check ("550 CSA status is fail"): the client host's
      -- right to send for its domain
      "csa status is fail",
      -- Rspamd's forged-sender check as Mailu's force_actions reject it (core/rspamd/conf/
      -- force_actions.conf: "Rejected (anti-spoofing: auth-failed)"): a message from the local
      -- domain that fails its authentication ("anti-spoofing" alone is a gateway's policy)
      "auth-failed",
      -- Sender ID (RFC 4406), SPF's sibling on the Purported Responsible Address (sid-milter:
      -- "Rejected due to Sender-ID policy for sender a@b")
      "sender-id polic", "sender id polic", "sender-id check", "sender id check", "sender-id fail", "sender id fail",
      "spf verification", "spf authentication", "spf hardfail", "spf softfail", "failed spf", "fails spf",
      "fail spf", "fails to pass spf", "sender policy framework", "openspf", "open-spf", "does not designate",
      "dkim check", "dkim fail", "dkim=fail", "dkim verif", "dkim valid", "dkim auth", "dkim signature verification",
      "invalid dkim", "dkim signature is", "unauthenticated email", "unauthenticated mail",
      "unauthenticated sender", "authentication checks", "fails to pass authentication",
      "does not have authentication information", "required authentication level",
      "sender is unauthenticated", "because it is unauthenticated", "authenticated spf",
      "spf sender invalid", "dkim sender invalid", "blocked by spf", "prohibited by spf",
      -- Haraka's spf plugin ("sender <a@b> SPF Permanent Error"), libspf2 and pypolicyd-spf results
      "spf permanent error", "spf temporary error", "spf permerror", "spf temperror", "spf neutral",
      "receiver policy for spf",
      -- GMX and WEB.DE: SPF failed ("The originating IP of the message is not permitted by the domain owner")
      "not permitted by the domain owner",
      -- Haraka's rcpt_to host lists; a sending IP outside the domain's authorised senders
      "is not allowed from your host", "not an authorized sender for", "not an authorised sender for",
      "not a permitted sender",
      -- MailCleaner's Exim ACL refuses its own domains as sender from outside without an SPF pass
      -- ("This domain does not accept mail from itself (spoofing)")
      "mail from itself",
      -- Email Security.cloud (Broadcom, formerly MessageLabs): the sending IP is not one the
      -- sender's domain is registered to send from ("550 sender envelope domain not allowed for
      -- sender IP address (#5.1.8)"); TAXONOMY.md rule 6 files that under authentication
      "not allowed for sender ip", "not allowed from sender ip", "not authorized for sender ip",
    },
    category = "auth_failure",
    description = "SPF, DKIM or DMARC did not pass for the sending domain, or the sender was not authenticated.",
    examples = { "550 5.7.1 Sender ID (PRA) Not Permitted", "556 remote ip check error.",
      "520 ip and spf record not match",
      "550 SPF check failed",
      "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
      "550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject.",
      "550 5.7.1 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=a@example.com;ip=192.0.2.1;r=mx.example.org",
      "550 5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [203.0.113.22].",
      "550 5.7.20 message does not pass DKIM validation",
      "550 5.7.1 DKIM signature verification failed",
      "554 5.7.1 Rejected (anti-spoofing: auth-failed)",
      "550 5.0.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record.",
      "421 4.7.26 Your email has been rate limited because it is unauthenticated.",
      "550 SPF Sender Invalid - envelope rejected",
      "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF",
      "550 5.7.1 [BFD] Sender prohibited by SPF",
      "550 5.7.32 Your email has been blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
      "550 sender <bounce@example.com> SPF Permanent Error",
      "450 sender <bounce@example.com> SPF Temporary Error",
      "550 Mail from domain 'example.com' is not allowed from your host",
      "550 This domain does not accept mail from itself (spoofing)",
      "550 sender envelope domain not allowed for sender IP address (#5.1.8)",
    },
  },
  -- The names SPF and DKIM in any other wording (RFC 7372's texts for X.7.20-22: "No passing DKIM
  -- signature found"): a check of the sender's domain failed. Below the identity rules (PTR, HELO,
  -- relaying) and above the sender address and spam wording.
  {
    id = "text.auth_failure.keyword",
    priority = 56,
    match = { "spf", "dkim" },
    -- "DKIM-Signature" is a header's name, not a verdict
    pattern = "[^a-z] ('spf' / 'dkim') ![a-z] !'-signature'",
    category = "auth_failure",
    description = "SPF, DKIM or DMARC did not pass for the sending domain.",
    examples = {
      "550 5.7.20 No passing DKIM signature found",
      "550 5.7.22 No valid author-matched DKIM signature found",
    },
  },
  -- ARC (RFC 8617), the chain that carries SPF and DKIM results across forwarders, named with its
  -- verdict ("ARC validation failed", "arc=fail"): "arc" alone starts too many words.
  {
    id = "text.auth_failure.arc",
    priority = 56,
    match = {
      "arc validation", "arc verification", "arc check", "arc fail", "arc=fail", "arc signature", "arc seal",
      "arc chain",
    },
    category = "auth_failure",
    description = "SPF, DKIM or DMARC did not pass for the sending domain.",
    examples = { "550 5.7.1 ARC validation failed", "550 5.7.1 arc=fail" },
  },
  -- Authentication that the words name as SPF, DKIM or DMARC is the sender domain's, not SMTP
  -- AUTH (Gmail's 5.7.26: "This mail is unauthenticated, which poses a security risk to the
  -- sender and Gmail users, and has been blocked. The sender must authenticate with at least one
  -- of SPF or DKIM."): above the relaying words "must authenticate", "authentication required".
  {
    id = "text.auth_failure.domain_authentication",
    priority = 60,
    match = { { "authenticat" }, { "spf", "dkim", "dmarc" } },
    category = "auth_failure",
    description = "SPF, DKIM or DMARC did not pass for the sending domain.",
    examples = {
      "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has " ..
        "been blocked. The sender must authenticate with at least one of SPF or DKIM.",
    },
  },
  -- The sending IP is not among the hosts the sender's domain authorises (Interia's SPF check,
  -- MailChannels' domain lockdown). "is" and "from/for/on behalf of" keep out "you are not authorized
  -- to send from that address" (our sender address), "not allowed to send to" (recipient policy)
  -- and "not allowed to send as" (the account's send-as right).
  {
    id = "text.auth_failure.unauthorised_host",
    priority = 61,
    match = phrases.join(
      phrases.combine({ "is not allowed", "is not authorized", "is not authorised", "is not permitted",
                        "isn't allowed", "isn't authorized", "isn't permitted" },
        " to send ", { "", "mail ", "email ", "e-mail ", "messages " }, { "from ", "for ", "on behalf of " }),
      -- the server, not the sender, named as unauthorised for the domain (Websavers' KB on SPF
      -- bounces: "you are not using a server that is authorized to send mail from your domain")
      phrases.combine({ "server that is authorized", "server that is authorised", "server authorized",
                        "server authorised" }, " to send ", { "", "mail ", "email ", "e-mail " },
        { "from your domain", "for your domain", "from this domain", "for this domain" }),
      -- Courier's submit.C, where the sender's domain lists its own relays (BOFHCHECKDNS "517-Sender
      -- rejected: a@b can be accepted only from" / "517 b's mail relays.")
      { "can be accepted only from", "accepted only from its mail relays" }),
    category = "auth_failure",
    description = "SPF, DKIM or DMARC did not pass for the sending domain, or the sender was not authenticated.",
    examples = {
      "517-Sender rejected: alice@example.com can be accepted only from\\n517 example.com's mail relays.",
      "550 5.7.0 [SPF] 192.0.2.1 is not allowed to send mail from example.com",
      "550 5.7.1 This sender is not authorized to send from example.com",
      "550 5.7.1 192.0.2.1 is not authorized to send mail on behalf of example.com",
    },
  },
  {
    id = "text.reverse_dns",
    priority = 61,
    match = phrases.join({
      "reverse dns", "reverse-dns", "reverse hostname", "reverse lookup", "rdns", "cannot find your hostname",
      -- the name a client gives for itself called forged ("Your mail system is forging its
      -- hostname", "hostname is forged")
      "forging its hostname", "forging its host name", "forging its name", "forging hostname",
      -- a HELO name a provider gives by default, not the sender's own (DirectAdmin's Exim ACLs as
      -- MXroute ships them: "550 Mail not accepted from default assigned hostnames")
      "default assigned hostname", "default assigned host name",
      "hostname is forged", "host name is forged",
      "helo command rejected", "invalid helo", "bad helo", "helo name", "ehlo name", "helo/ehlo argument",
      -- Haraka's helo.checks and connect.fcrdns, cPanel's Exim
      "helo must", "helo is dynamic", "helo ip literal", "format in helo", "no fcrdns", "fcrdns",
      "helo host has", "helo host name", "helo host does", "helo host must", "forward dns match", "not who you say you are",
      -- a Chinese provider's list (360docs.net/doc/a61843873.html): "555 helohost error." (helo 主机
      -- 信息检查失败, the HELO host failed its check)
      "helohost error", "helo host error",
      -- smtpf names the connecting host and says its name is in no real top-level domain
      "] from unknown tld", "] from rfc2606 reserved domain",
      -- Sendmail: the require_rdns feature, and proto.m4's checks of the client's name ("Relaying
      -- denied. IP name lookup failed", "Possibly forged hostname for")
      "fix reverse dns", "ip name lookup failed", "ip name possibly forged", "possibly forged hostname",
      -- ze-filter's connection checks (ze-check-connection.c, mlfi_connect.c: "SMTP client hostname
      -- seems to be forged", "Can't get your hostname. Try again later !")
      "hostname seems to be forged", "get your hostname",
      -- AOL's legacy code for a sending IP without reverse DNS
      "(rtr:rd)",
      -- Exim's helo_verify_hosts: "HELO argument does not match calling host"
      "argument does not match calling host",
      -- a receiver that limits the IPs a sender domain may use unverified (recorded in Sisimai's
      -- RequirePTR list: "service permits N unverifyable sending IPs")
      "unverifyable sending ip", "unverifiable sending ip",
      -- smtpf (Barricade MX) doc/reply.html: "HELO %s does not match client %s [%s]", "%s [%s]
      -- claims to be us", "HELO %s equivalent to client IP-in-PTR", "reject IP in client name"
      "does not match client", "claims to be us", "ip-in-ptr", "ip in client name",
      -- VIPRE Email Security's rejection reasons: a client that greets with the gateway's own name
      -- ("You cannot say you are me. I am me.")
      -- qpsmtpd's and Haraka's helo checks ("Sorry, I don't believe that you are %s.", "I do not
      -- believe you are mail.example.com")
      "don't believe that you are", "do not believe that you are", "don't believe you are", "do not believe you are",
      "say you are me",
      -- qpsmtpd's helo plugin (plugins/helo): a client greeting as localhost from another address
      -- ("You are not localhost"), an address literal not its own ("Forged IPs not accepted here")
      "you are not localhost", "not the localhost", "forged ip",
      -- the HELO name is one of the server's own addresses (DirectAdmin's and HestiaCP's Exim ACL:
      -- "REJECTED - Interface: 192.0.2.1 is _my_ address")
      "is _my_ address",
      -- the HELO argument judged by its contents (smf-zombie: "Unwanted contents of the HELO
      -- command"; Gathman's spfmilter: "hello name cannot be numeric ip")
      "contents of the helo", "hello name",
      -- SpamExperts (N-able Mail Assure) knowledge base, "Classifications": a HELO that is an IP
      -- or holds a character a host name may not ("Sending server used an invalid greeting"), a
      -- sending server whose name has no A or MX records ("Sending server is missing DNS records")
      "used an invalid greeting", "sent an invalid greeting", "server is missing dns records",
      -- policyd-weight: "450 No DNS entries for your MTA, HELO and Domain. Contact YOUR
      -- administrator"; MailCleaner's Exim ACL for a HELO name on its block list ("HELO/EHLO blocked")
      "no dns entries for your mta", "helo/ehlo blocked",
    },
      -- the client's name looked up from its address and not found, with the verb of the BSD
      -- services' own check (rshd's and lpd's "Sorry, I cannot resolve your hostname") where
      -- Postfix says "cannot find your hostname": a form of the family, no MTA's quoted text
      phrases.combine({ "cannot", "can't", "could not", "couldn't", "unable to" }, " resolve your ",
        { "hostname", "host name", "ip address", "ip" })),
    category = "reverse_dns",
    description = "The sending IP has no valid reverse DNS (PTR) or its HELO name does not check out.",
    examples = { "550 Mail not accepted from default assigned hostnames", "555 helohost error.", "550 Forged IPs not accepted here",
      "550 Your mail system is forging its hostname",
      "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.10]",
      "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]",
      "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
      "550 5.7.25 <user@example.net>: Recipient address rejected: Reverse DNS validation failed",
      "550 5.7.1 Client host rejected: rDNS lookup failed for 203.0.113.2",
      "501 5.5.4 HELO/EHLO argument is invalid.",
      "550 5.7.506 Access Denied, Bad HELO",
      "550 HELO must have a dot",
      "550 Invalid address format in HELO",
      "550 You are not who you say you are",
      "550 You cannot say you are me. I am me.",
      "550 Sending server used an invalid greeting",
      "550 5.7.1 host mail.example.com [192.0.2.1] from unknown TLD #122",
      "550 HELO host has no forward DNS match",
      "550 Sorry, no FCrDNS match found",
      "550 5.7.1 Relaying denied. IP name lookup failed [192.0.2.1]",
      "451 4.1.8 Possibly forged hostname for 192.0.2.1",
      "550 5.7.0 HELO mail.example.com does not match client other.example.net [192.0.2.1] #424",
      "550 5.7.0 mail.example.net [192.0.2.1] claims to be us \"mx.example.org\" #430",
      "550 5.7.1 reject IP in client name 192-0-2-1.dsl.example.net [192.0.2.1] (1) #418",
      "550 EHLO argument does not match calling host",
      "501 Syntactically invalid HELO argument(s)",
      "450 4.7.1 <user@example.org>: Recipient address rejected: No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator",
      "550 HELO/EHLO blocked",
    },
  },
  -- The HELO/EHLO name refused in any wording: HELO or EHLO within a few words of a verdict on
  -- the name (James: "Provided EHLO/HELO <name> can not resolved."). The window keeps out a
  -- stage cue ("after EHLO", "in reply to HELO command") far from a verdict about something else;
  -- words that only ask for a greeting ("send HELO/EHLO first") are protocol errors.
  {
    id = "text.reverse_dns.helo",
    priority = 60,
    match = { HELO, HELO_FAULT },
    pattern = phrases.near(HELO, HELO_FAULT, 40),
    category = "reverse_dns",
    description = "The receiver refused the HELO/EHLO name the sending server gave; fix the sender's host name.",
    examples = {
      "550 5.7.1 Client host rejected: Your HELO hostname is invalid",
      "550 That HELO not allowed here",
      "501 5.5.4 Provided EHLO/HELO mail.example can not resolved.",
      "550 REJECTED - HELO is an IP address (See RFC2821 4.1.3)",
      "517 HELO mail.example.org does not match 192.0.2.1",
      "550 Please use your real hostname when saying HELO (not PC-01)",
    },
  },
  -- qmail-remote reports a refused HELO as "Connected to <ip> but my name was rejected": the
  -- receiver refused the name itself, and the recipient wording a quoted reply may carry
  -- ("Invalid domain name") is not about a recipient; a block list or another sender-side cause
  -- named in the reply outranks it.
  {
    id = "text.reverse_dns.name_rejected",
    priority = 47,
    match = "but my name was rejected",
    category = "reverse_dns",
    description = "The receiver refused the HELO/EHLO name the sending server gave; fix the sender's host name.",
    examples = {
      "Connected to 192.0.2.112 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name",
    },
  },
  -- A HELO name or sender domain that does not resolve to, or match, the connecting IP, in any
  -- wording (Xeams: "Resolved IP in HELO string does not match with Sender IP"; Gmail's X.7.25:
  -- "the corresponding forward DNS entry does not point to the sending IP").
  {
    id = "text.reverse_dns.mismatch",
    -- level with text.reverse_dns.helo, whose "does not match" it refines where the connecting
    -- IP is named (this rule comes later, so it decides the tie)
    priority = 60,
    match = { MISMATCH, CONNECTING_HOST },
    -- the two within a few words of each other, not anywhere in a long report
    pattern = phrases.near(MISMATCH, CONNECTING_HOST, 60),
    category = "reverse_dns",
    description = "The HELO name or the sender's domain does not match the connecting IP; fix the sender's DNS.",
    examples = { "550 Resolved IP in HELO string does not match with Sender IP" },
  },
  -- The connecting IP or its name does not resolve (Sendmail's proto.m4: "Client IP address ...
  -- does not resolve"; Postfix's reject_unknown_client_hostname in other words).
  {
    id = "text.reverse_dns.unresolvable",
    priority = 58,
    match = { UNRESOLVED, CLIENT_NAME },
    -- the two within a few words of each other, not anywhere in a long report
    pattern = phrases.near(UNRESOLVED, CLIENT_NAME, 60),
    category = "reverse_dns",
    description = "The sending IP or its host name does not resolve; fix the sender's reverse DNS.",
    examples = { "451 4.1.8 Client IP address 192.0.2.1 does not resolve" },
  },
  {
    id = "text.reverse_dns.ptr",
    priority = 61,
    match = "ptr",
    pattern = "[^a-z] 'ptr' ![a-z]",
    category = "reverse_dns",
    description = "The sending IP has no valid PTR record.",
    examples = {
      "554 mta1.example.net 203.0.113.2 requires that all mail servers must have a PTR record with a valid Reverse DNS entry.",
      "421 Service not available No SMTP service Bad DNS PTR resource record.",
    },
  },
  {
    id = "text.tls_required",
    priority = 60,
    match = {
      "starttls", "tls required", "tls is required", "requires tls", "require tls", "must use tls",
      "encryption required", "tls negotiation failed", "tls handshake", "ssl handshake", "cannot start tls",
      -- a command refused until the session is encrypted (qpsmtpd's tls plugin: "Command refused
      -- due to lack of security")
      "lack of security",
      "over a tls connection", "using a tls connection", "dnssec-invalid", "certificate-expired",
      "requires encryption", "tls not available", "secure connection required", "requires a secure connection",
      -- Exim's tls.c when the TLS negotiation the client started fails ("554 Security failure")
      "security failure",
      -- Exim's smtp_in.c when its own TLS setup fails ("454 TLS currently unavailable")
      "tls currently unavailable", "tls is currently unavailable", "tls unavailable", "tls temporarily unavailable",
      -- ... and Sendmail's srvrsmtp.c ("454 4.3.3 TLS currently not available"); Postfix's SMTP client
      -- where the sender asked for RFC 8689's REQUIRETLS ("Sender requested REQUIRETLS, but TLS
      -- service was not offered by host ..."); the qmail-remote TLS patch where a host's certificate
      -- is pinned ("No TLS achieved while <file> exists", "TLS unable to verify server <host>: ...")
      "tls currently not available", "requiretls", "tls service was not offered", "no tls achieved",
      -- Haraka's outbound (hmail.js) where its configuration demands TLS of the remote ("No TLS
      -- available but required by configuration")
      "no tls available",
      -- ZoneMTA's sender.js where the domain's policy (MTA-STS, or its own) asks for TLS ("Policy error:
      -- Failed to establish a TLS connection to the MX server as requested by policy")
      "establish a tls connection", "establish tls", "establish a secure connection",
      "tls unable to verify",
      "tls encryption required", "ssl required", "requires ssl",
      -- the Exim specification's ACL for a client that must encrypt or log in ("550 TLS encryption
      -- or CRAM-MD5 required")
      "tls encryption or",
      -- a server without TLS to offer (SubEthaSMTP's "454 TLS not supported"), a command that
      -- needs it first (qmail's forcetls patch: "538 auth not available without TLS (#5.3.3)"),
      -- and the handshake failing (its TLS patch: "454 TLS connection failed: <OpenSSL error>")
      "tls not supported", "tls is not supported", "without tls", "without starttls", "tls connection failed",
      -- chrj/smtpd's STARTTLS ("550 5.7.0 Handshake error"), XMail's "TLS needed for this session"
      "handshake error", "handshake failed", "tls needed",
      -- Exim's smtp transport and TLS layer ("TLS error on connection ...", "a TLS session is
      -- required, but the server did not offer TLS support", "DANE error: No usable TLSA records")
      "tls error", "tls session is required", "offer tls", "tls support",
      -- Qsmtp and others: "recipient requires encrypted message transmission", "data encryption error"
      "requires encrypted", "encrypted message transmission", "encryption error", "encryption required",
      -- hMailServer ("550 5.7.1 TLS conversation required", "530 A SSL/TLS-connection is required
      -- for authentication."), maddy's check of the TLS level the remote offers ("550 5.7.3
      -- Security level check failed")
      "tls conversation", "ssl/tls", "tls-connection", "tls connection is required", "security level check",
      -- Sendmail's tls_server and tls_rcpt rulesets (cf/m4/proto.m4) and deliver.c, which refuse to
      -- send over a session whose TLS does not meet the site's demand ("403 4.7.0 encryption too
      -- weak 0 less than 112", "403 4.7.0 server not authenticated.")
      "encryption too weak", "server not authenticated",
      "certificate verif", "certificate not trusted", "certificate not verified", "untrusted certificate",
      "certificate has expired", "certificate expired", "tlsa", "mta-sts", "tls version", "tls 1.0", "tls 1.1",
      -- Exchange Online 4.4.317: the receiving server's certificate chain ("[Message=UntrustedRoot]")
      "untrustedroot", "untrusted root", "certificate chain",
      "tlsv1.0", "tlsv1.1",
      -- smtpf's STARTTLS checks ("535 5.7.8 TLS certificate invalid #1027")
      "certificate invalid", "invalid certificate", "certificate is invalid",
      -- Go's crypto/tls and crypto/x509, in the errors of the MTAs written in Go (maddy, mox,
      -- Postal's and the ESPs' senders): "tls: failed to verify certificate: x509: certificate is
      -- valid for a, not b"; a minimum TLS version a sending service requires
      "failed to verify certificate", "x509:", "tlsrequirement", "minimum tls",
      -- MailCleaner's Exim ACLs (exim_stage1.conf): "Encryption is required from you", "...
      -- from your domain", "... to this domain"
      "encryption is required",
      -- Momentum's certificate checks ("454 certificate not yet valid: possible clock skew")
      "certificate not yet valid",
      -- Zimbra's LMTP server (LmtpReply.TLS_REQUIRED, "451 4.2.2 Server accepts messages only on
      -- TLS connection"), and the same demand in other words
      "only on tls connection", "only on a tls connection", "only over tls", "only via tls", "only with tls",
      "only on tls connections", "only over tls connections",
      -- Email Security.cloud's Boundary Encryption (Broadcom KB 162152: "451 TLS/SSLv3
      -- Connection required. (#4.7.1)"); VIPRE Email Security's rejection reasons ("Your sender
      -- domain is required to send via an encrypted SMTP session"); the connection words alike
      "tls/sslv3 connection", "tls/ssl connection", "ssl connection required", "tls connection required",
      "encrypted smtp session", "encrypted smtp connection",
      -- spamdyke (spamdyke.h ERROR_FAILURE_TLS): "454 Failed to negotiate TLS connection."
      "negotiate tls",
    },
    category = "tls_required",
    description = "The receiver requires TLS, or the TLS session failed (version, certificate, DANE, MTA-STS).",
    examples = {
      "Policy error: Failed to establish a TLS connection to the MX server as requested by policy",
      "No TLS available but required by configuration.",
      "No TLS achieved while /var/qmail/control/tlshosts/mx.example.com.pem exists",
      "454 4.3.3 TLS currently not available",
      "Sender requested REQUIRETLS, but TLS service was not offered by host mx.example.com[192.0.2.5]",
      "403 4.7.0 encryption too weak 0 less than 112",
      "530 5.7.0 Must issue a STARTTLS command first",
      "TLS is required, but was not offered by host mx.example.com[192.0.2.25]",
      "451 4.7.5 Server certificate not trusted",
      "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.",
      "421 4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection.",
      "451 4.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
      "553 This route requires encryption (TLS)",
      "451 4.2.2 Server accepts messages only on TLS connection",
      "451 TLS/SSLv3 Connection required. (#4.7.1)",
      "550 Your sender domain is required to send via an encrypted SMTP session",
      "454 4.7.0 TLS not available due to local problem",
      "TLS error on connection to mx.example.com [192.0.2.25] (SSL_connect): error:0A000086:SSL routines::certificate verify failed",
      "535 5.7.8 TLS certificate invalid #1027",
      "tls: failed to verify certificate: x509: certificate signed by unknown authority",
      "550 Encryption is required from your domain",
      "454 Failed to negotiate TLS connection.",
    },
  },
  {
    id = "text.tls_required.dane",
    priority = 60,
    match = "dane",
    pattern = "[^a-z] 'dane' ![a-z]",
    category = "tls_required",
    description = "The receiver's DANE TLSA records could not be satisfied.",
    examples = { "451 4.7.5 DANE verification failed for mx.example.com" },
  },
  {
    id = "text.relay_denied",
    priority = 59,
    match = {
      "relay access denied", "relaying denied", "relay denied", "relay not permitted", "relaying not permitted",
      "relay not allowed", "relaying not allowed", "unable to relay", "cannot relay", "not permitted to relay",
      "not configured to relay", "we do not relay", "relaying prohibited", "relay prohibited", "no relaying",
      "allowed rcpthosts", "client was not authenticated", "credentials for relay", "not allowed to relay",
      "isn't allowed to relay",
      -- ZMailer's smtp-policy boilerplate for a recipient domain it does not relay to ("This is not
      -- accepted relay target")
      "not accepted relay target",
      -- a Chinese provider's SMTP reply list (Sina-style server; 360docs.net/doc/a61843873.html
      -- glosses each reply in Chinese): "553 host denies relay." (拒绝中继), "553 relay check local fail."
      -- (本域用户必须通过验证: the domain's own users must authenticate)
      "denies relay", "deny relay", "relay check local fail", "relay check domain fail",
      -- a Korean portal's list of bounces (puffinknight.tistory.com/102): "554 Relay operation
      -- rejected"
      "relay operation rejected",
      -- qpsmtpd's SMTP.pm when no rcpt plugin accepted or refused the recipient ("450 No plugin
      -- decided if relaying is allowed"): it takes the recipient only where relaying is decided
      "if relaying is allowed",
      -- Zoho ("553 Relaying disallowed"); Postfix's reject_sender_login_mismatch for a client that
      -- has not logged in ("Sender address rejected: not logged in")
      "relaying disallowed", "relay disallowed", "not logged in",
      -- maddy's default maddy.conf for a sender in a domain it serves, on port 25 ("501 5.1.8 Use
      -- Submission for outgoing SMTP"): the sender must log in on the submission port
      "use submission for outgoing", "use the submission port",
      -- SMTP AUTH asked for before relaying ("Authentication is required for relay"), or before
      -- any mail at all: RFC 4954's "530 5.7.0 Authentication required", qmail's and others' "530
      -- Authorization required", a submission port that takes only authenticated mail ("Mail to
      -- submission port must be authenticated"), iRedAPD's SMTP_ACTIONS for a sender in a domain
      -- the server hosts ("SMTP AUTH is required for users under this sender domain"). The sender
      -- is refused until it authenticates (TAXONOMY.md rule 6); credentials that failed are our
      -- account's (text.sender_account).
      "required for relay", "required to relay", "authentication required", "authentication is required",
      "authorization required", "submission port", "smtp auth is required", "smtp auth required",
      "auth is required", "auth required",
      -- Coremail and the Chinese portals: "Local user only" (no relaying to other domains)
      "local user only", "local users only",
      -- hMailServer, to a recipient that is not local from a client that may not relay
      "delivery is not allowed to this address",
      -- POP-before-SMTP relaying ("Please receive your mail before sending"; Sendmail set up with
      -- DRAC or pop-before-smtp: "Relaying denied: You must check for new mail before sending mail")
      "receive your mail before sending", "pop before smtp", "pop-before-smtp",
      "check for new mail before sending", "check your mail before sending", "check mail before sending",
      -- TAXONOMY.md rule 6's relaying refused until the sender authenticates, in its plain words
      -- (MessageLabs below: "not permitted to relay through this server without authentication")
      "without authentication", "without smtp authentication", "without smtp auth",
      -- MailEnable: relaying needs SMTP AUTH
      "send to a non-local e-mail address",
      -- HCL Domino's inbound relay restrictions; smtpf refuses source-routed (UUCP) addresses
      "relay rejected", "uucp addressing denied",
      -- Haraka's connection.js when no plugin accepted the recipient's domain for relaying or
      -- local delivery ("550 I cannot deliver mail for <a@b>"; 450 while a lookup failed)
      "i cannot deliver mail for",
      -- Symantec Email Security.cloud: "you are trying to use me [...] as a relay"; MessageLabs:
      -- "is not permitted to relay through this server without authentication"
      "as a relay", "relay through this server",
      -- OpenSMTPD asks for SMTP AUTH before it relays: "Must issue an AUTH command first"
      "must issue an auth command",
      -- a server that says it will not relay
      "do not relay", "does not relay", "will not relay", "won't relay", "don't relay", "can't relay",
      -- qmail-smtpd's rcpthosts refusal cut short ("... in my list of allowed rcpthost"), and the
      -- wordings Sisimai's relaying list records: "we don't handle mail for <domain>", "relaying
      -- mail to <domain> is not allowed", "insecure mail relay", "not local host <domain>",
      -- "specified domain is not allowed"
      "allowed rcpthost", "list of rcpthosts", "handle mail for", "not relaying to", "relaying mail to", "insecure mail relay", "not local host",
      "specified domain is not allowed",
      -- Trend Micro InterScan Messaging Security (solution 1106332): a recipient domain not on its
      -- relay domains list ("550 Domain of forward-path is not allowed"; RFC 5321 calls the RCPT
      -- argument the forward-path)
      "forward-path is not allowed", "forward-path not allowed", "forward path is not allowed",
      -- Haraka's relay plugin for a recipient domain it neither hosts nor relays to ("550 Mail for
      -- that recipient is not accepted here.")
      "mail for that recipient is not accepted", "mail for this recipient is not accepted",
      -- gromox's smtp resource table ("554 Relay from your addr <a@b> is denied", "... from your IP
      -- address ... is denied")
      "relay from your addr", "relay from your ip",
      -- mailfront's rcpthosts check, for a domain it does not serve without RELAYCLIENT ("550 5.1.0
      -- Mail system is not configured to accept that recipient")
      "not configured to accept that recipient",
      -- ... and qmail-smtpd's rcpthosts refusal whatever its list is called ("that domain isn't in my
      -- list of allowed rcpthosts", and "... in my list of allowed hosts" as a Russian help page
      -- quotes it): "my list of allowed" and what the server lists
      "my list of allowed",
      -- a filtering smarthost that takes mail only from its authenticated customers (SpamExperts'
      -- outgoing filter refuses messages that "do not provide authentication": "550 message
      -- submission is for authorised users only!")
      "for authorised users only", "for authorized users only",
      -- spamdyke, the qmail filter (spamdyke.h ERROR_RELAYING_DENIED): "Refused. Sending to remote
      -- addresses (relaying) is not allowed."
      "(relaying) is not allowed", "sending to remote addresses",
      -- Debian's exim4-config for a host that delivers only locally (its router for remote
      -- domains: "Mailing to remote domains not supported"); MailEnable's refusals of an
      -- unauthenticated client ("This mail server requires authentication before sending mail
      -- from a locally hosted domain")
      "remote domains not supported", "requires authentication before sending", "requires authentication when",
      -- a client refused the use of the server as its relay in other words ("sender IP address x may
      -- not use this server as a smarthost"; qmail's rcpthosts refusal as some hosters word it, "that
      -- domain isn't allowed to be relayed thru this MTA")
      "as a smarthost", "allowed to be relayed", "be relayed thru", "be relayed through",
      -- a recipient the server does not host, refused to a client that may not relay ("503 Rcptto
      -- account isn't a local account", "550 Requested action not taken: mailbox unavailable or
      -- is not local")
      "isn't a local account", "is not a local account", "or is not local",
      -- a client told to log in first, in the words of Citadel's SMTP server ("550 You must log in
      -- to send mail from <domain>", "... on this port") and of servers that say "authenticate"
      "must log in to send", "must login to send", "must log in before sending", "must login before sending",
      "must authenticate", "must be authenticated", "please authenticate", "authenticate first",
    },
    category = "relay_denied",
    description = "The server does not relay mail for this sender or destination.",
    examples = { "554 Relay from your addr <alice@example.org> is denied", "550 Mail for that recipient is not accepted here.", "550 Domain of forward-path is not allowed", "553 host denies relay.", "550 5.1.0 Mail system is not configured to accept that recipient",
      "553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)",
      "450 No plugin decided if relaying is allowed", "501 5.1.8 Use Submission for outgoing SMTP",
      "550 5.7.1 Hello [192.0.2.1], for recipient address <b@example.org> the policy analysis reported: This is not accepted relay target",
      "530 5.7.1 Authentication is required for relay",
      "550 I cannot deliver mail for <user@example.org>",
      "553 Mail to local recipients without authentication is not accepted",
      "530 5.7.0 Authentication required",
      "530 5.7.0 Authorization required",
      "554 5.7.1 <bob@example.com>: Recipient address rejected: SMTP AUTH is required for users under this sender domain",
      "553 5.7.1 <user@example.org>: Sender address rejected: not logged in",
      "553 Relaying disallowed",
      "554 5.7.1 <user@example.org>: Relay access denied",
      "550 5.7.1 <user@example.org>... Relaying denied",
      "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
      "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
      "530 5.7.1 Client was not authenticated",
      "550 5.7.1 Invalid credentials for relay.",
      "550 mx.example.com isn't allowed to relay",
      "503 This mail server requires authentication when attempting to send to a non-local e-mail address.",
      "554 Relay rejected for policy reasons.",
      "553-you are trying to use me [server-2.tower-1.messagelabs.com] as a relay, but I have not been configured to let you [192.0.2.1, mail.example.com] do this.",
      "530 5.5.1 Must issue an AUTH command first",
      "550 Sorry, we don't handle mail for example.org",
      "550 relaying mail to example.org is not allowed",
      "550 Submission is for authorized users only",
      "554 Refused. Sending to remote addresses (relaying) is not allowed.",
      "Mailing to remote domains not supported",
      "550 sender IP address 192.0.2.1 may not use this server as a smarthost",
      "553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)",
      "550 You must log in to send mail from example.org",
      "551 This mail server requires authentication before sending mail from a locally hosted domain. Please reconfigure your mail client to authenticate before sending mail.",
    },
  },
  -- Relaying refused in any vendor's words: relaying next to a refusal (Exim 3: "relaying to
  -- <a@b> prohibited by administrator"). The spaces keep out host names (relay.example.com).
  {
    id = "text.relay_denied.keyword",
    priority = 57,
    match = { RELAYING, RELAY_REFUSED },
    -- the two within a few words of each other, not anywhere in a long report
    pattern = phrases.near(RELAYING, RELAY_REFUSED, 40),
    category = "relay_denied",
    description = "The server does not relay mail for this sender or destination.",
    examples = { "553 relaying to <user@example.org> prohibited by administrator" },
  },
  -- Haraka's default answer to MAIL FROM where a plugin denied the sender without a reason of its
  -- own ("550 sender <a@b> denied", connection.js): the envelope sender refused (TAXONOMY.md rule 6),
  -- above the bare refusal verbs (text.policy_block.not_permitted).
  {
    id = "text.sender_invalid.denied",
    priority = 12,
    match = "> denied",
    pattern = "'sender <' [^>]* '> denied'",
    category = "sender_invalid",
    description = "The receiver refused the envelope sender address.",
    examples = { "550 sender <alice@example.com> denied", "450 sender <alice@example.com> denied" },
  },
  -- Relaying refused to where the client connects from (qmail-ldap's qmail-smtpd: "553 sorry,
  -- relaying denied from your location [192.0.2.1] (#5.7.1)"): the client may not relay from
  -- there, not a ban of a country or a list entry (text.blocklisted's "from your location").
  {
    id = "text.relay_denied.from_client",
    priority = 71,
    match = phrases.combine({ "relaying denied", "relay denied", "relaying not allowed", "relaying not permitted",
                              "relaying refused", "relaying prohibited" },
      { " from your", " to your", " for your" }),
    category = "relay_denied",
    description = "The server does not relay mail for this sender or destination.",
    examples = { "553 relaying denied from your network", "553 sorry, relaying denied from your location [192.0.2.1] (#5.7.1)" },
  },
  -- A relay that takes mail only after SMTP AUTH, given none: Twilio SendGrid's "550
  -- Unauthenticated senders not allowed" (at MAIL FROM, without AUTH or with a bad API key).
  -- Above the SPF/DKIM wording, where "unauthenticated sender" means a failed domain check.
  {
    id = "text.relay_denied.unauthenticated",
    priority = 63,
    match = { "unauthenticated senders not allowed", "unauthenticated senders are not allowed" },
    category = "relay_denied",
    description = "The relay takes mail only from clients that authenticate; configure SMTP AUTH.",
    examples = { "550 Unauthenticated senders not allowed" },
  },
  -- Zoho Mail's and ZeptoMail's submission servers refuse a From address the account may not
  -- use ("553 Relaying disallowed as <address>", ZeptoMail's SMTP error codes: "Sending email from
  -- invalid 'from' address domain"): the sender, not relaying, which "relaying disallowed" says.
  {
    id = "text.sender_invalid.relaying_as",
    priority = 60,
    match = "relaying disallowed as",
    category = "sender_invalid",
    description = "The submission server refused the sender address for this account; use an address the account may send from.",
    examples = { "553 Relaying disallowed as bounce@example.com" },
  },
  -- Exchange Online's 5.7.57 ("Client not authenticated to send mail", "... to send anonymous
  -- mail during MAIL FROM"): a device relaying through it without logging in. Below our own login
  -- refused, which the reply may report after it ("Error: 535 5.7.139 Authentication
  -- unsuccessful": the account's SMTP AUTH is off).
  {
    id = "text.relay_denied.not_authenticated",
    priority = 54,
    match = { "not authenticated to send mail", "not authenticated to send email", "not authenticated to send e-mail",
              "not authenticated to send anonymous mail" },
    category = "relay_denied",
    description = "The relay takes mail only from clients that authenticate; configure SMTP AUTH.",
    examples = { "530 5.7.57 Client not authenticated to send mail" },
  },
  -- Exim's sender verification by callout: its reply quotes what the sender's own MX answered
  -- ("550-Verification failed for <a@b>", "550-Response: 554 5.7.1 <a@b>: Relay access denied",
  -- "550 Sender verify failed"). That quoted answer is about checking the sender's address, so the
  -- verdict, not the cause it quotes, decides.
  {
    id = "text.sender_invalid.verify_failed",
    priority = 61,
    -- Exim smtp_in.c words the callout's failure for the sender "Verification failed for <%s>",
    -- "Postmaster verification failed while checking <%s>", "Callback setup failed while verifying
    -- <%s>", and sends it whole only for the sender (sender_verified_failed)
    match = {
      "sender verify failed", "sender verification failed", "verification failed for <",
      "postmaster verification failed while checking", "callback setup failed while verifying",
    },
    category = "sender_invalid",
    description = "The receiver could not verify our sender address.",
    examples = {
      "550 Verification failed for <bounce@example.com>: Sender verify failed",
      "550-Verification failed for <news@example.com>\n550-Called:   192.0.2.7\n550-Sent:     RCPT TO:<news@example.com>\n" ..
        "550-Response: 554 5.7.1 <news@example.com>: Relay access denied\n550 Sender verify failed",
    },
  },
  {
    id = "text.sender_invalid",
    priority = 54,
    match = {
      -- "Sender Refused" as MXToolbox's bounce reference lists it (mxtoolbox.com/Bouncebacks)
      "sender address rejected", "sender rejected", "sender refused", "domain of sender address", "sender domain does not exist",
      "sender domain not found", "sender domain must exist",
      -- Kolab's access policy (kolab_smtp_access_policy: "Unverifiable sender.", "Could not find
      -- envelope sender user ...", "Sender uses unauthorized envelope sender address", "... is
      -- unauthorized to send on behalf of ..."): the envelope sender, not the recipient
      "unverifiable sender", "envelope sender user", "unauthorized envelope sender", "unauthorised envelope sender",
      -- Exim's verify = header_sender, as Debian's exim4 configuration words its refusal at DATA
      -- ("550 No verifiable sender address in message headers"), and as Exim's own verify.c does
      -- ("there is no valid sender in any header line")
      "no verifiable sender", "verifiable sender address", "no valid sender in any header",
      -- ASSP's sender checks for an address in a domain it hosts, which the client may not use
      -- ("554 5.7.1 Unknown Sender in Local Domain .", "554 5.7.1 Spoofing Sender in Local Domain .")
      "sender in local domain", "sender in the local domain",
      -- Discourse's mail receiver, for a reply from an address no user has ("Your reply was sent from
      -- an unknown email address"): the sender's address, not a recipient's
      "sent from an unknown email address", "sent from an unknown e-mail address", "sent from an unknown address",
      -- the envelope sender under RFC 5321's own name for it (E-MailRelay: "552 invalid originator")
      "invalid originator", "originator rejected", "originator refused",
      -- a call-back to the sender's server that failed (Gathman's bms.py: "Callback failure")
      "callback failure", "callback failed", "callback verification failed",
      "unauthorized to send on behalf of", "unauthorised to send on behalf of",
      -- qmail's badmailfrom patches ("553 sorry, your envelope sender has been denied (#5.7.1)")
      "envelope sender has been denied", "envelope sender is denied", "envelope sender is in my badmailfrom",
      -- hMailServer's refusal of an empty sender where it wants one ("550 Sender address must be
      -- specified.")
      "sender address must be specified",
      -- a submission server that lets an account send only from its own domains (as posted in
      -- github.com/PHPMailer/PHPMailer/issues/304: "You are not allowed to use the domain
      -- hotmail.com as a sender domain.")
      "as a sender domain", "as sender domain", "as the sender domain",
      -- a Chinese provider's SMTP reply list (Sina-style server; 360docs.net/doc/a61843873.html
      -- glosses each reply in Chinese): "553 host denies the sender." (拒绝发件人地址), "552 mail from
      -- invalid." and "554 sender is unvalidated." (发信人地址不合法)
      "denies the sender", "mail from invalid", "sender is unvalidated", "sender unvalidated",
      -- ZMailer's smtp-policy boilerplate (proto/db/smtp-policy.src, _bulk_mail and _private_address),
      -- as its MAIL FROM reply quotes it: "for your MAIL FROM address <a> policy analysis reported:
      -- Your address is not liked source for email", "We don't accept email from this source address"
      "address is not liked source", "not liked source for email", "accept email from this source address",
      "accept mail from this source address",
      -- a receiver asks that the client's domain resolve ("501 Domain must resolve", before any
      -- recipient): its own check of the sender's or HELO's domain, never the recipient's
      "domain must resolve", "sender domain is invalid",
      "invalid sender", "sender address is invalid", "sender address invalid", "bad sender",
      "sender address syntax", "sender address verification",
      "purported responsible address", "provide a valid from", "null sender", "sending as a different address",
      -- the empty envelope sender (RFC 5321's "MAIL FROM:<>") refused in plain words ("to send
      -- email from a blank sender, enable blank senders", "empty sender not allowed")
      "blank sender", "empty sender", "empty envelope sender", "empty mail from",
      "mailfrom account", "badmailfrom", "sender domain resolve",
      -- the sender may not use this address ("Unauthorized use of sender address", "Not authorised
      -- to send from this header address")
      "unauthorized use of sender", "unauthorised use of sender", "authorized to send from", "authorised to send from",
      -- "Sender denied" in its own words; Exchange Online's 5.1.0 of that wording is a recipient it
      -- could not resolve, which its provider rule (providers/microsoft.lua) says where the reply
      -- is known to come from Microsoft
      "sender denied",
      -- the envelope sender on the receiver's list of refused senders, as Haraka's access plugin
      -- words its default (deny_msg.mail: "That sender cannot send mail here")
      "sender cannot send mail", "sender can't send mail", "sender may not send mail",
      -- Twisted's SMTPBadSender default ("550 Cannot receive from specified address <a@b>: Sender
      -- not acceptable")
      "sender not acceptable", "sender is not acceptable", "cannot receive from specified address",
      -- the receiver's DNS check of the sender's domain
      "dns check failed",
      -- the null MX (RFC 7505) of the sender's domain, not of the recipient's; Rspamd's mx_check
      -- plugin, which checks the From domain ("Domain published RFC 7505 Null MX")
      "sender address has null mx", "sender domain has null mx", "sender domain has a null mx",
      "published rfc 7505 null mx",
      -- Gmail refuses to send as an alias whose "Send mail as" settings no longer work, among them
      -- an alias SMTP server that offers no AUTH
      "p=customfromdenied", "'send mail as'", "does not advertise auth capability",
      -- Amazon SES and SendGrid send only from identities the account has verified
      "email address is not verified", "identities failed the check", "not authorized to send from that email address",
      "invalid mail from address",
      -- a sending service's sender identity not verified or blocked (Yandex Cloud Postbox's "550
      -- 5.4.1 identity not verified", "identity is blocked"), and the sender called illegal
      "identity not verified", "identity is not verified", "identity is blocked", "illegal sender",
      -- the envelope sender by its other name, and a sender required to exist (Domain Hosting Shop's
      -- sender verification KB: "The destination mail system rejected your return address",
      -- "Sender must exist")
      "your return address", "return address rejected", "return address is invalid", "sender must exist",
      "sender address must exist",
      -- the From address refused as invalid in other words (Runbox's help on sending errors: "550
      -- Invalidated From address")
      "invalid from address", "invalidated from address", "from address is invalid", "from address invalid",
      "from address is not valid",
      -- Twilio SendGrid's error 60222 ("The from address does not match a verified Sender
      -- Identity"), Postmark's API errors 400 and 401 ("The 'From' address you supplied (...) is not a
      -- Sender Signature on your account", "Sender signature not confirmed")
      "verified sender identity", "not a sender signature", "sender signature not confirmed",
      "sender signature not found",
      -- Amazon SES's bulk send status "MailFromDomainNotVerified: The sender's email address or
      -- domain was not verified"
      "mailfromdomainnotverified", "address or domain was not verified",
      -- the receiver could not check the sender's domain (Exim, qmail's chkuser, Haraka)
      "complete sender verify", "valid mx for sender domain", "for your from address", "no bounces accepted",
      -- smtpf names the sender and says its address is listed or its domain is not real
      "> black listed", "> from unknown tld", "> from rfc2606 reserved domain",
      -- Sendmail's proto.m4 ("Domain name required for sender address", "Real domain name
      -- required ..."), Exim ("sender address must contain a domain", the spec's "Sender did not
      -- verify", "Can't verify sender", "Invalid sender from client host"), qmail's chkuser
      -- ("sender address has invalid characters")
      "required for sender address", "sender address must contain", "sender did not verify",
      "can't verify sender", "cannot verify sender", "unable to verify sender", "could not verify sender",
      "sender unknown",
      "sender address has invalid", "unrouteable sender", "unroutable sender",
      -- Postfix's reject_sender_login_mismatch ("not owned by user"), Sendmail's "not allowed to
      -- act as", Haraka's "doesn't match AUTH domain": the login may not send as this sender
      "not owned by user", "not allowed to act as", "match auth domain",
      -- Apache James's SenderAuthIdentifyVerificationHook ("503 5.7.1 Incorrect Authentication
      -- for Specified Email Address")
      "authentication for specified email address",
      -- SmarterMail's submission check ("550 From domain must match authenticated domain")
      "must match authenticated",
      -- Apache James: the null sender from an unauthenticated client
      "not allowed for unauthenticated connection",
      -- Apache James's ValidSenderDomainHandler ("501 5.1.7 sender " + MaybeSender + " contains a
      -- domain with no valid MX records", the sender printed by its toString, so no "<a@b>" for
      -- text.sender_invalid.named to find): the sender's domain, in a bad domain's words
      "contains a domain with no valid mx",
      -- iRedAPD: the envelope sender is not the login ("Sender is not same as SMTP authenticate
      -- username"); plainer words for a malformed sender ("553 Sender invalid")
      "not same as smtp auth", "sender invalid",
      -- Coremail's reply list (icoremail.vip): "Requested mail action not taken: Fake sender"; the
      -- envelope sender named by its command ("MAIL FROM rejected")
      "fake sender", "mail from rejected", "mail from refused", "mail from denied", "mail from not accepted",
      -- qmail's MAIL FROM checks as hosters patch them ("sorry, refused mailfrom because return MX
      -- does not exist")
      "refused mailfrom", "return mx does not exist",
      -- FortiOS and FortiMail (system replacemsg spam, reversedns): the sender's domain has no DNS
      -- record ("This message has been blocked because the return email domain failed DNS check")
      "return email domain", "return e-mail domain",
    },
    category = "sender_invalid",
    description = "The envelope or header sender address was refused or could not be resolved.",
    examples = { "554 5.7.1 Unknown Sender in Local Domain .", "Your reply was sent from an unknown email address. Try sending from another email address", "550 there is no valid sender in any header line", "554 sender is unvalidated.",
      "550 Sender Refused",
      "550 No verifiable sender address in message headers",
      "553 5.7.1 Hello [192.0.2.1], for your MAIL FROM address <a@example.com> policy analysis reported: Your address is not liked source for email",
      "501 5.1.8 Sender address rejected",
      "450 4.1.8 <bounce@example.com>: Sender address rejected: Domain not found",
      "553 5.1.8 <root@host.example.com>... Domain of sender address root@host.example.com does not exist",
      "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
      "553 sorry, your envelope sender domain must exist (#5.7.1)",
      "SMTP error from remote mail server after initial connection: host mail.example.org [192.0.2.1]: 501 Domain must resolve",
      "550 5.7.1 can't determine Purported Responsible Address",
      "550 5.2.0 <bounce@example.com> From: Domain is invalid. Please provide a valid From:",
      "553 Requested action not taken: NULL sender is not allowed",
      "550 5.7.1 Sending as a different address is not allowed.",
      "554 5.7.27 Sender address has null MX",
      "** Message not delivered ** You're sending this from a different address or alias using the 'Send mail as' feature. Learn more here: https://support.google.com/mail/?p=CustomFromDenied",
      "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability",
      "550 5.7.1 Domain may not exist or DNS check failed",
      "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com",
      "553 5.1.8 sorry, can't find a valid MX for sender domain (#5.1.8 - chkuser)",
      "550 No MX for your FROM address",
      "550 5.7.1 sender <bounce@example.com> black listed #127",
      "553 5.5.4 <bounce@host>... Real domain name required for sender address",
      "501 bounce: sender address must contain a domain",
      "553 5.7.1 <bounce@example.com>: Sender address rejected: not owned by user user@example.com",
      "550 5.7.1 user@example.com not allowed to act as bounce@example.com",
      "550 From domain must match authenticated domain",
      "501 5.1.7 sender MaybeSender{mailAddress=Optional[bounce@example.invalid]} contains a domain with no valid MX records",
      "550 Envelope domain 'example.com' doesn't match AUTH domain 'example.net'",
      "553 5.1.7 sorry, sender address has invalid characters (#5.1.7 - chkuser)",
      "550 Requested mail action not taken: Fake sender",
      "550 MAIL FROM rejected",
      "554 sorry, refused mailfrom because return MX does not exist",
      "550 5.7.1 Domain published RFC 7505 Null MX",
      "554 5.7.1 This message has been blocked because the return email domain failed DNS check.",
      "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.",
      "The 'From' address you supplied (sender@example.com) is not a Sender Signature on your account. Please add and confirm this address in order to be able to use it in the 'From' field of your messages.",
    },
  },
  -- The envelope sender refused in any vendor's words: the sender's address or domain followed
  -- by a verdict on it (the examples are wordings Sisimai's "rejected" list records). "Sender"
  -- alone is left out: "sender is blacklisted" and "blocked senders" are the recipient's own lists
  -- (recipient_policy).
  {
    id = "text.sender_invalid.keyword",
    priority = 53,
    match = { SENDER_ADDRESS, SENDER_VERDICT },
    pattern = phrases.sequence(SENDER_ADDRESS, { " is", " was", "" }, " ", SENDER_VERDICT),
    category = "sender_invalid",
    description = "The envelope sender address was refused or could not be resolved.",
    examples = {
      "550 Envelope sender domain must be a fully qualified name",
      "550 5.1.8 Sender domain is empty", "550 5.7.1 Sender email address rejected", "501 return path must be qualified.",
    },
  },
  -- The envelope sender compared with the header From: and found to differ: receivers that
  -- check the two are aligned (Tencent's and NetEase's "MAIL FROM is mismatched with message
  -- header from address", alignment checks in the spirit of DMARC, RFC 7489 section 3.1).
  {
    id = "text.sender_invalid.envelope_mismatch",
    priority = 53,
    match = { ENVELOPE_FROM, DOES_NOT_MATCH },
    pattern = phrases.near(ENVELOPE_FROM, DOES_NOT_MATCH, 40),
    category = "sender_invalid",
    description = "The envelope sender does not match the message's From: address; fix the sender configuration.",
    examples = {
      "550 5.7.1 MAIL FROM address does not match the address in the From header",
      "550 5.7.1 Envelope-from domain does not match the From: header domain",
    },
  },
  -- Postfix's reject_unverified_sender quotes what its probe of our sender address was told
  -- (smtpd_check.c: "Sender address rejected: undeliverable address: host x said: 550 relay not
  -- permitted"): the probe's words are about that probe, the refusal is of our sender.
  {
    id = "text.sender_invalid.unverified",
    priority = 64,
    match = { "sender address rejected: undeliverable address", "sender address rejected: unverified address" },
    category = "sender_invalid",
    description = "The receiver could not verify our envelope sender address; make it accept mail.",
    examples = {
      "550 5.1.7 <bounce@example.com>: Sender address rejected: undeliverable address: host mx.example.com[192.0.2.1] said: 550 relay not permitted (in reply to RCPT TO command)",
    },
  },
  -- A submission server whose login may not send as this sender: Stalwart's MAIL FROM check
  -- ("501 5.5.4 You are not allowed to send from this address."), Haraka's LDAP
  -- authorization ("User not allowed to send from this address."), iCloud's ("550 5.7.0 From
  -- address is not one of your addresses", in reply to MAIL FROM), Exchange's "You do not have
  -- permission to send from this mailbox". Above the SPF wording "is not allowed to send from
  -- <domain>": here the object is the address or the login, not a domain.
  {
    id = "text.sender_invalid.submission",
    priority = 62,
    match = phrases.join(
      phrases.combine({ "not one of your " }, { "addresses", "aliases", "identities", "email addresses", "senders" }),
      phrases.combine({ "send from this ", "send from that ", "use this ", "send from the selected " },
        { "address", "email address", "e-mail address", "mailbox", "sender", "user", "account", "from address",
          "sender address", "envelope sender" }),
      phrases.combine({ "send as this ", "send mail as this ", "send email as this " },
        { "address", "user", "mailbox", "sender" }),
      -- Exchange's SendAs and SendOnBehalf rights ("550 5.7.60 SMTP; Client does not have
      -- permissions to send as this sender", "STOREDRV.Submission.Exception:SendAsDeniedException"),
      -- and a login refused an address it names ("User [a@b] not authorized to send on behalf of
      -- <c@d>"); the SPF wording names a domain, not "<address>"
      { "permissions to send as", "permission to send as", "sendasdenied",
        -- ... Exchange's NDR text for them ("You can't send a message on behalf of this user unless
        -- you have permission to do so"; German "Sie besitzen nicht die Berechtigung, die
        -- Nachricht im Auftrag des angegebenen Benutzers zu senden")
        "send a message on behalf of this user", "im auftrag des angegebenen benutzers" },
      phrases.combine({ "not allowed", "not authorized", "not authorised", "not permitted" },
        { " to send on behalf of <", " to send as <" })),
    category = "sender_invalid",
    description = "Our login may not send as this sender address; send as the account's own address or an alias it owns.",
    examples = {
      "501 5.5.4 You are not allowed to send from this address.",
      "550 User not allowed to send from this address.",
      "550 5.7.0 From address is not one of your addresses",
      "550 5.7.1 SMTP user not authorized to use this envelope sender",
      "550 5.7.1 You are not authorized to send from this address",
      "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
      "554 5.2.252 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
      "550 5.7.1 [M12] User [user@example.com] not authorized to send on behalf of <sender@example.com>",
      "550 5.7.1 You can't send a message on behalf of this user unless you have permission to do so.",
      "Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden.",
    },
  },
  -- ... and the sender compared with the login in words of their own, a few words apart (NetEase's
  -- and Coremail's "mail from address must be same as authorization user", iRedAPD's "Sender is
  -- not same as SMTP authenticate username", mox's "must belong to authenticated user").
  {
    id = "text.sender_invalid.login_compared",
    priority = 62,
    match = { DOES_NOT_MATCH_LOGIN, THE_LOGIN },
    pattern = phrases.near(DOES_NOT_MATCH_LOGIN, THE_LOGIN, 60),
    category = "sender_invalid",
    description = "The sender address is not one the authenticated login may use; send as the login's own address.",
    examples = {
      "553 5.7.1 Sender address does not match the authenticated user",
      "554 5.7.1 Recipient address rejected: Username admin@example.com and sender doesn't match",
      "501 mail from address must be same as authorization user",
      "550 5.7.1 Sender address does not belong to logged in user",
      "550 5.7.1 message from address must belong to authenticated user",
      "553 Mail from must equal authorized user",
      "553 5.7.1 Sender and authenticated user must be the same",
      "554 5.7.1 <bob@example.com>: Recipient address rejected: Sender is not same as SMTP authenticate username",
    },
  },
  -- Our account or login kept from sending, in plain words: "Your account is not allowed to send
  -- mail", Postfix's authorized_submit_users ("User web6(5006) is not allowed to submit mail").
  -- The endings leave out "not allowed to send to <x>", the recipient's or a group's policy.
  {
    id = "text.sender_account.not_allowed_to_send",
    priority = 55,
    match = phrases.join(phrases.combine(NOT_ALLOWED, NOT_ALLOWED_TO),
      -- Postfix's postdrop and sendmail(1) under authorized_submit_users, which name the user
      -- before the verdict ("User %s(%ld) is not allowed to submit mail")
      { "is not allowed to submit mail" }),
    -- "not allowed to send mail to <a@b>" is the recipient's or a group's policy, not our account
    pattern = phrases.sequence(NOT_ALLOWED_WHO, NOT_ALLOWED_IS, NOT_ALLOWED, NOT_ALLOWED_TO) * -phrases.sequence(" to ")
      + phrases.sequence("is not allowed to submit mail"),
    category = "sender_account",
    description = "Our sending account may not send through this server; check its permissions.",
    examples = {
      "554 5.7.1 Your account is not allowed to send mail",
      "fatal: User web6(5006) is not allowed to submit mail",
      "401 Authenticated user is not authorized to send mail",
    },
  },
  -- The account's outgoing mail switched off by its provider or hosting panel (cPanel's "suspend"
  -- and "hold" of an account's outgoing email, Plesk's outgoing mail control, a submission server
  -- that suspends a login): "outgoing" or "sending" and a state near each other. Above a
  -- recipient's disabled account, which the same states would otherwise decide.
  {
    id = "text.sender_account.outgoing_state",
    priority = 55,
    match = { OUTGOING, OUTGOING_STATES },
    pattern = phrases.near(OUTGOING, OUTGOING_STATES, 40),
    category = "sender_account",
    description = "Our account's outgoing mail is suspended or restricted by its provider.",
    examples = {
      "550 5.7.1 Outgoing mail from this account has been disabled",
      "550 Outgoing email for this domain has been suspended by the administrator",
      "554 5.7.0 Your access to submit messages to this server has been temporarily suspended",
      "AccountSendingPaused: Email sending for the Amazon SES account was disabled using the UpdateAccountSendingEnabled operation.",
      "550 Outgoing mail has been disabled for this account",
      "550 5.7.0 Email sending blocked due to suspicious account activity.",
    },
  },
  -- The sender's address or domain and a verdict a few words on ("Sender <a@b> not found",
  -- "sender domain example.invalid does not resolve"): above the recipient's domain wording,
  -- which the same verdicts would otherwise decide.
  {
    id = "text.sender_invalid.named",
    priority = 52,
    match = { SENDER_NAMED, SENDER_FAULT },
    -- the two within a few words of each other, not anywhere in a long report
    pattern = phrases.near(SENDER_NAMED, SENDER_FAULT, 80),
    category = "sender_invalid",
    description = "The envelope sender address was refused or its domain could not be resolved.",
    examples = { "553 5.1.8 Sender <bounce@example.invalid> not found" },
  },
  -- The receiver names the sender and says its domain publishes no address or MX record.
  {
    id = "text.sender_invalid.no_records",
    priority = 54,
    match = "has no a, aaaa, or mx dns records",
    pattern = "'sender ' [^ ]+ ' has no a, aaaa, or mx dns records'",
    category = "sender_invalid",
    description = "The sender's domain has no A, AAAA or MX record: mail from it cannot be answered.",
    examples = { "550 5.7.1 Sender bounce@example.com has no A, AAAA, or MX DNS records" },
  },
  -- The receiver keeps the sender address itself on its block list (MessageLabs, and filters
  -- that say "to/from" because one list covers both directions).
  {
    id = "text.sender_invalid.listed",
    priority = 54,
    match = phrases.combine(
      { "your address", "your email address", "your e-mail address", "sending to/from an address", "sender address" },
      " ", { "is", "has been", "was", "that has been" }, " blacklisted"),
    category = "sender_invalid",
    description = "The receiver has the sender address on its block list.",
    examples = {
      "\"Sorry, you are sending to/from an address that has been blacklisted\"",
      "553 Your email address has been blacklisted",
    },
  },
  -- Gmail and others name the sender address and then say it is not a valid address.
  {
    id = "text.sender_invalid.syntax",
    priority = 54,
    match = "sender address",
    pattern = "'sender address ' ('<' [^>]* '> ')? 'is not a valid'",
    category = "sender_invalid",
    description = "The envelope sender is not a valid address.",
    examples = { "553 5.1.7 The sender address <bounce@@example.com> is not a valid RFC 5321 address." },
  },
  -- Under a sender status (X.1.7 "Bad sender's mailbox address syntax", X.1.8 "Bad sender's
  -- system address", RFC 3463) the words that would say an address or a domain is bad concern
  -- the sender, and so does a reply that names the sender in words of its own: maddy's default MX
  -- policy (501 5.1.8 "Non-local sender domain"; its "Use Submission for outgoing SMTP" asks for
  -- a login, text.relay_denied), chasquid's MAIL FROM checks (501 "5.1.8 Malformed sender domain (IDNA
  -- conversion failed)", "5.1.7 Sender address too long"), qmail-qmtpd ("Dunacceptable sender
  -- (#5.1.7)"), Courier's rewriting of a sender it cannot parse ("517 Syntax error.", the status in
  -- its code). Above the recipient families (domain_invalid, recipient_unknown) these words
  -- would otherwise decide, hard.
  {
    id = "text.sender_invalid.status",
    priority = 47,
    status = "5.1.7-8",
    match = {
      "invalid address", "address rejected", "bad address", "sender",
      "unknown", "invalid", "not found", "does not exist", "doesn't exist", "not exist", "no such", "malformed",
      "syntax",
    },
    category = "sender_invalid",
    description = "The envelope sender address is invalid or was refused.",
    examples = {
      "550 5.1.7 Invalid address", "553 5.1.8 Address rejected",
      "501 5.1.8 Non-local sender domain",
      "501 5.1.8 Malformed sender domain (IDNA conversion failed)", "501 5.1.7 Sender address too long",
      "Dunacceptable sender (#5.1.7)", "517 Syntax error.",
    },
  },
  -- A refusal at MAIL FROM with no stated reason concerns the envelope sender, where a bounce names
  -- the stage in words (Postfix's "in reply to MAIL FROM command", Exim's "after MAIL FROM"). Not
  -- the stage alone: Sendmail answers at MAIL for its connection-level access map ("550 5.7.1
  -- Access denied") and for parameters it cannot parse ("501 5.5.4 Unknown BODY type").
  {
    id = "text.sender_invalid.mail_from",
    -- below the protocol errors: a command out of order answered at MAIL is the client's mistake
    priority = 12,
    class = 5,
    match = { "in reply to mail from command", "after mail from" },
    category = "sender_invalid",
    description = "The receiver refused the envelope sender (MAIL FROM) without a more specific reason.",
    examples = {
      "host mail.example.net[203.0.113.2] said: 550 5.7.1 Access denied (in reply to MAIL FROM command)",
    },
  },
  -- qmail-remote says the same for a 4xx and a 5xx answer to MAIL FROM ("Connected to %s but sender
  -- was rejected."), and a bounce may quote that line without the answer.
  {
    id = "text.sender_invalid.qmail_sender",
    priority = 14,
    match = "but sender was rejected",
    category = "sender_invalid",
    description = "The receiver refused the envelope sender (MAIL FROM) without a more specific reason.",
    examples = {
      "Connected to 192.0.2.225 but sender was rejected. Remote host said: 550 5.7.1 <root@example.jp>... Access denied",
      "Connected to remote host, but sender was rejected.",
    },
  },

  -- Exchange Online's 5.7.501-5.7.503 ("Access denied, spam abuse detected", "Access denied,
  -- banned sender"): the sending account itself is banned for the spam it sent (Microsoft's NDR
  -- reference), unlike 5.7.511's "banned sender", the connecting IP on its block list.
  {
    id = "text.sender_account.banned_sender",
    priority = 73,
    status = "5.7.501-503",
    match = { "banned sender", "spam abuse detected" },
    category = "sender_account",
    description = "The sending account was banned for sending spam; it may be compromised.",
    examples = { "550 5.7.502 Access denied, banned sender", "550 5.7.503 Access denied, banned sender" },
  },

  -- Blocklists. Outlook.com's (Hotmail's) reply codes that name a blocklist come first.
  {
    id = "text.blocklisted.codes",
    priority = 72,
    match = { "dy-001", "dy-002", "ou-001", "ou-002", "sc-003", "sc-004" },
    category = "blocklisted",
    description = "The sending IP is on the receiving provider's blocklist.",
    examples = {
      "550 DY-001",
      "550 OU-002",
      "550 SC-003",
      "550 SC-004 Unfortunately, messages from 192.0.2.22 weren't sent. Please contact your Internet service provider.",
    },
  },
  -- A host refused for the generic name its address's PTR gives (a consumer range's
  -- "dynamic-1-2-3-4.isp.example"), with the fix spelled out: a name of its own ("get a custom
  -- reverse DNS name from your ISP", Mail.ru's refusal of "dynamic IP or generic DNS
  -- PTR-records"; M3AAWG's rDNS best practices call such names generic). Above the dynamic-range
  -- wording of the blocklists, which these replies repeat without naming a list.
  {
    id = "text.reverse_dns.generic",
    priority = 71,
    match = {
      "generic rdns", "generic dns ptr", "generic ptr", "generic reverse", "custom reverse dns", "custom ptr",
      "non-generic reverse", "non-generic ptr", "non-generic rdns",
    },
    category = "reverse_dns",
    description = "Our sending IP's reverse DNS name looks generic or dynamic; give it a name of its own.",
    examples = {
      "550 client mail.example.com [192.0.2.1] rejected; generic rDNS, please use your ISPs SMTP relay",
      "550 Sorry, we do not accept mail from hosts with dynamic IP or generic DNS PTR-records. Please get a custom reverse DNS name from your ISP for your host 192.0.2.1",
    },
  },
  -- policyd-weight's verdict (its REJECTMSG: "Mail appeared to be SPAM or forged. Ask your
  -- Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs"),
  -- a weighted score over the client's DNSBL listings, HELO, MX and rDNS: it names DNSBLs as one
  -- way out, not as the cause. Where it knows the cause it appends it: the HELO that does not
  -- match the client's name ("; MTA helo: x, MTA hostname: y[ip] (helo/hostname mismatch)") and
  -- a dynamic client ("; Please use DynDNS") are the sender's identity, above the verdict.
  {
    id = "text.reverse_dns.weighted_score",
    priority = 72,
    match = { "helo/hostname mismatch", "please use dyndns" },
    category = "reverse_dns",
    description = "The HELO name or the sender's domain does not match the connecting IP; fix the sender's DNS.",
    examples = {
      "550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: nohost.example, MTA hostname: unknown[192.0.2.2] (helo/hostname mismatch)",
    },
  },
  {
    id = "text.spam_content.weighted_score",
    priority = 71,
    match = "mail appeared to be spam or forged",
    category = "spam_content",
    description = "The message content was judged to be spam; review the content, and send bulk mail only to subscribers.",
    examples = {
      "450 4.7.1 <a@example.org>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs",
    },
  },
  {
    id = "text.blocklisted",
    priority = 70,
    match = {
      -- wording collected in seed 004
      "ip in prision", "ip in prison", "connections will not be accepted from", "dns blacklist", "dnsbl",
      -- the sending IP caught mailing a spam trap (OpenBSD spamd's shipped spamd.conf: "Your address
      -- %A has sent mail to a ualberta.ca spamtrap")
      "spamtrap", "spam trap",
      -- MTA wording for DNS blocklist hits
      "blocked using", "black list at", "blackhole", "blocked for abuse", "banned sending ip", "banned sender",
      "is an open relay",
      "dynamic ip",
      -- the same ranges in Microsoft's and others' longer words ("Your IP address x appears to be
      -- dynamically assigned", "Hotmail does not relay dynamically-assigned IP ranges")
      "dynamically assigned", "dynamically-assigned",
      -- a client host refused as a likely bot (CBL/XBL listings, Postfix's reject_rbl_client with
      -- its text: "Client host [x] blocked you may be infected"); not a virus in the message
      "you may be infected", "may be infected with", "host may be infected", "computer may be infected",
      -- receivers that refuse direct-to-MX mail from consumer (dynamic) address ranges
      "smtp server of your isp", "mail server of your isp", "not authorized to send email directly",
      "not authorized to send mail directly",
      -- ... and the ISP before its server (MailMe's antispam page: "Please use your ISPs SMTP server
      -- to deliver to ...")
      "your isp's smtp", "your isps smtp", "your isp smtp", "your isp's mail server", "your isps mail server",
      "your isp's outgoing", "your isp's relay",
      -- a block the reply asks the sender to have lifted (Verizon's "571 Email from <ip> is currently
      -- blocked ... request removal of the block")
      "removal of the block", "removal of this block",
      -- a receiver's own list by its other names (DominioAbsoluto's postmaster checks: "Blocked by
      -- antispam reputation list: Listed 192.0.2.1"), Spamhaus's lists by their short names
      -- (XMission's reject codes: "IP address listed in SBL"), and a network judged malicious
      -- ("Rejected due to malicious network")
      "reputation list", "reputation blocklist", "reputation block list",
      "listed in sbl", "listed in xbl", "listed in pbl", "listed in css", "listed in the sbl", "listed in the xbl",
      "listed in the pbl",
      "malicious network", "malicious ip", "malicious host", "malicious sender", "malicious client",
      -- blocklist operators
      "spamhaus", "spamcop", "barracudacentral", "barracuda reputation", "barracudanetworks.com/reputation",
      "sorbs.net", "uceprotect", "cloudmark csi", "csi.cloudmark", "cloudmark sender intelligence",
      "ipcheck.proofpoint", "proofpoint.com/dnsbl", "abuseat.org", "mailspike", "psbl.surriel", "spamrats",
      "backscatterer", "0spam", "nordspam", "invaluement", "hostkarma", "junkemailfilter", "lashback",
      "blocklist.de", "gbudb", "abusix", "spameatingmonkey", "bl.score.senderscore",
      -- Spamhaus's list of consumer address space, AT&T's own RBL, Invaluement's IP list
      "policy block list", "rblmx", "ivmsip", "blocklisting in effect",
      -- ZMailer's smtp-policy boilerplate for a refused client network ("Your IP address is not liked
      -- source for email", "We reject your network"); above the sender address's own wording
      "ip address is not liked", "we reject your network",
      -- Telstra BigPond's own list of sender domains
      "sender domain is blacklisted",
      -- Trend Micro's Email Reputation Services are DNS blocklists
      "trend micro rbl", "email reputation database", "mail-abuse.com",
      -- a receiver's own list of blocked networks (Outlook.com and others), an access map's verdict
      -- on the connecting host (smtpf), AOL's blocklist codes ("554-: (HVU:BL)
      -- http://postmaster.info.aol.com/errors/554hvubl.html", as the Enron-spam corpus holds one)
      "network is on our block list", "is on our block list", "] black listed", "(rtr:bl)", "(rly:b1)", "(hvu:bl)",
      "554hvubl",
      -- Outlook.com's tags for its block list (S3140, S3150), Trend Micro ERS's lookup site
      "(s3140)", "(s3150)", "ers.trendmicro",
      -- Sendmail's srvrsmtp.c ("Rejecting open proxy"); Haraka's dnsbl plugin ("host [ip] is
      -- blacklisted by <zone>"); Apache James's DNSRBL handler ("Rejected: unauthenticated e-mail
      -- from <ip> is restricted.  Contact the postmaster for details.")
      "rejecting open proxy", "blacklisted by", "blocklisted by", "is restricted. contact the postmaster",
      -- more DNS blocklists and their zones
      "dronebl", "nixspam", "njabl", "dsbl.org", "wpbl.info", "rbl.jp", "spamcannibal", "brbl", "s5h.net",
      "dnsbl.manitu", "bl.mailspike",
      -- RFC-Ignorant.org's lists of networks whose WHOIS, abuse or postmaster contacts fail
      -- ("Rejected for bad WHOIS info on IP of your SMTP server - see http://www.rfc-ignorant.org/")
      "rfc-ignorant",
      -- PSBL's own answer ("Listed in PSBL, see http://psbl.org/listing?ip=..."), LashBack's UBL
      -- zone (ubl.unsubscore.com), Validity's Return Path block list as SpamAssassin names it
      -- ("Relay in Validity RPBL, https://senderscore.org/blocklistlookup/")
      "psbl", "unsubscore", "rpbl", "senderscore.org/blocklistlookup",
      -- list hits in other MTAs' words ("Mail from <ip> rejected using <zone>", "rejected due to
      -- listing in <list>"), SORBS's own text ("Currently Sending Spam See: ..."), a receiver
      -- that refuses whole countries' address ranges (GeoIP), and the legacy AOL codes for blocked
      -- or dynamic ranges
      "rejected using", "due to listing in", "currently sending spam", "you are not allowed to connect",
      -- a greylisting policy server's own list of hosts that failed it (cluebringer's
      -- Greylisting.pm: "Greylisting in effect, sending server blacklisted"), above its greylisting words
      "sending server blacklisted", "sending server is blacklisted", "sending host blacklisted",
      "spammer list", "identified as spammer", "geoip", "geographical location", "(rtr:bb)", "(rtr:du)",
      -- the same refusal of a whole country or region in plainer words ("Connections from your
      -- location are not accepted", "Mail from your country is blocked", "geo-blocked")
      "from your country", "from your location", "from your region", "geo-block", "geoblock", "country is blocked",
      "country is not allowed", "country not allowed",
      -- Trend Micro's Email Reputation Services as Deep Discovery Email Inspector words them
      -- ("Permanent denial of connection (550) for RBL+ matches (ERS)", "... for Zombie matches")
      "(ers)", "zombie matches",
      "(rtr:sc)", "(rly:b2)", "(rly:bl)", "(rly:ir)", "(con:b1)",
    },
    category = "blocklisted",
    description = "The sending IP or domain is on a DNS blocklist or the receiver's block list; request delisting.",
    examples = {
      "554 5.7.1 <bob@example.org>: Recipient address rejected: Greylisting in effect, sending server blacklisted",
      "554-:  (HVU:BL) http://postmaster.info.aol.com/errors/554hvubl.html 554 TRANSACTION FAILED",
      "553 5.7.1 Hello [192.0.2.1], for your MAIL FROM address <a@example.com> policy analysis reported: Your IP address is not liked source for email",
      "550 5.7.1 Rejected for bad abuse contact of your network - see http://www.rfc-ignorant.org/",
      "550 5.7.1 Sender rejected. Sender domain is blacklisted. IB309",
      "550 5.7.1 Service unavailable; client [203.0.113.25] blocked using zen.spamhaus.org",
      "554 5.7.1 Client host [203.0.113.25] blocked using bl.spamcop.net",
      "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.25, because the ip is in Spamhaus's list",
      "550 5.7.1 Mail from IP 203.0.113.25 was rejected due to listing in Spamhaus SBL",
      "550 ip in prision",
      "550 rejected because 203.0.113.25 is in a black list at dnsbl.example.net",
      "554 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.25",
      "550 5.7.606 Access denied, banned sending IP [203.0.113.25].",
      "550 5.7.511 Access denied, banned sender[203.0.113.25]. To request removal from this list, forward this message to delist@microsoft.com.",
      "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using Barracuda Reputation",
      "554 5.3.2 rejected: 203.0.113.25 is listed on Cloudmark CSI-Global",
      "550 in a DNS blacklist",
      "550 5.7.0 <user@example.jp>... Please use the smtp server of your ISP.",
      "554 Connection refused. This IP address is listed on the Policy Block List (PBL).",
      "554 Please use your ISP's SMTP server to deliver to example.com",
      "550 IP address listed in XBL",
      "550 <192.0.2.4> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net",
      "550 Blocked by ivmSIP",
      "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
      "451 4.7.1 Mail from 192.0.2.1 deferred using Trend Micro Email Reputation database. Please see http://www.mail-abuse.com/cgi-bin/lookup?192.0.2.1",
      "421 4.7.0 mx.example.com Rejecting open proxy [192.0.2.1]",
      "550 host [192.0.2.1] is blacklisted by zen.spamhaus.org",
      "554 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.1 is restricted.  Contact the postmaster for details.",
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
      "550 5.7.1 host mail.example.com [192.0.2.1] black listed #120",
      "554 (RLY:B1) http://postmaster.info.aol.com/errors/554rlyb1.html",
    },
  },
  -- A whole country refused by its code beside the sending IP (mtpolicyd's GeoIPAction default,
  -- "delivery from CN (192.0.2.1) rejected"): the IP's place, not the address.
  {
    id = "text.blocklisted.country_code",
    priority = 58,
    match = { { "delivery from " }, { "rejected" } },
    pattern = "'delivery from ' [a-z] [a-z] ' (' [0-9]",
    category = "blocklisted",
    description = "The sending IP or domain is on a DNS blocklist or the receiver's block list; request delisting.",
    examples = { "554 5.7.1 <user@example.org>: Recipient address rejected: delivery from CN (192.0.2.1) rejected" },
  },
  {
    id = "text.blocklisted.rbl",
    priority = 70,
    match = "rbl",
    pattern = "[^a-z] 'rbl' 's'? ![a-z]",
    category = "blocklisted",
    description = "The sending IP is on a realtime blocklist (RBL); request delisting.",
    examples = {
      "550 in an RBL",
      "550 5.7.1 rejected: client is in the RBL",
      "550 Connection rejected: denied by RBL",
      "550 is filtered by RBL",
      "550 203.0.113.25 is listed in RBL",
    },
  },
  -- Block-list words in any vendor's reply: below the recipient's own lists (recipient_policy),
  -- the sender-address list (sender_invalid) and URI lists (spam_content), above reputation,
  -- local policy and spam wording.
  {
    id = "text.blocklisted.keyword",
    priority = 39,
    match = phrases.join(
      {
        "blacklisted", "blocklisted", "black listed", "block listed", "blacklist", "blocklist", "black list",
        "block list", "denylist", "deny list", "listed by", "banned ip", "banned host", "ip banned", "ip is banned",
        "ip has been banned", "ip address is banned", "host is banned", "server is banned", "you are banned",
        "you have been banned",
        -- the Chinese portals' short forms ("550 black ip", "IP in black list", and for the sender's
        -- address "554 Black mail address." in a Chinese provider's reply list,
        -- 360docs.net/doc/a61843873.html)
        "black ip", "ip in black", "ip is in black", "black mail address",
        -- IceWarp's intrusion prevention keeps a misbehaving IP out for a while ("421 4.7.1
        -- Intrusion prevention active for [<ip>]")
        "intrusion prevention active",
        -- FortiOS and FortiMail (smtp-spam-feip): "... because it is from a FortiGuard AntiSpam
        -- Service blocked IP address"
        "blocked ip address",
      },
      -- address space that should not deliver mail directly, the listing of Spamhaus's PBL (its FAQ:
      -- "end-user" and dynamic ranges) and SORBS's DUHL ("Dynamic IP Addresses"), in receivers'
      -- words: T-Online ("Dialup/transient IP not allowed"), Outlook.com's DY-001 ("dynamic IP's")
      phrases.combine({ "dynamic", "residential", "dial-up", "dialup", "end-user", "end user", "transient" },
        { " ip", " address space", " address range", " addresses", " range", " pool" })),
    category = "blocklisted",
    description = "The sending IP or domain is on a blocklist; request delisting.",
    examples = {
      "550 Your network is temporary blacklisted",
      "421 4.7.1 Intrusion prevention active for [192.0.2.1]",
      "554 5.7.1 This message has been blocked because it is from a FortiGuard AntiSpam Service blocked IP address",
      "554 Dialup/transient IP not allowed",
    },
  },
  -- "is listed" or "IP <address> listed" in any wording ("Server IP 192.0.2.1 listed as
  -- abusive", as Sisimai's list records); "not listed" (an unknown recipient in a directory) does
  -- not match.
  {
    id = "text.blocklisted.is_listed",
    priority = 39,
    match = "listed",
    pattern = [[ ((" is " / " are " / " been " / " currently " / " now ") "listed" /
                  "ip " ("address " / "[")? [0-9a-f.:]+ "]"? " listed") ![a-z] ]],
    category = "blocklisted",
    description = "The sending IP or domain is listed on a blocklist; request delisting.",
    examples = { "550 Server IP 192.0.2.1 listed as abusive" },
  },
  -- The client addressed as "you" and said to be on the server's ban list: SPFBL's replies ("you
  -- are permanently blocked in this server", "you are temporarily blocked on this server", "you
  -- was banned in this server"), and the same in other servers' words ("you have been
  -- blacklisted"). Below the recipient's own block ("blocked by the recipient"), which says whose.
  {
    id = "text.blocklisted.you_banned",
    priority = 40,
    match = phrases.join(phrases.combine({ "you are ", "you were ", "you was ", "you have been ", "you've been ", "you're " },
      { "", "permanently ", "temporarily ", "currently ", "now " },
      { "blocked", "banned", "blacklisted", "blocklisted" }),
    -- SPFBL's bare "permanently banned": only a sender is banned; and a ban said of the server
    -- itself ("temporarily blocked on this server", "banned in this server")
    { "permanently banned", "temporarily banned" },
    phrases.combine({ "temporarily blocked", "permanently blocked", "banned" }, { " on", " in", " from" }, " this server"),
    -- the client told it is unwelcome (Haraka's access plugin: "550 You are not welcome here.")
    { "you are not welcome", "you're not welcome" },
    -- the client's connection or access kept out for a while (VPOP3's wiki: "Your connection has
    -- been blocked temporarily - Try again later", "Server access temporarily blocked!")
    phrases.combine({ "connection", "server access", "your access" }, { " has been ", " is ", " was ", " " },
      { "temporarily blocked", "temporary blocked", "blocked temporarily" })),
    category = "blocklisted",
    description = "The receiver keeps the sending IP or sender out; request delisting.",
    examples = {
      "551 5.7.1 SPFBL you are permanently blocked in this server.",
      "451 4.7.2 SPFBL you are temporarily blocked on this server.",
      "554 5.7.1 SPFBL you was banned in this server.",
      "421 Your connection has been blocked temporarily - Try again later",
    },
  },
  -- Baruwa's refusal of a sender address, IP or domain on its ban list.
  {
    id = "text.blocklisted.banned",
    priority = 70,
    match = "is banned",
    -- Baruwa's Exim ACL (extras/config/exim/exim.conf): "REJECTED - Sender $sender_address is
    -- banned", "REJECTED - Domain $sender_address_domain is banned"; its documentation's "The
    -- sender x is banned"
    pattern = [[ ("sender" / "domain" / "ip") " " [^ ]+ " is banned" ]],
    category = "blocklisted",
    description = "The sending IP, address or domain is on the receiver's ban list; request delisting.",
    examples = {
      "The sender 192.0.2.1 is banned", "The domain example.com is banned",
      "550 REJECTED - Sender bounce@example.com is banned", "550 REJECTED - Domain example.com is banned",
    },
  },
  {
    id = "text.blocklisted.listed",
    priority = 70,
    match = { "listed at", "listed in", "listed on" },
    -- not an allow list: SpamAssassin's RCVD_IN_DNSWL_* ("Sender listed at https://www.dnswl.org/,
    -- no trust"), which a filter's report of its spam verdict may quote
    pattern = [[ %s !"not " [^ ]+ " listed " ("at" / "in" / "on") " " ("http" "s"? "://")?
                 !"dnswl." [a-z0-9-]+ ("." !"dnswl." [a-z0-9-]+)+ ]],
    category = "blocklisted",
    description = "The sending IP or domain is listed on a DNS blocklist; request delisting.",
    examples = {
      "550 5.7.1 Rejected: 203.0.113.25 listed at dnsbl.example.net",
      "550 203.0.113.25 is listed at bl.example.org (127.0.0.2: see https://bl.example.org/lookup)",
      "550 The sending IP (203.0.113.25) is listed on https://bl.example.org. Please resolve this and retry",
    },
  },
  {
    id = "text.blocklisted.ip",
    priority = 70,
    -- the pattern's words as groups, so that it runs only where both occur
    match = { { "blacklist", "blocklist", "black list", "block list", "blocked" }, { "ip " } },
    pattern = [[ [^a-z] "ip " ("address ")? (([0-9a-f.:] / "[" / "]")+ " ")?
                 ( ("is " / "in " / "on " / "listed " / "found " / "has been " / "was " / "temporarily " / "permanently ")*
                   ("a " / "the " / "our ")?
                   ("black" / "block") " "? "list" /
                   ("is" / "has been" / "was") " blocked" ) ]],
    category = "blocklisted",
    description = "The sending IP is on the receiver's blocklist; request delisting.",
    examples = {
      "550 Your IP address is blacklisted",
      "550 IP 203.0.113.25 is blocked",
      "554 IP in blacklist",
      "598 ip address in blacklist",
      "550 5.7.1 Your IP address 203.0.113.25 is listed in our blacklist",
      "451 IP temporarily blacklisted",
      "550 Recipient not on bypass list, your IP has been found on a block list",
    },
  },
  -- Sendmail's FEATURE(`dnsbl') with its third argument "t" defers when the list does not answer
  -- ("451 4.4.3 Temporary lookup failure of <ip> at <zone>", cf/feature/dnsbl.m4 and enhdnsbl.m4):
  -- the lookup failed, nothing says the IP is listed.
  {
    id = "text.network_error.dnsbl_lookup",
    priority = 71,
    match = "temporary lookup failure of",
    category = "network_error",
    description = "The receiver could not look the sending IP up in a DNS blocklist for now; retry later.",
    examples = { "451 4.4.3 Temporary lookup failure of 192.0.2.1 at zen.spamhaus.org" },
  },
  -- Scrollout F1, a Postfix-based gateway, blocks for a while an IP it saw send spam, malware or
  -- bulk mail or break the dialogue, through its client access map (cfg/agresivity/*/spam.action.
  -- conf: "Messages from your IP are temporary blocked. Our system (<host>) detected spam messages
  -- from <ip> (<ptr or 'no RDNS'>)"; github.com/mariusgologan/scrollout). The IP's conduct, not
  -- this message or its PTR, which the reply names only to identify the host.
  {
    id = "text.reputation.temporary_block",
    priority = 67,
    match = phrases.combine({ "messages from your ip ", "mail from your ip ", "email from your ip " },
      { "are ", "is ", "have been ", "has been " }, { "temporary ", "temporarily " }, "blocked"),
    category = "reputation",
    description = "The receiver blocks the sending IP for a while for the mail it sent (spam, malware, bulk, SMTP errors); slow down and review sending practices.",
    examples = {
      "554 5.7.1 <mail.example.com[192.0.2.1]>: Client host rejected: Messages from your IP are temporary blocked. Our system (mx.example.org) detected spam messages from 192.0.2.1 (mail.example.com)",
      "450 4.7.1 <mail.example.com[192.0.2.1]>: Client host rejected: Messages from your IP are temporary blocked. Our system (mx.example.org) received bulk messages from 192.0.2.1 (no RDNS)",
    },
  },

  -- A permanent refusal of the connection, the greeting or HELO/EHLO turns the connecting IP away
  -- before any address is seen: a ban of the sending IP, never a verdict on a recipient.
  {
    id = "text.blocklisted.greeting",
    priority = 14,
    class = 5,
    match = {
      "refused to talk to me", "after initial connection", "after ehlo", "after helo", "in reply to ehlo command",
      "in reply to helo command", "not accepting connections", "connection denied",
    },
    category = "blocklisted",
    description = "The receiver refused the sending IP at connection or greeting time, before any address was given.",
    examples = {
      "host mx.example.com[192.0.2.10] refused to talk to me: 554 mx.example.com ESMTP not accepting messages from 203.0.113.25",
      "SMTP error from remote mail server after initial connection: 550 Access denied",
      "SMTP error from remote mail server after EHLO mail.example.com: 550 Rejected",
      "554 mx1.example.com ESMTP not accepting connections",
      "550 Connection denied",
    },
  },

  -- A server's own reply that refuses the connection: under a 5.7.x status (security or policy), or
  -- the greeting's 554 ("no SMTP service here", RFC 5321 4.3.2), "Connection refused" is the
  -- receiver turning the sending IP away by its address filter, country or block list, as servers
  -- word it in their code (an IP filter's "554 5.7.1 Connection refused", "554 5.7.1 Connection
  -- refused - IP not authorized", a DNSBL check's "554 5.7.1 Connection refused, your address is on
  -- a public blocklist"). The sending client's own ECONNREFUSED ("connect to host[ip]:25:
  -- Connection refused") has no such status and stays network_error.
  {
    id = "text.blocklisted.connection_refused",
    priority = 17,
    status = "5.7.0-999",
    match = CONNECTION_REFUSED,
    category = "blocklisted",
    description = "The receiver refused the connection from the sending IP; request delisting.",
    examples = { "550 5.7.1 Connection refused", "550 5.7.1 Connection rejected" },
  },
  {
    id = "text.blocklisted.connection_refused_greeting",
    priority = 17,
    code = 554,
    match = CONNECTION_REFUSED,
    category = "blocklisted",
    description = "The receiver refused the connection from the sending IP; request delisting.",
    examples = { "554 Connection refused", "554 mx.example.com Connection rejected" },
  },

  -- Postfix words every client restriction "Client host rejected": the refusal concerns the
  -- connecting host, not the recipient. More telling wording (PTR, blocklist, pipelining) outranks it.
  {
    id = "text.policy_block.client_host",
    priority = 12,
    match = "client host rejected",
    category = "policy_block",
    description = "The receiver's policy refused the connecting host (the sending server) without saying why.",
    examples = {
      "554 5.7.1 <unknown[203.0.113.25]>: Client host rejected: Access denied",
      "554 5.7.1 <mail.example.com>: Client host rejected: #216 (in reply to RCPT TO command)",
    },
  },

  -- Reputation and sending rate: the receiver slows or refuses this sender as a whole.
  -- The bounces a sender drew, in longer words (HENNGE Email DLP's reply list: "We detected a high
  -- volume of bounced emails coming from you ... emails from you have been blocked"): the reason outranks the block the
  -- same reply announces (text.blocklisted.you_banned).
  {
    id = "text.reputation.bounces",
    priority = 41,
    match = {
      "volume of bounced", "volume of bounces", "high bounce rate", "bounce rate", "number of bounced",
      "excessive bounces", "too many bounced",
    },
    category = "reputation",
    description = "The receiver distrusts the sender for the bounces its mail drew; clean the list and slow down.",
    examples = {
      "550 We detected a high volume of bounced emails coming from you over a short period of time. " ..
        "To protect our users from spam, emails from you have been blocked.",
    },
  },
  {
    id = "text.reputation",
    priority = 38,
    match = phrases.join({
      "reputation", "user complaints", "spam complaints", "too many complaints", "reported as spam",
      "marked as spam",
      -- the sender's history of spam (Gathman's bms.py: "example.com has been sending mostly spam")
      "been sending spam", "been sending mostly spam", "sending mostly spam",
      -- Coremail and NetEase say a sending IP suspended for its behaviour is "hung up" (挂起: "451 IP
      -- is Hangup")
      "ip is hangup", "ip is hung up",
      "traffic not accepted from this ip",
    },
    -- mail to many addresses that do not exist marks a sender with a stale list ("Too many invalid
      -- recipient requests", "excessive unknown recipients", qmail's chkuser "too many invalid
      -- addresses, goodbye (#4.3.0)"): the count of them, not one address
      phrases.combine({ "too many ", "excessive ", "excess of " },
        { "invalid", "unknown", "bad", "non-existent", "nonexistent" },
        { " recipients", " recipient requests", " rcpts", " rcpt", " addresses", " users" }), {
      -- Exchange Online refuses the IP outright
      -- Interia: "your mail server was temporarily blocked for spam"
      "zablokowany za spam",
      -- Cisco Secure Email's SenderBase/Talos reputation scores, Validity's Sender Score, Haraka's
      -- karma plugin ("very bad karma score")
      "senderbase", "sbrs", "talosintelligence", "sender score", "senderscore", "karma score", "bad karma",
      -- Baruwa: mail to addresses harvested by trying names ("Dictionary attack detected")
      "dictionary attack",
      -- smtpf's IP reputation query (SIQ, draft-irtf-asrg-iar-howe-siq): "message rejected, SIQ
      -- score %d too low"
      "siq score",
      -- the sender's history in plain words: Spamhaus's SBL lists "verified spam sources", and
      -- receivers count the complaints and bounces a sender draws (Yahoo's "user complaints" above)
      "spam source", "source of spam", "complaint rate", "too many bounces",
      -- qpsmtpd's naughty plugin, which keeps a client out for days after it misbehaved ("You were
      -- naughty. You cannot connect for 1 more days.")
      "you were naughty", "cannot connect for",
      -- the complaints themselves (JouwWeb's help on bounce texts: "Due to (spam) complaints")
      "due to complaints", "due to (spam) complaints", "due to spam complaints", "spam complaints", "too many complaints",
      -- mail to spam traps marks a sender whose list was not opted in (UCEPROTECT's and Spamhaus's
      -- listing criteria); in the plural or as hits, since "SpamTrap" alone also names filter
      -- products that judge the message
      "spam traps", "spamtraps", "spam-traps", "spam trap hit", "spamtrap hit", "hit a spam trap",
      "hit a spamtrap", "to a spam trap", "to a spamtrap",
      -- the sender judged abusive or scored low on its history, in any vendor's words (Orange's
      -- "Client host rejected: abus detecte GU_EIB_02", as Sisimai's list records it)
      "abusive ip", "abusive host", "abusive sender", "abusive sending", "source of abuse", "flagged for abuse",
      "abus detecte", "sending history", "sender history", "ip score", "trust score",
      -- a block the receiver set off by what the sending host did (the remote reply Cisco's AsyncOS
      -- Daily Management Guide shows in its bounce log: "Automated block triggered by suspicious
      -- activity from your IP address"); an account's own activity is sender_account's
      "suspicious activity from", "suspicious traffic from", "suspicious behavior from", "suspicious behaviour from",
      -- the Korean portals' MTA (Naver, Hanafos) filters an unregistered bulk sender's IP: "421
      -- 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed. You must register
      -- your IP to ..." (puffinknight.tistory.com/102, blog.jinbo.net/007/archive/20051107)
      "is filtered and this connection will be closed", "you must register your ip",
      -- a sending domain too new to have a reputation: the gateways' newly registered and newly
      -- observed domain checks (Cisco Secure Email's and Proofpoint's domain age, Spamhaus's ZRD of
      -- domains first seen in the last 24 hours)
      "newly registered domain", "newly observed domain", "newly seen domain", "recently registered domain",
      "domain age", "domain is too new", "domain too new", "domain too young",
    }),
    category = "reputation",
    description = "The receiver distrusts the sending IP or domain (reputation, complaint rate); slow down and review sending practices.",
    examples = {
      "451 IP is Hangup",
      "450 4.7.1 Twoj serwer poczty 192.0.2.1 zostal tymczasowo zablokowany za spam",
      "451 4.7.650 The mail server [203.0.113.25] has been temporarily rate limited due to IP reputation.",
      "550 5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address.",
      "421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred due to unexpected volume or user complaints",
      "451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)",
      "554 This IP has been temporarily blocked for attempting to mail too many invalid recipients.",
      "550 5.7.708 Access denied, traffic not accepted from this IP",
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
      "550 very bad karma score: -10",
      "550 5.7.1 message rejected, SIQ score 10 too low #617",
      "550 5.7.1 <mail.example.com[192.0.2.1]>: Client host rejected: abus detecte GU_EIB_02",
      "451 <user@example.com> Automated block triggered by suspicious activity from your IP address (10.1.1.1). Have your system administrator send e-mail to postmaster@example.com if you believe this block is in error",
      "421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed. You must register your IP to spammaster@example.net",
    },
  },
  -- The sending IP or host kept out for the spam it sent (Interia's "temporarily blocked for spam",
  -- GoDaddy's IB110 "This IP has been temporarily blocked for attempting to send too many messages
  -- containing content judged to be spam", Orange's "Client host blocked for spamming issues"):
  -- the sender's standing, not this message's content, which the spam wording would say.
  {
    id = "text.reputation.blocked_for_spam",
    priority = 38,
    match = phrases.combine({ "ip", "ip address", "host", "server", "network" },
      { " has been", " is", " was", "" }, { " temporarily", "" }, " blocked",
      { " for spam", " due to spam", " for sending spam", " because of spam" }),
    category = "reputation",
    description = "The receiver blocked the sending IP for the spam it sent; slow down and review sending practices.",
    examples = {
      "550 5.7.1 Client host blocked for spamming issues",
      "421 4.7.0 Your IP has been temporarily blocked due to spam complaints",
    },
  },
  -- Gmail's reply to a flood of unsolicited mail says the IP "has been blocked": the flood is the
  -- cause (as X.7.28 says), so the wording outranks the IP blocklist wording it carries.
  {
    id = "text.rate_limited.flood",
    priority = 71,
    match = { "unusual rate of unsolicited", "unusual amount of unsolicited" },
    category = "rate_limited",
    description = "The receiver saw an unusual rate of unsolicited mail from this sender and refuses it for now; slow down.",
    examples = {
      "550 5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.",
    },
  },
  -- A 421 4.7.0 that asks only to come back later: the receiver sheds load from this sender.
  -- Google documents "421 4.7.0 Try again later, closing connection" as its guard against a
  -- flood of connections. Greylisting defers with 450 and 451.
  {
    id = "text.rate_limited.try_later",
    priority = 12,
    code = 421,
    status = "4.7.0",
    match = { "try again later", "try again in" },
    category = "rate_limited",
    description = "The receiver closed the connection and asks this sender to come back later; slow down and retry.",
    examples = { "421 4.7.0 Try again later, closing connection.", "421 4.7.0 Try again in 5 minutes" },
  },
  {
    id = "text.rate_limited.codes",
    priority = 67,
    match = { "rp-001", "rp-002", "rp-003" },
    category = "rate_limited",
    description = "Outlook.com limits how many messages this IP may send per hour and per day; pause and send more slowly.",
    examples = { "421 RP-001", "421 RP-002", "421 RP-003" },
  },
  {
    id = "text.rate_limited",
    priority = 36,
    match = {
      "frequency limited", "rate limit", "ratelimit", "rate-limit", "too many connection", "too many concurrent",
      "too many simultaneous", "too many sessions", "connection limit",
      -- sessions counted per account or client (Cyberimpact's FAQ, faq.cyberimpact.com article 1531:
      -- "454 4.7.0 Too many active sessions for user / account / IP address"); the same limit in
      -- "open" and "parallel" words
      "too many active sessions", "too many open sessions", "too many parallel", "too many messages", "too fast",
      "too quickly", "throttl", "sending rate", "message rate", "unusual rate", "exceeded permitted limits",
      -- mtpolicyd's Quota plugin ("smtp traffic quota has been exceeded")
      "traffic quota",
      -- ze-filter's rate checks ("Connection Rate", "Recipient Rate", "Too many empty connections")
      "connection rate", "recipient rate", "too many empty connections",
      "peak smtp relay limit", "message per connection", "messages per connection", "too frequent connect",
      "too many open connections", "maximum number of connections", "concurrent server connections",
      -- Exchange Online's "432 4.3.2 Concurrent connections limit exceeded"
      "concurrent connections limit", "concurrent connection limit", "number of concurrent connections",
      -- Exim's smtp_accept_max_per_host and the spec's ratelimit ACL ("Sender rate exceeds N
      -- messages per hour"); Sendmail's "Too many SMTP sessions for this host"; OpenSMTPD's
      -- "Too many messages sent"; Rspamd's 'Ratelimit "<bucket>" exceeded'
      "sender rate exceeds", "rate exceeds", "rate exceeded", "too many smtp sessions", "too much mail",
      "too many mails", "too many emails", "slow down", "try again slower", "please try again slower",
      -- the sender told it sent too much for a period ("Since you sent too many e-mails, you are
      -- not allowed to send more e-mails within 24 hours")
      "too many e-mails", "sent too many", "send more e-mails", "send more emails", "send more messages",
      -- a count over a window of time, as mox words its limits ("452 4.2.2 more than 200 messages
      -- in past 1m0s from your ip/network", "... more than N bytes in past 24h0m0s ...")
      "messages in past", "messages in the past", "bytes in past", "bytes in the past", "recipients in past",
      "recipients in the past",
      -- Baruwa: "You can only send N msgs per <period>"
      "msgs per",
      -- Postfix anvil ("Message submission rate for this client has exceeded the configured
      -- limit"), qmail's rate patches ("you have exceeded your messaging limits")
      "submission rate", "messaging limit",
      -- FTGate's service error messages ("451 4.5.1 [<ip>] Max concurrent sessions (#1.04)"), and a
      -- count of sessions or connections over its maximum in other words (Huawei KooMessage's
      -- error codes: "500 The number of sessions exceeds the maximum")
      "concurrent sessions", "number of sessions", "session limit", "sessions limit",
      "number of connections exceed",
      -- a sender's simultaneous relay sessions (HENNGE Email DLP's reply list: "450 Peak concurrent
      -- SMTP relay limit per sender exceeded"), however the limit is named
      "concurrent smtp", "peak concurrent", "concurrency limit",
      -- HTTP's 429 reason phrase (RFC 6585, "Too Many Requests"), which policy services and mail
      -- APIs reuse for a rate ("End-of-data rejected: Sorry, too many requests per time unit")
      "too many requests", "requests per time unit",
      -- Symantec Messaging Gateway's connection limit (Broadcom KB 214237: "421 4.3.2 MAX
      -- connections exceeded: - message rejected")
      "max connections exceeded", "maximum connections exceeded",
      -- Momentum ("421 4.4.5 Service unavailable, concurrency limit reached")
      "concurrency limit",
      -- Cox's error codes page: "421 message threshold exceeded" (too many messages from the IP)
      "message threshold exceeded",
      -- SparkPost's adaptive delivery backing off a receiver that pushed back ("451 4.3.0 [internal]
      -- Sending IP temporarily suspended"; support.sparkpost.com, "Understanding Delays and Bounces")
      "ip temporarily suspended",
      -- the rate named after the verb ("Sender exceeded rate", "exceeded the rate limit")
      "exceeded rate", "exceeded the rate", "exceeds the rate", "exceeding the rate",
    },
    category = "rate_limited",
    description = "The sender is sending too fast (connections, messages or volume); pause and send more slowly.",
    examples = {
      "454 4.7.0 Too many active sessions for IP address. Please retry later.",
      "500 The number of sessions exceeds the maximum",
      "421 4.3.2 The maximum number of concurrent connections has been reached",
      "432 4.3.2 Concurrent connections limit exceeded.",
      "550 Connection frequency limited",
      "550 IP frequency limited",
      "550 Sender frequency limited",
      "550 Domain frequency limited",
      "421 4.7.0 mx.example.com Error: too many connections from 203.0.113.25",
      "452 4.3.2 Connection rate limit exceeded.",
      "451 4.7.1 Your server has been temporarily rate limited",
      "550 5.7.508 Access denied, [203.0.113.25] has exceeded permitted limits within 203.0.113.0/24 range.",
      "421 Max message per connection reached, closing transmission channel",
      "450 too frequent connects from 198.51.100.135, please try again later.",
      "421 4.3.2 Too many open connections.",
      "421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel",
      "451 Sender rate exceeds 100 messages per 1h",
      "451 4.7.1 Ratelimit \"to_ip_from\" exceeded",
      "451 4.5.1 [192.0.2.1] Max concurrent sessions (#1.04)",
      "421 4.3.2 MAX connections exceeded: - message rejected",
      "421 4.4.5 Service unavailable, concurrency limit reached",
      "451 4.3.0 [internal] Sending IP temporarily suspended",
    },
  },
  -- A limit on recipients over time (Cisco Secure Email's mail flow policies; Postfix's anvil
  -- limits per client: "Error: too many recipients from <ip>", "too much mail from", "too many new
  -- TLS sessions from", "too many AUTH commands from") limits the sender's rate, not the size of
  -- one transaction: outranks the recipient-count wording, and the "Sender address rejected:"
  -- that Postfix puts before a policy service's answer.
  {
    id = "text.rate_limited.recipients_per_hour",
    priority = 55,
    match = {
      "recipients received this hour", "too many recipients from", "too much mail from",
      "too many new tls sessions from", "too many auth commands from",
      -- iRedAPD's throttling plugin ("Throttling quota exceeded"): a quota of messages over time,
      -- not a mailbox's storage quota
      "throttling quota", "throttle quota",
      -- Policyd v2 (cbpolicyd) quotas as Zimbra configures them ("Deferring: Too many messages
      -- from sender in last 60"), answered through Postfix's "Sender address rejected:"
      "too many messages from sender", "messages from sender in last",
      -- cPanel's Exim at connect ("451 The server has reached its limit for processing requests
      -- from your host.")
      "limit for processing requests", "requests from your host",
      -- the recipients counted over a period (Postfix's smtpd_client_recipient_rate_limit, per
      -- anvil_rate_time_unit, above) in the words operators give such limits ("Too many recipients
      -- per hour")
      "recipients per hour", "recipients per minute", "recipients per day", "recipients in the last",
      "recipients this hour", "recipients today",
    },
    category = "rate_limited",
    description = "The receiver limits how many recipients this sender may address per hour; pause and send more slowly.",
    examples = {
      "452 Too many recipients received this hour. Please try again later.",
      "450 4.7.1 Error: too many recipients from 192.0.2.1",
      "421 4.7.0 mx.example.com Error: too many new TLS sessions from 192.0.2.1",
      "554 5.7.1 <bob@example.com>: Recipient address rejected: Throttling quota exceeded",
      "450 4.7.1 <bounce@example.com>: Sender address rejected: Deferring: Too many messages from sender in last 60",
    },
  },
  -- A count over a period, exceeded, in any vendor's words: smtpf ("%s has exceeded %ld messages
  -- per %ld %s", "client %s [%s] connections %ld exceed %ld/60s", "null-sender messages %ld for
  -- <%s> exceed %ld/60s"), Postfix's anvil and Exim's ratelimit ACL in their operators' texts. Our
  -- own account's daily quota (sender_account) and one recipient's limit (recipient_rate_limited)
  -- outrank it.
  {
    id = "text.rate_limited.per_period",
    priority = 35,
    match = {
      -- Oracle Cloud Email Delivery: "455 Maximum messages sent per minute reached : limit is N"
      { "exceed", "reached" },
      { "messages per ", "message per ", "messages sent per ", "connections per ", "connection per ", "emails per ", "mails per ",
        "/60s", "per minute", "per hour", "per second", "per 60 seconds", "per 24 hours", "per day" },
    },
    category = "rate_limited",
    description = "The sender went over the receiver's limit of messages or connections in a period; pause and send more slowly.",
    examples = {
      "451 4.7.1 192.0.2.1 has exceeded 100 messages per 1 hour #475",
      "421 4.4.5 client mail.example.com [192.0.2.1] connections 40 exceed 30/60s #522",
      "550 5.7.1 null-sender messages 20 for <bob@example.org> exceed 10/60s #505",
      "455 Maximum messages sent per minute reached : limit is 60",
    },
  },
  -- Bounces refused as backscatter: the receiver accepts a null-sender message only for an
  -- address it signed (BATV), or takes no bounces at all. The Exim spec's BATV section ("This
  -- address does not send an unsigned reverse path", "Invalid reverse path signature"); the
  -- wordings Sisimai's "rejected" list records ("BATV failed to verify", "Error: no third-party
  -- DSNs", "Transaction failed unsigned DSN for", "backscatter protection detected an invalid or
  -- expired email address"). Also a sender address or domain judged bogus, and Courier's check
  -- of the sender's domain (submit.C: "517 Invalid domain, see <URL:...rfc1035>", "MX records
  -- for <domain> violate section 3.3.9 of RFC 1035", "RFC 1035 violation: recursive CNAME
  -- records for <domain>"), which names no side but checks only the sender's.
  {
    id = "text.sender_invalid.bounce_refused",
    priority = 54,
    match = {
      "batv", "bounce address tag", "reverse path signature", "unsigned reverse path", "backscatter protection",
      "third-party dsn", "unsigned dsn", "returned mail not accepted", "empty envelope sender", "null reverse-path",
      "null reverse path", "bogus mail from", "bogus sender", "valid sender domain",
      "invalid domain, see <url:", "violate section 3.3.9", "recursive cname records",
      -- smtpf: "DSN or MDN in response to an old message", "DSN or MDN for message that did not
      -- originate here" (a bounce to a sender that sent nothing: backscatter)
      "dsn or mdn", "did not originate here",
      -- ASSP's checks of a bounce against what it sent ("554 5.7.8 Bounce address - message was never
      -- sent by this domain", "554 5.7.5 Bounce address not SRS signed")
      "message was never sent by", "never sent by this domain", "not srs signed",
    },
    category = "sender_invalid",
    description = "The envelope sender was refused: a bounce the receiver did not sign, or a sender domain that fails its checks.",
    examples = {
      "554 5.7.5 Bounce address not SRS signed",
      "554 5.7.8 Bounce address - message was never sent by this domain",
      "550 This address does not send an unsigned reverse path",
      "550 Invalid reverse path signature.",
      "550 5.7.1 BATV failed to verify",
      "554 Error: no third-party DSNs",
      "550 Connections not accepted from servers without a valid sender domain",
      "517-Domain does not exist: example.org. 517 Invalid domain, see <URL:https://datatracker.ietf.org/doc/html/rfc1035>",
      "517-MX records for example.org violate section 3.3.9 of RFC 1035.",
      "550 5.7.1 DSN or MDN for message that did not originate here #358",
    },
  },
  -- The connecting host kept out in any vendor's words: its IP or server next to a block verdict
  -- (gromox's reply table: "Access is denied from your IP address <ip>"; Courier: "Mail server
  -- at <ip> is blocked"; wordings Sisimai's "blocked" list records: "Access from IP address <ip>
  -- blocked", "Server access forbidden by your IP"). Below reputation, rate and local policy
  -- wording, which says why.
  {
    id = "text.blocklisted.sending_host",
    priority = 34,
    match = { SENDING_HOST, HOST_BLOCKED },
    -- the two within a few words of each other, not anywhere in a long report
    pattern = phrases.near(SENDING_HOST, HOST_BLOCKED, 30),
    category = "blocklisted",
    description = "The receiver keeps the sending IP or server out; request delisting.",
    examples = {
      "521 Access is denied from your IP address 192.0.2.1",
      "421 Access is denied from your IP address 192.0.2.1 for audit reason, try later",
      "550 Server access forbidden by your IP 192.0.2.1",
      "550 5.7.1 Service unavailable, we are not currently accepting mail from your IP 192.0.2.1",
    },
  },
  -- The IP itself under a bare verdict, the way gateways word a refusal of the connecting host:
  -- Coremail's reply list (icoremail.vip support index: "Requested mail action not taken: Invalid
  -- IP", "IP is rejected"), and the same in any vendor's words ("IP address refused", "IP denied",
  -- "553 5.7.0 IP REJECT").
  -- "IP" has too few letters to count as a word of the reply's own, so without this a bare
  -- 550 would call the address bad. Below reputation, rate and policy wording, which say why.
  {
    id = "text.blocklisted.ip_refused",
    priority = 34,
    match = phrases.join(
      phrases.combine({ " ip", " ip address" }, { " ", " is ", " was ", " has been " },
        { "reject", "denied", "refused", "forbidden", "blocked", "banned", "not allowed", "not authorized",
          "not authorised", "not permitted", "not accepted" }),
      phrases.combine({ "invalid", "rejected", "denied", "refused", "forbidden", "untrusted", "illegal" },
        { " ip", " client ip", " sender ip", " source ip" }),
      -- access refused to the address (ICG Link's help desk: "Sorry, no access for this ip"; "access
      -- denied for your IP")
      phrases.combine({ "no access", "access denied", "access refused", "access forbidden" }, { " for ", " from " },
        { "this ", "your ", "the ", "" }, { "ip", "ip address" })),
    category = "blocklisted",
    description = "The receiver refuses the sending IP; request delisting.",
    examples = {
      "550 Requested mail action not taken: Invalid IP",
      "550 IP is rejected",
      "554 IP not allowed",
      "501 Invalid Client IP",
    },
  },
  -- The sending IP named as the sender's and refused: above the sender address wording
  -- ("Sender IP address rejected", "Bad sender IP address", as Sisimai's "blocked" list records).
  -- The verdict on the IP itself, not "rejected due to sender IP reputation" (reputation).
  {
    id = "text.blocklisted.sender_ip",
    priority = 56,
    match = { "sender ip", "sender's ip", "sending ip" },
    pattern = [=[ "bad " ("sender" / "sending") " ip" /
                  ("sender" / "sender's" / "sending") " ip" (" address")? (" " []0-9a-f.:[]+)? " "
                  ("is " / "was " / "has been ")? ("rejected" / "blocked" / "refused" / "denied" / "banned") ]=],
    category = "blocklisted",
    description = "The receiver refuses the sending IP; request delisting.",
    examples = {
      "550 5.7.1 Sender IP address rejected", "550 Bad sender IP address",
    },
  },
  -- A block list's reply that points to its lookup page ("Blocked - see https://ipcheck.proofpoint.com/...",
  -- "Refused - see http://..."), and the bare verdict "bad IP".
  {
    id = "text.blocklisted.see_url",
    priority = 39,
    match = phrases.combine({ "blocked", "refused", "rejected" }, { " - ", ", ", ": ", " " }, "see http"),
    category = "blocklisted",
    description = "The sending IP is on the receiver's block list; the reply links its lookup page; request delisting.",
    examples = {
      "554 5.7.1 Refused - see http://bl.example.net/lookup?ip=192.0.2.1",
      "550 Mail from 192.0.2.1 refused: see http://bl.example.net/lookup?ip=192.0.2.1",
    },
  },
  -- An IP address literal said to be blocked ("521 <192.0.2.1> is blocked", "11.22.33.44 has been
  -- blocked by zen.spamhaus.org"): the sending IP, as no recipient is written so.
  {
    id = "text.blocklisted.ip_literal",
    priority = 39,
    match = { "blocked", "banned", "blacklisted", "blocklisted" },
    pattern = [=[ [0-9]+ "." [0-9]+ "." [0-9]+ "." [0-9]+ [])>]? " " ("is " / "was " / "has been ")?
                  ("currently " / "temporarily " / "permanently " / "now ")?
                  ("blocked" / "banned" / "blacklisted" / "blocklisted") ]=],
    category = "blocklisted",
    description = "The receiver refuses the sending IP; request delisting.",
    examples = { "521 <192.0.2.1> is blocked" },
  },
  {
    id = "text.blocklisted.bad_ip",
    priority = 39,
    match = "bad ip",
    pattern = "[^a-z] 'bad ip' 's'? ![a-z]",
    category = "blocklisted",
    description = "The receiver refuses the sending IP; request delisting.",
    examples = { "554 5.7.1 Rejected because Bad IP", "550 Extreme bad IP profile" },
  },
  -- The receiver judges the sender a spammer by what it sent before (ZoneMTA's and Sisimai's lists
  -- record "Your IP identified as spammer", "your remotehost looks suspiciously like spammer",
  -- "too many unwanted messages have been sent from the following IP address", "too many spams
  -- from your IP"): the sender's standing, not this message's content.
  {
    id = "text.reputation.spammer",
    priority = 38,
    match = { "spammer", "unwanted messages", "unwanted mail", "too many spams" },
    category = "reputation",
    description = "The receiver distrusts the sender for the mail it sent before; slow down and review sending practices.",
    examples = {
      "550 Too many unwanted messages have been sent from the following IP address above",
      "550 Sorry, your remotehost looks suspiciously like spammer",
      "550 Too many spams from your IP (192.0.2.1)",
    },
  },
  -- Our own login refused after repeated failures (gromox: "554 Authentication has failed too many
  -- times"), and Orange's submission server in French ("Code d'authentification invalide OFR_305",
  -- "Authentification requise OFR_402", as Sisimai's list records them).
  {
    id = "text.sender_account.auth_attempts",
    priority = 55,
    match = { "authentication has failed", "authentications have failed", "authentification invalide",
              "authentification requise" },
    category = "sender_account",
    description = "SMTP authentication of our sending account failed; check the sender address and password.",
    examples = { "554 Authentication has failed too many times", "550 5.7.0 Code d'authentification invalide OFR_305" },
  },
  -- Relaying refused in the words of servers that call it gatewaying or name the open relay they
  -- are not: qmail's patched smtpd ("sorry, that domain isn't in my list of allowed rcpthosts; no
  -- valid cert for gatewaying"), and the wordings Sisimai's relaying list records ("not local
  -- host example.org, not a gateway", "we are not an open relay, so get lost").
  {
    id = "text.relay_denied.gateway",
    priority = 59,
    match = { "not a gateway", "for gatewaying", "not an open relay" },
    category = "relay_denied",
    description = "The server does not relay mail for this sender or destination.",
    examples = {
      "550 not local host example.org, not a gateway",
      "553 sorry, that domain isn't in my list of allowed rcpthosts; no valid cert for gatewaying (#5.7.1)",
    },
  },
  -- Our account or login held back, in the servers' own texts: Stalwart ("Too many
  -- authentication errors, disconnecting.", "Your account is not authorized to use this
  -- service.", "You must authenticate first."), mox ("too many auth failures", "max number of
  -- messages (N) over past 24h reached, try increasing per-account setting ..."), Postal ("Mail
  -- server has been suspended": the sending server's account).
  {
    id = "text.sender_account.limits",
    priority = 55,
    match = {
      "too many authentication errors", "too many auth failures", "too many authentication failures",
      "your account is not authorized", "you must authenticate", "per-account setting", "over past 24h",
      "mail server has been suspended",
    },
    category = "sender_account",
    description = "Our sending account was refused: login failures, sending limits or a suspended account.",
    examples = {
      "455 4.3.0 Too many authentication errors, disconnecting.",
      "550 5.7.1 Your account is not authorized to use this service.",
      "421 4.7.0 too many auth failures",
      "451 4.7.1 max number of messages (1000) over past 24h reached, try increasing per-account setting MaxOutgoingMessagesPerDay",
      "535 Mail server has been suspended",
    },
  },
  -- The sender address refused for its form: mox ("domain name required"), Postal ("From/Sender
  -- name is not valid"). The login that may not use it is text.sender_invalid.submission.
  {
    id = "text.sender_invalid.form",
    priority = 53,
    match = { "domain name required", "from/sender name" },
    category = "sender_invalid",
    description = "The sender address was refused as malformed.",
    examples = { "550 5.7.0 domain name required", "530 From/Sender name is not valid" },
  },
  -- mox takes mail only for its own domains and, from clients, for its own IPs: "not accepting
  -- email for domain", "not accepting email for ip".
  {
    id = "text.relay_denied.not_accepting",
    priority = 59,
    match = { "not accepting email for domain", "not accepting email for ip", "not accepting mail for domain" },
    category = "relay_denied",
    description = "The server does not take mail for this destination from this sender.",
    examples = { "550 5.1.1 not accepting email for domain", "550 5.1.1 not accepting email for ip" },
  },
  -- Haraka's smtp_forward refuses a client that is not relaying but gives a MAIL FROM in one of
  -- the domains it serves ("Spoofed MAIL FROM"): the sending host may not use that domain.
  -- Cleanmail (cleanmail.ch, "Stricter rules for accepting mail with sender bluewin.ch") refuses
  -- mail with a Bluewin sender that did not come through Bluewin's servers, by Bluewin's SPF
  -- record: "Forged sender domain from this server".
  {
    id = "text.auth_failure.spoofed",
    priority = 61,
    match = {
      "spoofed mail from", "spoofed sender", "spoofed from",
      -- the sender called forged, its domain or its address ("5.7.1 forged sender address")
      "forged sender", "sender domain forged", "sender address forged", "forged mail from",
    },
    category = "auth_failure",
    description = "The sending host may not send for the sender's domain.",
    examples = { "550 Spoofed MAIL FROM", "550 5.7.1 Forged sender domain from this server", "550 5.7.1 forged sender address" },
  },
}
