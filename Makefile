# make run opens crampdiary; make test runs everything CI runs (.ci/run calls it).
# Works on a fresh Debian machine: missing system packages are installed first,
# as root or through sudo.

SHELL := /bin/bash
BIN := crampdiary
BUILD_DEBS := libgl1-mesa-dev xorg-dev
TEST_DEBS := xvfb xauth libgl1-mesa-dri imagemagick dbus-x11 x11-utils poppler-utils xdotool
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DIR := demo-data

.PHONY: deps deps-build deps-test build run test fmt-check vet unit smoke bench screenshot demo clean

deps: deps-build deps-test

# Each package is looked up first, so this costs a second when all is there,
# and apt-get update runs only when something is really missing.
deps-build:
	@$(call install_missing,$(BUILD_DEBS))

deps-test:
	@$(call install_missing,$(TEST_DEBS))

define install_missing
missing=""; \
for p in $(1); do \
	dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
	echo "installing:$$missing"; \
	$(SUDO) apt-get update -qq && \
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
fi
endef

build: deps-build
	go build -o $(BIN) .

run: build
	./$(BIN)

test: deps fmt-check vet unit smoke

fmt-check:
	@bad=$$(gofmt -l .); \
	if [ -n "$$bad" ]; then echo "gofmt needed on:"; echo "$$bad"; exit 1; fi; \
	echo "gofmt: ok"

vet: deps-build
	go vet -tags ci ./...
	go vet -tags 'ci fakeclock' ./app/

# en_US keeps Fyne from logging a locale error in every test binary. -count=1:
# a cached pass must not hide a test that depends on the date. The second run
# covers the fake clock, which only a -tags fakeclock build has.
unit: deps-build
	LANG=en_US.UTF-8 go test -count=1 -tags ci ./...
	LANG=en_US.UTF-8 go test -count=1 -tags 'ci fakeclock' ./app/

smoke: deps
	bash .ci/smoke
	bash .ci/smoke-day

bench: deps-build
	bash .ci/bench
	bash .ci/bench-charts
	bash .ci/bench-tracker

# Regenerates the README picture from a fresh demo diary.
screenshot: deps
	SCREENSHOT_OUT=$(CURDIR)/docs/screenshot-today.png bash .ci/smoke

# Opens the window on a demo diary kept in $(DEMO_DIR), made on first use.
demo: build
	@[ -e $(DEMO_DIR)/crampdiary.db ] || ./$(BIN) --data-dir $(DEMO_DIR) demo --days 120
	./$(BIN) --data-dir $(DEMO_DIR)

clean:
	rm -f $(BIN)
