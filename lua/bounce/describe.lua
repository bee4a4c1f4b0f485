--- Descriptions in the seeds' five languages: English from the rules and the taxonomy, the
-- others from bounce/i18n/<lang>.lua, keyed by "subject.detail" (a status means the same for
-- class 4 and 5) and by category.
local taxonomy = require "bounce.taxonomy"

local _M = { _VERSION = "0.1.0" }

_M.languages = { "en", "zh-CN", "zh-TW", "ja", "de" }

local KNOWN = {}
for _, lang in ipairs(_M.languages) do KNOWN[lang] = true end

local loaded = {}

local function translations(lang)
  if not loaded[lang] then loaded[lang] = require("bounce.i18n." .. lang) end
  return loaded[lang]
end

local function status_key(status)
  if status == "9.1.1" then return status end
  return status:match("^[245]%.(%d%.%d+)$")
end

--- Checks a language tag; raises for one the project does not speak.
function _M.check_language(lang)
  if not KNOWN[lang] then
    error(string.format("unknown language '%s' (one of %s)", tostring(lang), table.concat(_M.languages, ", ")), 3)
  end
end

--- The description of an enhanced status ("5.2.2") or a category name in lang, or nil.
-- English status texts come from the status rules (english[status]).
function _M.text(key, lang, english)
  if lang == "en" then
    if english and english[key] then return english[key] end
    local c = taxonomy.categories[key]
    return c and c[3] or nil
  end
  local t = translations(lang)
  local skey = type(key) == "string" and status_key(key)
  if skey then return t.status[skey] end
  return t.category[key]
end

return _M
