-- bounce.policy over an nginx shared dict, inside a real nginx with the Lua module (a private
-- instance on a free 127.0.0.1 port with its own directory, stopped by its pid at the end).
-- The spec reaches the store over HTTP: /run runs one store operation in a worker and answers
-- with its result, so the shared contract runs against the real shdict store.
local cjson = require "cjson"
local socket = require "socket"
local http = require "socket.http"
local ltn12 = require "ltn12"
local support = require "spec.support"
local contract = require "spec.policy_contract"

local MODULES = "/usr/lib/nginx/modules/"
local have_nginx = select(2, support.run("command -v nginx >/dev/null"))
  and io.open(MODULES .. "ngx_http_lua_module.so") ~= nil
if not have_nginx then
  describe("bounce.policy.shdict", function()
    pending("nginx with its Lua module is not installed (Debian packages nginx, libnginx-mod-http-lua): " ..
      "the shared-dict store is not tested")
  end)
  return
end

local function sh(cmd)
  local out, ok = support.run(cmd .. " 2>&1")
  assert(ok, cmd .. ": " .. out)
  return out
end

local CONF = [[
load_module MODULES/ndk_http_module.so;
load_module MODULES/ngx_http_lua_module.so;
USER
worker_processes 4;
pid DIR/nginx.pid;
error_log DIR/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path DIR/tmp/body;
  proxy_temp_path DIR/tmp/proxy;
  fastcgi_temp_path DIR/tmp/fastcgi;
  uwsgi_temp_path DIR/tmp/uwsgi;
  scgi_temp_path DIR/tmp/scgi;
  client_body_buffer_size 1m;
  lua_package_path "ROOT/lua/?.lua;ROOT/lua/?/init.lua;;";
  lua_shared_dict policy 8m;
  lua_shared_dict tiny 48k;
  server {
    listen 127.0.0.1:PORT;
    default_type application/json;
    location = /run {
      content_by_lua_block {
        local cjson = require "cjson"
        ngx.req.read_body()
        local store = require("bounce.policy.shdict").new { dict = ngx.var.arg_dict,
          lock_timeout = tonumber(ngx.var.arg_lock_timeout) }
        local res, err = store:run(cjson.decode(ngx.req.get_body_data()))
        ngx.say(cjson.encode { res = res, err = err })
      }
    }
    location = /each {
      content_by_lua_block {
        local cjson = require "cjson"
        local store = require("bounce.policy.shdict").new { dict = ngx.var.arg_dict }
        local list = {}
        store:each_suppressed(ngx.unescape_uri(ngx.var.arg_sup_key), function(a, e) list[#list + 1] = { a, e } end)
        ngx.say(cjson.encode(list))
      }
    }
    # takes a change's lock as a worker would and keeps it for the given seconds
    location = /hold {
      content_by_lua_block {
        local ok, err = ngx.shared[ngx.var.arg_dict]:add(ngx.unescape_uri(ngx.var.arg_key), true,
          tonumber(ngx.var.arg_seconds))
        ngx.say(require("cjson").encode { ok = ok, err = err })
      }
    }
    location = /ttl {
      content_by_lua_block {
        local dict = ngx.shared[ngx.var.arg_dict]
        ngx.say(require("cjson").encode { ttl = dict:ttl(ngx.unescape_uri(ngx.var.arg_key)) })
      }
    }
    # n soft bounces for one address, recorded in the content phase (where a lock waiter sleeps)
    # or, at /log-record, in the log phase (where it spins).
    location = /record {
      content_by_lua_block {
        local a = ngx.req.get_uri_args()
        local p = require("bounce.policy").new { prefix = a.prefix, store = require("bounce.policy.shdict").new {
          dict = "policy" }, categories = { system_error = { count = 1000000 }, blocklisted = { count = 1000000 } } }
        for i = 1, tonumber(a.n) do
          assert(p:record(a.address, { category = a.category }, { id = a.id .. i, sender = "192.0.2.1" }))
        end
        ngx.say("{}")
      }
    }
    location = /log-record {
      return 204;
      log_by_lua_block {
        local a = ngx.req.get_uri_args()
        local p = require("bounce.policy").new { prefix = a.prefix, store = require("bounce.policy.shdict").new {
          dict = "policy" }, categories = { system_error = { count = 1000000 } } }
        for i = 1, tonumber(a.n) do
          local d, err = p:record(a.address, { category = a.category }, { id = a.id .. i })
          if not d then ngx.log(ngx.ERR, "record failed: ", err) end
        end
      }
    }
  }
}
]]

local function get(url)
  local chunks = {}
  local ok, code = http.request { url = url, sink = ltn12.sink.table(chunks) }
  assert(ok and code == 200, url .. ": " .. tostring(code))
  return cjson.decode(table.concat(chunks))
end

local function post(url, body)
  local chunks = {}
  local ok, code = http.request { url = url, method = "POST", source = ltn12.source.string(body),
    headers = { ["content-length"] = #body }, sink = ltn12.sink.table(chunks) }
  assert(ok and code == 200, url .. ": " .. tostring(code))
  return cjson.decode(table.concat(chunks))
end

local function escape(s)
  return (s:gsub("[^%w%-_.]", function(c) return ("%%%02X"):format(c:byte()) end))
end

describe("bounce.policy.shdict in nginx", function()
  local dir, base, pid

  setup(function()
    dir = os.tmpname()
    os.remove(dir)
    sh("mkdir -p " .. dir .. "/tmp")
    local port = support.free_port()
    base = "http://127.0.0.1:" .. port
    local root = sh("pwd"):gsub("%s+$", "")
    -- Workers of a root master run as nobody unless told otherwise, and the work tree may be unreadable to nobody.
    local is_root = sh("id -u"):match("^0") ~= nil
    local conf = CONF:gsub("MODULES/", MODULES):gsub("USER", is_root and "user root;" or "")
      :gsub("DIR", dir):gsub("ROOT", root):gsub("PORT", tostring(port))
    local f = assert(io.open(dir .. "/nginx.conf", "w"))
    f:write(conf)
    f:close()
    sh("nginx -p " .. dir .. " -c " .. dir .. "/nginx.conf")
    for _ = 1, 100 do
      local c = socket.connect("127.0.0.1", port)
      if c then c:close(); break end
      socket.sleep(0.05)
    end
    pid = tonumber(support.read(dir .. "/nginx.pid"):match("%d+"))
  end)

  teardown(function()
    if pid then
      sh("kill -QUIT " .. pid)
      for _ = 1, 100 do
        if not select(2, support.run("kill -0 " .. pid .. " 2>/dev/null")) then break end
        socket.sleep(0.05)
      end
    end
    local log = io.open(dir .. "/error.log")
    if log then
      local text = log:read("*a")
      log:close()
      assert.falsy(text:find("%[error%]") or text:find("%[alert%]"), text)
    end
    sh("rm -rf " .. dir)
  end)

  -- The real store in an nginx worker, one HTTP request per operation.
  local function remote(dict, lock_timeout)
    dict = dict or "policy"
    return {
      run = function(_, ev)
        local r = post(base .. "/run?dict=" .. dict .. "&lock_timeout=" .. (lock_timeout or 1), cjson.encode(ev))
        if r.err then return nil, r.err end
        return r.res
      end,
      each_suppressed = function(_, sup_key, fn)
        for _, pair in ipairs(get(base .. "/each?dict=" .. dict .. "&sup_key=" .. escape(sup_key))) do
          fn(pair[1], pair[2])
        end
        return true
      end,
    }
  end

  local new_policy = support.policy_maker(function() return remote() end)

  contract({ describe = describe, it = it, assert = assert }, "nginx shared dict", new_policy)

  it("keeps counts for their window only, and the suppression list for good", function()
    local p = new_policy { prefix = "ttl:", categories = { system_error = { window = 1 } } }
    assert(p:record("a@example.com", { category = "system_error" }, { at = socket.gettime(), id = "m1" }))
    assert(p:record("c@example.com", { category = "recipient_unknown" }))
    for _, key in ipairs { "ttl:a:a@example.com", "ttl:i:a@example.com|m1" } do
      local ttl = get(base .. "/ttl?dict=policy&key=" .. escape(key)).ttl
      assert.is_true(ttl > 0 and ttl <= 1, key .. " " .. tostring(ttl))
    end
    assert.equal(0, get(base .. "/ttl?dict=policy&key=" .. escape("ttl:sup:c@example.com")).ttl)
    socket.sleep(1.1)
    assert.is_nil(assert(p:status("a@example.com")).streak)
    assert.equal("hard", assert(p:status("c@example.com")).suppression.reason)
  end)

  it("loses no count with the workers recording at once, in the content and the log phase", function()
    local clients, requests, n = 8, 25, 20
    local client = support.write_temp([[
local http = require "socket.http"
local base, c, requests, n = arg[1], arg[2], tonumber(arg[3]), tonumber(arg[4])
for r = 1, requests do
  for _, path in ipairs { "/record", "/log-record" } do
    local q = "?prefix=conc:&category=system_error&n=" .. n .. "&id=" .. path:sub(2, 2) .. c .. "-" .. r .. "-"
    local _, code = http.request(base .. path .. q .. "&address=shared@example.com")
    assert(code == 200 or code == 204, path .. " " .. tostring(code))
    _, code = http.request(base .. "/record?prefix=conc:&category=blocklisted&n=" .. n .. "&id=b" .. path .. c .. "-" .. r ..
      "-&address=x" .. r .. "@example.com")
    assert(code == 200, tostring(code))
  end
end
]])
    finally(function() os.remove(client) end)
    sh("(pids=''; for c in $(seq 1 " .. clients .. "); do " .. support.lua .. " " .. client .. " " .. base .. " $c " ..
      requests .. " " .. n .. " & pids=\"$pids $!\"; done; rc=0; for p in $pids; do wait $p || rc=1; done; exit $rc)")
    local p = new_policy { prefix = "conc:" }
    -- the log phase runs after the response: give the last ones a moment
    local want = clients * requests * n * 2
    local count
    for _ = 1, 50 do
      count = assert(p:status("shared@example.com")).streak.count
      if count == want then break end
      socket.sleep(0.05)
    end
    assert.equal(want, count)
    local res = assert(remote():run { op = "peek", address = "", sup_key = "conc:sup",
      counter_key = "conc:c:192.0.2.1|example.com|blocklisted" })
    assert.equal(clients * requests * n * 2, tonumber(res[4]:match("^%d+")))
  end)

  it("fails with no memory rather than evicting suppression entries when the dict is full", function()
    local p = new_policy { store = remote("tiny") }
    local stored, err = 0, nil
    for i = 1, 1000 do
      local d
      d, err = p:record("full" .. i .. "@example.com", { category = "recipient_unknown" })
      if not d then break end
      stored = i
    end
    assert.is_true(stored > 10 and stored < 1000, "stored " .. stored)
    assert.equal("shdict: no memory", err)
    assert.equal(stored, #assert(p:suppressed()))
    assert.equal("hard", assert(p:status("full1@example.com")).suppression.reason)
  end)

  it("gives up on a lock held too long, and a lock whose holder died frees itself", function()
    local p = new_policy { prefix = "lock:", store = remote("policy", 0.1) }
    assert.is_true(get(base .. "/hold?dict=policy&seconds=0.5&key=" .. escape("lock:lock:a:held@example.com")).ok)
    local d, err = p:record("held@example.com", { category = "system_error" })
    assert.is_nil(d)
    assert.equal("shdict: timed out waiting for lock:lock:a:held@example.com", err)
    socket.sleep(0.5)
    assert.equal(1, assert(p:record("held@example.com", { category = "system_error" })).count)
  end)

  it("refuses a dict name outside nginx, and no dict at all", function()
    local shdict = require "bounce.policy.shdict"
    assert.has_error(function() shdict.new { dict = "policy" } end, "bounce.policy.shdict.new: not running inside nginx")
    assert.has_error(function() shdict.new {} end, "bounce.policy.shdict.new: opts.dict must be a shared dict or its name")
  end)
end)
