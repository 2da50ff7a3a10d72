# make run opens crampdiary; make test runs everything CI runs (.ci/run calls it).
# Works on a fresh Debian machine: missing system packages are installed first,
# as root or through sudo.

SHELL := /bin/bash
BIN := crampdiary
BUILD_DEBS := libgl1-mesa-dev xorg-dev
TEST_DEBS := xvfb xauth libgl1-mesa-dri imagemagick dbus-x11 x11-utils poppler-utils xdotool \
	desktop-file-utils appstream
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DIR := demo-data
APP_ID := io.github.crampdiary
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)

# make install follows the GNU conventions: PREFIX, and DESTDIR for staging.
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR := $(DESTDIR)$(PREFIX)/bin
DATADIR := $(DESTDIR)$(PREFIX)/share
ICON_SIZES := 16 24 32 48 64 128 256 512

.PHONY: deps deps-build deps-test build run test fmt-check vet unit smoke bench screenshot demo clean \
	install uninstall validate icons

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

test: deps fmt-check vet validate unit smoke

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

# The desktop entry and the AppStream file, as software centres and Flathub read them.
validate: deps-test
	desktop-file-validate packaging/linux/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml

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

# The PNG icons are committed; this redraws them from assets/icon.png.
icons:
	for s in $(ICON_SIZES); do \
		mkdir -p packaging/icons/$${s}x$${s}; \
		convert assets/icon.png -filter Lanczos -resize $${s}x$${s} -strip \
			PNG32:packaging/icons/$${s}x$${s}/$(APP_ID).png; \
	done

# Builds first only when the binary is missing, so sudo make install after make
# build does not need Go in root's PATH.
install:
	@[ -x $(BIN) ] || $(MAKE) build
	install -Dm755 $(BIN) $(BINDIR)/$(BIN)
	install -Dm644 packaging/linux/$(APP_ID).desktop $(DATADIR)/applications/$(APP_ID).desktop
	install -Dm644 packaging/linux/$(APP_ID).metainfo.xml $(DATADIR)/metainfo/$(APP_ID).metainfo.xml
	for s in $(ICON_SIZES); do \
		install -Dm644 packaging/icons/$${s}x$${s}/$(APP_ID).png \
			$(DATADIR)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png; \
	done
	@if [ -z "$(DESTDIR)" ]; then \
		gtk-update-icon-cache -q -t $(DATADIR)/icons/hicolor 2>/dev/null || true; \
		update-desktop-database -q $(DATADIR)/applications 2>/dev/null || true; \
	fi

# Removes exactly what install put there; the diaries in the users' folders stay.
uninstall:
	rm -f $(BINDIR)/$(BIN)
	rm -f $(DATADIR)/applications/$(APP_ID).desktop
	rm -f $(DATADIR)/metainfo/$(APP_ID).metainfo.xml
	for s in $(ICON_SIZES); do rm -f $(DATADIR)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png; done

clean:
	rm -f $(BIN)
