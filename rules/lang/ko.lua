-- Korean wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Korean NDR texts ("입력한 전자 메일 주소를 찾을 수 없습니다", "받는 사람의 사서함이 꽉
-- 차서"), Gmail's Korean notice ("주소를 찾을 수 없음"), the Korean portals' bilingual notices
-- (Korean beside English: "메일 수신 서버가 응답을 못하는 상황입니다") and their dormant accounts
-- (휴면 계정: unused for a year, mail refused until the owner wakes it), and the general Korean
-- words for each cause. Korean attaches particles to nouns (계정이, 계정을), so noun and predicate
-- are phrase groups or sequences with the particles between. Priorities follow the scale in
-- rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Who or what a recipient-side reply is about.
local RECIPIENT = { "사용자", "계정", "주소", "수신자", "받는 사람", "받는사람", "아이디", "메일함", "사서함" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.ko.sender_invalid",
    priority = 54,
    match = { "발신자", "보낸 사람", "보내는 사람" },
    pattern = phrases.sequence({ "발신자", "보낸 사람", "보내는 사람" }, { "", " 주소", " 도메인" },
      { "가 ", "이 ", "를 ", "을 ", "" }, { "존재하지 않", "찾을 수 없", "유효하지 않", "잘못" })
      + phrases.sequence({ "유효하지 않은", "잘못된", "알 수 없는" }, " ", { "발신자", "보낸 사람" }),
    category = "sender_invalid",
    examples = { "553 5.1.8 발신자 도메인이 존재하지 않습니다", "550 5.1.7 잘못된 발신자 주소입니다" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.ko.blocklisted",
    priority = 70,
    match = {
      "블랙리스트", "차단 목록", "차단목록", "블록리스트", "ip가 차단", "ip 주소가 차단", "ip 차단", "ip가 등록",
      "rbl에 등록", "스팸 ip로 등록",
    },
    category = "blocklisted",
    examples = {
      "554 5.7.1 발송 IP가 블랙리스트에 등록되어 있습니다 (zen.example.org)",
      "550 5.7.1 대량 메일 발송으로 인해 IP가 차단되었습니다",
    },
  },

  -- The recipient blocked this sender (Naver's "받는 사람이 회원님의 메일을 수신차단 하였습니다",
  -- the portals' 수신거부 목록, the recipient's own list of refused senders): the recipient's side,
  -- not the address (TAXONOMY rule 8). Above the blocklist words, which a personal list shares.
  {
    id = "lang.ko.recipient_policy",
    priority = 72,
    match = {
      "수신차단", "수신 차단", "수신거부 목록", "수신 거부 목록", "수신거부 설정", "수신 거부 설정", "수신거부한",
      "수신 거부한", "수신거부하였", "수신 거부하였",
    },
    category = "recipient_policy",
    examples = {
      "550 받는 사람이 회원님의 메일을 수신차단 하였습니다.",
      "550 5.7.1 수신자가 발신자를 수신거부 목록에 등록했습니다",
    },
  },

  -- The account is suspended only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.ko.recipient_inactive.temporary",
    priority = 43,
    match = { RECIPIENT, { "일시 정지", "일시정지", "일시 중지", "일시적으로 정지", "일시적으로 잠", "일시적으로 비활성",
      "일시적으로 사용 중지", "일시적으로 사용이 중지" } },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or suspended for a while; retry later.",
    examples = { "450 4.2.1 받는 사람의 계정이 일시 정지되었습니다", "550 계정이 일시적으로 잠겨 있습니다" },
  },

  -- Mailbox full: Exchange's "받는 사람의 사서함이 꽉 차서", quota wording.
  {
    id = "lang.ko.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "메일함", "사서함", "편지함", "받은편지함", "받은 편지함" }, { "이 가득", "이 꽉" }),
      phrases.combine({ "메일함", "사서함", "편지함" }, { " 용량", "의 용량", " 용량이", "의 용량이" },
        { " 초과", "초과", " 부족", "부족", " 가득" }),
      "저장 공간이 부족", "저장공간이 부족", "저장 공간 부족", "할당량을 초과", "할당량 초과", "쿼터 초과"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 받는 사람의 사서함이 꽉 차서 지금은 메시지를 받을 수 없습니다.",
      "452 4.2.2 받는 사람의 메일함 용량이 초과되었습니다",
    },
  },

  -- Disabled, suspended, dormant or withdrawn accounts.
  {
    id = "lang.ko.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine("휴면", { " 계정", "계정", " 상태", "상태", " 처리", " 회원" }),
      phrases.combine("계정", { "이 ", " " }, { "정지", "비활성화", "차단", "잠겨", "삭제", "해지", "폐쇄" }),
      phrases.combine({ "정지된", "비활성화된", "차단된", "잠긴", "해지된", "폐쇄된", "삭제된", "사용 중지된" }, " ",
        { "계정", "사용자", "메일함", "주소" }),
      "사용 정지", "사용정지", "이용 정지", "이용정지", "탈퇴한 사용자", "탈퇴한 회원", "탈퇴한 계정"),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 휴면 계정입니다",
      "550 5.2.1 <user@example.kr>: 정지된 계정입니다",
      "550 계정이 비활성화되었습니다",
    },
  },

  -- The domain named inside the notice's sentence (Gmail).
  {
    id = "lang.ko.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "도메인", "호스트", "mx 레코드", "mx레코드" }, { "을 ", "를 ", "이 ", "가 " },
        { "찾을 수 없", "존재하지 않" }),
      phrases.combine({ "존재하지 않는", "알 수 없는", "잘못된", "유효하지 않은" }, " 도메인"),
      "mx 레코드가 없", "mx레코드가 없"),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 존재하지 않는 도메인입니다",
      "554 5.4.4 도메인을 찾을 수 없습니다: example.invalid",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.ko.rate_limited",
    priority = 36,
    match = {
      "너무 많은 연결", "연결이 너무 많", "동시 연결 수", "과도한 연결", "너무 많은 메일", "너무 많은 메시지",
      "메일을 너무 많이", "너무 빠르게", "발송량 초과", "발송량이 초과", "과도한 발송", "짧은 시간에 많은",
    },
    category = "rate_limited",
    examples = {
      "421 4.7.0 동시 연결 수가 너무 많습니다. 잠시 후 다시 시도해 주십시오",
      "450 4.7.1 짧은 시간에 많은 메일을 보냈습니다",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.ko.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine("스팸", { "으로 ", "로 " }, { "판단", "분류", "인식", "간주", "차단", "의심", "판정" }),
      "스팸 의심", "스팸 필터", "스팸필터", "스팸 차단", "스팸 메일", "스팸메일"),
    category = "spam_content",
    examples = {
      "550 5.7.1 메일이 스팸으로 분류되어 수신이 거부되었습니다",
      "554 스팸 필터에 의해 차단되었습니다",
    },
  },
  {
    id = "lang.ko.spam_content.word",
    priority = 33,
    match = "스팸",
    category = "spam_content",
    examples = { "550 5.7.1 스팸 (내용 거부)" },
  },

  -- The mailbox does not exist: Exchange's "입력한 전자 메일 주소를 찾을 수 없습니다", Gmail's
  -- "주소를 찾을 수 없음", "존재하지 않는 사용자".
  {
    id = "lang.ko.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "주소를 찾을 수 없",
      -- "no such user" as Korean portals and hosters phrase it ("사용자가 없습니다", "없는 사용자입니다")
      "없는 사용자", "없는 계정", "없는 메일 주소", "없는 아이디", "사용자가 없습니다", "계정이 없습니다",
      phrases.combine({ "존재하지 않는", "알 수 없는", "유효하지 않은" }, " ",
        { "사용자", "계정", "주소", "메일 주소", "이메일", "수신자", "받는 사람", "아이디", "메일함" })),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 입력한 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인하고 메시지를 다시 보내십시오.",
      "550 5.1.1 <user@example.kr>: 존재하지 않는 사용자입니다",
      "550 없는 사용자입니다",
      "주소를 찾을 수 없음. user@example.kr 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.",
    },
  },
  -- The general words: a recipient noun with any particle and "does not exist / cannot be found".
  {
    id = "lang.ko.recipient_unknown.words",
    priority = 30,
    match = { RECIPIENT, { "존재하지 않", "찾을 수 없" } },
    category = "recipient_unknown",
    examples = { "550 5.1.1 받는 사람이 존재하지 않습니다", "550 해당 계정을 찾을 수 없습니다" },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.ko.network_error",
    priority = 16,
    match = {
      "연결이 거부", "연결 거부", "접속이 거부", "접속 거부", "연결 시간 초과", "연결시간 초과", "응답 시간 초과",
      "시간이 초과", "연결이 끊", "연결할 수 없", "접속할 수 없", "네트워크 오류", "네트워크 에러", "응답이 없",
      "응답하지 않", "응답을 못하는",
    },
    category = "network_error",
    examples = {
      "421 4.4.1 메일 수신 서버가 응답을 못하는 상황입니다. 잠시 후 다시 접속을 시도해 주시기 바랍니다.",
      "451 4.4.2 연결 시간 초과",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.ko.system_error",
    priority = 15,
    match = {
      "일시적인 오류", "일시적 오류", "일시적인 장애", "일시적 장애", "일시적인 문제", "내부 오류", "시스템 오류",
      "시스템 장애", "서버 오류", "서비스를 사용할 수 없", "서버가 바쁘", "서버 과부하", "처리 중 오류",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 일시적인 오류입니다. 잠시 후 다시 시도해 주십시오",
      "421 서비스를 사용할 수 없습니다",
    },
  },

  -- Exchange's and Exchange Online's Korean delay notice ("배달 지연", "다음 받는 사람 또는 그룹에
  -- 대한 배달이 지연되었습니다"), Naver's and Daum's queue warnings, and the general words of a
  -- warning that needs no resend.
  {
    id = "lang.ko.delivered.delayed",
    priority = 91,
    match = {
      "배달 지연", "배달이 지연", "배달지연", "전송 지연", "전송이 지연", "발송 지연", "발송이 지연",
      "다시 보낼 필요가 없", "재발송할 필요가 없", "계속 재시도",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "배달 지연: 다음 받는 사람 또는 그룹에 대한 배달이 지연되었습니다: user@example.kr" },
  },

  -- Outlook's and Exchange's Korean automatic reply ("자동 회신:"), Naver's and Daum's
  -- autoresponders (자동응답, 부재중).
  {
    id = "lang.ko.auto_reply",
    priority = 90,
    match = { "자동 회신", "자동회신", "자동 응답", "자동응답", "부재중 메일", "부재 중 메일", "부재중 자동" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "자동 회신: 5월 5일까지 휴가 중입니다." },
  },

  -- Size: Exchange's Korean 5.3.4 ("메시지가 너무 큽니다"), Naver's and Daum's size refusals, and
  -- the general words (size limit exceeded).
  {
    id = "lang.ko.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "메시지", "메일", "첨부 파일", "첨부파일" }, { "가 ", "이 " }, { "너무 큽", "너무 커", "너무 크" }),
      phrases.combine({ "메시지 크기", "메일 크기", "첨부 파일 크기", "첨부파일 크기" },
        { "가 ", "를 ", "가 최대 ", "" }, { "초과", "제한을 초과", "허용" }),
      "크기 제한을 초과", "최대 크기를 초과"),
    category = "message_too_large",
    examples = {
      "552 5.3.4 메시지가 너무 큽니다",
      "552 메일 크기 제한을 초과했습니다",
    },
  },

  -- Malware in Korean words (바이러스, 악성 코드).
  {
    id = "lang.ko.malicious_content",
    priority = 51,
    match = { "바이러스", "악성 코드", "악성코드", "악성 첨부" },
    category = "malicious_content",
    examples = { "554 5.7.1 메일에서 바이러스가 발견되어 수신이 거부되었습니다" },
  },

  -- Exchange's Korean "액세스가 거부되었습니다" with nothing more: an opaque policy refusal.
  {
    id = "lang.ko.policy_block",
    priority = 12,
    match = { "액세스가 거부", "액세스 거부", "접근이 거부", "접근 거부" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 액세스가 거부되었습니다" },
  },

  -- "Try again later" in Korean: the receiver's failure passes (soft).
  {
    id = "lang.ko.try_later",
    priority = 10,
    match = { "잠시 후 다시", "나중에 다시" },
    category = "system_error",
    type = "soft",
    examples = { "451 잠시 후 다시 시도해 주십시오" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Korean
  -- words: the relay refusals of Korean hosters' MTAs.
  {
    id = "lang.ko.relay_denied",
    priority = 57,
    match = {
      "릴레이 거부", "릴레이가 거부", "릴레이가 허용되지", "릴레이를 허용하지", "중계 거부", "중계가 허용되지",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 릴레이가 허용되지 않습니다" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Korean words.
  {
    id = "lang.ko.too_many_recipients",
    priority = 50,
    match = {
      "받는 사람이 너무 많", "수신자가 너무 많", "수신자 수 초과", "수신자 수를 초과", "받는 사람 수를 초과", "수신인 수 초과",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 수신자 수를 초과했습니다" },
  },

  -- A mailing list's reasons for refusing or holding a post, in Korean: Mailman 3's catalog
  -- (messages/ko/LC_MESSAGES/mailman.po: "메시지가 목록 회원이 아님", "메시지는 중재 된
  -- 회원으로부터 온 것임", "메시지가 {} KB 최대 크기보다 큼", "메시지의 수신자가 {} 명 이상임",
  -- "메시지 제목이 없음").
  {
    id = "lang.ko.recipient_policy.list_member",
    priority = 45,
    match = { "목록 회원이 아님", "회원이 아닙니다", "중재 된 회원", "중재된 회원",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/ko/LC_MESSAGES/mailman.po)
      "비회원이" },
    category = "recipient_policy",
    examples = { "메시지가 목록 회원이 아님" },
  },
  {
    id = "lang.ko.message_too_large.maximum",
    priority = 52,
    match = { "최대 크기보다 큼", "최대 크기를 초과" },
    category = "message_too_large",
    examples = { "메시지가 40 KB 최대 크기보다 큼" },
  },
  {
    id = "lang.ko.too_many_recipients.count",
    priority = 50,
    match = { { "수신자가", "수신자 수가" }, { "이상", "초과" } },
    category = "too_many_recipients",
    examples = { "메시지의 수신자가 10 명 이상임" },
  },
  {
    id = "lang.ko.message_noncompliant.subject",
    priority = 49,
    match = { "제목이 없음", "제목이 없습니다" },
    category = "message_noncompliant",
    examples = { "메시지 제목이 없음" },
  },
}
