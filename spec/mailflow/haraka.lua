--- A reply as Haraka's outbound client stores it on the recipient it refused: the code and
-- enhanced status of its first line, and the text of every line joined by a space.
return function(reply)
  local fields, texts = {}, {}
  for line in reply:gmatch("[^\r\n]+") do
    local code, extc, text = line:match("^(%d%d%d)[ -](%d%.%d%d?%d?%.%d%d?%d?) ?(.*)$")
    if not code then
      code, text = line:match("^(%d%d%d)[ -]?(.*)$")
    end
    if code then
      fields.dsn_smtp_code = fields.dsn_smtp_code or code
      fields.dsn_smtp_extc = fields.dsn_smtp_extc or extc
      texts[#texts + 1] = text
    else
      texts[#texts + 1] = line
    end
  end
  fields.dsn_smtp_response = table.concat(texts, " ")
  fields.dsn_status = fields.dsn_smtp_extc
  return fields
end
