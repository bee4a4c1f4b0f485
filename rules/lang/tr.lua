-- Turkish wording of bounces and replies. Sources, per family below: Outlook's Turkish automatic
-- reply ("Otomatik yanıt:") and Microsoft's Turkish terms ("etki alanı" for domain, "kötü amaçlı
-- yazılım" for malware, "istenmeyen posta" for junk mail); Turkish hosters' SMTP error guides,
-- which render the replies in Turkish ("Bu adreste böyle bir kullanıcı yoktur", "Bilinmeyen
-- kullanıcı", "Bu kullanıcının posta kutusu dolu - Daha sonra tekrar deneyiniz", "kara liste");
-- GoDaddy's Turkish help on bounces ("Dolu posta kutusu", "Geçersiz veya var olmayan e-posta
-- adresi"); and the general Turkish words for each cause (a recipient noun and its state), which
-- any Turkish-speaking MTA or hoster puts in its own sentence.
-- Dotted and dotless i: the matcher folds "İ" to "i" but keeps "ı", so a reply typed in capitals
-- ("KULLANICI BULUNAMADI") reads "kullanici bulunamadi" while the same words in lower case keep
-- "ı"; every phrase is listed both ways (with_dotted). ş, ğ, ç, ö and ü fold to s, g, c, o and u,
-- so ASCII spellings match too. Literal phrases only; priorities follow the scale in
-- rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- Each phrase, and the same with "ı" written "i" (capitals and ASCII-only servers).
local function with_dotted(list)
  local out = {}
  for _, p in ipairs(list) do
    out[#out + 1] = p
    local dotted = p:gsub("ı", "i")
    if dotted ~= p then out[#out + 1] = dotted end
  end
  return out
end

local RECIPIENT = {
  "kullanıcı", "alıcı", "e-posta adresi", "eposta adresi", "posta kutusu", "hesap", "kullanıcı hesabı", "e-posta hesabı",
  "alıcının hesabı", "alıcının posta kutusu",
}
-- ("devre dışı" holds "devre dışı bırakıldı")
local INACTIVE = {
  "devre dışı", "askıya alındı", "askıya alınmış", "kapatıldı", "kapatılmış", "kilitlendi", "kilitli", "engellendi",
  "donduruldu", "dondurulmuş", "pasif", "silindi", "aktif değil", "etkin değil",
}

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.tr.sender_invalid",
    priority = 54,
    match = with_dotted(phrases.join(
      phrases.combine({ "gönderen adresi", "gönderici adresi", "gönderenin adresi", "gönderen e-posta adresi",
        "gönderenin e-posta adresi", "gönderen alan adı", "gönderenin alan adı", "gönderen etki alanı" }, " ",
        { "bulunamadı", "geçersiz", "mevcut değil", "reddedildi", "bilinmiyor" }),
      phrases.combine({ "geçersiz", "bilinmeyen" }, " ", { "gönderen", "gönderici" }))),
    category = "sender_invalid",
    examples = { "553 5.1.8 Gönderen alan adı bulunamadı", "550 5.1.7 Geçersiz gönderen adresi" },
  },

  -- The sending IP on a blocklist: "kara liste" in any case ending ("kara listede"), and the
  -- general words.
  {
    id = "lang.tr.blocklisted",
    priority = 70,
    match = with_dotted(phrases.join(
      "kara liste", "karaliste", "engelleme listesi",
      phrases.combine({ "ip adresi", "ip adresiniz", "ip-adresi" }, " ", { "engellendi", "engellenmiştir", "kara listede" }))),
    category = "blocklisted",
    examples = { "554 5.7.1 IP adresiniz kara listede", "550 5.7.1 IP adresi engellendi" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.tr.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", an account noun and a state, anywhere in the reply
    match = { with_dotted({ "geçici olarak", "geçici süreyle" }),
      with_dotted({ "hesap", "hesabı", "posta kutusu", "kullanıcı" }), with_dotted(INACTIVE) },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Hesap geçici olarak askıya alındı" },
  },

  -- Mailbox full: the hosters' "Bu kullanıcının posta kutusu dolu", GoDaddy's "Dolu posta
  -- kutusu", quota and storage wording.
  {
    id = "lang.tr.mailbox_full",
    priority = 43,
    match = with_dotted(phrases.join(
      phrases.combine({ "posta kutusu", "gelen kutusu", "e-posta kutusu" }, " ", { "dolu", "doldu", "dolmuş" }),
      "dolu posta kutusu",
      phrases.combine({ "kota", "kotası", "depolama kotası", "posta kutusu kotası" }, " ", { "aşıldı", "doldu", "dolu" }),
      "depolama alanı dolu", "kotayı aştı", "kotasını aştı", "yeterli depolama alanı yok")),
    category = "mailbox_full",
    examples = {
      "550 Bu kullanıcının posta kutusu dolu - Daha sonra tekrar deneyiniz",
      "452 4.2.2 Kota aşıldı",
      "552 5.2.2 POSTA KUTUSU DOLU",
    },
  },

  -- Disabled, suspended or closed accounts: a recipient noun and its state.
  {
    id = "lang.tr.recipient_inactive",
    priority = 42,
    match = with_dotted(phrases.join(
      phrases.combine(RECIPIENT, " ", INACTIVE),
      phrases.combine({ "devre dışı", "askıya alınmış", "kapatılmış", "kilitli", "pasif", "dondurulmuş" }, " ",
        { "hesap", "kullanıcı", "posta kutusu" }))),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Hesap askıya alındı", "550 Kullanıcı hesabı devre dışı bırakıldı", "550 5.2.1 Pasif hesap" },
  },

  -- The recipient's domain: "alan adı" and Microsoft's "etki alanı", host not found, no MX.
  {
    id = "lang.tr.domain_invalid",
    priority = 41,
    match = with_dotted(phrases.join(
      phrases.combine({ "alan adı", "etki alanı", "sunucu adı" }, " ", { "bulunamadı", "mevcut değil", "yok", "geçersiz" }),
      phrases.combine({ "böyle bir alan adı", "böyle bir etki alanı" }, " ", { "yok", "bulunamadı" }),
      phrases.combine({ "geçersiz", "bilinmeyen" }, " ", { "alan adı", "etki alanı", "sunucu" }),
      "mx kaydı bulunamadı", "mx kaydı yok")),
    category = "domain_invalid",
    examples = { "550 5.1.2 Alan adı bulunamadı", "554 5.4.4 Bilinmeyen alan adı: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.tr.rate_limited",
    priority = 36,
    match = with_dotted(phrases.join(
      phrases.combine("çok fazla ", { "bağlantı", "eşzamanlı bağlantı", "ileti", "mesaj", "e-posta" }),
      "çok hızlı gönderim", "çok hızlı gönderiyorsunuz")),
    category = "rate_limited",
    examples = { "421 4.7.0 IP adresinizden çok fazla bağlantı", "450 4.7.1 Kısa sürede çok fazla ileti" },
  },

  -- Content judged spam: Microsoft's "istenmeyen posta", "spam olarak" (algılandı, işaretlendi),
  -- and the general words.
  {
    id = "lang.tr.spam_content",
    priority = 35,
    match = with_dotted({
      "istenmeyen posta", "istenmeyen e-posta", "istenmeyen ileti", "istenmeyen mesaj", "spam olarak", "spam şüphesi",
      "spam filtresi", "spam içerik",
    }),
    category = "spam_content",
    examples = { "550 5.7.1 İleti spam olarak algılandı", "554 Reddedildi: istenmeyen posta" },
  },

  -- The mailbox does not exist: the hosters' "Bu adreste böyle bir kullanıcı yoktur",
  -- "Bilinmeyen kullanıcı", GoDaddy's "var olmayan e-posta adresi", and the general words.
  {
    id = "lang.tr.recipient_unknown",
    priority = 31,
    match = with_dotted(phrases.join(
      phrases.combine("böyle bir ", { "kullanıcı", "alıcı", "posta kutusu", "hesap", "e-posta adresi" }, " ",
        { "yok", "bulunamadı", "mevcut değil" }),
      phrases.combine({ "kullanıcı", "alıcı", "e-posta adresi", "posta kutusu", "hesap" }, " ",
        { "bulunamadı", "mevcut değil" }),
      phrases.combine({ "bilinmeyen", "geçersiz" }, " ", { "kullanıcı", "alıcı", "e-posta adresi", "alıcı adresi" }),
      "var olmayan e-posta adresi", "adres bulunamadı")),
    category = "recipient_unknown",
    examples = {
      "550 Bu adreste böyle bir kullanıcı yoktur",
      "550 5.1.1 Bilinmeyen kullanıcı",
      "550 5.1.1 KULLANICI BULUNAMADI",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.tr.network_error",
    priority = 16,
    match = with_dotted({
      "bağlantı reddedildi", "zaman aşımı", "zaman aşımına uğradı", "bağlantı kurulamadı", "bağlanılamadı", "bağlantı kesildi",
      "sunucuya ulaşılamıyor", "sunucuya bağlanılamadı", "sunucu yanıt vermiyor", "ağ hatası",
    }),
    category = "network_error",
    examples = { "451 4.4.1 mx.example.com.tr bağlantı zaman aşımı", "Bağlantı reddedildi: mx.example.com.tr" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.tr.system_error",
    priority = 15,
    match = with_dotted({
      "geçici hata", "geçici bir hata", "geçici sorun", "geçici bir sorun", "dahili hata", "sistem hatası", "sunucu hatası",
      "yerel hata", "hizmet kullanılamıyor", "hizmet geçici olarak kullanılamıyor", "geçici olarak hizmet dışı",
      "sunucu meşgul", "sunucu aşırı yüklü",
    }),
    category = "system_error",
    examples = { "451 4.3.0 Geçici bir hata oluştu, daha sonra tekrar deneyin", "421 Hizmet kullanılamıyor" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Turkish words.
  {
    id = "lang.tr.delivered.delayed",
    priority = 91,
    match = with_dotted({
      "teslim gecikti", "teslimat gecikti", "teslimat gecikmesi", "gecikmeli teslim", "teslim ertelendi",
      "ileti henüz teslim edilmedi", "mesaj henüz teslim edilmedi", "iletiyi yeniden göndermeniz gerekmez",
      "mesajı yeniden göndermeniz gerekmez", "bu yalnızca bir uyarıdır",
    }),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Teslim gecikti: ileti henüz teslim edilmedi. İletiyi yeniden göndermeniz gerekmez." },
  },

  -- Outlook's Turkish automatic reply ("Otomatik yanıt:") and the words of an absence notice.
  {
    id = "lang.tr.auto_reply",
    priority = 90,
    match = with_dotted({ "otomatik yanıt", "otomatik cevap", "ofis dışında", "ofis dışındayım", "izindeyim", "tatildeyim" }),
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Otomatik yanıt: 5 Mayıs'a kadar izindeyim." },
  },

  -- Size: the general words ("ileti çok büyük").
  {
    id = "lang.tr.message_too_large",
    priority = 52,
    match = with_dotted(phrases.join(
      phrases.combine({ "ileti", "mesaj", "e-posta", "ek", "dosya eki" }, " çok büyük"),
      phrases.combine({ "ileti boyutu", "mesaj boyutu" }, " ", { "sınırı aşıyor", "aşıyor", "çok büyük" }),
      "izin verilen maksimum boyut", "maksimum ileti boyutu", "boyut sınırını aşıyor")),
    category = "message_too_large",
    examples = { "552 5.3.4 İleti çok büyük", "552 İleti boyutu sınırı aşıyor" },
  },

  -- Malware: Microsoft's "kötü amaçlı yazılım", and the general words.
  {
    id = "lang.tr.malicious_content",
    priority = 51,
    match = with_dotted({
      "virüs bulundu", "virüs tespit edildi", "virüs içeriyor", "virüslü", "zararlı yazılım", "kötü amaçlı yazılım",
      "zararlı içerik",
    }),
    category = "malicious_content",
    examples = { "554 5.7.1 İleti virüs içeriyor" },
  },

  -- Microsoft's Turkish "Erişim reddedildi" with nothing more: an opaque policy refusal.
  {
    id = "lang.tr.policy_block",
    priority = 12,
    match = with_dotted({ "erişim reddedildi" }),
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Erişim reddedildi" },
  },

  -- "Try again later" in Turkish: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.tr.try_later",
    priority = 10,
    match = with_dotted({ "daha sonra tekrar deneyin", "daha sonra tekrar deneyiniz", "daha sonra yeniden deneyin" }),
    category = "system_error",
    type = "soft",
    examples = { "451 Lütfen daha sonra tekrar deneyin" },
  },

  -- A mailing list's reasons for refusing or holding a post, in Turkish: Mailman 3's catalog
  -- (messages/tr/LC_MESSAGES/mailman.po: "Mesaj bir liste üyesinden değil", "Mesaj, denetlenen
  -- bir üyeden geliyor", "Mesaj, azami {} KB boyutundan daha büyük", "Mesajın {} adetten fazla
  -- alıcısı var", "Mesajın konusu yok"), in the words any list manager uses for the same.
  {
    id = "lang.tr.recipient_policy.list_member",
    priority = 45,
    match = with_dotted({ "liste üyesinden değil", "liste üyesi değil", "denetlenen bir üye",
      -- Mailman 2.1's hold reason "Post by non-member to a members-only list"
      -- (messages/tr/LC_MESSAGES/mailman.po)
      "üye olmayan kişi" }),
    category = "recipient_policy",
    examples = { "Mesaj bir liste üyesinden değil" },
  },
  {
    id = "lang.tr.message_too_large.maximum",
    priority = 52,
    match = with_dotted({ "boyutundan daha büyük", "boyutundan büyük" }),
    category = "message_too_large",
    examples = { "Mesaj, azami 40 KB boyutundan daha büyük" },
  },
  {
    id = "lang.tr.too_many_recipients.count",
    priority = 50,
    match = with_dotted({ "adetten fazla alıcı", "alıcı sayısı" }),
    category = "too_many_recipients",
    examples = { "Mesajın 10 adetten fazla alıcısı var" },
  },
  {
    id = "lang.tr.message_noncompliant.subject",
    priority = 49,
    match = with_dotted({ "konusu yok", "konu satırı yok" }),
    category = "message_noncompliant",
    examples = { "Mesajın konusu yok" },
  },
}
