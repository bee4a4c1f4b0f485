-- Provider detection from the recipient's domain and the MX host.
local bounce = require "bounce"

describe("provider detection", function()
  local c = assert(bounce.new())
  local FULL = "452 4.2.2 The email account that you tried to reach is over quota."

  it("finds the provider by the recipient's domain or a parent of it, and by the MX host", function()
    assert.equal("gmail", c:classify(FULL, { rcpt = "<Anna@GMAIL.com>" }).provider)
    assert.equal("microsoft", c:classify(FULL, { mx = "acme-com.mail.protection.outlook.com." }).provider)
    assert.equal("yahoo", c:classify(FULL, { rcpt = "b@aol.com" }).provider)
    assert.is_nil(c:classify("550 5.1.1 user unknown", { rcpt = "x@example.net", mx = "mx.example.net" }).provider)
  end)

  it("gives the same answers after more distinct names than it remembers", function()
    for i = 1, 25000 do
      c:classify("550 5.1.1 user unknown", { rcpt = "u@host" .. i .. ".example", mx = "mx" .. i .. ".example" })
    end
    assert.equal("gmail", c:classify(FULL, { rcpt = "anna@gmail.com" }).provider)
    assert.equal("gmail", c:classify(FULL, { rcpt = "anna@gmail.com" }).provider)
    assert.is_nil(c:classify(FULL, { rcpt = "u@host7.example" }).provider)
  end)
end)
