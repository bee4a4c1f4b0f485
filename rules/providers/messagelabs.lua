-- Broadcom (Symantec) Email Security.cloud, formerly MessageLabs, the filtering service in front of
-- many organisations' mailboxes (MX under messagelabs.com). Sources: Broadcom's knowledge base
-- articles on the refusals it sends (knowledge.broadcom.com/external/article/ 164955 and 384503
-- "Connection rejected by policy", 165165 the Spamhaus PBL, 173082 the customer's blacklist,
-- 162232 the badmailfrom list, 175407 SPF and DMARC, 162152 Boundary Encryption, 165163 and 175710
-- invalid recipients, 173867 spam verdicts), as Sisimai's rhost/messagelabs.rb points to them.
-- Its qmail-like replies say little beyond a fixed sentence: the same sentence means one thing
-- here, so these rules apply to this service's replies only.
local MX = "cluster1.eu.messagelabs.com"

return {
  layer = "provider",
  provider = "messagelabs",
  providers = {
    messagelabs = {
      mx = { "messagelabs.com" },
      fingerprints = { "messagelabs.com", "symanteccloud.com", "ipremoval.sms.symantec.com" },
    },
  },

  {
    -- KB 164955 / 384503: "501 Connection rejected by policy [7.7] 20805": the sending IP has a
    -- negative reputation with the service (checked at ipremoval.sms.symantec.com).
    id = "provider.messagelabs.reputation",
    match = "connection rejected by policy",
    category = "reputation",
    description = "Email Security.cloud refused the sending IP for its poor reputation; check and request removal at ipremoval.sms.symantec.com.",
    examples = {
      "501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for more details about this error message.",
      { "554 Connection rejected by policy [7.3] 38206, please visit https://support.symantec.com/en_US/article.TECH246726.html for more details about this error message.", mx = MX },
    },
  },
  {
    -- KB 165165: the sending IP is on the Spamhaus PBL ("553-mail rejected because your IP is in
    -- the PBL", "Sorry, your IP address has been blocked"); KB 162232: the envelope sender is on
    -- the service's own list of addresses that sent spam through it.
    id = "provider.messagelabs.blocklist",
    match = { "your ip is in the pbl", "your ip address has been blocked", "your ip address (", "badmailfrom list" },
    category = "blocklisted",
    description = "Email Security.cloud refused a sender on a block list (the Spamhaus PBL, or its own list of senders of spam); request removal.",
    examples = {
      { "553 Sorry, your IP address has been blocked", mx = MX },
      "553 sorry, your envelope sender is in my badmailfrom list. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)",
    },
  },
  {
    -- KB 173082 and the refusals it lists: the recipient organisation's own block list ("553-Sorry,
    -- your email address has been blacklisted", "... your domain has been blocked").
    id = "provider.messagelabs.customer-list",
    match = {
      "your email address has been blacklisted", "your domain has been blacklisted",
      "your ip address has been blacklisted", "your email address has been blocked",
      "your domain has been blocked",
    },
    category = "recipient_policy",
    description = "The recipient organisation's Email Security.cloud block list holds the sender's address, domain or IP; ask the recipient to approve the sender.",
    examples = {
      { "553-Sorry, your email address has been blacklisted", mx = MX },
      { "553 Sorry, your domain has been blocked", mx = MX },
    },
  },
  {
    -- KB 173867: the anti-spam service's verdict ("553 Message Filtered", outbound: "filtered by
    -- Outbound scanning").
    id = "provider.messagelabs.spam",
    match = { "message filtered", "filtered by outbound scanning" },
    category = "spam_content",
    description = "Email Security.cloud's anti-spam service judged the message to be spam; review the content.",
    examples = { { "553 Message Filtered", mx = MX } },
  },
  {
    -- KB 175710: "553 Recipient mailbox is not allowed": no such address in the recipient's domain.
    id = "provider.messagelabs.recipient",
    match = { "mailbox is not allowed" },
    category = "recipient_unknown",
    description = "The recipient address does not exist at the Email Security.cloud customer.",
    examples = { { "553 Recipient mailbox is not allowed", mx = MX } },
  },
  {
    -- "Please turn on SMTP Authentication in your mail client": the service relays a customer's
    -- outbound mail only once the client authenticates (TAXONOMY.md rule 6).
    id = "provider.messagelabs.relay-auth",
    match = "turn on smtp authentication",
    category = "relay_denied",
    description = "Email Security.cloud relays the sender's mail only after SMTP authentication; turn it on in the sending client.",
    examples = { { "553 Please turn on SMTP Authentication in your mail client", mx = MX } },
  },
  {
    -- "550 Requested action aborted [4]": the service found the message not RFC 5322 compliant.
    id = "provider.messagelabs.format",
    match = "requested action aborted [4]",
    category = "message_noncompliant",
    description = "Email Security.cloud refused a message that does not comply with RFC 5322; fix its format.",
    examples = { { "550 Requested action aborted [4]", mx = MX } },
  },
}
