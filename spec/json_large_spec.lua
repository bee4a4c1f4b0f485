-- JSON out of long strings that are not UTF-8: the same text as for short ones, at a cost in
-- memory near the size of the text, not 85 times the input.
local cjson = require "cjson"
local json = require "bounce.json"
local support = require "spec.support"

local FFFD = "\239\191\189"

describe("bounce.json on long strings", function()
  it("writes the same object in pieces as whole, sequences across every piece boundary kept", function()
    -- 2, 3 and 4-byte sequences, stray continuation bytes and invalid leads, at every offset
    local parts = {}
    for i = 1, 40000 do
      parts[#parts + 1] = ({ "a", "\195\169", "\227\129\130", "\240\159\152\128", "\255", "\128\128", "\226\130" })[i % 7 + 1]
    end
    local s = table.concat(parts)
    local pieces = {}
    json.write_object({ input = s, n = 1 }, { "input", "n" }, function(...)
      for i = 1, select("#", ...) do pieces[#pieces + 1] = select(i, ...) end
    end)
    assert.is_true(#pieces > 4)
    local written = table.concat(pieces)
    assert.equal('{"input":' .. cjson.encode(json.utf8_clean(s)) .. ',"n":1}', written)
    assert.equal(written, json.encode_object({ input = s, n = 1 }, { "input", "n" }))
    local decoded = cjson.decode(written).input
    assert.equal(json.utf8_clean(s), decoded)
    assert.is_nil(decoded:find("\255", 1, true))
  end)

  it("keeps a run of continuation bytes longer than a piece, each one replaced", function()
    local s = "x\195" .. ("\128"):rep(200000)
    local out = cjson.decode(json.encode_object({ s = s }, { "s" })).s
    assert.equal("x\195\128" .. FFFD:rep(199999), out)
  end)

  it("lets classify --json print a 4 MB line of bytes that are not UTF-8 in 128 MB (it took 340 MB)", function()
    local input = support.write_temp("550 5.1.1 " .. ("\255"):rep(4 * 1024 * 1024) .. "\n")
    local out, ok = support.run("ulimit -v 131072; " .. support.lua .. " bin/bounce classify --json < " .. input ..
      " 2>&1")
    os.remove(input)
    assert.is_true(ok, out:sub(1, 200))
    local r = cjson.decode(out)
    assert.equal("550 5.1.1 " .. FFFD:rep(4 * 1024 * 1024), r.input)
    assert.equal("5.1.1", r.status)
  end)
end)
