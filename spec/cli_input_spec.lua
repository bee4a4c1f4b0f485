-- bin/bounce on input a hostile or careless user gives it: a mistyped SMTP command, a reply no
-- rule matches, a folder with odd entries named *.eml, an email past the scan's limits.
local cjson = require "cjson"
local bounce = require "bounce"
local support = require "spec.support"

local BOUNCE = support.lua .. " bin/bounce "

describe("an SMTP command the rules do not know", function()
  it("is a usage error on the command line (exit 2), as an unknown language is", function()
    local out, ok = support.run(BOUNCE .. "classify --command DTA '550 5.1.1 user unknown' 2>&1")
    assert.is_false(ok)
    assert.truthy(out:match("bounce: unknown SMTP command 'DTA' %(one of DATA, RCPT"), out)
    for _, command in ipairs { "classify", "explain" } do
      local code = support.run(BOUNCE .. command .. " --command DTA '550 x' >/dev/null 2>&1; echo $?"):match("%d+")
      assert.equal("2", code, command)
    end
    out, ok = support.run(BOUNCE .. "classify --command data '550 Unknown user a@example.jp'")
    assert.is_true(ok, out)
    assert.truthy(out:match("after_data"), out)
  end)

  it("is an error of the caller in the API", function()
    assert.has_error(function() bounce.classify("550 5.1.1 user unknown", { command = "DTA" }) end,
      "classify: context.command: unknown SMTP command 'DTA' (one of DATA, RCPT, MAIL, EHLO, HELO, STARTTLS, BDAT)")
    assert.has_error(function() bounce.explain("550", { command = "RCPT TO" }) end)
    assert.equal("recipient_policy", bounce.classify("550 Unknown user a@example.jp", { command = "Data" }).category)
  end)
end)

describe("explain --json", function()
  it("gives matches as a list, [] when no rule matched", function()
    for _, args in ipairs { "'hello'", "--rules none '550 5.1.1 user unknown'" } do
      local out, ok = support.run(BOUNCE .. "explain --json " .. args)
      assert.is_true(ok, out)
      assert.truthy(out:match('"matches":%[%]'), out)
      assert.equal("class.none", cjson.decode(out).result.rule)
    end
    local out = support.run(BOUNCE .. "explain --json '550 5.1.1 user unknown'")
    local e = cjson.decode(out)
    assert.equal("status.5.1.1", e.matches[#e.matches - 2].id)
    assert.equal("550 5.1.1 user unknown", e.input)
  end)
end)

