-- Daum / Kakao mail (hanmail.net, daum.net, kakao.com). Daum's receiving servers put a four-letter
-- code before the client's IP: CHIC (network busy), CCRT (connection refused by the spam centre),
-- RUSR (no such user), DASxx (Daum's anti-spam system). Sources: the list of Daum's replies with
-- their English and Korean explanations in oliveit.tistory.com/39 ("리턴메일 유형 모두 확인하기"),
-- and auctionpro.co.kr/?p=2544 on "DAS51 ... Your mail is blocked automatically by anti-spam
-- system (E06)": the sending IP, flagged for spam from a hijacked account, was let through again
-- a day later. Both refusals are the spam centre's verdict on the sending IP, not a busy server or
-- the message's content: the CCRT wording "Connection refused. Server is busy(RT)" reads like a
-- transport failure, but Daum gives it for an IP its spam centre blocked for a while.
return {
  layer = "provider",
  provider = "daum",
  providers = {
    daum = {
      domains = { "hanmail.net", "daum.net", "kakao.com" },
      mx = { "hanmail.net", "daum.net", "kakao.com" },
      fingerprints = { "server is busy(rt)", "blocked automatically by anti-spam system" },
    },
  },

  {
    id = "provider.daum.spam_centre_block",
    match = {
      -- CCRT: "spam center detected the IP as a spam IP and temporarily blocked connection"
      "server is busy(rt)", "server is busy (rt)",
      -- DASxx: the anti-spam system blocked the sending IP
      "blocked automatically by anti-spam system", "blocked automatically by antispam system",
    },
    category = "reputation",
    description = "Daum's spam centre blocked the sending IP for a while after spam from it; the block lifts once the spam stops.",
    examples = {
      { "421 4.4.5 CCRT 192.0.2.1: Connection refused. Server is busy(RT)", rcpt = "someone@hanmail.net" },
      "554 5.7.1 DAS51 192.0.2.1: Your mail is blocked automatically by anti-spam system. (E06)",
    },
  },
}
