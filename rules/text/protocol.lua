-- Text rules for the SMTP dialogue itself: commands out of sequence, malformed commands and
-- arguments, a client that talks out of turn. Wording from the MTAs' own sources: Postfix
-- (smtpd.c), Exim (smtp_in.c), Sendmail (srvrsmtp.c), OpenSMTPD (smtp_session.c), qmail
-- (qmail-smtpd.c), Apache James and Haraka.
-- These say how the sending software talked, never why the mail was refused: they sit at the
-- bottom of the priority scale (described in notices.lua), so a cause stated in the same reply
-- ("550 ... spam" followed by "503 bad sequence of commands") decides.
local phrases = require "bounce.phrases"

return {
  layer = "text",

  -- STARTTLS given again in a session already encrypted (Postfix smtpd.c: "554 5.5.1 Error: TLS
  -- already active"; KumoMTA: "501 Cannot STARTTLS as TLS is already active"): the client's
  -- sequence, above the TLS words it repeats.
  {
    id = "text.protocol_error.tls_active",
    priority = 61,
    match = {
      "tls already active", "tls is already active", "tls already started", "tls is already started",
      "tls already in use", "already using tls", "already in tls", "tls session already", "starttls already",
    },
    category = "protocol_error",
    description = "The receiver refused an SMTP command given out of sequence; fix the sending software.",
    examples = { "554 5.5.1 Error: TLS already active", "501 Cannot STARTTLS as TLS is already active" },
  },
  -- A command given before the one it needs (no greeting, no sender, no recipient).
  {
    id = "text.protocol_error.sequence",
    priority = 13,
    match = {
      -- Postfix: "Error: send HELO/EHLO first", "Error: nested MAIL command", "Error: MAIL
      -- transaction in progress", "Error: DATA after BDAT"
      "send helo/ehlo first", "nested mail command", "mail transaction in progress", "after bdat",
      -- Exim: "HELO or EHLO required", "MAIL FROM:<sender> command must precede DATA", "sender not
      -- yet given", "Sender already given", "Valid RCPT command must precede DATA"
      "helo or ehlo required", "must precede data", "sender not yet given", "no sender yet given",
      "sender already given", "rcpt command must precede",
      -- Sendmail: "Polite people say HELO first", "I demand that you introduce yourself first",
      -- "Need MAIL before RCPT", "Sender already specified", "Duplicate HELO/EHLO"
      "say helo first", "introduce yourself first", "need mail before rcpt", "sender already specified",
      -- Twisted's twisted.mail.smtp ("Must have sender before recipient", "Must have valid receiver
      -- and originator", "Only one sender per message, please"), go-smtp ("Missing MAIL FROM
      -- command.", "Missing RCPT TO command.")
      "sender before recipient", "valid receiver and originator", "one sender per message",
      "missing mail from command", "missing rcpt to command",
      -- one command named as due before another: qpsmtpd's and Haraka's "Use MAIL before RCPT",
      -- and the other pairs of RFC 5321's order (4.1.4) in the same words
      "mail before rcpt", "mail from before rcpt", "rcpt before data", "rcpt to before data", "mail before data",
      "helo before mail", "ehlo before mail", "helo/ehlo before mail",
      -- the same demand in other servers' words (Oxford's mail relay error pages: "Mail
      -- transactions must start with EHLO/HELO", "No HELO before mail transaction")
      "must start with ehlo", "must start with helo", "no helo before", "no ehlo before", "helo/ehlo first",
      -- MailCleaner's Exim ACL ("no HELO given before MAIL command")
      "no helo given", "no ehlo given", "helo not given", "ehlo not given",
      "ehlo/helo first",
      -- and as a requirement (Mailpit's smtpd.go: "503 5.5.1 Bad sequence of commands (HELO/EHLO
      -- required before MAIL)")
      "helo/ehlo required", "ehlo/helo required", "required before mail", "required before rcpt", "required before data",
      "duplicate helo/ehlo",
      -- OpenSMTPD: "Command not allowed at this point.", "No recipient specified", "Already identified"
      "not allowed at this point", "no recipient specified", "already identified",
      -- qmail-smtpd ("MAIL first"), Apache James ("Need HELO or EHLO before MAIL", "No sender
      -- specified"), and the RFC 5321 wording for 503
      "mail first", "helo or ehlo before", "no sender specified", "ehlo/helo first", "helo first", "ehlo first",
      -- chasquid, maddy: "no EHLO/HELO yet", "sender not yet given"
      "helo yet", "ehlo yet",
      -- Postal's "503 EHLO/HELO and MAIL FROM first please", hMailServer's "503 5.5.1 Multiple MAIL
      -- commands not allowed."
      "mail from first", "rcpt to first", "multiple mail commands",
      -- Momentum's message responses ("550 5.5.1 RFC2821 HELO/EHLO needed")
      "helo/ehlo needed", "ehlo/helo needed", "helo needed", "ehlo needed",
      -- Baruwa's Exim ACL (extras/config/exim/exim.conf): "REJECTED - no HELO/EHLO greeting"
      "no helo/ehlo greeting", "no helo greeting", "no ehlo greeting",
      -- Momentum's message responses ("503 5.5.1 DATA without RCPT TO", "... DATA without MAIL
      -- FROM", "503 RCPT TO without MAIL FROM"; Momentum 3 reference, responses by message)
      "without rcpt to", "without mail from",
      -- spamdyke (spamdyke.h ERROR_ZERO_RECIPIENTS): DATA with no recipient accepted, "Refused. You
      -- must specify at least one valid recipient."
      "at least one valid recipient",
    },
    category = "protocol_error",
    description = "The receiver refused an SMTP command given out of sequence; fix the sending software.",
    examples = {
      "503 5.5.1 Error: no HELO yet",
      "503 5.5.1 Error: send HELO/EHLO first",
      "503 5.5.1 Error: nested MAIL command",
      "503 MAIL FROM:<sender> command must precede DATA",
      "503 sender not yet given",
      "503 5.0.0 Polite people say HELO first",
      "503 5.0.0 Need MAIL before RCPT",
      "503 Use MAIL before RCPT",
      "503 5.5.1 RCPT: Command not allowed at this point.",
      "503 MAIL first (#5.5.1)",
      "503 5.5.1 Need HELO or EHLO before MAIL",
      "550 5.5.1 RFC2821 HELO/EHLO needed",
      "503 5.5.1 DATA without RCPT TO",
      "554 Refused. You must specify at least one valid recipient.",
    },
  },
  -- Postfix's answer to DATA after every RCPT was refused (smtpd.c: "554 5.5.1 Error: no valid
  -- recipients"): a complaint about the dialogue; the refusals before it say why.
  {
    id = "text.protocol_error.no_recipients",
    priority = 13,
    status = "5.5.0-1",
    -- Postfix ("Error: no valid recipients"), Cyrus's lmtpd ("503 5.5.1 No recipients"), Dovecot's
    -- submission service ("554 5.5.0 No valid recipients"), Yandex's ("No correct recipients", its
    -- help's list of its servers' replies)
    match = { "no valid recipients", "no recipients", "no correct recipients" },
    category = "protocol_error",
    description = "The receiver refused DATA because no recipient was accepted; the RCPT replies say why.",
    examples = { "554 5.5.1 Error: no valid recipients", "503 5.5.1 No recipients" },
  },
  -- ... and the same answer to DATA without a status (the .NET SmtpServer's "554 no valid
  -- recipients given"): said after DATA it is the dialogue's, wherever the status leaves it.
  {
    id = "text.protocol_error.no_recipients_data",
    priority = 13,
    command = "DATA",
    match = { "no valid recipients", "no recipients", "no correct recipients" },
    category = "protocol_error",
    description = "The receiver refused DATA because no recipient was accepted; the RCPT replies say why.",
    examples = { "host mx.example.org[192.0.2.1] said: 554 no valid recipients given (in reply to DATA command)" },
  },
  -- A client that talks before it is asked, or breaks the dialogue again and again.
  {
    id = "text.protocol_error.dialogue",
    priority = 13,
    match = {
      -- Postfix ("Error: SMTP protocol synchronization"), Exim ("SMTP synchronization error",
      -- "Too many nonmail commands", "Too many syntax or protocol errors", "Too many unrecognized
      -- commands"), Sendmail and Haraka ("Too many bad commands"), Apache James ("too many unknown
      -- commands received")
      "protocol synchronization", "synchronization error", "too many nonmail commands",
      "too many syntax or protocol errors", "too many unrecognized commands", "too many bad commands",
      "too many unknown commands", "initial data not expected",
      -- Qsmtp: a client that does not wait for the reply ("you must wait for my reply")
      "wait for my reply",
      -- Postfix's smtpd_hard_error_limit ("Error: too many errors"), and the singular some write
      "too many errors", "too many bad command", "too many invalid command",
      -- Postfix's smtpd_forbidden_commands: a message header or an HTTP request sent as a command
      -- ("221 2.7.0 Error: I can break rules, too. Goodbye.")
      "i can break rules, too",
      -- Cisco Secure Email (AsyncOS), after five unknown commands by default: "421 Exceeded bad
      -- SMTP command limit, disconnecting" (cisco.com technote 214630, "ESMTP commands supported by
      -- the ESA/CES")
      "bad smtp command limit",
      -- the other way round: the receiver's reply broke the dialogue (Exim smtp.c "Malformed SMTP
      -- reply in response to RCPT TO:<a@b>: ...", "Malformed SMTP reply (an empty line)"), whatever
      -- status the broken reply held
      "malformed smtp reply", "malformed reply",
      -- spamdyke (spamdyke.h ERROR_EARLYTALKER): a client that talked before the greeting,
      -- "Refused. You are not following the SMTP protocol."
      "not following the smtp protocol",
      -- the same early talker by the name filters give it (qpsmtpd's check_earlytalker plugin;
      -- ASSP's "554 5.7.1 Misbehaved SMTP session (EarlyTalker)")
      "earlytalker", "early talker", "misbehaved smtp session",
    },
    category = "protocol_error",
    description = "The receiver ended a session whose SMTP dialogue broke the protocol; fix the sending software.",
    examples = {
      "554 5.5.0 Error: SMTP protocol synchronization",
      "554 SMTP synchronization error",
      "421 mx.example.com: Too many nonmail commands",
      "421 4.7.0 mx.example.com Too many bad commands; closing connection",
      "421 Exceeded bad SMTP command limit, disconnecting",
      "Malformed SMTP reply in response to RCPT TO:<user@example.org>: 5.1.1",
      "554 Refused. You are not following the SMTP protocol.",
    },
  },
  -- A command the receiver does not know or does not implement: RFC 5321's 500 "Syntax error,
  -- command unrecognized" and 502 "Command not implemented", and the MTAs' own words for them:
  -- Postfix ("502 5.5.2 Error: command not recognized"), Exim ("500 unrecognized command"),
  -- Sendmail ("500 5.5.1 Command unrecognized"), qmail ("502 unimplemented (#5.5.1)"), OpenSMTPD
  -- ("500 5.5.1 Invalid command: Command unrecognized"), Haraka ("500 Unrecognized command"),
  -- Courier ("502 ESMTP command error"). Above the unknown recipient's "not recognized" near a name,
  -- which the "(in reply to RCPT TO command)" around such a reply would otherwise supply.
  {
    id = "text.protocol_error.unknown_command",
    priority = 29,
    match = phrases.join({
      "command unrecognized", "command unrecognised", "unrecognized command", "unrecognised command",
      "command not recognized", "command not recognised", "command not implemented", "unimplemented",
      "unknown command", "invalid command", "unsupported command",
      "esmtp command error",
      -- Cisco Secure Email (AsyncOS): "500 #5.5.1 command not known" (cisco.com technote 214630)
      "command not known",
      -- go-smtp's server for LHLO ("500 5.5.1 This is not a LMTP server"); a command named as
      -- unimplemented (aiosmtpd's "502 EXPN not implemented", amavis's SMTP listener's "Error:
      -- command EXPN not implemented")
      "not a lmtp server", "not an lmtp server", "not a smtp server", "not an smtp server",
    },
      phrases.combine({ "expn", "vrfy", "turn", "etrn", "help", "atrn", "lhlo", "bdat", "starttls", "auth" },
        " not implemented")),
    category = "protocol_error",
    description = "The receiver did not know or does not implement an SMTP command it was sent; fix the sending software.",
    examples = {
      "502 5.5.2 Error: command not recognized",
      "500 5.5.2 Error: command not recognized (in reply to RCPT TO command)",
      "500 unrecognized command",
      "500 5.5.1 Command unrecognized: \"XYZ\"",
      "502 unimplemented (#5.5.1)",
      "500 5.5.1 Invalid command: Command unrecognized",
      "502 ESMTP command error",
      "500 #5.5.1 command not known",
      "502 EXPN not implemented",
      "502 5.5.1 Error: command EXPN not implemented",
      "500 5.5.1 This is not a LMTP server",
    },
  },
  -- The same with the command named between the words, as aiosmtpd and servers built on it
  -- (Mailman 3's LMTP runner) write it: 'Error: command "FOO" not recognized'.
  {
    id = "text.protocol_error.unknown_command_named",
    priority = 28,
    match = { "not recognized", "not recognised" },
    pattern = phrases.near({ "command" }, { "not recognized", "not recognised" }, 40),
    category = "protocol_error",
    description = "The receiver did not know or does not implement an SMTP command it was sent; fix the sending software.",
    examples = { '500 Error: command "FOO" not recognized' },
  },
  -- go-smtp's answer to a line it cannot read as a command ("501 5.5.2 Bad command"); below the
  -- dialogue's "Too many bad commands", which says more.
  {
    id = "text.protocol_error.bad_command",
    priority = 12,
    -- and a command line the receiver could not parse (a Chinese provider's list,
    -- 360docs.net/doc/a61843873.html: "551 line parse error")
    match = { "bad command", "line parse error", "command parse error" },
    pattern = "'bad command' !'s' / 'line parse error' / 'command parse error'",
    category = "protocol_error",
    description = "The receiver did not know or does not implement an SMTP command it was sent; fix the sending software.",
    examples = { "501 5.5.2 Bad command", "551 line parse error" },
  },
  -- A command line over the receiver's limit: the command, not the message's lines (those are
  -- message_noncompliant's "line too long", which this outranks).
  {
    id = "text.protocol_error.command_length",
    priority = 50,
    -- smtpf: "500 5.5.2 RFC 2821 max. command line length exceeded (%ld) #640"
    match = { "command too long", "command line too long", "command line length" },
    category = "protocol_error",
    description = "The receiver refused an SMTP command longer than it accepts; fix the sending software.",
    examples = {
      "521 Command line too long", "500 5.5.2 Error: command too long",
      "500 5.5.2 RFC 2821 max. command line length exceeded (1024) #640",
    },
  },
  -- A command or argument the receiver could not parse.
  -- The AUTH exchange broken off, not the account refused: the client's cancel ("*", RFC 4954
  -- section 4), which servers answer "501 5.7.0 Authentication aborted" (Postfix's
  -- smtpd_sasl_glue.c), "501 5.7.0 Auth aborted" (aiosmtpd), "501 5.0.0 AUTH aborted" (Sendmail's
  -- srvrsmtp.c) or "Authentication canceled". A
  -- mechanism the server does not offer is the account's setting (text.sender_account.smtp_auth).
  {
    id = "text.protocol_error.auth_exchange",
    priority = 60,
    match = {
      "auth aborted", "authentication aborted", "authentication canceled", "authentication cancelled",
      "auth canceled", "auth cancelled",
    },
    category = "protocol_error",
    description = "The receiver could not parse an SMTP command or its arguments; fix the sending software.",
    examples = { "501 5.7.0 Auth aborted", "501 5.0.0 AUTH aborted" },
  },
  {
    id = "text.protocol_error.syntax",
    priority = 13,
    match = {
      -- Postfix ("Error: bad syntax", "Syntax: MAIL FROM:<address>", "Error: command too long"),
      -- Sendmail ("Syntax error in parameters scanning", "Too many parameters"), Exim ("MAIL FROM
      -- must have an address operand"), OpenSMTPD ("No parameters allowed", "Command line too
      -- long"), qmail ("syntax error (#5.5.4)"); a command without its argument is
      -- text.protocol_error.arguments
      "bad syntax", "syntax:", "syntax error",
      -- Postfix smtpd with SMTPUTF8 ("Error: bad UTF-8 syntax"), hMailServer ("Excessive amounts of
      -- data sent to server")
      "bad utf-8 syntax", "excessive amounts of data",
      "too many parameters", "no parameters allowed", "must have an address operand",
      "unexpected argument data", "unsupported option", "does not accept arguments",
      -- RFC 3461's DSN parameters refused (Postfix: "Error: Bad NOTIFY parameter syntax", "Bad
      -- ORCPT parameter syntax"; OpenSMTPD: "NOTIFY option NEVER cannot be combined with other
      -- options"): the client's command, not the address, whatever the code
      "notify option", "notify parameter", "orcpt parameter", "envid parameter", "ret parameter",
      "dsn parameter", "cannot be combined with other options",
      -- an AUTH exchange the server could not decode (smtp4dev's "535 Bad Base64 data", Postfix's
      -- "501 5.5.2 Cannot decode response", Exim's "501 Invalid base64 data")
      "bad base64", "invalid base64", "base64 data", "cannot decode response", "malformed base64",
      -- the command named as the one whose syntax failed (MailHog's "550 Invalid syntax in RCPT
      -- command", E-MailRelay's "550 invalid rcpt-to command")
      "syntax in rcpt command", "syntax in mail command", "syntax in rcpt to command", "syntax in mail from command",
      "invalid rcpt-to command", "invalid mail-from command", "invalid rcpt command", "invalid mail command",
      -- Sendmail's parseaddr.c on brackets or quotes the command's address argument left open ("553
      -- 5.0.0 <a... Unbalanced '<'"): how the client wrote the command, not the mailbox
      "unbalanced '<'", "unbalanced '>'", "unbalanced '('", "unbalanced ')'", "unbalanced '\"'",
    },
    category = "protocol_error",
    description = "The receiver could not parse an SMTP command or its arguments; fix the sending software.",
    examples = {
      "500 5.5.2 Error: bad syntax",
      "501 5.5.2 Syntax error (no parameters allowed)",
      "555 syntax error (#5.5.4)",
      "553 NOTIFY option NEVER cannot be combined with other options",
      "553 5.0.0 <a... Unbalanced '<'",
    },
  },
  -- A command given without the argument it needs (Sendmail: "Parameter required", "HELO
  -- requires domain address"; OpenSMTPD: "Invalid command: HELO requires domain name"), or with
  -- arguments it does not take (Postfix's usage line: "501 5.5.4 Syntax: STARTTLS", "Syntax: HELO
  -- hostname"): the client's syntax. Above the HELO name's and TLS's verdicts, which "invalid"
  -- near "HELO" or the word "STARTTLS" would otherwise decide.
  {
    id = "text.protocol_error.arguments",
    priority = 61,
    match = {
      "parameter required", "argument required", "requires domain address", "requires domain name",
      "requires a domain", "requires an argument", "requires a parameter",
      "syntax: helo", "syntax: ehlo", "syntax: starttls", "syntax: auth", "syntax: mail from", "syntax: rcpt to",
      "syntax: vrfy", "syntax: etrn", "syntax: bdat", "syntax: data", "syntax: noop", "syntax: quit",
      -- Exim's smtp_in.c and parse.c on a command's arguments: "501 <a@b> FOO=bar: malformed
      -- address: FOO=bar may not follow <a@b>" (a parameter it does not know), "501 NUL
      -- characters are not allowed in SMTP commands". Not its "Syntactically invalid HELO
      -- argument(s)": the name the client gives for itself, text.reverse_dns's (TAXONOMY.md rule 6)
      "may not follow", "not allowed in smtp commands",
      -- RFC 5321's 555 ("MAIL FROM/RCPT TO parameters not recognized or not implemented"), which
      -- aiosmtpd answers for the one command ("555 RCPT TO parameters not recognized or not
      -- implemented"): above an unknown recipient's "not recognized" near "RCPT TO"
      "parameters not recognized", "parameters not recognised", "parameter not recognized",
      "parameter not recognised", "parameters not implemented", "parameter not implemented",
      -- a command that takes none given arguments (go-smtp: "501 5.5.4 DATA command should not
      -- have any arguments")
      "should not have any arguments", "takes no arguments", "no arguments allowed", "accepts no arguments",
      -- an address argument given empty where one is required (mailfront's check-fqdn plugin for
      -- "RCPT TO:<>": "554 5.1.2 Recipient address may not be empty")
      "address may not be empty", "address must not be empty", "address cannot be empty", "address can't be empty",
      "recipient may not be empty", "recipient must not be empty", "recipient cannot be empty",
    },
    category = "protocol_error",
    description = "The receiver could not parse an SMTP command or its arguments; fix the sending software.",
    examples = {
      "501 5.5.4 HELO: HELO requires domain name",
      "501 5.5.1 Invalid command: HELO requires domain name",
      "501 5.0.0 HELO requires domain address",
      "501 5.5.2 Parameter required",
      "554 5.1.2 Recipient address may not be empty",
      "501 5.5.4 Syntax: STARTTLS",
      "501 Syntax: HELO hostname",
      "501 a@example.org=x: malformed address: =x may not follow a@example.org",
      "501 NUL characters are not allowed in SMTP commands",
      "555 RCPT TO parameters not recognized or not implemented",
      "504 5.5.4 Command parameter not implemented",
      "501 5.5.4 DATA command should not have any arguments",
    },
  },
}
