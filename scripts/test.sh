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
    sh scripts/busted-summary.sh "$name" "$out" "$rc" || status=1
    rm -f "$out"
done
exit $status
