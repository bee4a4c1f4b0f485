-- Basic reply codes of RFC 5321 and of the SMTP extensions in common use (RFC 4954 AUTH, RFC 7504).
-- These rules decide when the reply carries no enhanced status that the status table knows.
--
-- type:     seed 002 where it lists the code as a reply code (421, 450, 451, 452 soft; 500, 530,
--           534, 550, 551, 554, 555 hard; 521 and 553 soft); otherwise 4xx soft, 5xx hard.
--           552 is RFC 5321's "exceeded storage allocation", a full mailbox, soft: seed 002's
--           552 row is the enhanced code 5.5.2 spelled without dots, not this reply code.
--           Seed 002's other rows (511, 577, ...) are no reply codes: the engine reads such a
--           number as an enhanced status (5.1.1, 5.7.7), so the status table decides them.
-- category: the RFC meaning of the code.
-- action:   the category's usual action, except that hard means suppress and a soft rule whose
--           category usually suppresses retries instead.
-- The class defaults at the end decide a code that is in neither table.
return {
  layer = "code",

  -- 2xx and 3xx  success and intermediate replies: not bounces
  { id = "code.211", code = 211, type = "none", category = "delivered",         action = "record_only",       examples = { "211" }, description = "System status or help reply" },
  { id = "code.214", code = 214, type = "none", category = "delivered",         action = "record_only",       examples = { "214" }, description = "Help message" },
  { id = "code.220", code = 220, type = "none", category = "delivered",         action = "record_only",       examples = { "220" }, description = "Service ready" },
  { id = "code.221", code = 221, type = "none", category = "delivered",         action = "record_only",       examples = { "221" }, description = "Service closing the connection" },
  { id = "code.250", code = 250, type = "none", category = "delivered",         action = "record_only",       examples = { "250" }, description = "Requested action completed" },
  { id = "code.251", code = 251, type = "none", category = "delivered",         action = "record_only",       examples = { "251" }, description = "Recipient not local; the server forwards the message" },
  { id = "code.252", code = 252, type = "none", category = "delivered",         action = "record_only",       examples = { "252" }, description = "Recipient cannot be verified; delivery will be attempted" },
  { id = "code.354", code = 354, type = "none", category = "delivered",         action = "record_only",       examples = { "354" }, description = "Ready for the message data" },

  -- 4xx  temporary failures: always soft
  { id = "code.421", code = 421, type = "soft", category = "system_error",      action = "retry",             examples = { "421" }, description = "Service not available; connection closing" },
  { id = "code.432", code = 432, type = "soft", category = "sender_account",    action = "alert_operator",    examples = { "432" }, description = "AUTH password transition needed (RFC 4954)" },
  { id = "code.450", code = 450, type = "soft", category = "unknown",           action = "retry",             examples = { "450" }, description = "Mailbox busy or temporarily unavailable" },
  { id = "code.451", code = 451, type = "soft", category = "system_error",      action = "retry",             examples = { "451" }, description = "Local processing error at the receiver" },
  { id = "code.452", code = 452, type = "soft", category = "system_error",      action = "retry",             examples = { "452" }, description = "Receiver out of storage" },
  { id = "code.454", code = 454, type = "soft", category = "sender_account",    action = "alert_operator",    examples = { "454" }, description = "Temporary authentication failure (RFC 4954)" },
  { id = "code.455", code = 455, type = "soft", category = "protocol_error",    action = "fix_sender_config", examples = { "455" }, description = "Server cannot accommodate the command's parameters" },

  -- 5xx  permanent failures: hard unless seed 002 says soft
  { id = "code.500", code = 500, type = "hard", category = "protocol_error",    action = "suppress",          examples = { "500" }, description = "Command not recognised or line too long" },
  { id = "code.501", code = 501, type = "hard", category = "protocol_error",    action = "suppress",          examples = { "501" }, description = "Syntax error in command parameters" },
  { id = "code.502", code = 502, type = "hard", category = "protocol_error",    action = "suppress",          examples = { "502" }, description = "Command not implemented" },
  { id = "code.503", code = 503, type = "hard", category = "protocol_error",    action = "suppress",          examples = { "503" }, description = "Bad sequence of commands" },
  { id = "code.504", code = 504, type = "hard", category = "protocol_error",    action = "suppress",          examples = { "504" }, description = "Command parameter not implemented" },
  { id = "code.521", code = 521, type = "soft", category = "domain_invalid",    action = "retry",             examples = { "521" }, description = "Host does not accept mail (RFC 7504)" },  -- soft per seed 002
  { id = "code.530", code = 530, type = "hard", category = "sender_account",    action = "suppress",          examples = { "530" }, description = "Authentication required (RFC 4954)" },
  { id = "code.534", code = 534, type = "hard", category = "sender_account",    action = "suppress",          examples = { "534" }, description = "Authentication mechanism too weak (RFC 4954)" },
  { id = "code.535", code = 535, type = "hard", category = "sender_account",    action = "suppress",          examples = { "535" }, description = "Authentication credentials invalid (RFC 4954)" },
  { id = "code.538", code = 538, type = "hard", category = "tls_required",      action = "suppress",          examples = { "538" }, description = "AUTH mechanism needs an encrypted connection (RFC 4954)" },
  { id = "code.550", code = 550, type = "hard", category = "unknown",           action = "suppress",          examples = { "550" }, description = "Mailbox unavailable: not found or access refused" },
  { id = "code.551", code = 551, type = "hard", category = "recipient_unknown", action = "suppress",          examples = { "551" }, description = "Recipient not local; the address has moved" },
  { id = "code.552", code = 552, type = "soft", category = "mailbox_full",      action = "retry",             examples = { "552" }, description = "Storage allocation exceeded" },  -- RFC 5321; seed 002's 552 row is 5.5.2
  { id = "code.553", code = 553, type = "soft", category = "recipient_unknown", action = "retry",             examples = { "553" }, description = "Mailbox name not allowed (bad address syntax)" },  -- soft per seed 002
  { id = "code.554", code = 554, type = "hard", category = "unknown",           action = "suppress",          examples = { "554" }, description = "Transaction failed" },  -- TAXONOMY rule 9: a 5xx without status or words names no cause
  { id = "code.555", code = 555, type = "hard", category = "protocol_error",    action = "suppress",          examples = { "555" }, description = "MAIL FROM or RCPT TO parameters not recognised" },
  { id = "code.556", code = 556, type = "hard", category = "domain_invalid",    action = "suppress",          examples = { "556" }, description = "Recipient domain does not accept mail (RFC 7504)" },

  -- class defaults: a code in neither table
  { id = "class.2",  layer = "class", class = 2, type = "none", category = "delivered",         action = "record_only",       examples = { "299" }, description = "Success reply" },
  { id = "class.4",  layer = "class", class = 4, type = "soft", category = "unknown",           action = "retry",             examples = { "499" }, description = "Temporary failure of unstated cause" },
  { id = "class.5",  layer = "class", class = 5, type = "hard", category = "unknown",           action = "suppress",          examples = { "599" }, description = "Permanent failure of unstated cause" },
}
