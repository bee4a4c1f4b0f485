-- bin/bounce classify over the corpus: one JSON object per reply, no error.
local cjson = require "cjson"
local support = require "spec.support"

local FIELDS = { "type", "category", "action", "permanent", "rule", "description", "input" }

local function corpus_replies(name)
  local replies = {}
  for _, row in ipairs(support.jsonl(support.shared .. "/corpus/" .. name)) do
    replies[#replies + 1] = (row.reply:gsub("[\r\n]+", " "))
  end
  return replies
end

describe("bin/bounce classify --json", function()
  for _, name in ipairs { "provider-replies.jsonl", "sisimai-replies.jsonl" } do
    it("reads " .. name .. " on stdin and prints one result per reply", function()
      local replies = corpus_replies(name)
      local input = support.write_temp(table.concat(replies, "\n") .. "\n")
      local out, ok = support.run(support.lua .. " bin/bounce classify --json < " .. input .. " 2>&1")
      os.remove(input)
      assert.is_true(ok, out)
      local n = 0
      for line in out:gmatch("[^\n]+") do
        n = n + 1
        local r = cjson.decode(line)
        for _, f in ipairs(FIELDS) do assert.is_not_nil(r[f], f .. " missing in " .. line) end
        assert.equal(replies[n], r.input)
      end
      assert.equal(#replies, n)
    end)
  end

  it("prints the fields in TAXONOMY.md's order, so a reply gives the same line every run", function()
    local out, ok = support.run(support.lua .. " bin/bounce classify --json '550 5.1.1 <a@b.example>: user unknown'")
    assert.is_true(ok, out)
    local keys = {}
    for key in out:gmatch('"([%w_]+)":') do keys[#keys + 1] = key end
    assert.same({ "input", "type", "category", "action", "code", "status", "permanent", "rule", "description" }, keys)
  end)

  it("classifies its arguments and prints a readable table without --json", function()
    local out, ok = support.run(support.lua .. " bin/bounce classify '550 5.1.1 user unknown' '452 4.2.2 over quota'")
    assert.is_true(ok, out)
    local lines = {}
    for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
    assert.equal(3, #lines)
    assert.truthy(lines[1]:match("^TYPE%s+CATEGORY"))
    assert.truthy(lines[2]:match("^hard%s+recipient_unknown%s+suppress%s+550%s+5%.1%.1"))
    assert.truthy(lines[3]:match("^soft%s+mailbox_full%s+retry%s+452%s+4%.2%.2"))
  end)

  it("takes the SMTP command the reply answered", function()
    local out, ok = support.run(support.lua .. " bin/bounce classify --command DATA '550 Unknown user a@docomo.ne.jp'")
    assert.is_true(ok, out)
    assert.truthy(out:match("\nsoft%s+recipient_policy%s+contact_recipient_admin%s+550"), out)
  end)

  it("gives a DSN's Final-Recipient beside the address the sender used", function()
    local path = support.write_temp(table.concat({
      "From: MAILER-DAEMON@mx.example.org", "Subject: Undelivered Mail", "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=delivery-status; boundary=B", "", "--B",
      "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.org", "",
      "Original-Recipient: rfc822;sales@example.org", "Final-Recipient: rfc822;ann.lee@example.org",
      "Action: failed", "Status: 5.1.1", "", "--B--", "" }, "\r\n"))
    local out, ok = support.run(support.lua .. " bin/bounce dsn --json " .. path)
    os.remove(path)
    assert.is_true(ok, out)
    local line = cjson.decode(out)
    assert.same({ "sales@example.org", "ann.lee@example.org" }, { line.recipient, line.final_recipient })
  end)

  it("explains which rule and layer decided", function()
    local out, ok = support.run(support.lua .. " bin/bounce explain '552 5.2.2 mailbox full'")
    assert.is_true(ok, out)
    assert.truthy(out:match("decided by: [%w_.]+"))
    assert.truthy(out:match("%* status%s+status%.5%.2%.2") or out:match("%* text"), out)
  end)

  it("refuses a broken rule file with file:line and exit status 1", function()
    local path = support.write_temp("return { { code = 550, category = \"nope\" } }")
    local out, ok = support.run(support.lua .. " bin/bounce classify --rules " .. path .. " 550 2>&1")
    os.remove(path)
    assert.is_false(ok)
    assert.truthy(out:find(path .. ":1: rule #1: field 'category'", 1, true), out)
  end)
end)
