-- The translated descriptions cover exactly the status codes of the default pack and the
-- categories of the taxonomy, in well-formed UTF-8 of the right script, so no reply ever falls
-- back silently for a language the project claims to speak.
local taxonomy = require "bounce.taxonomy"

local LANGUAGES = { "zh-CN", "zh-TW", "ja", "de" }
local MAX_LENGTH = 120 -- code points: a description is one short sentence

--- The code points of s, or nil when s is not well-formed UTF-8 (RFC 3629: no overlong forms,
-- no surrogates, nothing above U+10FFFF, no truncated sequences).
local function codepoints(s)
  local out, i, n = {}, 1, #s
  while i <= n do
    local b = s:byte(i)
    local len, cp, min
    if b < 0x80 then
      len, cp, min = 1, b, 0
    elseif b >= 0xC2 and b <= 0xDF then
      len, cp, min = 2, b - 0xC0, 0x80
    elseif b >= 0xE0 and b <= 0xEF then
      len, cp, min = 3, b - 0xE0, 0x800
    elseif b >= 0xF0 and b <= 0xF4 then
      len, cp, min = 4, b - 0xF0, 0x10000
    else
      return nil
    end
    if i + len - 1 > n then return nil end
    for k = i + 1, i + len - 1 do
      local c = s:byte(k)
      if c < 0x80 or c > 0xBF then return nil end
      cp = cp * 64 + (c - 0x80)
    end
    if cp < min or cp > 0x10FFFF or (cp >= 0xD800 and cp <= 0xDFFF) then return nil end
    out[#out + 1] = cp
    i = i + len
  end
  return out
end

local function count(cps, lo, hi)
  local n = 0
  for _, cp in ipairs(cps) do
    if cp >= lo and cp <= hi then n = n + 1 end
  end
  return n
end

local function cjk(cps) return count(cps, 0x4E00, 0x9FFF) end
local function kana(cps) return count(cps, 0x3040, 0x30FF) end
local function latin_letters(cps) return count(cps, 0x41, 0x5A) + count(cps, 0x61, 0x7A) end

--- What each language's text must and must not contain, and how its sentence ends.
local SCRIPT = {
  ["zh-CN"] = { ends = "。", check = function(cps) return cjk(cps) > 0 and kana(cps) == 0 end },
  ["zh-TW"] = { ends = "。", check = function(cps) return cjk(cps) > 0 and kana(cps) == 0 end },
  ["ja"] = { ends = "。", check = function(cps) return kana(cps) > 0 end },
  -- U+2E80 and above holds the CJK radicals, kana, ideographs and full-width forms
  ["de"] = { ends = ".", check = function(cps) return latin_letters(cps) > 0 and count(cps, 0x2E80, 0x10FFFF) == 0 end },
}

--- The key of a status rule: "subject.detail", or the seed tables' own 9.1.1 whole.
local function status_key(status)
  if status == "9.1.1" then return status end
  return status:match("^[245]%.(%d%.%d+)$")
end

local function expected_status_keys()
  local keys = {}
  for _, rule in ipairs(dofile("rules/status.lua")) do
    if rule.status then
      local key = status_key(rule.status)
      assert(key, "status rule with an unexpected code: " .. rule.status)
      keys[key] = true
    end
  end
  return keys
end

local function keyset(t)
  local out = {}
  for k in pairs(t) do out[k] = true end
  return out
end

local function sorted(set)
  local out = {}
  for k in pairs(set) do out[#out + 1] = k end
  table.sort(out)
  return out
end

--- Every (section, key, text) of a language file, in a stable order.
local function entries(t)
  local out = {}
  for _, section in ipairs({ "status", "category" }) do
    for _, key in ipairs(sorted(t[section])) do
      out[#out + 1] = { section, key, t[section][key] }
    end
  end
  return out
end

describe("the UTF-8 check", function()
  it("accepts well-formed text and rejects malformed sequences", function()
    assert.same({ 0x41, 0x00E4, 0x90AE, 0x1F600 }, codepoints("A\195\164\233\130\174\240\159\152\128"))
    assert.is_nil(codepoints("\192\175"))          -- overlong "/"
    assert.is_nil(codepoints("\224\128\175"))      -- overlong, three bytes
    assert.is_nil(codepoints("\237\160\128"))      -- surrogate U+D800
    assert.is_nil(codepoints("\244\144\128\128"))  -- above U+10FFFF
    assert.is_nil(codepoints("\233\130"))          -- truncated
    assert.is_nil(codepoints("\128"))              -- stray continuation byte
    assert.is_nil(codepoints("\233\130\65"))       -- continuation byte missing
  end)
end)

describe("i18n", function()
  local status_keys = expected_status_keys()
  local category_keys = keyset(taxonomy.categories)

  it("knows every status code of the default pack", function()
    assert.is_true(#sorted(status_keys) >= 80)
    assert.is_true(status_keys["1.1"] and status_keys["7.30"] and status_keys["9.1.1"])
  end)

  for _, lang in ipairs(LANGUAGES) do
    describe(lang, function()
      local t = require("bounce.i18n." .. lang)

      it("has a status and a category section and nothing else", function()
        assert.same({ status = true, category = true }, keyset(t))
      end)

      it("describes every status code of rules/status.lua and no other", function()
        assert.same(sorted(status_keys), sorted(keyset(t.status)))
      end)

      it("describes every category of the taxonomy and no other", function()
        assert.same(sorted(category_keys), sorted(keyset(t.category)))
      end)

      it("writes each text as one short sentence of well-formed UTF-8 in its script", function()
        local script = SCRIPT[lang]
        for _, e in ipairs(entries(t)) do
          local where = lang .. " " .. e[1] .. "[" .. e[2] .. "]"
          local text = e[3]
          assert.is_string(text, where)
          local cps = codepoints(text)
          assert.is_truthy(cps, where .. ": malformed UTF-8")
          assert.is_true(#cps > 0 and #cps <= MAX_LENGTH, where .. ": length " .. #cps)
          assert.is_nil(text:find("^%s") or text:find("%s$") or text:find("[%c]"), where .. ": stray space or control")
          assert.is_true(script.check(cps), where .. ": not in the expected script")
          assert.equal(script.ends, text:sub(-#script.ends), where .. ": does not end a sentence")
        end
      end)
    end)
  end

  describe("Chinese", function()
    local cn, tw = require "bounce.i18n.zh-CN", require "bounce.i18n.zh-TW"

    -- characters whose simplified and traditional forms differ, as pairs
    local PAIRS = {
      "邮郵", "发發", "认認", "证證", "务務", "网網", "络絡", "错錯", "误誤", "时時", "过過", "这這",
      "为為", "与與", "设設", "数數", "据據", "级級", "码碼", "签簽", "验驗", "线線", "协協", "议議",
      "转轉", "换換", "连連", "满滿", "账帳", "储儲", "统統", "传傳", "递遞", "达達", "应應", "无無",
      "须須", "说說", "问問", "题題", "择擇", "权權", "绝絕", "处處", "档檔", "书書", "机機", "关關",
    }
    local simplified, traditional = {}, {}
    for _, pair in ipairs(PAIRS) do
      local cps = codepoints(pair)
      simplified[cps[1]], traditional[cps[2]] = true, true
    end

    local function uses(t, set)
      local found = {}
      for _, e in ipairs(entries(t)) do
        for _, cp in ipairs(codepoints(e[3])) do
          if set[cp] then found[#found + 1] = e[1] .. "[" .. e[2] .. "]" end
        end
      end
      return found
    end

    it("keeps zh-CN simplified and zh-TW traditional", function()
      assert.same({}, uses(cn, traditional))
      assert.same({}, uses(tw, simplified))
    end)

    it("uses Taiwan terms in zh-TW (伺服器, 信箱, 網路) rather than mainland ones", function()
      for _, e in ipairs(entries(tw)) do
        for _, mainland in ipairs({ "服務器", "郵箱", "網絡", "默認", "信息", "軟件", "數據", "鏈接", "協議" }) do
          assert.is_nil(e[3]:find(mainland, 1, true), "zh-TW " .. e[2] .. " uses " .. mainland)
        end
      end
    end)

    it("is a translation of its own in zh-TW, not zh-CN with the same text", function()
      local total, same = 0, 0
      for _, section in ipairs({ "status", "category" }) do
        for key, text in pairs(cn[section]) do
          total = total + 1
          if tw[section][key] == text then same = same + 1 end
        end
      end
      assert.is_true(same * 10 <= total, same .. " of " .. total .. " texts are identical")
    end)
  end)
end)
