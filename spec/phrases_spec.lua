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

  it("joins phrases and lists of phrases into one list, in order", function()
    assert.same({ "user unknown", "no such user", "no such mailbox", "unknown user" },
      phrases.join("user unknown", phrases.combine("no such ", { "user", "mailbox" }), { "unknown user" }))
    assert.has_error(function() phrases.join("a", 1) end, "phrases.join: part 2 must be a string or a list of strings")
    assert.has_error(function() phrases.join({ "a", {} }) end, "phrases.join: part 1 holds a table, not a string")
  end)

  it("matches as a sequence() pattern what combine() spells out, trying every choice", function()
    local lpeg = require "lpeg"
    local seq = phrases.sequence({ "box", "box of mail" }, " ", { "", "is " }, { "full", "fully used" })
    for _, phrase in ipairs(phrases.combine({ "box", "box of mail" }, " ", { "", "is " }, { "full", "fully used" })) do
      assert.truthy(lpeg.match(seq, phrase), phrase)
    end
    assert.is_nil(lpeg.match(seq, "box was full"))
    assert.is_nil(lpeg.match(seq, "box of full"))
    assert.has_error(function() phrases.sequence() end, "phrases.sequence: no parts")
    assert.has_error(function() phrases.sequence("a", {}) end,
      "phrases.sequence: part 2 must be a string or a non-empty list of strings")
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

  it("gives a rule file a sequence() pattern, gated by its phrase groups", function()
    local nouns, states = { "account", "mailbox" }, { "frozen", "iced" }
    local c = assert(bounce.new { rules = { {
      { match = { nouns, states }, pattern = phrases.sequence(nouns, " is ", { "", "temporarily " }, states),
        category = "recipient_inactive" },
    } } })
    assert.equal("recipient_inactive", c:classify("550 Sorry, this mailbox is temporarily iced").category)
    assert.not_equal("recipient_inactive", c:classify("550 Sorry, the account was iced, the mailbox is ok").category)
  end)
end)

describe("bounce.phrases.fold", function()
  it("spells a string as the folded reply does, keeping a space at either end", function()
    assert.equal("postfach uberfullt", phrases.fold("Postfach  ÜBERFÜLLT"))
    assert.equal(" est ", phrases.fold(" EST\t"))
    assert.equal("", phrases.fold(""))
  end)
end)

describe("bounce.phrases.near", function()
  it("finds a phrase of each list within the distance, in either order, folded as the reply is", function()
    local lpeg = require "lpeg"
    local near = lpeg.P { phrases.near({ "Relaying", "relay" }, { "denied", "prohibited" }, 20) + 1 * lpeg.V(1) }
    assert.truthy(near:match("553 relaying to <a@b.example> prohibited"))
    assert.truthy(near:match("denied: relay"))
    assert.falsy(near:match("relaying is fine here, but this long report says something else was denied"))
    assert.has_error(function() phrases.near({ "a" }, {}, 5) end,
      "phrases.near: part 2 must be a string or a non-empty list of strings")
    assert.has_error(function() phrases.near({ "a" }, { "b" }, -1) end,
      "phrases.near: distance must be a whole number of bytes")
  end)
end)
