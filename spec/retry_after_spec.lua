-- The delay a reply asks for (src/reply.c bounce_retry_after): a number of up to four digits
-- before a unit, so the longest is 9999 days; a longer number names no delay.
local bounce = require "bounce"

describe("retry_after read from a reply", function()
  it("is at most 9999 days, and a number of five digits or more names no delay", function()
    assert.equal(9999 * 86400, bounce.classify("450 4.2.0 try again in 9999 days").retry_after)
    assert.equal(300, bounce.classify("451 4.7.1 please retry in 5 minutes").retry_after)
    for _, n in ipairs { "99999", "123456", "12345678901234567890" } do
      local r = bounce.classify("450 4.2.0 try again in " .. n .. " days")
      assert.is_nil(r.retry_after, n)
    end
  end)
end)
