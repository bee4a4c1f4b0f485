# bounce: C core for every Lua (5.1-5.4 and LuaJIT) from one source, the busted suite, benchmarks.
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -std=c99 -Wall -Wextra -Wpedantic -Wshadow
SRC = $(wildcard src/*.c)
HDR = $(wildcard src/*.h)
# ABI -> pkg-config name; LuaJIT uses the 5.1 ABI but has its own headers.
PC_5.1 = lua5.1
PC_5.2 = lua5.2
PC_5.3 = lua5.3
PC_5.4 = lua5.4
PC_jit = luajit
ABIS = 5.4 jit
ALL_ABIS = 5.1 5.2 5.3 5.4 jit

.PHONY: all all-lua deps test test-all-lua rock-test lint bench bench-compare accuracy demo fuzz fuzz-smoke sanitize valgrind clean

all: $(foreach a,$(ABIS),build/$(a)/bounce/core.so)

all-lua: $(foreach a,$(ALL_ABIS),build/$(a)/bounce/core.so)

build/%/bounce/core.so: $(SRC) $(HDR)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -fPIC -shared $(shell pkg-config --cflags $(PC_$*)) $(SRC) -o $@

# Installs the Debian packages the build and the tests need, where they are missing.
deps:
	@sh scripts/deps.sh

lint:
	luacheck -q lua bin/bounce rules spec bench

# The suite under Lua 5.4 and LuaJIT.
test: deps all lint
	@sh scripts/test.sh $(ABIS)

# The suite under every Lua Debian ships.
test-all-lua: deps all-lua lint
	@sh scripts/test.sh $(ALL_ABIS)

# Installs the rock offline into temporary trees (Lua 5.4 and LuaJIT) and runs it from there.
rock-test: deps
	@sh scripts/rock-test.sh

# libFuzzer harnesses (fuzz/) for the reply parser, the matcher and the MIME/DSN scanner, each
# for FUZZ_SECONDS; fuzz-smoke is CI's short run.
FUZZ_SECONDS ?= 300
fuzz: deps
	@sh scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke: deps
	@sh scripts/fuzz.sh 15

# The busted suite on an ASan+UBSan build, and under valgrind.
sanitize: deps all
	@sh scripts/sanitize.sh

valgrind: deps all
	@sh scripts/valgrind.sh

bench: deps all
	lua5.4 bench/classify.lua
	luajit bench/classify.lua
	lua5.4 bench/dsn.lua
	luajit bench/dsn.lua

accuracy: deps all
	lua5.4 bench/accuracy.lua

# classify() per second in a checkout of BASE beside the work tree, run in turn; with
# COUNT=instructions, the instructions valgrind counts for the same work on each side.
bench-compare: deps all
	lua5.4 bench/compare.lua $(BASE) $(COUNT)

# The main job on the examples shipped in the project.
demo: deps all
	lua5.4 bin/bounce classify < examples/replies.txt

clean:
	rm -rf build
