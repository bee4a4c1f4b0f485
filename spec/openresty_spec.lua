-- bounce inside nginx (examples/openresty/, lua/bounce/openresty.lua): a real nginx on 127.0.0.1
-- with a prefix of its own, answering /classify and /parse under a burst of keep-alive requests
-- while the rules are reloaded, then stopped by its pid. nginx runs LuaJIT with build/jit;
-- the spec itself runs under either interpreter.
local socket = require "socket"
local cjson = require "cjson"
local bounce = require "bounce"
local support = require "spec.support"

local ROOT = assert(support.run("pwd"):match("[^\n]+"))
local MODULES = "/usr/lib/nginx/modules"
local WORKERS = 2
local CONNECTIONS = 16
local BURST = 12000
local TIMEOUT = 10

local PROBE = "552 5.2.2 <ben@example.net>: Mailbox full"
local SITE_BEFORE = "return {}\n"
-- the operator's override of docs/rules.md: a full mailbox here is a dead one
local SITE_AFTER = 'return { { status = "5.2.2", type = "hard", action = "suppress" } }\n'
local SITE_BROKEN = 'return { { status = "5.2.2", type = "permanent" } }\n'

local DSN = table.concat({
  "From: MAILER-DAEMON@mx.example.org",
  "To: sender@example.com",
  "Subject: Undelivered Mail Returned to Sender",
  "Date: Mon, 3 Mar 2025 10:00:00 +0000",
  "Message-ID: <dsn.1@mx.example.org>",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain",
  "",
  "Your message could not be delivered to some recipients.",
  "",
  "--b1",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx.example.org",
  "Arrival-Date: Mon, 3 Mar 2025 09:59:58 +0000",
  "",
  "Final-Recipient: rfc822; anna@example.org",
  "Action: failed",
  "Status: 5.1.1",
  "Remote-MTA: dns; mail.example.org",
  "Diagnostic-Code: smtp; 550 5.1.1 <anna@example.org>: Recipient address rejected: User unknown",
  "",
  "Final-Recipient: rfc822; ben@example.net",
  "Action: failed",
  "Status: 5.2.2",
  "Remote-MTA: dns; mx.example.net",
  "Diagnostic-Code: smtp; " .. PROBE,
  "",
  "--b1",
  "Content-Type: text/rfc822-headers",
  "",
  "From: sender@example.com",
  "To: anna@example.org, ben@example.net",
  "Subject: Hello",
  "Message-ID: <original.1@example.com>",
  "",
  "--b1--",
  "",
}, "\r\n")

local RESULT_FIELDS = { "type", "category", "action", "code", "status", "permanent", "provider", "rule", "retry_after" }

local function sh(cmd)
  return support.run(cmd)
end

local function quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function write(path, content)
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
  -- nginx's workers run as nobody when nginx starts as root: they re-read the rules on reload
  sh("chmod 644 " .. quote(path))
end

-- A process that exited but is not reaped yet (a zombie) counts as gone.
local function alive(pid)
  local out, ok = sh("ps -o stat= -p " .. pid)
  return ok and not out:match("^%s*Z")
end

-- One request on a fresh connection: status, lower-cased head, body.
local function http(port, method, path, body, ctype)
  local c = assert(socket.tcp())
  c:settimeout(TIMEOUT)
  local ok, err = c:connect("127.0.0.1", port)
  if not ok then return nil, err end
  body = body or ""
  local head = string.format("%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: %d\r\n",
    method, path, #body)
  if ctype then head = head .. "Content-Type: " .. ctype .. "\r\n" end
  assert(c:send(head .. "\r\n" .. body))
  local raw, rerr, partial = c:receive("*a")
  c:close()
  raw = raw or partial
  if not raw or raw == "" then return nil, rerr end
  local head_end = raw:find("\r\n\r\n", 1, true)
  if not head_end then return nil, "no HTTP head in: " .. raw end
  local status = tonumber(raw:match("^HTTP/1%.%d (%d%d%d)"))
  return status, raw:sub(1, head_end + 1):lower(), raw:sub(head_end + 4)
end

local function post(port, path, body, ctype)
  return http(port, "POST", path, body, ctype)
end

local function wait_until(what, seconds, f)
  local deadline = socket.gettime() + seconds
  while true do
    local v = f()
    if v then return v end
    if socket.gettime() > deadline then error("timed out waiting for " .. what, 2) end
    socket.sleep(0.05)
  end
end

--- Starts nginx with the template; fills `server` (prefix, port, pid) as it goes, so that
-- stop(server) cleans up whatever got that far.
local function start(server)
  local bin = sh("command -v nginx || ls /usr/sbin/nginx 2>/dev/null"):match("[^\n]+")
  if not bin then
    error("nginx is not installed: this spec needs Debian's nginx and libnginx-mod-http-lua " ..
      "(apt-get install nginx libnginx-mod-http-lua)", 0)
  end
  for _, m in ipairs { "ndk_http_module.so", "ngx_http_lua_module.so" } do
    if not io.open(MODULES .. "/" .. m) then
      error(MODULES .. "/" .. m .. " is missing: apt-get install libnginx-mod-http-lua", 0)
    end
  end
  if not io.open(ROOT .. "/build/jit/bounce/core.so") then
    error("build/jit/bounce/core.so is missing: run make", 0)
  end
  local prefix = sh("mktemp -d /tmp/bounce-nginx.XXXXXX"):match("[^\n]+")
  assert(prefix and prefix:match("^/tmp/bounce%-nginx%."), "mktemp -d failed")
  server.prefix = prefix
  sh("chmod 755 " .. quote(prefix) .. " && mkdir " .. quote(prefix .. "/conf") .. " " .. quote(prefix .. "/logs"))
  server.site = prefix .. "/site.lua"
  write(server.site, SITE_BEFORE)
  local template = support.read(ROOT .. "/examples/openresty/nginx.conf")
  -- a port free a moment ago may be taken by the time nginx binds it: try a few
  for _ = 1, 5 do
    server.port = support.free_port()
    local values = {
      BOUNCE_PREFIX = prefix, BOUNCE_ROOT = ROOT, BOUNCE_PORT = tostring(server.port),
      BOUNCE_WORKERS = tostring(WORKERS), BOUNCE_SITE_RULES = server.site,
    }
    local conf = template:gsub("%${(BOUNCE_[%u_]+)}", function(name)
      return assert(values[name], "the template names an unknown " .. name)
    end)
    write(prefix .. "/conf/nginx.conf", conf)
    local out, ok = sh(string.format("%s -p %s -c conf/nginx.conf -e logs/error.log 2>&1", bin, quote(prefix)))
    if ok then break end
    if not out:find("Address already in use", 1, true) then error("nginx did not start:\n" .. out, 0) end
  end
  server.pid = wait_until("nginx's pid file", 5, function()
    local f = io.open(prefix .. "/logs/nginx.pid")
    if not f then return nil end
    local pid = tonumber(f:read("*a"))
    f:close()
    return pid
  end)
  wait_until("nginx to answer", 5, function()
    return post(server.port, "/classify", PROBE) == 200
  end)
end

local function stop(server)
  if server.pid then
    sh("kill -QUIT " .. server.pid .. " 2>/dev/null")
    local deadline = socket.gettime() + TIMEOUT
    while alive(server.pid) and socket.gettime() < deadline do socket.sleep(0.05) end
    if alive(server.pid) then sh("kill -TERM " .. server.pid) end
    server.pid = nil
  end
  if server.prefix then
    sh("rm -rf " .. quote(server.prefix))
    server.prefix = nil
  end
end

local function worker_pids(server)
  local pids = {}
  for pid in sh("ps -o pid= --ppid " .. server.pid):gmatch("%d+") do pids[#pids + 1] = tonumber(pid) end
  return pids
end

-- The pids of the workers that logged a reload to generation gen.
local function reloaded_workers(server, gen)
  local seen = {}
  local log = support.read(server.prefix .. "/logs/error.log")
  for pid, g in log:gmatch("%[notice%] (%d+)#%d+:[^\n]-bounce: rules reloaded, generation (%d+)") do
    if tonumber(g) == gen then seen[tonumber(pid)] = true end
  end
  return seen
end

local function same_result(got, want)
  for _, k in ipairs(RESULT_FIELDS) do
    if got[k] ~= want[k] then
      return false, string.format("%s: got %s, want %s", k, tostring(got[k]), tostring(want[k]))
    end
  end
  return true
end

local function same_parse(got, want)
  if got.kind ~= want.kind then return false, "kind: got " .. tostring(got.kind) end
  if type(got.recipients) ~= "table" or #got.recipients ~= #want.recipients then
    return false, "recipients: got " .. cjson.encode(got.recipients)
  end
  for i, w in ipairs(want.recipients) do
    if got.recipients[i].recipient ~= w.recipient then return false, "recipient " .. i end
    local ok, why = same_result(got.recipients[i], w)
    if not ok then return false, "recipient " .. i .. ": " .. why end
  end
  return true
end

local function replies()
  local list = { PROBE }
  for line in io.lines(ROOT .. "/examples/replies.txt") do
    if line:match("%S") then list[#list + 1] = line end
  end
  return list
end

--- The burst: `total` requests over `conns` keep-alive connections, driven by coroutines on
-- non-blocking sockets; when half are sent, `at_half()` runs and the returned request is sent
-- on a connection of its own. `check(request, status, body, phase)` judges each answer.
local function burst(port, total, conns, make, check, at_half)
  local waiting, spawned = {}, {}
  local sent, failed, failures = 0, 0, {}
  local reload = { state = "before" }

  local function fail(why)
    failed = failed + 1
    if #failures < 5 then failures[#failures + 1] = why end
  end

  local function connect()
    local c = assert(socket.tcp())
    c:settimeout(TIMEOUT)
    local ok, err = c:connect("127.0.0.1", port)
    if not ok then return nil, err end
    c:setoption("tcp-nodelay", true)
    c:settimeout(0)
    return { sock = c, buf = "" }
  end

  -- Sends one request and reads its answer: status, body, whether the server closes.
  local function exchange(conn, req)
    local pos = 1
    while pos <= #req do
      local last, err, partial = conn.sock:send(req, pos)
      if last then
        pos = last + 1
      elseif err == "timeout" then
        pos = partial + 1
        coroutine.yield("w", conn.sock)
      else
        return nil, err
      end
    end
    while true do
      local head_end = conn.buf:find("\r\n\r\n", 1, true)
      if head_end then
        local head = conn.buf:sub(1, head_end + 1):lower()
        local status = tonumber(head:match("^http/1%.1 (%d%d%d)"))
        local len = tonumber(head:match("\r\ncontent%-length: *(%d+)"))
        if not status or not len then return nil, "no status or length in: " .. head end
        local last = head_end + 3 + len
        if #conn.buf >= last then
          local body = conn.buf:sub(head_end + 4, last)
          conn.buf = conn.buf:sub(last + 1)
          return status, body, head:find("\r\nconnection: *close") ~= nil
        end
      end
      local data, err, partial = conn.sock:receive(65536)
      data = data or partial
      if err == "closed" then return nil, "connection closed by nginx" end
      if err and err ~= "timeout" then return nil, err end
      if data ~= "" then
        conn.buf = conn.buf .. data
      else
        coroutine.yield("r", conn.sock)
      end
    end
  end

  local function encode(r)
    return string.format("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s",
      r.path, r.ctype, #r.body, r.body)
  end

  local function send_reload()
    local req = at_half()
    local conn = assert(connect())
    reload.state = "during"
    local status, body = exchange(conn, encode(req))
    conn.sock:close()
    reload.status, reload.body = status, body
    reload.state = "after"
    reload.after_seq = sent
  end

  local next_index = 1
  local function client()
    local conn
    while next_index <= total do
      local i = next_index
      next_index = i + 1
      local req = make(i)
      if not conn then
        local err
        conn, err = connect()
        if not conn then fail("connect: " .. tostring(err)) end
      end
      if conn then
        sent = sent + 1
        local seq = sent
        if i == math.floor(total / 2) then spawned[#spawned + 1] = send_reload end
        local state_at_send = reload.state
        local status, body, close = exchange(conn, encode(req))
        if not status then
          fail(string.format("request %d: %s", i, body))
          conn.sock:close()
          conn = nil
        else
          -- answered before the reload began: old rules; sent after it answered: new rules
          local phase = "either"
          if reload.state == "before" then phase = "old"
          elseif state_at_send == "after" and seq > reload.after_seq then phase = "new" end
          local ok, why = check(req, status, body, phase)
          if not ok then fail(string.format("request %d (%s, %s rules): %s", i, req.path, phase, why)) end
          if close then conn.sock:close(); conn = nil end
        end
      end
    end
    if conn then conn.sock:close() end
  end

  local function step(co)
    local ok, mode, sock = coroutine.resume(co)
    if not ok then error(mode, 0) end
    if coroutine.status(co) ~= "dead" then waiting[sock] = { co = co, mode = mode } end
  end

  local t0, c0 = socket.gettime(), os.clock()
  for _ = 1, conns do step(coroutine.create(client)) end
  while next(waiting) or #spawned > 0 do
    while #spawned > 0 do step(coroutine.create(table.remove(spawned))) end
    local r, w = {}, {}
    for sock, wt in pairs(waiting) do
      if wt.mode == "r" then r[#r + 1] = sock else w[#w + 1] = sock end
    end
    if #r + #w > 0 then
      local rr, ww, err = socket.select(r, w, TIMEOUT)
      if err == "timeout" then error("nginx did not answer in " .. TIMEOUT .. " s", 0) end
      for _, ready in ipairs { rr, ww } do
        for _, sock in ipairs(ready) do
          local wt = waiting[sock]
          if wt then
            waiting[sock] = nil
            step(wt.co)
          end
        end
      end
    end
  end
  local elapsed = socket.gettime() - t0
  return {
    sent = sent, failed = failed, failures = failures, elapsed = elapsed, rate = sent / elapsed,
    client_cpu = os.clock() - c0, reload = reload,
  }
end

describe("bounce inside nginx (examples/openresty)", function()
  local server = {}
  local before = assert(bounce.new { rules = { "default", { } } })

  setup(function()
    local ok, err = pcall(start, server)
    if not ok then
      stop(server)
      error(err, 0)
    end
  end)

  teardown(function()
    stop(server)
  end)

  it("classifies a reply sent as text, and as JSON with rcpt and mx", function()
    local status, head, body = post(server.port, "/classify", PROBE)
    assert.equal(200, status, body)
    assert.truthy(head:find("content-type: application/json", 1, true))
    assert.is_true(same_result(cjson.decode(body), before:classify(PROBE)))

    local reply = "550 5.1.1 The email account that you tried to reach does not exist."
    local ctx = { rcpt = "anna@gmail.com", mx = "gmail-smtp-in.l.google.com" }
    local js, _, jbody = post(server.port, "/classify",
      cjson.encode { reply = reply, rcpt = ctx.rcpt, mx = ctx.mx }, "application/json")
    assert.equal(200, js, jbody)
    local got, want = cjson.decode(jbody), before:classify(reply, ctx)
    assert.equal("gmail", want.provider)
    assert.is_true(same_result(got, want))

    local qs, _, qbody = post(server.port, "/classify?rcpt=anna%40gmail.com", reply, "text/plain")
    assert.equal(200, qs, qbody)
    assert.equal("gmail", cjson.decode(qbody).provider)

    -- the SMTP command the reply answered, in the JSON body and in the query string
    local unknown_user = "550 Unknown user someone@docomo.ne.jp"
    local cs, _, cbody = post(server.port, "/classify", cjson.encode { reply = unknown_user, command = "DATA" },
      "application/json")
    assert.equal(200, cs, cbody)
    assert.equal("recipient_policy", cjson.decode(cbody).category)
    local qc, _, qcbody = post(server.port, "/classify?command=DATA", unknown_user, "text/plain")
    assert.equal(200, qc, qcbody)
    assert.equal("recipient_policy", cjson.decode(qcbody).category)
  end)

  it("parses a bounce email into its recipients", function()
    local status, _, body = post(server.port, "/parse", DSN, "message/rfc822")
    assert.equal(200, status, body)
    local got = cjson.decode(body)
    assert.equal("dsn", got.kind)
    assert.is_true(same_parse(got, before:parse(DSN)))
    assert.equal("recipient_unknown", got.recipients[1].category)
    assert.equal("mailbox_full", got.recipients[2].category)
  end)

  it("answers valid UTF-8 for an email whose headers are raw 8-bit text", function()
    -- "R\233sum\233" is Latin-1, the rest UTF-8: each stray byte becomes U+FFFD
    local subject = "R\233sum\233 \230\151\165\230\156\172"
    local email = DSN:gsub("Subject: Hello", "Subject: " .. subject)
    assert.equal(subject, before:parse(email).original.subject)
    local status, _, body = post(server.port, "/parse", email, "message/rfc822")
    assert.equal(200, status, body)
    assert.equal("R\239\191\189sum\239\191\189 \230\151\165\230\156\172", cjson.decode(body).original.subject)
  end)

  it("answers an email that names no recipient with an empty array", function()
    local status, _, body = post(server.port, "/parse", "Subject: hello\r\n\r\njust a note\r\n", "message/rfc822")
    assert.equal(200, status, body)
    assert.truthy(body:find('"recipients":[]', 1, true), body)
  end)

  it("answers a request it cannot serve with an error in JSON", function()
    local cases = {
      { "GET", "/classify", nil, nil, 405 },
      { "POST", "/classify", "", nil, 400 },
      { "POST", "/classify", "{not json", "application/json", 400 },
      { "POST", "/classify", '{"rcpt":"a@b.example"}', "application/json", 400 },
      { "POST", "/classify", '{"reply":550}', "application/json", 400 },
      { "POST", "/classify", '{"reply":"550 5.1.1","lang":"xx"}', "application/json", 400 },
      { "POST", "/nowhere", "550", nil, 404 },
    }
    for _, c in ipairs(cases) do
      local status, _, body = http(server.port, c[1], c[2], c[3], c[4])
      assert.equal(c[5], status, c[1] .. " " .. c[2] .. " " .. tostring(c[3]))
      assert.is_string(cjson.decode(body).error)
    end
  end)

  it("refuses a rule file that does not load and keeps the rules in use in every worker", function()
    write(server.site, SITE_BROKEN)
    local status, _, body = post(server.port, "/reload", "")
    write(server.site, SITE_BEFORE)
    assert.equal(422, status, body)
    assert.truthy(cjson.decode(body).error:find(server.site .. ":1:", 1, true), body)
    for _ = 1, 10 do
      local s, _, b = post(server.port, "/classify", PROBE)
      assert.equal(200, s)
      assert.is_true(same_result(cjson.decode(b), before:classify(PROBE)))
    end
  end)

  it("serves a burst of requests with a rule reload in the middle and fails none", function()
    -- the same file name as the server's, so that the site rules' ids agree
    local site = server.prefix .. "/expected/site.lua"
    sh("mkdir " .. quote(server.prefix .. "/expected"))
    write(site, SITE_AFTER)
    local after = assert(bounce.new { rules = { "default", site } })
    local list = replies()
    local ctx = { rcpt = "someone@gmail.com", mx = "gmail-smtp-in.l.google.com" }
    local expected = { old = {}, new = {} }
    for phase, c in pairs { old = before, new = after } do
      for i, r in ipairs(list) do expected[phase][i] = { text = c:classify(r), json = c:classify(r, ctx) } end
      expected[phase].parse = c:parse(DSN)
    end
    assert.is_false(same_result(expected.old[1].text, expected.new[1].text))

    -- one request in ten parses the email, the others classify a reply as text or as JSON
    local function make(i)
      if i % 10 == 0 then return { path = "/parse", ctype = "message/rfc822", body = DSN } end
      local n = (i % #list) + 1
      if i % 3 == 0 then
        return { path = "/classify", ctype = "application/json", n = n, kind = "json",
          body = cjson.encode { reply = list[n], rcpt = ctx.rcpt, mx = ctx.mx } }
      end
      return { path = "/classify", ctype = "text/plain", n = n, kind = "text", body = list[n] }
    end

    local function check(req, status, body, phase)
      if status ~= 200 then return false, "status " .. status .. ": " .. body end
      local ok, got = pcall(cjson.decode, body)
      if not ok then return false, "not JSON: " .. body end
      local function against(p)
        if req.path == "/parse" then return same_parse(got, expected[p].parse) end
        return same_result(got, expected[p][req.n][req.kind])
      end
      if phase ~= "either" then return against(phase) end
      if against("new") then return true end
      return against("old")
    end

    local function at_half()
      write(server.site, SITE_AFTER)
      return { path = "/reload", ctype = "text/plain", body = "" }
    end

    local run = burst(server.port, BURST, CONNECTIONS, make, check, at_half)
    print(string.format("\nnginx (%d workers, LuaJIT): %d requests over %d keep-alive connections in %.2f s: " ..
      "%.0f requests/s, %d failed; client CPU %.2f s; reload answered %s after request %s",
      WORKERS, run.sent, CONNECTIONS, run.elapsed, run.rate, run.failed, run.client_cpu,
      tostring(run.reload.status), tostring(run.reload.after_seq)))

    assert.equal(BURST, run.sent)
    assert.equal(0, run.failed, table.concat(run.failures, "\n"))
    assert.equal(200, run.reload.status, run.reload.body)
    local gen = cjson.decode(run.reload.body).generation
    assert.is_number(gen)

    -- every worker reloads: before its next request, or on its timer when idle
    local pids = worker_pids(server)
    assert.equal(WORKERS, #pids)
    wait_until("every worker to reload", 5, function()
      local seen = reloaded_workers(server, gen)
      for _, pid in ipairs(pids) do
        if not seen[pid] then return false end
      end
      return true
    end)
    for _ = 1, 20 do
      local s, _, b = post(server.port, "/classify", PROBE)
      assert.equal(200, s)
      assert.is_true(same_result(cjson.decode(b), expected.new[1].text))
    end
  end)

  it("keeps its workers when `nginx -s reload` meets a rule file that does not load", function()
    write(server.site, SITE_BROKEN)
    local pids = worker_pids(server)
    sh("kill -HUP " .. server.pid)
    wait_until("nginx to refuse the new configuration", 5, function()
      return support.read(server.prefix .. "/logs/error.log"):find("init_by_lua error", 1, true)
    end)
    assert.same(pids, worker_pids(server))
    local status = post(server.port, "/classify", PROBE)
    assert.equal(200, status)
  end)
end)

describe("bounce inside nginx, on requests and rule files a hostile or careless user sends", function()
  local server = {}

  setup(function()
    local ok, err = pcall(start, server)
    if not ok then
      stop(server)
      error(err, 0)
    end
  end)

  teardown(function()
    stop(server)
  end)

  local function generation(head)
    return tonumber(head:match("\r\nx%-bounce%-generation: *(%d+)"))
  end

  it("answers a body over client_max_body_size (10m) with 413 and an error in JSON", function()
    local c = assert(socket.tcp())
    c:settimeout(TIMEOUT)
    assert(c:connect("127.0.0.1", server.port))
    -- nginx answers from the head alone
    assert(c:send("POST /parse HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 11000000\r\n\r\n"))
    local raw, _, partial = c:receive("*a")
    c:close()
    raw = raw or partial
    assert.equal("413", raw:match("^HTTP/1%.1 (%d+)"), raw)
    assert.truthy(raw:lower():find("content-type: application/json", 1, true), raw)
    assert.equal("the body is larger than client_max_body_size", cjson.decode(raw:match("\r\n\r\n(.*)$")).error)
  end)

  it("refuses a query argument given twice or without a value, and an unknown command, with 400", function()
    local cases = {
      { "/classify?lang=xx&lang=ja", "lang is given more than once" },
      { "/parse?lang=xx&lang=ja", "lang is given more than once" },
      { "/classify?lang", "lang needs a value" },
      { "/classify?rcpt=a%40b.example&rcpt=c%40d.example", "rcpt is given more than once" },
      { "/classify?command=DTA", "unknown SMTP command 'DTA'" },
    }
    for _, c in ipairs(cases) do
      local status, _, body = post(server.port, c[1], PROBE)
      assert.equal(400, status, c[1] .. ": " .. body)
      assert.truthy(cjson.decode(body).error:find(c[2], 1, true), body)
    end
    local status, _, body = post(server.port, "/classify?lang=ja", PROBE)
    assert.equal(200, status, body)
  end)

  it("answers a rule file that includes itself with 422, the rules in use kept", function()
    write(server.site, 'return { include = { "site.lua" }, { status = "5.2.2", type = "hard" } }\n')
    local status, _, body = post(server.port, "/reload", "")
    write(server.site, SITE_BEFORE)
    assert.equal(422, status, body)
    assert.truthy(cjson.decode(body).error:find("include cycle", 1, true), body)
    assert.equal("text.mailbox_full", cjson.decode(select(3, post(server.port, "/classify", PROBE))).rule)
  end)

  it("never answers two rule sets under one generation when the files break after /reload", function()
    local good = "return { { id = 'site.v2', status = '5.2.2', type = 'hard' } }\n"
    write(server.site, good)
    local status, _, body = post(server.port, "/reload", "")
    assert.equal(200, status, body)
    local gen = cjson.decode(body).generation
    -- broken before the other worker re-reads: it keeps the old rules, and says so
    write(server.site, good:gsub("type", "typo"))
    socket.sleep(1.5)
    for _ = 1, 40 do
      local s, head, b = post(server.port, "/classify", PROBE)
      assert.equal(200, s, b)
      local rule = cjson.decode(b).rule
      if rule == "site.v2" then
        assert.equal(gen, generation(head))
      else
        assert.is_true(generation(head) < gen, "old rules under generation " .. tostring(generation(head)))
      end
    end
    -- fixed, with no further /reload: every worker comes to the new rules within its interval
    write(server.site, good)
    local pids = worker_pids(server)
    wait_until("every worker to load generation " .. gen, 5, function()
      local seen = reloaded_workers(server, gen)
      for _, pid in ipairs(pids) do
        if not seen[pid] then return false end
      end
      return true
    end)
    for _ = 1, 40 do
      local s, head, b = post(server.port, "/classify", PROBE)
      assert.equal(200, s, b)
      assert.equal("site.v2", cjson.decode(b).rule)
      assert.equal(gen, generation(head))
    end
  end)
end)
