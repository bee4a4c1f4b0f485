-- A real mail flow: Debian's Exim, private to this run, relays to an SMTP sink on loopback that
-- refuses recipients with the providers' own replies (from the corpus). The bounces Exim writes
-- come back through the sink; bounce.parse must find every refused recipient in them and
-- classify it as the reply implies, and bounce.hooks must answer for the same replies what an
-- MTA's hook should: DENY for a hard failure, DENYSOFT with a delay for a soft one.
local socket = require "socket"
local bounce = require "bounce"
local hooks = require "bounce.hooks"
local support = require "spec.support"
local exim = require "spec.mailflow.exim"
local haraka_fields = require "spec.mailflow.haraka"

local SENDER = "sender@sender.test"
local DELIVERED = "friend@example.org"
local TIMEOUT = 40        -- seconds for the whole flow
local SINK_LIFETIME = 110 -- the sink exits by itself after this, whatever happens here

-- Recipients named after the corpus reply they get, at the provider's domain. Message 1 is
-- one transaction refused recipient by recipient (with one accepted), message 2 is refused
-- after DATA, messages 3 and 4 are deferred (4xx) and fail when the retry time is over.
-- Google's replies go out on several lines, as Gmail sends them.
local CASES = {
  { id = "google-043", domain = "gmail.com", stage = "rcpt", message = 1, verdict = "DENY" },
  { id = "google-040", domain = "gmail.com", stage = "rcpt", message = 1, verdict = "DENY" },
  { id = "apple-001", domain = "icloud.com", stage = "rcpt", message = 1, verdict = "DENY" },
  { id = "comcast-010", domain = "comcast.net", stage = "rcpt", message = 1, verdict = "DENYSOFT" },
  { id = "google-046", domain = "gmail.com", stage = "data", message = 2, verdict = "DENY" },
  { id = "google-004", domain = "gmail.com", stage = "rcpt", message = 3, verdict = "DENYSOFT", deferred = true },
  { id = "yahoo-001", domain = "yahoo.com", stage = "rcpt", message = 4, verdict = "DENYSOFT", deferred = true },
}
local MESSAGES = 4

local corpus = {}
for _, row in ipairs(support.jsonl(support.shared .. "/corpus/provider-replies.jsonl")) do corpus[row.id] = row end
-- "550 5.2.1 long text" -> "550-5.2.1 first words\n550 5.2.1 last words": every line repeats
-- the code and the enhanced status, Gmail's way of sending a long reply.
local function gmail_lines(reply)
  local code, status, text = reply:match("^(%d%d%d) (%d%.%d+%.%d+) (.*)$")
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if line ~= "" and #line + #word > 60 then
      lines[#lines + 1] = line
      line = word
    else
      line = line == "" and word or (line .. " " .. word)
    end
  end
  lines[#lines + 1] = line
  for i, l in ipairs(lines) do
    lines[i] = code .. (i < #lines and "-" or " ") .. status .. " " .. l
  end
  return table.concat(lines, "\n")
end

for _, c in ipairs(CASES) do
  c.rcpt = c.id .. "@" .. c.domain
  c.row = assert(corpus[c.id], c.id)
  c.reply = c.domain == "gmail.com" and gmail_lines(c.row.reply) or c.row.reply
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

local function write(path, content)
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
end

-- Waits until check() returns a true value, at most `seconds`.
local function wait_for(seconds, step, check)
  local deadline = socket.gettime() + seconds
  repeat
    local v = check()
    if v then return v end
    socket.sleep(step)
  until socket.gettime() > deadline
  return check()
end

local function message_text(n, rcpts)
  return table.concat({
    "From: Sender <" .. SENDER .. ">",
    "To: " .. table.concat(rcpts, ", "),
    "Subject: mail flow " .. n,
    "Message-ID: <flow-" .. n .. "@sender.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "Message " .. n .. " of the mail-flow spec.",
    "",
  }, "\r\n")
end

-- The sink's accepted messages: { envelope = { from =, rcpts = {...} }, data = ... }
local function sink_messages(spool)
  local out = {}
  for name in support.capture("ls -1 " .. exim.quote(spool) .. " 2>/dev/null"):gmatch("[^\n]+") do
    local base = name:match("^(%d+)%.eml$")
    if base then
      local env = read(spool .. "/" .. base .. ".env") or ""
      local m = { from = env:match("^MAIL ([^\n]*)"), rcpts = {}, data = read(spool .. "/" .. name) }
      for r in env:gmatch("\nRCPT ([^\n]+)") do m.rcpts[#m.rcpts + 1] = r end
      out[#out + 1] = m
    end
  end
  return out
end

local function bounces(spool)
  local out = {}
  for _, m in ipairs(sink_messages(spool)) do
    if m.from == "" and m.rcpts[1] == SENDER then out[#out + 1] = m end
  end
  return out
end

-- What Exim's log says a recipient's first attempt got: the server's reply (its line breaks
-- restored), and whether the address failed at once ("**") or was deferred ("==").
local function first_reply(log, rcpt)
  for line in log:gmatch("[^\n]+") do
    for _, mark in ipairs { "**", "==" } do
      if line:find(" " .. mark .. " " .. rcpt .. " R=", 1, true) then
        local reply = line:match("SMTP error from remote mail server after .-: (%d%d%d[ -].*)$")
        if reply then return (reply:gsub("\\n", "\n")), mark end
      end
    end
  end
  return nil
end

describe("a real mail flow through Exim", function()
  local tmp, sink_pid, mta
  local flow_ok, flow_err
  local found = {}      -- recipient -> bounce.parse entry
  local kinds = {}

  local function run_flow()
    assert(exim.binary(), "Exim is not installed (Debian: exim4-daemon-light)")
    tmp = support.capture("mktemp -d /tmp/bounce-mailflow.XXXXXX"):match("%S+")
    assert(tmp, "mktemp failed")
    -- Exim works as its own user when run as root: it must reach its spool below tmp
    assert(exim.execute("chmod 755 " .. exim.quote(tmp)))
    local spool = tmp .. "/sink"
    assert(exim.execute("mkdir -p " .. exim.quote(spool)))
    local rules = {}
    for _, c in ipairs(CASES) do
      rules[#rules + 1] = c.stage .. "\t" .. c.rcpt .. "\t" .. c.reply:gsub("\n", "\\n")
    end
    write(tmp .. "/rules", table.concat(rules, "\n") .. "\n")

    local portfile = tmp .. "/port"
    local cmd = string.format("%s spec/mailflow/sink.lua %s %s %s %d > %s 2>&1 & echo $!",
      support.lua, exim.quote(tmp .. "/rules"), exim.quote(spool), exim.quote(portfile), SINK_LIFETIME,
      exim.quote(tmp .. "/sink.log"))
    sink_pid = support.capture(cmd):match("%d+")
    assert(sink_pid, "the sink did not start")
    local port = wait_for(5, 0.05, function()
      local s = read(portfile)
      return s and tonumber(s:match("%d+"))
    end)
    assert(port, "the sink did not listen: " .. (read(tmp .. "/sink.log") or ""))

    mta = exim.new(tmp .. "/mta", port)
    for n = 1, MESSAGES do
      local rcpts = {}
      for _, c in ipairs(CASES) do
        if c.message == n then rcpts[#rcpts + 1] = c.rcpt end
      end
      if n == 1 then rcpts[#rcpts + 1] = DELIVERED end
      assert(mta:send(SENDER, rcpts, message_text(n, rcpts)))
    end

    -- deferred addresses fail at the first forced retry past the retry rule's one second
    local deadline = socket.gettime() + TIMEOUT
    while (mta:queued() or 0) > 0 and socket.gettime() < deadline do
      socket.sleep(1.1)
      mta:run_queue()
    end
    assert.equal(0, mta:queued(), "messages still queued:\n" .. mta:log())
    local got = wait_for(10, 0.1, function()
      local b = bounces(spool)
      return #b >= MESSAGES and b
    end)
    assert(got, "expected " .. MESSAGES .. " bounces, got " .. #bounces(spool) .. "\n" .. mta:log())
    for _, b in ipairs(got) do
      local parsed = bounce.parse(b.data)
      kinds[#kinds + 1] = parsed.kind
      for _, entry in ipairs(parsed.recipients) do found[entry.recipient] = entry end
    end
  end

  lazy_setup(function()
    flow_ok, flow_err = pcall(run_flow)
  end)

  lazy_teardown(function()
    if sink_pid then os.execute("kill " .. sink_pid .. " 2>/dev/null") end
    if tmp and tmp:match("^/tmp/bounce%-mailflow%.") then os.execute("rm -rf " .. exim.quote(tmp)) end
  end)

  local function flow()
    assert(flow_ok, flow_err)
  end

  it("runs: Exim takes the messages, the sink answers, the bounces come back", function()
    flow()
    assert.equal(MESSAGES, #kinds)
    for _, k in ipairs(kinds) do assert.equal("dsn", k) end
  end)

  it("delivers the recipient the sink accepts, and bounces nothing for it", function()
    flow()
    local delivered = false
    for _, m in ipairs(sink_messages(tmp .. "/sink")) do
      if m.from == SENDER and m.rcpts[1] == DELIVERED then delivered = true end
    end
    assert.is_true(delivered)
    assert.is_nil(found[DELIVERED])
  end)

  for _, c in ipairs(CASES) do
    local row = c.row
    local label = string.format("%s (%s at %s)", c.id, row.reply:sub(1, 9), c.stage == "rcpt" and "RCPT TO" or "DATA")

    it(label .. ": the bounce names the recipient, classified as the reply implies", function()
      flow()
      local entry = found[c.rcpt]
      assert.is_table(entry, "no bounce entry for " .. c.rcpt)
      local why = string.format("%s: %s %s by %s", entry.diagnostic, entry.type, entry.category, entry.rule)
      assert.equal("failed", entry.dsn_action)
      assert.equal(row.expected_type, entry.type, why)
      assert.equal(row.expected_category, entry.category, why)
      assert.equal(row.basic_code, entry.code, why)
      assert.equal(row.enhanced, entry.status, why)
    end)

    it(label .. ": the hook answers " .. c.verdict .. " from the reply Exim got and from the bounce", function()
      flow()
      local reply, mark = first_reply(mta:log(), c.rcpt)
      assert.is_string(reply, "no reply logged for " .. c.rcpt)
      -- the first attempt: failed at once (**), or deferred (==) to be retried
      assert.equal(c.deferred and "==" or "**", mark)
      assert.equal(c.reply, reply)
      local from_mta = assert(hooks.decide(haraka_fields(reply)))
      local from_dsn = assert(hooks.decide(found[c.rcpt]))
      for _, d in ipairs { from_mta, from_dsn } do
        assert.equal(c.verdict, d.verdict)
        assert.equal(row.expected_category, d.result.category)
        if c.verdict == "DENYSOFT" then
          assert.equal(d.result.retry_after or hooks.delays[d.result.category], d.delay)
          assert.is_true(d.delay > 0)
        end
      end
    end)
  end
end)
