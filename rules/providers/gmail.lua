-- Gmail and Google Workspace: the replies listed in Google's "Gmail SMTP errors and codes"
-- (support.google.com/a/answer/3726730) and the SMTP relay errors it links to.
-- Google keeps the enhanced codes it invented (x.7.23 to x.7.40) stable while rewording the
-- text, so those are matched by status; meanings that share 4.7.0 or 5.7.1 are told apart
-- by their wording.
return {
  layer = "provider",
  provider = "gmail",
  providers = {
    gmail = {
      domains = { "gmail.com", "googlemail.com" },
      -- aspmx.l.google.com, gmail-smtp-in.l.google.com, smtp.google.com, aspmx2.googlemail.com
      mx = { "google.com", "googlemail.com" },
      -- Google appends "gsmtp" to every error it sends; MTAs that quote the reply without it
      -- still name the MX host. (Help links are left out: Gmail's own outbound bounces carry
      -- them too, about other providers' servers.)
      fingerprints = {
        "gsmtp", ".l.google.com", "aspmx2.googlemail.com", "aspmx3.googlemail.com", "- gcdp",
        -- Wordings and link texts of the replies on support.google.com/a/answer/3726730 that
        -- the generic text rules would read otherwise, for replies quoted without "gsmtp". None
        -- of them is in Gmail's own bounce notices.
        "go to about smtp error messages", "exceeded google's", "exceeds google's", "same message-id",
        "one of your url domains", "because tls wasn't used", "connection expired, try reconnecting",
        "too many login attempts", "can't sign in to your google account", "sign in with app passwords",
        "mechanism for google developers", "xoauth migration", "smtp relay service error messages",
        "smtp relay spam policy in gmail", "file types blocked in gmail", "out of storage space and inactive",
      },
    },
  },

  -- Recipient and address ---------------------------------------------------------------

  {
    id = "provider.gmail.5.1.1",
    status = "5.1.1",
    category = "recipient_unknown",
    description = "The Gmail account does not exist.",
    examples = {
      { "550 5.1.1 The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces. For more information, go to Fix bounced or rejected emails. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.1.2",
    status = "5.1.2",
    category = "domain_invalid",
    description = "Google could not find the recipient domain.",
    examples = {
      { "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. For more information, go to Fix bounced or rejected emails. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Older replies put 5.1.2 on a malformed recipient address: the address, not the domain.
    id = "provider.gmail.5.1.2.syntax",
    status = "5.1.2",
    match = "is not a valid rfc",
    category = "recipient_unknown",
    description = "The recipient address is not a valid RFC 5321 address.",
    examples = {
      { "553 5.1.2 The recipient address <some one@gmail.com> is not a valid RFC-5321 address. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.1.3",
    status = "5.1.3",
    category = "recipient_unknown",
    description = "The recipient address is not a valid RFC 5321 address.",
    examples = {
      { "553 5.1.3 The recipient address <some one@gmail.com> is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.1.7",
    status = "5.1.7",
    category = "sender_invalid",
    description = "The envelope sender is not a valid RFC 5321 address.",
    examples = {
      { "553 5.1.7 The sender address <bounce@@example.com> is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Google's 5.2.1 is a closed account, not the soft 5.2.1 of the generic table.
    id = "provider.gmail.inactive",
    match = { "tried to reach is inactive", "tried to reach is disabled" },
    type = "hard",
    category = "recipient_inactive",
    description = "The Gmail account is inactive or disabled.",
    examples = {
      { "550 5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.receiving-rate",
    match = { "receiving email too quickly", "receiving mail too quickly", "receiving email at a rate", "receiving mail at a rate" },
    category = "recipient_rate_limited",
    description = "The Gmail recipient is receiving mail faster than Gmail accepts; resend later.",
    examples = {
      { "450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. If the user is able to receive email at that time, your message will be delivered. For more information, go to Limits for sending & getting email. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. For more information, go to Limits for sending & getting email. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.out-of-storage",
    match = { "inbox is out of storage space", "is over quota" },
    category = "mailbox_full",
    description = "The Gmail recipient's storage is full.",
    examples = {
      { "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to Manage files in your Google Drive storage. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- The permanent variant (Google's "OverQuotaPerm"): over quota long enough to count as
    -- inactive, so mail will keep failing.
    id = "provider.gmail.out-of-storage-inactive",
    priority = 1,
    match = "out of storage space and inactive",
    type = "hard",
    action = "suppress",
    category = "recipient_inactive",
    description = "The Gmail account is inactive (and its storage full): TAXONOMY rule 3, an inactive account.",
    examples = {
      { "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to Manage files in your Google Drive storage. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.ip-not-allowlisted",
    match = "ip not in whitelist for rcpt domain",
    category = "recipient_policy",
    description = "The recipient's Workspace domain accepts mail only from allowlisted IP addresses.",
    examples = {
      { "421 4.7.0 IP not in whitelist for RCPT domain, closing connection. For more information, go to Allowlists, denylists, and approved senders. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- A domain rule's text is the administrator's own (Google Workspace's content compliance and
    -- routing rules reject "with a custom message"): where it says the address does not exist,
    -- that decides, not the rule's being a policy.
    id = "provider.gmail.domain-policy.no-such-address",
    priority = 1,
    match = {
      { "- gcdp" },
      { "doesn't exist", "does not exist", "no longer exist", "no such user", "no such address", "user unknown",
        "unknown user", "address not found", "not a valid address", "invalid recipient", "no longer in use" },
    },
    category = "recipient_unknown",
    description = "The recipient's Workspace domain answers, in its administrator's words, that the address does not exist.",
    examples = {
      { "550 5.7.1 This address does not exist, please update your records. - gcdp <sessionid> - gsmtp", rcpt = "someone@example.com", mx = "aspmx.l.google.com" },
    },
  },
  {
    -- gcdp marks a rule written by the recipient domain's administrator.
    id = "provider.gmail.domain-policy",
    match = { "has a policy that prohibit", "- gcdp" },
    category = "recipient_policy",
    description = "A policy of the recipient (or sending) Workspace domain refused the message.",
    examples = {
      { "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent. Contact your domain administrator for assistance. For more information, go to Sorry, a policy is in place that prevents your message from being sent. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp", rcpt = "someone@gmail.com" },
    },
  },

  -- Sender authentication and identity -------------------------------------------------

  {
    id = "provider.gmail.4.7.24",
    status = "4.7.24",
    category = "auth_failure",
    description = "The sending domain's SPF record has suspicious entries; mail is rate limited.",
    examples = {
      { "451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.24",
    status = "5.7.24",
    category = "auth_failure",
    description = "The sending domain's SPF record has suspicious entries.",
    examples = {
      { "550 5.7.24 The SPF record of the sending domain has one or more suspicious entries. For more information, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.4.7.26",
    status = "4.7.26",
    category = "auth_failure",
    description = "The message passed neither SPF nor DKIM, or DMARC could not be evaluated; mail is rate limited.",
    examples = {
      { "421 4.7.26 This email has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF example.com with ip: 192.0.2.1 = did not pass. To resolve this issue, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
      { "451 4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication. Please contact the administrator of example.com domain if this was a legitimate email. To learn about the DMARC initiative, go to Control unauthenticated mail from your domain. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.26",
    status = "5.7.26",
    category = "auth_failure",
    description = "The message failed SPF, DKIM or the sending domain's DMARC policy.",
    examples = {
      { "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Contact the administrator of example.com domain if this was legitimate email. To learn about the DMARC initiative, go to Control unauthenticated email from your domain. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.1]. To best protect our users from spam and phishing, the message has been blocked. For more information, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.4.7.27",
    status = "4.7.27",
    category = "auth_failure",
    description = "SPF did not pass for this message; mail is rate limited.",
    examples = {
      { "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF example.com with IP address: 192.0.2.1 = Did not pass. To set up SPF for your sending domains, visit Set up SPF. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Gmail's 5.7.27 is sender SPF trouble, not only the null-MX sender of RFC 7505.
    id = "provider.gmail.5.7.27",
    status = "5.7.27",
    category = "auth_failure",
    description = "The message was blocked because SPF did not pass.",
    examples = {
      { "550 5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF. Authentication results: SPF with 192.0.2.1 = did not pass To set up SPF for your sending domains, visit Set up SPF. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.4.7.30",
    status = "4.7.30",
    category = "auth_failure",
    description = "DKIM did not pass for this message; mail is rate limited.",
    examples = {
      { "421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication results: DKIM = Did not pass. To set up DKIM for your sending domains, visit Set up DKIM. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.30",
    status = "5.7.30",
    category = "auth_failure",
    description = "The message was blocked because DKIM did not pass.",
    examples = {
      { "550 5.7.30 This message was blocked because it didn't pass DKIM authentication. Gmail requires bulk email senders to authenticate their email with DKIM. Authentication results: DKIM = did not pass To set up DKIM for your sending domains, visit Set up DKIM. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.4.7.32",
    status = "4.7.32",
    category = "auth_failure",
    description = "The From: domain is not aligned with the SPF or DKIM domain (DMARC alignment).",
    examples = {
      { "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. Learn more about DMARC alignment. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
      { "421 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. Learn more about DMARC alignment. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.32",
    status = "5.7.32",
    category = "auth_failure",
    description = "The message was blocked because the From: domain is not aligned with the SPF or DKIM domain.",
    examples = {
      { "550 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.4.7.40",
    status = "4.7.40",
    category = "auth_failure",
    description = "The sending domain publishes no DMARC record or policy; mail is rate limited.",
    examples = {
      { "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain. See Set up DMARC. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.40",
    status = "5.7.40",
    category = "auth_failure",
    description = "The message was blocked because the sending domain publishes no DMARC record or policy.",
    examples = {
      { "550 5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain. See Set up DMARC. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Older wordings without the dedicated codes (550 5.7.1); the coded rules come first.
    id = "provider.gmail.unauthenticated",
    priority = -1,
    match = {
      "not accepted due to domain's dmarc policy", "fails to pass authentication checks", "fails to pass spf checks",
      "does not have authentication information", "mail is unauthenticated",
    },
    category = "auth_failure",
    description = "The message failed authentication (SPF, DKIM or DMARC).",
    examples = {
      { "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.1 This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.4.7.23",
    status = "4.7.23",
    category = "reverse_dns",
    description = "The sending IP has no PTR record or its forward lookup does not match; mail is rate limited.",
    examples = {
      { "451 4.7.23 192.0.2.1 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.25",
    status = "5.7.25",
    category = "reverse_dns",
    description = "The message was blocked because the sending IP has no matching PTR record.",
    examples = {
      { "550 5.7.25 This message was blocked because the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address. Gmail requires that sending IP addresses have a PTR record. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- The same PTR requirement under the shared 4.7.0 and 5.7.1 codes.
    id = "provider.gmail.ptr",
    priority = -1,
    match = {
      "does not have a ptr record", "doesn't have a ptr record", "ipv6 sending guidelines regarding ptr",
    },
    category = "reverse_dns",
    description = "The sending IP has no PTR record, or it does not resolve back to the IP.",
    examples = {
      { "421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.helo",
    match = "helo/ehlo argument",
    category = "reverse_dns",
    description = "The HELO/EHLO name is empty or invalid.",
    examples = {
      { "501 5.5.4 HELO/EHLO argument mail.example invalid closing connection. For more information, go to HELO/EHLO email error. - gsmtp", rcpt = "someone@gmail.com" },
      { "501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection. For more information, go to HELO/EHLO email error. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Residential or dynamic address space: the fix is to send through a relay.
    id = "provider.gmail.ip-not-authorized",
    match = "not authorized to send email directly to our servers",
    category = "blocklisted",
    action = "fix_sender_config",
    description = "The sending IP may not deliver to Gmail directly; use your provider's SMTP relay.",
    examples = {
      { "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead. For more information, go to 'The IP you're using to send email is not authorized...'. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },

  -- TLS ------------------------------------------------------------------------------------

  {
    id = "provider.gmail.4.7.29",
    status = "4.7.29",
    category = "tls_required",
    description = "The message was not sent over TLS; mail is rate limited.",
    examples = {
      { "421 4.7.29 Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To set up TLS for email, visit TLS & SSL connections. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.29",
    status = "5.7.29",
    category = "tls_required",
    description = "The message was blocked because it was not sent over TLS.",
    examples = {
      { "550 5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To set up TLS for email, visit TLS & SSL connections. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.tls",
    match = { "tls required for rcpt domain", "must issue a starttls command first" },
    category = "tls_required",
    description = "The recipient domain or the server requires STARTTLS.",
    examples = {
      { "421 4.7.0 TLS required for RCPT domain, closing connection. For more information, go to Email encryption in transit. - gsmtp", rcpt = "someone@gmail.com" },
      { "530 5.7.0 Must issue a STARTTLS command first. For more information, go to About SMTP error messages and review RFC 3207 specifications. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },

  -- Reputation, rate and content -----------------------------------------------------------

  {
    id = "provider.gmail.4.7.28",
    status = "4.7.28",
    category = "rate_limited",
    description = "Gmail saw an unusual rate of mail from this IP, netblock or domain; mail is rate limited.",
    examples = {
      { "421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your IP Netblock 192.0.2.1. To protect our users from spam, email sent from your IP Netblock has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
      { "421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your DKIM domain example.com. To protect our users from spam, email sent from your domain has been temporarily rate limited. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.28",
    status = "5.7.28",
    category = "rate_limited",
    description = "Gmail saw an unusual rate of unsolicited mail from this IP and blocked it.",
    examples = {
      { "550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked. To review our bulk email senders guidelines, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- The same limit under the older 4.7.0 and 5.7.1 codes; the coded rules above come first.
    id = "provider.gmail.unusual-rate",
    priority = -1,
    match = { "unusual rate of unsolicited", "unusual amount of unsolicited" },
    category = "rate_limited",
    description = "Gmail saw an unusual rate of unsolicited mail from this sender.",
    examples = {
      { "421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Earlier versions of the page put the bulk senders' DKIM requirement under 4.7.28 / 5.7.28
    -- ("This mail has been rate limited because DKIM does not pass"): the words name DKIM.
    id = "provider.gmail.dkim-not-pass",
    priority = 1,
    match = "because dkim does not pass",
    category = "auth_failure",
    description = "The message did not pass DKIM, which Gmail requires of bulk senders.",
    examples = {
      { "421 4.7.28 This mail has been rate limited because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM. Authentication results: DKIM = did not pass. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.28 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM. Authentication results: DKIM = did not pass.", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Scoped to a link in the body: throttling the IP does not help, the link must change.
    id = "provider.gmail.4.7.28.url",
    status = "4.7.28",
    match = "one of your url domains",
    category = "reputation",
    action = "review_content",
    description = "A URL domain in the message draws unusual complaints; mail containing it is rate limited.",
    examples = {
      { "421 4.7.28 Gmail has detected an unusual rate of unsolicited email containing one of your URL domains. To protect our users from spam, email with the URL has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.4.7.28.message-id",
    status = "4.7.28",
    match = "same message-id",
    category = "message_noncompliant",
    description = "Too many messages carried the same Message-ID; give each message its own.",
    examples = {
      { "421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected. For more information, go to Why has Gmail blocked my messages?. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.low-reputation",
    match = "very low reputation of the sending",
    category = "reputation",
    description = "The sending IP or domain has a very low reputation at Gmail.",
    examples = {
      { "421 4.7.0 This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.1 This message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages? - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.suspicious-content",
    match = { "nature of the content or the links", "likely unsolicited" },
    category = "spam_content",
    description = "Gmail judged the message, its content or its links as spam.",
    examples = {
      { "421 4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.1 This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Why has Gmail blocked my messages? - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.5.7.1.rate-limited",
    status = "5.7.1",
    match = "has been rate limited",
    category = "rate_limited",
    description = "Gmail rate limited this sender.",
    examples = {
      { "550 5.7.1 This email has been rate limited. For more information, go to Limits for sending & getting email. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Denial-of-service protection, mostly at HELO on the SMTP relay.
    id = "provider.gmail.closing-connection",
    match = "try again later, closing connection",
    category = "rate_limited",
    description = "Gmail closed the connection to protect itself; connect less often.",
    examples = {
      { "421 4.7.0 Try again later, closing connection. (EHLO) For more information, go to About SMTP error messages. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.security-issue",
    match = { "content presents a potential security issue", "illegal attachment" },
    category = "malicious_content",
    description = "The message or an attachment was blocked as a potential security risk.",
    examples = {
      { "552 5.7.0 This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to File types blocked in Gmail. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },

  -- Message format and size ----------------------------------------------------------------

  {
    id = "provider.gmail.rfc5322",
    match = {
      "missing a valid address in the from: header", "multiple addresses in the from: header",
      "multiple addresses in from: header",
      "missing a valid message-id", "not rfc 5322 compliant", "unicode character in a disallowed header",
      "encoded-word syntax is not permitted", "message is malformed",
    },
    category = "message_noncompliant",
    description = "The message does not comply with RFC 5322 (From:, Message-ID:, header syntax).",
    examples = {
      { "550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications. - gsmtp", rcpt = "someone@gmail.com" },
      { "554 5.6.0 Email message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.size",
    match = { "exceeded google's", "exceeds google's" },
    category = "message_too_large",
    description = "The message, an attachment count or a header exceeds Gmail's size limits.",
    examples = {
      { "552 5.3.4 Your message exceeded Google's message size limits. To view our message size guidelines, go to Send attachments with your Gmail message. - gsmtp", rcpt = "someone@gmail.com" },
      { "552 5.3.4 The number of attachments (600) exceeds Google's limit of 500 attachments. To view our attachment size guidelines, go to Gmail receiving limits in Google Workspace. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.mail-loop",
    match = "exceeded 50 hops",
    category = "routing_error",
    description = "The message passed more than 50 hops; probably a mail loop.",
    examples = {
      { "554 5.4.6 Message exceeded 50 hops, this may indicate an email loop. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },

  -- Transaction and protocol ---------------------------------------------------------------

  {
    id = "provider.gmail.too-many-recipients",
    match = { "too many recipients", "domain policy size per transaction", "multiple destination domains per transaction" },
    category = "too_many_recipients",
    description = "Too many recipients, or recipients of several domains, in one transaction.",
    examples = {
      { "452 4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, go to Limits for sending & getting email. - gsmtp", rcpt = "someone@gmail.com" },
      { "451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again. For more information, go to About SMTP error messages and review RFC 5321 specifications. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.protocol",
    match = {
      "smtp protocol violation", "bad sequence of commands", "issued out of sequence", "unrecognized command",
      "unimplemented command", "syntax error", "no identity changes permitted", "too many unauthenticated commands",
      "unrecognized authentication type", "xoauth is no longer supported",
    },
    category = "protocol_error",
    description = "The sending client broke the SMTP protocol (command order, syntax, pipelining).",
    examples = {
      { "451 4.5.0 SMTP protocol violation. For more information, go to About SMTP error messages and review RFC 5321 specifications. - gsmtp", rcpt = "someone@gmail.com" },
      { "503 5.5.1 RCPT first. An email transaction protocol command was issued out of sequence. For more information, go to About SMTP error messages and review RFC 5321 specifications. - gsmtp", rcpt = "someone@gmail.com" },
      { "502 5.5.1 Unrecognized command. For more information, go to About SMTP error messages. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- Shares 5.7.40 with the DMARC-record rule; the wording decides.
    id = "provider.gmail.5.7.40.auth-type",
    status = "5.7.40",
    match = { "unrecognized authentication type", "xoauth is no longer supported" },
    category = "protocol_error",
    description = "The client asked for an authentication mechanism Gmail does not offer.",
    examples = {
      { "504 5.7.40 Unrecognized authentication type. For more information, go to About SMTP error messages. - gsmtp", rcpt = "someone@gmail.com" },
      { "504 5.7.40 XOAUTH is no longer supported. For more information, go to OAuth 2.0 Mechanism for Google Developers. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.timeout",
    match = { "timeout - closing connection", "connection expired" },
    category = "network_error",
    description = "The SMTP session timed out or expired; reconnect.",
    examples = {
      { "421 4.7.0 Connection expired, try reconnecting. For more information, go to About SMTP error messages. - gsmtp", rcpt = "someone@gmail.com" },
      { "451 4.4.2 Timeout - closing connection. For more information, go to About SMTP error messages. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.temporary-problem",
    match = { "temporary system problem", "server has temporarily rejected", "server temporarily rejected", "server busy" },
    category = "system_error",
    description = "A temporary problem at Gmail; try again later.",
    examples = {
      { "421 4.3.0 Temporary System Problem. Try again later. For more information, go to About SMTP error messages. - gsmtp", rcpt = "someone@gmail.com" },
      { "451 4.3.0 Email server has temporarily rejected this message. Go to About SMTP error messages for more information. - gsmtp", rcpt = "someone@gmail.com" },
      { "421 4.4.5 Server busy, try again later. For more information, go to About SMTP error messages. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },

  -- Our own account (submission and Workspace SMTP relay) -----------------------------------

  {
    id = "provider.gmail.relay-denied",
    match = { "relay denied", "invalid credentials for relay", "authentication required" },
    category = "relay_denied",
    description = "The Workspace SMTP relay or submission server does not accept this client; register its IP or authenticate.",
    examples = {
      { "550 5.7.0 Email relay denied 192.0.2.1. Invalid credentials for relay for one of the domains in: example.com (as obtained from HELO and (E)MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account. - gsmtp", rcpt = "someone@gmail.com" },
      { "530 5.7.0 Authentication required. For more information, go to Can't sign in to your Google Account. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    id = "provider.gmail.account",
    priority = 1,
    match = {
      "suspended due to abuse", "sending denied", "daily user sending limit", "daily smtp relay",
      "daily sending quota", "username and password not accepted", "application-specific password required",
      "log in with your web browser", "log in through your web browser", "too many login attempts",
    },
    category = "sender_account",
    description = "Our Google account was refused: sign-in failed, sending limit reached, or account suspended.",
    examples = {
      { "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to Gmail sending limits. - gsmtp", rcpt = "someone@gmail.com" },
      { "550 5.7.0 Email relay denied 192.0.2.1. The sending email account has been temporarily suspended due to abuse. For more information, go to SMTP relay spam policy in Gmail. - gsmtp", rcpt = "someone@gmail.com" },
      { "535 5.7.8 Username and Password not accepted. For more information, go to Can't sign in to your Google Account. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
  {
    -- A temporary peak limit on the relay: slowing down is enough.
    id = "provider.gmail.relay-peak",
    match = "peak smtp relay limit",
    category = "rate_limited",
    description = "The Workspace SMTP relay's peak rate for this customer was exceeded.",
    examples = {
      { "450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages. - gsmtp", rcpt = "someone@gmail.com" },
    },
  },
}
