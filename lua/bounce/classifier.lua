--- A classifier: one compiled rule set, swapped whole on reload, so a caller never sees a
-- half-loaded set and a broken rule file never replaces working rules.
local lpeg = require "lpeg"
local core = require "bounce.core"
local rules = require "bounce.rules"
local providers = require "bounce.providers"
local taxonomy = require "bounce.taxonomy"
local describe = require "bounce.describe"
local message = require "bounce.message"

local type = type

local _M = { _VERSION = "0.1.0" }

local Classifier = {}
local mt = { __index = Classifier }

-- Providers declared by several files (a pack and a site file) become one.
local function merge_providers(list)
  local by_name, merged = {}, {}
  for _, p in ipairs(list) do
    local m = by_name[p.name]
    if not m then
      m = { name = p.name, domains = {}, mx = {}, fingerprints = {} }
      by_name[p.name] = m
      merged[#merged + 1] = m
    end
    for _, key in ipairs { "domains", "mx", "fingerprints" } do
      for _, v in ipairs(p[key] or {}) do m[key][#m[key] + 1] = v end
    end
  end
  return merged
end

-- What the rules read of a reply: bounded, so a hostile 10 MB reply costs what 1 MB does.
local DEFAULT_LIMITS = { max_reply = 1024 * 1024, max_pattern = 64 * 1024 }
local MAX_LIMIT = 2 ^ 31 - 1

local function build(sources, limits, trusted)
  local loaded, err = rules.load_all(sources, { trusted = trusted })
  if not loaded then return nil, err end
  local merged = merge_providers(loaded.providers)
  local ok, engine = pcall(core.engine, {
    categories = taxonomy.engine_categories(), providers = merged, rules = loaded.rules,
    sender_side = loaded.sender_side, generic_words = loaded.generic_words, match = lpeg.match,
    max_reply = limits.max_reply, max_pattern = limits.max_pattern,
  })
  if not ok then return nil, "building the rule engine: " .. tostring(engine) end
  local english = {}
  for _, r in ipairs(loaded.rules) do
    if r.layer == "status" and r.status and r.description then english[r.status] = r.description end
  end
  return { engine = engine, rules = loaded.rules, detector = providers.new(merged), english = english }
end

--- new{ rules = { "default", "/etc/bounce/site.lua", { ...rules... } }, lang = "en",
--       limits = { max_reply = bytes of a reply the rules read (1 MiB),
--                  max_pattern = bytes an LPeg pattern reads (64 KiB) },
--       trusted = false (true: rule files run with all of Lua, not the sandbox; docs/rules.md) }
-- -> classifier, or nil, err
function _M.new(opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("bounce.new: options must be a table, got " .. type(opts), 2)
  end
  opts = opts or {}
  local sources = opts.rules or { "default" }
  if type(sources) ~= "table" then
    error("bounce.new: rules must be a list of rule files, got " .. type(sources), 2)
  end
  local lang = opts.lang or "en"
  describe.check_language(lang)
  local limits = {}
  for k, v in pairs(DEFAULT_LIMITS) do limits[k] = v end
  for k, v in pairs(opts.limits or {}) do
    if DEFAULT_LIMITS[k] == nil then error("bounce.new: unknown limit '" .. tostring(k) .. "'", 2) end
    if type(v) ~= "number" or v < 1 or v > MAX_LIMIT or v ~= math.floor(v) then
      error("bounce.new: limit " .. k .. " must be a whole number of bytes from 1 to 2^31 - 1", 2)
    end
    limits[k] = v
  end
  if opts.trusted ~= nil and type(opts.trusted) ~= "boolean" then
    error("bounce.new: trusted must be true or false, got " .. type(opts.trusted), 2)
  end
  local self = setmetatable({ sources = sources, lang = lang, limits = limits, trusted = opts.trusted }, mt)
  local ok, err = self:reload()
  if not ok then return nil, err end
  return self
end

--- Re-reads the rule files. On any error: nil, "file:line: message", and the rules in use stay.
function Classifier:reload()
  local set, err = build(self.sources, self.limits, self.trusted)
  if not set then return nil, err end
  self.set = set
  return true
end

local COMMANDS = {}
for _, command in ipairs(core.commands) do COMMANDS[command] = true end

--- check_command(command) -> true, or nil, err: command names an SMTP command the rules know
-- ("DATA", "rcpt", ...). A name they do not know would be ignored, and the reply read as if the
-- caller knew nothing.
function _M.check_command(command)
  if type(command) == "string" and COMMANDS[command:upper()] then return true end
  return nil, string.format("unknown SMTP command '%s' (one of %s)", tostring(command), table.concat(core.commands, ", "))
end

local function check_args(reply, ctx, name)
  if type(reply) ~= "string" then
    error(string.format("%s: reply must be a string, got %s", name, type(reply)), 3)
  end
  if ctx ~= nil and type(ctx) ~= "table" then
    error(string.format("%s: context must be a table, got %s", name, type(ctx)), 3)
  end
  if ctx ~= nil and ctx.command ~= nil then
    if type(ctx.command) ~= "string" then
      error(string.format("%s: context.command must be a string such as \"DATA\", got %s", name, type(ctx.command)), 3)
    end
    local known, err = _M.check_command(ctx.command)
    if not known then error(string.format("%s: context.command: %s", name, err), 3) end
  end
end

-- The deciding status rule's status ("status.5.7.0" decided 5.7.515), else the category.
local function description_key(result)
  return result.rule:match("^status%.(%d%.%d%.%d+)$") or result.category
end

--- describe(status or category or result [, lang]) -> text, in the classifier's language by default.
function Classifier:describe(what, lang)
  lang = lang or self.lang
  describe.check_language(lang)
  if type(what) == "table" then what = description_key(what) end
  if type(what) ~= "string" then error("describe: expected a status, a category or a result", 2) end
  return describe.text(what, lang, self.set.english)
end

--- classify(reply [, { rcpt =, mx =, provider =, command =, lang = }]) -> result (TAXONOMY.md fields)
-- command: the SMTP command the reply answered ("RCPT", "DATA", ...), where the caller knows it;
-- else the one the reply names ("in reply to end of DATA command"), if any.
function Classifier:classify(reply, ctx)
  local set = self.set
  -- the common call, checked inline: a call to check_args costs a tenth of a classification
  if ctx == nil and type(reply) == "string" and self.lang == "en" then return set.engine:classify(reply) end
  check_args(reply, ctx, "classify")
  local result = set.engine:classify(reply, set.detector:detect(ctx), ctx and ctx.command)
  local lang = ctx and ctx.lang or self.lang
  if lang ~= "en" then
    describe.check_language(lang)
    result.description = describe.text(description_key(result), lang) or result.description
  end
  return result
end

--- explain(reply [, ctx]) -> { result, decided_by, matches = { {id, layer, file, line, ...} } }:
-- every rule that matched, highest precedence first; the first decided.
function Classifier:explain(reply, ctx)
  check_args(reply, ctx, "explain")
  local set = self.set
  local result, matched, status_matched = set.engine:explain(reply, set.detector:detect(ctx), ctx and ctx.command)
  local matches, by_layer = {}, {}
  for i, index in ipairs(matched) do
    local r = set.rules[index]
    local m = {
      id = r.id, layer = r.layer, file = r.file, line = rules.line_of(r), provider = r.provider,
      type = r.type, category = r.category, action = r.action, decided = i == 1,
    }
    matches[i] = m
    by_layer[r.layer] = by_layer[r.layer] or {}
    table.insert(by_layer[r.layer], m)
  end
  return {
    result = result, decided_by = result.rule, matches = matches, by_layer = by_layer,
    layers = core.layers, status_matched = status_matched,
  }
end

--- parse(message [, { lang =, limits = }]) -> { kind, recipients = { ... }, original = { ... } }:
-- a bounce email (DSN, text bounce, ARF report or auto-reply), every recipient classified.
function Classifier:parse(msg, opts)
  if type(msg) ~= "string" then error("parse: message must be a string, got " .. type(msg), 2) end
  if opts ~= nil and type(opts) ~= "table" then error("parse: options must be a table, got " .. type(opts), 2) end
  opts = opts or {}
  local lang = opts.lang or self.lang
  describe.check_language(lang)
  return message.parse(self, msg, { lang = lang, limits = opts.limits })
end

--- The rules in use, as loaded (with file, index in it and examples; rules.line_of(r) gives the line).
function Classifier:rules()
  return self.set.rules
end

function Classifier:stats()
  return self.set.engine:stats()
end

return _M
