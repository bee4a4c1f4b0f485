-- Spectrum (Charter, Time Warner Cable, Roadrunner). Source: Spectrum's "Understanding email
-- error codes" (spectrum.net and spectrumbusiness.net support). Every refusal ends in
-- "AUP#" and a four-digit number, "I" or "In" marking mail coming into Spectrum and "O" mail
-- its customers send out; the number carries the meaning, in documented ranges.

-- "aup#in-1310", "aup#i-1010", "aup#1330": the number after the optional direction mark. A rule
-- for some of the numbers has them as its phrases, and a pattern that checks the mark before them.
local function aup(numbers, rule)
  rule.match = numbers
  rule.pattern = "'aup#' [a-z]* '-'? ('" .. table.concat(numbers, "' / '") .. "') ![0-9]"
  return rule
end

return {
  layer = "provider",
  provider = "spectrum",
  providers = {
    spectrum = {
      domains = { "charter.net", "spectrum.net", "rr.com", "twc.com", "roadrunner.com", "brighthouse.com" },
      mx = { "charter.net", "rr.com" },
      fingerprints = {
        "spectrum.net/support", "spectrumbusiness.net/support", "charter.net", "aup#i-", "aup#in-", "aup#o", "aup#1",
      },
    },
  },

  aup({ "1000" }, {
    id = "provider.spectrum.1000",
    category = "blocklisted",
    action = "throttle",
    description = "Spectrum blocked the sending IP after suspicious activity; the block expires by itself.",
    examples = {
      { "554 5.7.1 impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.1 blocked. AUP#In-1000", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1010", "1020", "1030", "1040", "1050", "1060", "1070", "1080" }, {
    -- 1010-1080: the sending account (a Spectrum mailbox) is blocked or limited.
    id = "provider.spectrum.1010-1080",
    category = "sender_account",
    description = "Spectrum blocked or limited the sending account after suspicious activity.",
    examples = {
      { "550 5.7.1 This email account has been blocked from sending emails. AUP#O-1010", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1090" }, {
    id = "provider.spectrum.1090",
    category = "system_error",
    description = "Spectrum could not process the message; retry later.",
    examples = {
      { "451 4.3.0 The email can't be processed. AUP#In-1090", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1100", "1110", "1120", "1130", "1140", "1150" }, {
    -- 1100-1150: Spectrum wants forward-confirmed reverse DNS for the connecting IP.
    id = "provider.spectrum.1100-1150",
    category = "reverse_dns",
    description = "The sending IP has no forward-confirmed reverse DNS (PTR).",
    examples = {
      { "554 5.7.1 cmsmtp 192.0.2.1 DNS check failure. AUP#In-1100", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1160", "1170", "1180", "1190" }, {
    -- 1160-1190: the message breaks the security policy of the sender's own domain.
    id = "provider.spectrum.1160-1190",
    category = "auth_failure",
    description = "The message fails the security policy published for the sending domain.",
    examples = {
      { "550 5.7.1 The email goes against your domain's security policies. AUP#In-1160", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1200", "1210", "1220", "1230", "1240", "1250" }, {
    -- 1200-1210 Cloudmark CSI, 1220-1250 Spamhaus.
    id = "provider.spectrum.1200-1250",
    category = "blocklisted",
    description = "The sending IP is listed by Cloudmark CSI or Spamhaus; request delisting there.",
    examples = {
      { "554 5.7.1 cmsmtp 192.0.2.1 blocked. AUP#In-1200", rcpt = "someone@charter.net" },
      { "554 5.7.1 cmsmtp 192.0.2.1 blocked. AUP#In-1220", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1260" }, {
    id = "provider.spectrum.1260",
    category = "network_error",
    description = "Spectrum does not take mail over IPv6; connect over IPv4.",
    examples = {
      { "554 5.7.1 IPv6 not accepted. AUP#In-1260", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1300", "1310", "1320", "1330", "1340", "1350", "1360", "1370", "1380", "1390", "1400", "1410", "1420", "1430", "1440", "1450", "1460", "1470", "1480", "1490" }, {
    -- 1300-1340 connections, 1350-1490 messages, recipients and invalid recipients; limits
    -- follow the IP's reputation.
    id = "provider.spectrum.1300-1490",
    category = "rate_limited",
    description = "Spectrum limits connections and messages from this IP by its reputation; send more slowly.",
    examples = {
      { "550 5.1.0 <bounce@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310", rcpt = "someone@charter.net" },
      { "421 4.7.0 cmsmtp 192.0.2.1 blocked. AUP#In-1340", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1500", "1520" }, {
    -- Outgoing: the From address differs from the signed-in account or a hosted domain.
    id = "provider.spectrum.1500-1520",
    category = "sender_invalid",
    description = "The sender address differs from the signed-in account or a domain Spectrum hosts.",
    examples = {
      { "550 5.7.1 Sending as a different address is not allowed. AUP#O-1500", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1530" }, {
    id = "provider.spectrum.1530",
    category = "message_too_large",
    description = "The message is larger than Spectrum's 20 MB limit.",
    examples = {
      { "552 5.3.4 Message too large. AUP#O-1530", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1540", "1580" }, {
    id = "provider.spectrum.1540-1580",
    category = "rate_limited",
    description = "Too many messages in one session, or too many recipients in a short time; send more slowly.",
    examples = {
      { "452 4.5.3 Too many messages in this session. AUP#O-1540", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1560" }, {
    id = "provider.spectrum.1560",
    category = "reputation",
    description = "Too many of the recipients do not exist; clean the list before sending again.",
    examples = {
      { "550 5.1.1 Too many invalid recipients. AUP#O-1560", rcpt = "someone@charter.net" },
    },
  }),
  aup({ "1550" }, {
    id = "provider.spectrum.1550",
    category = "too_many_recipients",
    description = "The message has more recipients than Spectrum takes in one message.",
    examples = {
      { "452 4.5.3 Too many recipients. AUP#O-1550", rcpt = "someone@charter.net" },
    },
  }),
}
