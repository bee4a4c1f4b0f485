local bounce = require "bounce"
local describe_ = require "bounce.describe"

describe("descriptions in the seeds' five languages", function()
  it("describe a status, a category and a result in each language", function()
    local r = bounce.classify("552 5.2.2 <a@example.com>: Mailbox full")
    for _, lang in ipairs(describe_.languages) do
      local by_status = bounce.describe("5.2.2", lang)
      assert.is_string(by_status)
      assert.is_string(bounce.describe("mailbox_full", lang))
      assert.is_string(bounce.describe(r, lang))
    end
    assert.equal(bounce.describe("5.2.2", "de"), bounce.describe("4.2.2", "de"))
    assert.are_not.equal(bounce.describe("5.2.2", "ja"), bounce.describe("5.2.2", "zh-CN"))
  end)

  it("give the result's description in the language asked for", function()
    local en = bounce.classify("550 5.1.1 no such user")
    local de = bounce.classify("550 5.1.1 no such user", { lang = "de" })
    assert.equal(en.category, de.category)
    assert.are_not.equal(en.description, de.description)
    local c = assert(bounce.new { lang = "zh-TW" })
    assert.equal(bounce.describe(c:classify("550 5.1.1 no such user"), "zh-TW"), c:classify("550 5.1.1 no such user").description)
  end)

  it("refuse a language the project does not speak", function()
    assert.has_error(function() bounce.describe("5.1.1", "fr") end)
    assert.has_error(function() bounce.new { lang = "fr" } end)
  end)
end)
