# bounce: C core for Lua 5.4 and LuaJIT (5.1 ABI) from one source, the busted suite, benchmarks.
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -std=c99 -Wall -Wextra -Wpedantic -Wshadow
LUA54_CFLAGS = $(shell pkg-config --cflags lua5.4)
JIT_CFLAGS = $(shell pkg-config --cflags luajit)
SRC = $(wildcard src/*.c)
HDR = $(wildcard src/*.h)

.PHONY: all deps test check lint bench accuracy clean

all: build/5.4/bounce/core.so build/jit/bounce/core.so

build/5.4/bounce/core.so: $(SRC) $(HDR)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -fPIC -shared $(LUA54_CFLAGS) $(SRC) -o $@

build/jit/bounce/core.so: $(SRC) $(HDR)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -fPIC -shared $(JIT_CFLAGS) $(SRC) -o $@

# Installs the Debian packages the build and the tests need, where they are missing.
deps:
	@sh scripts/deps.sh

lint:
	luacheck -q lua bin/bounce rules spec bench

test: deps all lint
	@sh scripts/test.sh

bench: deps all
	lua5.4 bench/classify.lua
	luajit bench/classify.lua

accuracy: deps all
	lua5.4 bench/accuracy.lua

clean:
	rm -rf build
