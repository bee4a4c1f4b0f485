--- Bounce emails: every recipient of a delivery status notification (RFC 3464 or an MTA's
-- plain-text bounce), a feedback report (ARF) or an auto-reply, classified.
--   parse(classifier, message [, opts]) -> { kind =, recipients = { ... }, original = { ... }, ... }
--   each_file(path) -> iterator of (name, content) over a file, a folder of .eml, an mbox or "-"
local core = require "bounce.core"

local M = {}

local TAXONOMY_FIELDS = {
  "type", "category", "action", "code", "status", "permanent", "provider", "rule", "description",
  "retry_after",
}

local REPORT_FIELDS = {
  "recipient", "original_recipient", "dsn_action", "diagnostic", "diagnostic_type", "remote_mta",
  "last_attempt_date",
}

-- "mx.example.com (TCP|192.0.2.1|25)", "[192.0.2.1]", "mx.example.com." -> the host alone
local function mx_host(remote)
  if not remote then return nil end
  local host = remote:match("^%[?([%w%.%-:]+)%]?")
  if host then host = host:gsub("%.$", "") end
  if host == "" then return nil end
  return host
end

-- The reply to classify: the diagnostic, with the report's Status in front when the text
-- carries no enhanced status of its own.
local function reply_text(rc)
  local diag, status = rc.diagnostic, rc.status
  if diag and diag ~= "" then
    if status and not diag:find("%f[%w][245]%.%d%d?%d?%.%d%d?%d?%f[^%w.]") then
      return status .. " " .. diag
    end
    return diag
  end
  return status or ""
end

-- Classifiers that can describe a category (bounce.new() ones) give the fixed outcomes a text.
local function describe(classifier, what, lang)
  if classifier.describe then return classifier:describe(what, lang) end
  return nil
end

-- An entry that is not a failure: the outcome is fixed by what the message is.
local function fixed(classifier, entry, category, action, rule, lang)
  entry.type = "none"
  entry.category = category
  entry.action = action
  entry.permanent = false
  entry.rule = rule
  entry.description = describe(classifier, category, lang)
  return entry
end

local function copy_report(rc)
  local entry = {}
  for _, k in ipairs(REPORT_FIELDS) do entry[k] = rc[k] end
  entry.dsn_status = rc.status
  entry.status = rc.status
  return entry
end

-- Transient causes: in a report of final failure they mean the retries ran out.
local GAVE_UP = { network_error = true, system_error = true, greylisted = true, unknown = true }

-- A 4xx reply or a 4.x.x status.
local function temporary(entry)
  return (entry.code and math.floor(entry.code / 100) == 4) or (entry.status or ""):sub(1, 1) == "4"
end

local function classify_recipient(classifier, rc, lang)
  local entry = copy_report(rc)
  local action = rc.dsn_action and rc.dsn_action:lower()
  if action then entry.dsn_action = action end
  local result = classifier:classify(reply_text(rc), { rcpt = rc.recipient, mx = mx_host(rc.remote_mta), lang = lang })
  for _, k in ipairs(TAXONOMY_FIELDS) do
    if result[k] ~= nil then entry[k] = result[k] end
  end
  if action == "delivered" or action == "relayed" or action == "expanded" then
    return fixed(classifier, entry, "delivered", "record_only", "message.delivered", lang)
  end
  if action == "delayed" then
    -- still being retried: nothing to do yet, but the reason is worth keeping
    entry.type = "none"
    entry.action = "record_only"
    entry.permanent = false
  elseif GAVE_UP[entry.category] and (entry.category == "network_error" or temporary(entry)) then
    -- A failure report of a transient cause means the sending queue gave up: a connection that
    -- never succeeded, or a temporary refusal that lasted past the retry time.
    entry.category = "expired"
    entry.type = "soft"
    entry.action = "record_only"
    entry.rule = "message.expired"
    entry.description = describe(classifier, "expired", lang)
  end
  return entry
end

--- parse(classifier, message [, { limits = {...}, lang = "en" }]) -> result
-- classifier: anything with :classify(reply, ctx) (bounce.new()).
-- limits: bounds of the scan, any of max_input, max_header_line, max_decoded, max_text,
--   max_diagnostic, max_headers, max_parts, max_depth, max_recipients, max_x_headers
--   (src/message.h gives their meaning and defaults); result.truncated tells one was reached.
-- result: { kind = "dsn"|"arf"|"auto_reply"|"unknown", recipients = { entry, ... },
--   original = { message_id, from, to, subject, date, headers = { ["x-..."] = ... } },
--   feedback = { ... } (arf), subject, from, reporting_mta, arrival_date, truncated }
-- Each entry has the report's fields (recipient, original_recipient, dsn_action, dsn_status,
-- diagnostic, diagnostic_type, remote_mta, last_attempt_date) and the TAXONOMY.md fields.
function M.parse(classifier, message, opts)
  if type(message) ~= "string" then
    error("bounce.message.parse: message must be a string, got " .. type(message), 2)
  end
  opts = opts or {}
  local lang = opts.lang
  local parsed = core.parse_message(message, opts.limits)
  local recipients = {}
  local kind = parsed.kind
  if kind == "arf" then
    local reported = parsed.recipients
    -- a complaint names no recipient at times: it still counts, once
    if #reported == 0 then reported = { {} } end
    for i, rc in ipairs(reported) do
      local entry = copy_report(rc)
      entry.feedback_type = parsed.feedback and parsed.feedback.feedback_type
      recipients[i] = fixed(classifier, entry, "feedback_report", "unsubscribe", "message.feedback_report", lang)
    end
  elseif kind == "auto_reply" then
    for i, rc in ipairs(parsed.recipients) do
      recipients[i] = fixed(classifier, copy_report(rc), "auto_reply", "record_only", "message.auto_reply", lang)
    end
  else
    for i, rc in ipairs(parsed.recipients) do
      recipients[i] = classify_recipient(classifier, rc, lang)
    end
  end
  parsed.recipients = recipients
  return parsed
end

local function read_all(fh)
  local content = fh:read("*a")
  fh:close()
  return content
end

-- Splits an mbox on its separator lines, "From sender date": a body line that merely starts
-- with "From " carries no time of day.
local function mbox_messages(name, content)
  local starts = { 1 }
  local pos = 1
  while true do
    local s = content:find("\nFrom ", pos, true)
    if not s then break end
    if content:match("^From [^\n]*", s + 1):find("%d%d:%d%d") then
      starts[#starts + 1] = s + 1
    end
    pos = s + 1
  end
  local i = 0
  return function()
    i = i + 1
    if not starts[i] then return nil end
    local stop = starts[i + 1] and starts[i + 1] - 1 or #content
    return string.format("%s#%d", name, i), content:sub(starts[i], stop)
  end
end

local function one(name, content)
  if content:sub(1, 5) == "From " then return mbox_messages(name, content) end
  local done = false
  return function()
    if done then return nil end
    done = true
    return name, content
  end
end

local function list_dir(path)
  local names = {}
  local ok, lfs = pcall(require, "lfs")
  if ok then
    for n in lfs.dir(path) do
      if n:match("%.eml$") then names[#names + 1] = n end
    end
  else
    local p = io.popen("ls -1A -- '" .. path:gsub("'", "'\\''") .. "'")
    for n in p:lines() do
      if n:match("%.eml$") then names[#names + 1] = n end
    end
    p:close()
  end
  table.sort(names)
  return names
end

--- each_file(path) -> iterator of (name, content): "-" reads standard input; a folder gives its
-- .eml files sorted by name; a file holding an mbox gives each message ("file#1", ...); any
-- other file is one message. Raises an error when path cannot be read.
function M.each_file(path)
  if path == "-" then return one("-", read_all(io.stdin)) end
  local fh, err = io.open(path, "rb")
  if not fh then error("bounce: " .. err, 2) end
  local first, rerr, code = fh:read(0)
  if first == nil and code == 21 then -- EISDIR
    fh:close()
    local names = list_dir(path)
    local i = 0
    return function()
      i = i + 1
      local n = names[i]
      if not n then return nil end
      local full = path:gsub("/$", "") .. "/" .. n
      local f, ferr = io.open(full, "rb")
      if not f then error("bounce: " .. ferr, 2) end
      return full, read_all(f)
    end
  end
  if first == nil and rerr then
    fh:close()
    error("bounce: " .. path .. ": " .. rerr, 2)
  end
  return one(path, read_all(fh))
end

return M
