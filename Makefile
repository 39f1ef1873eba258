# casebench — the two commands: `make run` and `make test`. Both do all set-up first.
BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
# The release build: profile-guided and link-time optimised (scripts/release-build.sh);
# `make bench` times it too.
RELEASE_DIR ?= build-release
DEMO_DIR   := $(BUILD_DIR)/demo
DEMO_CACHE := $(DEMO_DIR)/casebench-demo.cache
DEMO_PASS  := $(DEMO_DIR)/passphrase
DEMO_CASES ?= 500
# Days of decided (synthetic) history in the demo cache, so the charts view shows a year.
DEMO_HISTORY_DAYS ?= 365
WERROR     := $(if $(CI),ON,OFF)
# Headless runs need a runtime dir of their own; QStandardPaths warns without one.
RUNTIME_DIR := $(abspath $(BUILD_DIR))/runtime

FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 300
TCK_DIR      := $(abspath ../shared/dmn-tck)

.PHONY: all setup configure build release run test bench demo-cache format clean translations fuzz fuzz-run

all: build

setup:
	@bash scripts/setup-debian.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCASEBENCH_WERROR=$(WERROR)

configure: setup
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCASEBENCH_WERROR=$(WERROR)

build: configure
	cmake --build $(BUILD_DIR)

demo-cache: build
	@mkdir -p $(DEMO_DIR)
	@test -f $(DEMO_PASS) || printf 'demo' > $(DEMO_PASS)
	@test -f $(DEMO_CACHE) || $(BUILD_DIR)/app/casebench --cache $(DEMO_CACHE) \
	    --passphrase-file $(DEMO_PASS) demo --cases $(DEMO_CASES) --seed 1 --history-days $(DEMO_HISTORY_DAYS)
	@echo "Demo cache: $(DEMO_CACHE) (passphrase: $$(cat $(DEMO_PASS)))"

run: demo-cache
	$(BUILD_DIR)/app/casebench --cache $(DEMO_CACHE) --passphrase-file $(DEMO_PASS)

test: build
	@mkdir -p $(RUNTIME_DIR) && chmod 700 $(RUNTIME_DIR)
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(RUNTIME_DIR) \
	    ctest --output-on-failure --timeout 1200 -j$$(nproc)

# Two GCC passes with a training run between them; skipped when the sources are unchanged.
release: setup
	bash scripts/release-build.sh $(RELEASE_DIR) casebench bench_propose

# Ends with issue 4's figure: the command itself over 100 000 files, release build and build/.
bench: build release
	@mkdir -p $(RUNTIME_DIR) && chmod 700 $(RUNTIME_DIR)
	QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(RUNTIME_DIR) $(BUILD_DIR)/bench/bench_cache
	QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(RUNTIME_DIR) $(BUILD_DIR)/bench/bench_propose
	QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(RUNTIME_DIR) $(BUILD_DIR)/bench/bench_automation
	$(BUILD_DIR)/bench/bench_charts --cache $(BUILD_DIR)/bench-charts.cache
	$(BUILD_DIR)/bench/bench_whatif --cache $(BUILD_DIR)/bench-whatif.cache
	bash scripts/bench-propose-command.sh $(RELEASE_DIR) 100000 3
	bash scripts/bench-propose-command.sh $(BUILD_DIR) 100000 3

# libFuzzer targets (clang, ASan + UBSan) for the FEEL parser/evaluator and the DMN reader.
fuzz: setup
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCASEBENCH_FUZZ=ON
	cmake --build $(FUZZ_DIR)

# Runs each fuzz target for FUZZ_SECONDS, seeded with the TCK's models and FEEL snippets.
fuzz-run: fuzz
	bash scripts/fuzz-run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(TCK_DIR)

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(RELEASE_DIR)
