-- Microsoft: Outlook.com, Hotmail, Live and MSN mailboxes, and Microsoft 365 / Exchange Online
-- tenants. Sources: "Email non-delivery reports and SMTP errors in Exchange Online" and its
-- fix-it pages (learn.microsoft.com), and the Outlook.com postmaster troubleshooting page for
-- the RP-/SC-/DY-/OU- tokens. Exchange Online gives most meanings their own enhanced code, so
-- the codes decide; where one code carries several meanings (5.2.2, 5.4.1, 5.7.1) the wording
-- decides. Ranges of codes are matched with a pattern and yield to any exact code.
return {
  layer = "provider",
  provider = "microsoft",
  providers = {
    microsoft = {
      domains = {
        "outlook.com", "hotmail.com", "live.com", "msn.com", "passport.com", "windowslive.com",
        "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "hotmail.nl",
        "hotmail.be", "hotmail.ca", "hotmail.com.au", "hotmail.com.br", "hotmail.co.jp",
        "live.co.uk", "live.fr", "live.de", "live.it", "live.nl", "live.be", "live.ca",
        "live.com.au", "live.jp", "outlook.fr", "outlook.de", "outlook.it", "outlook.es",
        "outlook.jp", "outlook.com.br",
      },
      -- Outlook.com (outlook-com.olc.protection.outlook.com) and every tenant
      -- (<domain>.mail.protection.outlook.com) share one suffix.
      mx = { "protection.outlook.com", "outlook.com", "hotmail.com" },
      -- Besides host names: Exchange's component tokens (STOREDRV, RESOLVER, SMTPSEND) and the
      -- wording Exchange Online documents for its own codes, which no other receiver uses.
      fingerprints = {
        "protection.outlook.com", "prod.outlook.com", "prod.exchangelabs.com", "rejected by outlook.com",
        "mail.live.com/mail/troubleshooting", "postmaster.live.com", "@messaging.microsoft.com",
        "sender.office.com", "storedrv.", "resolver.adr.", "resolver.rst.", "smtpsend.",
        "starttls-not-supported", "access denied, spam abuse detected", "access denied, tenant has exceeded",
        "access denied, please try again later", "server busy. please try again later from",
        -- Replies Outlook.com and Exchange document that the generic text rules would read
        -- otherwise, for replies quoted without a Microsoft host name.
        "journaling archive is disabled", "sender was not authenticated by organization",
        "sender id validation failure", "domain owner policy restrictions", "content filter agent quarantined",
        "recipient address reserved by rfc 2606", "single label domains not accepted",
        "cannot achieve exchange server authentication", "missing or bad storedriver", "send hello first",
        "access denied, banned recipient", "policy violation detected (as345)",
        "[outlook.com]", "temporary server error. please try again later", "organization queue quota exceeded", "failed to be replicated", "per resource forest",
        "wrong office 365 region", "transport.rules.", "all recipient addresses rejected : access denied",
        "all recipient addresses rejected: access denied", "messages they can receive per hour",
      },
    },
  },

  -- Recipient ------------------------------------------------------------------------------

  {
    id = "provider.microsoft.5.1.1",
    status = "5.1.1",
    category = "recipient_unknown",
    description = "The recipient address does not exist in the destination organization.",
    examples = {
      { "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", rcpt = "someone@outlook.com" },
      { "550 5.1.1 Bad destination mailbox address", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.1.10",
    status = "5.1.10",
    category = "recipient_unknown",
    description = "The recipient was not found by SMTP address lookup.",
    examples = {
      { "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- Despite the words "Sender denied", Microsoft documents a recipient that is badly
    -- formatted or cannot be resolved.
    id = "provider.microsoft.5.1.0",
    status = "5.1.0",
    category = "recipient_unknown",
    description = "The recipient address is badly formatted or could not be resolved.",
    examples = {
      { "550 5.1.0 Sender denied", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- Directory-based edge blocking: the tenant rejects addresses it does not know.
    id = "provider.microsoft.5.4.1",
    status = "5.4.1",
    match = "recipient address rejected",
    category = "recipient_unknown",
    description = "The recipient does not exist (rejected by directory-based edge blocking).",
    examples = {
      { "550 5.4.1 <someone@outlook.com>: Recipient address rejected: Access denied [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.504",
    status = "5.7.504",
    category = "recipient_unknown",
    description = "The recipient address is not valid.",
    examples = {
      { "550 5.7.504 <someone@outlook.com>: Recipient address rejected: Access denied", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.505",
    status = "5.7.505",
    category = "recipient_unknown",
    description = "The recipient is banned and cannot receive mail.",
    examples = {
      { "550 5.7.505 Access denied, banned recipient", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- Outlook.com mailboxes report an unknown address with 5.5.0.
    id = "provider.microsoft.5.5.0",
    status = "5.5.0",
    match = "mailbox unavailable",
    category = "recipient_unknown",
    description = "The Outlook.com or Hotmail address was not found.",
    examples = {
      { "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A5F.eurprd04.prod.outlook.com]", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.5.2.2.mailbox-full",
    status = "5.2.2",
    match = { "mailbox full", "quotaexceeded" },
    category = "mailbox_full",
    description = "The recipient's mailbox is over its storage quota.",
    examples = {
      { "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", rcpt = "someone@outlook.com" },
    },
  },
  -- Exchange's store driver names a disabled account in its exception ("STOREDRV.Deliver.Exception:
  -- AccountDisabledException.MapiExceptionADUserDisabledAndHidden"; "MapiExceptionMailboxDisabled"):
  -- the words decide over the status the reply carries (5.7.13, 5.2.1, 5.7.1).
  {
    id = "provider.microsoft.account-disabled",
    priority = 1,
    match = { "accountdisabledexception", "aduserdisabled", "mapiexceptionmailboxdisabled" },
    category = "recipient_inactive",
    description = "The recipient's Exchange account is disabled.",
    examples = {
      { "550 5.7.13 STOREDRV.Deliver.Exception:AccountDisabledException.MapiExceptionADUserDisabledAndHidden; Failed to process message due to a permanent exception with message [BeginDiagnosticData]", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.recipient-thread-limit",
    match = "recipient thread limit exceeded",
    category = "recipient_rate_limited",
    description = "The recipient mailbox is receiving too many messages at once and is throttled.",
    examples = {
      { "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- The limits are per hour, so an hour is when a retry can succeed.
    id = "provider.microsoft.5.2.121",
    status = "5.2.121",
    category = "recipient_rate_limited",
    retry_after = 3600,
    description = "The recipient's hourly limit of messages from this sender is exceeded.",
    examples = {
      { "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.2.122",
    status = "5.2.122",
    category = "recipient_rate_limited",
    retry_after = 3600,
    description = "The recipient's hourly limit of messages from all senders is exceeded.",
    examples = {
      { "554 5.2.122 Recipient's per hour message receive limit exceeded.", rcpt = "someone@outlook.com" },
    },
  },

  -- Restrictions set by the recipient's organization -------------------------------------

  {
    id = "provider.microsoft.5.7.1.delivery-not-authorized",
    status = "5.7.1",
    match = "delivery not authorized",
    category = "recipient_policy",
    description = "The sender may not send to this recipient or group (restriction or mail flow rule).",
    examples = {
      { "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized; Delivery not authorized", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.12",
    status = "5.7.12",
    category = "recipient_policy",
    description = "The recipient rejects mail from outside its organization.",
    examples = {
      { "550 5.7.12 Sender was not authenticated by organization", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.13",
    status = "5.7.13",
    category = "recipient_policy",
    description = "The recipient public folder rejects mail from outside its organization.",
    examples = {
      { "550 5.7.13 Sender was not authenticated for public folder", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.124",
    status = "5.7.124",
    category = "recipient_policy",
    description = "The sender is not on the group's allowed-senders list.",
    examples = {
      { "550 5.7.124 Sender not in allowed-senders list", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.133",
    status = "5.7.133",
    category = "recipient_policy",
    description = "The recipient group rejects mail from outside its organization.",
    examples = {
      { "550 5.7.133 Sender not authenticated for group", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.134",
    status = "5.7.134",
    category = "recipient_policy",
    description = "The recipient mailbox rejects mail from outside its organization.",
    examples = {
      { "550 5.7.134 Sender was not authenticated for mailbox", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.135",
    status = "5.7.135",
    category = "recipient_policy",
    description = "The recipient public folder rejects mail from outside its organization.",
    examples = {
      { "550 5.7.135 Sender was not authenticated for public folder", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.136",
    status = "5.7.136",
    category = "recipient_policy",
    description = "The recipient mail user rejects mail from outside its organization.",
    examples = {
      { "550 5.7.136 Sender was not authenticated", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.507",
    status = "5.7.507",
    category = "recipient_policy",
    description = "The recipient's organization blocked the sending IP.",
    examples = {
      { "550 5.7.507 Access denied, rejected by recipient", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.513",
    status = "5.7.513",
    category = "recipient_policy",
    description = "The recipient domain put the sending IP on its own block list; ask it to remove the IP.",
    examples = {
      { "550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by contoso.com using Customer Block list (AS16012607)", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- The recipient accepts mail only from the senders its owner listed.
    id = "provider.microsoft.5.7.129",
    status = "5.7.129",
    category = "recipient_policy",
    description = "The recipient accepts mail only from listed senders, and this sender is not one of them.",
    examples = {
      { "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this recipient", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- The recipient's organization blocks the automatic forwarding its user set up.
    id = "provider.microsoft.5.7.520",
    status = "5.7.520",
    category = "recipient_policy",
    description = "The recipient's organization does not allow its mailbox to forward mail outside it.",
    examples = {
      { "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.3.190",
    status = "5.3.190",
    category = "recipient_policy",
    description = "The recipient organization does not accept journal reports (Journaling Archive is off).",
    examples = {
      { "550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled.", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- 5.7.900-5.7.999: the code chosen by a mail flow rule that rejects the message.
    id = "provider.microsoft.5.7.900-999",
    priority = -1,
    status = "5.7.900-999",
    category = "recipient_policy",
    description = "A mail flow rule of the recipient's organization refused the message.",
    examples = {
      { "550 5.7.901 Delivery not authorized, message refused", rcpt = "someone@outlook.com" },
    },
  },

  -- Routing --------------------------------------------------------------------------------

  {
    -- The destination server does not accept mail for the recipient's domain (MX or
    -- accepted-domain configuration on the recipient side).
    id = "provider.microsoft.5.4.1.relay",
    status = "5.4.1",
    match = "relay access denied",
    category = "routing_error",
    description = "The destination server does not accept mail for the recipient's domain (MX or domain setup).",
    examples = {
      { "550 5.4.1 Relay Access Denied", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.4.6",
    status = "5.4.6",
    category = "routing_error",
    description = "A routing loop was detected (on-premises Exchange).",
    examples = {
      { "554 5.4.6 Hop count exceeded - possible mail loop", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.4.14",
    status = "5.4.14",
    category = "routing_error",
    description = "A routing loop was detected (Exchange Online).",
    examples = {
      { "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- The recipient only takes IPv4; the sender must fall back to it.
    id = "provider.microsoft.5.7.510",
    status = "5.7.510",
    category = "routing_error",
    action = "fix_sender_config",
    description = "The recipient domain does not accept mail over IPv6; deliver over IPv4.",
    examples = {
      { "550 5.7.510 Access denied, contoso.com does not accept email over IPv6", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- The MX hosts of the recipient's domain failed the checks a connector asks for.
    id = "provider.microsoft.5.4.8",
    status = "5.4.8",
    category = "routing_error",
    description = "The recipient domain's MX hosts failed the connector's name or DNS validation.",
    examples = {
      { "550 5.4.8 MX hosts of 'contoso.com' failed to pass the configured FQDN or DNS validation.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.4.310",
    status = "5.4.310",
    category = "domain_invalid",
    description = "The recipient's domain does not exist in DNS.",
    examples = {
      { "550 5.4.310 DNS domain contoso.invalid does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=contoso.invalid]", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.4.4.316",
    status = "4.4.316",
    category = "network_error",
    description = "The destination server refused the connection.",
    examples = {
      { "451 4.4.316 Connection refused [Message=Socket error code 10061]", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- 4.4.7 arrives under a 550 as often as under a 4xx, so the wording decides.
    id = "provider.microsoft.expired",
    match = { "queue.expired", "message expired" },
    category = "expired",
    description = "The message expired in the queue before it could be delivered.",
    examples = {
      { "550 4.4.7 QUEUE.Expired; message expired", rcpt = "someone@outlook.com" },
      { "451 4.4.7 Message expired", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.4.300",
    status = "5.4.300",
    category = "expired",
    description = "The message took too long to deliver and expired.",
    examples = {
      { "550 5.4.300 Message expired", rcpt = "someone@outlook.com" },
    },
  },

  -- Sender authentication and identity -------------------------------------------------------

  {
    id = "provider.microsoft.4.7.26",
    status = "4.7.26",
    category = "auth_failure",
    description = "Mail sent over IPv6 must pass SPF or DKIM.",
    examples = {
      { "450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::1] must pass either SPF or DKIM validation, this message is not signed", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.23",
    status = "5.7.23",
    category = "auth_failure",
    description = "The message failed the sender's SPF policy.",
    examples = {
      { "550 5.7.23 The message was rejected because of Sender Policy Framework violation", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.509",
    status = "5.7.509",
    category = "auth_failure",
    description = "The From: domain does not pass DMARC.",
    examples = {
      { "550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.515",
    status = "5.7.515",
    category = "auth_failure",
    description = "High-volume senders to Outlook.com must pass SPF, DKIM and DMARC.",
    examples = {
      { "550 5.7.515 Access denied, sending domain [example.com] does not meet the required authentication level.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.25",
    status = "5.7.25",
    category = "reverse_dns",
    description = "The sending IPv6 address has no reverse DNS record.",
    examples = {
      { "550 5.7.25 Access denied, the sending IPv6 address [2001:db8::1] must have a reverse DNS record", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.506",
    status = "5.7.506",
    category = "reverse_dns",
    description = "The sending server introduced itself (HELO) with the receiving server's name.",
    examples = {
      { "550 5.7.506 Access Denied, Bad HELO", rcpt = "someone@outlook.com" },
    },
  },

  -- Relaying through Microsoft 365 ------------------------------------------------------------

  {
    id = "provider.microsoft.5.7.1.unable-to-relay",
    status = "5.7.1",
    match = "unable to relay",
    category = "relay_denied",
    description = "The receiving system does not relay for this destination or client.",
    examples = {
      { "550 5.7.1 Unable to relay", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.client-not-authenticated",
    match = "client was not authenticated",
    category = "relay_denied",
    description = "The receiving system requires the client to authenticate before it takes the message.",
    examples = {
      { "530 5.7.1 Client was not authenticated", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.57",
    status = "5.7.57",
    category = "relay_denied",
    description = "An application or device relaying through smtp.office365.com did not authenticate.",
    examples = {
      { "550 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.64",
    status = "5.7.64",
    category = "relay_denied",
    description = "The inbound connector from the on-premises organization no longer matches (tenant attribution).",
    examples = {
      { "550 5.7.64 TenantAttribution; Relay Access Denied", rcpt = "someone@outlook.com" },
    },
  },

  -- TLS and DANE toward the destination ---------------------------------------------------------

  {
    id = "provider.microsoft.5.7.321",
    status = "5.7.321",
    category = "tls_required",
    action = "contact_recipient_admin",
    description = "The destination server does not offer STARTTLS, or the TLS handshake fails (DANE).",
    examples = {
      { "5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.322",
    status = "5.7.322",
    category = "tls_required",
    action = "contact_recipient_admin",
    description = "The destination server's certificate has expired (DANE).",
    examples = {
      { "5.7.322 certificate-expired: Destination mail server's certificate is expired.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.323",
    status = "5.7.323",
    category = "tls_required",
    action = "contact_recipient_admin",
    description = "The destination domain failed DANE validation (TLSA mismatch).",
    examples = {
      { "5.7.323 tlsa-invalid: The domain failed DANE validation.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.324",
    status = "5.7.324",
    category = "tls_required",
    action = "contact_recipient_admin",
    description = "The destination domain returned DNSSEC records that could not be validated.",
    examples = {
      { "5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.325",
    status = "5.7.325",
    category = "tls_required",
    action = "contact_recipient_admin",
    description = "The destination server's certificate does not name the host (DANE).",
    examples = {
      { "5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)", rcpt = "someone@outlook.com" },
    },
  },

  -- Our own tenant or account ------------------------------------------------------------------

  {
    id = "provider.microsoft.5.1.8",
    status = "5.1.8",
    category = "sender_account",
    description = "The sending account was blocked for sending spam; it may be compromised.",
    examples = {
      { "550 5.1.8 Access denied, bad outbound sender", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.1.90",
    status = "5.1.90",
    category = "sender_account",
    description = "The sending account reached its daily recipient limit.",
    examples = {
      { "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- Shares 5.2.2 with "mailbox full"; here the quota is the sender's.
    id = "provider.microsoft.submission-quota",
    priority = 1,
    match = { "submission quota", "submissionquota" },
    category = "sender_account",
    description = "The sending account exceeded its recipient or message rate limit; it may be compromised.",
    examples = {
      { "550 5.2.2 Submission quota exceeded", rcpt = "someone@outlook.com" },
      { "The message can't be submitted because the sender's submission quota was exceeded.", rcpt = "someone@outlook.com" },
      { "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.", rcpt = "someone@outlook.com" },
    },
  },
  -- Outlook.com's own verdict on the sending account at submission (the store driver's
  -- "OutboundSpamException; ... WASCL UserAction verdict is not None. Actual verdict is
  -- RefuseQuota" or "Suspend"): our account is held back, whatever status the reply carries.
  {
    id = "provider.microsoft.outbound-spam",
    priority = 1,
    match = { "outboundspamexception", "wascl useraction" },
    category = "sender_account",
    description = "Outlook.com holds back the sending account for sending too much or for suspected spam.",
    examples = {
      { "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.501",
    status = "5.7.501",
    category = "sender_account",
    description = "The sending account was banned for spam.",
    examples = {
      { "550 5.7.501 Access denied, spam abuse detected", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.502",
    status = "5.7.502",
    category = "sender_account",
    description = "The sending account was banned for spam.",
    examples = {
      { "550 5.7.502 Access denied, banned sender", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.503",
    status = "5.7.503",
    category = "sender_account",
    description = "The sending account was banned for spam.",
    examples = {
      { "550 5.7.503 Access denied, banned sender", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.700-749",
    priority = -1,
    status = "5.7.700-749",
    category = "sender_account",
    description = "The sending tenant is banned: most of its traffic was judged suspicious.",
    examples = {
      { "550 5.7.705 Access denied, tenant has exceeded threshold", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- Inside the tenant-ban range but about the IP: known low-reputation addresses.
    id = "provider.microsoft.5.7.708",
    status = "5.7.708",
    category = "reputation",
    action = "alert_operator",
    description = "Traffic from this low-reputation IP is not accepted; contact Microsoft support.",
    examples = {
      { "550 5.7.708 Access denied, traffic not accepted from this IP", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.750",
    status = "5.7.750",
    category = "sender_account",
    action = "fix_sender_config",
    description = "The tenant sends from domains it has not added and validated.",
    examples = {
      { "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains", rcpt = "someone@outlook.com" },
    },
  },

  -- Blocklists, reputation and rate ------------------------------------------------------------

  {
    id = "provider.microsoft.5.7.1.blocklist",
    match = "blocked using",
    category = "blocklisted",
    description = "The sending IP is on a block list; request removal.",
    examples = {
      { "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com", rcpt = "someone@outlook.com" },
      { "550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130)", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- Part of the sender's network is on Outlook.com's own block list (a provider's ban list);
    -- the block usually expires and can be appealed. The words decide over the SC-001 code that
    -- older replies carry with them (SC-001 alone says only "policy reasons").
    id = "provider.microsoft.network-block-list",
    priority = 10,
    match = "on our block list",
    category = "blocklisted",
    action = "delist",
    description = "Part of the sender's network is on Microsoft's block list.",
    examples = {
      { "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB3EUR04FT007.eop-eur04.prod.protection.outlook.com]", rcpt = "someone@outlook.com" },
      { "550 SC-001 (BAY004-MC1F2) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.511",
    status = "5.7.511",
    category = "blocklisted",
    description = "The sending IP is banned; request delisting from Microsoft.",
    examples = {
      { "550 5.7.511 Access denied, banned sender[192.0.2.1]. To request removal from this list please forward this message to delist@messaging.microsoft.com.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.606-649",
    priority = -1,
    status = "5.7.606-649",
    category = "blocklisted",
    description = "The sending IP is banned; request removal through the delist portal.",
    examples = {
      { "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com and follow the directions.", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.508",
    status = "5.7.508",
    category = "rate_limited",
    description = "The sender's IPv6 range sent too many messages in too short a time.",
    examples = {
      { "550 5.7.508 Access denied, [2001:db8::1] has exceeded permitted limits within /64 range", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- IP throttling of a sender whose volume changed sharply (graylisting).
    id = "provider.microsoft.4.7.500-699",
    priority = -1,
    status = "4.7.500-699",
    category = "rate_limited",
    description = "Sending from this IP is temporarily restricted after a change in its sending pattern.",
    examples = {
      { "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS843)", rcpt = "someone@outlook.com" },
      { "451 4.7.501 Access denied, please try again later", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.4.7.650",
    match = "rate limited due to ip reputation",
    category = "reputation",
    description = "The sending IP is temporarily rate limited because of its reputation.",
    examples = {
      { "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [AM4PEPF00027A5F.eurprd04.prod.outlook.com]", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.4.7.850-899",
    priority = -1,
    status = "4.7.850-899",
    category = "reputation",
    description = "Suspicious activity from this IP; it is restricted while being evaluated.",
    examples = {
      { "451 4.7.850 Access denied, please try again later", rcpt = "someone@outlook.com" },
    },
  },

  -- Outlook.com postmaster tokens ----------------------------------------------------------------

  {
    id = "provider.microsoft.rp-001",
    match = { "rp-001", "rp-002" },
    category = "rate_limited",
    description = "The sending IP exceeded Outlook.com's message rate, set by IP/domain reputation.",
    examples = {
      { "421 RP-001 (SNT0-MC2-F19) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.", rcpt = "someone@hotmail.com" },
      { "421 RP-002 (BAY0-MC3-F1) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.rp-003",
    match = "rp-003",
    category = "rate_limited",
    description = "The sending IP exceeded Outlook.com's connection limit, set by IP/domain reputation.",
    examples = {
      { "421 RP-003 (COL004-MC1F5) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.sc-001",
    match = { "sc-001", "ou-002" },
    category = "reputation",
    description = "Outlook.com refused the mail for spam-like content or IP/domain reputation.",
    examples = {
      { "550 SC-001 (BAY004-MC5F22) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", rcpt = "someone@hotmail.com" },
      { "550 OU-002 (SNT004-MC4F41) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    -- Address verification without sending: check the servers and the list-cleaning method.
    id = "provider.microsoft.sc-002",
    match = "sc-002",
    category = "reputation",
    action = "alert_operator",
    description = "The sending IP was seen mining Outlook.com addresses (namespace mining).",
    examples = {
      { "550 SC-002 Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.sc-003",
    match = "sc-003",
    category = "reputation",
    action = "fix_sender_config",
    description = "The sending IP appears to be an open proxy or relay.",
    examples = {
      { "550 SC-003 Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.sc-004",
    match = "sc-004",
    category = "reputation",
    description = "The sending IP is blocked after complaints from Outlook.com users.",
    examples = {
      { "550 SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    -- Dynamic address space, listed by Spamhaus: send through a static, authenticated server.
    id = "provider.microsoft.dy-001",
    match = "dy-001",
    category = "blocklisted",
    action = "fix_sender_config",
    description = "Outlook.com does not accept mail from dynamic IP addresses.",
    examples = {
      { "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP e-mail to an Internet mail server.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.dy-002",
    match = "dy-002",
    category = "reputation",
    action = "alert_operator",
    description = "The sending server or computer is likely compromised or infected.",
    examples = {
      { "550 DY-002 Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer.", rcpt = "someone@hotmail.com" },
    },
  },
  {
    id = "provider.microsoft.ou-001",
    match = "ou-001",
    category = "blocklisted",
    description = "The sending IP is blocked; removal goes through Spamhaus.",
    examples = {
      { "550 OU-001 Mail rejected by Outlook.com for policy reasons. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help. For more information about this block and to request removal please go to: http://www.spamhaus.org.", rcpt = "someone@hotmail.com" },
    },
  },

  -- Message ----------------------------------------------------------------------------------------

  {
    id = "provider.microsoft.5.6.11",
    status = "5.6.11",
    category = "message_noncompliant",
    description = "The message contains bare line feeds.",
    examples = {
      { "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA", rcpt = "someone@outlook.com" },
      { "550 5.6.11 Invalid characters", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.7.512",
    status = "5.7.512",
    category = "message_noncompliant",
    description = "The message has no valid From: address (RFC 5322 section 3.6.2).",
    examples = {
      { "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.2.3",
    status = "5.2.3",
    category = "message_too_large",
    description = "The message exceeds the recipient's or organization's size limit.",
    examples = {
      { "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.4.5.3",
    status = "4.5.3",
    category = "too_many_recipients",
    description = "More than 200 envelope recipients of one domain; send in smaller batches.",
    examples = {
      { "452 4.5.3 Too many recipients", rcpt = "someone@outlook.com" },
    },
  },
  {
    -- A catch-all code for errors of the recipient's organization.
    id = "provider.microsoft.5.0.350",
    status = "5.0.350",
    category = "policy_block",
    description = "The recipient's organization refused the message (generic Exchange Online error).",
    examples = {
      { "550 5.0.350 Remote server returned an error -> 550 Message rejected", rcpt = "someone@outlook.com" },
    },
  },
  {
    id = "provider.microsoft.5.0.350.message",
    status = "5.0.350",
    match = { "x-dg-ref header is too long", "policy violation detected (as345)" },
    category = "message_noncompliant",
    description = "The message's form was refused: a rich-text header too long, or nested attachments.",
    examples = {
      { "550 5.0.350 x-dg-ref header is too long", rcpt = "someone@outlook.com" },
      { "550 5.0.350 Requested action not taken: policy violation detected (AS345)", rcpt = "someone@outlook.com" },
    },
  },
  -- Exchange Server's own DSN texts (learn.microsoft.com/exchange/mail-flow/non-delivery-reports-and-bounce-messages,
  -- "Delivery status notifications in Exchange Server"); the codes are RFC 3463's, the words Exchange's.

  {
    -- example.com, .test, .invalid and the other names RFC 2606 reserves receive no mail.
    id = "provider.microsoft.rfc2606",
    match = "recipient address reserved by rfc 2606",
    category = "recipient_unknown",
    description = "The recipient's address is in a domain reserved by RFC 2606 and cannot receive mail.",
    examples = { "550 5.1.5 Recipient address reserved by RFC 2606" },
  },
  {
    id = "provider.microsoft.single-label-domain",
    match = "single label domains not accepted",
    category = "domain_invalid",
    description = "The recipient's domain is a single label (no dot); Exchange does not route to it.",
    examples = { "550 5.1.6 Recipient addresses in single label domains not accepted" },
  },
  {
    id = "provider.microsoft.5.1.7",
    status = "5.1.7",
    match = { "invalid address", "unknown sender address" },
    category = "sender_invalid",
    description = "Exchange refused the envelope sender's address.",
    examples = { { "550 5.1.7 Unknown sender address", rcpt = "someone@outlook.com" } },
  },
  {
    id = "provider.microsoft.5.2.1.content-filter",
    match = "content filter agent quarantined",
    category = "spam_content",
    description = "Exchange's content filter quarantined the message as spam.",
    examples = { "550 5.2.1 Content Filter agent quarantined this message" },
  },
  {
    id = "provider.microsoft.5.3.2.storedrv",
    match = "missing or bad storedriver",
    category = "system_error",
    description = "The recipient's mailbox database could not be reached; a fault at the receiving Exchange.",
    examples = { "554 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties" },
  },
  {
    id = "provider.microsoft.protocol",
    match = "send hello first",
    category = "protocol_error",
    description = "The client sent a command before HELO/EHLO.",
    examples = { "503 5.5.2 Send hello first" },
  },
  {
    id = "provider.microsoft.5.3.3",
    status = "5.3.3",
    match = "unrecognized command",
    category = "protocol_error",
    description = "Exchange did not recognise a command the client sent.",
    examples = { { "500 5.3.3 Unrecognized command", rcpt = "someone@outlook.com" } },
  },
  {
    -- Exchange's 5.7.3: the sending server lacks the permission or the authentication the
    -- receive connector asks for (an Exchange-to-Exchange connector, "Accept any sender").
    id = "provider.microsoft.5.7.3",
    status = "5.7.3",
    match = { "not authorized", "cannot achieve exchange server authentication" },
    category = "sender_account",
    description = "The receiving Exchange server did not authorise the sending server or account.",
    examples = {
      "535 5.7.3 Cannot achieve Exchange Server authentication",
      { "550 5.7.3 Not Authorized", rcpt = "someone@outlook.com" },
    },
  },

  -- Outlook.com's authentication refusals quoted with their older wordings.

  {
    -- Outlook.com's troubleshooting page: a domain whose Sender ID (SPF) record allows no IP.
    id = "provider.microsoft.sender-id",
    match = "sender id validation failure",
    category = "auth_failure",
    description = "The sender's domain publishes a Sender ID / SPF record that allows no IP to send for it.",
    examples = { "550 command rejected due to Sender ID validation failure." },
  },
  {
    -- Hotmail's DMARC rejection: the From: domain's owner asks for rejection.
    id = "provider.microsoft.domain-owner-policy",
    match = "domain owner policy restrictions",
    category = "auth_failure",
    description = "The message failed the DMARC policy of the From: domain's owner.",
    examples = {
      "550 5.7.0 (COL0-MC6-F31) Unfortunately, messages from (192.0.2.1) on behalf of (example.com) could not be delivered due to domain owner policy restrictions.",
    },
  },
  {
    -- Exchange Online reporting what the next server said about the message.
    id = "provider.microsoft.5.7.350",
    status = "5.7.350",
    category = "spam_content",
    description = "The remote server rejected the message as spam.",
    examples = {
      { "550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected", rcpt = "someone@outlook.com" },
    },
  },

  -- Transient and policy replies of Outlook.com and Exchange Online quoted on smtp.codes
  -- (github.com/fm/smtp-codes, "Outlook" and "Microsoft 365"), with the meaning given there.

  {
    -- The receiving organisation's queue is full of mail for it: it receives too fast.
    id = "provider.microsoft.organization-queue-quota",
    match = "organization queue quota exceeded",
    category = "recipient_rate_limited",
    description = "The recipient organisation is receiving mail too fast; retry later.",
    examples = { "450 4.7.3 Organization queue quota exceeded. [outlook.com]" },
  },
  {
    id = "provider.microsoft.temporary-server-error",
    match = { "temporary server error. please try again later", "failed to be replicated" },
    category = "system_error",
    description = "A temporary fault at Exchange Online; retry later.",
    examples = {
      "451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop: example.com [example.com]",
      "451 4.4.0 Message failed to be replicated: No healthy secondary server available to accept replica at this time. [outlook.com]",
    },
  },
  {
    id = "provider.microsoft.resource-forest-connections",
    match = "maximum number of concurrent connections",
    category = "rate_limited",
    description = "Too many concurrent connections to the recipient's Exchange Online forest; connect less often.",
    examples = {
      "421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel. example.com. PRX8 [example.com]",
    },
  },
  {
    -- Connectors or certificates send the mail to a tenant in another region: the recipient's setup.
    id = "provider.microsoft.wrong-region",
    match = "wrong office 365 region",
    category = "routing_error",
    description = "The message reached the wrong Office 365 region; the recipient's connectors are misconfigured.",
    examples = {
      "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. For more information please go to https://go.microsoft.com/fwlink/?linkid=865268 [example.prod.protection.outlook.com]",
    },
  },
  {
    id = "provider.microsoft.transport-rule",
    match = "transport.rules.rejectmessage",
    category = "recipient_policy",
    description = "A mail flow rule of the recipient organisation rejected the message.",
    examples = { "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy" },
  },
  {
    -- The tenant takes mail only from its own connectors or from chosen senders.
    id = "provider.microsoft.all-recipients-access-denied",
    match = { "all recipient addresses rejected : access denied", "all recipient addresses rejected: access denied" },
    category = "recipient_policy",
    description = "The recipient's organisation accepts mail only from particular servers or senders.",
    examples = { "550 5.4.1 All recipient addresses rejected : Access denied [example.eop-nam02.prod.protection.outlook.com]" },
  },
}
