--- The output contract (TAXONOMY.md): result types, categories with their usual type and
-- action, and actions. Every name the classifier returns comes from here.
local _M = { _VERSION = "0.1.0" }

_M.types = { hard = true, soft = true, none = true }

_M.actions = {
  suppress = true, retry = true, throttle = true, fix_sender_config = true, review_content = true,
  fix_message = true, split_transaction = true, delist = true, contact_recipient_admin = true,
  alert_operator = true, record_only = true, unsubscribe = true,
}

--- category = { usual type, usual action, English description }
_M.categories = {
  recipient_unknown = { "hard", "suppress", "The mailbox does not exist, or the address is bad or ambiguous." },
  recipient_inactive = { "hard", "suppress", "The mailbox is disabled, suspended or closed for inactivity." },
  mailbox_full = { "soft", "retry", "The recipient's mailbox is over its quota." },
  domain_invalid = { "hard", "suppress", "The recipient's domain does not exist or accepts no mail." },
  recipient_policy = { "soft", "contact_recipient_admin",
    "The recipient or its administrator restricts who may send (personal blocklist, allowlist, group-only)." },
  recipient_rate_limited = { "soft", "retry", "This recipient is receiving mail too fast; try later." },
  auth_failure = { "soft", "fix_sender_config", "SPF, DKIM or DMARC did not pass, or the sender is unauthenticated." },
  reverse_dns = { "soft", "fix_sender_config", "The sending IP has no or a mismatched PTR record or HELO name." },
  tls_required = { "soft", "fix_sender_config", "The receiver requires TLS (STARTTLS, version, certificate, DANE)." },
  sender_invalid = { "soft", "fix_sender_config", "The envelope or header sender address was refused." },
  relay_denied = { "soft", "fix_sender_config", "The server does not relay for this sender or destination." },
  sender_account = { "soft", "alert_operator",
    "Our own sending account was refused: authentication, suspension or sending quota." },
  blocklisted = { "soft", "delist", "The sending IP or domain is on a blocklist." },
  reputation = { "soft", "throttle", "The provider distrusts the sending IP, domain or content links." },
  rate_limited = { "soft", "throttle", "The sender is sending too fast: connections, messages or volume." },
  spam_content = { "soft", "review_content", "The message content was judged to be spam." },
  malicious_content = { "soft", "review_content", "The message carries a virus, phishing or a forbidden attachment." },
  policy_block = { "soft", "review_content", "A local policy refused the message without saying why." },
  message_too_large = { "soft", "fix_message", "The message or one of its parts exceeds a size limit." },
  message_noncompliant = { "soft", "fix_message", "The message breaks the message format standards." },
  too_many_recipients = { "soft", "split_transaction", "Too many recipients for one message or transaction." },
  protocol_error = { "soft", "fix_sender_config", "An SMTP command was out of sequence or malformed." },
  system_error = { "soft", "retry", "The receiving system failed temporarily." },
  network_error = { "soft", "retry", "The connection failed: refused, timed out or DNS trouble." },
  routing_error = { "soft", "contact_recipient_admin", "The mail could not be routed: loop or bad MX setup." },
  greylisted = { "soft", "retry", "The receiver deferred the message for greylisting." },
  expired = { "soft", "record_only", "The sending queue gave up after retrying." },
  suppressed = { "hard", "record_only", "Not attempted: the address is on a suppression list." },
  unknown = { "soft", "retry", "The reply was not recognised." },
  auto_reply = { "none", "record_only", "An automatic reply such as a vacation notice." },
  feedback_report = { "none", "unsubscribe", "A complaint or unsubscribe report." },
  delivered = { "none", "record_only", "The message was delivered, or its delivery is only delayed." },
}

--- The categories as core.engine takes them.
function _M.engine_categories()
  local out = {}
  for name, c in pairs(_M.categories) do
    out[name] = { type = c[1], action = c[2], description = c[3] }
  end
  return out
end

return _M
