-- Japanese wording of bounces and replies. Sources, per family below: Exchange's and Exchange
-- Online's Japanese NDR texts ("入力した電子メール アドレスが見つかりませんでした", "受信者のメール
-- ボックスがいっぱいで"), Gmail's Japanese notice ("アドレスが見つかりません"), Domino's and Notes'
-- Japanese directory lookups ("Domino ディレクトリには見つかりません", "ディレクトリのリストにありま
-- せん"), the Japanese reading of RFC 3463 in seed 002 (宛先メールボックスアドレスが正しくありません,
-- メールボックスがいっぱい, ホストからの回答がありません ...), and the words of Japanese ISPs' and
-- carriers' notices (宛先不明, 受信拒否). The mobile carriers' SMTP replies (docomo, au, SoftBank)
-- are English and live in rules/text/recipient.lua. Exchange writes "メール アドレス" with a space,
-- others without, so phrases start after it. Priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local USER = { "ユーザ", "ユーザー", "アカウント", "アドレス", "メールアドレス", "宛先", "受信者", "あて先" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours (seed 002's 517 and 518 rows).
  {
    id = "lang.ja.sender_invalid",
    priority = 54,
    match = { "送信者", "差出人", "送信元" },
    pattern = phrases.sequence({ "送信者", "差出人", "送信元" }, { "", "の" }, { "", "アドレス", "メールアドレス", "ドメイン" },
      { "が", "は" }, { "存在しません", "不正", "見つかりません" }) + phrases.sequence("不正な送信者"),
    category = "sender_invalid",
    examples = { "553 5.1.8 送信元ドメインが存在しません", "517 不正な送信者のメールボックスアドレス構文" },
  },

  -- The recipient's own reception filter (受信拒否設定, 指定受信): the carriers' subscribers choose
  -- whom they accept (TAXONOMY rule 8).
  {
    id = "lang.ja.recipient_policy",
    priority = 45,
    match = { "受信拒否", "指定受信", "受信許可リスト" },
    category = "recipient_policy",
    examples = { "550 受信者の受信拒否設定によりメールを配信できませんでした" },
  },
  -- A mailing list that takes posts only from its members (gromox's list bounces,
  -- data/mlist_bounce/euc-jp: "……のメールリストへの送信権限がありません"): the list's own
  -- restriction (TAXONOMY rule 8).
  {
    id = "lang.ja.recipient_policy.list",
    priority = 45,
    match = { { "メールリスト", "メーリングリスト" }, { "送信権限がありません", "権限がありません" } },
    category = "recipient_policy",
    examples = { "メールリストへの送信権限がありません" },
  },
  -- A post from a non-member to a members-only list: Mailman 2.1's hold reason ("Post by
  -- non-member to a members-only list", messages/ja/LC_MESSAGES/mailman.po).
  {
    id = "lang.ja.recipient_policy.members_only",
    priority = 45,
    match = { "会員限定リスト", "非会員の投稿" },
    category = "recipient_policy",
    examples = { "会員限定リストへの非会員の投稿" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.ja.blocklisted",
    priority = 70,
    match = phrases.join(
      "ブラックリスト", "ブロックリスト",
      phrases.combine({ "ipアドレス", "ip" }, { "が", "は" }, { "ブロック", "拒否リスト", "登録" }),
      "rblに登録", "dnsblに登録"),
    category = "blocklisted",
    examples = {
      "554 5.7.1 送信元IPアドレスがブラックリストに登録されています (zen.example.org)",
    },
  },

  -- The account is stopped only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.ja.recipient_inactive.temporary",
    priority = 43,
    match = { { "アカウント", "メールボックス", "ユーザ", "宛先" },
      { "一時的に停止", "一時停止", "一時的にロック", "一時的に無効", "一時的に利用" } },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is stopped or locked for a while; retry later.",
    examples = { "450 4.2.1 宛先のアカウントは一時的に停止されています" },
  },

  -- Mailbox full: Exchange's "受信者のメールボックスがいっぱいで", seed 002's "メールボックスがいっぱい",
  -- quota and free-space wording.
  {
    id = "lang.ja.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "ボックス", "受信箱" },
        { "が", "は", "" }, { "いっぱい", "一杯", "満杯", "容量オーバー", "容量を超え", "容量超過" }),
      "空き容量がありません", "空き容量が不足", "容量オーバー", "空き容量不足", "クォータを超過", "クォータ超過", "割り当てを超え",
      -- Gmail's 452 4.2.2 in its Japanese SMTP error list (support.google.com/a/answer/3726730?hl=ja:
      -- "受信者の受信トレイの保存容量が不足している", "空き容量がないため受信者の受信トレイが無効になっています")
      phrases.combine({ "受信トレイ", "メールボックス" }, "の保存容量が不足"), "空き容量がないため"),
    category = "mailbox_full",
    examples = {
      "552 5.2.2 受信者のメールボックスがいっぱいで、現在メッセージを受信できません。",
      "552 メールボックスがいっぱい",
      "552 メールボックス容量オーバー",
      "452 4.2.2 宛先のメールボックスの空き容量がありません",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun, whose it is, and its state.
  {
    id = "lang.ja.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine({ "アカウント", "メールボックス", "ユーザ", "ユーザー", "アドレス" }, { "が", "は" },
        { "停止", "無効", "ロック", "凍結", "削除", "廃止", "利用できません" }),
      phrases.combine({ "停止された", "無効になった", "休止中の", "解約済みの", "廃止された" },
        { "アカウント", "ユーザ", "アドレス" }),
      "利用停止", "使用停止", "退会済み"),
    category = "recipient_inactive",
    examples = {
      "550 5.2.1 メールボックスが無効になっている、メッセージを受け付けていない",
      "550 5.2.1 <user@example.jp>: このアカウントは停止されています",
      "550 利用停止中のアドレスです",
    },
  },

  -- The recipient's domain: seed 002's 512 row, host/domain not found, no MX.
  {
    id = "lang.ja.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "ドメイン", "ホスト", "mxレコード", "ドメイン名" }, { "が", "は" },
        { "存在しません", "見つかりません", "見つからない", "ありません", "不正" }),
      phrases.combine({ "存在しない", "不明な" }, { "ドメイン", "ホスト" }),
      "ドメイン不明", "宛先システムアドレスが正しくありません"),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 ドメインが存在しません",
      "512 宛先システムアドレスが正しくありません",
    },
  },

  -- The same state before its noun.
  {
    id = "lang.ja.domain_invalid.named",
    priority = 41,
    match = { { "ドメイン" }, { "が見つか", "は見つか", "が存在し", "は存在し" } },
    pattern = [[ "ドメイン" " "? [a-z0-9.-]+ " "? ("が" / "は") ("見つか" / "存在し") ]],
    category = "domain_invalid",
    examples = { "ドメイン example.invalid が見つからなかったため、user@example.invalid にメールを配信できませんでした。" },
  },

  -- The sender sends too fast: the general words (too many connections or messages, too fast).
  {
    id = "lang.ja.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine({ "接続数", "送信数", "送信件数", "同時接続数" }, { "が多すぎ", "の上限", "超過", "が上限" }),
      "短時間に大量", "送信頻度", "流量制限", "レート制限",
      -- Gmail's 421 4.7.0 flood refusal in its Japanese SMTP error list (support.google.com/a/answer/3726730?hl=ja:
      -- "ご使用の IP アドレスから大量の迷惑メールが送信されたことを検出しました"); "迷惑メール" alone is spam
      "大量の迷惑メールが送信されたことを検出", "大量の迷惑メールを検出"),
    category = "rate_limited",
    examples = {
      "421 4.7.0 同時接続数が多すぎます。しばらくしてから再送してください",
      "450 4.7.1 短時間に大量のメールが送信されたため受信を制限しています",
      "421 4.7.0 ご使用の IP アドレスから大量の迷惑メールが送信されたことを検出しました。ご使用の IP アドレスから送信されたメールを一時的にブロックしました。",
    },
  },

  -- The recipient receives too much mail for now: soft, retry later (recipient_rate_limited). Gmail's
  -- 450 4.2.1 as its Japanese SMTP error pages give it (support.google.com/a/answer/3726730?hl=ja:
  -- "宛先のユーザーが、非常に速いペースでメールを受信しようとしています", "宛先ユーザーのメール受信までの時間が
  -- 短すぎます", "これ以上のメール配信に応じられないペースでメールを受信しています"), and its help on limits
  -- (support.google.com/mail/answer/22839?hl=ja: "送信先がメール受信数の制限を超過しています").
  {
    id = "lang.ja.recipient_rate_limited",
    priority = 44,
    match = {
      "速いペースでメールを受信", "メール受信までの時間が短すぎ", "応じられないペースでメールを受信",
      "メール受信数の制限を超過", "受信数の制限を超過",
    },
    category = "recipient_rate_limited",
    examples = {
      "450 4.2.1 宛先のユーザーが、非常に速いペースでメールを受信しようとしています。後でそのユーザー宛にメールをもう一度送信してください。",
      "450 4.2.1 宛先のユーザーは、これ以上のメール配信に応じられないペースでメールを受信しています。",
      "送信先がメール受信数の制限を超過しています",
    },
  },

  -- Content judged spam: the general words.
  {
    id = "lang.ja.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine({ "迷惑メール", "スパム", "spam" }, { "と判定", "と判断", "として拒否", "として検出", "と認識" }),
      "スパムメール", "迷惑メールフィルタにより"),
    category = "spam_content",
    examples = { "550 5.7.1 このメールは迷惑メールと判定されたため受信を拒否しました" },
  },
  {
    id = "lang.ja.spam_content.word",
    priority = 33,
    match = { "迷惑メール", "スパム" },
    category = "spam_content",
    examples = { "550 5.7.1 迷惑メール (内容により拒否)" },
  },

  -- The mailbox does not exist: Exchange's "アドレスが見つかりませんでした", Gmail's "アドレスが
  -- 見つかりません", Domino's and Notes' directory lookups, seed 002's 511 row, ISPs' 宛先不明.
  {
    id = "lang.ja.recipient_unknown",
    priority = 31,
    match = phrases.join(
      "宛先不明", "あて先不明", "ディレクトリには見つかりません",
      -- the other nouns Japanese ISPs' notices put before 不明 (受信者不明, 配送先不明)
      "受信者不明", "配送先不明", "送信先不明", "受取人不明", "ユーザ不明", "ユーザー不明", "アドレス不明",
      -- "this address is not in use" (現在使われておりません), as Japanese ISPs word a closed address
      phrases.combine({ "アドレス", "アカウント" }, { "は", "が" }, { "", "現在" },
        { "使われておりません", "使われていません", "使用されておりません", "使用されていません" }), "ディレクトリのリストにありません",
      "宛先メールボックスアドレスが正しくありません",
      phrases.combine({ "存在しない", "不明な", "該当する", "無効な" }, { "ユーザ", "宛先", "メールアドレス", "受信者" }),
      "該当ユーザなし", "そのようなユーザ",
      -- a user "not registered" on the server (DTI's notice: "<a@b> のユーザーは登録されていません"),
      -- said of the user, not of an address (a sender's may be the one not registered)
      phrases.combine({ "ユーザ", "ユーザー" }, { "は", "が" }, { "登録されていません", "登録されておりません" })),
    category = "recipient_unknown",
    examples = {
      "原因: <user@example.jp> のユーザーは登録されていません",
      "550 5.1.1 宛先不明",
      "User user (user@example.jp) は Domino ディレクトリには見つかりません",
      "511 宛先メールボックスアドレスが正しくありません",
      "550 受信者不明",
      "550 このメールアドレスは現在使われておりません",
    },
  },
  -- The general words: a recipient noun, whose it is, and "unknown / does not exist / not found".
  {
    id = "lang.ja.recipient_unknown.words",
    priority = 30,
    -- the progressive forms too: "受信者が存在していないため" (Gromox's BOUNCE_NO_USER template)
    -- and the past ("アドレスが見つからなかったか", Gmail's Japanese notice as received)
    match = { "存在しません", "存在しない", "存在して", "存在しなかった", "見つかりません", "見つからない", "見つからなかった",
      "ありません" },
    pattern = phrases.sequence(USER, { "が", "は" }, { "存在しません", "存在しない", "存在していません", "存在していない",
      "存在しなかった", "見つかりません", "見つからない", "見つからなかった", "ありません" }),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 入力した電子メール アドレスが見つかりませんでした。受信者の電子メール アドレスを確認して、メッセージを再送信してください。",
      "アドレスが見つかりません。user@example.jp にメールを配信できませんでした。アドレスが見つからないか、メールを受信できないアドレスです。",
      "アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは user@example.jp に配信されませんでした。",
      "550 5.1.1 <user@example.jp>: ユーザが存在しません",
      "受信者が存在していないため、メールを正しく送信できません。",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable (the general words).
  {
    id = "lang.ja.network_error",
    priority = 16,
    match = {
      "接続が拒否", "接続拒否", "接続できません", "接続できませんでした", "タイムアウト", "接続が切断", "接続が切れ",
      "応答がありません", "ネットワークエラー", "ネットワーク障害",
      -- seed 002's 541, 542 and 545 rows
      "ホストからの回答がありません", "接続不良", "ネットワークの混雑",
    },
    category = "network_error",
    examples = {
      "451 4.4.1 mx.example.jp への接続がタイムアウトしました",
      "541 ホストからの回答がありません",
    },
  },
  -- Temporary failures of the receiving system (the general words).
  {
    id = "lang.ja.system_error",
    priority = 15,
    match = {
      "一時的なエラー", "一時的な障害", "一時的な問題", "一時的に利用できません", "内部エラー", "システムエラー",
      "システム障害", "サーバエラー", "サーバーエラー", "サーバが混雑", "サーバーが混雑",
      -- seed 002's 421, 451, 452 and 531 rows
      "サービスは利用できません", "処理エラー", "不十分なシステムストレージ", "メールシステムがいっぱい",
    },
    category = "system_error",
    examples = {
      "451 4.3.0 一時的なエラーが発生しました。しばらくしてから再送してください",
      "421 サービスは利用できません",
    },
  },

  -- Exchange's and Exchange Online's Japanese delay notice (件名 "配信の遅延", "次の受信者または
  -- グループへの配信が遅延しています"), Gmail's Japanese delay notice, and the general words of a
  -- warning that needs no resend (再送する必要はありません).
  {
    id = "lang.ja.delivered.delayed",
    priority = 91,
    match = {
      "配信の遅延", "配信が遅延", "配信遅延", "配送の遅延", "配送が遅延", "配送遅延", "送信が遅延",
      "配信が遅れて", "配送が遅れて", "再送する必要はありません", "再送信する必要はありません",
      "再送の必要はありません", "配信を再試行", "再試行します", "引き続き配信を試み",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = {
      "次の受信者またはグループへの配信が遅延しています: user@example.jp",
      "このメッセージはまだ配信されていません。配信を再試行します。",
    },
  },

  -- Outlook's and Exchange's Japanese automatic reply ("自動応答:"), the carriers' and ISPs'
  -- webmail autoresponders (自動返信), and an absence notice (不在通知).
  {
    id = "lang.ja.auto_reply",
    priority = 90,
    match = { "自動応答", "自動返信", "自動返答", "不在通知", "不在のお知らせ", "不在にしております" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "自動応答: 5月5日まで不在にしております。" },
  },

  -- Size: Exchange's Japanese 5.3.4 ("メッセージのサイズが大きすぎます"), the hosters' Postfix and
  -- qmail size limits in Japanese, and the general words (size limit exceeded).
  {
    id = "lang.ja.message_too_large",
    priority = 52,
    match = phrases.join(
      phrases.combine({ "メッセージ", "メール", "添付ファイル", "メッセージのサイズ", "メールのサイズ", "サイズ" },
        { "が", "は" }, { "大きすぎ", "大き過ぎ", "上限を超え", "制限を超え", "上限を越え", "制限を越え" }),
      -- a size said to be passed, with 越え as well as 超え (fml's "メールのサイズを越えています")
      "サイズを超え", "サイズを越え",
      phrases.combine({ "メッセージサイズ", "メールサイズ", "サイズ制限", "最大サイズ", "送信サイズ" },
        { "を超え", "の上限", "超過", "オーバー" })),
    category = "message_too_large",
    examples = {
      "あなたのメールはこのメーリングリストが許すメールのサイズを越えています。",
      "552 5.3.4 メッセージのサイズが大きすぎます",
      "552 メールサイズの上限を超えています",
    },
  },

  -- Malware in Japanese words (ウイルス and ウィルス both spelled).
  {
    id = "lang.ja.malicious_content",
    priority = 51,
    match = phrases.join(
      phrases.combine({ "ウイルス", "ウィルス", "マルウェア" }, { "が検出", "を検出", "に感染", "が含まれ", "を含む" }),
      "ウイルス感染", "ウィルス感染"),
    category = "malicious_content",
    examples = { "554 5.7.1 メールからウイルスが検出されたため受信を拒否しました" },
  },

  -- Exchange's Japanese "アクセスが拒否されました" with nothing more: an opaque policy refusal.
  {
    id = "lang.ja.policy_block",
    priority = 12,
    match = { "アクセスが拒否", "アクセス拒否" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 アクセスが拒否されました" },
  },

  -- "Try again later" in Japanese: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.ja.try_later",
    priority = 10,
    match = { "しばらくしてから", "時間をおいて", "時間を置いて", "後ほど再送", "後でもう一度" },
    category = "system_error",
    type = "soft",
    examples = { "451 しばらくしてから再度お試しください" },
  },

  -- Relaying refused until the sender authenticates (TAXONOMY rule 6: relay_denied), in Japanese
  -- words: the relay refusals of Japanese hosters' MTAs (第三者中継の拒否).
  {
    id = "lang.ja.relay_denied",
    priority = 57,
    match = {
      "中継を拒否", "中継は許可されていません", "中継が許可されていません", "中継拒否", "リレーを拒否", "リレーは許可されていません", "リレー拒否", "第三者中継",
    },
    category = "relay_denied",
    examples = { "550 5.7.1 中継は許可されていません" },
  },

  -- Too many recipients for one message (RFC 5321's 452 4.5.3), in Japanese words.
  {
    id = "lang.ja.too_many_recipients",
    priority = 50,
    match = {
      "宛先が多すぎ", "宛先数が多すぎ", "宛先数の上限", "宛先数が上限", "宛先数超過", "受信者が多すぎ", "受信者数の上限", "受信者数が上限",
    },
    category = "too_many_recipients",
    examples = { "452 4.5.3 宛先数の上限を超えています" },
  },
}
