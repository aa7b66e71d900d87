# nodec build. `make` builds build/nodec; `make run` and `make test` first install dependencies.
CC       ?= cc
PKGS     := javascriptcoregtk-4.1 libuv
JSC_VER  := $(shell pkg-config --modversion javascriptcoregtk-4.1 2>/dev/null)
BROTLI_VER := $(shell pkg-config --modversion libbrotlienc 2>/dev/null)
ARES_VER := $(shell pkg-config --modversion libcares 2>/dev/null)
NGHTTP2_VER := $(shell pkg-config --modversion libnghttp2 2>/dev/null)
CFLAGS   ?= -O2 -g
override CFLAGS += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Isrc -Ibuild/gen \
            -DNODEC_JSC_VERSION='"$(JSC_VER)"' -DNODEC_BROTLI_VERSION='"$(BROTLI_VER)"' \
            -DNODEC_ARES_VERSION='"$(ARES_VER)"' -DNODEC_NGHTTP2_VERSION='"$(NGHTTP2_VER)"' \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
override LDLIBS += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -lpthread
BUILD    ?= build
SRC      := $(shell find src -name '*.c' -not -path 'src/main.c' -not -path 'src/modules/*')
# Loadable binding modules: src/modules/<name>/*.c -> build/modules/<name>.so, linked with
# MODLIBS_<name> (see src/bindings/bindings.def, M(...) entries).
MODULES  := $(notdir $(wildcard src/modules/*))
MODLIBS_crypto := -lssl -lcrypto
MODLIBS_tls    := -lssl -lcrypto
MODLIBS_zlib   := -lz -ldeflate -lbrotlienc -lbrotlidec -lzstd
MODLIBS_dns    := -lcares
MODLIBS_http2  := -lnghttp2
OBJ      := $(SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/js_sources.o
LIBJS    := $(shell find lib -name '*.js')
CTESTS   := $(wildcard test/c/test_*.c)

.SECONDEXPANSION:
.SECONDARY:
.PHONY: all deps run test asan compat bench fuzz clean
all: $(BUILD)/nodec

deps:
	@bash scripts/deps.sh

$(BUILD)/gen/js_sources.c: $(LIBJS) scripts/embed_js.py
	@python3 scripts/embed_js.py lib $@

$(BUILD)/obj/gen/js_sources.o: $(BUILD)/gen/js_sources.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS) -Isrc -c $< -o $@

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/nodec: $(OBJ) $(BUILD)/obj/src/main.o $(MODULES:%=$(BUILD)/modules/%.so)
	@echo "  LD $@"
	@$(CC) $(CFLAGS) -rdynamic $(OBJ) $(BUILD)/obj/src/main.o -o $@ $(LDFLAGS) $(LDLIBS)

# Modules call back into the binary's exported nodec_* functions (-rdynamic above).
modobjs = $(patsubst %.c,$(BUILD)/pic/%.o,$(wildcard src/modules/$(1)/*.c))
$(BUILD)/modules/%.so: $$(call modobjs,$$*)
	@mkdir -p $(dir $@)
	@echo "  LD $@"
	@$(CC) $(CFLAGS) -shared $^ -o $@ $(LDFLAGS) $(MODLIBS_$*)

$(BUILD)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $< (module)"
	@$(CC) $(CFLAGS) -fPIC -MMD -MP -c $< -o $@

# C unit tests: each test/c/test_*.c is a program linked with every object but main.o.
$(BUILD)/ctest/%: test/c/%.c $(OBJ)
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS) $^ -o $@ $(LDFLAGS) $(LDLIBS)

ctests: $(CTESTS:test/c/%.c=$(BUILD)/ctest/%)

run: deps all
	./$(BUILD)/nodec examples/event-loop-order.js
	./$(BUILD)/nodec examples/file-summary.js README.md

test: deps all ctests
	@python3 test/run.py --nodec $(BUILD)/nodec --ctests $(BUILD)/ctest

# Same tests under AddressSanitizer + UndefinedBehaviorSanitizer, in their own build tree.
asan: deps
	$(MAKE) BUILD=build/asan CC=clang CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	    LDFLAGS="-fsanitize=address,undefined" all ctests
	ASAN_OPTIONS=detect_leaks=0 python3 test/run.py --nodec build/asan/nodec --ctests build/asan/ctest

# Node's own tests, where a checkout of them exists (NODE_TEST_DIR, default /tmp/node_test).
NODE_TEST_DIR ?= /tmp/node_test
compat: all
	python3 scripts/compat.py --nodec $(BUILD)/nodec --root $(NODE_TEST_DIR) $(if $(DISCOVER),--discover $(DISCOVER))

bench: all
	@bash scripts/deps.sh --bench
	bash bench/startup.sh

FUZZ_SECONDS ?= 60
fuzz:
	@mkdir -p $(BUILD)/fuzz
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc fuzz/http_parser_fuzz.c src/http/http_parser.c -o $(BUILD)/fuzz/http_parser_fuzz
	@mkdir -p $(BUILD)/fuzz/corpus
	$(BUILD)/fuzz/http_parser_fuzz -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 $(BUILD)/fuzz/corpus fuzz/corpus

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj $(BUILD)/pic -name '*.d' 2>/dev/null)
