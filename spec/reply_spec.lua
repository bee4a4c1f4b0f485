local core = require "bounce.core"

describe("reply parsing", function()
  local function parsed(s)
    local code, status, class, effective = core.parse_reply(s)
    return { code = code, status = status, class = class, effective = effective }
  end

  it("reads the code and the enhanced status of a plain reply", function()
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" },
      parsed("550 5.1.1 <a@b.example>: Recipient address rejected: User unknown"))
  end)

  it("joins a multi-line reply and lets the last line decide", function()
    local r = parsed("550-5.7.1 [192.0.2.1] Our system has detected\r\n550-5.7.1 an unusual rate\r\n" ..
      "550 5.7.26 of unsolicited mail. - gsmtp")
    assert.same({ code = 550, status = "5.7.26", class = 5, effective = "5.7.26" }, r)
  end)

  it("reads a failure, not the complaint about the commands the client sent after it", function()
    -- Postfix's, Exim's and Sendmail's answers to a DATA sent after every RCPT failed
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" },
      parsed("550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\r\n503 5.5.1 Error: need RCPT command"))
    assert.same({ code = 550, status = "5.7.1", class = 5, effective = "5.7.1" },
      parsed("550 5.7.1 Rejected\n554 5.5.1 Error: no valid recipients"))
    assert.same({ code = 451, class = 4 }, parsed("451 Temporary local problem; 503 valid RCPT command must precede DATA"))
    -- alone, the complaint is the reply
    assert.same({ code = 503, status = "5.5.1", class = 5, effective = "5.5.1" }, parsed("503 5.5.1 Error: need RCPT command"))
  end)

  it("reads a DSN Diagnostic-Code and Postfix's 'said:' form", function()
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" }, parsed("smtp; 550 5.1.1 no such user"))
    assert.same({ code = 552, status = "5.2.2", class = 5, effective = "5.2.2" },
      parsed("host mx.example.net[198.51.100.7] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)"))
  end)

  it("reads a code a verb or a transcript marker introduces without a colon", function()
    assert.same({ code = 550, class = 5 }, parsed("Host mx.example.net(192.0.2.1) RCPT TO said 550 No such user here"))
    assert.same({ code = 554, status = "5.7.1", class = 5, effective = "5.7.1" },
      parsed("The remote server replied 554 5.7.1 Message rejected"))
    assert.same({}, parsed("We sold 550 units"))
    -- a session transcript's received lines: Sendmail's "<<<", MDaemon's "<--"
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" }, parsed("<<< 550 5.1.1 User unknown"))
    assert.same({ code = 550, class = 5 }, parsed("--> RCPT To:<a@example.org>\n<-- 550 No such user"))
    -- a transcript joined into one line: its failure, not the accepted commands before it
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" },
      parsed("12:01:13: --> MAIL From:<s@example.org> 12:01:13: <-- 250 2.1.0 Ok 12:01:13: --> RCPT To:<a@example.org> "
        .. "12:01:13: <-- 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown"))
    -- chasquid names the step that failed
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" },
      parsed("MAIL+RCPT 550 5.1.1 Destination address is unknown (user does not exist)"))
    assert.same({ code = 552, status = "5.3.4", class = 5, effective = "5.3.4" },
      parsed("DATA closing 552 5.3.4 Message too big"))
  end)

  it("reads a continued reply whose text opens with a quote, and a code named in brackets", function()
    -- a server that quotes its own text ("550-\"The recipient cannot be verified ..."), and McAfee
    -- WebShield's "[SMTP Error Code 550]" after the words
    assert.same({ code = 550, class = 5 },
      parsed("Remote host said: 550-\"The recipient cannot be verified.\n550 message to verify they are valid.\""))
    assert.same({ code = 554, class = 5 },
      parsed("554-:  (HVU:BL) http://postmaster.example/errors/554hvubl.html\n554 TRANSACTION FAILED"))
    assert.same({ code = 550, class = 5 }, parsed("Requested action not taken: mailbox unavailable. [SMTP Error Code 550]"))
    assert.same({ code = 452, class = 4 }, parsed("Mailbox full (error code 452)"))
    -- a number in brackets that no word names a code is none
    assert.same({}, parsed("see the list of reasons (550) on our page"))
  end)

  it("reads a permanent code outside RFC 5321's list as a status written without dots, not a temporary one", function()
    -- "571" as Microsoft's and others' 5.7.1; "420"/"422" are servers' own temporary codes, whose
    -- 4.2.x readings (mailbox status) would be guesses
    assert.same({ code = 571, class = 5, effective = "5.7.1" }, parsed("571 Delivery not authorized, message refused"))
    assert.same({ code = 420, class = 4 }, parsed("420 Resources unavailable temporarily"))
    assert.same({ code = 422, class = 4 }, parsed("422 try again in 15 seconds"))
  end)

  it("reads '#5.1.1' and a status without a code", function()
    assert.same({ status = "5.1.1", class = 5, effective = "5.1.1" }, parsed("Remote host said: #5.1.1 unknown"))
  end)

  it("reads the tuple Python's smtplib writes a reply as", function()
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" },
      parsed("SMTPRecipientsRefused: {'a@example.org': (550, b'5.1.1 <a@example.org>: User unknown')}"))
    assert.same({ code = 550, class = 5 }, parsed("smtplib.SMTPDataError: (550, b'Mail rejected')"))
    assert.same({}, parsed("We sold 550, then 600 units"))
  end)

  it("does not read a section of a document the reply cites as its status", function()
    assert.same({ code = 550, class = 5 }, parsed("550 REJECTED - HELO is an IP address (See RFC2821 4.1.3)"))
    assert.same({ code = 550, class = 5 }, parsed("550 Bad syntax, see RFC 5321 section 4.1.2"))
    assert.same({ code = 501, class = 5 }, parsed("501 Syntax error (RFC-5321 4.1.1.1, § 4.1.2)"))
    assert.same({ code = 550, status = "5.1.1", class = 5, effective = "5.1.1" }, parsed("550 user unknown (#5.1.1) RFC 5321"))
  end)

  it("keeps code and status as given and the code's class where they disagree", function()
    assert.same({ code = 421, status = "5.7.32", class = 4, effective = "4.7.32" }, parsed("421 5.7.32 try later"))
  end)

  it("reads a three-digit value that is no reply code as the enhanced code", function()
    assert.same({ code = 511, class = 5, effective = "5.1.1" }, parsed("511"))
    assert.same({ code = 550, class = 5 }, parsed("550"))
  end)

  it("is not fooled by IP addresses, versions and dates", function()
    assert.same({}, parsed("Exim 4.94.2 at 192.0.2.250 on 2026-11-22 18:51:40"))
    assert.same({ code = 550, class = 5 }, parsed("host [203.0.113.5] 550 rejected"))
  end)

  it("finds the status wherever it stands in a text bounce", function()
    assert.same({ code = 554, status = "5.7.1", class = 5, effective = "5.7.1" },
      parsed("SMTP error from remote mail server after RCPT TO:<a@b.example>:\n    554 5.7.1 Rejected"))
  end)

  it("folds case and white space for matching", function()
    assert.equal("user unknown in virtual mailbox table", core.fold("  User\tUNKNOWN \r\n in   virtual mailbox table \n"))
    assert.equal("", core.fold(" \r\n\t"))
  end)

  it("folds letters beyond ASCII: case and diacritics, as docs/rules.md says", function()
    assert.equal("552 postfach voll: empfanger unbekannt", core.fold("552 POSTFACH VOLL: Empfänger UNBEKANNT"))
    assert.equal(core.fold("Ä ä À É è Ł Ż ñ"), "a a a e e ł z n")
    assert.equal("пользователь не найден, еще", core.fold("ПОЛЬЗОВАТЕЛЬ НЕ НАЙДЕН, ЕЩЁ"))
    assert.equal("ζ ωα", core.fold("Ζ ΩΆ"))
    -- fullwidth ASCII and the ideographic space (Japanese and Chinese text), typographic quotes
    assert.equal("user unknown", core.fold("ＵＳＥＲ　ＵＮＫＮＯＷＮ"))
    assert.equal("couldn't be delivered - \"x\"", core.fold("couldn’t be delivered – “x”"))
    assert.equal("a b", core.fold("a\194\160b")) -- no-break space
    assert.equal("ab", core.fold("a\226\128\139b")) -- zero-width space
    -- what is no UTF-8 stays as it is, byte for byte
    assert.equal("a\195\195b \226\128", core.fold("A\195\195B \226\128"))
    assert.equal("宛先が見つかりません", core.fold("宛先が見つかりません"))
  end)

  it("folds its own output to itself, whatever bytes an invisible character stood between", function()
    -- a zero-width no-break space between a stray lead byte and stray continuation bytes: dropping
    -- it would join them into a character the second folding reads (a fuzzer's find)
    local raw = "\239\239\239\187\191\187\191 x\194\173\128"
    local once = core.fold(raw)
    assert.equal(once, core.fold(once))
    assert.equal("\239\239\239\187\191\187\191 x\194\173\128", once)
    -- next to anything else it is still dropped
    assert.equal("ab", core.fold("a\239\187\191b"))
    assert.equal("ab", core.fold("a\194\173b")) -- soft hyphen
  end)

  it("drops a multi-line reply's continuation prefixes so phrases read across lines", function()
    assert.equal("550-5.7.1 messages with multiple addresses in from: header are not accepted",
      core.fold("550-5.7.1 Messages with multiple\r\n550-5.7.1 addresses in From: header\r\n550 5.7.1 are not accepted"))
    assert.equal("a b", core.fold("a\n\0\0\nb"))
    -- the same reply with its lines joined, as a folded DSN Diagnostic-Code gives it
    assert.equal("552-5.2.2 the mailbox is over quota. try later",
      core.fold("552-5.2.2 The mailbox is over 552-5.2.2 quota. 552 5.2.2 Try later"))
  end)
end)
