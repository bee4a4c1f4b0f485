#!/bin/sh
# Runs the busted suite once per ABI given (5.1 5.2 5.3 5.4 jit); after each run prints
# "INTERPRETER: N passed, N failed, N skipped". Exits non-zero when any run fails.
status=0
for abi in "$@"; do
    case $abi in
        5.4) run=default name=lua5.4 ;;
        jit) run=jit name=luajit ;;
        *) run=lua$(echo "$abi" | tr -d .) name=lua$abi ;;
    esac
    out=$(mktemp)
    busted --run="$run" -o utfTerminal >"$out" 2>&1
    rc=$?
    cat "$out"
    summary=$(grep -E '^[0-9]+ success' "$out" | tail -1)
    rm -f "$out"
    ok=$(echo "$summary" | sed -nE 's/^([0-9]+) success.*/\1/p')
    failed=$(echo "$summary" | sed -nE 's/.* ([0-9]+) failures? .*/\1/p')
    errors=$(echo "$summary" | sed -nE 's/.* ([0-9]+) errors? .*/\1/p')
    pending=$(echo "$summary" | sed -nE 's/.* ([0-9]+) pending.*/\1/p')
    if [ -z "$ok" ]; then
        echo "$name: 0 passed, 1 failed (busted did not finish)"
        status=1
        continue
    fi
    echo "$name: $ok passed, $((failed + errors)) failed, ${pending:-0} skipped"
    [ "$rc" -ne 0 ] && status=1
done
exit $status
