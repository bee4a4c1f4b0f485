-- Indonesian wording of bounces and replies. Sources, per family below: Outlook's Indonesian
-- automatic reply ("Balasan Otomatis:") and Microsoft's Indonesian terms ("kotak surat" for
-- mailbox, "email sampah" for junk mail, "perangkat lunak berbahaya" for malware, "Akses
-- ditolak" for access denied); and the general Indonesian words for each cause (a recipient noun
-- and its state), which any Indonesian-speaking MTA or hoster (Telkom, Indonesian cPanel and Plesk
-- hosters) puts in its own sentence; Malay shares most of them. Indonesian is written in ASCII.
-- Literal phrases only; priorities follow the scale in rules/text/notices.lua.
local phrases = require "bounce.phrases"

local RECIPIENT = {
  "pengguna", "penerima", "alamat", "alamat email", "alamat e-mail", "alamat surel", "alamat penerima", "kotak surat",
  "akun", "akun email",
}
local ACCOUNT = { "akun", "akun email", "akun pengguna", "akun penerima", "kotak surat", "pengguna", "alamat email" }
local INACTIVE = { "dinonaktifkan", "ditangguhkan", "diblokir", "dikunci", "ditutup", "dihapus", "dibekukan" }

return {
  layer = "text",

  -- The sender's side: the address or domain named is ours, so no recipient category may take it.
  {
    id = "lang.id.sender_invalid",
    priority = 54,
    match = phrases.join(
      phrases.combine({ "alamat pengirim", "alamat email pengirim", "domain pengirim", "pengirim" }, " ",
        { "tidak ditemukan", "tidak ada", "tidak dikenal", "tidak valid", "ditolak" })),
    category = "sender_invalid",
    examples = { "553 5.1.8 Domain pengirim tidak ditemukan", "550 5.1.7 Alamat pengirim tidak valid" },
  },

  -- The sending IP on a blocklist: the general words.
  {
    id = "lang.id.blocklisted",
    priority = 70,
    match = phrases.join(
      "daftar hitam", "daftar blokir",
      phrases.combine({ "alamat ip", "ip anda", "alamat ip anda" }, " ", { "diblokir", "telah diblokir" })),
    category = "blocklisted",
    examples = { "554 5.7.1 Alamat IP Anda telah diblokir", "550 5.7.1 Server terdaftar dalam daftar hitam" },
  },

  -- The account is disabled only for a while: soft (TAXONOMY rule 3).
  {
    id = "lang.id.recipient_inactive.temporary",
    priority = 43,
    -- "temporarily", the account and its state, anywhere in the reply
    match = { { "sementara" }, { "akun", "kotak surat", "pengguna" }, INACTIVE },
    category = "recipient_inactive",
    type = "soft",
    description = "The recipient's account is locked or disabled for a while; retry later.",
    examples = { "450 4.2.1 Akun untuk sementara ditangguhkan", "450 Akun dikunci sementara" },
  },

  -- Mailbox full: Microsoft's "kotak surat", quota and storage wording.
  {
    id = "lang.id.mailbox_full",
    priority = 43,
    match = phrases.join(
      phrases.combine({ "kotak surat", "kotak masuk", "kotak surat penerima" }, " ", { "penuh", "sudah penuh", "telah penuh" }),
      phrases.combine("kuota ", { "terlampaui", "telah terlampaui", "penuh", "habis" }),
      "melebihi kuota", "ruang penyimpanan penuh", "penyimpanan penuh"),
    category = "mailbox_full",
    examples = { "552 5.2.2 Kotak surat penerima penuh", "452 4.2.2 Kuota terlampaui" },
  },

  -- Disabled, suspended or closed accounts: the account and its state.
  {
    id = "lang.id.recipient_inactive",
    priority = 42,
    match = phrases.join(
      phrases.combine(ACCOUNT, { " ", " telah ", " sudah " }, INACTIVE),
      phrases.combine(ACCOUNT, { " tidak aktif", " nonaktif", " non-aktif" })),
    category = "recipient_inactive",
    examples = { "550 5.2.1 Akun telah dinonaktifkan", "550 Kotak surat ditutup", "550 5.2.1 Akun tidak aktif" },
  },

  -- The recipient's domain: host or domain unknown, no MX.
  {
    id = "lang.id.domain_invalid",
    priority = 41,
    match = phrases.join(
      phrases.combine({ "domain", "nama domain", "host" }, " ",
        { "tidak ditemukan", "tidak ada", "tidak dikenal", "tidak valid", "tidak terdaftar" }),
      "tidak ada data mx", "rekaman mx tidak ditemukan"),
    category = "domain_invalid",
    examples = { "550 5.1.2 Domain tidak ditemukan", "554 5.4.4 Nama domain tidak dikenal: example.invalid" },
  },

  -- The sender sends too fast: the general words.
  {
    id = "lang.id.rate_limited",
    priority = 36,
    match = phrases.join(
      phrases.combine("terlalu banyak ", { "koneksi", "sambungan", "pesan", "email" }),
      "terlalu cepat"),
    category = "rate_limited",
    examples = { "421 4.7.0 Terlalu banyak koneksi dari alamat IP Anda", "450 4.7.1 Terlalu banyak pesan dalam waktu singkat" },
  },

  -- Content judged spam: Microsoft's "email sampah", and the general words.
  {
    id = "lang.id.spam_content",
    priority = 35,
    match = phrases.join(
      phrases.combine({ "terdeteksi", "dianggap", "ditandai", "diidentifikasi", "dikenali" }, { " sebagai spam", " spam" }),
      "diduga spam", "email sampah", "pesan sampah", "surat sampah"),
    category = "spam_content",
    examples = { "550 5.7.1 Pesan terdeteksi sebagai spam", "554 Ditolak: email sampah" },
  },

  -- The mailbox does not exist: the general words (a recipient noun and "not found / does not
  -- exist / unknown / not registered").
  {
    id = "lang.id.recipient_unknown",
    priority = 31,
    match = phrases.combine(RECIPIENT, " ",
      { "tidak ditemukan", "tidak dapat ditemukan", "tidak ada", "tidak dikenal", "tidak valid", "tidak terdaftar" }),
    category = "recipient_unknown",
    examples = {
      "550 5.1.1 Pengguna tidak ditemukan",
      "550 5.1.1 Alamat email tidak terdaftar",
      "550 5.1.1 <user@example.co.id>: Penerima tidak dikenal",
    },
  },

  -- Temporary connection failures: refused, timed out, unreachable.
  {
    id = "lang.id.network_error",
    priority = 16,
    match = {
      "koneksi ditolak", "sambungan ditolak", "waktu koneksi habis", "batas waktu habis", "koneksi terputus",
      "tidak dapat terhubung", "gagal terhubung", "server tidak merespons", "server tidak dapat dijangkau",
      "kesalahan jaringan",
    },
    category = "network_error",
    examples = { "451 4.4.1 Waktu koneksi habis ke mx.example.co.id", "Koneksi ditolak oleh mx.example.co.id" },
  },
  -- Temporary failures of the receiving system.
  {
    id = "lang.id.system_error",
    priority = 15,
    match = {
      "kesalahan sementara", "galat sementara", "masalah sementara", "kesalahan internal", "kesalahan server internal",
      "kesalahan sistem", "layanan tidak tersedia", "sementara tidak tersedia", "server sibuk", "server kelebihan beban",
    },
    category = "system_error",
    examples = { "451 4.3.0 Kesalahan sementara, coba lagi nanti", "421 Layanan tidak tersedia" },
  },

  -- A delay warning that needs no resend (TAXONOMY rule 1), in the general Indonesian words.
  {
    id = "lang.id.delivered.delayed",
    priority = 91,
    match = {
      "pengiriman tertunda", "pengiriman pesan tertunda", "penundaan pengiriman", "anda tidak perlu mengirim ulang",
      "tidak perlu mengirim ulang pesan", "ini hanya peringatan", "akan terus mencoba mengirim",
    },
    category = "delivered",
    description = "A delay warning: the message is still queued and delivery is being retried; not a bounce.",
    examples = { "Pengiriman tertunda ke user@example.co.id. Anda tidak perlu mengirim ulang pesan ini." },
  },

  -- Outlook's Indonesian automatic reply ("Balasan Otomatis:") and the words of an absence notice.
  {
    id = "lang.id.auto_reply",
    priority = 90,
    match = { "balasan otomatis", "jawaban otomatis", "di luar kantor", "sedang cuti", "sedang tidak di kantor", "sedang berlibur" },
    category = "auto_reply",
    description = "An automatic reply (out of office, vacation), not a bounce.",
    examples = { "Balasan Otomatis: Saya sedang cuti hingga 5 Mei." },
  },

  -- Size: the general words ("pesan terlalu besar").
  {
    id = "lang.id.message_too_large",
    priority = 52,
    match = {
      "pesan terlalu besar", "email terlalu besar", "lampiran terlalu besar", "ukuran pesan melebihi",
      "melebihi ukuran maksimum", "ukuran maksimum pesan", "melebihi batas ukuran",
    },
    category = "message_too_large",
    examples = { "552 5.3.4 Pesan terlalu besar", "552 Ukuran pesan melebihi batas" },
  },

  -- Malware: Microsoft's "perangkat lunak berbahaya", and the general words.
  {
    id = "lang.id.malicious_content",
    priority = 51,
    match = {
      "virus terdeteksi", "terdeteksi virus", "mengandung virus", "terinfeksi virus", "perangkat lunak berbahaya",
      "konten berbahaya", "lampiran berbahaya",
    },
    category = "malicious_content",
    examples = { "554 5.7.1 Pesan mengandung virus" },
  },

  -- Microsoft's Indonesian "Akses ditolak" with nothing more: an opaque policy refusal.
  {
    id = "lang.id.policy_block",
    priority = 12,
    match = { "akses ditolak" },
    category = "policy_block",
    description = "The receiver refused the message without saying why.",
    examples = { "550 5.7.1 Akses ditolak" },
  },

  -- "Try again later" in Indonesian: the receiver's failure passes (TAXONOMY rule 9: soft).
  {
    id = "lang.id.try_later",
    priority = 10,
    match = { "coba lagi nanti", "cobalah lagi nanti", "coba kembali nanti" },
    category = "system_error",
    type = "soft",
    examples = { "451 Silakan coba lagi nanti" },
  },

  -- A mailing list that takes posts from its subscribers only, or refuses this poster's, in
  -- Indonesian: ezmlm-idx's translations (lang/id/messages: TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS),
  -- written as the words any list manager uses for the same.
  {
    id = "lang.id.recipient_policy.list_member",
    priority = 45,
    match = { "hanya pelanggan boleh", "hanya pelanggan yang bisa", "hanya anggota", "menolak posting anda" },
    category = "recipient_policy",
    examples = { "Maaf, hanya pelanggan boleh mengirim posting." },
  },

  -- The mailbox's quota or size limit exceeded, as GNU Mailutils' mda writes it back through the
  -- MTA (po/id.po: "mailbox quota exceeded for this recipient", "message would exceed maximum
  -- mailbox size for this recipient"), in the words any server uses for the same.
  {
    id = "lang.id.mailbox_full.limit",
    priority = 43,
    match = { "kuota kotak surat", "ukuran maksimal kotak surat", "ukuran maksimum kotak surat" },
    category = "mailbox_full",
    examples = { "kuota kotak surat dilewati untuk penerima ini" },
  },
  -- ... and "no such user" (po/id.po)
  {
    id = "lang.id.recipient_unknown.no_such_user",
    priority = 40,
    match = { "tidak ada pengguna seperti itu" },
    category = "recipient_unknown",
    examples = { "tidak ada pengguna seperti itu" },
  },
}
