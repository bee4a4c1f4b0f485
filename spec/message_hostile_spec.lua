-- Bounce emails built to make the scanner slow or large: each is read in time linear in its
-- size and within the limits the caller gives (docs/performance.md lists them).
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
