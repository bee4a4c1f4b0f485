-- Inputs the fuzzers (fuzz/, `make fuzz`) found wrong in the C core, kept as regressions, with
-- the boundary each one stood on.
local core = require "bounce.core"
local lpeg = require "lpeg"
local taxonomy = require "bounce.taxonomy"

describe("hostile input to the C core", function()
  describe("reply folding", function()
    -- fuzz/reply_fuzz.c: a repeated continuation prefix at the very end of a joined reply was
    -- dropped but the space before it stayed, so the folded text ended in a space.
    it("leaves no space at the end when the last repeated prefix is dropped", function()
      assert.equal("\228\50\26 446-4.4.4. \228\26",
        core.fold("\228\50\26\t446-4.4.4.\11\228\26\t446-4.4.4"))
      assert.equal("550-5.1.1: user unknown", core.fold("550-5.1.1: User unknown 550-5.1.1"))
      assert.equal("550-5.1.1: user unknown", core.fold("550-5.1.1: User unknown\r\n550-5.1.1"))
    end)
  end)

  describe("phrase matcher", function()
    -- fuzz/matcher_fuzz.c: phrases using all 256 byte values made 257 byte classes, one more
    -- than the class table held (a stack overflow while building, then missed matches). Folded
    -- phrases, all a rule file can give, use fewer values; these use every one folding keeps,
    -- and enough phrases that the deeper states have no full transition row.
    local kept = {}
    for b = 1, 255 do
      local c = string.char(b)
      if not c:match("[%sA-Z]") then kept[#kept + 1] = c end
    end

    local function engine(rules)
      return core.engine { categories = taxonomy.engine_categories(), rules = rules, match = lpeg.match }
    end

    it("finds phrases over every byte value folding keeps", function()
      local rules = {}
      for i = 1, #kept, 7 do
        rules[#rules + 1] = { id = "bytes-" .. i, layer = "text", category = "recipient_unknown",
          match = { "<" .. table.concat(kept, "", i, math.min(i + 6, #kept)) .. ">" } }
      end
      local e = engine(rules)
      for _, r in ipairs(rules) do
        assert.equal(r.id, e:classify("550 x " .. r.match[1] .. " y").rule)
      end
      assert.equal("class.none", e:classify("550 nothing here").rule)
    end)

    it("finds deep phrases among more states than the full rows cover", function()
      local phrases = {}
      for i = 1, 40 do
        for j = 1, 40 do phrases[#phrases + 1] = kept[i] .. kept[j] .. kept[(i * j) % #kept + 1] end
      end
      local e = engine {
        { id = "padding", layer = "text", category = "mailbox_full", match = phrases },
        { id = "deep", layer = "text", category = "recipient_unknown", priority = 1,
          match = { "no such mailbox here at all", table.concat(kept) } },
      }
      assert.is_true(e:stats().phrases >= 1602)
      assert.equal("deep", e:classify("550 5.1.1 No such mailbox here at all, sorry").rule)
      assert.equal("deep", e:classify("550 " .. table.concat(kept)).rule)
      assert.equal("padding", e:classify("550 " .. phrases[777]).rule)
      assert.equal("class.none", e:classify("550 no such mailbox here at al").rule)
    end)
  end)

  describe("bounce emails", function()
    -- fuzz/message_fuzz.c (UBSan, under `make sanitize`): a report recipient with no reason at
    -- all beside a session transcript had its empty reason, a span with no bytes, searched for
    -- the transcript's reply (NULL + 0).
    it("reads a transcript's replies against a recipient that has no reason", function()
      local r = core.parse_message(" permanent error\n>>>A\n<<< 50\nFinal-Recipient:")
      assert.is_table(r)
    end)
  end)
end)
