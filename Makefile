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

# Tools the Makefile installs itself, at pinned versions, into ./.bin.
TOOLS := $(CURDIR)/.bin
FYNE_TOOLS_VERSION := v1.7.4
STATICCHECK_VERSION := v0.8.2
COVER_LOG := $(TOOLS)/cover.log
DIST := dist
DEB_ARCH = $(shell dpkg --print-architecture)
DEB = $(DIST)/$(BIN)_$(VERSION)_$(DEB_ARCH).deb
DEB_DEBS := dpkg-dev
WINDOWS_DEBS := gcc-mingw-w64-x86-64

.PHONY: deps deps-build deps-test build run test fmt-check vet unit smoke bench screenshot demo clean \
	install uninstall validate icons dist deb fyne-package windows deps-deb deps-windows deb-check \
	race coverage staticcheck vendor-archive

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

test: deps fmt-check vet staticcheck validate unit race smoke deb-check coverage

fmt-check:
	@bad=$$(gofmt -l .); \
	if [ -n "$$bad" ]; then echo "gofmt needed on:"; echo "$$bad"; exit 1; fi; \
	echo "gofmt: ok"

vet: deps-build
	go vet -tags ci ./...
	go vet -tags 'ci fakeclock' ./app/...

# en_US keeps Fyne from logging a locale error in every test binary. -count=1:
# a cached pass must not hide a test that depends on the date. The second run
# covers the fake clock, which only a -tags fakeclock build has.
unit: deps-build
	@mkdir -p $(TOOLS)
	set -o pipefail; LANG=en_US.UTF-8 go test -count=1 -tags ci -cover ./... | tee $(COVER_LOG)
	LANG=en_US.UTF-8 go test -count=1 -tags 'ci fakeclock' ./app/...

# The desktop entry and the AppStream file, as software centres and Flathub read them.
validate: deps-test
	desktop-file-validate packaging/linux/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml

# The race detector on the packages that start goroutines.
race: deps-build
	LANG=en_US.UTF-8 go test -count=1 -race -tags ci ./app/... ./charts/... ./ui/...

# Printed at the end of make test; fails when model or charts fall under 70%.
coverage:
	@[ -s $(COVER_LOG) ] || { echo "no $(COVER_LOG): run make unit first"; exit 1; }
	bash .ci/coverage-floor $(COVER_LOG)

staticcheck: deps-build
	@[ -x $(TOOLS)/staticcheck ] && $(TOOLS)/staticcheck -version | grep -q '$(STATICCHECK_VERSION:v%=%)' || \
		GOBIN=$(TOOLS) go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(TOOLS)/staticcheck -tags ci ./...
	$(TOOLS)/staticcheck -tags 'ci fakeclock' ./app/...

smoke: deps
	bash .ci/smoke
	bash .ci/smoke-day

# Installs the .deb on this machine, opens the installed app, removes it.
deb-check: deb deps-test
	bash .ci/deb-check

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

# The PNG icons are committed; this redraws them from assets/icon.png. The SVG
# (packaging/icons/scalable) is written by hand from the same drawing.
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
	install -Dm644 packaging/icons/scalable/$(APP_ID).svg $(DATADIR)/icons/hicolor/scalable/apps/$(APP_ID).svg
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
	rm -f $(DATADIR)/icons/hicolor/scalable/apps/$(APP_ID).svg

# Everything a release ships, in ./dist: the .deb, fyne's Linux tarball and
# the Windows program.
dist: deb fyne-package windows
	@ls -l $(DIST)/*.deb $(DIST)/*.tar.xz $(DIST)/*.exe

# The .deb needs only dpkg-deb; mingw-w64 is large, so only the Windows build
# (not make test) installs it.
deps-deb:
	@$(call install_missing,$(DEB_DEBS))

deps-windows:
	@$(call install_missing,$(WINDOWS_DEBS))

# The Debian package is the make install tree under /usr plus a control file;
# the desktop and icon caches are refreshed by dpkg's triggers, so it needs no
# maintainer scripts.
deb: deps-build deps-deb
	rm -rf $(DIST)/deb-root && mkdir -p $(DIST)
	go build -ldflags '-s -w' -o $(BIN) .
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/$(DIST)/deb-root PREFIX=/usr
	mkdir -p $(DIST)/deb-root/DEBIAN
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@ARCH@/$(DEB_ARCH)/' \
		-e "s/@SIZE@/$$(du -sk --exclude=DEBIAN $(DIST)/deb-root | cut -f1)/" \
		packaging/deb/control.in >$(DIST)/deb-root/DEBIAN/control
	dpkg-deb --root-owner-group -Zxz --build $(DIST)/deb-root $(DEB)
	rm -rf $(DIST)/deb-root

# fyne package's own Linux tarball (a Makefile that installs under /usr/local).
# fyne package rewrites FyneApp.toml (it counts builds up); the file is put back.
fyne-package: deps-build
	GOBIN=$(TOOLS) go install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)
	mkdir -p $(DIST)
	cp FyneApp.toml $(DIST)/FyneApp.toml.keep
	$(TOOLS)/fyne package --os linux --release; rc=$$?; \
		mv $(DIST)/FyneApp.toml.keep FyneApp.toml; exit $$rc
	mv $(BIN).tar.xz $(DIST)/$(BIN)_$(VERSION)_linux.tar.xz

# The Windows program, cross-compiled with cgo through mingw-w64. It is built
# as a GUI program, so no console window opens beside it.
windows: deps-windows
	mkdir -p $(DIST)
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		go build -trimpath -ldflags '-s -w -H=windowsgui' -o $(DIST)/$(BIN).exe .

# The Go modules as the Flatpak manifest needs them (Flathub builds offline):
# go mod vendor's tree, packed to unpack as vendor/.
vendor-archive:
	mkdir -p $(DIST)
	rm -rf $(DIST)/vendor && go mod vendor -o $(DIST)/vendor
	tar -C $(DIST)/vendor --sort=name --mtime=@0 --owner=0 --group=0 -cJf \
		$(DIST)/$(BIN)-$(VERSION)-vendor.tar.xz .
	rm -rf $(DIST)/vendor
	sha256sum $(DIST)/$(BIN)-$(VERSION)-vendor.tar.xz

clean:
	rm -f $(BIN)
	rm -rf $(DIST)
