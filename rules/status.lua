-- Enhanced status codes: every code of the IANA "SMTP Enhanced Status Codes" registry (RFC 3463,
-- with RFC 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7504, 7505, 8617, 8689 and X.7.28 for
-- mail floods). These rules decide when no provider or text rule recognises the reply.
--
-- type:     the seed tables' reading: every 4.x.x is soft; 5.x.x is hard except 5.2.0, 5.2.1,
--           5.2.2, 5.3.1, 5.4.5 and 5.5.3. Codes the seeds do not list are hard only where the
--           code says the recipient's address or domain is gone (commented where they appear).
-- category: the registry meaning of the code, the same for 4.x.x and 5.x.x.
-- action:   the category's usual action, except that hard means suppress and a soft rule whose
--           category usually suppresses retries instead.
-- 2.x.x:    the codes the registry allows for success, plus 2.1.0 and 2.6.0, which servers send
--           for an accepted sender and an accepted message.
return {
  layer = "status",

  -- X.0.x  other or undefined status
  { id = "status.2.0.0",  status = "2.0.0",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.0.0" },  description = "Delivered" },
  { id = "status.4.0.0",  status = "4.0.0",  type = "soft", category = "unknown",              action = "retry",                   examples = { "451 4.0.0" },  description = "Failure with no stated cause" },
  { id = "status.5.0.0",  status = "5.0.0",  type = "hard", category = "unknown",              action = "suppress",                examples = { "550 5.0.0" },  description = "Failure with no stated cause" },

  -- X.1.x  addressing status
  { id = "status.2.1.0",  status = "2.1.0",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.1.0" },  description = "Address accepted" },
  { id = "status.4.1.0",  status = "4.1.0",  type = "soft", category = "recipient_unknown",    action = "retry",                   examples = { "451 4.1.0" },  description = "An envelope address caused the failure" },
  { id = "status.5.1.0",  status = "5.1.0",  type = "hard", category = "recipient_unknown",    action = "suppress",                examples = { "550 5.1.0" },  description = "An envelope address caused the failure" },
  { id = "status.4.1.1",  status = "4.1.1",  type = "soft", category = "recipient_unknown",    action = "retry",                   examples = { "450 4.1.1" },  description = "Recipient mailbox does not exist" },
  { id = "status.5.1.1",  status = "5.1.1",  type = "hard", category = "recipient_unknown",    action = "suppress",                examples = { "550 5.1.1" },  description = "Recipient mailbox does not exist" },
  { id = "status.4.1.2",  status = "4.1.2",  type = "soft", category = "domain_invalid",       action = "retry",                   examples = { "450 4.1.2" },  description = "Recipient domain missing or takes no mail" },
  { id = "status.5.1.2",  status = "5.1.2",  type = "hard", category = "domain_invalid",       action = "suppress",                examples = { "550 5.1.2" },  description = "Recipient domain missing or takes no mail" },
  { id = "status.4.1.3",  status = "4.1.3",  type = "soft", category = "recipient_unknown",    action = "retry",                   examples = { "450 4.1.3" },  description = "Recipient address syntax is invalid" },
  { id = "status.5.1.3",  status = "5.1.3",  type = "hard", category = "recipient_unknown",    action = "suppress",                examples = { "553 5.1.3" },  description = "Recipient address syntax is invalid" },
  { id = "status.4.1.4",  status = "4.1.4",  type = "soft", category = "recipient_unknown",    action = "retry",                   examples = { "450 4.1.4" },  description = "Recipient address matches several mailboxes" },
  { id = "status.5.1.4",  status = "5.1.4",  type = "hard", category = "recipient_unknown",    action = "suppress",                examples = { "550 5.1.4" },  description = "Recipient address matches several mailboxes" },
  { id = "status.2.1.5",  status = "2.1.5",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.1.5" },  description = "Recipient address accepted" },
  { id = "status.4.1.5",  status = "4.1.5",  type = "soft", category = "unknown",              action = "retry",                   examples = { "451 4.1.5" },  description = "Address reported valid, yet delivery failed" },
  { id = "status.5.1.5",  status = "5.1.5",  type = "hard", category = "unknown",              action = "suppress",                examples = { "550 5.1.5" },  description = "Address reported valid, yet delivery failed" },
  { id = "status.4.1.6",  status = "4.1.6",  type = "soft", category = "recipient_unknown",    action = "retry",                   examples = { "450 4.1.6" },  description = "Mailbox moved, no forwarding address" },
  { id = "status.5.1.6",  status = "5.1.6",  type = "hard", category = "recipient_unknown",    action = "suppress",                examples = { "550 5.1.6" },  description = "Mailbox moved, no forwarding address" },
  { id = "status.4.1.7",  status = "4.1.7",  type = "soft", category = "sender_invalid",       action = "fix_sender_config",       examples = { "451 4.1.7" },  description = "Sender address syntax is invalid" },
  { id = "status.5.1.7",  status = "5.1.7",  type = "hard", category = "sender_invalid",       action = "suppress",                examples = { "553 5.1.7" },  description = "Sender address syntax is invalid" },
  { id = "status.4.1.8",  status = "4.1.8",  type = "soft", category = "sender_invalid",       action = "fix_sender_config",       examples = { "451 4.1.8" },  description = "Sender domain missing or takes no mail" },
  { id = "status.5.1.8",  status = "5.1.8",  type = "hard", category = "sender_invalid",       action = "suppress",                examples = { "553 5.1.8" },  description = "Sender domain missing or takes no mail" },
  -- 5.1.9 is soft (not in the seed tables): the address was valid and the relay path lost the status
  { id = "status.2.1.9",  status = "2.1.9",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.1.9" },  description = "Relayed to a mailer that reports no status" },
  { id = "status.4.1.9",  status = "4.1.9",  type = "soft", category = "routing_error",        action = "contact_recipient_admin", examples = { "451 4.1.9" },  description = "Relayed to a mailer that reports no status" },
  { id = "status.5.1.9",  status = "5.1.9",  type = "soft", category = "routing_error",        action = "contact_recipient_admin", examples = { "550 5.1.9" },  description = "Relayed to a mailer that reports no status" },
  -- 5.1.10 is hard (not in the seed tables): the recipient's domain declares that it takes no mail (RFC 7505)
  { id = "status.4.1.10", status = "4.1.10", type = "soft", category = "domain_invalid",       action = "retry",                   examples = { "450 4.1.10" }, description = "Recipient domain has a null MX: takes no mail" },
  { id = "status.5.1.10", status = "5.1.10", type = "hard", category = "domain_invalid",       action = "suppress",                examples = { "556 5.1.10" }, description = "Recipient domain has a null MX: takes no mail" },

  -- X.2.x  mailbox status
  { id = "status.4.2.0",  status = "4.2.0",  type = "soft", category = "recipient_inactive",   action = "retry",                   examples = { "450 4.2.0" },  description = "Mailbox refused the message, reason unstated" },
  { id = "status.5.2.0",  status = "5.2.0",  type = "soft", category = "recipient_inactive",   action = "retry",                   examples = { "550 5.2.0" },  description = "Mailbox refused the message, reason unstated" },
  { id = "status.4.2.1",  status = "4.2.1",  type = "soft", category = "recipient_inactive",   action = "retry",                   examples = { "450 4.2.1" },  description = "Mailbox disabled, not accepting messages" },
  { id = "status.5.2.1",  status = "5.2.1",  type = "soft", category = "recipient_inactive",   action = "retry",                   examples = { "550 5.2.1" },  description = "Mailbox disabled, not accepting messages" },
  { id = "status.4.2.2",  status = "4.2.2",  type = "soft", category = "mailbox_full",         action = "retry",                   examples = { "452 4.2.2" },  description = "Mailbox full" },
  { id = "status.5.2.2",  status = "5.2.2",  type = "soft", category = "mailbox_full",         action = "retry",                   examples = { "552 5.2.2" },  description = "Mailbox full" },
  { id = "status.4.2.3",  status = "4.2.3",  type = "soft", category = "message_too_large",    action = "fix_message",             examples = { "452 4.2.3" },  description = "Message over the mailbox's own size limit" },
  { id = "status.5.2.3",  status = "5.2.3",  type = "hard", category = "message_too_large",    action = "suppress",                examples = { "552 5.2.3" },  description = "Message over the mailbox's own size limit" },
  { id = "status.4.2.4",  status = "4.2.4",  type = "soft", category = "routing_error",        action = "contact_recipient_admin", examples = { "450 4.2.4" },  description = "Mailing list could not be expanded" },
  { id = "status.5.2.4",  status = "5.2.4",  type = "hard", category = "routing_error",        action = "suppress",                examples = { "550 5.2.4" },  description = "Mailing list could not be expanded" },

  -- X.3.x  mail system status
  { id = "status.2.3.0",  status = "2.3.0",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.3.0" },  description = "Mail system status, no failure" },
  { id = "status.4.3.0",  status = "4.3.0",  type = "soft", category = "system_error",         action = "retry",                   examples = { "451 4.3.0" },  description = "Mail system failed, reason unstated" },
  { id = "status.5.3.0",  status = "5.3.0",  type = "hard", category = "system_error",         action = "suppress",                examples = { "554 5.3.0" },  description = "Mail system failed, reason unstated" },
  { id = "status.4.3.1",  status = "4.3.1",  type = "soft", category = "system_error",         action = "retry",                   examples = { "452 4.3.1" },  description = "Receiving mail system out of storage" },
  { id = "status.5.3.1",  status = "5.3.1",  type = "soft", category = "system_error",         action = "retry",                   examples = { "552 5.3.1" },  description = "Receiving mail system out of storage" },
  { id = "status.4.3.2",  status = "4.3.2",  type = "soft", category = "system_error",         action = "retry",                   examples = { "421 4.3.2" },  description = "Host not accepting mail (shutdown, load)" },
  { id = "status.5.3.2",  status = "5.3.2",  type = "hard", category = "system_error",         action = "suppress",                examples = { "521 5.3.2" },  description = "Host not accepting mail (shutdown, load)" },
  { id = "status.4.3.3",  status = "4.3.3",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.3.3" },  description = "Receiver lacks a feature the message needs" },
  { id = "status.5.3.3",  status = "5.3.3",  type = "hard", category = "protocol_error",       action = "suppress",                examples = { "554 5.3.3" },  description = "Receiver lacks a feature the message needs" },
  { id = "status.4.3.4",  status = "4.3.4",  type = "soft", category = "message_too_large",    action = "fix_message",             examples = { "452 4.3.4" },  description = "Message over the system's size limit" },
  { id = "status.5.3.4",  status = "5.3.4",  type = "hard", category = "message_too_large",    action = "suppress",                examples = { "552 5.3.4" },  description = "Message over the system's size limit" },
  -- 5.3.5 is soft (not in the seed tables): the receiving system's configuration is at fault, not the address
  { id = "status.4.3.5",  status = "4.3.5",  type = "soft", category = "routing_error",        action = "contact_recipient_admin", examples = { "451 4.3.5" },  description = "Receiving system misconfigured for this mail" },
  { id = "status.5.3.5",  status = "5.3.5",  type = "soft", category = "routing_error",        action = "contact_recipient_admin", examples = { "550 5.3.5" },  description = "Receiving system misconfigured for this mail" },
  -- 5.3.6 is soft (not in the seed tables): the registry defines it for accepted mail only; as a failure it says
  -- nothing about the address
  { id = "status.2.3.6",  status = "2.3.6",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.3.6" },  description = "Accepted with a changed priority" },
  { id = "status.4.3.6",  status = "4.3.6",  type = "soft", category = "unknown",              action = "retry",                   examples = { "451 4.3.6" },  description = "Requested priority was not honoured" },
  { id = "status.5.3.6",  status = "5.3.6",  type = "soft", category = "unknown",              action = "retry",                   examples = { "550 5.3.6" },  description = "Requested priority was not honoured" },

  -- X.4.x  network and routing status
  { id = "status.4.4.0",  status = "4.4.0",  type = "soft", category = "network_error",        action = "retry",                   examples = { "451 4.4.0" },  description = "Network or routing problem, kind unstated" },
  { id = "status.5.4.0",  status = "5.4.0",  type = "hard", category = "network_error",        action = "suppress",                examples = { "550 5.4.0" },  description = "Network or routing problem, kind unstated" },
  { id = "status.4.4.1",  status = "4.4.1",  type = "soft", category = "network_error",        action = "retry",                   examples = { "451 4.4.1" },  description = "No answer from the receiving host" },
  { id = "status.5.4.1",  status = "5.4.1",  type = "hard", category = "network_error",        action = "suppress",                examples = { "550 5.4.1" },  description = "No answer from the receiving host" },
  { id = "status.4.4.2",  status = "4.4.2",  type = "soft", category = "network_error",        action = "retry",                   examples = { "421 4.4.2" },  description = "Connection broke or timed out" },
  { id = "status.5.4.2",  status = "5.4.2",  type = "hard", category = "network_error",        action = "suppress",                examples = { "550 5.4.2" },  description = "Connection broke or timed out" },
  { id = "status.4.4.3",  status = "4.4.3",  type = "soft", category = "network_error",        action = "retry",                   examples = { "451 4.4.3" },  description = "Directory server (such as DNS) unavailable" },
  { id = "status.5.4.3",  status = "5.4.3",  type = "hard", category = "network_error",        action = "suppress",                examples = { "550 5.4.3" },  description = "Directory server (such as DNS) unavailable" },
  { id = "status.4.4.4",  status = "4.4.4",  type = "soft", category = "domain_invalid",       action = "retry",                   examples = { "451 4.4.4" },  description = "No route to the recipient's domain" },
  { id = "status.5.4.4",  status = "5.4.4",  type = "hard", category = "domain_invalid",       action = "suppress",                examples = { "550 5.4.4" },  description = "No route to the recipient's domain" },
  { id = "status.4.4.5",  status = "4.4.5",  type = "soft", category = "system_error",         action = "retry",                   examples = { "451 4.4.5" },  description = "Mail system congested" },
  { id = "status.5.4.5",  status = "5.4.5",  type = "soft", category = "system_error",         action = "retry",                   examples = { "550 5.4.5" },  description = "Mail system congested" },
  { id = "status.4.4.6",  status = "4.4.6",  type = "soft", category = "routing_error",        action = "contact_recipient_admin", examples = { "451 4.4.6" },  description = "Routing or forwarding loop" },
  { id = "status.5.4.6",  status = "5.4.6",  type = "hard", category = "routing_error",        action = "suppress",                examples = { "554 5.4.6" },  description = "Routing or forwarding loop" },
  { id = "status.4.4.7",  status = "4.4.7",  type = "soft", category = "expired",              action = "record_only",             examples = { "451 4.4.7" },  description = "Delivery time expired" },
  { id = "status.5.4.7",  status = "5.4.7",  type = "hard", category = "expired",              action = "suppress",                examples = { "550 5.4.7" },  description = "Delivery time expired" },

  -- X.5.x  mail delivery protocol status
  { id = "status.2.5.0",  status = "2.5.0",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.5.0" },  description = "Protocol step accepted" },
  { id = "status.4.5.0",  status = "4.5.0",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.5.0" },  description = "SMTP protocol problem, kind unstated" },
  { id = "status.5.5.0",  status = "5.5.0",  type = "hard", category = "protocol_error",       action = "suppress",                examples = { "554 5.5.0" },  description = "SMTP protocol problem, kind unstated" },
  { id = "status.4.5.1",  status = "4.5.1",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.5.1" },  description = "Invalid or out-of-sequence command" },
  { id = "status.5.5.1",  status = "5.5.1",  type = "hard", category = "protocol_error",       action = "suppress",                examples = { "503 5.5.1" },  description = "Invalid or out-of-sequence command" },
  { id = "status.4.5.2",  status = "4.5.2",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.5.2" },  description = "Command syntax error" },
  { id = "status.5.5.2",  status = "5.5.2",  type = "hard", category = "protocol_error",       action = "suppress",                examples = { "501 5.5.2" },  description = "Command syntax error" },
  { id = "status.4.5.3",  status = "4.5.3",  type = "soft", category = "too_many_recipients",  action = "split_transaction",       examples = { "452 4.5.3" },  description = "Too many recipients" },
  { id = "status.5.5.3",  status = "5.5.3",  type = "soft", category = "too_many_recipients",  action = "split_transaction",       examples = { "550 5.5.3" },  description = "Too many recipients" },
  { id = "status.4.5.4",  status = "4.5.4",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.5.4" },  description = "Invalid command arguments" },
  { id = "status.5.5.4",  status = "5.5.4",  type = "hard", category = "protocol_error",       action = "suppress",                examples = { "501 5.5.4" },  description = "Invalid command arguments" },
  { id = "status.4.5.5",  status = "4.5.5",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.5.5" },  description = "Protocol version mismatch" },
  { id = "status.5.5.5",  status = "5.5.5",  type = "hard", category = "protocol_error",       action = "suppress",                examples = { "554 5.5.5" },  description = "Protocol version mismatch" },
  -- 5.5.6 is soft (not in the seed tables): our client's AUTH exchange failed, not the recipient
  { id = "status.4.5.6",  status = "4.5.6",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "454 4.5.6" },  description = "AUTH exchange line too long" },
  { id = "status.5.5.6",  status = "5.5.6",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "500 5.5.6" },  description = "AUTH exchange line too long" },

  -- X.6.x  message content or media status
  { id = "status.2.6.0",  status = "2.6.0",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.6.0" },  description = "Message accepted" },
  { id = "status.4.6.0",  status = "4.6.0",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.6.0" },  description = "Message content refused, reason unstated" },
  { id = "status.5.6.0",  status = "5.6.0",  type = "hard", category = "message_noncompliant", action = "suppress",                examples = { "554 5.6.0" },  description = "Message content refused, reason unstated" },
  { id = "status.4.6.1",  status = "4.6.1",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.6.1" },  description = "Media type not supported on the path" },
  { id = "status.5.6.1",  status = "5.6.1",  type = "hard", category = "message_noncompliant", action = "suppress",                examples = { "554 5.6.1" },  description = "Media type not supported on the path" },
  { id = "status.4.6.2",  status = "4.6.2",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.6.2" },  description = "Content needs a prohibited conversion" },
  { id = "status.5.6.2",  status = "5.6.2",  type = "hard", category = "message_noncompliant", action = "suppress",                examples = { "554 5.6.2" },  description = "Content needs a prohibited conversion" },
  { id = "status.4.6.3",  status = "4.6.3",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.6.3" },  description = "Content needs a conversion the path lacks" },
  { id = "status.5.6.3",  status = "5.6.3",  type = "hard", category = "message_noncompliant", action = "suppress",                examples = { "554 5.6.3" },  description = "Content needs a conversion the path lacks" },
  { id = "status.2.6.4",  status = "2.6.4",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.6.4" },  description = "Delivered after a lossy conversion" },
  { id = "status.4.6.4",  status = "4.6.4",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.6.4" },  description = "Content could only be converted with loss" },
  { id = "status.5.6.4",  status = "5.6.4",  type = "hard", category = "message_noncompliant", action = "suppress",                examples = { "554 5.6.4" },  description = "Content could only be converted with loss" },
  { id = "status.4.6.5",  status = "4.6.5",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.6.5" },  description = "Content conversion failed" },
  { id = "status.5.6.5",  status = "5.6.5",  type = "hard", category = "message_noncompliant", action = "suppress",                examples = { "554 5.6.5" },  description = "Content conversion failed" },
  -- 5.6.6 is soft (not in the seed tables): the message source was unreachable, not the address
  { id = "status.4.6.6",  status = "4.6.6",  type = "soft", category = "system_error",         action = "retry",                   examples = { "451 4.6.6" },  description = "Content could not be fetched from its source" },
  { id = "status.5.6.6",  status = "5.6.6",  type = "soft", category = "system_error",         action = "retry",                   examples = { "554 5.6.6" },  description = "Content could not be fetched from its source" },
  -- 5.6.7 is soft (not in the seed tables): an internationalised-address capability mismatch, not a dead address
  { id = "status.4.6.7",  status = "4.6.7",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.6.7" },  description = "Non-ASCII address not permitted" },
  { id = "status.5.6.7",  status = "5.6.7",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "553 5.6.7" },  description = "Non-ASCII address not permitted" },
  -- 5.6.8 is soft (not in the seed tables): a capability mismatch of our client, not the address
  { id = "status.4.6.8",  status = "4.6.8",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.6.8" },  description = "UTF-8 reply needed but refused by the client" },
  { id = "status.5.6.8",  status = "5.6.8",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "553 5.6.8" },  description = "UTF-8 reply needed but refused by the client" },
  -- 5.6.9 is soft (not in the seed tables): the message's headers are refused, not the address
  { id = "status.4.6.9",  status = "4.6.9",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.6.9" },  description = "UTF-8 headers cannot reach a recipient" },
  { id = "status.5.6.9",  status = "5.6.9",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "550 5.6.9" },  description = "UTF-8 headers cannot reach a recipient" },
  -- 5.6.10 is soft (not in the seed tables): a deprecated duplicate of X.6.8
  { id = "status.4.6.10", status = "4.6.10", type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.6.10" }, description = "UTF-8 reply refused (duplicate of X.6.8)" },
  { id = "status.5.6.10", status = "5.6.10", type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "553 5.6.10" }, description = "UTF-8 reply refused (duplicate of X.6.8)" },

  -- X.7.x  security or policy status
  { id = "status.2.7.0",  status = "2.7.0",  type = "none", category = "delivered",            action = "record_only",             examples = { "235 2.7.0" },  description = "Security step succeeded (AUTH, TLS)" },
  { id = "status.4.7.0",  status = "4.7.0",  type = "soft", category = "policy_block",         action = "review_content",          examples = { "450 4.7.0" },  description = "Security or policy refusal, kind unstated" },
  { id = "status.5.7.0",  status = "5.7.0",  type = "hard", category = "policy_block",         action = "suppress",                examples = { "554 5.7.0" },  description = "Security or policy refusal, kind unstated" },
  { id = "status.4.7.1",  status = "4.7.1",  type = "soft", category = "policy_block",         action = "review_content",          examples = { "451 4.7.1" },  description = "Delivery not authorised, message refused" },
  { id = "status.5.7.1",  status = "5.7.1",  type = "hard", category = "policy_block",         action = "suppress",                examples = { "550 5.7.1" },  description = "Delivery not authorised, message refused" },
  { id = "status.4.7.2",  status = "4.7.2",  type = "soft", category = "recipient_policy",     action = "contact_recipient_admin", examples = { "450 4.7.2" },  description = "Sender may not post to this mailing list" },
  { id = "status.5.7.2",  status = "5.7.2",  type = "hard", category = "recipient_policy",     action = "suppress",                examples = { "550 5.7.2" },  description = "Sender may not post to this mailing list" },
  { id = "status.4.7.3",  status = "4.7.3",  type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.7.3" },  description = "Secure-message conversion not possible" },
  { id = "status.5.7.3",  status = "5.7.3",  type = "hard", category = "message_noncompliant", action = "suppress",                examples = { "554 5.7.3" },  description = "Secure-message conversion not possible" },
  { id = "status.4.7.4",  status = "4.7.4",  type = "soft", category = "protocol_error",       action = "fix_sender_config",       examples = { "451 4.7.4" },  description = "Security features not supported" },
  { id = "status.5.7.4",  status = "5.7.4",  type = "hard", category = "protocol_error",       action = "suppress",                examples = { "504 5.7.4" },  description = "Security features not supported" },
  { id = "status.4.7.5",  status = "4.7.5",  type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "451 4.7.5" },  description = "Cryptographic key missing or invalid" },
  { id = "status.5.7.5",  status = "5.7.5",  type = "hard", category = "tls_required",         action = "suppress",                examples = { "554 5.7.5" },  description = "Cryptographic key missing or invalid" },
  { id = "status.4.7.6",  status = "4.7.6",  type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "451 4.7.6" },  description = "Cryptographic algorithm not supported" },
  { id = "status.5.7.6",  status = "5.7.6",  type = "hard", category = "tls_required",         action = "suppress",                examples = { "554 5.7.6" },  description = "Cryptographic algorithm not supported" },
  { id = "status.2.7.7",  status = "2.7.7",  type = "none", category = "delivered",            action = "record_only",             examples = { "250 2.7.7" },  description = "Delivered; integrity check noted" },
  { id = "status.4.7.7",  status = "4.7.7",  type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.7" },  description = "Message integrity check failed" },
  { id = "status.5.7.7",  status = "5.7.7",  type = "hard", category = "auth_failure",         action = "suppress",                examples = { "554 5.7.7" },  description = "Message integrity check failed" },
  -- 5.7.8 to 5.7.16 are soft (not in the seed tables): they concern our own account, authentication, encryption or
  -- the message, not the address
  { id = "status.4.7.8",  status = "4.7.8",  type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "454 4.7.8" },  description = "SMTP AUTH credentials invalid" },
  { id = "status.5.7.8",  status = "5.7.8",  type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "535 5.7.8" },  description = "SMTP AUTH credentials invalid" },
  -- 5.7.9 "authentication mechanism is too weak" reaches a sender from receivers that want a
  -- stronger proof of the sender than it gave: unauthenticated, not our account (TAXONOMY.md rule 9)
  { id = "status.4.7.9",  status = "4.7.9",  type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "454 4.7.9" },  description = "Authentication mechanism too weak" },
  { id = "status.5.7.9",  status = "5.7.9",  type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "534 5.7.9" },  description = "Authentication mechanism too weak" },
  { id = "status.4.7.10", status = "4.7.10", type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "454 4.7.10" }, description = "AUTH mechanism needs encryption first" },
  { id = "status.5.7.10", status = "5.7.10", type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "530 5.7.10" }, description = "AUTH mechanism needs encryption first" },
  { id = "status.4.7.11", status = "4.7.11", type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "454 4.7.11" }, description = "AUTH mechanism only on encrypted connections" },
  { id = "status.5.7.11", status = "5.7.11", type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "538 5.7.11" }, description = "AUTH mechanism only on encrypted connections" },
  { id = "status.4.7.12", status = "4.7.12", type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "432 4.7.12" }, description = "Password transition to AUTH mechanism needed" },
  { id = "status.5.7.12", status = "5.7.12", type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "535 5.7.12" }, description = "Password transition to AUTH mechanism needed" },
  { id = "status.4.7.13", status = "4.7.13", type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "454 4.7.13" }, description = "Sending account disabled" },
  { id = "status.5.7.13", status = "5.7.13", type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "535 5.7.13" }, description = "Sending account disabled" },
  { id = "status.4.7.14", status = "4.7.14", type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "454 4.7.14" }, description = "Trust with a third-party server required" },
  { id = "status.5.7.14", status = "5.7.14", type = "soft", category = "sender_account",       action = "alert_operator",          examples = { "554 5.7.14" }, description = "Trust with a third-party server required" },
  { id = "status.4.7.15", status = "4.7.15", type = "soft", category = "system_error",         action = "retry",                   examples = { "450 4.7.15" }, description = "Message priority too low for the server" },
  { id = "status.5.7.15", status = "5.7.15", type = "soft", category = "system_error",         action = "retry",                   examples = { "550 5.7.15" }, description = "Message priority too low for the server" },
  { id = "status.4.7.16", status = "4.7.16", type = "soft", category = "message_too_large",    action = "fix_message",             examples = { "452 4.7.16" }, description = "Message too big for its priority" },
  { id = "status.5.7.16", status = "5.7.16", type = "soft", category = "message_too_large",    action = "fix_message",             examples = { "552 5.7.16" }, description = "Message too big for its priority" },
  -- 5.7.17 and 5.7.18 are hard (not in the seed tables): the address or its domain no longer belongs to the
  -- intended owner (RFC 7293)
  { id = "status.4.7.17", status = "4.7.17", type = "soft", category = "recipient_inactive",   action = "retry",                   examples = { "450 4.7.17" }, description = "Mailbox changed owner since given date (RRVS)" },
  { id = "status.5.7.17", status = "5.7.17", type = "hard", category = "recipient_inactive",   action = "suppress",                examples = { "550 5.7.17" }, description = "Mailbox changed owner since given date (RRVS)" },
  { id = "status.4.7.18", status = "4.7.18", type = "soft", category = "domain_invalid",       action = "retry",                   examples = { "450 4.7.18" }, description = "Domain changed owner since given date (RRVS)" },
  { id = "status.5.7.18", status = "5.7.18", type = "hard", category = "domain_invalid",       action = "suppress",                examples = { "550 5.7.18" }, description = "Domain changed owner since given date (RRVS)" },
  -- 5.7.19 to 5.7.30 are soft (not in the seed tables): they concern the message, its authentication, the sender
  -- or the sending pattern
  { id = "status.4.7.19", status = "4.7.19", type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "451 4.7.19" }, description = "RRVS check not possible; resend without it" },
  { id = "status.5.7.19", status = "5.7.19", type = "soft", category = "message_noncompliant", action = "fix_message",             examples = { "550 5.7.19" }, description = "RRVS check not possible; resend without it" },
  { id = "status.4.7.20", status = "4.7.20", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.20" }, description = "No passing DKIM signature" },
  { id = "status.5.7.20", status = "5.7.20", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "550 5.7.20" }, description = "No passing DKIM signature" },
  { id = "status.4.7.21", status = "4.7.21", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.21" }, description = "No acceptable DKIM signature" },
  { id = "status.5.7.21", status = "5.7.21", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "550 5.7.21" }, description = "No acceptable DKIM signature" },
  { id = "status.4.7.22", status = "4.7.22", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.22" }, description = "No DKIM signature matching the From domain" },
  { id = "status.5.7.22", status = "5.7.22", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "550 5.7.22" }, description = "No DKIM signature matching the From domain" },
  { id = "status.4.7.23", status = "4.7.23", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.23" }, description = "SPF check failed" },
  { id = "status.5.7.23", status = "5.7.23", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "550 5.7.23" }, description = "SPF check failed" },
  { id = "status.4.7.24", status = "4.7.24", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.24" }, description = "SPF check error" },
  { id = "status.5.7.24", status = "5.7.24", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "550 5.7.24" }, description = "SPF check error" },
  { id = "status.4.7.25", status = "4.7.25", type = "soft", category = "reverse_dns",          action = "fix_sender_config",       examples = { "451 4.7.25" }, description = "Sending IP failed reverse DNS validation" },
  { id = "status.5.7.25", status = "5.7.25", type = "soft", category = "reverse_dns",          action = "fix_sender_config",       examples = { "550 5.7.25" }, description = "Sending IP failed reverse DNS validation" },
  { id = "status.4.7.26", status = "4.7.26", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.26" }, description = "Several authentication checks failed" },
  { id = "status.5.7.26", status = "5.7.26", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "550 5.7.26" }, description = "Several authentication checks failed" },
  { id = "status.4.7.27", status = "4.7.27", type = "soft", category = "sender_invalid",       action = "fix_sender_config",       examples = { "451 4.7.27" }, description = "Sender domain has a null MX" },
  { id = "status.5.7.27", status = "5.7.27", type = "soft", category = "sender_invalid",       action = "fix_sender_config",       examples = { "550 5.7.27" }, description = "Sender domain has a null MX" },
  { id = "status.4.7.28", status = "4.7.28", type = "soft", category = "rate_limited",         action = "throttle",                examples = { "421 4.7.28" }, description = "Part of a flood of similar abusive mail" },
  { id = "status.5.7.28", status = "5.7.28", type = "soft", category = "rate_limited",         action = "throttle",                examples = { "550 5.7.28" }, description = "Part of a flood of similar abusive mail" },
  { id = "status.4.7.29", status = "4.7.29", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "451 4.7.29" }, description = "ARC validation failed" },
  { id = "status.5.7.29", status = "5.7.29", type = "soft", category = "auth_failure",         action = "fix_sender_config",       examples = { "550 5.7.29" }, description = "ARC validation failed" },
  { id = "status.4.7.30", status = "4.7.30", type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "451 4.7.30" }, description = "REQUIRETLS needed but unsupported on path" },
  { id = "status.5.7.30", status = "5.7.30", type = "soft", category = "tls_required",         action = "fix_sender_config",       examples = { "550 5.7.30" }, description = "REQUIRETLS needed but unsupported on path" },

  -- 9.1.1  the seed tables' marker for a hard bounce that carried no status code
  { id = "status.9.1.1",  status = "9.1.1",  type = "hard", category = "unknown",              action = "suppress",                examples = { "550 9.1.1", "9.1.1" }, description = "Bounce with no status code" },
}
