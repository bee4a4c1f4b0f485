-- Phrases that name the sender's side of a refusal: the connecting host, its IP address, its
-- HELO name, the envelope sender and its domain. Where one occurs, the words that would say an
-- address is bad ("domain not found", "user unknown", "does not exist") are said of the sender,
-- not of the recipient: the engine reports such a reply as sender_invalid and never as hard
-- (TAXONOMY.md rule 6), as it does for any reply that came before a recipient was given. A
-- phrase here decides no category by itself: the rules do.
local phrases = require "bounce.phrases"

return {
  sender_side = phrases.join(
    -- Postfix smtpd_check.c: each restriction names what it rejected, "Client host rejected:",
    -- "Helo command rejected:", "Sender address rejected:" (reject_unknown_client_hostname,
    -- reject_unknown_helo_hostname, reject_unknown_sender_domain, reject_unverified_sender,
    -- reject_unlisted_sender, reject_non_fqdn_sender ...), and "Client host [%s] blocked using"
    { "client host rejected", "client host [", "helo command rejected", "sender address rejected",
      "cannot find your hostname", "cannot find your reverse hostname" },
    -- Exim verify.c and its ACL default texts: "Sender verify failed", "sender verify defer";
    -- Sendmail's check_mail ruleset: "Domain of sender address %s does not exist", "Real domain
    -- name required for sender address", "Sender domain must exist"
    phrases.combine({ "sender verify", "sender verification", "sender address verification",
                      "sender callout verification" }, { " failed", " defer", "" }),
    -- a call-back to the sender's own server, whose answer the refusal quotes (Gathman's bms.py:
    -- "CBV: 550 5.1.1 <a@b>... User unknown", "Callback failure")
    { "cbv:", "callback verification", "call-back verification", "callback failure", "callback failed" },
    -- Exim verify.c, verify = header_sender: 'could not verify "From:" header address'
    phrases.combine("could not verify \"", { "from:", "sender:", "reply-to:" }, "\" header address"),
    { "domain of sender address", "for sender address", "sender domain must", "sender domain does not",
      "sender domain doesn't", "sender domain is", "sender domain has", "sender domain not",
      "sender's domain", "sender mail domain", "domain of the sender", "sender address domain" },
    -- The envelope sender in qmail's patches ("sorry, your envelope sender domain must exist",
    -- "your envelope sender has been denied"), Haraka's mail_from plugins and OpenSMTPD
    phrases.combine({ "envelope sender", "envelope-sender", "envelope from", "return-path address", "mail from address",
                      "mail from domain", "mailfrom domain", "from domain", "sender address", "sender email",
                      "sender e-mail", "sender mail address", "sending domain", "sending address" },
      { " is", " has", " was", " does not", " doesn't", " not", " must", " rejected", " refused", " denied",
        " unknown", " invalid", " cannot", " could not", " has no" }),
    { "invalid sender address", "invalid sender domain", "unknown sender address", "unknown sender domain",
      "unverified sender", "sender unknown", "bad sender address", "bad sender domain" },
    -- The sender itself under a verdict, in filters' and receivers' plainer words ("unauthorized
    -- sender", "sender is rejected"): Exchange's SenderFilterAgent, Haraka's mail_from plugins.
    -- Not "sender denied" here: Exchange's "550 5.1.0 Sender denied" is its lookup of a recipient's
    -- legacy address failing (Microsoft's NDR reference), which the Microsoft provider rule must be
    -- able to say; the text rule text.sender_invalid reads it as the sender's elsewhere.
    -- SPFBL's "non-existent sender", "sender has non-existent internet domain"
    phrases.combine({ "unauthorized", "unauthorised", "invalid", "rejected", "blocked", "banned", "forged", "spoofed",
                      "illegal", "blacklisted", "blocklisted", "disallowed", "non-existent", "nonexistent",
                      "non existent", "inexistent" }, " sender"),
    phrases.combine("sender ", { "is", "was", "has been", "has", "not", "rejected", "refused", "blocked", "banned",
                                 "blacklisted", "blocklisted", "disallowed", "unauthorized", "unauthorised" }),
    { "sender's email address is", "sender email address is", "sender's address is", "sender e-mail address is" },
    -- The connecting host and its IP in receivers' and filters' own words (Exchange Online's
    -- "banned sending IP", Haraka's and SpamAssassin's "your IP", providers' postmaster texts)
    phrases.combine({ "your ", "sending ", "sender ", "sender's ", "connecting ", "client " },
      { "ip", "host", "mail server", "email server", "server", "mta" }),
    { "your helo", "your ehlo", "your reverse dns", "your ptr", "your rdns", "your network", "your domain is",
      "your domain has", "your domain does not", "your domain doesn't" },
    -- the sender's own address or domain in the words a refusal addresses it with ("your sender
    -- domain", "the domain you are sending from", "domain of your email address"), and the
    -- return path by its other names ("Return path domain does not exist", "bounce address")
    { "your sender", "your sending", "you are sending from", "your email address", "your e-mail address",
      "your mail from", "your from address", "return path domain", "return-path domain", "return path address",
      "bounce address", "bounce domain" },
    -- The HELO name: Postfix above, Exim's "HELO/EHLO" checks, Haraka's helo.checks plugin
    phrases.combine({ "helo", "ehlo", "helo/ehlo" },
      { " name", " hostname", " host", " domain", " argument", " rejected", " refused", " denied", " invalid",
        " is invalid", " not allowed", " does not", " doesn't", " must" }),
    { "invalid helo", "bad helo", "invalid ehlo", "bad ehlo", "forged helo", "helo check" }
  ),
}
