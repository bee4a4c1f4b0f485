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
