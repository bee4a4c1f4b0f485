#!/bin/sh
# Runs the whole busted suite under Lua 5.4 inside valgrind's memcheck, with the core built by
# `make` (build/5.4/bounce/core.so). Any invalid access or definite leak fails the run (busted
# closes the Lua state on exit, so every object's __gc has run by then). Only busted's own process
# is checked: nginx, redis, exim and the CLI runs some specs start are not traced (they would be
# checked for their own allocations, and exim is setuid); the unit specs drive the same core
# in-process. Prints "valgrind: N passed, N failed, N skipped".
set -e
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT INT TERM

# --ignore-lua: busted would otherwise start itself again through the shell, outside valgrind.
set +e
valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    lua5.4 "$(command -v busted)" --ignore-lua --run=default -o utfTerminal >"$out" 2>&1
rc=$?
set -e
cat "$out"

sh scripts/busted-summary.sh valgrind "$out" "$rc" '^==[0-9]+== '
