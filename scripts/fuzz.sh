#!/bin/sh
# Builds the libFuzzer harnesses in fuzz/ with clang (ASan + UBSan) into build/fuzz/ and runs each
# for SECONDS, all at once, on a seed corpus made from the shared corpus (replies and bounce emails)
# in a temporary directory. Prints "fuzz NAME: N execs, N crashes" per harness; a crash, timeout or
# out-of-memory input is kept in build/fuzz/artifacts/ and makes the script exit non-zero.
set -e
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS}
shared=${BOUNCE_SHARED:-../shared}
out=build/fuzz
CLANG=${CLANG:-$(command -v clang-14 || command -v clang)}
CFLAGS="-g -O1 -std=c99 -Wall -Wextra -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc"
mkdir -p "$out/artifacts"

harnesses="reply matcher message"
sources() {
    case $1 in
        reply) echo src/reply.c src/fold.c src/words.c ;;
        matcher) echo src/matcher.c src/reply.c src/fold.c ;;
        message) echo src/charset.c src/message.c src/mime.c src/report.c src/scan.c src/services.c src/textbounce.c src/reply.c src/fold.c ;;
    esac
}
# The matcher's loops compare integers on every step: tracing those comparisons would cost most of
# its time and guide nothing, since phrases and text both come from the input. Its full rows get a
# 4 KiB budget, so that phrases of a few words already reach the states without a row.
extra_flags() {
    case $1 in
        matcher) echo -fno-sanitize-coverage=trace-cmp -DDENSE_BUDGET=4096 ;;
    esac
}

# Build (in parallel) only what is older than its sources.
for h in $harnesses; do
    bin=$out/${h}_fuzz
    stale=0
    [ -x "$bin" ] || stale=1
    # shellcheck disable=SC2046
    if [ -n "$(find "fuzz/${h}_fuzz.c" $(sources "$h") src/*.h scripts/fuzz.sh -newer "$bin" 2>/dev/null)" ]; then
        stale=1
    fi
    if [ $stale -eq 1 ]; then
        rm -f "$bin"
        # shellcheck disable=SC2046,SC2086
        $CLANG $CFLAGS $(extra_flags "$h") "fuzz/${h}_fuzz.c" $(sources "$h") -o "$bin" &
    fi
done
wait
for h in $harnesses; do [ -x "$out/${h}_fuzz" ] || { echo "fuzz $h: build failed" >&2; exit 1; }; done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
for h in $harnesses; do mkdir -p "$tmp/$h"; done

# Seeds: every reply text of the corpus for the reply parser; for the matcher, phrases taken from
# each reply (one word, two and three words) followed by the reply, the first of them in padding
# mode (see fuzz/matcher_fuzz.c: phrases over all 256 byte values, which once overflowed the
# matcher's class table); every email for the message scanner.
if [ -d "$shared/corpus" ]; then
    cp "$shared"/corpus/emails/*.eml "$tmp/message/" 2>/dev/null || true
    lua5.4 - "$shared/corpus" "$tmp" <<'EOF'
local cjson = require "cjson"
local corpus, tmp = arg[1], arg[2]
local n = 0
local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end
for _, file in ipairs { "provider-replies.jsonl", "sisimai-replies.jsonl" } do
  for line in io.lines(corpus .. "/" .. file) do
    local ok, row = pcall(cjson.decode, line)
    if ok and type(row) == "table" and type(row.reply) == "string" and row.reply ~= "" then
      n = n + 1
      write(("%s/reply/%04d"):format(tmp, n), row.reply)
      local words = {}
      for w in row.reply:lower():gmatch("%S+") do words[#words + 1] = w end
      local phrases = {}
      if #words >= 2 then phrases[#phrases + 1] = words[2] end
      if #words >= 5 then phrases[#phrases + 1] = words[4] .. " " .. words[5] end
      if #words >= 9 then phrases[#phrases + 1] = table.concat(words, " ", 7, 9) end
      local seed = table.concat(phrases, "\n") .. "\n\n" .. row.reply
      write(("%s/matcher/%04d"):format(tmp, n), n == 1 and "\n" .. seed or seed)
    end
  end
end
EOF
else
    echo "fuzz: no corpus at $shared/corpus: starting from empty corpora" >&2
fi

# Dictionaries: the tokens the parsers branch on.
cat >"$tmp/reply.dict" <<'EOF'
"550 "
"550-"
"421 "
"5.1.1"
"4.7.0"
"#5.1.1"
"smtp; "
"said: "
"\x0d\x0a"
"try again in "
"retry after "
"again later in "
"minutes"
"hours"
EOF
cat >"$tmp/message.dict" <<'EOF'
"\x0d\x0a\x0d\x0a"
"Content-Type: "
"multipart/report; report-type=delivery-status; boundary="
"multipart/mixed; boundary="
"message/delivery-status"
"message/feedback-report"
"message/rfc822"
"text/rfc822-headers"
"Content-Transfer-Encoding: base64"
"Content-Transfer-Encoding: quoted-printable"
"=?UTF-8?B?"
"=?iso-8859-1?Q?"
"=?ISO-2022-JP?B?"
"?="
"; charset=iso-2022-jp"
"; charset=shift_jis"
"; charset=gb2312"
"; charset=x-unknown"
"\x1b$B"
"\x1b(B"
"--"
"Final-Recipient: rfc822; "
"Original-Recipient: "
"Action: failed"
"Status: 5.1.1"
"Diagnostic-Code: smtp; "
"Remote-MTA: dns; "
"Reporting-MTA: dns; "
"Feedback-Type: abuse"
"Auto-Submitted: auto-replied"
"X-Failed-Recipients: "
"Subject: Undelivered Mail Returned to Sender"
"From: MAILER-DAEMON"
EOF

for h in $harnesses; do
    dict=""
    case $h in
        reply) opts="-max_len=4096" dict="-dict=$tmp/reply.dict" ;;
        matcher) opts="-max_len=4096" ;;
        message) opts="-max_len=65536" dict="-dict=$tmp/message.dict" ;;
    esac
    # shellcheck disable=SC2086
    "$out/${h}_fuzz" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 $opts $dict \
        -artifact_prefix="$out/artifacts/$h-" "$tmp/$h" >"$out/$h.log" 2>&1 &
done
wait || true

status=0
for h in $harnesses; do
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$h.log" | tail -1)
    found=$(sed -n "s|.*Test unit written to \($out/artifacts/[^ ]*\).*|\1|p" "$out/$h.log")
    # shellcheck disable=SC2086
    n=$(set -- $found; echo $#)
    if [ -z "$execs" ] && [ "$n" -eq 0 ]; then
        echo "fuzz $h: did not run (see $out/$h.log)"
        status=1
        continue
    fi
    if [ "$n" -eq 0 ]; then
        echo "fuzz $h: ${execs:-0} execs, 0 crashes"
    else
        echo "fuzz $h: ${execs:-0} execs, $n crashes: $found (see $out/$h.log)"
        status=1
    fi
done
exit $status
