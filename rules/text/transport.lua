-- Text rules for delivery itself: greylisting, routing loops, network and DNS trouble, failures
-- of the receiving system, SMTP protocol errors, and the sending queue giving up. Wording from
-- postgrey, milter-greylist, sqlgrey, Postfix, Exim, Sendmail, qmail, Exchange and Domino.
-- The priority scale is described in notices.lua.
local phrases = require "bounce.phrases"

return {
  layer = "text",

  {
    id = "text.greylisted",
    -- above the sender's and recipient's framing it comes in ("Sender address rejected:
    -- Greylisted for 300 sec")
    priority = 56,
    -- and greylistd's Exim ACL: "$sender_host_address is not yet authorized to deliver mail from
    -- <$sender_address> to <$local_part@$domain>. Please try later."
    match = { "greylist", "grey-list", "graylist", "gray-list", "grey listed", "not yet authorized to deliver",
      -- Apache James's greylist hook (AbstractGreylistHandler): "Temporary rejected: Reconnect to
      -- fast. Please try again later", and "Temporary rejected: Please try again later" while the
      -- triplet waits out its delay
      "reconnect to fast", "reconnect too fast", "temporary rejected: please try again later",
      -- qpsmtpd's greylisting plugin's default deferral ("This mail is temporarily denied")
      "this mail is temporarily denied",
      -- the greylisting daemons named in their own deferrals (postgrey's --greylist-text,
      -- SQLgrey's and milter-greylist's reply texts)
      "postgrey", "sqlgrey",
      -- iRedAPD's greylisting plugin (libs/default_settings.py GREYLISTING_MESSAGE, "451 4.7.1 ...
      -- Intentional policy rejection, please try again later")
      "intentional policy rejection",
      -- greylisting described by what it does, a first message from a new sender deferred (a
      -- MIMEDefang filter's "451 4.3.0 First-time sender tempfailed as anti-spam measure; please
      -- try again")
      "first-time sender", "first time sender" },
    category = "greylisted",
    description = "The receiver deferred the message for greylisting; it is accepted on a later retry.",
    examples = {
      "450 4.2.0 <user@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
      "451 4.7.1 Greylisting in action, please come back later",
      "451 192.0.2.1 is not yet authorized to deliver mail from <sender@example.org> to <user@example.net>. Please try later.",
      "451 4.0.0 Temporary rejected: Reconnect to fast. Please try again later",
      "451 4.0.0 Temporary rejected: Please try again later",
      "450 4.7.1 <user@example.org>: Recipient address rejected: Delayed by postgrey, come back later",
      "451 4.7.1 <user@example.org>: Recipient address rejected: Intentional policy rejection, please try again later",
      "451 4.3.0 <s@example.com>... First-time sender tempfailed as anti-spam measure; please try again",
    },
  },
  -- A deferral that says nothing but "try again later" is how several greylisting filters answer:
  -- Rspamd's greylist module, with the time the greylisting ends where report_time is set.
  {
    id = "text.greylisted.try_later",
    priority = 11,
    class = 4,
    match = "try again later",
    -- right after the code, status or the address the reply names, with nothing after it but the
    -- notations a bounce wraps a reply in (Exchange's quotes, Postfix's "(in reply to RCPT TO
    -- command)"), or the time greylisting ends
    pattern = "([0-9] ' ' / '>: ') ('please ')? 'try again later' ([. '\"]* ('(in reply to ' [^)]* ')' [. '\"]*)? !. / ': ' [a-z]^3 ', ' [0-9])",
    category = "greylisted",
    description = "The receiver deferred the message without a reason, as greylisting does; retry later.",
    examples = {
      "451 4.7.1 Try again later", "450 Please try again later.",
      "451 4.7.1 Try again later: Thu, 21 Mar 2024 10:15:00 GMT",
      "Remote Server returned '451 Try again later'", "451 Try again later (in reply to RCPT TO command)",
      "451 4.7.1 <user@example.org>: Try again later",
    },
  },
  -- The same words under an X.3.x status: the status says the receiving system is not taking mail
  -- now (RFC 3463 X.3.2 "System not accepting network messages"), which says more than the words.
  {
    id = "text.system_error.try_later",
    priority = 12,
    status = "4.3.0-9",
    match = "try again later",
    category = "system_error",
    description = "The receiving system is not taking mail for now; retry later.",
    examples = { "451 4.3.2 Please try again later", "450 4.3.2 try again later" },
  },
  {
    id = "text.routing_error",
    priority = 48,
    match = {
      "mail loop", "mailloop", "routing loop", "loop detected", "message is looping",
      "too many hops", "hop count exceeded", "maximum hop count", "too many received", "too many \"received\"",
      -- the count of Received: fields said to pass a limit ("552 ho2k06: your \"received:\" header
      -- counts of 16 exceeds maximum setting 15", under an Exchange 2003 report the TREC 2007 corpus
      -- holds)
      "header counts of", "received header count", "received: header count", "number of received headers",
      -- RFC 3463's own description of X.4.6 ("A routing loop caused the message to be forwarded
      -- too many times"), as servers give it in their replies
      "forwarded too many times", "relayed too many times",
      -- Postfix local(8): aliases or :include: files that expand into each other past its limit
      -- (recipient.c "recipient nesting limit exceeded", include.c ":include: nesting limit exceeded")
      "nesting limit exceeded",
      "unable to route", "no route found", "mx points to", "mx record points to", "mx records point to",
      "control/locals file",
      -- Postfix smtp_addr.c ("mail for example.org loops back to myself") and local(8) ("mail
      -- forwarding loop for user@example.org"); Sendmail ("config error: mail loops back to me (MX
      -- problem?)"); Exchange's SMTPSEND.DNS.MxLoopback
      "loops back to myself", "loops back to me", "forwarding loop", "mxloopback",
      -- Exchange Online: the recipient domain's MX hosts fail the connector's checks, or the
      -- domain takes mail over one IP version only
      "failed to pass the configured fqdn", "does not accept email over ipv",
      -- Exchange 2000/2003's SMTP DSN text for 5.4.6 ("A configuration error in the e-mail system
      -- caused the message to bounce between two servers or to be split into too many parts");
      -- XMail SMAILSvr.cpp and SMTPSvr.cpp ("554 Message blocked by mail loop check")
      "bounce between two servers", "mail loop check",
      -- Exim smtp.c/host.c: the MX chosen is this very host ("remote host address is the local
      -- host"); hMailServer's forwarding loop guard ("Mail server configuration error. Too many
      -- recursive forwards.") and its smarthost missing from DNS ("The host specified as SMTP relay
      -- server could not be found")
      "remote host address is the local host", "recursive forwards", "specified as smtp relay server",
      -- Courier libesmtp.C: the recipient domain's MX records are unusable ("This domain's DNS
      -- violates RFC 1035.", "MX records for example.org violate section 3.3.9 of RFC 1035", "Did not
      -- find a suitable MX for a connection"); Momentum's "[internal] Private/Loopback Address"
      -- (an MX that resolves to a private or loopback address)
      "violates rfc 1035", "violate section 3.3.9 of rfc 1035", "suitable mx for a connection",
      "private/loopback address",
      -- the same MX that points nowhere useful (TAXONOMY.md, "Where rules meet") in other servers'
      -- words: MIMEDefang ("Domain example.org contains bogus MX record(s) 127.0.0.1"); KumoMTA's
      -- resolver ("MX didn't resolve to any hosts", "MX consisted solely of hosts on the
      -- skip_hosts list", "... is on the list of prohibited_hosts"); Apache James's ValidRcptMX
      -- ("Invalid MX 192.0.2.1 for domain example.org. Reject email")
      "bogus mx", "invalid mx",
      "didn't resolve to any hosts", "did not resolve to any hosts", "does not resolve to any hosts",
      "resolved to no hosts", "solely of hosts on the", "list of prohibited_hosts", "list of prohibited hosts",
      -- a filtering service whose MX the recipient domain names but which does not serve that
      -- domain: VIPRE Email Security's rejection reasons ("Your domain is not configured to use this
      -- MX host.")
      "not configured to use this mx",
      -- Exchange Server 2019's NDR reference ("Non-delivery reports and bounce messages in Exchange
      -- Server", learn.microsoft.com): 5.2.14 "Misconfigured forwarding address", 5.4.11 "Agent
      -- generated message depth exceeded" (transport agents resubmitting in a loop): the recipient
      -- side's configuration, not the address. Its 5.2.4 text, "Mailing list expansion problem", is
      -- RFC 3463's name for the status and says no more than it: the status decides (rule 9).
      "misconfigured forwarding address", "message depth exceeded",
    },
    category = "routing_error",
    description = "The mail could not be routed: a mail loop, too many hops, or a misconfigured MX of the recipient's domain.",
    examples = {
      "5.4.6 recipient nesting limit exceeded",
      "554 5.4.6 Hop count exceeded - possible mail loop",
      "Error transferring to mx.example.org; Maximum hop count exceeded. Message probably in a routing loop.",
      "mail for example.org loops back to myself",
      "This message is looping: it already has my Delivered-To line. (#5.4.6)",
      "all relevant MX records point to non-existent hosts",
      "5.4.6 mail forwarding loop for user@example.org",
      "553 5.3.5 mx.example.org config error: mail loops back to me (MX problem?)",
      "550 Your domain is not configured to use this MX host.",
      "554 5.4.6 MailLoop",
      "A configuration error in the e-mail system caused the message to bounce between two servers or to be split into too many parts. Contact your administrator. <mx.example.org #5.4.6>",
      "554 Message blocked by mail loop check",
      "550 5.4.8 MX hosts of 'example.com' failed to pass the configured FQDN or DNS validation.",
      "550 5.7.510 Access denied, example.com does not accept email over IPv6",
      "remote host address is the local host",
      "Mail server configuration error. Too many recursive forwards.",
      "This domain's DNS violates RFC 1035.",
      "Did not find a suitable MX for a connection",
      "551 5.4.6 [internal] Private/Loopback Address",
      "550 5.2.14 Misconfigured forwarding address",
      "550 5.4.11 Agent generated message depth exceeded",
    },
  },
  -- Exim smtp.c: every MX host's own address lookup failed for good ("all host address lookups
  -- for 'example.org' failed permanently"): the domain's MX names hosts that do not exist.
  {
    id = "text.routing_error.mx_hosts_unresolved",
    priority = 48,
    match = { { "host address lookups" }, { "failed permanently" } },
    category = "routing_error",
    description = "The mail could not be routed: a mail loop, too many hops, or a misconfigured MX of the recipient's domain.",
    examples = { "all host address lookups for 'example.org' failed permanently" },
  },
  -- The sending queue gave up (TAXONOMY rule 5). The bounce's last stated cause decides where it
  -- names one (a refused connection, a timeout, a full mailbox, ...), so the give-up wording ranks
  -- below every cause, the network and system errors included, and decides only where it stands
  -- alone. Exim deliver.c ("retry timeout exceeded", "all hosts for 'example.org' have been
  -- failing for a long time"), qmail-send ("this message has been in the queue too long"),
  -- Sendmail ("Cannot send message for 5 days", "Message could not be delivered for 5 days"),
  -- OpenSMTPD ("Envelope expired"), Exchange (4.4.7 QUEUE.Expired).
  {
    id = "text.expired",
    priority = 11,
    match = {
      -- X.400 non-delivery diagnostics (ITU-T X.411 NonDeliveryDiagnosticCode), as X.400 gateways
      -- and Exchange write them out ("Non-delivery-diagnostic: <name>"): its time ran out in transfer
      "maximum-time-expired",
      -- Exchange 5.5's Internet Mail Service when the retry delay ran out ("The time has expired.")
      "the time has expired",
      "retry timeout exceeded", "retry time exceeded", "have been failing for a long time",
      "retry time not reached for any host", "message expired",
      "message has expired", "delivery time expired", "delivery expired", "lifetime exceeded",
      "in the queue too long", "could not be delivered for", "cannot send message for",
      -- the queue's own count of its tries ("Reason: multiple delivery attempts failed")
      "delivery attempts failed", "multiple delivery attempts",
      "will be deleted from queue", "not delivered within", "after multiple retries", "too many retries",
      -- OpenSMTPD; DragonFly's dma; Haraka's "Too many failures (...)"
      "envelope expired", "could not deliver for the last", "too many failures",
      -- Exchange Online's notice once its retries ran out
      "stopped trying to deliver", "despite repeated attempts",
      -- Postal's queue ("Maximum number of delivery attempts (18) has been reached."), and the same
      -- limit in other words
      "number of delivery attempts", "maximum delivery attempts", "max delivery attempts",
      "delivery attempts exceeded", "delivery attempts reached",
      -- Exchange 2000/2003's DSN text for 4.4.7 ("Could not deliver the message in the time limit
      -- specified. Please retry or contact your administrator."); Exchange 5.5's MTA ("The maximum
      -- time for delivering the message expired", KB 158399 and 214682)
      "in the time limit specified", "maximum time for delivering",
      -- Momentum's own bounces ("554 5.4.7 [internal] exceeded max time without delivery",
      -- "... exceeded max retries without delivery", "554 5.4.5 [internal] Delivery not attempted
      -- (message expired)"; support.sparkpost.com/momentum/4/message-responses)
      "without delivery", "delivery not attempted",
      -- Exchange 2007-2019 and Exchange Online's user text for 4.4.7 QUEUE.Expired ("The server has
      -- tried to deliver this message, without success, and has stopped trying."; learn.microsoft.com,
      -- "Fix NDR error 550 4.4.7 in Exchange Online", User information section)
      "without success, and has stopped trying",
      -- Netscape (later Sun and Oracle) Messaging Server's returned mail: "Your message was not
      -- delivered because the destination computer was not reachable within the allowed queue
      -- period." (recorded in Sisimai's expired list)
      "allowed queue period",
      -- a mail store that keeps a message for its user to collect and returns it once it has waited
      -- too long (Demon Internet's mailstore: "failed because it has not been collected after 30
      -- days", as the SpamAssassin public corpus holds one)
      "not been collected", "was not collected", "were not collected", "not been retrieved", "was not retrieved",
      "not been picked up", "was never collected",
    },
    category = "expired",
    description = "The sending queue gave up after retrying for its maximum time.",
    examples = {
      "The time has expired.",
      "retry timeout exceeded",
      "all hosts for 'example.org' have been failing for a long time (and retry time not reached)",
      "I'm not going to try again; this message has been in the queue too long.",
      "Message could not be delivered for 5 days. Message will be deleted from queue",
      "Your message was not delivered within 0 days and 1 hours.",
      "550 5.4.300 Message expired",
      "Envelope expired",
      "Could not deliver for the last 432000 seconds. Giving up.",
      "Exchange couldn't deliver the message despite repeated attempts.",
      "550 4.4.7 QUEUE.Expired; message expired",
      "Maximum number of delivery attempts (18) has been reached.",
      "Could not deliver the message in the time limit specified. Please retry or contact your administrator. <mx.example.org #4.4.7>",
      "The maximum time for delivering the message expired MSEXCH:MSExchangeMTA:SITE:SERVER",
      "retry time not reached for any host for 'example.org' after a long failure period",
      "554 5.4.7 [internal] exceeded max time without delivery",
      "554 5.4.7 [internal] exceeded max retries without delivery",
      "The server has tried to deliver this message, without success, and has stopped trying. Please try sending this message again. If the problem continues, contact your helpdesk.",
      "Your message was not delivered because the destination computer was not reachable within the allowed queue period.",
      "The following message, addressed to 'user@example.org', failed because it has not been collected after 30 days",
    },
  },
  -- The queue's count of its tries where it gave up: Ipswitch IMail's returned mail ("Delivery
  -- failed 3 attempts: a@b", its "Undeliverable Mail" notice), and the same count in other MTAs'
  -- words ("failed after 5 attempts", "giving up after 10 delivery attempts").
  {
    id = "text.expired.attempts",
    priority = 11,
    match = "attempt",
    pattern = [[ ("failed " / "failed after " / "giving up after " / "gave up after ") [0-9]+ " " ("delivery ")? "attempt" ]],
    category = "expired",
    description = "The sending queue gave up after retrying for its maximum time.",
    examples = {
      "Delivery failed 3 attempts: user@example.org",
      "Giving up after 10 delivery attempts",
    },
  },
  -- The sender's own platform withdrew the message before delivery: SparkPost ("554 5.7.1 [internal]
  -- Campaign cancelled", support.sparkpost.com), Momentum ("554 5.7.0 [internal] Message manually
  -- purged"; Momentum 3 reference, responses by message), Elastic Email's "ManualCancel" and
  -- "NotDeliveredCancelled" bounce categories (help.elasticemail.com). Nothing was said about the
  -- address; the record is all there is to keep.
  {
    id = "text.expired.cancelled",
    priority = 11,
    match = {
      "campaign cancelled", "campaign canceled", "manually purged", "manually cancelled", "manually canceled",
      "manualcancel", "notdeliveredcancelled",
      -- and in other services' words
      "cancelled by the sender", "canceled by the sender", "cancelled by sender", "canceled by sender",
      -- Postfix's qmgr when the sender's administrator expired the message ("postsuper -e":
      -- "message is administratively expired", qmgr_message.c)
      "administratively expired",
      "sending was cancelled", "sending was canceled", "send was cancelled", "send was canceled",
    },
    category = "expired",
    description = "The sending platform withdrew the message before it was delivered; nothing was said about the address.",
    examples = { "4.7.0 message is administratively expired", "554 5.7.1 [internal] Campaign cancelled", "554 5.7.0 [internal] Message manually purged" },
  },
  -- The queue's time given as a count ("unable to deliver this message after 1 day"; NTMail's
  -- "This message has not been delivered after 12 hours. Therefore it is being returned to you.",
  -- as a 1997 list archive holds one).
  {
    id = "text.expired.after",
    priority = 11,
    match = { "message after", "delivered after" },
    pattern = "('message after ' / 'delivered after ') [0-9]+ ' ' ('day' / 'hour' / 'minute')",
    category = "expired",
    description = "The sending queue gave up after retrying for its maximum time.",
    examples = {
      "unable to deliver this message after 1 day",
      "This message has not been delivered after 12 hours. Therefore it is being returned to you.",
    },
  },
  -- A name the receiver could not resolve, said in a temporary reply (Haraka's "Cannot resolve
  -- <address> at this time"; Sendmail's proto.m4 "451 4.1.8 Domain of sender address ... does not
  -- resolve", said while the lookup fails for now, where it says "does not exist" with 553 when it
  -- fails for good): the lookup may pass (TAXONOMY.md rule 4), unlike "Domain not found", which
  -- Postfix answers with 450 for a name that does not exist.
  {
    -- Momentum says the same of a domain whose MX hosts all failed ("421 4.4.0 [internal] no MXs for
    -- this domain could be reached at this time"; Momentum 3 reference, responses by message): the
    -- domain has MX hosts, they did not answer.
    id = "text.network_error.unresolved_for_now",
    priority = 46,
    class = 4,
    match = {
      "cannot resolve", "can't resolve", "could not resolve", "couldn't resolve", "unable to resolve",
      "could be reached at this time", "could not be reached at this time",
      "does not resolve", "doesn't resolve", "did not resolve", "could not be resolved", "couldn't be resolved",
      "cannot be resolved", "can't be resolved",
    },
    category = "network_error",
    description = "A DNS lookup or a connection failed for now; retry later.",
    examples = {
      "451 Cannot resolve <user@example.org> at this time",
      "421 4.4.0 [internal] no MXs for this domain could be reached at this time",
      "451 <user@example.org>... Domain does not resolve",
    },
  },
  -- Temporary DNS failures: outrank the domain wording they carry ("host not found, try again").
  -- DragonFly Mail Agent (net.c) names the host it could not find ("DNS lookup failure: host
  -- example.org not found"): a bounce carries it only where the lookup failed for good; a lookup
  -- that fails for now keeps the message queued until dma gives up in other words ("Could not
  -- deliver for the last N seconds"). Above the temporary wording of Haraka's "DNS lookup failure".
  {
    id = "text.domain_invalid.dma",
    priority = 47,
    match = "dns lookup failure: host ",
    pattern = "'dns lookup failure: host ' [^ ]+ ' not found'",
    category = "domain_invalid",
    description = "The recipient's domain does not exist.",
    examples = { "There was an error delivering your mail to <user@example.invalid>. DNS lookup failure: host example.invalid not found" },
  },
  -- A DNS error in the fewest words ("DNS query error", "DNS resolving error", a Korean server's
  -- reply as a 2005 post quotes it; maddy's remote target: "451 5.4.4 MX lookup error"; the other
  -- record types a sender looks up), which names no verdict on the name: below domain_invalid, so
  -- that "DNS lookup error: domain does not exist" stays one.
  {
    id = "text.network_error.dns_error",
    priority = 40,
    match = { "dns query error", "dns query failure", "dns lookup error", "dns resolving error", "dns resolution error",
      "dns resolution failed", "dns resolution failure", "dns resolver error",
      "mx lookup error", "mx lookup failure", "mx lookup timeout", "mx lookup timed out", "srv lookup error",
      "srv lookup failure", "tlsa lookup error", "tlsa lookup failure" },
    category = "network_error",
    description = "A DNS lookup failed for now; retry later.",
    examples = { "451 4.4.0 DNS resolving error", "451 4.3.0 DNS resolution failed" },
  },
  {
    id = "text.network_error.dns",
    priority = 46,
    match = {
      "host name lookup failure", "temporary failure in name resolution",
      -- the resolver's TRY_AGAIN, said of the name looked up (Postfix's "Host not found, try
      -- again", and "Domain not found, try again" in other servers' words): not found for now,
      -- unlike a domain that does not exist. Said of a user, it is no DNS failure.
      "host not found, try again", "host not found. try again", "host not found, try later",
      "domain not found, try again", "domain not found. try again", "domain not found, try later",
      "domain not found, please try again", "name not found, try again", "name not found, try later",
      "dns query failed", "dns lookup failed", "dns timeout", "name server timeout", "servfail",
      -- the resolver's failure in gai_strerror(EAI_FAIL)'s words in the C libraries that give it
      -- so ("name server failure"), as MTAs quote their resolver; it may pass (TAXONOMY rule 4)
      "name server failure", "nameserver failure", "dns server failure",
      -- Coremail's "423 Dns resolve error": a resolver error under a 4xx, where its permanent
      -- verdicts name the missing host ("524 Host not found by dns resolve")
      "dns resolve error",
      -- Exim's "Temporary failure of hostname lookup"
      "failure of hostname lookup", "failure of host name lookup",
      -- Sendmail's host map deferring a lookup ("host map: lookup (example.com): deferred")
      "host map: lookup",
      -- Courier's esmtpd when the name the client gave in HELO does not resolve for now ("417 DNS
      -- lookup on HELO mail.example.net failed.  Try again later.")
      "dns lookup on helo",
      "temporary dns", "dns temporary",
      -- Exim's recipient verify callout that could not reach the domain's servers ("Could not
      -- complete recipient verify callout ... may be temporarily unreachable")
      "could not complete recipient verify callout", "could not complete sender verify callout",
      -- Postfix dns_lookup.c: the name server answered, but not with anything usable
      "malformed or unexpected name server reply", "malformed name server reply",
      -- ... and smtpd_check.c's, when it checks a recipient's or sender's domain ("450 4.1.2
      -- <a@b>: Recipient address rejected: Malformed DNS server reply")
      "malformed dns server reply", "malformed dns reply",
      -- the resolver's NO_RECOVERY (Postfix "Non-recoverable error", Sendmail "Name server:
      -- example.org: non-recoverable error"): a broken name server, not a missing domain
      "non-recoverable error",
      -- qmail-remote temp_dns and temp_dnscanon: "Sorry, I couldn't find any host by that name.
      -- (#4.1.2)", "CNAME lookup failed temporarily. (#4.4.3)"
      "couldn't find any host by that name", "lookup failed temporarily",
      -- Exim: "host lookup did not complete", "all host address lookups failed temporarily";
      -- OpenSMTPD mta.c: "Temporary failure in MX lookup"
      "host lookup did not complete", "lookups failed temporarily", "temporary failure in mx lookup",
      -- Exim smtp.c with the domain named ("all host address lookups for 'example.org' failed
      -- temporarily", "some host address lookups failed and retry time not reached for other
      -- hosts"); a permanent failure of them all is routing_error's (above)
      "host address lookups",
      -- hMailServer's SMTPDeliverer ("Unable to find the recipient's email server. The DNS query
      -- has failed."); the resolver's WSANO_RECOVERY / WSATRY_AGAIN texts on Windows MTAs ("This
      -- is usually a temporary error during hostname resolution ...")
      "dns query has failed", "temporary error during hostname resolution",
      -- Haraka outbound (hmail.js): "Temporary MX lookup error for example.org", "DNS lookup
      -- failure: Error: queryMx ETIMEOUT example.org"; Node's resolver error codes
      "temporary mx lookup error", "dns lookup failure", "etimeout", "econnrefused",
      -- Sendmail domain.c: "Deferred: DNS failure: CNAME loop for example.org" (the resolver's
      -- chain is broken for now; not a mail loop)
      "dns failure: cname loop", "cname loop for",
      -- Apache James's RemoteDelivery: "Temporary problem looking up mail server for host: example.org"
      "problem looking up mail server",
      -- XMail Errors.cpp: the resolver's own failures ("Bad DNS response", "Truncated UDP DNS
      -- response", "Unable to get UDP DNS response", "DNS recursion not available")
      "bad dns response", "udp dns response", "dns recursion not available",
      -- getaddrinfo's EAI_AGAIN, by name in Node ("getaddrinfo EAI_AGAIN smtp.example.org") and by
      -- number in Python's socket.gaierror ("[Errno -3] Temporary failure in name resolution",
      -- "[Errno -3] Try again" where musl words it)
      "eai_again", "[errno -3]",
      -- Gmail's notice when its resolvers failed ("DNS Error: Could not contact DNS servers")
      "could not contact dns servers",
      -- Netscape/iPlanet Messaging Server's notice ("Your message was not delivered because the DNS
      -- records for the destination computer could not be found"): a lookup that failed, with no
      -- word that the domain does not exist
      "dns records for the destination computer",
    },
    category = "network_error",
    description = "A DNS lookup for the recipient's domain failed temporarily.",
    examples = {
      "417 DNS lookup on HELO mail.example.net failed.  Try again later.",
      "450 4.1.2 <bob@example.org>: Recipient address rejected: Malformed DNS server reply",
      "DNS Error: Could not contact DNS servers",
      "Your message was not delivered because the DNS records for the destination computer could not be found.",
      "Name service error for domain example.com: Host not found, try again",
      "Deferred: Name server: example.co.jp.: host name lookup failure",
      "451 4.4.3 Temporary DNS failure",
      "Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again",
      "Name service error for name=example.org type=MX: Malformed or unexpected name server reply",
      "Sorry, I couldn't find any host by that name. (#4.1.2)",
      "getaddrinfo EAI_AGAIN smtp.example.org", "[Errno -3] Temporary failure in name resolution",
      "host lookup for mx.example.org did not complete (DNS timeout?)",
      "Temporary failure in MX lookup",
      "DNS lookup failure: Error: queryMx ETIMEOUT example.org",
      "450 4.0.0 Deferred: DNS failure: CNAME loop for example.org",
      "Temporary problem looking up mail server for host: example.org.  I cannot determine where to send this message.",
      "Bad DNS response",
      "all host address lookups for 'example.org' failed temporarily",
      "Error Type: SMTP Error Description: Unable to find the recipient's email server. The DNS query has failed.",
    },
  },
  -- A permanent code whose words ask for a later try ("550 Failure sending mail. Try again
  -- later", RFC 5321's own advice for transient failures): the words say the refusal passes
  -- (TAXONOMY.md rule 3's "try again later"), whatever the code. Only the type: a cause a rule
  -- above names keeps its category, and one that names a bad mailbox outranks this.
  {
    id = "text.temporary.try_later",
    priority = 11,
    class = 5,
    match = {
      "try again later", "try later", "retry later", "please try again",
      -- a refusal whose own words say the condition passes, under a permanent code: Postfix's
      -- sys_exits.c and Sendmail's EX_TEMPFAIL ("temporary failure"), qmail-local ("Temporary
      -- error on maildir delivery"), Dovecot's lmtp ("Temporary internal error"), and the same
      -- words in any server's reply ("Recipient verification temporarily failed", "Delivery
      -- temporarily suspended")
      "temporary failure", "temporarily failed", "temporary error", "temporary problem",
      "temporarily rejected", "temporarily refused", "temporarily deferred", "temporarily suspended",
      -- and any other sentence that calls its condition passing ("temporarily unable to accept
      -- mail", "mailbox temporarily unavailable", "temporary local problem"): RFC 5321's own word
      -- for a transient failure (section 4.2.1, "the error condition is temporary"). Rules that
      -- name the cause rank above this one and decide its type where they make it hard.
      "temporarily", "temporary",
    },
    type = "soft",
    action = "retry",
    description = "The receiver refused the message for now and asks for a later try.",
    examples = {
      "550 Try again later", "550 Requested action not taken: mailbox unavailable. Please try again later.",
      "550 Recipient verification temporarily failed", "554 Temporarily rejected",
      "550 The server is temporarily unable to accept mail for this user",
    },
  },
  -- The network's I/O failing mid-session (maddy's smtpconn.go: "450 4.4.2 Network I/O error"):
  -- above a delivery program's "I/O error", which is a file's. A read from the remote host that
  -- failed, in the SMTP client's words: Sendmail's usersmtp.c ("reply: read error from
  -- mx.example.org."), Gmail's delay notice ("read error: generic::failed_precondition").
  {
    id = "text.network_error.io",
    priority = 33,
    match = {
      "network i/o error", "network io error", "network read error", "network write error", "read error from",
      "read error: generic::",
    },
    category = "network_error",
    description = "The network connection to the receiving server failed; delivery is retried.",
    examples = {
      "450 4.4.2 Network I/O error", "reply: read error from mx.example.org.",
      "read error: generic::failed_precondition: read error (0): error",
    },
  },
  -- A domain with no MX is served by its address record (RFC 5321 section 5.1, the implicit MX):
  -- a notice that says so and then that the connection to that host failed states the connection
  -- as the last cause (TAXONOMY.md rules 4 and 5; SmarterMail's "No MX records were found for the
  -- 'example.com' domain. Failed all attempts to connect to the recipients mail server."). Above
  -- domain_invalid's "no MX", which the fallback did not end; where "no MX" comes last, it is the
  -- cause ("Failed to connect to the recipients mail server. No MX records were found ...").
  {
    id = "text.network_error.implicit_mx",
    priority = 42,
    match = { { "no mx", "no mail exchanger" }, { "connect" } },
    pattern = [[ ('no mx' / 'no mail exchanger') (!('to connect' / 'connection refused' / 'connection timed out' /
      'connect timed out') .)* ('to connect' / 'connection refused' / 'connection timed out' / 'connect timed out') ]],
    category = "network_error",
    description = "The domain has no MX, and its own address took no connection; delivery is retried.",
    examples = {
      "Reason: Failed to connect to the recipients mail server. No MX records were found for the 'example.com' domain. Failed all attempts to connect to the recipients mail server.",
      "No MX for example.org, fell back to its A record: connection refused",
    },
  },
  -- CommuniGate Pro's SMTP module: "SMTP module(domain example.com) reports: connection with
  -- mx.example.com is broken"
  {
    id = "text.network_error.broken",
    priority = 16,
    match = { { "connection with", "connection to" }, { " is broken", " was broken", " got broken" } },
    category = "network_error",
    description = "The connection to the receiving server broke; delivery is retried.",
    examples = { "SMTP module(domain example.com) reports: connection with mx.example.com is broken" },
  },
  -- ... and a host that never answered ("SMTP module(domain example.com) reports: mx.example.com:
  -- no response", under CommuniGate Pro 3.5's delay warning, as the SpamAssassin public corpus
  -- holds one)
  {
    id = "text.network_error.no_response",
    priority = 16,
    match = { { "smtp module" }, { "no response" } },
    category = "network_error",
    description = "The receiving server did not answer; delivery is retried.",
    examples = { "SMTP module(domain example.com) reports: mx.example.com: no response" },
  },
  {
    id = "text.network_error",
    priority = 16,
    match = {
      "connection timed out", "connection refused", "timed out while", "operation timed out", "smtp timeout",
      "connection failed",
      -- the same in a client's words for its own connect() (nullmailer's smtp module: "Connect
      -- failed" in the report it writes when the relay host never answered; "connect() failed",
      -- "Connect to host failed")
      "connect failed", "connect() failed", "connect to host failed", "connect to server failed",
      -- a host that did not answer, in MailEnable's delay notice ("Mail server for <domain> could
      -- not be contacted at this time") and other servers' words
      "could not be contacted", "cannot be contacted", "couldn't be contacted",
      "command timeout",
      "read timeout", "connection reset", "connection died", "lost connection", "connection closed",
      -- the peer hung up without a reply ("remote side unexpectedly closed the connection with no
      -- status", "Connection closed unexpectedly")
      "unexpectedly closed the connection", "closed the connection unexpectedly",
      "connection lost", "broken pipe", "no route to host", "network is unreachable", "host is unreachable",
      "unreachable host", "host unreachable", "host not reachable", "socks connect to", "unable to connect",
      "could not connect", "couldn't connect", "cannot connect", "can't connect", "failed to connect",
      "unable to establish", "able to establish an smtp connection", "did not accept our requests to connect",
      "socket error", "winsock error", "unexpected closed", "no answer from host",
      -- EADDRNOTAVAIL in Postfix's "connect to host[addr]:25: %m": the sending host has no
      -- address of that family to connect from
      "cannot assign requested address",
      -- the same errno texts as musl's strerror words them, in MTAs built on it (Alpine Linux):
      -- Postfix's "connect to mx.example.org[2001:db8::1]:25: Address not available" (glibc's
      -- "Cannot assign requested address"), "Network unreachable"
      ": address not available", "network unreachable",
      -- errno texts as Postfix and Sendmail print them ("Connection refused by mx.example.org",
      -- "Host mx.example.org is down"); Sendmail "timeout waiting for input from mx.example.org";
      -- Exim "Remote host closed connection in response to ..."; OpenSMTPD "Connection timeout",
      -- "Network error on destination MXs", "No valid route to remote MX"
      "is down", "timed out", "connection timeout", "closed connection", "network error on destination",
      "no valid route to",
      -- Postfix smtp_connect.c when no MX host could be tried; Haraka's "Tried all MXs"; Postal's
      -- SMTP sender ("No SMTP servers were available for example.org. Tried mx.example.org.")
      "server unavailable or unable to receive mail", "tried all mxs", "no smtp servers were available",
      -- Node's socket error codes, as Haraka and other Node MTAs quote them ("connect
      -- EADDRNOTAVAIL 192.0.2.1:25 - Local (192.0.2.9:0)", errno.h's names)
      "etimedout", "econnreset", "ehostunreach", "enetunreach", "eaddrnotavail", "econnaborted",
      -- a client library's own word for the same ("network error: ...", "A network error occurred")
      "network error",
      -- the connection cut under the client or after it idled (Postal's "Connection to <host>
      -- closed unexpectedly", KumoMTA's "421 4.3.2 <host> idle too long")
      "closed unexpectedly", "unexpectedly closed", "idle too long", "connect error", "connection error",
      -- a DNS lookup that failed, in general words (hMailServer's "451 4.7.0 DNS error during
      -- policy check"); low, so that a domain said not to exist decides ("DNS Error: Domain name
      -- not found")
      "dns error", "dns failure", "dns lookup error",
      -- the remote host never answered: EZweb's "Remote host is not responding", Exchange
      -- Online's "The recipient's email system didn't respond in time"
      "not responding", "did not respond", "didn't respond", "no response from", "not answering",
      -- XMail Errors.cpp ("Error connecting to remote address", "Error establishing SSL connection")
      "error connecting to",
      -- Windows Sockets error texts (WSAETIMEDOUT, WSAECONNREFUSED, WSAECONNRESET, WSAEHOSTUNREACH,
      -- WSAENETUNREACH) as Windows MTAs quote them: hMailServer ("Connection to recipients server
      -- failed. Error: 10060 - A connection attempt failed because the connected party did not
      -- properly respond ..."), SmarterMail, MailEnable, Exchange ("... the target computer
      -- actively refused it")
      "did not properly respond after a period of time", "actively refused it", "forcibly closed by the remote host",
      "socket operation was attempted to an unreachable", "connection to recipients server failed",
      -- SmarterMail's bounces ("Failed all attempts to connect to the recipients mail server",
      -- "Failed four attempts to connect to recipients mail server"); Courier libesmtp.C ("Network
      -- connection shut down by the remote mail server"); OpenSMTPD mta.c when every route to the
      -- domain failed ("Address family mismatch on destination MXs", "All routes to destination
      -- blocked", "Destination seem to reject all mails"); Momentum ("[internal] No valid hosts
      -- (unable to make any connections)", "[internal] no banner")
      "attempts to connect to", "connection shut down by", "address family mismatch", "routes to destination blocked",
      "reject all mails", "unable to make any connections",
      -- Sendmail: the remote side vanished mid-session ("lost input channel from ...")
      "lost input channel",
      -- the receiving host out of reach, in any vendor's words ("mx.example.org could not be
      -- reached", "Unable to reach the remote server"): the host or server, never "the
      -- following recipient(s) could not be reached" of a notice's frame
      "server could not be reached", "host could not be reached", "server cannot be reached",
      "host cannot be reached", "server couldn't be reached", "host couldn't be reached", "unable to reach the",
      "cannot reach host", "could not reach host", "could not reach the",
    },
    category = "network_error",
    description = "The connection to the receiving server failed (refused, timed out, closed); retry later.",
    examples = {
      "5.0.0 Connect failed",
      "connect to mx.example.org[2001:db8::1]:25: Address not available",
      "connect EADDRNOTAVAIL 192.0.2.1:25 - Local (192.0.2.9:0)",
      "The mail server for example.org could not be contacted.",
      "connect to mx.example.org[2001:db8::25]:25: Cannot assign requested address",
      "427 Socks Connect to UNREACHABLE host",
      "400 the mta server of unexpected closed",
      "connect to mx.example.jp[192.0.2.79]:25: Connection timed out",
      "lost connection with mx.example.com[192.0.2.86] while performing the HELO handshake",
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
      "conversation with mx.example.com[192.0.2.25] timed out while receiving the initial server greeting",
      "Deferred: Connection refused by mx.example.ne.jp.",
      "Remote host closed connection in response to end of data",
      "Host mx.example.org is down",
      "The recipient's email system didn't respond in time, so we stopped trying to deliver the message.",
      "Delivery to the following recipient failed permanently: user@example.org Technical details of permanent failure: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.org 192.0.2.1: timed out]",
      "Network error on destination MXs",
      "Error connecting to remote address",
      "No SMTP servers were available for example.org. Tried mx1.example.org and mx2.example.org.",
      "unable to connect to remote server [192.0.2.222:25]: Operation timed out I'm not going to try again; this message has been in the queue too long.",
      "Error Type: SMTP Connection to recipients server failed. Error: 10060 - A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond",
      "No connection could be made because the target machine actively refused it 192.0.2.1:25",
      "Failed all attempts to connect to the recipients mail server.",
      "Network connection shut down by the remote mail server",
      "All routes to destination blocked",
      "Destination seem to reject all mails",
      "Unable to reach the recipient's mail server",
    },
  },
  -- RFC 5321's 421 text ("Service not available, closing transmission channel") under a 4xx: the
  -- receiver is not serving for now. Under a 5xx the same words are generic and the code and
  -- status decide (TAXONOMY.md rule 9).
  {
    id = "text.system_error.unavailable",
    priority = 15,
    class = 4,
    match = { "service unavailable", "service not available" },
    category = "system_error",
    description = "The receiving system failed temporarily; retry later.",
    examples = { "451 4.3.2 Service unavailable", "421 Service not available, closing transmission channel" },
  },
  -- ... but under an X.7.x status the words are generic and the status decides (TAXONOMY.md rule
  -- 9): "421 4.7.0 Service not available" is the receiver's policy deferring this sender.
  {
    id = "text.policy_block.unavailable",
    priority = 16,
    status = "4.7.0-999",
    match = { "service unavailable", "service not available" },
    category = "policy_block",
    description = "The receiver's policy deferred the message without saying why; retry later.",
    examples = { "421 4.7.0 Service not available", "450 4.7.1 Service unavailable" },
  },
  -- Postfix's own reply when a milter is unreachable or answers tempfail (milter8.c, under
  -- milter_default_action = tempfail: "451 4.7.1 Service unavailable - try again later"); iCloud
  -- documents the same reply as not accepting mail for now (support.apple.com/102322).
  {
    id = "text.system_error.milter_tempfail",
    priority = 17,
    match = "service unavailable - try again later",
    category = "system_error",
    description = "The receiver's content filter is unavailable or deferred the message; retry later.",
    examples = { "451 4.7.1 Service unavailable - try again later", "4.7.1 Service unavailable - try again later" },
  },
  -- The receiver slow to write the message to its own spool (KumoMTA's "451 4.4.5 spool write
  -- timed out"): its storage, not the network, though it says "timed out".
  {
    id = "text.system_error.spool_write",
    priority = 17,
    match = { "spool write", "writing to spool", "write to spool", "writing to the spool", "write to the spool" },
    category = "system_error",
    description = "The receiving system had a temporary local problem; retry later.",
    examples = { "451 4.4.5 spool write timed out" },
  },
  {
    id = "text.system_error",
    priority = 15,
    match = {
      -- X.400 non-delivery diagnostics (ITU-T X.411 NonDeliveryDiagnosticCode), as X.400 gateways
      -- and Exchange write them out ("Non-delivery-diagnostic: <name>"): the transfer system is busy
      "mts-congestion", "mts congestion",
      -- wording collected in seed 004
      "temporarily unavailable", "service is currently unavailable", "service currently unavailable",
      "resources temporarily not available", "temporarily unable to process",
      -- common MTA wording (not RFC 5321's own "Service not available" / "Service unavailable":
      -- generic words, where the code decides; TAXONOMY.md rule 9)
      "temporary system problem", "temporary local problem", "error in processing", "internal error",
      -- Postfix: its SMTP client could not read the message from its own queue (smtp_trouble.c,
      -- "local data error while talking to %s"); smtpd with every process of the service in use
      -- ("421 4.3.2 All server ports are busy"); its address verification service failing
      -- (smtpd_check.c, "450 4.1.1 <a@b>: Recipient address rejected: address verification problem")
      "local data error", "all server ports are busy", "address verification problem",
      -- the receiver's own message store failing (go-guerrilla's "554 5.5.0 Error: storage failed";
      -- Kopano dagent's "450 4.5.0 a@b network or permissions error to storage server"); Exchange's
      -- store refusing a message that crashed it before ("STOREDRV.Deliver; message is treated as
      -- poison")
      "storage failed", "error to storage server", "treated as poison",
      -- ... and the receiver failing on the message it took (spampd when SpamAssassin fails: "450
      -- Temporary failure processing message"; "451 Error processing message")
      "failure processing message", "error processing message", "error while processing message",
      "failure while processing message",
      "internal server error", "system error", "insufficient system",
      -- Citadel's SMTP server when it could not store an accepted message (serv_smtp.c, "550
      -- Internal delivery error")
      "internal delivery error",
      "queue file write error", "no space left on device", "disk full", "not enough disk space",
      -- the receiver's own queue out of room (comail's troubleshooting page: "451 4.4.2 Queue full or
      -- transient submission error")
      "queue full", "queue is full",
      "out of disk space", "disk space is full", "disk is full",
      -- Exim's receive.c when its spool or log partition runs low ("452 Space shortage, please try
      -- later")
      "space shortage",
      -- KumoMTA's spool that cannot take more ("delivery suspended: spool unhealthy: ...")
      "spool unhealthy",
      -- a failure its software did not foresee (Apache James's AbstractValidRcptHandler: "451
      -- 4.0.0 Unexpected error for a@b")
      "unexpected error", "unexpected exception", "unexpected failure",
      "insufficient disk space", "out of memory", "server busy", "busy signal",
      "server is busy", "system busy", "system is busy", "too busy", "unable to contact ldap", "directory server failure",
      -- the receiver's load named as the cause ("421 Too much load; please try again later",
      -- "452 4.3.1 System load too high")
      "too much load", "load too high", "load is too high", "high system load",
      "server configuration", "system configuration",
      -- Amazon SES's SMTP interface ("451 Temporary service failure", "454 Temporary service
      -- failure": the request was not received; docs.aws.amazon.com/ses, "SMTP response codes
      -- returned by Amazon SES"); Momentum's own temporary refusals ("4.3.5 configuration error,
      -- please try later"; Momentum 3 reference, responses by message)
      "temporary service failure", "configuration error",
      -- the same in the words of a server that names itself (Exchange Online's "451 4.7.0 Temporary
      -- server error. Please try again later"; Kerio Connect's support pages on "451 4.4.4 Temporary
      -- Server Error"): the receiver's own fault for now, whatever status comes with it
      "temporary server error", "temporary server failure", "temporary server problem",
      -- Sendmail's delivery agent failures; RFC 3463's X.3.0 reads "mail system" / "mailer" error
      "mailer error",
      -- Postfix local(8), qmgr and deliver_pass.c: its own table, user or transport lookups failed
      "table lookup failure", "temporary lookup failure", "user lookup error", "address resolver failure",
      -- qmail-ldap ("Temporary failure in LDAP lookup"), qmail-local ("Home directory is sticky: user
      -- is editing his .qmail file"), hMailServer ("Your message was received but it could not be
      -- saved")
      "failure in ldap lookup", "ldap lookup failed", "home directory is sticky", "could not be saved",
      -- qmail-ldap's qmail-lspawn, whose delivery failures carry an LDAP-ERR number ("Illegal value
      -- in LDAP attribute. (LDAP-ERR #210)", "Too many results returned but needs to be unique",
      -- "Automatic homedir creator crashed", "Temporary error while executing qmail-forward"); its
      -- disabled address is recipient_inactive's, above
      "(ldap-err #", "ldap attribute", "search on ldap server", "needs to be unique", "homedir creat",
      "executing qmail-forward",
      -- the receiver's disk, as qmail-ldap words it ("mailbox unavailable (not enough free space)")
      "not enough free space",
      "mail transport unavailable",
      -- general words for a receiver's own failure: a component, table or data it could not load
      "could not load", "couldn't load", "unable to load", "failed to load", "cannot load",
      "mail transport error",
      -- RFC 5321's 450 "mailbox unavailable (e.g., mailbox busy ...)": the mailbox is held by
      -- another delivery or session for now (Dovecot's and Cyrus's lock waits)
      "mailbox busy", "mailbox is busy", "mailbox in use", "mailbox is in use", "mailbox is currently in use",
      -- ... or the box alone (163.net's "450 Fail, Box is busy", as a Tencent forum post lists it)
      "box is busy",
      -- Exchange 2007/2010's store driver when the mailbox database is not mounted ("432 4.2.0
      -- STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionNoMdb; ... Recipient
      -- deferred because there is no Mdb"); qmail-smtpd's recipient checks (sagredo-dev/qmail:
      -- "421 unable to verify recipient (#4.3.0)", "421 unable to execute recipient check")
      "there is no mdb", "mapiexceptionnomdb", "unable to verify recipient", "execute recipient check",
      -- ... and a recipient check that failed for now in other words (mailfront's cvm-validate
      -- without its lookup socket: "451 4.1.0 Sorry, I could not verify that recipient (internal
      -- temporary error)")
      "internal temporary error", "temporary internal error",
      -- a filter that could not judge the message for now (NethServer's Rspamd behind Postfix: "451
      -- 4.7.1 Cannot validate the message now. Try again later")
      "cannot validate the message", "could not validate the message", "unable to validate the message",
      -- a host that sends the client to the domain's other MX hosts for now (RU-CENTER's mail
      -- diagnostics page: "451 Please try another server")
      "try another server", "try another mx", "try a different server",
      -- Sendmail: its user database or queue run failed for now ("Deferred: user database error",
      -- "Aborting queue run: load average too high", "Transient parse error -- message queued for
      -- future delivery")
      "user database error", "load average too high", "transient parse error",
      -- Postfix's reject_unverified_recipient while verify(8)'s probe is still out ("450 4.1.1
      -- <a@b>: Recipient address rejected: unverified address: Address verification in
      -- progress"): no verdict on the address yet
      "address verification in progress",
      -- Momentum's resource limit ("421 4.3.4 allocated resources exceeded")
      "allocated resources exceeded",
      -- the receiver short of memory or other resources, in its own words or as the C library's
      -- strerror names ENOMEM and ENOBUFS ("Cannot allocate memory", "No buffer space available")
      "resources unavailable", "insufficient resources", "out of resources", "cannot allocate memory",
      "no buffer space available", "memory exhausted",
      -- the receiver's own lookup of the recipient failed (Postfix local(8)'s "user lookup error",
      -- Dovecot's lmtp "Failed to lookup user" / "Temporary user lookup failure", Stalwart's
      -- "Address lookup failed."), in the words other servers use: a lookup that failed says
      -- nothing about the address, whatever status comes with it
      -- EAGAIN's text as Postfix's mailbox delivery prints it ("cannot open mailbox ...: Resource
      -- temporarily unavailable": someone else holds the lock, 4.2.0 in mbox_open.c), and the same
      -- as servers misspell it
      "resource temporarily unavailable", "resource temporary unavailable", "resources temporary unavailable",
      -- the mailbox write that failed, with no cause named (Postfix's "error writing message: %m"
      -- without its errno; CleverReach's bounce meanings: "message could not be stored")
      "error writing message", "could not be stored", "could not store the message", "could not store message",
      "unable to store message", "unable to store the message", "failed to store message",
      "user lookup failed", "user lookup failure", "recipient lookup failed", "recipient lookup failure",
      "failure in recipient lookup", "failure in user lookup", "error in recipient lookup",
      -- a backend the receiving front end relies on (go-guerrilla's enhanced responses: "554 5.5.0
      -- Transaction failed - backend not running")
      "backend not running", "backend is not running", "backend unavailable", "backend is unavailable",
      "backend failure", "backend error",
      "directory lookup failed", "directory lookup failure", "account lookup failed", "mailbox lookup failed",
      "unable to lookup user", "unable to look up user", "failed to lookup user", "failed to look up user",
      "error looking up user", "error looking up recipient",
    },
    category = "system_error",
    description = "The receiving system failed temporarily; retry later.",
    examples = {
      "550 5.7.0 STOREDRV.Deliver; message is treated as poison. Crash count = '3'",
      "554 5.5.0 Error: storage failed",
      "450 4.1.1 <bob@example.com>: Recipient address rejected: address verification problem",
      "421 4.3.2 All server ports are busy",
      "local data error while talking to mx.example.com[192.0.2.5]",
      "550 Requested action not taken: mailbox unavailable (not enough free space)",
      "450 Temporary failure processing message, please try again later",
      "451 4.1.0 Sorry, I could not verify that recipient (internal temporary error).",
      "451 4.7.1 Cannot validate the message now. Try again later",
      "451 Please try another server",
      "451 4.4.4 Temporary Server Error",
      "Illegal value in LDAP attribute. (LDAP-ERR #210)",
      "452 4.3.1 Out of disk space",
      "450 Service temporarily unavailable",
      "452 4.3.1 Insufficient resources, try again later",
      "451 example.net Resources temporarily unavailable",
      "451 4.7.1 Sorry, the service is currently unavailable",
      "451 Resources temporarily not available",
      "451 Temporarily unable to process your email",
      "451 Internal resource temporarily unavailable",
      "421 4.3.0 Temporary System Problem. Try again later.",
      "451 4.3.0 Error: queue file write error",
      "452 4.3.1 Insufficient system storage",
      "550 5.3.5 <user@example.org>... Internal System Error",
      "554 5.3.0 unknown mailer error 1",
      "451 4.3.5 Server configuration problem",
      "4.3.0 table lookup failure",
      "451 4.3.0 Could not load routing table for example.org",
      "432 4.2.0 STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionNoMdb; Failed to process message due to a permanent exception with message Cannot open mailbox. Recipient deferred because there is no Mdb",
      "450 4.2.1 Mailbox busy, try again later",
      "Deferred: user database error",
      "421 4.3.4 allocated resources exceeded",
      "421 4.3.0 Memory exhausted",
      "550 5.1.1 Directory lookup failed",
    },
  },
  -- The receiving host's local delivery program (a pipe, procmail) failed: its own errors, even a
  -- "no such user" about a lookup it made, say nothing about the address we sent to. Postfix's
  -- pipe(8) and local(8) quote what the command printed ("temporary failure. Command output: ...");
  -- Exim names the file or pipe an alias led to ("save to /var/mail/x", "pipe to |cmd"), whose
  -- path may hold any word ("/nonexistent/dir").
  {
    id = "text.system_error.local_delivery",
    priority = 32,
    match = { "pipe to |", "save to /", "procmail:", "command died with status", "command output:" },
    category = "system_error",
    description = "The recipient host's local delivery program failed; retry later.",
    examples = {
      "pipe to |/usr/local/bin/filter user@example.com",
      "procmail: Couldn't create \"/var/spool/mail/user\"",
      "Command died with status 1: \"/usr/bin/procmail\"",
      "temporary failure. Command output: Waiting for fcntl lock... 1",
      "save to /nonexistent/dir/mailbox generated by user@example.org retry timeout exceeded",
    },
  },
  -- Amavis passing on what the MTA it hands mail back to answered (amavisd's %smtp_reason_by_ccat
  -- and its reply "550 5.1.1 id=1234-01 - Rejected by next-hop MTA on relaying, from
  -- MTA(smtp:[127.0.0.1]:10025): 550 5.1.1 <a@b>: Recipient address rejected: User unknown"):
  -- the quoted reply's words decide, and where they say nothing the receiver's filter could not
  -- hand the message on.
  {
    id = "text.system_error.next_hop",
    priority = 9,
    match = { "rejected by next-hop mta on relaying", "temporary mta failure on relaying" },
    category = "system_error",
    description = "The receiver's content filter could not pass the message on to its own mail server; retry later.",
    examples = { "550 5.3.5 Reject, id=12345-01 - Rejected by next-hop MTA on relaying" },
  },
  -- The receiver failing to sign what it took (chasquid's "451 4.3.0 DKIM signing failed"): its own
  -- trouble, above the DKIM verdicts on the sender's domain (text.auth_failure.keyword).
  {
    id = "text.system_error.signing",
    priority = 62,
    match = { "dkim signing failed", "dkim signing error", "failed to dkim sign", "failed to sign the message",
              "failed to sign message" },
    category = "system_error",
    description = "The receiver failed to sign the message it took; retry later.",
    examples = { "451 4.3.0 DKIM signing failed" },
  },
  -- A delivery program's own time limit, in the words of a quota (maildrop main.C: "maildrop:
  -- Timeout quota exceeded."): the receiver's processing, not a full mailbox.
  {
    id = "text.system_error.timeout_quota",
    priority = 44,
    match = "timeout quota exceeded",
    category = "system_error",
    description = "The recipient host's local delivery program ran past its time limit; retry later.",
    examples = { "maildrop: Timeout quota exceeded." },
  },
  -- SMTP protocol violations around STARTTLS are protocol errors, though they name TLS.
  {
    id = "text.protocol_error.violation",
    priority = 63,
    -- Exim smtp_in.c: "STARTTLS command used when not advertised" (AUTH, ETRN alike)
    match = { "protocol violation", "protocol deviation", "starttls may not be repeated", "pipeline after starttls",
      "command used when not advertised" },
    category = "protocol_error",
    description = "The receiver refused an SMTP command that breaks the protocol; fix the sending software.",
    examples = {
      "550 esmtp: protocol deviation",
      "451 4.5.0 SMTP protocol violation, go to RFC 5321.",
      "454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, go to RFC 3207.",
      "454 5.5.1 STARTTLS may not be repeated.",
      "503 STARTTLS command used when not advertised",
    },
  },
  -- Sendmail reports the exit status of its delivery agent (sysexits.h) as a fixed reply; these
  -- say the receiving host failed to deliver locally (permissions, files, configuration), which is
  -- nothing the address did.
  {
    id = "text.system_error.delivery_agent",
    priority = 32,
    match = {
      "insufficient permission", "can't create output", "cannot open input", "system file missing",
      "operating system error", "local configuration error",
      -- Dovecot's LMTP and LDA when the user's settings cannot be applied (lib-storage
      -- mail-storage-service.c, ERRSTR_INVALID_USER_SETTINGS: "Invalid user settings. Refer to
      -- server log for more information.") and its MAIL_ERRSTR_CRITICAL_MSG ("Internal error
      -- occurred. Refer to server log ..."): the server's trouble, not a missing address
      "user settings", "refer to server log", "refer to the server log", "see server log", "see the server log",
      -- errno ENOENT in a delivery agent's report (a mailbox file, a home directory, a program)
      "no such file or directory",
      -- errno EIO as strerror and qmail-local put it ("input/output error. (#4.3.0)"), Sendmail's
      -- "451 4.0.0 I/O error"; vpopmail's vdelivermail ("can not open new email file errno=%d
      -- file=%s"), which may follow its "user does not exist, but will deliver to %s" (a catch-all
      -- takes the mail: the failure is the file, not the address)
      "input/output error", "i/o error", "can not open new email file",
      -- a delivery program the receiver could not run, or that failed (msmtpd's "554 Cannot start
      -- pipe command", "554 Pipe command reported error 65"): the receiving host's program, not the
      -- address
      "cannot start pipe", "could not start pipe", "failed to start pipe", "pipe command reported error",
      "pipe command failed",
      -- Exim appendfile.c: the mailbox is locked by another process ("failed to lock mailbox
      -- /var/mail/user (lock file)")
      "failed to lock mailbox",
      -- EX_UNAVAILABLE as Sendmail writes it after the address or program ("<a@b>... Service
      -- unavailable", "\"|exec /usr/bin/procmail\"... Service unavailable")
      "... service unavailable",
      -- Exim's queryprogram router (routers/queryprogram.c, "error in redirect data: %s"): the
      -- redirect data it got for the recipient is broken
      "error in redirect data",
      -- OpenSMTPD's smtpd.c: the user its delivery action runs as is missing on the host
      -- ("delivery user '%s' does not exist"), a configuration error reported with EX_NOUSER;
      -- Exim's appendfile.c, a mailbox file it may not create ("mailbox %s does not exist, but
      -- file_must_exist is set", a temporary error as the Exim spec says of file_must_exist; "...
      -- but creation outside the home directory is not permitted")
      "delivery user '", "but file_must_exist is set", "but creation outside the home directory",
      -- ... and the rest of appendfile.c's failures of the mailbox file or maildir itself
      -- ("mailbox %s has wrong uid (%ld != %ld)", "... has wrong gid", "... has the wrong mode %o",
      -- "while opening mailbox %s", "while creating file %s", "while setting perms on maildir %s",
      -- "mailbox file format unrecognized", "tried to create file in %s, but file creation outside
      -- the home directory is not permitted", "transport filter process failed (%d)", "mailbox %s:
      -- existence unclear"), where strerror's "Permission denied" is the file's, not a policy's
      "has wrong uid", "has wrong gid", "has the wrong mode", "has wrong mode", "while opening mailbox",
      "while creating mailbox", "while creating file", "while setting perms on", "while closing /",
      "while fstatting opened mailbox", "inode number changed", "mailbox file format unrecognized",
      "open mailbox has changed format", "file creation outside the home directory", "transport filter process failed",
      "existence unclear", "mbx lock file", "failed to write data block",
      -- Exim deliver.c: a recipient's redirection (.forward, alias) to a file, a pipe or an
      -- autoreply that its router does not allow ("delivery to file forbidden", "delivery to pipe
      -- forbidden", "autoreply forbidden"): the receiving host's configuration, not the address
      "delivery to file forbidden", "delivery to pipe forbidden", "autoreply forbidden",
      -- Postfix local(8): its alias database, the recipient's home, mailbox file or .forward it
      -- could not use (alias.c "alias database unavailable", "cannot find alias database owner";
      -- recipient.c "cannot access home directory %s: %m"; mailbox.c "destination %s is not a
      -- regular file", "destination %s is not owned by recipient"; token.c "error reading
      -- forwarding file: %m", "mail to command is restricted"; file.c "mail to file is restricted";
      -- indirect.c "unable to forward message"), and global/deliver_flock.c and mbox_open.c ("unable
      -- to lock for exclusive access: %m", "target file status changed unexpectedly")
      "alias database unavailable", "cannot find alias database owner", "cannot access home directory",
      "is not a regular file", "is not owned by recipient", "error reading forwarding file",
      "mail to command is restricted", "mail to file is restricted", "unable to forward message",
      -- and the mailbox file or maildir it could not write ("cannot update mailbox %s for user %s.
      -- %m", "maildir delivery failed: create maildir file %s: %m"), a full one excepted
      -- (text.mailbox_full)
      "cannot update mailbox", "create maildir file", "cannot access mailbox",
      "unable to lock for exclusive access", "status changed unexpectedly",
      -- Sendmail's mail.local (mail.local.c): the user database or the mailbox file failed ("%s:
      -- User database failure", under 550 5.3.0 as well as 451 4.3.0; "%s: irregular file", "%s:
      -- too many links", "%s: wrong ownership (%d)", "%s: fstat: file changed after open")
      "user database failure", "irregular file", "too many links", "wrong ownership", "file changed after open",
      -- qmail-local (qmail-local.c): the recipient's home, maildir or .qmail file it could not use
      -- ("Unable to switch to %s: %s. (#4.3.0)", "Unable to stat home directory: ...", "Unable to
      -- chdir to maildir. (#4.2.1)", "Uh-oh: home directory is writable. (#4.7.0)", "Temporary error
      -- on maildir delivery. (#4.3.0)", "Timeout on maildir delivery.", "File has been locked for 30
      -- seconds straight.", "Aack, child crashed."): a path that names the user is no verdict on it
      "unable to switch to", "unable to stat home directory", "unable to chdir to maildir", "uh-oh:",
      "error on maildir delivery", "timeout on maildir delivery", "seconds straight", "child crashed",
      -- and its mbox file, .qmail file and program steps ("Unable to open %s: %s. (#4.2.1)" with
      -- the mailbox's path, "Unable to write %s: ...", "Unable to open .qmail-default: access
      -- denied.", "Unable to run /bin/sh: ...", "Unable to rewind message.", "Home directory is
      -- sticky: ...", text.system_error's), where strerror's words ("file does not exist",
      -- "access denied") are the file's, not the address's or a policy's
      "unable to open /", "unable to open ./", "unable to write /", "unable to write ./", "unable to open .qmail",
      "unable to run /bin/sh", "unable to rewind message",
      -- vpopmail's vdelivermail (vdelivermail.c): "vdelivermail: deferred, database down", "...
      -- invalid syntax in .qmail-default file", "Auto creation of maildir failed. (#5.9.8)", "Failed
      -- to vauth_getpw(). (#5.9.8.1)", "vdelivermail: email too long"
      "deferred, database down", "invalid syntax in .qmail", "creation of maildir failed", "vauth_getpw",
      "vdelivermail: email too long",
      -- Dovecot's lib-storage mail-error.h MAIL_ERRSTR_LOCK_TIMEOUT ("Timeout while waiting for
      -- lock", sent by its LMTP as 451 4.2.0): another process holds the mailbox, not the network
      "timeout while waiting for lock",
    },
    category = "system_error",
    description = "The receiving host's delivery program failed (permissions, files or configuration); retry later.",
    examples = {
      "delivery to pipe forbidden",
      "451 4.3.0 <user@example.org> Invalid user settings. Refer to server log for more information.",
      "550 5.0.0 <user@example.org>... Insufficient permission",
      "550 5.0.0 <user@example.org>... Can't create output",
      "554 5.3.5 Local configuration error",
      "451 4.3.0 mailbox /var/mail/user: No such file or directory",
      "451 4.0.0 I/O error",
      "user does not exist, but will deliver to /home/vpopmail/domains/example.org/catchall/ " ..
        "can not open new email file errno=2 file=/home/vpopmail/domains/example.org/catchall/Maildir/tmp/1.2.host,S=3155",
      "delivery user 'vmail' does not exist",
      "mailbox /var/mail/user does not exist, but creation outside the home directory is not permitted",
      "4.3.0 cannot access home directory /home/jdoe: Permission denied",
      "5.2.0 destination /var/mail/jdoe is not a regular file",
      "550 5.3.0 jdoe: User database failure",
      "Unable to switch to /home/users/jdoe: file does not exist. (#4.3.0)",
      "Uh-oh: home directory is writable. (#4.7.0)",
      "Unable to open /var/mail/jdoe: access denied. (#4.2.1)",
      "Unable to open ./Mailbox: file does not exist. (#4.2.1)",
      "vdelivermail: deferred, database down",
      "451 4.2.0 <user@example.org> Timeout while waiting for lock",
    },
  },
  {
    id = "text.protocol_error",
    priority = 13,
    match = {
      "bad sequence of commands", "bad command sequence", "improper sequence", "out of sequence",
      "syntax error in parameters",
      "syntax error, command", "pipelining", "need rcpt", "rcpt first", "need mail command",
      -- Sendmail's EX_PROTOCOL: the remote server answered out of turn or not at all; the
      -- same said by any receiver ("550 5.5.1 Protocol error")
      "remote protocol error", "protocol error",
      -- a command with bytes it may not hold (qmail-smtpd and others: "bad chars in command")
      "bad chars in command", "bad characters in command", "invalid characters in command",
      -- a parameter for an extension the server does not offer (hMailServer's "550 Unsupported
      -- ESMTP extension: SMTPUTF8")
      "unsupported esmtp extension",
      -- hMailServer's SMTPConnection.cpp, a MAIL or RCPT argument it cannot parse ("550 Invalid
      -- syntax. Syntax should be MAIL FROM:<mailbox@domain>[crlf]")
      "syntax should be",
      "illegal characters in command", "invalid character in command", "illegal character in command",
      -- Gmail closes a session that sends commands without authenticating
      "too many unauthenticated commands",
      -- Postfix ends a session after too many errors; Haraka refuses a client that talks before its greeting
      "too many errors", "talk too soon",
      -- ... in its early_talker plugin's other words ("Connecting host started transmitting before
      -- SMTP greeting")
      "before smtp greeting", "before the smtp greeting", "transmitting before",
    },
    category = "protocol_error",
    description = "The receiver rejected an SMTP command as malformed or out of sequence.",
    examples = {
      "501 5.5.2 Invalid characters in command",
      "550 Invalid syntax. Syntax should be MAIL FROM:<mailbox@domain>[crlf]",
      "503 Improper sequence of commands",
      "503 5.5.1 Error: need RCPT command",
      "554 <user@example.org>... Remote protocol error",
      "554 5.7.0 Too many unauthenticated commands.",
      "421 4.7.0 mail.example.com Error: too many errors",
      "550 You talk too soon",
    },
  },
  -- The receiving host's delivery program failed, in the words of the tables that turn its exit
  -- status or errno into text: Postfix's sys_exits.c ("internal software error", "can't create
  -- user output file", "critical OS file missing") and pipe_command.c ("Command failed: ...",
  -- "Command died with signal", "Command time limit exceeded"), OpenSMTPD's mda.c (the same
  -- sysexits.h texts), qmail's error_str.c, which qmail-local and qmail-remote append to their
  -- deferrals ("Unable to write message: interrupted system call"), and maildrop named by path
  -- (procmail has its own rule). None says anything about the address; the statuses they come
  -- with (5.2.0, 5.3.0, 5.6.0) would otherwise read as a mailbox or message verdict.
  -- Sendmail's list of failed addresses gives a program's exit status as the reason where
  -- sysexits.h has no name for it (savemail.c: "    (reason: 127)" under ""|/usr/bin/filter"").
  {
    id = "text.system_error.exit_code",
    priority = 32,
    match = "(reason: ",
    pattern = "'(reason: ' [0-9]+ ')'",
    category = "system_error",
    description = "The recipient host's delivery program failed; retry later.",
    examples = { "\"|/usr/local/bin/filter\" (reason: 127) (expanded from: <user@example.org>)" },
  },
  {
    id = "text.system_error.exit_status",
    priority = 32,
    match = phrases.join({
      "internal software error", "system resource problem", "critical os file missing",
      "can't create user output file", "cannot create user output file", "input/output error",
      "command line usage error", "data format error", "command time limit exceeded", "command died with signal",
      "command failed:", "interrupted system call", "unable to write message", "unable to read message",
      -- smtprelay's pipe to a command ("554 External command failed")
      "external command failed",
      "/maildrop", "maildrop:",
      -- Sendmail deliver.c names the exit status itself ("Deferred: local mailer (/usr/libexec/
      -- mail.local) exited with EX_TEMPFAIL"); mail.local.c's own failures ("Unable to open
      -- temporary file", "Temporary file write error", "lockmailbox /var/mail/user failed")
      "exited with ex_", "ex_tempfail", "ex_oserr", "ex_ioerr", "ex_cantcreat", "ex_software", "ex_config",
      "temporary file", "lockmailbox",
    },
      -- Exim's pipe transport ("Child process of address_pipe transport returned 77 (could mean
      -- permission denied) from command: ..."), the status put in words by os_strexit() in its
      -- OS/os.c-*; EX_NOUSER's "could mean user nonexistent" is the address's (text.recipient_unknown.keywords)
      phrases.combine("could mean ", { "usage or syntax error", "error in input data", "input data missing",
        "internal software error", "internal operating system error", "system file missing",
        "input/output error", "protocol error", "permission denied", "unable to exec", "service or program unavailable",
        "can't create output file", "temporary error", "configuration error" })),
    category = "system_error",
    description = "The recipient host's delivery program failed; retry later.",
    examples = {
      "550 5.3.0 <user@example.org>: internal software error",
      "550 5.2.0 <user@example.org>: can't create user output file",
      "550 5.6.0 <user@example.org>: data format error",
      "Command died with signal 9: \"/usr/bin/filter\"",
      "Command failed: exit status 75: \"/usr/bin/filter\"",
      "Unable to write message: interrupted system call. (#4.3.0)",
      "Deferred: local mailer (/usr/libexec/mail.local) exited with EX_TEMPFAIL",
      "451 4.3.0 Unable to open temporary file",
      "451 4.3.0 lockmailbox /var/mail/user failed; error code 75",
      "Child process of address_pipe transport returned 77 (could mean permission denied) from command: /usr/bin/filter",
    },
  },
  -- The same transport's failure with an exit status os_strexit() has no words for ("Child
  -- process of pipe transport returned 1 from command: ..."): below every cause its output names.
  {
    id = "text.system_error.pipe_transport",
    priority = 20,
    match = "transport returned",
    category = "system_error",
    description = "The recipient host's delivery program failed; retry later.",
    examples = { "Child process of address_pipe transport returned 1 from command: /usr/local/bin/filter" },
  },
  -- The receiving system's own trouble in more MTAs' words: Courier ("431 Mail system full.",
  -- "432 Mail filters temporarily unavailable."), gromox's SMTP reply table ("451 Temporary
  -- internal failure - queue message failed", "452 Temporary internal failure - out of memory"),
  -- Dovecot's quota plugin ("Internal quota calculation error"), Sendmail's wait for a slow
  -- client ("timeout waiting for input from <host> during <phase>"); a receiver that says it is
-- misconfigured.
  {
    id = "text.system_error.internal",
    priority = 15,
    match = {
      "mail system full", "mail filters temporarily unavailable", "temporary internal failure",
      "internal quota calculation", "ongoing background quota calculation", "sufficient disk space",
      "is misconfigured",
      -- Cyrus's lmtpd (imap_err.et) and Stalwart
      "mailbox has an invalid format", "mailbox is currently reserved", "unavailable to complete operation",
      "unable to accept message at this time",
      -- LMTP delivery agents that failed for now: Apache James ("Temporary error deliver message
      -- to <a@b>"), Zimbra's LmtpReply ("Temporary message delivery failure try again"),
      -- Dovecot's lmtp ("Temporary user lookup failure", "Temporary internal proxy error",
      -- "Redirect lookup unexpectedly failed"), Stalwart and Dovecot going down ("Server shutting
      -- down", "Shutting down due to fatal error")
      "temporary error deliver", "temporary message delivery failure", "temporary user lookup failure",
      "temporary internal proxy error", "lookup unexpectedly failed", "server shutting down",
      "shutting down due to fatal error",
      -- Stalwart's local delivery (email/message/delivery.rs): "Transient server failure.",
      -- "Address lookup failed."
      "transient server failure", "address lookup failed",
      -- the mailbox lives on another back end for now: Cyrus's murder (imap_err.et "Mailbox has
      -- been moved to another server", sent as 451 4.2.1) and Zimbra's LMTP ("450 4.2.0 Mailbox is
      -- not on this server")
      "moved to another server", "mailbox is not on this server",
      -- Proxmox Mail Gateway's filter (PMG/SMTP.pm) could not hand the mail on: "451 4.4.0
      -- detected undelivered mail to <a@b>", "451 4.5.0 Local delivery failed: <error>"
      "detected undelivered mail", "local delivery failed",
      -- FTGate's service error messages (docs.ftgate.com, ERR_SMTP_MAILBOX_ACCESS: "451 4.2.2 %s
      -- mailbox access error (#3.15)"), and the same failure in other servers' words: the store
      -- could not be opened, which says nothing of how full it is
      "mailbox access error", "error accessing mailbox", "unable to access mailbox", "could not access mailbox",
      "failed to access mailbox",
      -- Exim's own configuration and process failures as its routers and transports report them
      -- (deliver.c, routers/*.c, transports/*.c: "Expansion of \"%s\" (file or directory name
      -- for %s transport) failed: %s", "failed to expand \"%s\"", "Failed to create child process
      -- for %s transport", "pipe process failed to exec", "%s router: command returned non-zero
      -- code %d", "error in %s router: no host(s) specified", "lookup defer for mx_domains",
      -- "Filter process failure", "error while writing to %s"): the receiving host's trouble
      "failed to expand", "expansion of command", "router failed to expand", "create child process",
      "failed to create process", "couldn't create child process", "failed to create socket",
      "pipe process failed to exec", "filter process failure", "no command specified for", "command not found for",
      "too many arguments to command", "command returned non-zero code", "command killed by signal",
      "command failed to return data", "error in router", "lookup defer", "error while writing to",
      "failed to send message from", "option missing from", "called with no hosts set",
    },
    category = "system_error",
    description = "The receiving system failed temporarily; retry later.",
    examples = {
      "431 Mail system full.",
      "432 Mail filters temporarily unavailable.",
      "451 Temporary internal failure - database in accessible",
      "451 4.3.0 Internal quota calculation error",
      "451 4.0.0 Temporary error deliver message to user@example.org",
      "451 4.0.0 Temporary message delivery failure try again",
      "451 4.3.0 Temporary user lookup failure",
      "421 4.3.0 mx.example.org Server shutting down.",
      "451 4.2.1 Mailbox has been moved to another server",
      "450 4.2.0 Mailbox is not on this server",
      "451 4.4.0 detected undelivered mail to <user@example.org>",
      "451 4.5.0 Local delivery failed: unfinished data",
      "451 4.2.2 user@example.org mailbox access error (#3.15)",
      "Failed to create child process for address_pipe transport: Resource temporarily unavailable",
    },
  },
  -- The receiver's content filter failed, not judged: its scanners or its hand-back to the MTA
  -- broke, and the words that name the scan ("virus_scan FAILED") are no verdict on the message.
  -- Outranks the malware and relaying wordings such a reply carries (hence its place in the
  -- sender-identity band). amavisd-new (amavisd:
  -- "451 4.5.0 Error in processing, id=%s, %s" with "virus_scan FAILED: ALL VIRUS SCANNERS
  -- FAILED", "Giving up due to previous temporary failures", "Temporary failure submitting
  -- message", "Failed to submit a message", and its %smtp_reason_by_ccat for CC_MTA, 550 5.3.5:
  -- "Unable to relay message back to MTA"; the next hop's refusals it quotes are
  -- text.system_error.next_hop); Rspamd's contextal plugin (defer_message "Awaiting deep scan - try
  -- again later"); and the plain words other filters use for a scanner that is down.
  {
    id = "text.system_error.content_filter",
    priority = 60,
    match = phrases.join({
      "error in processing, id=", "giving up due to previous temporary failures",
      "temporary failure submitting message", "failed to submit a message",
      "unable to relay message back to mta", "awaiting deep scan",
      "virus_scan failed", "virus scanners failed", "virus scanner failed", "virus scanner failure",
      "virus scanner unavailable", "virus scanner is unavailable", "virus scanner not available",
      "antivirus scanner failed", "antivirus scanner unavailable", "scanner temporarily unavailable",
      "content filter failed", "content filter unavailable", "content filter is unavailable",
      "content filter temporarily unavailable",
      -- qpsmtpd's clamdscan plugin when clamd does not answer ("451 Unable to scan for viruses")
      "unable to scan for virus", "could not scan for virus", "cannot scan for virus", "failed to scan for virus",
    },
      -- a filter or scanner that timed out or broke, named any way (VPOP3's wiki: "450 4.3.2 Content
      -- Filter Timeout"; "spam filter error", "scanner timed out")
      phrases.combine({ "content filter", "spam filter", "virus filter", "mail filter", "scanner", "antivirus",
                        "anti-virus", "anti-spam", "antispam" },
        { " timeout", " timed out", " time out", " time-out", " error", " failed", " failure", " malfunction", " not responding",
          " is not responding", " did not respond", " not ready", " is not ready" }),
      -- Rspamd's force_actions for a scanner that did not answer, as Mailu configures them
      -- ("451 4.7.1 Please retry later (anti-virus/oletools not ready)")
      "oletools not ready"),
    category = "system_error",
    description = "The receiver's content filter (its virus or spam scanner) failed; retry later.",
    examples = {
      "450 4.3.2 Content Filter Timeout",
      "451 4.5.0 Error in processing, id=12345-01, virus_scan FAILED: virus_scan: ALL VIRUS SCANNERS FAILED",
      "451 4.5.0 Giving up due to previous temporary failures, id=12345-01",
      "450 4.5.0 Temporary failure submitting message",
      "550 5.3.5 Reject, id=12345-01 - Unable to relay message back to MTA",
      "451 4.7.1 Awaiting deep scan - try again later",
      "451 Unable to scan for viruses",
    },
  },
  -- The word timeout with nothing more specific ("rcpt handle timeout", "Error: timeout
  -- exceeded"): a step of the session that took too long, below every named cause and below the
  -- queue's own "retry timeout exceeded" (text.expired).
  {
    id = "text.network_error.timeout",
    priority = 10,
    match = { "timeout", "time-out", "time out" },
    pattern = "[^a-z] ('timeout' / 'time-out' / 'time out') ![a-z]",
    category = "network_error",
    description = "A step of the SMTP session timed out; retry later.",
    examples = { "421 4.4.2 mx.example.org Error: timeout exceeded", "451 rcpt handle timeout" },
  },
  {
    id = "text.network_error.input_timeout",
    priority = 16,
    -- and Exim's smtp_in.c: "%s lost input connection", "SMTP incoming data timeout - closing
    -- connection.", "SMTP command timeout - closing connection"
    match = { "timeout waiting for", "lost input connection", "incoming data timeout", "smtp command timeout",
      "smtp data timeout" },
    category = "network_error",
    description = "The connection to the other server timed out; retry later.",
    examples = {
      "451 4.4.1 timeout waiting for input from mx.example.org during client greeting",
      "421 mx.example.org lost input connection",
      "421 mx.example.org SMTP incoming data timeout - closing connection.",
    },
  },
  -- A mail loop in other words: Sendmail keeps "553 5.3.5 system config error" as the status of a
  -- host whose MX points back to itself (usersmtp.c, after "config error: mail loops back to me");
  -- gromox answers "554 too many hops, this message is looping"; and the word loop in any reply
  -- ("message looping", "a loop was found"), below every specific cause.
  {
    id = "text.routing_error.config_loop",
    priority = 48,
    -- Sendmail domain.c (getmxrr): "MX list for %s points back to %s"
    match = { "system config error", "points back to" },
    category = "routing_error",
    description = "The mail could not be routed: the receiving host's MX points back to the sender.",
    examples = {
      "553 5.3.5 system config error",
      "554 5.0.0 MX list for example.org. points back to mx.example.net 554 5.3.5 Local configuration error",
    },
  },
  {
    id = "text.routing_error.keyword",
    priority = 29,
    match = { "loop", "looping", "looped" },
    pattern = "[^a-z] ('looping' / 'looped' / 'loops' / 'loop') ![a-z]",
    category = "routing_error",
    description = "The mail could not be routed: it loops between servers.",
    examples = { "554 5.4.6 Message looping", "550 A loop was found in the mail exchanger list" },
  },
  -- The connection dropped in other words than "lost connection" (recorded in Sisimai's list:
  -- "connection dropped", "connection was dropped by remote host"): a 5xx that only says so is
  -- still the network's.
  {
    id = "text.network_error.dropped",
    priority = 16,
    match = {
      "connection dropped", "connection was dropped", "dropped the connection", "dropped by remote host",
      "dropped connection",
      -- ... broken, aborted or failed in the client's words (Citadel's SMTP client: "Connection
      -- failure: Connection broken during SMTP DATA while talking to mx.example.org")
      "connection broken", "connection was broken", "broken connection", "connection failure",
      "connection aborted", "connection was aborted", "connection interrupted", "connection was interrupted",
      "connection went away", "connection has gone away",
      -- a read or write that failed on the connection (a Taiwanese mail gateway's admin guide:
      -- "Read/Write error over network connection")
      "error over network connection", "read/write error",
      -- a server that never sent its greeting banner (a Tencent Exmail reseller's list of bounce
      -- texts: "No welcome message from 192.0.2.1")
      "no welcome message", "no greeting from", "no smtp greeting",
      -- ... in nodemailer's words, as the applications that send through it log it ("Greeting
      -- never received")
      "greeting never received", "never received a greeting",
    },
    category = "network_error",
    description = "The connection to the receiving server failed (refused, timed out, closed); retry later.",
    examples = { "550 Connection was dropped by remote host" },
  },
  -- The connection or session closed because it sat idle: a 421 that closes the channel is the
  -- server's and never a verdict on an account ("421 4.4.2 Connection dropped due to inactivity",
  -- "Closing connection due to inactivity", "idle timeout"), which "due to inactivity" alone says
  -- of a mailbox (text.recipient_inactive).
  {
    id = "text.network_error.idle",
    priority = 43,
    match = {
      { "connection", "session", "channel", "timeout", "time out", "timed out" },
      { "due to inactivity", "for inactivity", "because of inactivity", "inactivity timeout", "idle timeout",
        "idle too long", "too long idle", "idle for too long" },
    },
    category = "network_error",
    description = "The receiving server closed an idle connection; delivery is retried.",
    examples = { "421 4.4.2 Connection dropped due to inactivity", "421 Session timeout due to inactivity" },
  },
  -- Too many transactions or failures in one session: gromox ("554 Too many MAIL transactions in
  -- the same connection", "421 Too much failure in SMTP session"), Courier's ratefilter ("500
  -- Number of messages exceeded administrative limit."), Stalwart ("Maximum number of messages
  -- per session exceeded.", "Session open for too long.").
  {
    id = "text.rate_limited.session",
    priority = 36,
    match = {
      "too many mail transactions", "number of messages exceeded", "too much failure", "messages per session",
      "session open for too long",
    },
    category = "rate_limited",
    description = "The sender used up what one session may do; slow down and reconnect later.",
    examples = {
      "554 Too many MAIL transactions in the same connection",
      "500 Number of messages exceeded administrative limit.",
    },
  },
}
