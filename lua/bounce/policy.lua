--- What to do about an address over time. A hard bounce suppresses the address at once; soft
-- bounces suppress it only after a run of them (by default three in a row, as a campaign tool
-- counts them: three separate campaigns), and a delivery resets the run. Only recipient-side
-- categories count toward an address: a blocklist, an authentication failure or a rate limit
-- is the sender's problem, never suppresses anyone, and counts per provider and sending IP or
-- domain instead, to decide when to throttle.
--
--   local policy = require "bounce.policy"
--   local p = policy.new { store = require("bounce.policy.redis").new { url = "redis://127.0.0.1:6379/0" } }
--   local d, err = p:record("user@example.com", bounce.classify(reply), { id = message_id })
--   if d and d.decision == "suppress" then ... end
--
-- Runtime failures (a store that is down, a malformed address or line) return nil, err;
-- programmer errors (a bad option) raise.
local cjson = require "cjson.safe"
local json = require "bounce.json"
local taxonomy = require "bounce.taxonomy"
local step = require "bounce.policy.step"

local _M = { _VERSION = "0.1.0" }

local DAY, HOUR = 86400, 3600

--- Which subject a category counts against: "address" (the recipient's mailbox or domain),
-- "sender" (our IP, domain or message at that provider) or "none" (counted nowhere).
local SCOPES = {
  recipient_unknown = "address", recipient_inactive = "address", mailbox_full = "address",
  domain_invalid = "address", recipient_policy = "address", suppressed = "address",
  -- The recipient's servers failing campaign after campaign: the seeds count these as soft bounces.
  system_error = "address", network_error = "address", routing_error = "address", expired = "address",
  unknown = "address",
  -- A complaint stops mail to the address at the first report (threshold 1 below).
  feedback_report = "address",
  auth_failure = "sender", reverse_dns = "sender", tls_required = "sender", sender_invalid = "sender",
  relay_denied = "sender", sender_account = "sender", blocklisted = "sender", reputation = "sender",
  rate_limited = "sender", spam_content = "sender", malicious_content = "sender", policy_block = "sender",
  message_too_large = "sender", message_noncompliant = "sender", too_many_recipients = "sender",
  protocol_error = "sender",
  -- Deferrals that say nothing about the address, and non-bounces.
  greylisted = "none", recipient_rate_limited = "none", auto_reply = "none", delivered = "none",
}

-- Soft bounces to an address: three in a row; a run with no bounce for 60 days is forgotten, so
-- that monthly campaigns still make a run. A full mailbox may be emptied: it must also stay full
-- for a week. Sender-side refusals: five within an hour from one provider throttle; a rate limit
-- or a reputation refusal asks to slow down by itself, so one is enough.
local ADDRESS_RULE = { count = 3, span = 0, window = 60 * DAY }
local SENDER_RULE = { count = 5, span = 0, window = HOUR }
local SPECIAL = {
  mailbox_full = { count = 3, span = 7 * DAY, window = 60 * DAY },
  feedback_report = { count = 1, span = 0, window = 60 * DAY },
  rate_limited = { count = 1, span = 0, window = HOUR },
  reputation = { count = 1, span = 0, window = HOUR },
}

--- The default rule of every category: { scope, count, span, window } (seconds).
function _M.defaults()
  local out = {}
  for category, scope in pairs(SCOPES) do
    local base = SPECIAL[category] or (scope == "sender" and SENDER_RULE or ADDRESS_RULE)
    out[category] = { scope = scope, count = base.count, span = base.span, window = base.window }
  end
  return out
end

local function check_rule(category, r)
  local where = "bounce.policy: categories." .. category
  if type(r) ~= "table" then error(where .. " must be a table", 3) end
  for k, v in pairs(r) do
    if k == "scope" then
      if v ~= "address" and v ~= "sender" and v ~= "none" then
        error(where .. ".scope must be \"address\", \"sender\" or \"none\"", 3)
      end
    elseif k == "count" then
      if type(v) ~= "number" or v < 1 or v % 1 ~= 0 then error(where .. ".count must be an integer >= 1", 3) end
    elseif k == "span" then
      if type(v) ~= "number" or v < 0 then error(where .. ".span must be a number of seconds >= 0", 3) end
    elseif k == "window" then
      if type(v) ~= "number" or v <= 0 then error(where .. ".window must be a number of seconds > 0", 3) end
    else
      error(where .. ": unknown field '" .. tostring(k) .. "'", 3)
    end
  end
end

local function default_clock()
  local ngx = rawget(_G, "ngx")
  return ngx and ngx.now() or os.time()
end

local mt = { __index = {} }
local policy = mt.__index

--- new([opts]) -> policy.
-- opts.store: a store (default: a new bounce.policy.memory store).
-- opts.categories: { category = { scope =, count =, span =, window = } }, merged over defaults().
-- opts.sender: the sending IP or domain that sender-side counts are kept for (default "-").
-- opts.prefix: prefix of every key in the store (default "bounce:").
-- opts.clock: function returning the time in seconds when a record gives none.
function _M.new(opts)
  opts = opts or {}
  if type(opts) ~= "table" then error("bounce.policy.new: opts must be a table", 2) end
  for k in pairs(opts) do
    if k ~= "store" and k ~= "categories" and k ~= "sender" and k ~= "prefix" and k ~= "clock" then
      error("bounce.policy.new: unknown option '" .. tostring(k) .. "'", 2)
    end
  end
  local rules = _M.defaults()
  if opts.categories ~= nil then
    if type(opts.categories) ~= "table" then error("bounce.policy.new: opts.categories must be a table", 2) end
    for category, r in pairs(opts.categories) do
      if not rules[category] then
        error("bounce.policy.new: unknown category '" .. tostring(category) .. "'", 2)
      end
      check_rule(category, r)
      for k, v in pairs(r) do rules[category][k] = v end
    end
  end
  for _, k in ipairs { "sender", "prefix" } do
    if opts[k] ~= nil and (type(opts[k]) ~= "string" or opts[k]:find("[%s|]")) then
      error("bounce.policy.new: opts." .. k .. " must be a string without spaces or '|'", 2)
    end
  end
  if opts.clock ~= nil and type(opts.clock) ~= "function" then
    error("bounce.policy.new: opts.clock must be a function", 2)
  end
  local store = opts.store
  if store == nil then
    store = require("bounce.policy.memory").new()
  elseif type(store) ~= "table" or type(store.run) ~= "function" or type(store.each_suppressed) ~= "function" then
    error("bounce.policy.new: opts.store must have run and each_suppressed methods", 2)
  end
  local prefix = opts.prefix or "bounce:"
  return setmetatable({
    store = store, rules = rules, sender = opts.sender or "-", prefix = prefix,
    sup_key = prefix .. "sup", clock = opts.clock or default_clock,
  }, mt)
end

--- address(s) -> the address as the policy keeps it, or nil, err: trimmed, without angle
-- brackets, lower-cased (mailbox providers treat local parts case-insensitively, and so do
-- suppression lists).
function _M.address(s)
  if type(s) ~= "string" then return nil, "not an address: " .. tostring(s) end
  local a = s:match("^%s*<?(.-)>?%s*$"):lower()
  if not a:find("^[^@%s%c]+@[^@%s%c|]+$") then return nil, "not an address: " .. s end
  return a
end

local function normalize(address)
  if type(address) ~= "string" then error("bounce.policy: address must be a string", 3) end
  return _M.address(address)
end

local function decode_state(res)
  return {
    duplicate = res[1] == "1",
    suppression = step.decode_suppression(res[2]),
    streak = step.decode_streak(res[3]),
    counter = step.decode_counter(res[4]),
    mark = step.decode_mark(res[5]),
  }
end

local function normalize_result(result)
  if result == "delivered" then return { type = "none", category = "delivered" }, "none" end
  if type(result) ~= "table" then error("bounce.policy: result must be a classification table or \"delivered\"", 3) end
  local c = taxonomy.categories[result.category]
  if not c then return nil, "unknown category: " .. tostring(result.category) end
  local t = result.type or c[1]
  if not taxonomy.types[t] then return nil, "unknown type: " .. tostring(t) end
  for _, k in ipairs { "provider", "status" } do
    if result[k] ~= nil and type(result[k]) ~= "string" then return nil, k .. " must be a string" end
  end
  return result, t
end

local function finite(v)
  return type(v) == "number" and v > -math.huge and v < math.huge
end

local function when(self, arg)
  local o = type(arg) == "table" and arg or { at = arg }
  if o.at ~= nil and not finite(o.at) then error("bounce.policy: at must be a finite number of seconds", 3) end
  if o.id ~= nil and (type(o.id) ~= "string" or o.id == "") then error("bounce.policy: id must be a non-empty string", 3) end
  if o.sender ~= nil and (type(o.sender) ~= "string" or o.sender:find("[%s|]")) then
    error("bounce.policy: sender must be a string without spaces or '|'", 3)
  end
  return o.at or self.clock(), o.id, o.sender or self.sender
end

--- record(address, result [, at | opts]) -> decision, or nil, err.
-- result: a classification (at least its category; type defaults to the category's usual one),
-- or "delivered". at: the event's time in seconds (default now). opts: { at =, id =, sender = }.
-- id names the event: a record with an id already seen for this address within the category's
-- window changes nothing (so a retry after a connection error counts once, and an id made of
-- campaign and address counts one bounce per campaign). sender: the sending IP or domain.
-- decision = { decision = "ok" | "retry" | "throttle" | "suppress", address, category, type,
--   scope, count, duplicate, provider and sender (sender scope), suppression = { category,
--   reason = "hard" | "threshold" | ..., count, at } when the address is suppressed,
--   throttle = { category, until } when the sender is throttled at that provider }.
function policy:record(address, result, arg)
  local addr, err = normalize(address)
  if not addr then return nil, err end
  local r, rtype = normalize_result(result)
  if not r then return nil, rtype end
  local at, id, sender = when(self, arg)
  local category = r.category
  local rule = self.rules[category]
  local scope = rule.scope
  local ev = {
    address = addr, at = at, category = category, count = rule.count, span = rule.span,
    window = rule.window, sup_key = self.sup_key, streak_key = self.prefix .. "a:" .. addr,
  }
  local provider
  if category == "delivered" then
    -- A delay notice is classified as delivered too, but nothing has arrived yet.
    ev.op = (r.status or ""):sub(1, 1) == "4" and "peek" or "reset"
  elseif scope == "address" then
    ev.op = rtype == "hard" and "hard" or "soft"
  elseif scope == "none" then
    ev.op = "peek"
  else
    ev.op = "sender"
    provider = r.provider or addr:match("@(.*)$")
    local subject = sender .. "|" .. provider
    ev.counter_key = self.prefix .. "c:" .. subject .. "|" .. category
    ev.mark_key = self.prefix .. "t:" .. subject
  end
  -- Only counting needs an id: a reset done twice is still one reset.
  if id and ev.op ~= "peek" and ev.op ~= "reset" then
    ev.id_key, ev.id_ttl = self.prefix .. "i:" .. addr .. "|" .. id, rule.window
  end
  local res, serr = self.store:run(ev)
  if not res then return nil, serr end
  local st = decode_state(res)

  local d = {
    address = addr, category = category, type = rtype, scope = scope ~= "none" and scope or nil,
    duplicate = st.duplicate, suppression = st.suppression,
  }
  local decision = rtype == "none" and "ok" or "retry"
  if ev.op == "hard" or ev.op == "soft" then
    d.count = st.streak and st.streak.count or (st.suppression and st.suppression.count) or 0
  elseif ev.op == "sender" then
    d.provider, d.sender = provider, sender
    d.count = st.counter and st.counter.count or 0
    if st.mark and st.mark["until"] > at then
      d.throttle = st.mark
      decision = "throttle"
    end
  end
  if st.suppression then decision = "suppress" end
  d.decision = decision
  return d
end

--- status(address) -> { address, suppression = entry or nil, streak = { count, first, last,
-- category } or nil }, or nil, err.
function policy:status(address)
  local addr, err = normalize(address)
  if not addr then return nil, err end
  local res, serr = self.store:run { op = "peek", address = addr, sup_key = self.sup_key,
    streak_key = self.prefix .. "a:" .. addr }
  if not res then return nil, serr end
  local st = decode_state(res)
  return { address = addr, suppression = st.suppression, streak = st.streak }
end

--- sender_status(provider [, sender [, now]]) -> { throttled = bool, category, until }, or nil, err.
-- provider: as in decisions (the result's provider, else the recipient's domain).
function policy:sender_status(provider, sender, now)
  if type(provider) ~= "string" or provider == "" then error("bounce.policy: provider must be a string", 2) end
  sender = sender or self.sender
  local res, err = self.store:run { op = "peek", address = "", sup_key = self.sup_key,
    mark_key = self.prefix .. "t:" .. sender .. "|" .. provider }
  if not res then return nil, err end
  local m = step.decode_mark(res[5])
  now = now or self.clock()
  if m and m["until"] > now then return { throttled = true, category = m.category, ["until"] = m["until"] } end
  return { throttled = false }
end

local function check_token(name, v)
  if type(v) ~= "string" or not v:find("^[%w_.:-]+$") then
    return nil, name .. " must be a word of letters, digits, '_', '.', ':' or '-': " .. tostring(v)
  end
  return v
end

--- suppress(address, entry) -> true, or nil, err. Puts the address on the suppression list
-- (replacing any entry). entry: { category (default "suppressed"), reason (default "manual"),
-- count (default 0), at (default now) }.
function policy:suppress(address, entry)
  entry = entry or {}
  if type(entry) ~= "table" then error("bounce.policy: entry must be a table", 2) end
  local addr, err = normalize(address)
  if not addr then return nil, err end
  local category, cerr = check_token("category", entry.category or "suppressed")
  if not category then return nil, cerr end
  local reason, rerr = check_token("reason", entry.reason or "manual")
  if not reason then return nil, rerr end
  local count, at = tonumber(entry.count or 0), tonumber(entry.at or self.clock())
  if not finite(count) or not finite(at) then return nil, "count and at must be finite numbers" end
  local res, serr = self.store:run { op = "suppress", address = addr, sup_key = self.sup_key,
    streak_key = self.prefix .. "a:" .. addr, entry = step.encode(category, reason, count, at) }
  if not res then return nil, serr end
  return true
end

--- unsuppress(address) -> true, or nil, err. Takes the address off the suppression list.
function policy:unsuppress(address)
  local addr, err = normalize(address)
  if not addr then return nil, err end
  local res, serr = self.store:run { op = "unsuppress", address = addr, sup_key = self.sup_key,
    streak_key = self.prefix .. "a:" .. addr }
  if not res then return nil, serr end
  return true
end

--- suppressed() -> list of { address, category, reason, count, at } sorted by address, or nil, err.
function policy:suppressed()
  local list = {}
  local ok, err = self.store:each_suppressed(self.sup_key, function(address, encoded)
    local e = step.decode_suppression(encoded)
    if e then
      e.address = address
      list[#list + 1] = e
    end
  end)
  if not ok then return nil, err end
  table.sort(list, function(a, b) return a.address < b.address end)
  return list
end

local COLUMNS = { "address", "category", "reason", "count", "at" }

local function csv_field(v)
  -- counts and times are whole numbers, even where JSON input made them floats
  if type(v) == "number" and v == math.floor(v) then v = string.format("%d", v) end
  v = tostring(v)
  if v:find('[,"\r\n]') then v = '"' .. v:gsub('"', '""') .. '"' end
  return v
end

-- One CSV record on one line (RFC 4180 quoting; addresses never span lines).
local function csv_split(line)
  local out, pos, n = {}, 1, #line
  while true do
    local v
    if line:sub(pos, pos) == '"' then
      local buf, i = {}, pos + 1
      while true do
        local q = line:find('"', i, true)
        if not q then return nil, "unterminated quoted field" end
        buf[#buf + 1] = line:sub(i, q - 1)
        if line:sub(q + 1, q + 1) == '"' then
          buf[#buf + 1] = '"'
          i = q + 2
        else
          pos = q + 1
          break
        end
      end
      v = table.concat(buf)
      local c = line:sub(pos, pos)
      if c ~= "," and c ~= "" then return nil, "text after a quoted field" end
    else
      local comma = line:find(",", pos, true) or n + 1
      v = line:sub(pos, comma - 1)
      pos = comma
    end
    out[#out + 1] = v
    if pos > n then return out end
    pos = pos + 1
  end
end

--- export(format, write) -> number of entries, or nil, err. Writes the suppression list as
-- "csv" (a header line, then address,category,reason,count,at) or "jsonl" (one object a line),
-- calling write(chunk) for each line.
function policy:export(format, write)
  if format ~= "csv" and format ~= "jsonl" then error("bounce.policy: export format must be csv or jsonl", 2) end
  if type(write) ~= "function" then error("bounce.policy: export needs a write function", 2) end
  local list, err = self:suppressed()
  if not list then return nil, err end
  if format == "csv" then write(table.concat(COLUMNS, ",") .. "\n") end
  for _, e in ipairs(list) do
    if format == "csv" then
      local row = {}
      for i, k in ipairs(COLUMNS) do row[i] = csv_field(e[k]) end
      write(table.concat(row, ",") .. "\n")
    else
      write(json.encode { address = e.address, category = e.category, reason = e.reason, count = e.count,
        at = e.at } .. "\n")
    end
  end
  return #list
end

local function lines_of(source)
  if type(source) == "string" then return source:gmatch("([^\n]*)\n?") end
  if type(source) == "function" then return source end
  error("bounce.policy: import source must be a string or a line iterator", 3)
end

--- import(format, source) -> number of entries, or nil, err ("line N: ..."). Adds the entries of
-- a list in the export's format ("csv", with or without its header line, or "jsonl") to the
-- suppression list. source: the text, or an iterator of lines such as io.lines(path).
function policy:import(format, source)
  if format ~= "csv" and format ~= "jsonl" then error("bounce.policy: import format must be csv or jsonl", 2) end
  local columns, n, lineno = COLUMNS, 0, 0
  for line in lines_of(source) do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    local e, err
    if line:find("^%s*$") then
      e = nil
    elseif format == "jsonl" then
      e, err = cjson.decode(line)
      if e ~= nil and type(e) ~= "table" then e, err = nil, "not an object" end
    else
      local row
      row, err = csv_split(line)
      if row and lineno == 1 and row[1] == "address" then
        columns, row = row, nil
      end
      if row then
        e = {}
        for i, k in ipairs(columns) do
          if row[i] ~= nil and row[i] ~= "" then e[k] = row[i] end
        end
      end
    end
    if err then return nil, "line " .. lineno .. ": " .. err end
    if e then
      if type(e.address) ~= "string" then return nil, "line " .. lineno .. ": no address" end
      local ok, serr = self:suppress(e.address, { category = e.category, reason = e.reason or "import",
        count = e.count, at = e.at })
      if not ok then return nil, "line " .. lineno .. ": " .. serr end
      n = n + 1
    end
  end
  return n
end

return _M
