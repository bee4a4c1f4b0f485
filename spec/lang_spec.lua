-- The languages mail comes in: every language file of the default pack answers each cause an
-- operator must act on in its own words, and with the type TAXONOMY.md gives that cause.
-- (spec/examples_spec.lua checks which rule decides each example; this checks what comes out.)
local bounce = require "bounce"

local classifier = assert(bounce.new())

-- rules/lang/<file>.lua for each language the project claims to read
local LANGUAGES = {
  "de", "fr", "es", "it", "pt", "ru", "pl", "nl", "cs", "ko", "ja", "zh_cn", "zh_tw",
  "sv", "da", "nb", "fi", "tr", "hu", "ro", "uk", "el", "vi", "id", "sk",
}

-- The causes each language must name, with the type its examples must come out with.
local REQUIRED = {
  recipient_unknown = "hard", recipient_inactive = "hard", mailbox_full = "soft", spam_content = "soft",
  blocklisted = "soft", rate_limited = "soft", domain_invalid = "hard", system_error = "soft",
  network_error = "soft",
}

local function language_rules(lang)
  local out = {}
  for _, r in ipairs(classifier:rules()) do
    if r.id:sub(1, #lang + 6) == "lang." .. lang .. "." then out[#out + 1] = r end
  end
  return out
end

local function reply_of(example)
  return type(example) == "table" and example[1] or example
end

describe("the language files", function()
  for _, lang in ipairs(LANGUAGES) do
    local rules = language_rules(lang)

    it(lang .. " names every required cause, each example with its cause's type", function()
      local covered = {}
      for _, r in ipairs(rules) do
        local want = REQUIRED[r.category]
        if want and r.type == nil then
          covered[r.category] = true
          for _, example in ipairs(r.examples) do
            local got = classifier:classify(reply_of(example))
            assert.equal(r.category, got.category, reply_of(example))
            -- a temporary reply (4xx, 4.x.x) is soft, unless its words say the mailbox is bad
            -- (TAXONOMY.md rules 2 and 3)
            local temporary = (got.code and math.floor(got.code / 100) == 4) or (got.status or ""):sub(1, 1) == "4"
            local mailbox = r.category == "recipient_unknown" or r.category == "recipient_inactive"
            local expected = temporary and not mailbox and "soft" or want
            assert.equal(expected, got.type, reply_of(example))
          end
        end
      end
      for category in pairs(REQUIRED) do
        assert.is_true(covered[category] == true, lang .. " has no rule for " .. category)
      end
    end)

    it(lang .. " keeps an account disabled only for a while soft", function()
      local found = false
      for _, r in ipairs(rules) do
        if r.category == "recipient_inactive" and r.type == "soft" then
          found = true
          for _, example in ipairs(r.examples) do
            local got = classifier:classify(reply_of(example))
            assert.equal("recipient_inactive", got.category, reply_of(example))
            assert.equal("soft", got.type, reply_of(example))
          end
        end
      end
      assert.is_true(found, lang .. " has no temporary recipient_inactive rule")
    end)

    it(lang .. " reads a delay warning and an automatic reply as no bounce (type none)", function()
      local seen = {}
      for _, r in ipairs(rules) do
        if r.category == "delivered" or r.category == "auto_reply" then
          seen[r.category] = true
          for _, example in ipairs(r.examples) do
            local got = classifier:classify(reply_of(example))
            assert.same({ r.category, "none" }, { got.category, got.type }, reply_of(example))
          end
        end
      end
      assert.is_true(seen.delivered == true, lang .. " has no delay notice rule")
      assert.is_true(seen.auto_reply == true, lang .. " has no automatic reply rule")
    end)
  end

  it("decide by their words where the code alone would say otherwise", function()
    local full = classifier:classify("552 Postfach voll")
    assert.same({ "mailbox_full", "soft" }, { full.category, full.type })
    local unknown = classifier:classify("550 Utilisateur inconnu")
    assert.same({ "recipient_unknown", "hard" }, { unknown.category, unknown.type })
    -- a bare 550 says hard unknown (TAXONOMY rule 9); the words say a full mailbox or a busy server
    for _, reply in ipairs {
      "550 Postlådan är full", "550 Postkassen er fuld", "550 Innboksen er full", "550 Postilaatikko on täynnä",
      "550 Posta kutusu dolu", "550 A postafiók megtelt", "550 Căsuța poștală este plină",
      "550 Поштова скринька переповнена", "550 Το γραμματοκιβώτιο είναι γεμάτο", "550 Hộp thư đã đầy",
      "550 Kotak surat penuh",
    } do
      local got = classifier:classify(reply)
      assert.same({ "mailbox_full", "soft" }, { got.category, got.type }, reply)
    end
  end)

  -- Letters the matcher folds one way but real mail spells two ways (docs/rules.md, "How text is
  -- folded"): each spelling of a reply must reach the same cause.
  it("read each spelling real mail uses: dotless i, comma or cedilla, final sigma, apostrophes, no diacritics", function()
    for cause, spellings in pairs {
      recipient_unknown = {
        "550 5.1.1 Kullanıcı bulunamadı", "550 5.1.1 KULLANICI BULUNAMADI", "550 5.1.1 Kullanici bulunamadi",
        "550 5.1.1 Άγνωστος χρήστης", "550 5.1.1 ΑΓΝΩΣΤΟΣ ΧΡΗΣΤΗΣ",
        "550 5.1.1 Người nhận không tồn tại", "550 5.1.1 Nguoi nhan khong ton tai",
      },
      recipient_inactive = { "550 Contul a fost șters", "550 Contul a fost şters", "550 Contul a fost sters" },
      mailbox_full = { "552 Căsuța poștală este plină", "552 Căsuţa poştală este plină", "552 Casuta postala este plina" },
      rate_limited = { "421 Забагато з'єднань", "421 Забагато з’єднань", "421 Забагато зʼєднань" },
    } do
      for _, reply in ipairs(spellings) do
        assert.equal(cause, classifier:classify(reply).category, reply)
      end
    end
  end)

  it("give the sender's own address or domain to the sender, not to a recipient category", function()
    for _, reply in ipairs {
      "550 5.1.0 Absenderadresse unbekannt", "550 5.1.7 Adresse de l'expéditeur inconnue",
      "553 5.1.8 Dominio del remitente inexistente", "550 5.1.7 Ongeldig afzenderadres",
      "553 5.1.8 Avsändardomänen finns inte", "550 5.1.7 Lähettäjän osoitetta ei löytynyt",
      "553 5.1.8 Gönderen alan adı bulunamadı", "553 5.1.8 Tên miền người gửi không tồn tại",
    } do
      local got = classifier:classify(reply)
      assert.equal("sender_invalid", got.category, reply)
      assert.not_equal("hard", got.type, reply)
    end
  end)
end)
