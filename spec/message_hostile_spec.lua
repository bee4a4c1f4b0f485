-- Bounce emails built to make the scanner slow or large: each is read in time linear in its
-- size and within the limits the caller gives (docs/performance.md lists them).
local bounce = require "bounce"
local core = require "bounce.core"

local function within(seconds, f)
  local start = os.clock()
  local result = f()
  local spent = os.clock() - start
  assert.is_true(spent < seconds, string.format("took %.2f s, bound %.2f s", spent, seconds))
  return result
end

local function with_subject(subject)
  return "From: MAILER-DAEMON@mx.example.net\r\nSubject: " .. subject .. "\r\n\r\nbody\r\n"
end

describe("RFC 2047 encoded words that never close", function()
  -- Each "=?" that opens no word was once read to the end of the line, for every one of them.
  it("cost time linear in the header, not in its square", function()
    local r = within(1, function() return core.parse_message(with_subject(("=?a?q?x"):rep(600000))) end)
    assert.equal(8192, #r.subject)
    assert.equal(("=?a?q?x"):rep(3), r.subject:sub(1, 21))
    assert.is_true(r.truncated)
  end)

  it("leave the words that do close decoded", function()
    local subject = "=?utf-8?q?caf=C3=A9?= =?a?q?x =?a?q?x =?iso-8859-1?q?caf=E9?= =?utf-8?b?w6k=?= =?x?q?open"
    local r = core.parse_message(with_subject(subject))
    assert.equal("caf\195\169 =?a?q?x =?a?q?x caf\195\169\195\169 =?x?q?open", r.subject)
    -- after many that never close
    r = core.parse_message(with_subject(("=?a?q?x "):rep(500) .. "=?utf-8?q?caf=C3=A9?="))
    assert.equal(("=?a?q?x "):rep(500) .. "caf\195\169", r.subject)
  end)
end)

describe("an mbox of many bounces", function()
  local one = "From a@b Mon Jan  1 00:00:00 2024\nFrom: MAILER-DAEMON@x.example\nSubject: Undelivered Mail\n\n" ..
    "u@b.example: 550 5.1.1 no such user\n"

  it("returns at most max_recipients in all, marked truncated", function()
    local r = bounce.parse(one:rep(1000), { limits = { max_recipients = 10 } })
    assert.equal(10, #r.recipients)
    assert.is_true(r.truncated)
    assert.equal("recipient_unknown", r.recipients[10].category)
  end)

  it("stops at the default of 1,000 recipients", function()
    local r = bounce.parse(one:rep(1200))
    assert.equal(1000, #r.recipients)
    assert.is_true(r.truncated)
  end)

  it("reads no message past max_input", function()
    local r = bounce.parse(one:rep(10), { limits = { max_input = #one * 3 } })
    assert.equal(3, #r.recipients)
    assert.is_true(r.truncated)
  end)

  it("is not truncated when every message was read", function()
    local r = bounce.parse(one:rep(10), { limits = { max_recipients = 10 } })
    assert.equal(10, #r.recipients)
    assert.is_nil(r.truncated)
  end)
end)

describe("a message with no From, no Subject and no text part", function()
  -- Its text is an empty span with no start: the test for a headerless paste reads no bytes of it
  -- (under make sanitize, pointer arithmetic on that missing start is an error).
  it("is unknown", function()
    for _, m in ipairs {
      "Content-Type: image/png\r\n\r\n\137PNG\r\n",
      "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--b--\r\n",
    } do
      assert.equal("unknown", core.parse_message(m).kind)
    end
  end)
end)
