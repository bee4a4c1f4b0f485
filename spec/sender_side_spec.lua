-- Whose fault a refusal is: the stage it came at and the words that name the sender's side
-- decide that, before any rule's category (TAXONOMY.md rule 6).
local bounce = require "bounce"
local support = require "spec.support"

local c = assert(bounce.new())

local function got(reply, ctx)
  local r = c:classify(reply, ctx)
  return { r.type, r.category }
end

describe("a status that speaks of the sender's address", function()
  it("makes the refusal the sender's, whatever the words say of a domain or address", function()
    -- RFC 3463's X.1.7 and X.1.8, RFC 7505's X.7.27 (maddy: "Domain in MAIL FROM has null MX record")
    assert.same({ "soft", "sender_invalid" }, got("501 5.1.8 No domain part in address"))
    assert.same({ "soft", "sender_invalid" }, got("553 5.1.7 Invalid address"))
    assert.same({ "soft", "sender_invalid" }, got("501 5.7.27 Domain in MAIL FROM has null MX record"))
    -- the same words under a status of the recipient's address condemn it
    assert.same({ "hard", "domain_invalid" }, got("550 5.1.2 Domain has null MX record"))
  end)
end)

describe("words that name the sender's address or domain", function()
  it("make a domain or address said not to exist the sender's", function()
    for _, reply in ipairs { "550 5.7.1 Sending domain does not exist", "550 Return path domain does not exist",
      "550 5.1.2 Your sender domain could not be found in DNS", "553 Bounce address domain does not exist" } do
      assert.same({ "soft", "sender_invalid" }, got(reply), reply)
    end
    assert.same({ "hard", "domain_invalid" }, got("550 5.1.2 Recipient domain does not exist"))
  end)
end)

describe("a refusal before any recipient was given", function()
  it("is never hard, and a bad address there is the sender's", function()
    local reply = "550 5.1.1 User unknown"
    assert.same({ "hard", "recipient_unknown" }, got(reply))
    assert.same({ "hard", "recipient_unknown" }, got(reply, { command = "RCPT" }))
    for _, command in ipairs { "MAIL", "EHLO", "HELO", "STARTTLS", "CONNECT" } do
      assert.same({ "soft", "sender_invalid" }, got(reply, { command = command }), command)
    end
    assert.same({ "soft", "sender_invalid" }, got("550 Domain not found", { command = "MAIL" }))
    -- a domain refused in answer to HELO/EHLO is the name the client gave for itself
    assert.same({ "soft", "reverse_dns" }, got("501 5.5.4 Invalid domain name", { command = "EHLO" }))
    assert.same({ "soft", "reverse_dns" }, got("550 Domain not found", { command = "HELO" }))
  end)

  it("is known from the words MTAs put around the reply", function()
    -- Postfix, Exim, qmail-remote
    assert.same({ "soft", "sender_invalid" },
      got("host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown user (in reply to MAIL FROM command)"))
    assert.same({ "soft", "sender_invalid" },
      got("SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=1234: 550 No such domain"))
    assert.same({ "soft", "sender_invalid" },
      got("Connected to 192.0.2.1 but sender was rejected. Remote host said: 550 unknown user"))
    -- hMailServer's bounce names the command it sent above the reply
    assert.same({ "soft", "sender_invalid" }, got("bob@example.net\n   Error Type: SMTP\n   Remote server " ..
      "(192.0.2.25) issued an error.\n   hMailServer sent: MAIL FROM:<alice@example.org>\n" ..
      "   Remote server replied: 550 The address is not valid."))
    assert.is_not.equal("hard", c:classify("hMailServer sent: EHLO mail.example.org\n" ..
      "   Remote server replied: 550 Requested action not taken").type)
    assert.is_not.equal("hard",
      c:classify("SMTP error from remote mail server after initial connection: 550 Rejected").type)
    assert.is_not.equal("hard", c:classify("host mx.example.net[192.0.2.1] refused to talk to me: 550 5.0.0 Go away").type)
    -- the same words in answer to RCPT or DATA still condemn the address
    assert.same({ "hard", "recipient_unknown" },
      got("host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown user (in reply to RCPT TO command)"))
    assert.same({ "hard", "recipient_unknown" }, got("192.0.2.1 does not like recipient. Remote host said: 550 unknown user"))
    assert.same({ "hard", "recipient_unknown" },
      got("hMailServer sent: RCPT TO:<bob@example.net>\n   Remote server replied: 550 The address is not valid."))
  end)

  it("keeps a hard verdict an operator's own rule gives", function()
    local site = assert(bounce.new { rules = { "default", {
      { id = "site.mail_from", command = "MAIL", match = "blacklisted forever", type = "hard", category = "recipient_unknown" },
    } } })
    local r = site:classify("550 blacklisted forever", { command = "MAIL" })
    assert.same({ "hard", "recipient_unknown", "site.mail_from" }, { r.type, r.category, r.rule })
  end)
end)

describe("a reply that names the sender's side", function()
  it("says nothing of the recipient's address", function()
    assert.same({ "soft", "sender_invalid" },
      got("550 5.1.8 <a@example.org>: Sender address rejected: Domain not found"))
    assert.same({ "soft", "sender_invalid" },
      got("553 5.1.8 <a@example.org>... Domain of sender address a@example.org does not exist"))
    assert.same({ "soft", "sender_invalid" }, got("550 The sender's domain does not exist"))
    assert.same({ "soft", "sender_invalid" }, got("450 4.1.7 <a@example.org>: Sender address rejected: "
      .. "unverified address: host mx.example.org said: 550 5.1.1 User unknown"))
    assert.is_not.equal("hard", c:classify("550 5.7.1 Your IP 192.0.2.1 is not allowed to send").type)
    -- the sender under a verdict in plain words, whatever the status says
    assert.same({ "soft", "sender_invalid" }, got("550 5.1.1 Unauthorized sender bounce@example.org, no such user"))
    assert.is_not.equal("hard", c:classify("554 5.0.0 The sender was rejected by site policy").type)
  end)

  it("leaves replies about the recipient alone", function()
    assert.same({ "hard", "recipient_unknown" },
      got("550 5.1.1 <b@example.net>: Recipient address rejected: User unknown in virtual mailbox table"))
    assert.same({ "hard", "domain_invalid" },
      got("550 5.1.2 Host or domain name not found. Name service error for name=example.invalid type=MX"))
  end)

  it("may be extended by an operator's rule file", function()
    local path = support.write_temp([[return { sender_side = { "from your side" } }]])
    local site = assert(bounce.new { rules = { "default", path } })
    os.remove(path)
    assert.same({ "hard", "recipient_unknown" }, got("550 5.1.1 no such user"))
    local r = site:classify("550 5.1.1 no such user from your side")
    assert.same({ "soft", "sender_invalid" }, { r.type, r.category })
  end)

  it("is a list of phrases, or the file is refused with its name", function()
    local path = support.write_temp([[return { sender_side = { 42 } }]])
    local site, err = bounce.new { rules = { "default", path } }
    os.remove(path)
    assert.is_nil(site)
    assert.equal(path .. ":1: sender_side must be a list of phrases", err)
  end)
end)

describe("a spam verdict as the connection opens or at HELO", function()
  it("judges the sender's reputation: no message has been sent", function()
    local reply = "554 Comcast block for spam"
    for _, command in ipairs { "CONNECT", "EHLO", "HELO" } do
      assert.same({ "soft", "reputation" }, got(reply, { command = command }), command)
    end
  end)

  it("is the message's where the words may speak of it (MAIL FROM, after DATA, or no stage given)", function()
    local reply = "550 5.7.1 Message rejected as spam"
    assert.same({ "soft", "spam_content" }, got(reply))
    for _, command in ipairs { "MAIL", "RCPT", "DATA" } do
      assert.same({ "soft", "spam_content" }, got(reply, { command = command }), command)
    end
  end)
end)
