-- Vietnamese wording of bounces and replies. Sources, per family below: Outlook's Vietnamese
-- automatic reply ("Trả lời tự động:") and Microsoft's Vietnamese terms ("hộp thư" for mailbox,
-- "tài khoản" for account, "thư rác" for junk mail, "phần mềm độc hại" for malware, "tên miền"
-- for domain); and the general Vietnamese words for each cause (a recipient noun and its state),
-- which any Vietnamese-speaking MTA or hoster (Viettel, VNPT, Vietnamese cPanel and Plesk hosters)
-- puts in its own sentence.
-- The matcher folds the Latin-1 and Latin Extended letters of Vietnamese ("ô", "ư", "ă", "á")
-- but not the tone-marked ones of Latin Extended Additional ("ấ", "ệ", "ử"), and many servers
-- write Vietnamese without diacritics ("khong tim thay"): every phrase is listed as written and
-- without its diacritics (with_ascii). "hóa" and "hoá" (the two placements of the tone mark)
-- fold alike. Literal phrases only; priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

-- The base letter of each Vietnamese letter with diacritics.
local BASE = {}
for base, letters in pairs {
  a = "àáảãạăằắẳẵặâầấẩẫậ", e = "èéẻẽẹêềếểễệ", i = "ìíỉĩị", o = "òóỏõọôồốổỗộơờớởỡợ", u = "ùúủũụưừứửữự",
  y = "ỳýỷỹỵ", d = "đ",
} do
  for letter in letters:gmatch("[\192-\244][\128-\191]*") do BASE[letter] = base end
end

-- Each phrase, and the same without diacritics.
local function with_ascii(list)
  local out = {}
  for _, p in ipairs(list) do
    out[#out + 1] = p
    local ascii = p:gsub("[\192-\244][\128-\191]*", BASE)
    if ascii ~= p then out[#out + 1] = ascii end
  end
  return out
end

local RECIPIENT = { "người nhận", "người dùng", "địa chỉ", "địa chỉ email", "địa chỉ thư", "hộp thư", "tài khoản" }
local ACCOUNT = { "tài khoản", "tài khoản email", "hộp thư", "người dùng", "tài khoản người nhận" }
local INACTIVE = { "khóa", "vô hiệu hóa", "đình chỉ", "xóa", "đóng", "chặn" }
local TEMPORARY = { "tạm khóa", "tạm thời bị khóa", "tạm thời khóa", "tạm ngưng", "tạm ngừng", "tạm thời bị vô hiệu hóa",
  "tạm thời bị đình chỉ", "tạm đình chỉ" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours ("không tìm thấy địa chỉ người gửi"
  -- holds "không tìm thấy địa chỉ"), so no recipient category may take it.
  {
    id = "lang.vi.sender_invalid",
    priority = 54,
    match = with_ascii(phrases.join(
      phrases.combine({ "địa chỉ người gửi", "tên miền người gửi", "tên miền của người gửi", "người gửi" }, " ",
        { "không tồn tại", "không hợp lệ", "không xác định", "bị từ chối" }),
      phrases.combine("không tìm thấy ", { "địa chỉ người gửi", "tên miền người gửi", "người gửi" }))),
    category = "sender_invalid",
    examples = { "553 5.1.8 Tên miền người gửi không tồn tại", "550 5.1.7 Địa chỉ người gửi không hợp lệ" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.vi.blocklisted",
    priority = 70,
    match = with_ascii(phrases.join(
      "danh sách đen", "danh sách chặn",
      phrases.combine({ "địa chỉ ip", "ip của bạn", "địa chỉ ip của bạn" }, " ", { "bị chặn", "đã bị chặn" }))),
    category = "blocklisted",
    examples = { "554 5.7.1 Địa chỉ IP của bạn đã bị chặn", "550 5.7.1 Máy chủ nằm trong danh sách đen" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.vi.recipient_inactive.temporary",
    priority = 43,
    -- the account and a temporary state, anywhere in the reply
    match = { with_ascii(ACCOUNT), with_ascii(TEMPORARY) },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Tài khoản đang bị tạm khóa" },
  },

  -- Mailbox full: "hộp thư của người nhận đã đầy", quota and storage wording.
  {
    id = "lang.vi.mailbox_full",
    priority = 43,
    match = with_ascii(phrases.join(
      phrases.combine({ "hộp thư", "hộp thư của người nhận", "hộp thư người nhận", "hộp thư đến" }, " ",
        { "đã đầy", "đầy", "bị đầy", "đã vượt quá dung lượng" }),
      "hết dung lượng hộp thư", "dung lượng hộp thư đã đầy", "vượt quá hạn mức lưu trữ", "hết dung lượng lưu trữ",
      "vượt quá dung lượng lưu trữ")),
    category = "mailbox_full",
    examples = { "552 5.2.2 Hộp thư của người nhận đã đầy", "452 4.2.2 Hop thu da day" },
  },

  -- Disabled, suspended or closed accounts: the account and its state.
  {
    id = "lang.vi.recipient_inactive",
    priority = 42,
    match = with_ascii(phrases.join(
      phrases.combine(ACCOUNT, " ", { "đã bị ", "bị " }, INACTIVE),
      phrases.combine(ACCOUNT, " ", { "không hoạt động", "ngừng hoạt động", "đã ngừng hoạt động", "không còn hoạt động" }))),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Tài khoản đã bị khóa", "550 Hộp thư đã bị vô hiệu hoá", "550 5.2.1 Tai khoan khong hoat dong" },
  },

  -- The recipient's domain: Microsoft's word "tên miền", host not found, no MX.
  {
    id = "lang.vi.domain_invalid",
    priority = 41,
    match = with_ascii(phrases.join(
      phrases.combine({ "tên miền", "miền" }, " ", { "không tồn tại", "không hợp lệ" }),
      "không tìm thấy tên miền", "không có bản ghi mx",
      -- "host not found", the host named in English as Zing Mail's help on its notices writes it
      "không tìm thấy host", "không tìm thấy tên máy chủ")),
    category = "domain_invalid",
    examples = {
      "550 5.1.2 Tên miền không tồn tại", "554 5.4.4 Không tìm thấy tên miền example.invalid", "Không tìm thấy Host",
    },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.vi.rate_limited",
    priority = 36,
    match = with_ascii({ "quá nhiều kết nối", "quá nhiều thư", "quá nhiều email", "quá nhiều tin nhắn", "gửi quá nhanh" }),
    category = "rate_limited",
    examples = { "421 4.7.0 Quá nhiều kết nối từ địa chỉ IP của bạn", "450 4.7.1 Quá nhiều thư trong thời gian ngắn" },
  },

  -- Content judged spam: Microsoft's word "thư rác", and the general words.
  {
    id = "lang.vi.spam_content",
    priority = 35,
    match = with_ascii({ "thư rác", "thư không mong muốn" }),
    category = "spam_content",
    examples = { "550 5.7.1 Thư bị đánh dấu là thư rác", "554 Bị từ chối: nghi ngờ là thư rác" },
  },

  -- The mailbox does not exist: the general words (a recipient noun and "does not exist / not
  -- found / unknown").
  {
    id = "lang.vi.recipient_unknown",
    priority = 31,
    match = with_ascii(phrases.join(
      phrases.combine(RECIPIENT, " ", { "không tồn tại", "không hợp lệ", "không xác định" }),
      phrases.combine("không tìm thấy ", RECIPIENT),
      -- the address's syntax ("cú pháp địa chỉ sai", "address syntax wrong"), as English "bad
      -- address syntax" (text.recipient_unknown.syntax)
      "cú pháp địa chỉ")),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Người nhận không tồn tại",
      "550 5.1.1 Không tìm thấy địa chỉ email",
      "550 5.1.1 Nguoi dung khong ton tai",
      "Cú pháp địa chỉ sai",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.vi.network_error",
    priority = 16,
    match = with_ascii({
      "kết nối bị từ chối", "từ chối kết nối", "hết thời gian chờ", "quá thời gian chờ", "không thể kết nối",
      "kết nối bị gián đoạn", "mất kết nối", "máy chủ không phản hồi", "lỗi mạng",
    }),
    category = "network_error",
    examples = { "451 4.4.1 Hết thời gian chờ khi kết nối tới mx.example.vn", "Kết nối bị từ chối bởi mx.example.vn" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.vi.system_error",
    priority = 15,
    match = with_ascii({
      "lỗi tạm thời", "sự cố tạm thời", "lỗi nội bộ", "lỗi máy chủ nội bộ", "lỗi hệ thống", "dịch vụ không khả dụng",
      "tạm thời không khả dụng", "máy chủ đang bận", "máy chủ quá tải",
    }),
    category = "system_error",
    examples = { "451 4.3.0 Lỗi tạm thời, vui lòng thử lại sau", "421 Dịch vụ không khả dụng" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Vietnamese words. Not
  -- "chưa được gửi": Vietnamese notices use it ("was not delivered") for failures too.
  {
    id = "lang.vi.delivered.delayed",
    priority = 91,
    match = with_ascii({
      "gửi thư bị trì hoãn", "việc gửi thư bị trì hoãn", "thư bị trì hoãn", "trì hoãn gửi thư", "gửi thư bị chậm trễ",
      "bạn không cần gửi lại thư", "bạn không cần gửi lại", "đây chỉ là cảnh báo", "sẽ tiếp tục thử gửi",
    }),
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Việc gửi thư bị trì hoãn tới user@example.vn. Bạn không cần gửi lại thư này." },
  },

  -- Outlook's Vietnamese automatic reply ("Trả lời tự động:") and the words of an absence notice.
  {
    id = "lang.vi.auto_reply",
    priority = 90,
    match = with_ascii({ "trả lời tự động", "tự động trả lời", "ngoài văn phòng", "đang nghỉ phép", "hiện đang vắng mặt" }),
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Trả lời tự động: Tôi đang nghỉ phép đến ngày 5 tháng 5." },
  },

  -- Size: the general words ("thư quá lớn").
  {
    id = "lang.vi.message_too_large",
    priority = 52,
    match = with_ascii({
      "thư quá lớn", "email quá lớn", "tệp đính kèm quá lớn", "kích thước thư vượt quá", "vượt quá kích thước tối đa",
      "kích thước tối đa cho phép", "vượt quá giới hạn kích thước",
      -- "dung lượng thư" (the message's size) over a limit
      "dung lượng thư vượt", "dung lượng thư quá lớn",
    }),
    category = "message_too_large",
    examples = { "552 5.3.4 Thư quá lớn", "552 Kích thước thư vượt quá giới hạn", "Dung lượng thư vượt giới hạn cho phép" },
  },

  -- Malware: Microsoft's "phần mềm độc hại", and the general words.
  {
    id = "lang.vi.malicious_content",
    priority = 51,
    match = with_ascii({
      "phát hiện virus", "chứa virus", "nhiễm virus", "phần mềm độc hại", "nội dung độc hại", "tệp đính kèm độc hại",
    }),
    category = "malicious_content",
    examples = { "554 5.7.1 Thư chứa virus" },
  },

  -- "Truy cập bị từ chối" with nothing more: an opaque policy refusal.
  {
    id = "lang.vi.policy_block",
    priority = 12,
    match = with_ascii({ "truy cập bị từ chối", "từ chối truy cập" }),
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Truy cập bị từ chối" },
  },

  -- "Try again later" in Vietnamese: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.vi.try_later",
    priority = 10,
    match = with_ascii({ "thử lại sau", "hãy thử lại sau", "thử lại vào lúc khác" }),
    category = "system_error",
    type = "soft",
    examples = { "451 Vui lòng thử lại sau" },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/vi.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.vi.mailbox_full.limit",
    priority = 43,
    match = { "hạn ngạch hộp thư", "kích cỡ hộp thư tối đa", "dung lượng hộp thư tối đa" },
    category = "mailbox_full",
    examples = { "hạn ngạch hộp thư bị vượt quá cho người nhận này" },
  },
  -- ... and "no such user" (po/vi.po)
  {
    id = "lang.vi.recipient_unknown.no_such_user",
    priority = 40,
    match = { "không có người dùng như vậy", "không có người dùng này" },
    category = "recipient_unknown",
    examples = { "không có người dùng như vậy" },
  },
}
