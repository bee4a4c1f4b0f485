-- bounce.policy over Redis: a real redis-server on a free 127.0.0.1 port with its own directory,
-- started here and stopped by its pid at the end.
local cjson = require "cjson"
local socket = require "socket"
local policy = require "bounce.policy"
local redis_store = require "bounce.policy.redis"
local support = require "spec.support"
local contract = require "spec.policy_contract"

if not select(2, support.run("command -v redis-server >/dev/null")) then
  describe("bounce.policy.redis", function()
    pending("redis-server is not installed (Debian package redis-server): the Redis store is not tested")
  end)
  return
end

local function sh(cmd)
  local out, ok = support.run(cmd .. " 2>&1")
  assert(ok, cmd .. ": " .. out)
  return out
end

local function ping(port)
  local c = socket.connect("127.0.0.1", port)
  if not c then return false end
  c:settimeout(1)
  c:send("PING\r\n")
  local line = c:receive("*l")
  c:close()
  return line == "+PONG"
end

local function wait_for(what, fn)
  for _ = 1, 100 do
    if fn() then return end
    socket.sleep(0.05)
  end
  error("timed out waiting for " .. what)
end

-- Appends every write to the AOF before answering, so a stop loses nothing the store confirmed.
local server = {}

function server.start(s)
  sh(("redis-server --port %d --bind 127.0.0.1 --dir %s --daemonize yes --pidfile %s/redis.pid " ..
    "--logfile %s/redis.log --save '' --appendonly yes --appendfsync always"):format(s.port, s.dir, s.dir, s.dir))
  wait_for("redis-server on port " .. s.port, function() return ping(s.port) end)
  s.pid = tonumber(support.read(s.dir .. "/redis.pid"):match("%d+"))
end

function server.stop(s)
  if not s.pid then return end
  sh("kill " .. s.pid)
  wait_for("redis-server to exit", function()
    return not select(2, support.run("kill -0 " .. s.pid .. " 2>/dev/null"))
  end)
  s.pid = nil
end

describe("bounce.policy.redis", function()
  local srv = { port = support.free_port() }
  local url

  setup(function()
    srv.dir = os.tmpname()
    os.remove(srv.dir)
    sh("mkdir -p " .. srv.dir)
    server.start(srv)
    url = "redis://127.0.0.1:" .. srv.port .. "/0"
  end)

  teardown(function()
    server.stop(srv)
    sh("rm -rf " .. srv.dir)
  end)

  local function store(u)
    return assert(redis_store.new { url = u or url })
  end

  -- Each policy gets its own key prefix in the one server.
  local new_policy = support.policy_maker(function() return store() end)

  local function raw(db)
    return assert(redis_store.connector("redis://127.0.0.1:" .. srv.port .. "/" .. (db or 0)))()
  end

  contract({ describe = describe, it = it, assert = assert }, "redis", new_policy)

  it("keeps counts for their window only, and the suppression list for good", function()
    local p = new_policy { prefix = "ttl:", categories = { system_error = { window = 1 }, blocklisted = { window = 1 } } }
    local now = socket.gettime()
    assert(p:record("a@example.com", { category = "system_error" }, { at = now, id = "m1" }))
    assert(p:record("b@example.com", { category = "blocklisted" }, now))
    assert(p:record("c@example.com", { category = "recipient_unknown" }, now))
    local r = raw()
    for _, key in ipairs { "ttl:a:a@example.com", "ttl:i:a@example.com|m1", "ttl:c:-|example.com|blocklisted" } do
      local ms = r:pttl(key)
      assert.is_true(ms > 0 and ms <= 1000, key .. " " .. ms)
    end
    assert.equal(-1, r:pttl("ttl:sup"))
    socket.sleep(1.1)
    assert.is_false(r:exists("ttl:a:a@example.com"))
    assert.is_false(r:exists("ttl:i:a@example.com|m1"))
    assert.is_false(r:exists("ttl:c:-|example.com|blocklisted"))
    assert.is_nil(assert(p:status("a@example.com")).streak)
    assert.equal("hard", assert(p:status("c@example.com")).suppression.reason)
  end)

  it("loses no count with several hosts recording at once", function()
    local workers, n = 8, 250
    local worker = support.write_temp([[
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
local policy = require "bounce.policy"
local url, w, n = arg[1], arg[2], tonumber(arg[3])
local p = policy.new { prefix = "conc:", sender = "192.0.2.1",
  store = assert(require("bounce.policy.redis").new { url = url }),
  categories = { system_error = { count = 1000000 }, blocklisted = { count = 1000000 } } }
local soft, blocked = { category = "system_error" }, { category = "blocklisted" }
for i = 1, n do
  -- ids of its own, ids every worker records too, and a sender-side count without ids
  assert(p:record("shared@example.com", soft, { id = "w" .. w .. "-" .. i }))
  assert(p:record("shared@example.com", soft, { id = "common-" .. i }))
  assert(p:record("r" .. i .. "@example.com", blocked))
end
]])
    finally(function() os.remove(worker) end)
    local cmd = "(pids=''; for w in $(seq 1 " .. workers .. "); do " .. support.lua .. " " .. worker .. " " .. url ..
      " $w " .. n .. " & pids=\"$pids $!\"; done; rc=0; for p in $pids; do wait $p || rc=1; done; exit $rc)"
    sh(cmd)
    local p = new_policy { prefix = "conc:" }
    assert.equal(workers * n + n, assert(p:status("shared@example.com")).streak.count)
    local counter = raw():get("conc:c:192.0.2.1|example.com|blocklisted")
    assert.equal(workers * n, tonumber(counter:match("^%d+")))
  end)

  it("returns an error while Redis is down and, restarted, counts each event once", function()
    local many = { system_error = { count = 1000 } }
    local p = new_policy { prefix = "restart:", categories = many }
    local idle = new_policy { prefix = "restart:", categories = many }
    local soft = { category = "system_error" }
    for i = 1, 5 do assert(p:record("r@example.com", soft, { id = "e" .. i, at = i })) end
    assert(idle:status("r@example.com"))

    server.stop(srv)
    local d, err = p:record("r@example.com", soft, { id = "e6", at = 6 })
    assert.is_nil(d)
    assert.truthy(err:find("^redis: "), err)
    d, err = p:status("r@example.com")
    assert.is_nil(d)
    assert.truthy(err:find("^redis: could not connect"), err)

    server.start(srv)
    local sha = p.store.sha
    assert.same({ 0 }, raw():script("exists", sha))
    -- the caller retries what failed, and repeats one it is unsure of: both count once
    assert.equal(6, assert(p:record("r@example.com", soft, { id = "e6", at = 6 })).count)
    assert.is_true(assert(p:record("r@example.com", soft, { id = "e5", at = 5 })).duplicate)
    -- EVALSHA found no script after the restart; EVAL ran it and cached it again
    assert.same({ 1 }, raw():script("exists", sha))
    -- a connection kept from before the stop is dead: a record with an id goes through on a new one
    assert.equal(7, assert(idle:record("r@example.com", soft, { id = "e7", at = 7 })).count)
    assert.equal(7, assert(p:status("r@example.com")).streak.count)
  end)

  it("counts once when the reply was lost but the record was made, given the same id again", function()
    local p = new_policy { prefix = "lost:", store = store(url .. "?timeout=0.1") }
    local soft = { category = "system_error" }
    assert(p:record("l@example.com", soft, { id = "warm" }))
    -- Another client keeps the server busy for half a second: the record waits in its queue,
    -- the client gives up after 0.1 s, and the server runs the record afterwards all the same.
    local busy = "local s = redis.call('TIME') repeat local n = redis.call('TIME') " ..
      "until (n[1] - s[1]) * 1000000 + (n[2] - s[2]) > 500000 return 1"
    local blocker = assert(socket.connect("127.0.0.1", srv.port))
    blocker:send(("*3\r\n$4\r\nEVAL\r\n$%d\r\n%s\r\n$1\r\n0\r\n"):format(#busy, busy))
    wait_for("the server to be busy", function()
      local c = assert(socket.connect("127.0.0.1", srv.port))
      c:settimeout(0.02)
      c:send("PING\r\n")
      local line = c:receive("*l")
      c:close()
      return line == nil
    end)
    local d, err = p:record("l@example.com", soft, { id = "e1" })
    assert.is_nil(d)
    assert.truthy(err:find("timeout"), err)
    blocker:settimeout(2)
    assert.equal(":1", blocker:receive("*l"))
    blocker:close()
    -- what the server did is read over a client with the usual timeout: the 0.1 s one above is
    -- there to be lost, and a loaded machine can be slower than that after the busy script too
    local patient = new_policy { prefix = "lost:", store = store(url) }
    assert.equal(2, assert(patient:status("l@example.com")).streak.count)
    local again = assert(patient:record("l@example.com", soft, { id = "e1" }))
    assert.is_true(again.duplicate)
    assert.equal(2, again.count)
  end)

  it("does not repeat a record without an id on a dead kept connection", function()
    local p = new_policy { prefix = "noid:" }
    assert(p:record("n@example.com", { category = "system_error" }))
    server.stop(srv)
    server.start(srv)
    local d, err = p:record("n@example.com", { category = "system_error" })
    assert.is_nil(d)
    assert.truthy(err:find("^redis: "), err)
    assert.equal(2, assert(p:record("n@example.com", { category = "system_error" })).count)
  end)

  it("falls back to EVAL when the server has flushed its scripts", function()
    local p = new_policy()
    assert(p:record("f@example.com", { category = "system_error" }))
    assert.is_true(raw():script("flush"))
    assert.equal(2, assert(p:record("f@example.com", { category = "system_error" })).count)
  end)

  it("uses the database of the url, and any client through a connect function", function()
    local p = new_policy { prefix = "db:", store = store("redis://127.0.0.1:" .. srv.port .. "/3?timeout=1") }
    assert(p:record("db@example.com", { category = "recipient_unknown" }))
    assert.is_string(raw(3):hget("db:sup", "db@example.com"))
    assert.is_nil(raw(0):hget("db:sup", "db@example.com"))

    local connect = assert(redis_store.connector(url))
    local released = {}
    local q = new_policy { store = assert(redis_store.new {
      connect = connect,
      release = function(conn, healthy) released[#released + 1] = healthy; conn:quit() end,
    }) }
    assert.equal("suppress", assert(q:record("pool@example.com", { category = "recipient_unknown" })).decision)
    assert.equal("pool@example.com", assert(q:suppressed())[1].address)
    assert.same({ true, true }, released)
  end)

  it("reads a long suppression list in batches", function()
    local p = new_policy()
    for i = 1, 2500 do assert(p:suppress(("s%04d@example.com"):format(i), { at = i })) end
    local list = assert(p:suppressed())
    assert.equal(2500, #list)
    assert.equal("s0001@example.com", list[1].address)
    assert.equal("s2500@example.com", list[2500].address)
  end)

  it("refuses bad urls and options", function()
    assert.same({ nil, "bounce.policy.redis: not a redis://HOST:PORT/DB url: http://x" },
      { redis_store.new { url = "http://x" } })
    assert.same({ nil, "bounce.policy.redis: unknown url parameter password" },
      { redis_store.new { url = "redis://127.0.0.1/0?password=x" } })
    assert.has_error(function() redis_store.new {} end, "bounce.policy.redis.new: opts.url or opts.connect is required")
    assert.has_error(function() redis_store.new { url = url, connect = print } end)
  end)

  it("serves bounce policy --store redis://, where an email read twice counts once", function()
    local runner = support.write_temp('package.path = "lua/?.lua;lua/?/init.lua;" .. package.path\n' ..
      'os.exit(require("bounce.policy_cli").run(arg))\n')
    local input = support.write_temp(
      cjson.encode { category = "system_error", type = "soft", recipient = "cli@example.com", file = "mail/1.eml" } .. "\n" ..
      cjson.encode { category = "recipient_unknown", type = "hard", recipient = "gone@example.com", file = "mail/2.eml" } .. "\n")
    finally(function() os.remove(runner); os.remove(input) end)
    local cmd = support.lua .. " " .. runner .. " --store " .. url .. " "
    for _ = 1, 2 do sh(cmd .. input) end
    local out = sh(cmd .. "--export jsonl")
    assert.equal("gone@example.com", cjson.decode(out).address)
    assert.equal(1, assert(policy.new { store = store() }:status("cli@example.com")).streak.count)
  end)
end)
