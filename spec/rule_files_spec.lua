-- What a rule file may do (docs/rules.md): the sandbox it runs in, the `trusted` option, the
-- patterns and numbers the loader refuses, include cycles. Each refusal is nil, "file:line: ...".
local bounce = require "bounce"
local core = require "bounce.core"
local lpeg = require "lpeg"
local taxonomy = require "bounce.taxonomy"
local support = require "spec.support"

local FULL = "552 5.2.2 <someone@example.net>: Mailbox full"

-- Loads content as a rule file after the default pack: classifier, or nil, err.
local function load_file(content, opts)
  local path = support.write_temp(content)
  opts = opts or {}
  opts.rules = { "default", path }
  local c, err = bounce.new(opts)
  os.remove(path)
  return c, err, path
end

local function refused(content, opts)
  local c, err, path = load_file(content, opts)
  assert.is_nil(c)
  assert.is_string(err)
  return err, path
end

describe("a rule file's sandbox", function()
  it("has no os, io, load or debug: the file is refused at the line that asks", function()
    local marker = os.tmpname()
    os.remove(marker)
    local err, path = refused("local x = 1\nos.execute('touch " .. marker .. "')\nreturn {}\n")
    assert.equal(path .. ":2: 'os' is not available", err:match("^(.-) to a rule file"), err)
    assert.is_nil(io.open(marker), "os.execute ran")
    assert.truthy(refused("return { { code = 550, description = io.read('*a') } }"):match(":1: 'io' is not available"))
    assert.truthy(refused("local f = load('return {}')\nreturn f()"):match(":1: 'load' is not available"))
    assert.truthy(refused("\n\nreturn debug.getregistry()"):match(":3: 'debug' is not available"))
    assert.truthy(refused("return { getmetatable('').__index }"):match("'getmetatable' is not available"))
  end)

  it("serves lpeg and bounce.phrases to require, and nothing else", function()
    local c = assert(load_file([[
      local lpeg = require "lpeg"
      local phrases = require "bounce.phrases"
      return {
        { id = "site.word", pattern = lpeg.P "quota " * lpeg.R "09" ^ 1, category = "mailbox_full", type = "hard" },
        { id = "site.phrase", match = phrases.combine({ "box", "bin" }, " overflowing"), category = "mailbox_full" },
      }
    ]]))
    assert.equal("site.word", c:classify("552 over quota 12 of 10").rule)
    assert.equal("site.phrase", c:classify("552 bin overflowing").rule)
    assert.truthy(refused("local io = require 'io'\nreturn {}"):match(":1: require 'io': a rule file may require"))
    assert.truthy(refused("\nlocal s = require 'socket'\nreturn {}"):match(":2: require 'socket'"))
  end)

  it("keeps lpeg's grammars and match-time functions for trusted classifiers", function()
    local grammar = "local lpeg = require 'lpeg'\nreturn { { pattern = lpeg.P { 'x' * lpeg.V(1) + 'y' }, code = 550 } }"
    assert.truthy(refused(grammar):match(":2: lpeg.V is for the rule files of a trusted classifier"))
    local f = "local lpeg = require 'lpeg'\nlocal function yes() return true end\n"
    assert.truthy(refused(f .. "return { { pattern = lpeg.Cmt(1, yes), code = 550 } }"):match(":3: lpeg.Cmt is for"))
    assert.truthy(refused(f .. "\nreturn { { pattern = lpeg.P(yes), code = 550 } }"):match(":4: lpeg.P of a function"))
    assert.is_not_nil(load_file(grammar, { trusted = true }))
  end)

  it("gives each file its own string, table and math: changing them changes nothing outside", function()
    local upper, concat, floor, phrases = string.upper, table.concat, math.floor, require "bounce.phrases"
    local combine = phrases.combine
    finally(function() -- where the sandbox does not hold, the suite goes on
      rawset(string, "upper", upper)
      rawset(table, "concat", concat)
      rawset(math, "floor", floor)
      phrases.combine = combine
    end)
    assert.is_not_nil(load_file("string.upper = nil\ntable.concat = nil\nmath.floor = nil\n" ..
      "require('bounce.phrases').combine = nil\nreturn {}"))
    assert.equal(upper, string.upper)
    assert.is_function(table.concat)
    assert.is_function(math.floor)
    assert.is_function(require("bounce.phrases").combine)
    -- a file's globals stay its own
    assert.is_not_nil(load_file("leaked_global = 1\nreturn {}"))
    assert.is_nil(rawget(_G, "leaked_global"))
  end)

  it("stops a file that runs too long while it loads (a loop that never ends)", function()
    local err = refused("local n = 0\nfor _ = 1, 1e8 do n = n + 1 end\nreturn {}")
    assert.truthy(err:match(":2: ran more than %d+ million instructions while loading"), err)
  end)

  it("refuses bytecode", function()
    local chunk = string.dump(function() return {} end)
    local err = refused(chunk)
    assert.truthy(err:match("binary") or err:match("not bytecode"), err)
  end)

  it("is lifted by trusted = true, which gives all of Lua", function()
    local marker = os.tmpname()
    os.remove(marker)
    local c = assert(load_file("local f = io.open('" .. marker .. "', 'w')\nf:write('ran')\nf:close()\n" ..
      "return { { id = 'site.env', status = '5.2.2', type = 'hard', description = os.getenv('HOME') or '' } }",
      { trusted = true }))
    assert.equal("ran", support.read(marker))
    os.remove(marker)
    assert.equal("site.env", c:classify(FULL).rule)
    assert.has_error(function() bounce.new { trusted = "yes" } end)
  end)

  it("holds for a reload too", function()
    local path = support.write_temp("return { { id = 'site.v1', status = '5.2.2', type = 'hard' } }")
    local c = assert(bounce.new { rules = { "default", path } })
    local f = assert(io.open(path, "wb"))
    f:write("os.remove('" .. path .. "')\nreturn {}")
    f:close()
    local ok, err = c:reload()
    assert.is_not_nil(io.open(path), "os.remove ran")
    os.remove(path)
    assert.is_nil(ok)
    assert.truthy(err:match(":1: 'os' is not available"), err)
    assert.equal("site.v1", c:classify(FULL).rule)
  end)
end)

describe("a rule file's includes", function()
  local dir

  before_each(function()
    dir = os.tmpname()
    os.remove(dir)
    assert(support.run("mkdir " .. dir))
  end)

  after_each(function()
    support.run("rm -rf " .. dir)
  end)

  local function write(name, content)
    local f = assert(io.open(dir .. "/" .. name, "wb"))
    f:write(content)
    f:close()
    return dir .. "/" .. name
  end

  it("that come back to a file in the chain are refused with nil, err", function()
    local site = write("site.lua", 'return { include = { "site.lua" }, { status = "5.2.2", type = "hard" } }')
    local ok, c, err = pcall(bounce.new, { rules = { "default", site } })
    assert.is_true(ok, c)
    assert.is_nil(c)
    assert.equal(site .. ":1: include cycle: " .. site .. " -> " .. site, err)
    write("a.lua", 'return { include = { "./b.lua" } }')
    write("b.lua", 'return { include = { "sub/../a.lua" } }')
    assert(support.run("mkdir " .. dir .. "/sub"))
    c, err = bounce.new { rules = { dir .. "/a.lua" } }
    assert.is_nil(c)
    assert.truthy(err:match("include cycle: .*a%.lua %-> .*b%.lua %-> .*a%.lua$"), err)
  end)

  it("nested deeper than 16 are refused, whatever the spelling of the paths", function()
    -- each file includes the next through one more "./": no two spellings are alike
    for i = 1, 20 do write("f" .. i .. ".lua", 'return { include = { "' .. ("./"):rep(i) .. 'f' .. (i + 1) .. '.lua" } }') end
    write("f21.lua", "return {}")
    local c, err = bounce.new { rules = { dir .. "/f1.lua" } }
    assert.is_nil(c)
    assert.truthy(err:match("includes nested more than 16 deep"), err)
  end)

  it("may name a file twice where no cycle forms, and must be a list of names", function()
    write("common.lua", "return {}")
    write("one.lua", 'return { include = { "common.lua" } }')
    local site = write("site.lua", 'return { include = { "common.lua", "one.lua" } }')
    assert.is_not_nil(bounce.new { rules = { site } })
    local bad = write("bad.lua", "return { include = { 42 } }")
    local c, err = bounce.new { rules = { bad } }
    assert.is_nil(c)
    assert.equal(bad .. ":1: include must be a list of file names", err)
  end)
end)

describe("a rule's pattern", function()
  it("may not define rules in re syntax: recursion can take exponential time", function()
    local rules = { { id = "site.exp", pattern = "S <- 'a' S 'b' / 'a' S / 'a'", category = "spam_content" } }
    local c, err = bounce.new { rules = { "default", rules } }
    assert.is_nil(c)
    assert.truthy(err:match("rule #1 %(site%.exp%): bad pattern: a pattern may not define rules"), err)
    local err2 = refused("return {\n  { pattern = [[\n  word <- [a-z]+\n  main <- word ' ' word ]], code = 550 } }")
    assert.truthy(err2:match(":2: rule #1: bad pattern: a pattern may not define rules"), err2)
  end)

  it("may hold <- inside quotes and character classes", function()
    local c = assert(bounce.new { rules = { { { id = "site.arrow", pattern = "'a <- b' / [<-] 'x'", code = 550 } } } })
    assert.equal("site.arrow", c:classify("550 a <- b").rule)
    assert.equal("site.arrow", c:classify("550 -x").rule)
  end)

  it("answers yes or no: its captures are never made, so a function capture never runs", function()
    local calls = 0
    local p = lpeg.P "quota" / function() calls = calls + 1 return false end
    local c = assert(bounce.new { rules = { { { id = "site.cap", pattern = p, category = "mailbox_full" } } } })
    assert.equal("site.cap", c:classify("552 over quota").rule)
    assert.equal(0, calls)
  end)
end)

describe("a rule's numbers", function()
  it("priority: any integer up to 2^53, in order, none wrapping", function()
    local c = assert(bounce.new { rules = { "default", {
      { id = "site.top", priority = 2 ^ 31, status = "5.2.2", type = "hard" },
      { id = "site.low", priority = 1, status = "5.2.2", type = "soft", category = "mailbox_full" },
      { id = "site.bottom", priority = -2 ^ 40, status = "5.2.2", type = "soft" },
    } } })
    assert.equal("site.top", c:classify(FULL).rule)
    local ids = {}
    for _, m in ipairs(c:explain(FULL).matches) do ids[#ids + 1] = m.id end
    assert.same({ "site.top", "site.low", "site.bottom" }, { ids[1], ids[2], ids[3] })
    for _, bad in ipairs { "2^53 + 2", "math.huge", "-math.huge", "0/0", "1.5" } do
      local err = refused("return {\n { priority = " .. bad .. ", code = 550 } }")
      assert.truthy(err:match(":2: rule #1: field 'priority' must be an integer from %-2%^53 to 2%^53"), bad .. ": " .. err)
    end
  end)

  it("retry_after: whole seconds up to 2^31 - 1", function()
    local c = assert(bounce.new { rules = { { { status = "5.2.2", retry_after = 2 ^ 31 - 1 } } } })
    assert.equal(2 ^ 31 - 1, c:classify(FULL).retry_after)
    for _, bad in ipairs { "math.huge", "1e300", "2^31", "-1", "0/0" } do
      local err = refused("return { { retry_after = " .. bad .. ", code = 550 } }")
      assert.truthy(err:match(":1: rule #1: field 'retry_after' must be seconds, an integer from 0 to 2%^31 %- 1"),
        bad .. ": " .. err)
    end
  end)

  it("limits: whole numbers of bytes up to 2^31 - 1", function()
    assert.has_error(function() bounce.new { limits = { max_reply = math.huge } } end)
    assert.has_error(function() bounce.new { limits = { max_pattern = 2 ^ 31 } } end)
  end)

  it("are refused by the C core too where out of its range, never cast", function()
    local function engine(rule, extra)
      rule.id, rule.layer = "x", "site"
      local def = { categories = taxonomy.engine_categories(), rules = { rule }, match = lpeg.match }
      for k, v in pairs(extra or {}) do def[k] = v end
      return pcall(core.engine, def)
    end
    for field, v in pairs { retry_after = math.huge, priority = 2 ^ 60, code = 2 ^ 40, class = 0 / 0 } do
      local ok, err = engine({ code = 550, [field] = v })
      assert.is_false(ok, field)
      assert.truthy(tostring(err):match("field '" .. field .. "' must be a whole number"), err)
    end
    local ok, err = engine({ code = 550 }, { max_reply = math.huge })
    assert.is_false(ok)
    assert.truthy(tostring(err):match("field 'max_reply'"), err)
    assert.is_true((engine({ code = 550, priority = 2 ^ 31, retry_after = 60 })))
  end)
end)

describe("a rule's phrases", function()
  it("of white space only are refused with file:line", function()
    local err = refused("return {\n  { code = 550 },\n  { match = { 'fine', '  \t' }, category = 'spam_content' } }")
    assert.truthy(err:match(":3: rule #2: field 'match' must be a phrase %(not white space only%)"), err)
    err = refused("return {\n  providers = { x = { fingerprints = { ' ' } } },\n  { code = 550 } }")
    assert.truthy(err:match(":1: provider 'x': fingerprints must be a list of strings, not white space only"), err)
  end)
end)
