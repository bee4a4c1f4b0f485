#!/bin/sh
# Runs the busted suite under Lua 5.4 on an ASan + UBSan build of the core
# (build/asan/bounce/core.so). The interpreter is not instrumented, so the ASan runtime is
# preloaded, through the dynamic loader's --preload rather than LD_PRELOAD: the variable would
# reach every program the suite starts (exim hangs with it), the option reaches busted's process
# only. Leak checking is off here (valgrind's job, see scripts/valgrind.sh). UBSan also checks
# conversions of floating-point numbers to integer types that cannot hold them (a Lua number
# cast to a C int). Any sanitizer report or failing spec fails the run. Prints "asan: N passed,
# N failed, N skipped". Clang is preferred: its UBSan also reports arithmetic on a null pointer
# (an empty span's missing start plus zero), which GCC's lets pass.
set -e
cd "$(dirname "$0")/.."
CC=${CC:-$(command -v clang-14 || command -v clang || echo gcc)}
so=build/asan/bounce/core.so
mkdir -p "$(dirname "$so")"
case $("$CC" --version) in
    *clang*) libsan=-shared-libsan runtime=$("$CC" -print-file-name=libclang_rt.asan-x86_64.so) ;;
    *) libsan="" runtime=$("$CC" -print-file-name=libasan.so) ;;
esac
# shellcheck disable=SC2046,SC2086
$CC -std=c99 -Wall -Wextra -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined $libsan \
    -fsanitize=float-cast-overflow -fno-sanitize-recover=all -fPIC -shared $(pkg-config --cflags lua5.4) src/*.c -o "$so"

out=$(mktemp)
trap 'rm -f "$out"' EXIT INT TERM
lua=$(command -v lua5.4)
ldso=$(ldd "$lua" | awk '/ld-linux/ { print $1 }')

# --ignore-lua: busted would otherwise start itself again through the shell, without the runtime.
set +e
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$ldso" --preload "$runtime" "$lua" "$(command -v busted)" --ignore-lua \
    --run=default --cpath='build/asan/?.so' -o utfTerminal >"$out" 2>&1
rc=$?
set -e
cat "$out"

sh scripts/busted-summary.sh asan "$out" "$rc" 'ERROR: AddressSanitizer|runtime error:'
