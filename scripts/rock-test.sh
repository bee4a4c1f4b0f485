#!/bin/sh
# Installs the rock offline into temporary trees (luarocks-5.4 for Lua 5.4, luarocks-5.1 for
# LuaJIT), then runs `require "bounce"` and bin/bounce from there, outside the source tree.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
spec=$(ls "$root"/rockspec/bounce-*.rockspec)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check() { # tree lua-version interpreter
    tree=$1 v=$2 lua=$3
    cd "$work"
    out=$(ROCK_TREE="$tree" LUA_PATH="$tree/share/lua/$v/?.lua;$tree/share/lua/$v/?/init.lua;;" \
        LUA_CPATH="$tree/lib/lua/$v/?.so;;" "$lua" -e '
            local b = require "bounce"
            local r = b.classify("552 5.2.2 <a@example.com>: mailbox full")
            assert(r.category == "mailbox_full", r.category)
            local core = package.searchpath("bounce.core", package.cpath)
            assert(core:sub(1, #os.getenv("ROCK_TREE")) == os.getenv("ROCK_TREE"), core)
            io.write(r.rule)')
    echo "rock ($lua): require \"bounce\" -> $out"
    "$tree/bin/bounce" classify --json "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown" |
        grep -q '"category":"recipient_unknown"'
    echo "rock ($lua): bin/bounce classify works"
    cd "$root"
}
# `luarocks make` builds in the directory it runs in: build from a copy, so no core.so is left
# beside the sources for a later `require` to pick up.
mkdir "$work/src"
cp -R "$root/src" "$root/lua" "$root/rules" "$root/bin" "$root/rockspec" "$work/src/"
spec="$work/src/rockspec/$(basename "$spec")"
cd "$work/src"
LUAROCKS_CONFIG="$root/rockspec/luarocks-config.lua" luarocks-5.4 make --tree="$work/5.4" "$spec" >/dev/null 2>&1
check "$work/5.4" 5.4 lua5.4
cd "$work/src"
LUAROCKS_CONFIG="$root/rockspec/luarocks-luajit.lua" luarocks-5.1 make --tree="$work/jit" "$spec" >/dev/null 2>&1
check "$work/jit" 5.1 luajit
