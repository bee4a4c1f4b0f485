-- The languages mail comes in: every language file of the default pack answers each cause an
-- operator must act on in its own words, and with the type TAXONOMY.md gives that cause.
-- (spec/examples_spec.lua checks which rule decides each example; this checks what comes out.)
local bounce = require "bounce"

local classifier = assert(bounce.new())

-- rules/lang/<file>.lua for each language the project claims to read
local LANGUAGES = { "de", "fr", "es", "it", "pt", "ru", "pl", "nl", "cs", "ko", "ja", "zh_cn", "zh_tw" }

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
  end

  it("decide by their words where the code alone would say otherwise", function()
    local full = classifier:classify("552 Postfach voll")
    assert.same({ "mailbox_full", "soft" }, { full.category, full.type })
    local unknown = classifier:classify("550 Utilisateur inconnu")
    assert.same({ "recipient_unknown", "hard" }, { unknown.category, unknown.type })
  end)

  it("give the sender's own address or domain to the sender, not to a recipient category", function()
    for _, reply in ipairs {
      "550 5.1.0 Absenderadresse unbekannt", "550 5.1.7 Adresse de l'expéditeur inconnue",
      "553 5.1.8 Dominio del remitente inexistente", "550 5.1.7 Ongeldig afzenderadres",
    } do
      local got = classifier:classify(reply)
      assert.equal("sender_invalid", got.category, reply)
      assert.not_equal("hard", got.type, reply)
    end
  end)
end)
