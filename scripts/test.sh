#!/bin/sh
# Runs the busted suite under Lua 5.4 and LuaJIT; after each run prints "NAME: N passed, N failed, N skipped".
status=0
for run in default:lua5.4 jit:luajit; do
    name=${run#*:}
    out=$(mktemp)
    busted --run="${run%%:*}" -o utfTerminal "$@" >"$out" 2>&1
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
