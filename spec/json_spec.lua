local json = require "bounce.json"
local cjson = require "cjson"

describe("bounce.json", function()
  it("turns bytes that are not UTF-8 into U+FFFD and keeps valid text", function()
    assert.equal("caf\239\191\189 \227\129\130", json.utf8_clean("caf\233 \227\129\130"))
    assert.equal("\239\191\189\239\191\189", json.utf8_clean("\192\175")) -- overlong '/'
    assert.equal("\239\191\189", json.utf8_clean("\237\160\128"):sub(1, 3)) -- surrogate
    assert.equal("plain", json.utf8_clean("plain"))
  end)

  it("encodes tables whose strings are not UTF-8", function()
    local out = cjson.decode(json.encode { subject = "\130\177\130\241", list = { "ok", "\255" } })
    assert.equal("\239\191\189\239\191\189\239\191\189\239\191\189", out.subject)
    assert.equal("\239\191\189", out.list[2])
  end)

  it("writes a record's fields in the order given, leaving out the nil ones", function()
    local record = { status = "5.1.1", type = "hard", code = 550, permanent = true, subject = "\255" }
    assert.equal('{"type":"hard","code":550,"status":"5.1.1","permanent":true,"subject":"\239\191\189"}',
      json.encode_object(record, { "type", "category", "code", "status", "permanent", "subject" }))
    assert.equal("{}", json.encode_object({}, { "type" }))
  end)
end)
