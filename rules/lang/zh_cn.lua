-- Chinese (simplified) wording of bounces and replies. Sources, per family below: Exchange's and
-- Exchange Online's Chinese NDR texts ("找不到您输入的电子邮件地址", "收件人的邮箱已满"), Gmail's
-- Chinese notice ("找不到地址"), Tencent's bounce help (service.mail.qq.com: "该用户不存在",
-- "该用户未开通QQ邮箱", "收件人空间不足"), Chinese hosters' bounce guides (收件人不存在, 收件容量满,
-- 域名不存在, 垃圾邮件退信, 网络异常), and the reply groups of seed 004 (接收地址不存在, 邮箱空间满,
-- IP 黑名单, 频率超限, 接收方临时故障). Tencent's and NetEase's English codes live in
-- rules/providers/. Chinese needs no spaces, so the phrases are the words themselves. A phrase
-- written alike in simplified and traditional characters (收件人不存在, 找不到地址, 域名不存在)
-- is listed here only; zh_tw.lua holds the traditional spellings. Priorities follow the scale in
-- rules/text/notices.lua.
local phrases = require "bounce.phrases"

local ACCOUNT = { "账号", "帐号", "账户", "帐户", "邮箱", "用户", "收件人" }
local INACTIVE = { "停用", "冻结", "锁定", "禁用", "注销", "关闭", "封禁", "暂停使用" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours.
  {
    id = "lang.zh_cn.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "发件人", "发信人", "发件人地址", "发信地址", "发件人域名", "发信域名" },
        { "不存在", "无效", "被拒绝", "错误" }),
      "无效的发件人"),
    category = "sender_invalid",
    examples = { "553 5.1.8 发信域名不存在", "550 5.1.7 发件人地址无效" },
  },

  -- A blocklist the recipient keeps for itself, or its filter rules (seed 004: 个人或系统黑名单,
  -- 收件人拒收): the recipient's side, not the address (TAXONOMY rule 8).
  {
    id = "lang.zh_cn.recipient_policy",
    priority = 45,
    match = {
      "个人黑名单", "用户黑名单", "收件人黑名单", "对方黑名单", "对方的黑名单", "收件人拒收", "对方拒收", "用户拒收",
      "过滤规则", "过滤策略",
    },
    category = "recipient_policy",
    examples = { "550 收件人已将您加入个人黑名单", "550 对方拒收了您的邮件" },
  },
  -- A mailing list that takes posts only from its members or named senders (gromox's list
  -- bounces, data/mlist_bounce/gb2312: "您没有足够的权限向……这个邮件列表发送邮件"): the list's
  -- own restriction (TAXONOMY rule 8).
  {
    id = "lang.zh_cn.recipient_policy.list",
    priority = 45,
    match = { { "邮件列表" }, { "没有足够的权限", "没有权限", "无权" } },
    category = "recipient_policy",
    examples = { "很抱歉通知您，您没有足够的权限向这个邮件列表发送邮件" },
  },
  -- A group that takes mail from authenticated senders only: Exchange's RESOLVER.RST.AuthRequired
  -- in its Chinese NDR ("由于此组限定只接收经过身份验证的发件人所发送的邮件，无法传递你的邮件",
  -- as pasted in GTD2020-05-31#583), and the same restriction to named senders
  {
    id = "lang.zh_cn.recipient_policy.group",
    priority = 45,
    match = { { "此组", "该组", "组限定" }, { "只接收", "仅接收", "只接受", "仅接受" } },
    category = "recipient_policy",
    examples = { "由于此组限定只接收经过身份验证的发件人所发送的邮件，无法传递你的邮件。" },
  },
  -- A post from a non-member to a members-only list: Mailman 2.1's hold reason ("Post by
  -- non-member to a members-only list", messages/zh_CN/LC_MESSAGES/mailman.po).
  {
    id = "lang.zh_cn.recipient_policy.members_only",
    priority = 45,
    match = { "由非成员发送", "仅成员列表" },
    category = "recipient_policy",
    examples = { "由非成员发送到一个仅成员列表" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.zh_cn.blocklisted",
    priority = 70,
    match = phrases.join(
      phrases.combine({ "ip", "ip ", "ip地址", "ip 地址" },
        { "黑名单", "在黑名单", "被列入黑名单", "已被列入黑名单", "被封", "已被封", "被屏蔽", "已被屏蔽" }),
      "rbl黑名单"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 发信IP在黑名单中 (zen.example.org)",
      "550 IP 黑名单",
    },
  },

  -- The account is frozen or locked only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.zh_cn.recipient_inactive.temporary",
    priority = 43,
    match = { ACCOUNT, { "暂时", "临时" } },
    pattern = phrases.sequence(ACCOUNT, { "", "已", "已被", "被" }, { "暂时", "临时" }, { "", "被" }, INACTIVE),
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is frozen or locked for a while; retry later.",
    examples = { "450 4.2.1 该账号暂时冻结", "550 收件人邮箱已被临时锁定" },
  },

  -- Mailbox full: Exchange's "收件人的邮箱已满", Tencent's "收件人空间不足", seed 004's 邮箱空间满.
  {
    id = "lang.zh_cn.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "邮箱", "收件人邮箱", "收件人的邮箱" }, { "已满", "满", "已经满了" }),
      phrases.combine({ "邮箱空间", "邮箱容量", "收件人空间", "收件容量" }, { "已满", "满", "不足" }),
      "超出配额", "超过配额", "配额已满", "超出邮箱容量", "超过邮箱容量"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 收件人的邮箱已满，目前无法接收邮件。",
      "552 收件人空间不足",
      "452 收件容量满",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.zh_cn.recipient_inactive",
    priority = 42,
    match = { ACCOUNT, INACTIVE },
    pattern = phrases.sequence(ACCOUNT, { "", "已", "已被", "被", "已经被" }, INACTIVE),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 该账号已被冻结",
      "550 5.2.1 <user@example.cn>: 邮箱已停用",
      "550 用户已注销",
    },
  },

  -- The recipient's domain: 域名不存在 (hosters' bounce guides), seed 004's MX 解析查询失败.
  {
    id = "lang.zh_cn.domain_invalid",
    priority = 41,
    match = phrases.join(
      "域名不存在", "域名无效", "无效的域名", "找不到域名", "未知域名", "主机不存在", "找不到主机",
      phrases.combine({ "mx", "mx " }, { "解析失败", "解析查询失败", "记录不存在" }),
      "没有mx记录", "没有 mx 记录"),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 域名不存在",
      "524 收信域名 MX 解析查询失败",
    },
  },

  -- Seed 004's frequency groups (IP, account, domain 频率超限) and 流控.
  {
    id = "lang.zh_cn.rate_limited",
    priority = 36,
    match = {
      "频率超限", "发送频率", "发信频率", "频率过高", "频率限制", "发送过快", "发信过快", "连接数过多", "连接过多",
      "连接数超限", "流控",
      -- Gmail's 421 4.7.0 flood refusal in its Chinese SMTP error list (knowledge.workspace.google.com,
      -- "Gmail SMTP 错误和代码": "我们的系统检测到您的 IP 地址发出了数量庞大、来路不明的邮件"); 垃圾邮件 alone is spam
      "数量庞大、来路不明", "数量庞大,来路不明", "发出了数量庞大",
    },
    category = "rate_limited",
    examples = {
      "421 发信 IP 频率超限，请稍后重试",
      "450 连接数过多",
      "421 4.7.0 我们的系统检测到您的 IP 地址发出了数量庞大、来路不明的邮件。为保护我们的用户免受垃圾邮件的骚扰，系统暂时屏蔽了从您的 IP 地址发出的邮件。",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its simplified Chinese SMTP error page gives it (knowledge.workspace.google.com, "Gmail
  -- SMTP 错误和代码", hl=zh-cn: "您尝试联系的用户接收电子邮件的频率过高", "... 目前接收电子邮件过于频繁,
  -- 因此系统无法递送更多邮件"; its older wording "目前接收邮件过于频繁").
  {
    id = "lang.zh_cn.recipient_rate_limited",
    priority = 44,
    match = phrases.join(
      phrases.combine("接收", { "电子邮件", "邮件" }, { "的频率过高", "过于频繁", "过快" }),
      "无法递送更多邮件"),
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 您尝试联系的用户接收电子邮件的频率过高。请稍后重发您的邮件。",
      "450 4.2.1 您尝试联系的用户目前接收电子邮件过于频繁，因此系统无法递送更多邮件。",
      "450 4.2.1 您尝试联系的用户目前接收邮件过于频繁。请稍后重发您的邮件。",
    },
  },

  -- Seed 004's 垃圾邮件 group: the content judged spam.
  {
    id = "lang.zh_cn.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine({ "被判为", "判定为", "被判定为", "被识别为", "识别为", "疑似" }, "垃圾邮件"),
      "垃圾邮件过滤", "反垃圾", "内容被拒绝", "邮件内容被拒",
      -- content filters' words: NetEase's DT:SPM ("发送的邮件内容包含了未被许可的信息"), and
      -- sensitive or forbidden words in the content
      "未被许可的信息", "敏感词", "敏感内容", "违禁内容", "违规内容"),
    category = "spam_content",
    examples = {
      "554 邮件被判为垃圾邮件",
      "554 发送的邮件内容包含了未被许可的信息",
      "550 5.7.1 疑似垃圾邮件，拒绝投递",
    },
  },
  {
    id = "lang.zh_cn.spam_content.word",
    priority = 33,
    match = "垃圾邮件",
    category = "spam_content",
    examples = { "550 垃圾邮件退信" },
  },

  -- The mailbox does not exist: Exchange's "找不到您输入的电子邮件地址", Gmail's "找不到地址",
  -- Tencent's "该用户不存在" and "该用户未开通", seed 004's 接收地址不存在.
  {
    id = "lang.zh_cn.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "找不到您输入的电子邮件地址", "找不到地址", "找不到收件人", "找不到该用户", "找不到用户",
      "无此用户", "没有这个用户", "查无此人", "收件人无效", "无效的收件人", "收件人地址无效", "用户未开通",
      "不存在的用户", "不存在的邮箱"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 找不到您输入的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。",
      "找不到地址。您的邮件未能送达 user@example.cn，因为找不到该地址，或该地址无法接收邮件。",
      "550 该用户未开通QQ邮箱",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.zh_cn.recipient_unknown.words",
    priority = 30,
    -- "并不存在" (does not exist at all: Gromox's BOUNCE_NO_USER template), "已不存在" (no longer)
    match = { "不存在" },
    pattern = phrases.sequence({ "用户", "收件人", "收信人", "收件人地址", "收件地址", "接收地址", "邮箱", "邮箱地址", "邮件地址",
        "地址", "账号", "帐号", "账户", "帐户", "用户名" }, { "", "并", "已", "已经", "根本" }, "不存在"),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 该用户不存在",
      "550 收信人不存在",
      "550 收件人地址不存在",
      "550 接收地址不存在",
      "因为该收件人并不存在！请验证该邮件地址是否真实有效。",
      "550 该邮箱已不存在",
    },
  },

  -- Seed 004's 网络异常 and 连接失败 groups.
  {
    id = "lang.zh_cn.network_error",
    priority = 16,
    match = {
      "连接超时", "连接失败", "连接被拒绝", "拒绝连接", "网络异常", "网络错误", "网络故障", "连接中断", "连接断开",
      "无法连接", "目标主机不可到达", "主机不可达", "超时",
      -- the server named between "connect" and "failed", and a server that does not answer, as
      -- Chinese providers' bounce notices word them ("连接对方服务器失败", "对方服务器无响应")
      "连接对方服务器失败", "连接服务器失败", "连接远程服务器失败", "服务器无响应", "服务器没有响应", "服务器未响应",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 连接超时",
      "427 目标主机不可到达",
      "421 对方服务器无响应",
    },
  },
  -- Seed 004's 接收方临时故障 group.
  {
    id = "lang.zh_cn.system_error",
    priority = 15,
    match = {
      "临时故障", "临时错误", "暂时不可用", "暂时无法", "服务不可用", "服务暂不可用", "系统错误", "系统繁忙",
      "服务器繁忙", "内部错误", "系统故障",
      -- grommunio's (gromox) bounce templates in Simplified Chinese (data/local_bounce/gb2312,
      -- BOUNCE_OPERATION_ERROR: "我们的邮件系统出错", our mail system failed)
      "邮件系统出错", "系统出错",
    },
    category = "system_error",
    examples = {
      "451 接收方系统临时故障，请稍后重试",
      "421 服务暂不可用",
      "很抱歉通知您，您发送到“user@example.cn”的邮件无法被正确投递，我们的邮件系统出错，请联系系统管理员以解决该问题。",
    },
  },

  -- Exchange's and Exchange Online's Simplified Chinese delay notice (主题 "延迟传递", "传递到这些
  -- 收件人或组时出现延迟"), Coremail's and NetEase's queue warnings ("邮件延迟投递", "系统将继续尝试
  -- 投递"), and the general words of a warning that needs no resend (无需重新发送).
  {
    id = "lang.zh_cn.delivered.delayed",
    priority = 91,
    match = {
      "延迟传递", "传递延迟", "延迟投递", "投递延迟", "延迟送达", "送达延迟", "延迟发送", "出现延迟",
      "将继续尝试", "会继续尝试", "继续尝试投递", "无需重新发送", "不需要重新发送", "无需重发",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "延迟传递: 传递到这些收件人或组时出现延迟: user@example.cn",
      "您的邮件暂时未能投递，系统将继续尝试投递，无需重新发送。",
    },
  },

  -- Outlook's and Exchange's Simplified Chinese automatic reply ("自动回复:"), QQ Mail's and
  -- NetEase's autoresponders (自动回复, 自动答复).
  {
    id = "lang.zh_cn.auto_reply",
    priority = 90,
    match = { "自动回复", "自动答复", "自动应答", "休假回复" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "自动回复: 我已休假，5月5日返回。" },
  },

  -- Size: Exchange's Simplified Chinese 5.3.4 ("邮件太大"), QQ Mail's, NetEase's, Sina's and
  -- Coremail's size refusals ("邮件大小超过限制", "附件过大"), and the general words.
  {
    id = "lang.zh_cn.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "邮件", "信件", "附件", "消息" }, { "太大", "过大" }),
      phrases.combine({ "邮件大小", "信件大小", "附件大小", "邮件尺寸", "邮件体积" }, { "超过", "超出", "超限" }),
      phrases.combine({ "超过", "超出" }, { "邮件大小限制", "最大邮件大小", "邮件大小上限", "最大限制" })),
    category = "message_too_large",
    examples = {
      "552 5.3.4 邮件太大",
      "552 邮件大小超过限制",
      "554 信件过大，拒绝接收",
    },
  },

  -- Malware in Simplified Chinese words (病毒, 恶意软件).
  {
    id = "lang.zh_cn.malicious_content",
    priority = 51,
    match = { "病毒", "恶意软件", "恶意附件", "恶意代码", "木马" },
    category = "malicious_content",
    examples = { "554 5.7.1 邮件含有病毒，拒绝接收" },
  },

  -- Exchange's Simplified Chinese "访问被拒绝" with nothing more: an opaque policy refusal.
  {
    id = "lang.zh_cn.policy_block",
    priority = 12,
    -- and a refusal or interception that names no cause ("对方服务器拒收", "邮件被拦截")
    -- and gromox's BOUNCE_GENERIC_ERROR ("系统因为某些原因拒绝您了的邮件", the system refused your
    -- mail for some reason)
    match = { "访问被拒绝", "拒绝访问", "服务器拒收", "邮件被拒收", "被拦截", "已拦截", "拒绝您的邮件", "拒绝您了的邮件", "拒绝了您的邮件",
      "某些原因拒绝" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 访问被拒绝", "554 对方服务器拒收", "554 邮件被拦截", "系统因为某些原因拒绝您了的邮件！" },
  },

  -- "Try again later" in Simplified Chinese: the receiver's failure passes (soft).
  {
    id = "lang.zh_cn.try_later",
    priority = 10,
    match = { "稍后重试", "稍后再试", "稍候重试", "稍候再试", "请稍后" },
    category = "system_error",
    type = "soft",
    examples = { "451 请稍后重试" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Simplified Chinese
  -- words: NetEase's RP:FRL ("网易邮箱不开放匿名转发") and the relay refusals of Chinese hosters' MTAs.
  {
    id = "lang.zh_cn.relay_denied",
    priority = 57,
    match = {
      "不开放匿名转发", "不允许匿名转发", "拒绝匿名转发", "不允许中继", "拒绝中继", "禁止中继", "中继被拒绝",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 本服务器不开放匿名转发" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Simplified Chinese words.
  {
    id = "lang.zh_cn.too_many_recipients",
    priority = 50,
    match = {
      "收件人数量超过", "收件人数超过", "收件人数量超出", "收件人数超出", "收件人数量超限", "收件人过多", "收件人太多",
    },
    category = "too_many_recipients",
    examples = { "452 收件人数量超过了限额" },
  },
}
