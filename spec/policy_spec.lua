-- bounce.policy over the in-memory store, and `bounce policy` on the command line.
local cjson = require "cjson"
local policy = require "bounce.policy"
local memory = require "bounce.policy.memory"
local support = require "spec.support"
local contract = require "spec.policy_contract"

contract({ describe = describe, it = it, assert = assert }, "memory", function(opts)
  opts = opts or {}
  opts.store = memory.new()
  return policy.new(opts)
end)

describe("bounce.policy.memory", function()
  it("is the default store", function()
    local p = policy.new()
    assert.equal("suppress", assert(p:record("a@example.com", { category = "recipient_unknown" })).decision)
  end)

  it("drops keys when their window ends, by its clock", function()
    local now = 1000
    local store = memory.new { clock = function() return now end }
    local p = policy.new { store = store, clock = function() return now end,
      categories = { system_error = { window = 60 } } }
    assert(p:record("a@example.com", { category = "system_error" }, { id = "m1" }))
    assert.is_string(store.values["bounce:a:a@example.com"])
    now = 1059
    assert.equal(1, assert(p:status("a@example.com")).streak.count)
    now = 1060
    assert.is_nil(assert(p:status("a@example.com")).streak)
    assert.is_nil(store.values["bounce:a:a@example.com"])
    -- keys nobody reads again go in a sweep once the number of keys has doubled
    assert.is_string(store.values["bounce:i:a@example.com|m1"])
    for i = 1, 2000 do assert(p:record("b" .. i .. "@example.com", { category = "system_error" })) end
    assert.is_nil(store.values["bounce:i:a@example.com|m1"])
    now = 2000
    for i = 1, 2000 do assert(p:record("c" .. i .. "@example.com", { category = "system_error" })) end
    assert.is_nil(store.values["bounce:a:b1@example.com"])
    assert.is_true(store.size <= 2000)
  end)

  it("refuses a bad clock", function()
    assert.has_error(function() memory.new { clock = 5 } end, "bounce.policy.memory: opts.clock must be a function")
  end)
end)

describe("bounce policy (command line)", function()
  local runner = support.write_temp(
    'package.path = "lua/?.lua;lua/?/init.lua;" .. package.path\n' ..
    'package.cpath = "' .. (jit and "build/jit/?.so;" or "build/5.4/?.so;") .. '" .. package.cpath\n' ..
    'os.exit(require("bounce.policy_cli").run(arg))\n')
  teardown(function() os.remove(runner) end)

  local function cli(args, input)
    local cmd = support.lua .. " " .. runner .. " " .. args
    local path
    if input then
      path = support.write_temp(input)
      cmd = cmd .. " < " .. path
    end
    local out, ok = support.run(cmd .. " 2>&1")
    if path then os.remove(path) end
    return out, ok
  end

  local function lines(out)
    local t = {}
    for l in out:gmatch("[^\n]+") do t[#t + 1] = l end
    return t
  end

  -- The classifier's JSON lines for three replies, with the recipient a bounce email would add.
  local function classified_stream()
    local out, ok = support.run(support.lua .. " bin/bounce classify --json '550 5.1.1 user unknown' " ..
      "'451 4.3.0 try later' '554 5.7.1 blocked using zen.spamhaus.org'")
    assert(ok, out)
    local rows = {}
    for i, l in ipairs(lines(out)) do
      local r = cjson.decode(l)
      r.recipient = ({ "gone@example.com", "busy@example.com", "fine@example.org" })[i]
      rows[#rows + 1] = cjson.encode(r)
    end
    return table.concat(rows, "\n") .. "\n"
  end

  it("applies classified bounces from standard input and prints one decision a line", function()
    local out, ok = cli("", classified_stream())
    assert.is_true(ok, out)
    local d = lines(out)
    assert.equal(3, #d)
    local want = { { "gone@example.com", "suppress" }, { "busy@example.com", "retry" }, { "fine@example.org", "retry" } }
    for i, w in ipairs(want) do
      local row = cjson.decode(d[i])
      assert.same(w, { row.address, row.decision })
      assert.is_string(row.input)
    end
    assert.equal("sender", cjson.decode(d[3]).scope)
  end)

  it("exports the list after the stream instead of decisions, and imports one", function()
    local input = support.write_temp(classified_stream())
    local list
    finally(function() os.remove(input); if list then os.remove(list) end end)
    local out, ok = cli("--export csv " .. input)
    assert.is_true(ok, out)
    local rows = lines(out)
    assert.equal(2, #rows)
    assert.equal("address,category,reason,count,at", rows[1])
    assert.truthy(rows[2]:find("^gone@example.com,recipient_unknown,hard,1,%d+$"))
    list = support.write_temp(out)
    out, ok = cli("--import " .. list .. " --export jsonl")
    assert.is_true(ok, out)
    assert.equal("gone@example.com", cjson.decode(out).address)
  end)

  it("counts an email read twice once: a line with a file and no id is named by it", function()
    local row = cjson.encode { category = "system_error", type = "soft", recipient = "r@example.com", file = "m/1.eml" }
    local out, ok = cli("", row .. "\n" .. row .. "\n")
    assert.is_true(ok, out)
    local d = lines(out)
    assert.is_false(cjson.decode(d[1]).duplicate)
    assert.is_true(cjson.decode(d[2]).duplicate)
    assert.equal(1, cjson.decode(d[2]).count)
  end)

  it("reports bad lines with their number, goes on, and exits 1", function()
    local out, ok = cli("-", 'nonsense\n{"category":"system_error"}\n{"category":"x","recipient":"a@b.c"}\n' ..
      '{"category":"system_error","recipient":"a@b.c","at":5}\n')
    assert.is_false(ok)
    assert.truthy(out:find("bounce: line 1: not a JSON object", 1, true), out)
    assert.truthy(out:find("bounce: line 2: no recipient", 1, true), out)
    assert.truthy(out:find("bounce: line 3: unknown category x", 1, true), out)
    assert.truthy(out:find('"decision":"retry"', 1, true), out)
  end)

  it("stops at a store that is down and says from which line", function()
    local out, ok = cli("--store redis://127.0.0.1:1/0",
      '{"category":"system_error","recipient":"a@b.c"}\n{"category":"system_error","recipient":"d@b.c"}\n')
    assert.is_false(ok)
    assert.truthy(out:find("bounce: line 1: redis: could not connect to 127.0.0.1:1", 1, true), out)
    assert.truthy(out:find("this line and the ones after it were not applied", 1, true), out)
    assert.falsy(out:find("line 2", 1, true), out)
  end)

  it("refuses bad usage with status 2", function()
    for _, args in ipairs { "--store mongodb://x", "--export xml", "--colour", "a b" } do
      local out, ok = cli(args, "")
      assert.is_false(ok, args)
      assert.truthy(out:find("usage: bounce policy", 1, true) or out:find("--store takes", 1, true), out)
    end
    local out, ok = cli("--help")
    assert.is_true(ok)
    assert.truthy(out:find("^usage: bounce policy"))
  end)
end)
