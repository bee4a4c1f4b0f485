-- SFR Grand Public (SFR, neuf, Club-Internet, Cegetel, Numericable, Noos and the other brands it
-- took over), one inbound platform behind smtp-in.sfr.fr. Source: SFR's inbound reason codes as
-- postmastery.com ("All about ISP: SFR and SMTP error codes SFR_IN_XXX") and bentonow.com
-- ("SFR SMTP Error Codes", one page per code) document them: "SFR_IN_" then a digit SFR keeps
-- for itself and two digits that name the reason; every such block lasts two hours.
local phrases = require "bounce.phrases"

-- "sfr_in_101", "sfr_in_201", ... "sfr_in_901" for reason "01": the first digit says nothing to
-- the sender.
local function reason(nn)
  return phrases.combine("sfr_in_", { "1", "2", "3", "4", "5", "6", "7", "8", "9" }, nn)
end

return {
  layer = "provider",
  provider = "sfr",
  providers = {
    sfr = {
      domains = {
        "sfr.fr", "sfr.net", "neuf.fr", "club-internet.fr", "club.fr", "cegetel.net", "numericable.fr",
        "numericable.com", "numericable-caraibes.fr", "noos.fr", "9online.fr", "9business.fr", "akeonet.com",
        "cario.fr", "evc.net", "evhr.net", "guideo.fr", "mageos.com", "modulonet.fr", "netspeed.fr",
        "sequalum.net", "tv-com.net", "valvision.fr", "waika9.com",
      },
      mx = { "sfr.fr" },
      fingerprints = { "sfr_in_", ".sfr.fr" },
    },
  },

  {
    -- 01: the IP sent too many messages judged spam or reported by SFR's users
    id = "provider.sfr.spam-behaviour",
    match = reason("01"),
    category = "reputation",
    retry_after = 7200,
    description = "SFR refused the sending IP for two hours: too many of its messages were judged spam or reported as spam.",
    examples = {
      { "450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages", rcpt = "someone@sfr.fr" },
      "450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages",
    },
  },
  {
    -- 02: the IP sent viruses or malware
    id = "provider.sfr.malware",
    match = reason("02"),
    category = "malicious_content",
    retry_after = 7200,
    description = "SFR refused the sending IP for two hours: it sent messages carrying viruses or malware.",
    examples = { { "450 4.7.1 SFR_IN_102 Service refused due to bad behavior", rcpt = "someone@neuf.fr" } },
  },
  {
    -- 03: too many SMTP errors (bad commands, TLS mismatches, timeouts) not covered by another code
    id = "provider.sfr.smtp-errors",
    match = reason("03"),
    category = "protocol_error",
    retry_after = 7200,
    description = "SFR refused the sending IP for two hours after too many SMTP protocol errors.",
    examples = { { "450 4.7.1 SFR_IN_103 Too many SMTP errors", rcpt = "someone@sfr.fr" } },
  },
  {
    -- 04: too many messages to addresses that do not exist at SFR
    id = "provider.sfr.unknown-users",
    match = reason("04"),
    category = "reputation",
    retry_after = 7200,
    description = "SFR refused the sending IP for two hours: it addressed too many mailboxes that do not exist; clean the list.",
    examples = { { "450 4.7.1 SFR_IN_104 Too many unknown users", rcpt = "someone@club-internet.fr" } },
  },
  {
    -- 05: more volume (connections, messages, per hour) than the IP's reputation allows
    id = "provider.sfr.volume",
    match = reason("05"),
    category = "rate_limited",
    retry_after = 7200,
    description = "SFR refused the sending IP for two hours: it exceeded the volume its reputation allows; slow down.",
    examples = { { "450 4.7.1 SFR_IN_105 Volume limit exceeded", rcpt = "someone@sfr.fr" } },
  },
}
