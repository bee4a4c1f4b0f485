-- bin/bounce on input a hostile or careless user gives it: a mistyped SMTP command, a reply no
-- rule matches, a folder with odd entries named *.eml, an email past the scan's limits.
local cjson = require "cjson"
local bounce = require "bounce"
local support = require "spec.support"

local BOUNCE = support.lua .. " bin/bounce "

local function quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function dsn(recipients)
  local parts = {
    "From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n",
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n",
    "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n",
  }
  for i = 1, recipients do
    parts[#parts + 1] = string.format("\r\nFinal-Recipient: rfc822; user%d@example.org\r\nAction: failed\r\n" ..
      "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n", i)
  end
  parts[#parts + 1] = "--B--\r\n"
  return table.concat(parts)
end

describe("an SMTP command the rules do not know", function()
  it("is a usage error on the command line (exit 2), as an unknown language is", function()
    local out, ok = support.run(BOUNCE .. "classify --command DTA '550 5.1.1 user unknown' 2>&1")
    assert.is_false(ok)
    assert.truthy(out:match("bounce: unknown SMTP command 'DTA' %(one of DATA, RCPT"), out)
    for _, command in ipairs { "classify", "explain" } do
      local code = support.run(BOUNCE .. command .. " --command DTA '550 x' >/dev/null 2>&1; echo $?"):match("%d+")
      assert.equal("2", code, command)
    end
    out, ok = support.run(BOUNCE .. "classify --command data --rcpt a@docomo.ne.jp '550 Unknown user a@docomo.ne.jp'")
    assert.is_true(ok, out)
    assert.truthy(out:match("after_data"), out)
  end)

  it("is an error of the caller in the API", function()
    assert.has_error(function() bounce.classify("550 5.1.1 user unknown", { command = "DTA" }) end,
      "classify: context.command: unknown SMTP command 'DTA' (one of DATA, RCPT, MAIL, EHLO, HELO, STARTTLS, BDAT, CONNECT)")
    assert.has_error(function() bounce.explain("550", { command = "RCPT TO" }) end)
    assert.equal("recipient_policy",
      bounce.classify("550 Unknown user a@docomo.ne.jp", { command = "Data", rcpt = "a@docomo.ne.jp" }).category)
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

describe("bounce dsn on a folder", function()
  local dir

  before_each(function()
    dir = os.tmpname()
    os.remove(dir)
    assert(support.run("mkdir " .. quote(dir)))
  end)

  after_each(function()
    support.run("rm -rf " .. quote(dir))
  end)

  local GOOD = "From: MAILER-DAEMON@x\nSubject: Undelivered Mail\n\nuser@example.org: 550 5.1.1 user unknown\n"

  local function put(name, content)
    local f = assert(io.open(dir .. "/" .. name, "wb"))
    f:write(content)
    f:close()
  end

  it("reads every regular .eml and skips, with a word on stderr, a FIFO, a folder and a dangling link", function()
    put("a.eml", GOOD)
    put("z.eml", GOOD)
    assert(support.run("cd " .. quote(dir) .. " && mkfifo b.eml && mkdir c.eml && ln -s nowhere d.eml && ln -s a.eml e.eml"))
    local errors = os.tmpname()
    -- a FIFO blocked the run for ever: timeout makes that a failure here
    local out, ok = support.run("timeout 20 " .. BOUNCE .. "dsn --json " .. quote(dir) .. " 2>" .. errors)
    local said = support.read(errors)
    os.remove(errors)
    assert.is_false(ok, "exit status 1: some entries could not be read")
    local files = {}
    for line in out:gmatch("[^\n]+") do
      local r = cjson.decode(line)
      assert.equal("user@example.org", r.recipient)
      files[#files + 1] = r.file:match("[^/]+$")
    end
    assert.same({ "a.eml", "e.eml", "z.eml" }, files)
    for _, name in ipairs { "b.eml", "c.eml", "d.eml" } do
      assert.truthy(said:find(name .. ": skipped: not a regular file", 1, true), said)
    end
  end)

  it("reads every path it is given, and reports one it cannot open", function()
    put("a.eml", GOOD)
    put("b.eml", GOOD:gsub("user@", "other@"))
    local errors = os.tmpname()
    local out, ok = support.run(BOUNCE .. "dsn --json " .. quote(dir .. "/a.eml") .. " " .. quote(dir .. "/none.eml") ..
      " " .. quote(dir .. "/b.eml") .. " 2>" .. errors)
    local said = support.read(errors)
    os.remove(errors)
    assert.is_false(ok, "exit status 1: a path could not be read")
    local got = {}
    for line in out:gmatch("[^\n]+") do got[#got + 1] = cjson.decode(line).recipient end
    assert.same({ "user@example.org", "other@example.org" }, got)
    assert.truthy(said:find("none.eml", 1, true), said)
  end)

  it("exits 0 where every entry is an email", function()
    put("a.eml", GOOD)
    local out, ok = support.run(BOUNCE .. "dsn " .. quote(dir))
    assert.is_true(ok, out)
    assert.truthy(out:match("\nhard%s+recipient_unknown"), out)
  end)
end)

describe("bounce dsn on an email past the scan's limits", function()
  it("marks its lines truncated, and says so on stderr in the table", function()
    local path = support.write_temp(dsn(1001))
    local out, ok = support.run(BOUNCE .. "dsn --json " .. path)
    assert.is_true(ok, out:sub(1, 300))
    local n = 0
    for line in out:gmatch("[^\n]+") do
      n = n + 1
      assert.is_true(cjson.decode(line).truncated, line)
    end
    assert.equal(1000, n)
    local errors = os.tmpname()
    out = support.run(BOUNCE .. "dsn " .. path .. " 2>" .. errors)
    local said = support.read(errors)
    os.remove(errors)
    assert.truthy(said:find(path .. ": truncated: a limit of the scan was reached", 1, true), said)
    assert.truthy(out:match("user1000@example.org"))
    -- an email within the limits says nothing of it
    local small = support.write_temp(dsn(3))
    out = support.run(BOUNCE .. "dsn --json " .. small .. " 2>&1")
    os.remove(small)
    os.remove(path)
    assert.is_nil(out:find("truncated", 1, true), out)
  end)
end)

describe("--trusted", function()
  it("runs rule files with all of Lua; without it they are refused at the line", function()
    local path = support.write_temp('local home = os.getenv("HOME")\nreturn { { id = "site.home", code = 550 } }\n')
    local out, ok = support.run(BOUNCE .. "classify --rules " .. path .. " '550 x' 2>&1")
    assert.is_false(ok)
    assert.truthy(out:find(path .. ":1: 'os' is not available to a rule file", 1, true), out)
    out, ok = support.run(BOUNCE .. "classify --trusted --rules " .. path .. " '550 x' 2>&1")
    os.remove(path)
    assert.is_true(ok, out)
    assert.truthy(out:match("site%.home"), out)
  end)
end)
