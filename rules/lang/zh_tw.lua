-- Chinese (traditional) wording of bounces and replies. Sources, per family below: Exchange's
-- and Exchange Online's traditional Chinese NDR texts ("找不到您輸入的電子郵件地址", "收件者的信箱
-- 已滿"), Gmail's notice ("找不到地址", in zh_cn.lua: the same characters), seed 004's reply groups
-- and its Chinese reading of RFC 3463 (收件地址信箱錯誤, 信箱無法運作, 信箱已滿, 主機無回應, 連線錯誤,
-- 網路壅塞, 郵件系統儲存空間已滿), and Hong Kong and Taiwan hosters' bounce guides (對方用戶不存在,
-- 對方郵箱空間不夠, 帳號被禁用(凍結、鎖定、刪除等), 連接超時). Phrases written alike in both scripts
-- live in zh_cn.lua only. Priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local ACCOUNT = { "帳號", "帳戶", "賬號", "賬戶", "信箱", "郵箱", "使用者", "用戶", "收件者" }
local INACTIVE = { "停用", "凍結", "鎖定", "禁用", "註銷", "關閉", "封鎖" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours (seed 004's 4.1.7 and 4.1.8 rows).
  {
    id = "lang.zh_tw.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "寄件者", "寄件人", "寄件者地址", "寄件者網域", "發件人地址", "發信域名", "發件人" },
        { "不存在", "無效", "被拒絕", "錯誤" }),
      "無效的寄件者", "寄件者信箱句法錯誤"),
    category = "sender_invalid",
    examples = { "553 5.1.8 寄件者網域不存在", "4.1.7 寄件者信箱句法錯誤" },
  },

  -- A blocklist the recipient keeps for itself (seed 004: 個人或系統黑名單), its refusal.
  {
    id = "lang.zh_tw.recipient_policy",
    priority = 45,
    match = {
      "個人黑名單", "個人或系統黑名單", "使用者黑名單", "用戶黑名單", "收件者黑名單", "對方黑名單", "對方的黑名單",
      "收件者拒收", "對方拒收", "過濾規則", "過濾策略",
    },
    category = "recipient_policy",
    examples = { "550 收件者已將您加入個人黑名單", "550 對方拒收郵件" },
  },
  -- A mailing list that takes posts only from its members or named senders (gromox's list
  -- bounces, data/mlist_bounce/big5: "您沒有足夠的權限向……這個郵件列表發送郵件"): the list's own
  -- restriction (TAXONOMY rule 8).
  {
    id = "lang.zh_tw.recipient_policy.list",
    priority = 45,
    match = { { "郵件列表", "郵件清單", "郵遞清單" }, { "沒有足夠的權限", "沒有權限", "無權" } },
    category = "recipient_policy",
    examples = { "很抱歉通知您，您沒有足夠的權限向這個郵件列表發送郵件" },
  },
  -- A post from a non-member to a members-only list: Mailman 2.1's hold reason ("Post by
  -- non-member to a members-only list", messages/zh_TW/LC_MESSAGES/mailman.po).
  {
    id = "lang.zh_tw.recipient_policy.members_only",
    priority = 45,
    match = { "非會員投書", "限會員發言" },
    category = "recipient_policy",
    examples = { "非會員投書到限會員發言的論壇" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.zh_tw.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "ip", "ip ", "ip位址", "ip 位址", "ip地址", "ip 地址" },
        { "黑名單", "在黑名單", "被列入黑名單", "已被列入黑名單", "被封鎖", "已被封鎖" }),
      "rbl黑名單"),
    category = "blocklisted",
    examples = { "554 5.7.1 發信 IP 在黑名單中 (zen.example.org)", "550 IP 黑名單" },
  },

  -- The account is frozen or locked only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.zh_tw.recipient_inactive.temporary",
    priority = 43,
    match = { ACCOUNT, { "暫時" } },
    pattern = phrases.sequence(ACCOUNT, { "", "已", "已被", "被" }, "暫時", { "", "被" }, INACTIVE),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is frozen or locked for a while; retry later.",
    examples = { "450 4.2.1 該帳號暫時凍結", "550 收件者信箱已被暫時鎖定" },
  },

  -- Mailbox full: Exchange's "收件者的信箱已滿", seed 004's 信箱已滿 (4.2.2), hosters' 郵箱空間不夠.
  {
    id = "lang.zh_tw.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "信箱", "郵箱", "收件者信箱", "收件者的信箱", "收件人信箱" }, { "已滿", "滿了", "已經滿了" }),
      phrases.combine({ "信箱空間", "郵箱空間", "信箱容量", "郵箱容量", "信箱儲存空間" }, { "已滿", "滿", "不足", "不夠" }),
      "超出配額", "超過配額", "配額已滿"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 收件者的信箱已滿，目前無法接收郵件。",
      "4.2.2 信箱已滿",
      "552 對方郵箱空間不夠,無法接收新郵件",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.zh_tw.recipient_inactive",
    priority = 42,
    match = { ACCOUNT, INACTIVE },
    pattern = phrases.sequence(ACCOUNT, { "", "已", "已被", "被", "已經被" }, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 帳號被禁用(凍結、鎖定、刪除等)",
      "550 5.2.1 <user@example.tw>: 信箱已停用",
    },
  },
  {
    -- seed 004's reading of 4.2.1
    id = "lang.zh_tw.recipient_inactive.seed",
    priority = 42,
    match = "信箱無法運作",
    category = "recipient_inactive",
    examples = { "5.2.1 信箱無法運作,無法接收信件" },
  },

  -- The domain named inside the notice's sentence (Gmail).
  {
    id = "lang.zh_tw.domain_invalid",
    priority = 41,
    match = phrases.join(
      "網域不存在", "網域名稱不存在", "找不到網域", "無效的網域", "網域無效", "域名無效", "主機不存在", "找不到主機",
      "無法查找對方伺服器名稱",
      phrases.combine({ "mx", "mx " }, { "解析查詢失敗", "解析失敗", "記錄不存在" })),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 網域不存在",
      "524 收信域名 MX 解析查詢失敗",
    },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.zh_tw.rate_limited",
    priority = 36,
    match = {
      "頻率超限", "發信頻率", "發送頻率", "頻率過高", "頻率限制", "發送過快", "發信過快", "連線數過多", "連線過多",
      "連接數過多", "連接過多",
      -- Gmail's 421 4.7.0 flood refusal in its traditional Chinese SMTP error list ("我們的系統偵測到您的 IP
      -- 位址發出數量異常龐大的來路不明電子郵件"); 垃圾郵件 alone is spam
      "數量異常龐大的來路不明", "發出數量異常龐大",
    },
    category = "rate_limited",
    examples = {
      "421 發信 IP 頻率超限，請稍後重試", "450 連線數過多",
      "421 4.7.0 我們的系統偵測到您的 IP 位址發出數量異常龐大的來路不明電子郵件。為保護使用者免於垃圾郵件騷擾，您的 IP 位址所發出的電子郵件已暫時遭到封鎖。",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its traditional Chinese SMTP error page gives it ("Gmail SMTP 錯誤和代碼": "您要聯絡的
  -- 使用者目前正在接收大量郵件，因此無法再接收其他的郵件").
  {
    id = "lang.zh_tw.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine("正在接收大量", { "郵件", "電子郵件" }),
      phrases.combine("接收", { "郵件", "電子郵件" }, { "過於頻繁", "的頻率過高", "過快" }),
      "無法再接收其他的郵件"),
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 您要聯絡的使用者目前正在接收大量郵件，因此無法再接收其他的郵件，請稍後再重新傳送郵件。",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.zh_tw.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine({ "被判為", "判定為", "被判定為", "被識別為", "識別為", "疑似" }, { "垃圾郵件", "垃圾信" }),
      "垃圾郵件過濾", "內容被拒絕", "郵件內容被拒", "敏感詞", "敏感內容", "違禁內容"),
    category = "spam_content",
    examples = { "554 郵件被判為垃圾郵件", "550 5.7.1 疑似垃圾信，拒絕投遞" },
  },
  {
    id = "lang.zh_tw.spam_content.word",
    priority = 33,
    match = { "垃圾郵件", "垃圾信" },
    category = "spam_content",
    examples = { "550 垃圾郵件" },
  },

  -- The mailbox does not exist: Exchange's "找不到您輸入的電子郵件地址", seed 004's 4.1.1 reading
  -- 收件地址信箱錯誤 and its 命中無效地址庫, hosters' 對方用戶不存在.
  {
    id = "lang.zh_tw.recipient_unknown",
    priority = 31,
    match = {
      "找不到您輸入的電子郵件地址", "找不到收件者", "找不到使用者", "找不到該用戶", "無此使用者", "無此用戶", "查無此人",
      "收件者無效", "無效的收件者", "無效的收件人", "收件人地址無效", "收件地址無效", "收件地址信箱錯誤",
      "命中無效地址庫", "不存在的使用者", "不存在的信箱",
    },
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 找不到您輸入的電子郵件地址。請檢查收件者的電子郵件地址，然後嘗試重新傳送郵件。",
      "4.1.1 收件地址信箱錯誤",
      "559 收件人地址無效,命中無效地址庫",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.zh_tw.recipient_unknown.words",
    priority = 30,
    -- "並不存在" (does not exist at all: Gromox's big5 BOUNCE_NO_USER template), "已不存在" (no longer)
    match = { "不存在" },
    pattern = phrases.sequence({ "使用者", "用戶", "收件者", "收件者地址", "收件人", "信箱", "郵箱", "郵件地址",
        "電子郵件地址", "帳號", "帳戶", "賬號" }, { "", "並", "已", "已經", "根本" }, "不存在"),
    category = "recipient_unknown",
    examples = { "550 5.1.1 使用者不存在", "550 對方用戶不存在", "因為該收件人並不存在！請驗證該郵件地址是否真實有效。" },
  },

  -- seed 004's 主機無回應 (4.4.1), 連線錯誤 (4.4.2), 網路壅塞 (4.4.5), its 網絡異常 and 連接失敗 groups.
  {
    id = "lang.zh_tw.network_error",
    priority = 16,
    match = {
      "連線逾時", "連線超時", "連接超時", "連線失敗", "連接失敗", "連線被拒", "拒絕連線", "網路異常", "網絡異常",
      "網路錯誤", "網路壅塞", "連線錯誤", "主機無回應", "無法連線", "無法連接", "目標主機不可到達", "超時",
      "伺服器無回應", "伺服器沒有回應", "連線至對方伺服器失敗", "連線伺服器失敗",
    },
    category = "network_error",
    examples = { "4.4.1 主機無回應", "451 連線逾時" },
  },
  -- seed 004's 接收方臨時故障 group, its 4.3.1, 4.3.2 and 4.3.5 readings.
  {
    id = "lang.zh_tw.system_error",
    priority = 15,
    match = {
      "臨時故障", "暫時故障", "暫時無法", "暫時不可用", "服務不可用", "服務暫時無法使用", "系統錯誤", "系統忙碌",
      "伺服器忙碌", "伺服器錯誤", "內部錯誤", "系統故障", "郵件系統儲存空間已滿", "主機無法接收信件", "系統設定錯誤",
      -- grommunio's (gromox) Traditional Chinese bounce templates (data/local_bounce/big5,
      -- BOUNCE_OPERATION_ERROR: our mail system failed)
      "郵件系統出錯", "系統出錯",
    },
    category = "system_error",
    examples = { "451 接收方臨時故障，請稍後重試", "4.3.1 郵件系統儲存空間已滿" },
  },

  -- Exchange's and Exchange Online's Traditional Chinese delay notice (主旨 "延遲傳遞", "傳遞給這些
  -- 收件者或群組時發生延遲"), and the general words of a warning that needs no resend.
  {
    id = "lang.zh_tw.delivered.delayed",
    priority = 91,
    match = {
      "延遲傳遞", "傳遞延遲", "延遲遞送", "遞送延遲", "延遲投遞", "投遞延遲", "發生延遲", "將繼續嘗試",
      "會繼續嘗試", "不需要重新傳送", "無須重新傳送", "無需重新傳送", "不需要重新寄送", "無須重新寄送",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "延遲傳遞: 傳遞給這些收件者或群組時發生延遲: user@example.tw" },
  },

  -- Outlook's and Exchange's Traditional Chinese automatic reply ("自動回覆:").
  {
    id = "lang.zh_tw.auto_reply",
    priority = 90,
    match = { "自動回覆", "自動回復", "自動答覆", "自動應答" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "自動回覆: 我目前休假中，5月5日返回。" },
  },

  -- Size: Exchange's Traditional Chinese 5.3.4 ("郵件太大"), HiNet's and the hosters' size
  -- refusals, and the general words.
  {
    id = "lang.zh_tw.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "郵件", "信件", "附件", "訊息" }, { "太大", "過大" }),
      phrases.combine({ "郵件大小", "信件大小", "附件大小", "訊息大小" }, { "超過", "超出" }),
      phrases.combine({ "超過", "超出" }, { "郵件大小限制", "最大郵件大小", "大小限制" })),
    category = "message_too_large",
    examples = {
      "552 5.3.4 郵件太大",
      "552 郵件大小超過限制",
    },
  },

  -- Malware in Traditional Chinese words (惡意軟體; 病毒 and 木馬 are zh_cn.lua's, spelled alike).
  {
    id = "lang.zh_tw.malicious_content",
    priority = 51,
    match = { "惡意軟體", "惡意程式", "惡意附件" },
    category = "malicious_content",
    examples = { "554 5.7.1 郵件含有惡意軟體，拒絕接收" },
  },

  -- Exchange's Traditional Chinese "存取被拒" with nothing more: an opaque policy refusal.
  {
    id = "lang.zh_tw.policy_block",
    priority = 12,
    -- and gromox's BOUNCE_GENERIC_ERROR ("系統因為某些原因拒絕了您的郵件", refused for some reason)
    match = { "存取被拒", "拒絕存取", "伺服器拒收", "郵件被拒收", "被攔截", "已攔截", "拒絕了您的郵件", "拒絕您的郵件",
      "某些原因拒絕" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 存取被拒", "系統因為某些原因拒絕了您的郵件！" },
  },

  -- "Try again later" in Traditional Chinese: the receiver's failure passes (soft).
  {
    id = "lang.zh_tw.try_later",
    priority = 10,
    match = { "稍後重試", "稍後再試", "請稍後" },
    category = "system_error",
    type = "soft",
    examples = { "451 請稍後再試" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Traditional Chinese
  -- words: the relay refusals of Taiwanese hosters' MTAs.
  {
    id = "lang.zh_tw.relay_denied",
    priority = 57,
    match = {
      "不允許中繼", "拒絕中繼", "禁止中繼", "中繼被拒", "不允許匿名轉發", "拒絕匿名轉發",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 不允許中繼" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Traditional Chinese words.
  {
    id = "lang.zh_tw.too_many_recipients",
    priority = 50,
    match = {
      "收件者過多", "收件者太多", "收件者數量超過", "收件者數超過", "收件人數量超過", "收件人過多",
    },
    category = "too_many_recipients",
    examples = { "452 收件者數量超過限制" },
  },
}
