-- Words that say nothing specific about why a message failed. TAXONOMY.md rule 9 lets the reply
-- code decide only where the words are generic ("Requested action not taken", "Delivery failed"):
-- a reply with more than one word of its own that is neither here nor any rule's (a filter's name,
-- a policy's wording, a language no rule reads) may say anything, and its code alone does not make
-- it hard (docs/rules.md, "Words the code may not overrule"). A status that speaks of the address
-- (X.1.x, X.2.x) still decides. Words are folded as replies are; words of fewer than three letters
-- never count, and letters beyond ASCII are no generic word.
return {
  generic_words = {
    -- RFC 5321 section 4.2: the texts of the reply codes, without their examples of a cause
    "System status, or system help reply", "Help message", "Service ready",
    "Service closing transmission channel", "Requested mail action okay, completed",
    "User not local; will forward", "Cannot VRFY user, but will accept message and attempt delivery",
    "Start mail input; end with <CRLF>.<CRLF>", "Service not available, closing transmission channel",
    "Requested mail action not taken: mailbox unavailable", "Requested action aborted: local error in processing",
    "Requested action not taken: insufficient system storage", "Server unable to accommodate parameters",
    "Syntax error, command unrecognized", "Syntax error in parameters or arguments", "Command not implemented",
    "Bad sequence of commands", "Command parameter not implemented", "User not local; please try",
    "Requested mail action aborted: exceeded storage allocation",
    "Requested action not taken: mailbox name not allowed", "Transaction failed",
    "MAIL FROM/RCPT TO parameters not recognized or not implemented",
    -- RFC 3463 and the IANA registry of enhanced status codes: the classes, subjects and their
    -- "other or undefined" details (the specific details' names are causes the rules read; so
    -- is "content", which names what a filter judged)
    "Success, Persistent Transient Failure, Permanent Failure", "Other undefined status",
    "Addressing status", "Mailbox status", "Mail system status", "Network and routing status",
    "Mail delivery protocol status", "Media status", "Security or policy status",
    "Bad destination mailbox address", "Bad destination system address", "Destination address valid",
    "Delivery not authorized, message refused",
    -- How MTAs frame a reply they pass on: Postfix's bounce(8) and smtp(8) ("host mx.example said:",
    -- "in reply to end of DATA command"), Exim ("SMTP error from remote mail server after RCPT TO"),
    -- Sendmail ("... Deferred", "Service unavailable"), Exchange's NDR ("Remote Server returned",
    -- "Delivery has failed to these recipients or groups", "Your message couldn't be delivered"),
    -- DSN fields (RFC 3464: "Diagnostic-Code: smtp;", "Action: failed"). Not "sender", "HELO":
    -- words that name the sender's side are a cause (TAXONOMY.md rule 6).
    "host said in reply to end of data command", "smtp esmtp error from remote mail server after",
    "rcpt to mail from data quit", "deferred service unavailable", "remote server returned",
    "delivery has failed to these recipients or groups", "your message couldn't be delivered",
    "wasn't delivered", "could not be delivered", "can't deliver", "didn't", "doesn't", "isn't",
    -- DragonFly's dma (net.c): "remote delivery deferred: %s did not like our %s:"
    "there was an error delivering your mail to", "remote delivery deferred", "did not like our",
    "diagnostic code status action final original recipient reporting",
    "response responded reply replied returned answer answered following message",
    -- The nouns of any failure, the verbs of any refusal and the hedges around them
    "mail email e-mail messages delivery deliver delivered delivering undeliverable",
    "recipient recipients address addresses user users account mailbox mailboxes",
    "server servers host hosts domain domains system systems destination",
    "rejected reject rejecting refused refuse refusing denied deny failed fail failure failures",
    "error errors problem unable cannot could would should will shall may might must",
    -- "Unknown error", "unknown reason": what is unknown is the cause (the rules read "user
    -- unknown", "unknown domain" and the like)
    "unknown",
    "permanent permanently temporary temporarily reason reasons due because",
    "request requested action taken processing process processed accepted accept",
    -- Politeness, pointers and signatures: "please try again later", "for more information see",
    -- "contact your administrator", a link's scheme and host words
    "please sorry thank thanks regards try again later retry",
    "for more information details info see visit learn help support contact",
    "your administrator admin postmaster team http https www com net org html htm",
    -- English function words
    "the and for from with this that these those there here which who whom what when where why how",
    "you your our ours we its his her their they them are was were been being has have had",
    "not but can does did done get got any all some one than then also only into onto over under",
    "about after before such other more most very yet still now back out off per via upon",
  },
}
