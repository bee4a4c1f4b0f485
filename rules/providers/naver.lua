-- Naver Mail (naver.com). Source: Korean hosting guides quoting the portals' refusals
-- (puffinknight.tistory.com/102, "대량 메일 발송으로 인해 대형포털로부터 IP가 차단된 경우": an IP
-- blocked by a large portal for bulk mail): "421 4.3.2 Your IP(...) is filtered and this
-- connection will be closed. You must register your IP to http://realip.naver.com". Naver filters
-- unregistered bulk senders' IPs; the sender registers its IP (realip.naver.com, now Naver's
-- customer centre form for senders) to be let through. The same wording, with its own address
-- instead of Naver's, is the Korean MTA's that Hanafos ran (text/sender.lua reads it anywhere).
return {
  layer = "provider",
  provider = "naver",
  providers = {
    naver = {
      domains = { "naver.com" },
      mx = { "naver.com" },
      fingerprints = { "realip.naver.com" },
    },
  },

  {
    id = "provider.naver.ip_filtered",
    match = { "realip.naver.com" },
    category = "reputation",
    description = "Naver filters the sending IP as an unregistered bulk sender; register it with Naver's sender form and slow down.",
    examples = {
      "421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com",
    },
  },
}
