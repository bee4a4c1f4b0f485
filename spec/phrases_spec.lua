local phrases = require "bounce.phrases"
local bounce = require "bounce"

describe("bounce.phrases.combine", function()
  it("spells out alternatives of words in a row, in order", function()
    assert.same({ "account is disabled", "account has been disabled", "mailbox is disabled", "mailbox has been disabled" },
      phrases.combine({ "account", "mailbox" }, " ", { "is", "has been" }, " disabled"))
  end)

  it("makes a part optional with an empty choice", function()
    assert.same({ "is disabled", "is currently disabled" }, phrases.combine("is ", { "", "currently " }, "disabled"))
  end)

  it("refuses a part that is no list of strings, and a combination too long to mean", function()
    assert.has_error(function() phrases.combine("a", {}) end,
      "phrases.combine: part 2 must be a string or a non-empty list of strings")
    assert.has_error(function() phrases.combine({ "a", 1 }) end, "phrases.combine: part 1 holds a number, not a string")
    local ten = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }
    assert.has_error(function() phrases.combine(ten, ten, ten, ten, ten) end,
      "phrases.combine: more than 10000 phrases")
  end)

  it("gives a rule file phrases the classifier finds", function()
    local c = assert(bounce.new { rules = { {
      { match = phrases.combine({ "account", "mailbox" }, " is ", { "", "temporarily " }, "frozen"),
        category = "recipient_inactive" },
    } } })
    assert.equal("recipient_inactive", c:classify("550 Sorry, this mailbox is temporarily frozen").category)
    assert.equal("recipient_inactive", c:classify("550 Account is frozen").category)
    assert.not_equal("recipient_inactive", c:classify("550 Sorry, this mailbox was frozen").category)
  end)
end)

describe("bounce.phrases.concat", function()
  it("joins families of phrases into one list, in order", function()
    assert.same({ "user unknown", "no such user", "mailbox unavailable" },
      phrases.concat({ "user unknown", "no such user" }, {}, { "mailbox unavailable" }))
    assert.has_error(function() phrases.concat({ "a" }, "b") end,
      "phrases.concat: argument 2 must be a list of strings, got string")
  end)
end)
