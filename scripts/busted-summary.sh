#!/bin/sh
# usage: busted-summary.sh NAME OUTPUT-FILE EXIT-STATUS [REPORT-PATTERN]
# Turns busted's closing line ("N successes / N failures / N errors / N pending") in OUTPUT-FILE
# into the line CI reads, "NAME: N passed, N failed, N skipped"; exits non-zero when busted
# failed or did not finish, or when a line of OUTPUT-FILE matches REPORT-PATTERN (an extended
# regular expression for a sanitizer's or valgrind's report).
name=$1 out=$2 rc=$3 report=$4
if [ -n "$report" ] && grep -qE "$report" "$out"; then
    echo "$name: report above"
    rc=1
fi
summary=$(grep -E '^[0-9]+ success' "$out" | tail -1)
ok=$(echo "$summary" | sed -nE 's/^([0-9]+) success.*/\1/p')
failed=$(echo "$summary" | sed -nE 's/.* ([0-9]+) failures? .*/\1/p')
errors=$(echo "$summary" | sed -nE 's/.* ([0-9]+) errors? .*/\1/p')
pending=$(echo "$summary" | sed -nE 's/.* ([0-9]+) pending.*/\1/p')
if [ -z "$ok" ]; then
    echo "$name: 0 passed, 1 failed (busted did not finish)"
    exit 1
fi
echo "$name: $ok passed, $((failed + errors)) failed, ${pending:-0} skipped"
[ "$rc" -eq 0 ]
