-- Bounce texts in the charsets mail software writes them in: each part and each RFC 2047 word is
-- read as UTF-8 before the rules see it (src/charset.c). The samples are real wordings, written
-- here in the charset the software sends them in:
--   * Gromox's "recipient does not exist" notice (grommunio/gromox, data/local_bounce/
--     {gb2312,gbk,big5,euc-jp,shift-jis}/BOUNCE_NO_USER: Gromox keeps its templates per charset;
--     GB18030 carries its GB2312 text), subject and the sentence naming the recipient;
--   * Sympa's notice that a list refused a message (sympa-community/sympa, po/sympa/{ru,fr,pl}.po:
--     "Your message has been rejected" and "Your message for list %1@%2 has been rejected by the
--     moderator (%3).") in KOI8-R, windows-1251 and ISO-8859-5, ISO-8859-1 and windows-1252,
--     ISO-8859-2;
--   * ISO-2022-JP and mislabelled Shift_JIS: emails of the shared corpus (sisimai/set-of-emails).
-- Each notice stands in a report whose only reason is that text (Gromox writes its report so:
-- Status 5.0.0 and no Diagnostic-Code).
local bounce = require "bounce"
local core = require "bounce.core"
local support = require "spec.support"

local EMAILS = support.shared .. "/corpus/emails/"

local SAMPLES = {
  { charset = "gb2312",
    subject = "\205\182\181\221\202\167\176\220\163\172\202\213\188\254\200\203\178\187\180\230\212\218",
    text = "  \186\220\177\167\199\184\205\168\214\170\196\250\163\172\196\250\183\162\203\205\181\189\161" ..
      "\176a@example.net\161\177\181\196\211\202\188\254\206\222\183\168\177\187\213\253\200\183\205" ..
      "\182\181\221\163\172\n\210\242\206\170\184\195\202\213\188\254\200\203\178\162\178\187\180\230" ..
      "\212\218\163\161\199\235\209\233\214\164\184\195\211\202\188\254\181\216\214\183\202\199\183" ..
      "\241\213\230\202\181\211\208\208\167\161\163",
    want_subject = "投递失败，收件人不存在",
    want_text = "因为该收件人并不存在！请验证该邮件地址是否真实有效。",
    want_category = "recipient_unknown" },
  { charset = "gbk",
    subject = "\205\182\181\221\202\167\176\220\163\172\202\213\188\254\200\203\178\187\180\230\212\218",
    text = "  \186\220\177\167\199\184\205\168\214\170\196\250\163\172\196\250\183\162\203\205\181\189\161" ..
      "\176a@example.net\161\177\181\196\211\202\188\254\206\222\183\168\177\187\213\253\200\183\205" ..
      "\182\181\221\163\172\n\210\242\206\170\184\195\202\213\188\254\200\203\178\162\178\187\180\230" ..
      "\212\218\163\161\199\235\209\233\214\164\184\195\211\202\188\254\181\216\214\183\202\199\183" ..
      "\241\213\230\202\181\211\208\208\167\161\163",
    want_subject = "投递失败，收件人不存在",
    want_text = "因为该收件人并不存在！请验证该邮件地址是否真实有效。",
    want_category = "recipient_unknown" },
  { charset = "gb18030",
    subject = "\205\182\181\221\202\167\176\220\163\172\202\213\188\254\200\203\178\187\180\230\212\218",
    text = "  \186\220\177\167\199\184\205\168\214\170\196\250\163\172\196\250\183\162\203\205\181\189\161" ..
      "\176a@example.net\161\177\181\196\211\202\188\254\206\222\183\168\177\187\213\253\200\183\205" ..
      "\182\181\221\163\172\n\210\242\206\170\184\195\202\213\188\254\200\203\178\162\178\187\180\230" ..
      "\212\218\163\161\199\235\209\233\214\164\184\195\211\202\188\254\181\216\214\183\202\199\183" ..
      "\241\213\230\202\181\211\208\208\167\161\163",
    want_subject = "投递失败，收件人不存在",
    want_text = "因为该收件人并不存在！请验证该邮件地址是否真实有效。",
    want_category = "recipient_unknown" },
  { charset = "big5",
    subject = "\167\235\187\188\165\162\177\209\161A\166\172\165\243\164H\164\163\166s\166b",
    text = "  \171\220\169\234\186p\179q\170\190\177z\161A\177z\181o\176e\168\236\161\167a@example.net\161" ..
      "\168\170\186\182l\165\243\181L\170k\179Q\165\191\189T\167\235\187\188\161A\n\166]\172\176\184" ..
      "\211\166\172\165\243\164H\168\195\164\163\166s\166b\161I\189\208\197\231\195\210\184\211\182l" ..
      "\165\243\166a\167}\172O\167_\175u\185\234\166\179\174\196\161C",
    want_subject = "投遞失敗，收件人不存在",
    want_text = "因為該收件人並不存在！請驗證該郵件地址是否真實有效。",
    want_category = "recipient_unknown" },
  { charset = "euc-jp",
    subject = "\188\245\191\174\188\212\164\172\194\184\186\223\164\183\164\198\164\164\164\202\164\164\164" ..
      "\191\164\225\161\162\165\225\161\188\165\235\193\247\191\174\188\186\199\212",
    text = "  \188\245\191\174\188\212\164\172\194\184\186\223\164\183\164\198\164\164\164\202\164\164\164" ..
      "\191\164\225\161\162\34a@example.net\34\164\216\164\206\165\225\161\188\165\235\164\242\192" ..
      "\181\164\183\164\175\193\247\191\174\n\164\199\164\173\164\222\164\187\164\243\161\163\188\245" ..
      "\191\174\188\212\164\206\165\225\161\188\165\235\165\162\165\201\165\236\165\185\205\173\184" ..
      "\250\192\173\164\206\179\206\199\167\164\242\164\170\180\234\164\164\164\183\164\222\164\185" ..
      "\161\163",
    want_subject = "受信者が存在していないため、メール送信失敗",
    want_text = "できません。受信者のメールアドレス有効性の確認をお願いします。",
    want_category = "recipient_unknown" },
  { charset = "shift_jis",
    subject = "\142\243\144M\142\210\130\170\145\182\141\221\130\181\130\196\130\162\130\200\130\162\130\189" ..
      "\130\223\129A\131\129\129[\131\139\145\151\144M\142\184\148s",
    text = "  \142\243\144M\142\210\130\170\145\182\141\221\130\181\130\196\130\162\130\200\130\162\130" ..
      "\189\130\223\129A\34a@example.net\34\130\214\130\204\131\129\129[\131\139\130\240\144\179\130" ..
      "\181\130\173\145\151\144M\n\130\197\130\171\130\220\130\185\130\241\129B\142\243\144M\142\210" ..
      "\130\204\131\129\129[\131\139\131A\131h\131\140\131X\151L\140\248\144\171\130\204\138m\148F" ..
      "\130\240\130\168\138\232\130\162\130\181\130\220\130\183\129B",
    want_subject = "受信者が存在していないため、メール送信失敗",
    want_text = "できません。受信者のメールアドレス有効性の確認をお願いします。",
    want_category = "recipient_unknown" },
  { charset = "koi8-r",
    subject = "\247\193\219\197 \211\207\207\194\221\197\206\201\197 \194\217\204\207 \207\212\215\197\210" ..
      "\199\206\213\212\207.",
    text = "\247\193\219\197 \211\207\207\194\221\197\206\201\197 \215 \210\193\211\211\217\204\203\213 a@" ..
      "example.net \194\217\204\207 \207\212\215\197\210\199\206\213\212\207 \205\207\196\197\210\193" ..
      "\212\207\210\207\205 (owner@example.net).",
    want_subject = "Ваше сообщение было отвергнуто.",
    want_text = "Ваше сообщение в рассылку a@example.net было отвергнуто модератором (owner@example.net).",
    want_category = "recipient_policy" },
  { charset = "windows-1251",
    subject = "\194\224\248\229 \241\238\238\225\249\229\237\232\229 \225\251\235\238 \238\242\226\229\240" ..
      "\227\237\243\242\238.",
    text = "\194\224\248\229 \241\238\238\225\249\229\237\232\229 \226 \240\224\241\241\251\235\234\243 a@" ..
      "example.net \225\251\235\238 \238\242\226\229\240\227\237\243\242\238 \236\238\228\229\240\224" ..
      "\242\238\240\238\236 (owner@example.net).",
    want_subject = "Ваше сообщение было отвергнуто.",
    want_text = "Ваше сообщение в рассылку a@example.net было отвергнуто модератором (owner@example.net).",
    want_category = "recipient_policy" },
  { charset = "iso-8859-5",
    subject = "\178\208\232\213 \225\222\222\209\233\213\221\216\213 \209\235\219\222 \222\226\210\213\224" ..
      "\211\221\227\226\222.",
    text = "\178\208\232\213 \225\222\222\209\233\213\221\216\213 \210 \224\208\225\225\235\219\218\227 a@" ..
      "example.net \209\235\219\222 \222\226\210\213\224\211\221\227\226\222 \220\222\212\213\224\208" ..
      "\226\222\224\222\220 (owner@example.net).",
    want_subject = "Ваше сообщение было отвергнуто.",
    want_text = "Ваше сообщение в рассылку a@example.net было отвергнуто модератором (owner@example.net).",
    want_category = "recipient_policy" },
  { charset = "iso-8859-1",
    subject = "Rejet de votre message",
    text = "Votre message pour la liste a@example.net a \233t\233 rejet\233 par owner@example.net, mod\233" ..
      "rateur de la liste.",
    want_subject = "Rejet de votre message",
    want_text = "Votre message pour la liste a@example.net a été rejeté par owner@example.net, modérateur de la liste.",
    want_category = "recipient_policy" },
  { charset = "windows-1252",
    subject = "Rejet de votre message",
    text = "Votre message pour la liste a@example.net a \233t\233 rejet\233 par owner@example.net, mod\233" ..
      "rateur de la liste.",
    want_subject = "Rejet de votre message",
    want_text = "Votre message pour la liste a@example.net a été rejeté par owner@example.net, modérateur de la liste.",
    want_category = "recipient_policy" },
  { charset = "iso-8859-2",
    subject = "Twoja wiadomo\182\230 zosta\179a odrzucona.",
    text = "Twoja wiadomo\182\230 wys\179ana na list\234 a@example.net zosta\179a odrzucona przez moderato" ..
      "ra (owner@example.net).",
    want_subject = "Twoja wiadomość została odrzucona.",
    want_text = "Twoja wiadomość wysłana na listę a@example.net została odrzucona przez moderatora (owner@example.net).",
    want_category = "recipient_policy" },
}

-- "=?cs?Q?...?=" of bytes
local function q_word(charset, bytes)
  local encoded = bytes:gsub("[^%w]", function(c) return string.format("=%02X", c:byte()) end)
  return "=?" .. charset .. "?Q?" .. encoded .. "?="
end

local function base64(s)
  local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  return (s:gsub("..?.?", function(g)
    local a, b, c = g:byte(1, 3)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local out = ""
    for k = 3, 0, -1 do
      local v = math.floor(n / 64 ^ k) % 64 + 1
      out = out .. alphabet:sub(v, v)
    end
    return out:sub(1, #g + 1) .. ("="):rep(3 - #g)
  end))
end

local function report(sample, encoding)
  local body = encoding == "base64" and base64(sample.text) or sample.text
  return table.concat({
    "From: MAILER-DAEMON@mx.example.org", "To: sender@example.com",
    "Subject: " .. q_word(sample.charset, sample.subject),
    "MIME-Version: 1.0", "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "",
    "--B", "Content-Type: text/plain; charset=\"" .. sample.charset .. "\"",
    "Content-Transfer-Encoding: " .. (encoding or "8bit"), "", body, "",
    "--B", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.org", "",
    "Final-Recipient: rfc822; a@example.net", "Action: failed", "Status: 5.0.0", "", "--B--", "",
  }, "\r\n")
end

describe("a bounce's text in its charset", function()
  for _, sample in ipairs(SAMPLES) do
    it("is read as UTF-8: " .. sample.charset, function()
      for _, encoding in ipairs { "8bit", "base64" } do
        local r = bounce.parse(report(sample, encoding))
        assert.equal(sample.want_subject, r.subject)
        local rc = r.recipients[1]
        assert.equal("a@example.net", rc.recipient)
        assert.truthy(rc.diagnostic:find(sample.want_text, 1, true), rc.diagnostic)
        -- the rules read the decoded words: "does not exist" is hard, a moderator's refusal soft
        assert.equal(sample.want_category, rc.category)
        assert.equal(sample.want_category == "recipient_unknown" and "hard" or "soft", rc.type)
      end
    end)
  end

  it("is read as UTF-8 from ISO-2022-JP (Lotus Notes, InterScan)", function()
    local r = bounce.parse(support.read(EMAILS .. "lhost-notes-01.eml"))
    assert.equal("エラー(テストメッセージとしての)", r.recipients[1].diagnostic)
    r = bounce.parse(support.read(EMAILS .. "lhost-trendmicro-01.eml"))
    assert.equal("メッセージを配信できません。", r.subject)
  end)

  it("is read as Shift_JIS where 8-bit text says ISO-2022-JP", function()
    local r = bounce.parse(support.read(EMAILS .. "lhost-postfix-09.eml"))
    assert.equal("■緊急値下げ！！■映画・アニメ・スポーツ・音楽♪視聴料無料で見放題■", r.original.subject)
  end)

  it("is read as UTF-8 where it is UTF-8, whatever the label says", function()
    local r = bounce.parse(support.read(EMAILS .. "dos-lhost-notes-01.eml"))
    assert.equal("エラー(テストメッセージとしての)", r.recipients[1].diagnostic)
  end)

  it("in a charset iconv does not know is read as UTF-8, other bytes as U+FFFD", function()
    local sample = { charset = "x-unknown", subject = "caf\233",
      text = "Votre message pour la liste a@example.net a \233t\233 rejet\233 ; caf\195\169." }
    local r = bounce.parse(report(sample))
    assert.equal("caf\239\191\189", r.subject)
    assert.truthy(r.recipients[1].diagnostic:find("a \239\191\189t\239\191\189 rejet\239\191\189 ; caf\195\169.", 1, true))
  end)

  it("with ISO-2022-JP's escapes is read so where no charset is declared", function()
    local jis = "\27$B%(%i!<\27(B"
    local r = core.parse_message("From: MAILER-DAEMON@example.org\r\nSubject: Undelivered Mail\r\n\r\n" ..
      "<a@example.net>: " .. jis .. " 550 5.1.1 unknown\r\n")
    assert.equal("エラー 550 5.1.1 unknown", r.recipients[1].diagnostic)
  end)

  it("in 8 bits that declares no charset is read in its sender's country's, else windows-1252", function()
    local function text(from, reason)
      local r = core.parse_message("From: Mail Delivery System <MAILER-DAEMON@" .. from .. ">\r\n" ..
        "Subject: Undelivered Mail\r\n\r\nDelivery failed:\r\n<a@example.net>: " .. reason .. "\r\n")
      return r.recipients[1].diagnostic
    end
    -- pconline.com.cn's qmail notice in GB2312, and the same words in Big5
    assert.equal("收件人邮箱不存在", text("mx.example.cn", "\202\213\188\254\200\203\211\202\207\228\178\187\180\230\212\218"))
    assert.equal("收件人不存在", text("mx.example.tw", "\166\172\165\243\164\72\164\163\166\115\166\98"))
    -- Shift_JIS and EUC-JP, told apart by their bytes
    assert.equal("ユーザ不明", text("mx.example.jp", "\131\134\129\91\131\85\149\115\150\190"))
    assert.equal("ユーザ不明", text("mx.example.jp", "\165\230\161\188\165\182\201\212\204\192"))
    -- windows-1251 and KOI8-R
    assert.equal("нет такого", text("mx.example.ru", "\237\229\242 \242\224\234\238\227\238"))
    assert.equal("нет такого", text("mx.example.ru", "\206\197\212 \212\193\203\207\199\207"))
    -- elsewhere, and under a US-ASCII label, Western text
    assert.equal("Empfänger unbekannt", text("mx.example.de", "Empf\228nger unbekannt"))
    local r = core.parse_message("From: MAILER-DAEMON@mx.example.fr\r\nSubject: Undelivered Mail\r\n" ..
      "Content-Type: text/plain; charset=us-ascii\r\n\r\nDelivery failed:\r\n<a@example.net>: " ..
      "Destinataire inconnu \224 cette adresse\r\n")
    assert.equal("Destinataire inconnu à cette adresse", r.recipients[1].diagnostic)
  end)
end)

describe("a Subject in another script", function()
  -- the scanner's word lists hold UTF-8 bytes; each compares as the unsigned byte it is
  local function kind_of(subject)
    return bounce.parse("From: office@example.org\r\nTo: a@example.com\r\nSubject: " .. subject ..
      "\r\n\r\nThanks.\r\n").kind
  end

  it("says an automatic reply in its own words", function()
    assert.equal("auto_reply", kind_of("=?UTF-8?Q?R=C3=A9ponse_automatique?="))
    assert.equal("auto_reply", kind_of("=?UTF-8?B?6Ieq5Yqo5Zue5aSN?=")) -- 自动回复
    assert.equal("auto_reply", kind_of("=?UTF-8?B?0JDQstGC0L7QvtGC0LLQtdGC?=")) -- Автоответ
    assert.equal("auto_reply", kind_of("=?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception?="))
    assert.equal("auto_reply", kind_of("Acknowledgement of receipt: case 1234"))
    -- Outlook's "Automatic reply:" in other languages
    assert.equal("auto_reply", kind_of("Autosvar: Meeting"))
    assert.equal("auto_reply", kind_of("Automaattinen vastaus: Kokous"))
    -- Automatická odpověď: Schůzka
    assert.equal("auto_reply", kind_of("=?UTF-8?B?QXV0b21hdGlja8OhIG9kcG92xJvEjzogU2Noxa96a2E=?="))
    -- Αυτόματη απάντηση: Συνάντηση
    assert.equal("auto_reply", kind_of("=?UTF-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOo8+Fzr3OrM69z4TOt8+Dzrc=?="))
    -- Автовідповідь: Зустріч
    assert.equal("auto_reply", kind_of("=?UTF-8?B?0JDQstGC0L7QstGW0LTQv9C+0LLRltC00Yw6INCX0YPRgdGC0YDRltGH?="))
    assert.equal("auto_reply", kind_of("=?UTF-8?B?7J6Q64+ZIO2ajOyLoDog7ZqM7J2Y?=")) -- 자동 회신: 회의
    assert.equal("auto_reply", kind_of("=?UTF-8?B?T3RvbWF0aWsgeWFuxLF0OiBUb3BsYW50xLE=?=")) -- Otomatik yanıt: Toplantı
    -- Trả lời tự động: Cuộc họp
    assert.equal("auto_reply", kind_of("=?UTF-8?B?VHLhuqMgbOG7nWkgdOG7sSDEkeG7mW5nOiBDdeG7mWMgaOG7jXA=?="))
    assert.equal("unknown", kind_of("=?UTF-8?Q?R=C3=A9union_lundi?="))
  end)

  it("says a bounce in Outlook's 'Undeliverable:' of another language", function()
    local function bounce_kind(subject)
      return bounce.parse("From: Exchange <exchange@example.org>\r\nTo: a@example.com\r\nSubject: " .. subject ..
        "\r\n\r\n<b@example.net>: 550 5.1.1 User unknown\r\n").kind
    end
    assert.equal("dsn", bounce_kind("Unzustellbar: Treffen"))
    assert.equal("dsn", bounce_kind("=?UTF-8?B?6YWN5L+h5LiN6IO9OiDkvJrorbA=?=")) -- 配信不能: 会議
    assert.equal("unknown", bounce_kind("Treffen"))
  end)
end)
