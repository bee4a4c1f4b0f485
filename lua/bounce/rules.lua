--- Loading rule files: finding them, running them, checking every field, and telling the
-- operator exactly where (file:line) a rule is wrong.
local lpeg = require "lpeg"
local core = require "bounce.core"
local taxonomy = require "bounce.taxonomy"
local phrases = require "bounce.phrases"

local _M = { _VERSION = "0.1.0" }

local LAYERS = { site = true, provider = true, text = true, status = true, code = true, class = true }

local function dirname(path)
  return path:match("^(.*)/[^/]*$") or "."
end

-- "bin/../rules" -> "rules": paths in messages read as an operator would type them.
local function tidy(path)
  local n
  repeat path, n = path:gsub("[^/]+/%.%./", "", 1) until n == 0 or path:match("^%.%./")
  return path
end

local function exists(path)
  local f = io.open(path, "r")
  if f then f:close() end
  return f ~= nil
end

--- Where the default pack lives: next to this module when installed (a rock installs
-- bounce/rules/default.lua beside bounce/rules.lua), else in the source tree's rules/.
local function find_pack_dir()
  local found = package.searchpath and package.searchpath("bounce.rules.default", package.path)
  if found then return dirname(found) end
  local here = debug.getinfo(1, "S").source:match("^@(.*)$")
  if not here then return nil end
  here = tidy(here)
  local installed, tree = dirname(here) .. "/rules", dirname(dirname(dirname(here))) .. "/rules"
  if exists(installed .. "/default.lua") then return installed end
  if exists(tree .. "/default.lua") then return tree end
  return nil
end

_M.pack_dir = find_pack_dir()

local function load_source(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local src = f:read("*a")
  f:close()
  return src
end

-- What a rule file may use unless the classifier is trusted (docs/rules.md): its own copies of
-- string, table, math and utf8, a few basic functions, and a `require` that serves those, lpeg
-- without the parts that run Lua code or recurse while matching, and bounce.phrases. Anything
-- else is refused with the file:line that asked for it.
local BASICS = { "assert", "error", "ipairs", "next", "pairs", "rawequal", "rawget", "rawlen", "select",
  "tonumber", "tostring", "type", "unpack" }
local LIBRARIES = { "string", "table", "math", "utf8" }
-- lpeg.V and tables given to lpeg.P make grammars, which can recurse into exponential time;
-- lpeg.Cmt and functions given to lpeg.P run Lua code while matching; setmaxstack is global.
local LPEG_WITHHELD = { V = true, Cmt = true, setmaxstack = true }
-- string.dump turns a function into bytecode, which the loader never takes.
local STRING_WITHHELD = { dump = true }
-- VM instructions a sandboxed rule file may run while it loads (the default pack's files run
-- a few thousand each): a loop that never ends is refused instead of hanging a reload.
local LOAD_STEPS = 50 * 1000 * 1000
local HOOK_EVERY = 1000

local function copy(t, withheld)
  local out = {}
  for k, v in pairs(t) do
    if not (withheld and withheld[k]) then out[k] = v end
  end
  return out
end

local function rule_lpeg()
  local l = copy(lpeg)
  for name in pairs(LPEG_WITHHELD) do
    l[name] = function() error("lpeg." .. name .. " is for the rule files of a trusted classifier (docs/rules.md)", 2) end
  end
  l.P = function(v)
    if type(v) == "table" or type(v) == "function" then
      error("lpeg.P of a " .. type(v) .. " (a grammar or a match-time function) is for the rule files of a " ..
        "trusted classifier (docs/rules.md)", 2)
    end
    return lpeg.P(v)
  end
  return l
end

local function sandbox()
  local env, modules = {}, { lpeg = rule_lpeg(), ["bounce.phrases"] = copy(require "bounce.phrases") }
  for _, name in ipairs(BASICS) do env[name] = _G[name] end
  env.unpack = env.unpack or table.unpack
  for _, name in ipairs(LIBRARIES) do
    if _G[name] then
      env[name] = copy(_G[name], name == "string" and STRING_WITHHELD or nil)
      modules[name] = env[name]
    end
  end
  env._G = env
  env.require = function(name)
    local m = modules[name]
    if m == nil then
      error(string.format("require '%s': a rule file may require lpeg and bounce.phrases only " ..
        "(a trusted classifier's rule files may require anything, docs/rules.md)", tostring(name)), 2)
    end
    return m
  end
  return setmetatable(env, { __index = function(_, name)
    error(string.format("'%s' is not available to a rule file: it has string, table, math, utf8, lpeg " ..
      "and bounce.phrases (a trusted classifier's rule files have all of Lua, docs/rules.md)", tostring(name)), 2)
  end })
end

-- A trusted rule file reads the globals but its own globals stay its own.
local function compile_chunk(src, path, trusted)
  local env = trusted and setmetatable({}, { __index = _G }) or sandbox()
  if setfenv then
    -- Lua 5.1 and LuaJIT load bytecode as readily as text, and bytecode can break the VM.
    if src:byte(1) == 27 then return nil, path .. ": a rule file must be Lua text, not bytecode" end
    local chunk, err = loadstring(src, "@" .. path)
    if chunk then setfenv(chunk, env) end
    return chunk, err
  end
  return load(src, "@" .. path, "t", env)
end

-- Runs a sandboxed file's chunk within LOAD_STEPS instructions (counted by a debug hook, which
-- LuaJIT calls from interpreted code only: the chunk is kept out of the JIT).
local function run_bounded(chunk)
  if jit then jit.off(chunk, true) end
  local hook, mask, count = debug.gethook()
  local left = LOAD_STEPS / HOOK_EVERY
  debug.sethook(function()
    left = left - 1
    if left < 0 then error(string.format("ran more than %d million instructions while loading", LOAD_STEPS / 1e6), 2) end
  end, "", HOOK_EVERY)
  local ok, result = pcall(chunk)
  debug.sethook(hook, mask, count)
  return ok, result
end

-- path -> lines of its rules, from the last load of that file
local line_cache = {}

--- Lines of the unkeyed items of the table a file returns, in order: a rule's line for error
-- messages. A small lexer, enough for rule files: strings, comments, braces, `name =`.
local function item_lines(src)
  local lines, pos, line, n = {}, 1, 1, #src
  local tokens = {}
  while pos <= n do
    local c = src:sub(pos, pos)
    if c == "\n" then
      line = line + 1; pos = pos + 1
    elseif c:match("%s") then
      pos = pos + 1
    elseif src:sub(pos, pos + 1) == "--" then
      local eq = src:match("^%[(=*)%[", pos + 2)
      local stop
      if eq then
        stop = select(2, src:find("]" .. eq .. "]", pos, true)) or n
      else
        stop = (src:find("\n", pos, true) or n + 1) - 1
      end
      local _, nl = src:sub(pos, stop):gsub("\n", "")
      line = line + nl; pos = stop + 1
    elseif c == '"' or c == "'" then
      local p = pos + 1
      while p <= n do
        local d = src:sub(p, p)
        if d == "\\" then p = p + 2
        elseif d == c or d == "\n" then break
        else p = p + 1 end
      end
      tokens[#tokens + 1] = { "string", line }
      pos = p + 1
    elseif src:match("^%[=*%[", pos) then
      local eq = src:match("^%[(=*)%[", pos)
      local stop = select(2, src:find("]" .. eq .. "]", pos, true)) or n
      tokens[#tokens + 1] = { "string", line }
      local _, nl = src:sub(pos, stop):gsub("\n", "")
      line = line + nl; pos = stop + 1
    elseif c:match("[%a_]") then
      local word = src:match("^[%w_]+", pos)
      tokens[#tokens + 1] = { word == "return" and "return" or "name", line }
      pos = pos + #word
    elseif src:sub(pos, pos + 1) == "==" then
      tokens[#tokens + 1] = { "op", line }; pos = pos + 2
    else
      tokens[#tokens + 1] = { c, line }; pos = pos + 1
    end
  end
  local depth, main, expect_item = 0, false, false
  for i, t in ipairs(tokens) do
    local kind = t[1]
    if main and depth == 1 and expect_item and kind ~= "}" then
      local keyed = (kind == "name" and tokens[i + 1] and tokens[i + 1][1] == "=") or kind == "["
      if not keyed then lines[#lines + 1] = t[2] end
      expect_item = false
    end
    if kind == "{" then
      depth = depth + 1
      if depth == 1 and not main and tokens[i - 1] and tokens[i - 1][1] == "return" then
        main = true; expect_item = true
      end
    elseif kind == "(" then -- an item made by a call, aup({ ... }, { ... })
      depth = depth + 1
    elseif kind == "}" or kind == ")" then
      depth = depth - 1
      if main and depth == 0 then break end
    elseif (kind == "," or kind == ";") and main and depth == 1 then
      expect_item = true
    end
  end
  return lines
end

local function is_integer(v)
  return type(v) == "number" and v == math.floor(v) and v > -math.huge and v < math.huge
end

-- Every number the engine keeps fits these: a double holds every integer up to 2^53 exactly,
-- and a C long of any width holds 2^31 - 1.
local MAX_PRIORITY = 2 ^ 53
local MAX_RETRY_AFTER = 2 ^ 31 - 1

-- A string, or a list of them; each must have a character other than white space, since the
-- engine folds white space away and an empty phrase would match everything.
local function string_list(v)
  if type(v) == "string" then return v:find("%S") and { v } or nil end
  if type(v) ~= "table" or #v == 0 then return nil end
  for k, s in pairs(v) do
    if not is_integer(k) or type(s) ~= "string" or not s:find("%S") then return nil end
  end
  return v
end

-- re syntax: a rule definition (`name <- ...`) outside quoted strings and character classes;
-- the quoted strings (literals) of a pattern.
local DEFINES_RULES, LITERALS
do
  local P, C = lpeg.P, lpeg.C
  local quoted = P "'" * (1 - P "'") ^ 0 * "'" + P '"' * (1 - P '"') ^ 0 * '"'
  local class = P "[" * P "^" ^ -1 * 1 * (1 - P "]") ^ 0 * "]"
  DEFINES_RULES = (quoted + class + (1 - P "<-")) ^ 0 * "<-"
  local literal = P "'" * C((1 - P "'") ^ 0) * "'" + P '"' * C((1 - P '"') ^ 0) * '"'
  LITERALS = lpeg.Ct((literal + class + 1) ^ 0)
end

-- Matches the empty string, in a pattern of no fixed length: in front of the pattern a capture
-- encloses, it stops LPeg's compiler from measuring the pattern's length (to capture a fixed
-- length at once), which follows every call of a grammar along every path, and a sequence()
-- grammar has as many paths as combine() would have phrases.
local VARIABLE_LENGTH = lpeg.P(false) ^ 0

local function compile_pattern(p)
  if type(p) == "string" then
    local ok, re = pcall(require, "re")
    if not ok then return nil, "the re module of LPeg is not installed" end
    local compiled
    ok, compiled = pcall(re.compile, p)
    if not ok then return nil, "bad pattern: " .. tostring(compiled):gsub("\n.*", "") end
    -- Recursion is what lets a PEG take time exponential in the text it reads.
    if lpeg.match(DEFINES_RULES, p) then
      return nil, "bad pattern: a pattern may not define rules (name <- ...); build a grammar with lpeg " ..
        "in a trusted rule file"
    end
    -- A pattern reads the folded reply: a literal folding would change ("Error", "ä") never matches.
    for _, literal in ipairs(lpeg.match(LITERALS, p)) do
      local folded = phrases.fold(literal)
      if folded ~= literal then
        return nil, string.format("bad pattern: %q never matches the folded reply; write %q (docs/rules.md)",
          literal, folded)
      end
    end
    p = compiled
  elseif lpeg.type(p) == "pattern" then
    -- A pattern answers yes or no: an LPeg value's captures are dropped unmade (/ 0), so that
    -- a function capture never runs. (re without definitions makes no function capture, and
    -- the wrapper costs a capture at every position searched.)
    p = (VARIABLE_LENGTH * p) / 0
  else
    return nil, "pattern must be an LPeg pattern or a string in re syntax"
  end
  -- Search anywhere; a pattern that cannot run (left recursion, empty loops) fails here.
  local ok, search = pcall(function() return lpeg.P { p + 1 * lpeg.V(1) } end)
  if not ok then return nil, "bad pattern: " .. tostring(search) end
  local ran, err = pcall(lpeg.match, search, "probe text 550 5.1.1")
  if not ran then return nil, "bad pattern: " .. tostring(err) end
  return search
end

local CHECKS = {
  id = function(v) return type(v) == "string" and v:match("^[%w_.:%-]+$") and v or nil, "a word of letters, digits, _ . : -" end,
  layer = function(v) return LAYERS[v] and v or nil, "one of site, provider, text, status, code, class" end,
  priority = function(v)
    return is_integer(v) and math.abs(v) <= MAX_PRIORITY and v or nil, "an integer from -2^53 to 2^53"
  end,
  provider = function(v) return type(v) == "string" and v ~= "" and v:lower() or nil, "a provider name" end,
  status = function(v)
    local want = 'an enhanced status such as "5.1.1", or a range of details such as "5.7.700-749"'
    if type(v) ~= "string" then return nil, want end
    if v:match("^[2459]%.%d%.%d%d?%d?$") then return v, want end
    local first, last = v:match("^[2459]%.%d%.(%d%d?%d?)%-(%d%d?%d?)$")
    return first and tonumber(first) <= tonumber(last) and v or nil, want
  end,
  code = function(v) return is_integer(v) and v >= 200 and v <= 599 and v or nil, "a reply code from 200 to 599" end,
  class = function(v) return (v == 2 or v == 4 or v == 5) and v or nil, "2, 4 or 5" end,
  command = function(v)
    local want = "an SMTP command: " .. table.concat(core.commands, ", ")
    if type(v) ~= "string" then return nil, want end
    for _, name in ipairs(core.commands) do
      if v:upper() == name then return name, want end
    end
    return nil, want
  end,
  match = function(v)
    local want = "a phrase (not white space only), a list of phrases, or a list of 2 to 8 such lists " ..
      "(a phrase of each must occur)"
    if type(v) ~= "table" or type(v[1]) ~= "table" then return string_list(v), want end
    if #v < 2 or #v > 8 then return nil, want end
    local groups = {}
    for k, group in pairs(v) do
      groups[k] = is_integer(k) and string_list(group) or nil
      if not groups[k] then return nil, want end
    end
    return groups, want
  end,
  type = function(v) return taxonomy.types[v] and v or nil, "hard, soft or none" end,
  category = function(v) return taxonomy.categories[v] and v or nil, "a category of TAXONOMY.md" end,
  action = function(v) return taxonomy.actions[v] and v or nil, "an action of TAXONOMY.md" end,
  retry_after = function(v)
    return is_integer(v) and v >= 0 and v <= MAX_RETRY_AFTER and v or nil, "seconds, an integer from 0 to 2^31 - 1"
  end,
  description = function(v) return type(v) == "string" and v or nil, "a string" end,
  examples = function(v)
    if type(v) ~= "table" then return nil, "a list of replies" end
    for _, e in ipairs(v) do
      if type(e) ~= "string" and not (type(e) == "table" and type(e[1]) == "string") then
        return nil, 'a list of replies (strings, or { "reply", rcpt = ..., mx = ... })'
      end
    end
    return v
  end,
}
local CONDITIONS = { "status", "code", "class", "provider", "command", "match", "pattern" }

--- Checks one rule; returns the normalized rule or nil, message.
local function check_rule(raw, defaults, index)
  if type(raw) ~= "table" then return nil, "a rule must be a table" end
  local rule = {}
  for k, v in pairs(raw) do
    if k == "pattern" then
      local search, err = compile_pattern(v)
      if not search then return nil, err end
      rule.pattern = search
    elseif CHECKS[k] then
      local value, want = CHECKS[k](v)
      if value == nil then
        return nil, string.format("field '%s' must be %s, got %s", k, want,
          type(v) == "string" and string.format("%q", v) or tostring(v))
      end
      rule[k] = value
    else
      return nil, string.format("unknown field '%s'", tostring(k))
    end
  end
  rule.layer = rule.layer or defaults.layer
  rule.provider = rule.provider or defaults.provider
  if not rule.layer then return nil, "no layer: set layer in the rule or at the top of the file" end
  local has_condition = false
  for _, c in ipairs(CONDITIONS) do has_condition = has_condition or rule[c] ~= nil end
  if not has_condition then
    return nil, "a rule needs a condition: status, code, class, provider, command, match or pattern"
  end
  if not rule.id then
    if defaults.require_id then return nil, "a rule of the default pack needs an id" end
    rule.id = string.format("%s.%s.%d", rule.layer, defaults.name, index)
  end
  return rule
end

local FILE_KEYS = {
  layer = true, provider = true, providers = true, include = true, sender_side = true, generic_words = true,
}

-- The words of generic_words phrases as the engine counts a reply's words: folded, runs of three to
-- 32 ASCII letters (a longer run is always the reply's own). nil where a phrase holds a letter
-- beyond ASCII once folded (a word the engine always counts as the reply's own).
local function generic_words(list)
  local out = {}
  for _, phrase in ipairs(list) do
    local folded = core.fold(phrase)
    if folded:find("[\128-\255]") then return nil end
    for w in folded:gmatch("[a-z][a-z][a-z]+") do
      if #w <= 32 then out[#out + 1] = w end
    end
  end
  return out
end

local function check_providers(list, where)
  local out = {}
  for name, p in pairs(list) do
    if type(name) ~= "string" or type(p) ~= "table" then
      return nil, where .. ": providers must map a name to { domains, mx, fingerprints }"
    end
    local entry = { name = name:lower() }
    for k, v in pairs(p) do
      if k ~= "domains" and k ~= "mx" and k ~= "fingerprints" then
        return nil, string.format("%s: provider '%s': unknown field '%s'", where, name, tostring(k))
      end
      local l = string_list(v)
      if not l then
        return nil, string.format("%s: provider '%s': %s must be a list of strings, not white space only",
          where, name, k)
      end
      local lowered = {}
      for i, s in ipairs(l) do lowered[i] = s:lower() end
      entry[k] = lowered
    end
    out[#out + 1] = entry
  end
  table.sort(out, function(a, b) return a.name < b.name end)
  return out
end

--- Loads one rule file (a path, or a table of rules given directly). Returns
-- { rules = {...}, providers = {...}, sender_side = {...}, generic_words = {...}, includes = {...} }
-- or nil, "file:line: message".
-- opts.trusted: run the file with all of Lua instead of the sandbox.
function _M.load(source, opts)
  opts = opts or {}
  local data, path, src
  if type(source) == "table" then
    data, path = source, opts.name or "(table)"
  else
    path = source
    local err
    src, err = load_source(path)
    if not src then return nil, string.format("%s: cannot read rule file: %s", path, err) end
    local chunk, cerr = compile_chunk(src, path, opts.trusted)
    if not chunk then return nil, cerr end
    local ok, result
    if opts.trusted then ok, result = pcall(chunk) else ok, result = run_bounded(chunk) end
    if not ok then return nil, tostring(result) end
    if type(result) ~= "table" then
      return nil, string.format("%s:1: a rule file must return a table, got %s", path, type(result))
    end
    data = result
  end
  for k in pairs(data) do
    if type(k) ~= "number" and not FILE_KEYS[k] then
      return nil, string.format("%s:1: unknown top-level key '%s'", path, tostring(k))
    end
  end
  local name = path:match("([^/]+)%.lua$") or path:match("([^/]+)$") or "rules"
  local defaults = {
    layer = data.layer or opts.default_layer, provider = data.provider,
    require_id = opts.require_id, name = name,
  }
  if defaults.layer ~= nil and not LAYERS[defaults.layer] then
    return nil, string.format("%s:1: layer must be one of site, provider, text, status, code, class", path)
  end
  if data.include ~= nil then
    local ok = type(data.include) == "table"
    for k, v in pairs(ok and data.include or {}) do ok = ok and is_integer(k) and type(v) == "string" end
    if not ok then return nil, path .. ":1: include must be a list of file names" end
  end
  local out = { rules = {}, providers = {}, sender_side = {}, generic_words = {}, includes = data.include }
  line_cache[path] = nil
  for i = 1, #data do
    local rule, err = check_rule(data[i], defaults, i)
    if not rule then
      local lines = src and item_lines(src) or {}
      local line = #lines == #data and lines[i] or 1
      local label = type(data[i]) == "table" and data[i].id and string.format(" (%s)", tostring(data[i].id)) or ""
      return nil, string.format("%s:%d: rule #%d%s: %s", path, line, i, label, err)
    end
    rule.file, rule.index = path, i
    out.rules[i] = rule
  end
  if data.providers ~= nil then
    if type(data.providers) ~= "table" then
      return nil, path .. ":1: providers must be a table"
    end
    local providers, err = check_providers(data.providers, path .. ":1")
    if not providers then return nil, err end
    out.providers = providers
  end
  if data.sender_side ~= nil then
    out.sender_side = string_list(data.sender_side)
    if not out.sender_side then return nil, path .. ":1: sender_side must be a list of phrases" end
  end
  if data.generic_words ~= nil then
    local list = string_list(data.generic_words)
    out.generic_words = list and generic_words(list)
    if not out.generic_words then
      return nil, path .. ":1: generic_words must be a list of phrases in ASCII letters (once folded)"
    end
  end
  return out
end


--- The line a loaded rule starts on in its file (1 when it cannot be told), found when asked:
-- lexing every file at each load would cost more than the load itself.
function _M.line_of(rule)
  if rule.line then return rule.line end
  local lines = line_cache[rule.file]
  if not lines then
    local src = load_source(rule.file)
    lines = src and item_lines(src) or {}
    line_cache[rule.file] = lines
  end
  rule.line = lines[rule.index] or 1
  return rule.line
end

--- Resolves a name in a classifier's `rules` list to a path: "default" (or any name without
-- a slash) is a file of the default pack; anything else is a path.
function _M.resolve(name)
  if type(name) == "string" and not name:find("/", 1, true) and not name:match("%.lua$") then
    if not _M.pack_dir then return nil, "the default rule pack was not found" end
    return _M.pack_dir .. "/" .. name .. ".lua", true
  end
  return name, false
end

-- Include chains longer than this are refused: a cycle through another spelling of a path
-- (a symbolic link, "dir/../dir") would otherwise recurse until the C stack runs out.
local MAX_INCLUDE_DEPTH = 16

-- "a/./b", "a//b", "a/x/../b" -> "a/b": one spelling per path, to see a file include itself.
local function canonical(path)
  return tidy((path:gsub("/%./", "/"):gsub("//+", "/")))
end

--- Loads every source in order (following a pack file's `include` list). Returns
-- { rules = {...}, providers = {...}, sender_side = {...}, generic_words = {...} } or nil, err; nothing
-- half-loaded is returned.
-- opts.trusted: rule files run with all of Lua (docs/rules.md).
function _M.load_all(sources, opts)
  local trusted = opts and opts.trusted
  local all = { rules = {}, providers = {}, sender_side = {}, generic_words = {} }
  local chain = {} -- the files being loaded, each including the next
  local function add(source, in_pack)
    local loaded, err
    if type(source) == "table" then
      loaded, err = _M.load(source, { default_layer = "site", name = "table" })
    else
      local path, is_pack = _M.resolve(source)
      if not path then return nil, is_pack end
      in_pack = in_pack or is_pack
      local key = canonical(path)
      for _, c in ipairs(chain) do
        if c == key then
          return nil, string.format("%s:1: include cycle: %s -> %s", chain[#chain], table.concat(chain, " -> "), key)
        end
      end
      if #chain >= MAX_INCLUDE_DEPTH then
        return nil, string.format("%s:1: includes nested more than %d deep", chain[#chain], MAX_INCLUDE_DEPTH)
      end
      loaded, err = _M.load(path, { default_layer = not in_pack and "site" or nil, require_id = in_pack,
        trusted = trusted })
      if loaded and loaded.includes then
        local base = dirname(path)
        chain[#chain + 1] = key
        for _, inc in ipairs(loaded.includes) do
          local ok, ierr = add(base .. "/" .. inc, in_pack)
          if not ok then return nil, ierr end
        end
        chain[#chain] = nil
      end
    end
    if not loaded then return nil, err end
    for _, r in ipairs(loaded.rules) do all.rules[#all.rules + 1] = r end
    for _, p in ipairs(loaded.providers) do all.providers[#all.providers + 1] = p end
    for _, phrase in ipairs(loaded.sender_side) do all.sender_side[#all.sender_side + 1] = phrase end
    for _, word in ipairs(loaded.generic_words) do all.generic_words[#all.generic_words + 1] = word end
    return true
  end
  for _, source in ipairs(sources) do
    local ok, err = add(source, false)
    if not ok then return nil, err end
  end
  local seen = {}
  for _, r in ipairs(all.rules) do
    local first = seen[r.id]
    if first then
      return nil, string.format("%s:%d: rule id '%s' is already used at %s:%d", r.file, _M.line_of(r), r.id,
        first.file, _M.line_of(first))
    end
    seen[r.id] = r
  end
  return all
end

return _M
