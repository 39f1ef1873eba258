# casebench — the two commands: `make run` and `make test`. Both do all set-up first.
BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
DEMO_DIR   := $(BUILD_DIR)/demo
DEMO_CACHE := $(DEMO_DIR)/casebench-demo.cache
DEMO_PASS  := $(DEMO_DIR)/passphrase
DEMO_CASES ?= 500
WERROR     := $(if $(CI),ON,OFF)
# Headless runs need a runtime dir of their own; QStandardPaths warns without one.
RUNTIME_DIR := $(abspath $(BUILD_DIR))/runtime

.PHONY: all setup configure build run test bench demo-cache format clean translations

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
	    --passphrase-file $(DEMO_PASS) demo --cases $(DEMO_CASES) --seed 1
	@echo "Demo cache: $(DEMO_CACHE) (passphrase: $$(cat $(DEMO_PASS)))"

run: demo-cache
	$(BUILD_DIR)/app/casebench --cache $(DEMO_CACHE) --passphrase-file $(DEMO_PASS)

test: build
	@mkdir -p $(RUNTIME_DIR) && chmod 700 $(RUNTIME_DIR)
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(RUNTIME_DIR) \
	    ctest --output-on-failure --timeout 1200 -j$$(nproc)

bench: build
	@mkdir -p $(RUNTIME_DIR) && chmod 700 $(RUNTIME_DIR)
	QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(RUNTIME_DIR) $(BUILD_DIR)/bench/bench_cache

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
