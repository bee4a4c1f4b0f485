--- Bounce emails: every recipient of a delivery status notification (RFC 3464 or an MTA's
-- plain-text bounce), a feedback report (ARF) or an auto-reply, classified.
--   parse(classifier, message [, opts]) -> { kind =, recipients = { ... }, original = { ... }, ... }
--   each_file(path [, skipped]) -> iterator of (name, content) over a file, a folder of .eml, an
--   mbox or "-"
local core = require "bounce.core"
local taxonomy = require "bounce.taxonomy"

local M = {}

local TAXONOMY_FIELDS = {
  "type", "category", "action", "code", "status", "permanent", "provider", "rule", "description",
  "retry_after",
}

-- The status that says only which class a failure is of.
local CLASS_ONLY = { ["2"] = "2.0.0", ["4"] = "4.0.0", ["5"] = "5.0.0" }

-- "mx.example.com (TCP|192.0.2.1|25)", "[192.0.2.1]", "mx.example.com." -> the host alone
local function mx_host(remote)
  if not remote then return nil end
  local host = remote:match("^%[?([%w%.%-:]+)")
  if host and host:byte(-1) == 46 then host = host:sub(1, -2) end -- the root's "."
  if host == "" then return nil end
  return host
end

-- The reply to classify: the diagnostic (or the remote reply it quotes), with the report's
-- Status beside its code where the reply gives no status of its own; a Status that gives only the
-- class (5.0.0) never outranks the reply's words and code (src/message.h, bm_reply_text).
local reply_text = core.reply_text

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

-- A result the report's shape decides instead of the words: a soft failure of category, with its
-- usual action.
local function recast(classifier, result, category, rule, lang)
  result.category, result.type, result.action, result.rule = category, "soft", taxonomy.categories[category][2], rule
  result.permanent = false
  result.description = describe(classifier, category, lang)
end

-- A recipient of the report becomes its entry in the result: the report's fields stay, and its
-- Status is kept as dsn_status, since status may be refined by the classification.
local function report_entry(rc)
  rc.dsn_status = rc.status
  return rc
end

-- Transient causes: in a report of final failure they outlasted the retries.
local TRANSIENT = { network_error = true, system_error = true, greylisted = true }

-- Whether the registry of codes decided (a status, code or class rule of the default pack):
-- no words said why.
local function by_code_alone(entry)
  local rule = entry.rule or ""
  return rule:find("^status%.") or rule:find("^code%.") or rule:find("^class%.")
end

-- Decided by a status of the registry that names a subject (4.4.4, unable to route), not one that
-- says "other" (4.4.0).
local function specific_status(entry)
  return (entry.rule or ""):find("^status%.%d%.%d%.[1-9]") ~= nil
end

-- A 4xx reply or a 4.x.x status.
local function temporary(entry)
  return (entry.code and math.floor(entry.code / 100) == 4) or (entry.status or ""):sub(1, 1) == "4"
end

-- The last cause a bounce that says the queue gave up states beside it (TAXONOMY.md rule 5):
-- "Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
-- "Connection refused by mx.example.net. Message could not be delivered for 8 hours". Each
-- sentence (or bracketed reply) of the diagnostic is classified (by its words alone: the common
-- rules, no provider's) and the last one whose words name a cause decides. nil when none does.
local MAX_SENTENCES = 8

local function stated_cause(classifier, diag)
  local cause
  local n = 0
  for sentence in diag:gsub("%.%s", "\1"):gsub("[;<>\n]", "\1"):gmatch("%s*([^\1]*[^\1%s])") do
    n = n + 1
    if n > MAX_SENTENCES then break end
    local r = classifier:classify(sentence)
    if r.category ~= "unknown" and r.category ~= "expired" and r.category ~= "delivered" and not by_code_alone(r) then
      cause = r
    end
  end
  return cause
end

-- Categories a refusal of the sender's own address must not keep: they blame the recipient or
-- say nothing (TAXONOMY.md rule 6: the envelope sender refused is sender_invalid, soft).
local ABOUT_RECIPIENT = {
  recipient_unknown = true, recipient_inactive = true, recipient_policy = true, domain_invalid = true,
  policy_block = true, unknown = true,
}

local function classify_recipient(classifier, rc, lang)
  local ctx = { rcpt = rc.recipient, mx = mx_host(rc.remote_mta), command = rc.smtp_command, lang = lang }
  local result = classifier:classify(reply_text(rc.diagnostic, rc.status), ctx)
  -- the queue gave up: in words, or by its status (X.4.7, delivery time expired)
  if (result.category == "expired" or (result.status or ""):match("^%d%.4%.7$")) and rc.diagnostic then
    local cause = stated_cause(classifier, rc.diagnostic)
    if cause then
      if not cause.code then cause.code = result.code end
      if not cause.status then cause.status = result.status end
      result = cause
    end
  end
  -- a list manager returned the post (src/message.h, list_refusal): where its words, in the
  -- list's language, name no cause the rules read, the list refused the post (TAXONOMY.md rule 8);
  -- a post held for a moderator is no refusal. Sympa reports the refusal of its posting scenario
  -- (send_subscriber, send_closed ...) under a diagnostic type of its own in RFC 3463's generic
  -- words ("X-Sympa; Delivery not authorized, message refused"): the list refused the post too.
  local refused_post = rc.list_refusal and result.category == "unknown"
    or (rc.diagnostic_type or ""):lower() == "x-sympa" and (result.category == "unknown" or result.category == "policy_block")
  if refused_post and (rc.dsn_action or ""):lower() ~= "delayed" then
    recast(classifier, result, "recipient_policy", "message.list_refusal", lang)
  end
  -- the reply refuses the envelope sender (src/message.h, refuses_sender)
  if rc.refuses_sender and ABOUT_RECIPIENT[result.category] then
    recast(classifier, result, "sender_invalid", "message.sender_refused", lang)
  end
  local entry = report_entry(rc)
  local action = entry.dsn_action and entry.dsn_action:lower()
  entry.dsn_action = action
  for i = 1, #TAXONOMY_FIELDS do
    local k = TAXONOMY_FIELDS[i]
    local v = result[k]
    if v ~= nil then entry[k] = v end
  end
  -- X.0.0 in the reply says only "other or undefined": the report's own Status of the same
  -- class says more. Where the reply's code decided alone, the report's Status is the status.
  local dsn_status = entry.dsn_status
  local own = dsn_status and dsn_status:match("^([245])%.%d%d?%d?%.%d%d?%d?$")
  if own and ((entry.status == CLASS_ONLY[own] and not dsn_status:match("^%d%.0%.0$")) or not entry.status) then
    entry.status = dsn_status
  end
  if action == "delivered" or action == "relayed" or action == "expanded" then
    return fixed(classifier, entry, "delivered", "record_only", "message.delivered", lang)
  end
  if action == "delayed" then
    -- still being retried: nothing to do yet, but the cause the words state is worth keeping;
    -- a code alone states none
    entry.type = "none"
    entry.action = "record_only"
    entry.permanent = false
    -- a status of the registry that names a subject (4.4.4, unable to route) states a cause;
    -- one that says "other" (4.4.0), a bare code or a class does not, and neither does expiry
    -- by its status alone (4.4.7, which the Windows SMTP service gives its delay notices). Expiry
    -- in words is the cause the notice states (OpenSMTPD's "Envelope expired" under its delay
    -- notice's heading, for a message it no longer keeps).
    local specific = specific_status(entry)
    local expired_by_status = entry.category == "expired" and by_code_alone(entry)
    if (by_code_alone(entry) and not specific) or entry.category == "unknown" or expired_by_status then
      entry.category = "delivered"
      entry.description = describe(classifier, "delivered", lang)
    end
  elseif entry.category == "unknown" and not entry.code and not entry.status
    and not (rc.diagnostic or ""):find("[%w\128-\255]") then
    -- A bounce that says nothing but that delivery failed (its reason empty, or punctuation a
    -- mail client left, as a quote mark): a final failure with no more said
    -- (TAXONOMY.md rule 9, seed 000's 9.1.1 "no bounce code found"). Words the rules do not
    -- know are no such proof (they may name a cause): unknown, soft; words that only say the
    -- delivery failed for good are hard by their rule (text.failed).
    entry.type = "hard"
    entry.action = "suppress"
    entry.permanent = true
    entry.rule = "message.final_failure"
  elseif temporary(entry) and (entry.category == "unknown" or (by_code_alone(entry) and not specific_status(entry))) then
    -- A temporary refusal that lasted past the retry time and names no cause (its words
    -- generic, its status "other": Postfix's "temporary failure" under 4.3.0 for a pipe that
    -- kept exiting EX_TEMPFAIL): all there is to say is that the sending queue gave up.
    entry.category = "expired"
    entry.type = "soft"
    entry.action = "record_only"
    entry.rule = "message.expired"
    entry.description = describe(classifier, "expired", lang)
  elseif TRANSIENT[entry.category] and (entry.category == "network_error" or temporary(entry)) then
    -- The queue gave up on a cause that passes (a connection that never succeeded, a remote
    -- fault): the cause is still why it failed, and the address is not at fault.
    entry.type = "soft"
  end
  return entry
end

local function classify_message(classifier, message, opts)
  local lang = opts.lang
  local parsed = core.parse_message(message, opts.limits)
  local recipients = parsed.recipients
  local kind = parsed.kind
  if kind == "arf" then
    -- a complaint names no recipient at times: it still counts, once
    if #recipients == 0 then recipients[1] = {} end
    for i = 1, #recipients do
      local entry = report_entry(recipients[i])
      entry.feedback_type = parsed.feedback and parsed.feedback.feedback_type
      fixed(classifier, entry, "feedback_report", "unsubscribe", "message.feedback_report", lang)
    end
  elseif kind == "auto_reply" then
    for i = 1, #recipients do
      fixed(classifier, report_entry(recipients[i]), "auto_reply", "record_only", "message.auto_reply", lang)
    end
  elseif kind == "mdn" then
    -- a read receipt (RFC 8098): the message reached its reader, whatever became of it there
    for i = 1, #recipients do
      local entry = report_entry(recipients[i])
      entry.disposition = parsed.disposition
      fixed(classifier, entry, "delivered", "record_only", "message.disposition", lang)
    end
  else
    for i = 1, #recipients do
      classify_recipient(classifier, recipients[i], lang)
    end
  end
  return parsed
end

-- The messages of an mbox, split on its separator lines: "From sender date" followed by a
-- header field. A body line that merely starts with "From " has no time of day or no field
-- after it. An iterator of each message's (first, last) positions in content[1..limit], found
-- as it goes.
local function mbox_bounds(content, limit)
  local first = 1
  return function()
    if not first or first > limit then return nil end
    local start, pos, next_first = first, first, nil
    while true do
      local s = content:find("\nFrom ", pos, true)
      if not s or s >= limit then break end
      local separator, next_line = content:match("^(From [^\n]*)\n([^\n]*)", s + 1)
      if separator and separator:find("%d%d:%d%d") and next_line:find("^[%w%-]+:") then
        next_first = s + 1
        break
      end
      pos = s + 1
    end
    first = next_first
    return start, next_first and next_first - 1 or limit
  end
end

local DEFAULT_LIMITS = core.message_limits()

-- A copy of limits with max_recipients set to n.
local function with_max_recipients(limits, n)
  local copy = {}
  if limits then
    for k, v in pairs(limits) do copy[k] = v end
  end
  copy.max_recipients = n
  return copy
end

--- parse(classifier, message [, { limits = {...}, lang = "en" }]) -> result
-- classifier: anything with :classify(reply, ctx) (bounce.new()).
-- limits: bounds of the scan, any of max_input, max_header_line, max_decoded, max_text,
--   max_diagnostic, max_headers, max_parts, max_depth, max_recipients, max_x_headers
--   (src/message.h gives their meaning and defaults); result.truncated tells one was reached.
-- result: { kind = "dsn"|"arf"|"auto_reply"|"mdn"|"unknown", recipients = { entry, ... },
--   original = { message_id, from, to, subject, date, return_path, headers = { ["x-..."] = ... } },
--   feedback = { ... } (arf), disposition (mdn: a read receipt's Disposition field), subject,
--   from, reporting_mta, arrival_date, truncated }
-- Each entry has the report's fields (recipient, final_recipient, original_recipient, dsn_action,
-- dsn_status, diagnostic, diagnostic_type, remote_mta, last_attempt_date, smtp_command,
-- refuses_sender) and the TAXONOMY.md fields. recipient is the address the sender used:
-- Original-Recipient where it is an rfc822 address, else Final-Recipient (or the address the
-- text names).
-- An mbox of several messages gives the recipients of all of them, in order, with the other
-- fields of the first message that has any. max_input and max_recipients bound the whole
-- mbox: the messages past them are not read, and truncated says so.
function M.parse(classifier, message, opts)
  if type(message) ~= "string" then
    error("bounce.message.parse: message must be a string, got " .. type(message), 2)
  end
  opts = opts or {}
  if message:sub(1, 5) ~= "From " then return classify_message(classifier, message, opts) end
  local limits = opts.limits
  local max_input = limits and limits.max_input or DEFAULT_LIMITS.max_input
  local max_recipients = limits and limits.max_recipients or DEFAULT_LIMITS.max_recipients
  local result
  local truncated = #message > max_input
  for first, last in mbox_bounds(message, math.min(#message, max_input)) do
    local found = result and #result.recipients or 0
    if found >= max_recipients then
      truncated = true
      break
    end
    local one_message = (first == 1 and last == #message) and message or message:sub(first, last)
    local parsed = classify_message(classifier, one_message,
      { lang = opts.lang, limits = with_max_recipients(limits, max_recipients - found) })
    truncated = truncated or parsed.truncated
    if not result or #result.recipients == 0 then
      result = parsed
    else
      for _, entry in ipairs(parsed.recipients) do result.recipients[#result.recipients + 1] = entry end
    end
  end
  result.truncated = truncated or nil
  return result
end

local function read_all(fh)
  local content = fh:read("*a")
  fh:close()
  return content
end

local function mbox_messages(name, content)
  local bounds = mbox_bounds(content, #content)
  local i = 0
  return function()
    local first, last = bounds()
    if not first then return nil end
    i = i + 1
    return string.format("%s#%d", name, i), content:sub(first, last)
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

-- The entries of folder dir named *.eml, sorted: the regular files (or links to one), and the
-- others (folders, FIFOs, sockets, dangling links), which a read would fail or block on.
local function eml_entries(dir)
  local files, others = {}, {}
  local ok, lfs = pcall(require, "lfs")
  if ok then
    for name in lfs.dir(dir) do
      if name:match("%.eml$") then
        local regular = lfs.attributes(dir .. "/" .. name, "mode") == "file"
        table.insert(regular and files or others, name)
      end
    end
  else
    -- %Y: the type of the entry, or of what a link points to (N: nothing)
    local p = assert(io.popen("find '" .. dir:gsub("'", "'\\''") ..
      "' -mindepth 1 -maxdepth 1 -name '*.eml' -printf '%Y %f\\n'"))
    for line in p:lines() do
      local kind, name = line:match("^(%S) (.*)$")
      if name then table.insert(kind == "f" and files or others, name) end
    end
    p:close()
  end
  table.sort(files)
  table.sort(others)
  return files, others
end

--- each_file(path [, skipped]) -> iterator of (name, content): "-" reads standard input; a folder
-- gives the messages of its .eml files in name order; a file holding an mbox gives each message
-- ("file#1", ...); any other file is one message. Raises an error when path cannot be read. In a
-- folder, an .eml entry that is no regular file (a folder, a FIFO, a dangling link) or cannot be
-- read is passed over where skipped is given (skipped(name, why) is called for it); else it
-- raises an error when the iteration reaches it.
function M.each_file(path, skipped)
  if path == "-" then return one("-", read_all(io.stdin)) end
  local fh, err = io.open(path, "rb")
  if not fh then error("bounce: " .. err, 2) end
  local first, rerr, code = fh:read(0)
  if first == nil and code == 21 then -- EISDIR
    fh:close()
    local dir = path:gsub("/$", "")
    skipped = skipped or function(name, why) error("bounce: " .. name .. ": " .. why, 0) end
    local names, others = eml_entries(dir)
    for _, n in ipairs(others) do skipped(dir .. "/" .. n, "not a regular file") end
    local i, messages = 0, nil
    return function()
      while true do
        if messages then
          local name, content = messages()
          if name then return name, content end
          messages = nil
        end
        i = i + 1
        local n = names[i]
        if not n then return nil end
        local full = dir .. "/" .. n
        local f, ferr = io.open(full, "rb")
        if f then
          messages = one(full, read_all(f))
        else
          skipped(full, ferr:sub(1, #full + 2) == full .. ": " and ferr:sub(#full + 3) or ferr)
        end
      end
    end
  end
  if first == nil and rerr then
    fh:close()
    error("bounce: " .. path .. ": " .. rerr, 2)
  end
  return one(path, read_all(fh))
end

return M
