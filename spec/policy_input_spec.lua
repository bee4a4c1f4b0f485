-- bounce policy on lines a careless or hostile producer writes: JSON nulls, numbers where text
-- belongs, a time of 1e999, addresses that are not UTF-8. A bad line is refused with its number
-- and the others are applied (docs/policy.md); what is printed is valid JSON.
local cjson = require "cjson"
local support = require "spec.support"

-- Runs bin/bounce policy ARGS on input: stdout, stderr, whether it exited 0.
local function policy(args, input)
  local path, errors = support.write_temp(input), os.tmpname()
  local out, ok = support.run(support.lua .. " bin/bounce policy " .. args .. " < " .. path .. " 2>" .. errors)
  local said = support.read(errors)
  os.remove(path)
  os.remove(errors)
  return out, said, ok
end

local function decisions(out)
  local list = {}
  for line in out:gmatch("[^\n]+") do list[#list + 1] = cjson.decode(line) end
  return list
end

local GOOD = '{"recipient":"good@b.com","category":"recipient_unknown"}\n'

describe("bounce policy on a line with a field of the wrong type", function()
  it("takes null as an absent field and refuses the others, applying the lines after", function()
    local cases = {
      { '{"recipient":"a@b.com","category":"blocklisted","provider":null}', nil },
      { '{"recipient":"a@b.com","category":"delivered","status":null}', nil },
      { '{"recipient":"a@b.com","category":"blocklisted","provider":{"x":1}}', "provider must be a string" },
      { '{"recipient":"a@b.com","category":"delivered","status":4.1}', "status must be a string" },
      { '{"recipient":"a@b.com","category":"system_error","id":{"a":1}}', "id must be a string or number" },
      { '{"recipient":"a@b.com","category":"system_error","id":""}', "id must not be empty" },
      { '{"recipient":["a@b.com"],"category":"system_error"}', "recipient must be a string" },
    }
    for _, case in ipairs(cases) do
      local out, said, ok = policy("", case[1] .. "\n" .. GOOD)
      assert.is_nil(said:find("traceback", 1, true), said)
      local d = decisions(out)
      assert.equal("good@b.com", d[#d].address, case[1])
      if case[2] then
        assert.is_false(ok)
        assert.equal(1, #d, case[1])
        assert.equal("bounce: line 1: " .. case[2] .. "\n", said)
      else
        assert.is_true(ok, said)
        assert.equal(2, #d, case[1])
      end
    end
  end)

  it("counts records whose id is null as distinct bounces", function()
    local lines = {}
    for i, at in ipairs { 1700000000, 1700100000, 1700200000 } do
      lines[i] = string.format('{"recipient":"a@b.com","category":"system_error","type":"soft","id":null,"at":%d}', at)
    end
    local d = decisions((policy("", table.concat(lines, "\n") .. "\n")))
    assert.same({ false, false, false }, { d[1].duplicate, d[2].duplicate, d[3].duplicate })
    assert.equal("suppress", d[3].decision)
  end)

  it("refuses a time that is not a finite number, and the address's next record still counts", function()
    local out, said, ok = policy("", table.concat({
      '{"recipient":"a@b.com","category":"system_error","at":1e999}',
      '{"recipient":"a@b.com","category":"system_error","at":"soon"}',
      '{"recipient":"a@b.com","category":"system_error","at":1700000000}',
      '{"recipient":"a@b.com","category":"system_error","at":"1700000100"}',
    }, "\n") .. "\n" .. GOOD)
    assert.is_false(ok)
    assert.equal("bounce: line 1: at must be a finite number of seconds\n" ..
      "bounce: line 2: at must be a finite number of seconds\n", said)
    local d = decisions(out)
    assert.same({ 1, 2 }, { d[1].count, d[2].count })
    assert.equal("good@b.com", d[3].address)
  end)
end)

describe("bounce policy output", function()
  it("is valid UTF-8 JSON where an address or an input is not UTF-8", function()
    local out, said = policy("", '{"recipient":"\233l\232ve@b.com","category":"recipient_unknown","input":"550 \255"}\n')
    assert.equal("", said)
    local d = cjson.decode(out)
    assert.equal("\239\191\189l\239\191\189ve@b.com", d.address)
    assert.equal("550 \239\191\189", d.input)
    local list = support.write_temp("address,category\n\233l\232ve@b.com,suppressed\n")
    out = policy("--import " .. list .. " --export jsonl", "")
    os.remove(list)
    assert.equal("\239\191\189l\239\191\189ve@b.com", cjson.decode(out).address)
  end)
end)
