-- Bad input is normal: each of these returns a result (or nil, err) in bounded time and memory,
-- never crashes. The limits are bounce.new{ limits = ... } for replies and parse's `limits` for
-- emails (docs/performance.md lists them).
local bounce = require "bounce"
local core = require "bounce.core"

local function within(seconds, f)
  local start = os.clock()
  local result = f()
  local spent = os.clock() - start
  assert.is_true(spent < seconds, string.format("took %.2f s, bound %.2f s", spent, seconds))
  return result
end

local function dsn(recipients, extra_part)
  local parts = {
    "From: MAILER-DAEMON@mx.example.net\r\nTo: sender@example.com\r\nSubject: Undelivered Mail\r\n",
    "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n",
    "--B\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n",
    "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n",
  }
  for i = 1, recipients do
    parts[#parts + 1] = string.format("\r\nFinal-Recipient: rfc822; user%d@example.org\r\nAction: failed\r\n" ..
      "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n", i)
  end
  parts[#parts + 1] = extra_part or "--B--\r\n"
  return table.concat(parts)
end

describe("hostile replies", function()
  local c = assert(bounce.new())

  it("NUL bytes and invalid UTF-8", function()
    local r = c:classify("550\0 5.1.1 \255\254 user\0unknown \192\128")
    assert.equal("recipient_unknown", r.category)
  end)

  it("a 10 MB single-line reply reads its first MiB only", function()
    local huge = "550 5.1.1 user unknown " .. string.rep("x", 10 * 1024 * 1024)
    local r = within(2, function() return c:classify(huge) end)
    assert.equal("recipient_unknown", r.category)
    local small = assert(bounce.new { limits = { max_reply = 5 } })
    assert.equal("code.550", small:classify("550 5.1.1 user unknown").rule)
  end)

  it("a 100,000-line reply", function()
    local lines = {}
    for i = 1, 100000 do lines[i] = "550-5.7.1 line " .. i end
    lines[#lines + 1] = "550 5.7.1 blocked using zen.spamhaus.org"
    local r = within(2, function() return c:classify(table.concat(lines, "\r\n")) end)
    assert.equal(550, r.code)
    assert.equal("5.7.1", r.status)
  end)

  it("refuses bad limits", function()
    assert.has_error(function() bounce.new { limits = { max_reply = 0 } } end)
    assert.has_error(function() bounce.new { limits = { nonsense = 1 } } end)
  end)
end)

describe("hostile emails", function()
  it("1,000-level nested multiparts stop at the depth limit", function()
    local open, close = {}, {}
    for i = 1, 1000 do
      open[i] = string.format("Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n", i, i)
      close[i] = string.format("\r\n--b%d--\r\n", 1001 - i)
    end
    local msg = "From: a@example.com\r\nSubject: deep\r\n" .. table.concat(open) .. "text\r\n" .. table.concat(close)
    local r = within(2, function() return core.parse_message(msg) end)
    assert.is_string(r.kind)
  end)

  it("100,000 recipients in one DSN: the first 1,000 come back, marked truncated", function()
    local msg = dsn(100000)
    local r = within(5, function() return core.parse_message(msg) end)
    assert.equal("dsn", r.kind)
    assert.equal(1000, #r.recipients)
    assert.is_true(r.truncated)
    local more = within(5, function() return core.parse_message(msg, { max_recipients = 5000 }) end)
    assert.equal(5000, #more.recipients)
  end)

  it("a text part that names every recipient on every line, for the SMTP command's search", function()
    local names = {}
    for i = 1, 64 do names[i] = string.format("user%d@example.org", i) end
    local line = table.concat(names, " ") .. " said: 550 in reply to nothing\r\n"
    local msg = dsn(64):gsub("Delivery failed%.", function() return line:rep(math.ceil(65536 / #line)) end, 1)
    local r = within(2, function() return core.parse_message(msg) end)
    assert.equal(64, #r.recipients)
    assert.is_nil(r.recipients[1].smtp_command)
  end)

  it("a 1 MB header line", function()
    local msg = "From: a@example.com\r\nSubject: " .. string.rep("s", 1024 * 1024) .. "\r\n\r\nbody\r\n"
    local r = within(2, function() return core.parse_message(msg) end)
    assert.is_string(r.kind)
    assert.is_true(#(r.subject or "") <= 8192)
  end)

  it("broken base64 and quoted-printable, missing and unterminated boundaries", function()
    local inputs = {
      dsn(1, "--B\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!*** not base64 ===\r\n"),
      dsn(1, "--B\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n=4"),
      dsn(2, ""),                                                    -- no closing boundary
      "Content-Type: multipart/report; boundary=\"never\"\r\n\r\nno part at all\r\n",
      "Content-Type: multipart/report; boundary=\r\n\r\n--\r\n--\r\n",
      string.rep("\r", 10000), string.rep("--B\r\n", 10000), "",
    }
    for _, msg in ipairs(inputs) do
      local r = within(2, function() return bounce.parse(msg) end)
      assert.is_string(r.kind)
      assert.is_table(r.recipients)
    end
  end)
end)

describe("rules under stress", function()
  it("refuses left recursion and nesting deeper than LPeg's stack at load", function()
    local c, err = bounce.new { rules = { { { pattern = "a <- a 'x'", category = "spam_content" } } } }
    assert.is_nil(c)
    assert.truthy(err:match("left recursive"))
    local deep = string.rep("(", 2000) .. "'a'" .. string.rep(")", 2000)
    c, err = bounce.new { rules = { { { pattern = deep, category = "spam_content" } } } }
    assert.is_nil(c)
    assert.truthy(err:match("bad pattern"))
  end)

  it("runs a 2,000-way alternation and bounds what a pattern reads", function()
    local alts = {}
    for i = 1, 2000 do alts[i] = string.format("'word%dx'", i) end
    local c = assert(bounce.new { rules = { { { id = "site.alt", pattern = table.concat(alts, " / "),
      category = "spam_content" } } } })
    assert.equal("site.alt", within(1, function() return c:classify("550 word1999x") end).rule)
    local far = "550 " .. string.rep("y", 70000) .. " word7x"
    assert.are_not.equal("site.alt", c:classify(far).rule)
    local wide = assert(bounce.new { limits = { max_pattern = 100000 }, rules = { { { id = "site.alt",
      pattern = table.concat(alts, " / "), category = "spam_content" } } } })
    assert.equal("site.alt", wide:classify(far).rule)
  end)

  it("a reload inside a classification sees the old rules, never half of the new", function()
    local path = os.tmpname()
    local function write(body)
      local f = assert(io.open(path, "wb"))
      f:write(body)
      f:close()
    end
    write("return { { id = 'site.v1', status = '5.2.2', type = 'hard' } }")
    -- trusted: the rule file calls a global of the spec's
    local c = assert(bounce.new { rules = { "default", path }, trusted = true })
    local seen
    _G.bounce_spec_probe = function() seen = c:classify("552 5.2.2 full").rule end
    write("bounce_spec_probe()\nreturn { { id = 'site.v2', status = '5.2.2', type = 'hard' } }")
    assert.is_true(c:reload())
    _G.bounce_spec_probe = nil
    assert.equal("site.v1", seen)
    assert.equal("site.v2", c:classify("552 5.2.2 full").rule)
    os.remove(path)
  end)

  it("10,000 reloads hold no more Lua memory than the first", function()
    local c = assert(bounce.new { rules = { { { id = "site.one", status = "5.2.2", type = "hard" } } } })
    for _ = 1, 100 do assert(c:reload()) end
    collectgarbage("collect")
    collectgarbage("collect")
    local before = collectgarbage("count")
    for _ = 1, 10000 do assert(c:reload()) end
    collectgarbage("collect")
    collectgarbage("collect")
    assert.is_true(collectgarbage("count") - before < 256, "grew by " .. (collectgarbage("count") - before) .. " KB")
    assert.equal("site.one", c:classify("552 5.2.2 x").rule)
  end)
end)
