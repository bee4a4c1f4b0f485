-- NetEase Mail (163.com, 126.com, yeah.net and NetEase enterprise mail).
-- Source: NetEase's table of SMTP reply codes for senders (mail.163.com/help/help_spam_16.htm,
-- help.mail.163.com), which explains each code in the form "<reply> <token>" (DT:SPM, HL:ICC,
-- MI:SFQ, RP:TRC, ...). NetEase sends no enhanced status codes; the token carries the meaning,
-- and the same token can come with 4xx or 5xx. Tokens are matched, not whole sentences.
return {
  layer = "provider",
  provider = "netease",
  providers = {
    netease = {
      domains = { "163.com", "126.com", "yeah.net", "188.com", "vip.163.com", "vip.126.com", "netease.com" },
      mx = { "mxmail.netease.com", "netease.com", "163.com", "126.com" },
      fingerprints = {
        "mail.163.com/help", "help.mail.163.com", "mxmail.netease.com",
        "dt:spm", "dt:rbl", "hl:rep", "hl:icc", "hl:ifc", "hl:ifq", "hl:itc", "hl:mep", "hl:ihu",
        "hl:ipb", "mi:cel", "mi:ccl", "mi:dmc", "mi:sfq", "mi:nhd", "mi:imf", "mi:spf", "mi:dma",
        "mi:stc", "mi:spb", "rp:cel", "rp:ccl", "rp:drc", "rp:qrc", "rp:frl", "rp:rcl", "rp:trc",
        "wm:bli", "wm:blu",
      },
    },
  },

  -- HL: decisions about the connecting IP
  {
    id = "provider.netease.hl_rep",
    match = "hl:rep",
    category = "reputation",
    description = "NetEase temporarily refuses this IP: it sends to many addresses that do not exist; clean the list",
    examples = { { "421 HL:REP", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.hl_icc",
    match = "hl:icc",
    category = "rate_limited",
    description = "Too many simultaneous connections from this IP; NetEase refuses it for a while",
    examples = { { "421 HL:ICC", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.hl_ifc",
    match = { "hl:ifc", "hl:ifq", "hl:itc" },
    category = "rate_limited",
    description = "This IP sent too much mail in a short time; NetEase refuses it for a while",
    examples = {
      { "421 HL:IFC", rcpt = "someone@126.com" },
      { "554 HL:IFQ", rcpt = "someone@163.com" },
    },
  },
  {
    id = "provider.netease.hl_mep",
    match = "hl:mep",
    category = "sender_invalid",
    description = "This IP sends with many forged sender domains; NetEase refuses it for a while. Send with real domains",
    examples = { { "421 HL:MEP", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.hl_ihu",
    match = "hl:ihu",
    category = "reputation",
    description = "NetEase suspended this IP for spam or abnormal connection behaviour",
    examples = { { "554 HL:IHU", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.hl_ipb",
    match = { "hl:ipb", "wm:bli", "ip in blacklist" },
    category = "blocklisted",
    description = "This IP is not on the list of addresses NetEase accepts mail from (NetEase blocklist)",
    examples = {
      { "554 HL:IPB", rcpt = "someone@163.com" },
      { "450 WM:BLI", rcpt = "someone@163.com" },
      { "554 IP in blacklist", rcpt = "someone@126.com" },
    },
  },

  -- DT: content and blocklist decisions
  {
    id = "provider.netease.dt_spm",
    match = "dt:spm",
    category = "spam_content",
    description = "NetEase judged the content as spam or the sending setup as non-compliant",
    examples = {
      { "554 DT:SPM 163 smtp10,DsCowAA3D+JApVpd78gMKg--.16104S2 1566221632,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.65&hostid=smtp10&time=1566221632", rcpt = "someone@163.com" },
      { "550 DT:SPM", rcpt = "someone@126.com" },
    },
  },
  {
    -- The temporary form: NetEase asks to keep the message queued and retry after two minutes.
    id = "provider.netease.dt_spm_451",
    code = 451,
    match = "dt:spm",
    category = "spam_content",
    retry_after = 120,
    description = "NetEase deferred the message as likely spam; keep it queued and retry in two minutes",
    examples = { { "451 DT:SPM ,please try again", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.dt_rbl",
    match = "dt:rbl",
    category = "blocklisted",
    description = "The sending IP is listed on one or more RBLs",
    examples = { { "450 DT:RBL", rcpt = "someone@163.com" } },
  },

  -- MI: sender and command checks
  {
    id = "provider.netease.mi_cel",
    match = { "mi:cel", "rp:cel" },
    category = "protocol_error",
    description = "The sender issued too many erroneous SMTP commands",
    examples = {
      { "450 MI:CEL", rcpt = "someone@163.com" },
      { "451 RP:CEL", rcpt = "someone@163.com" },
    },
  },
  {
    id = "provider.netease.mi_ccl",
    match = { "mi:ccl", "rp:ccl" },
    category = "protocol_error",
    description = "The sender issued more SMTP commands than a normal session does",
    examples = {
      { "450 MI:CCL", rcpt = "someone@163.com" },
      { "450 RP:CCL", rcpt = "someone@163.com" },
    },
  },
  {
    id = "provider.netease.mi_dmc",
    match = "mi:dmc",
    category = "rate_limited",
    description = "Too many messages in one connection; send fewer per connection",
    examples = { { "451 MI:DMC", rcpt = "someone@163.com" } },
  },
  {
    -- The sender exceeded its 15-minute quota, so the block lasts at most that window.
    id = "provider.netease.mi_sfq",
    match = "mi:sfq",
    category = "rate_limited",
    retry_after = 900,
    description = "The sender exceeded NetEase's limit of messages per 15 minutes",
    examples = { { "451 MI:SFQ", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.mi_nhd",
    match = "mi:nhd",
    category = "protocol_error",
    description = "The HELO command was empty",
    examples = { { "550 MI:NHD", rcpt = "someone@163.com" } },
  },
  {
    -- NetEase defines MI:IMF as a malformed sender address, whatever other lists say.
    id = "provider.netease.mi_imf",
    match = "mi:imf",
    category = "sender_invalid",
    description = "The sender's address does not conform to the email address standards",
    examples = { { "550 MI:IMF", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.mi_spf",
    match = "mi:spf",
    category = "auth_failure",
    description = "The sending IP is not permitted by the sender domain's SPF record",
    examples = { { "550 MI:SPF", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.mi_dma",
    match = "mi:dma",
    category = "auth_failure",
    description = "The message failed the sender domain's DMARC policy",
    examples = { { "550 MI:DMA", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.mi_stc",
    match = "mi:stc",
    category = "rate_limited",
    description = "The sender exceeded its daily connection or message limit; NetEase refuses it for the rest of the day",
    examples = {
      { "550 MI:STC", rcpt = "someone@163.com" },
      { "554 MI:STC", rcpt = "someone@126.com" },
    },
  },
  {
    id = "provider.netease.mi_spb",
    match = { "mi:spb", "wm:blu" },
    category = "blocklisted",
    description = "The sender is not on the list of users NetEase accepts mail from",
    examples = {
      { "554 MI:SPB", rcpt = "someone@163.com" },
      { "450 WM:BLU", rcpt = "someone@163.com" },
    },
  },

  -- RP: recipient counts and relaying
  {
    id = "provider.netease.rp_drc",
    match = "rp:drc",
    category = "too_many_recipients",
    description = "Too many recipients in one connection",
    examples = { { "450 RP:DRC", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.rp_qrc",
    match = "rp:qrc",
    category = "rate_limited",
    description = "The sender reached too many recipients in a short time and is blocked for a while",
    examples = { { "451 RP:QRC", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.rp_frl",
    match = "rp:frl",
    category = "relay_denied",
    description = "NetEase does not relay mail (no open relay)",
    examples = { { "550 RP:FRL", rcpt = "someone@example.com", mx = "163mx01.mxmail.netease.com" } },
  },
  {
    id = "provider.netease.rp_rcl",
    match = { "rp:rcl", "too much recipient" },
    category = "too_many_recipients",
    description = "Too many recipients in one message",
    examples = {
      { "550 RP:RCL", rcpt = "someone@163.com" },
      { "550 Requested mail action not taken: too much recipient", rcpt = "someone@163.com" },
    },
  },
  {
    id = "provider.netease.rp_trc",
    match = "rp:trc",
    category = "rate_limited",
    description = "The sender reached its daily recipient limit; NetEase refuses it for the rest of the day",
    examples = { { "550 RP:TRC", rcpt = "someone@163.com" } },
  },

  -- Replies without a token
  {
    id = "provider.netease.invalid_user",
    match = { "invalid user", "user not found" },
    category = "recipient_unknown",
    description = "The requested mailbox does not exist",
    examples = {
      { "550 Invalid User", rcpt = "someone@163.com" },
      { "550 User not found: someone@163.com", rcpt = "someone@163.com" },
    },
  },
  {
    id = "provider.netease.user_suspended",
    match = "user suspend",
    category = "recipient_inactive",
    description = "The requested mailbox is disabled or frozen",
    examples = { { "550 User suspended", rcpt = "someone@163.com" } },
  },
  {
    -- NetEase's own wording: the sender, not a recipient's list, is barred from NetEase users.
    id = "provider.netease.user_in_blacklist",
    match = "user in blacklist",
    category = "blocklisted",
    description = "NetEase does not allow this sender to send to its users",
    examples = { { "550 User in blacklist", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.illegal_attachment",
    match = "illegal attachment",
    category = "malicious_content",
    description = "An attachment type NetEase refuses (.scr, .pif, .vbs, .bat, .js and the like)",
    examples = { { "552 Illegal Attachment", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.mailsize_limit",
    match = "exceeded mailsize limit",
    category = "message_too_large",
    description = "The message is larger than NetEase accepts",
    examples = { { "552 Requested mail action aborted: exceeded mailsize limit", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.local_error",
    match = "local error in processing",
    category = "system_error",
    description = "NetEase had a temporary fault; try again later",
    examples = { { "451 Requested action aborted: local error in processing", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.bad_syntax",
    match = "error: bad syntax",
    category = "protocol_error",
    description = "An SMTP command had a syntax error",
    examples = { { "500 Error: bad syntaxU", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.null_sender",
    match = "null sender is not allowed",
    category = "sender_invalid",
    description = "An empty sender is not allowed; send with a real sender address",
    examples = { { "553 Requested action not taken: NULL sender is not allowed", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.local_user_only",
    match = "local user only",
    category = "sender_invalid",
    description = "NetEase's submission servers only take mail from their own users",
    examples = { { "553 Requested action not taken: Local user only", rcpt = "someone@example.com", mx = "smtp.163.com" } },
  },
  {
    id = "provider.netease.no_smtp_mx_only",
    match = "no smtp mx only",
    category = "sender_invalid",
    description = "NetEase's MX servers refuse a sender claiming to be a NetEase user; NetEase users must submit through SMTP",
    examples = { { "553 Requested action not taken: no smtp MX only", rcpt = "someone@163.com" } },
  },
  {
    id = "provider.netease.auth_required",
    match = "authentication is required",
    category = "sender_account",
    description = "NetEase's SMTP server requires authentication",
    examples = { { "553 authentication is required", rcpt = "someone@example.com", mx = "smtp.163.com" } },
  },
  {
    id = "provider.netease.auth_failures",
    match = { "too much fail authentication", "smtp auth error limit exceed" },
    category = "sender_account",
    description = "Too many failed logins; NetEase blocks logins for a while. Check the account and password",
    examples = {
      { "451 Requested mail action not taken: too much fail authentication", rcpt = "someone@example.com", mx = "smtp.163.com" },
      { "554 IP is rejected, smtp auth error limit exceed", rcpt = "someone@example.com", mx = "smtp.163.com" },
    },
  },
}
