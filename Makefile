# Relance — `make run` starts the app, `make test` runs every test. Both install what is missing first
# (Debian packages, Go modules, npm packages), so they work on a fresh Debian 12 machine.

SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(HOME)/go/bin:$(PATH)
export GOFLAGS := -buildvcs=false
export CGO_ENABLED := 1

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev xvfb xauth x11-utils chromium \
	poppler-utils imagemagick fonts-dejavu-core nsis shellcheck
VERSION := $(shell git describe --tags --always 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
# The OAuth client ids a build carries (README, « Pour l'informaticien »); empty: the owner gives one in the settings.
ifneq ($(RELANCE_MICROSOFT_CLIENT_ID),)
LDFLAGS += -X relance/backend/oauth.MicrosoftClientID=$(RELANCE_MICROSOFT_CLIENT_ID)
endif
ifneq ($(RELANCE_GOOGLE_CLIENT_ID),)
LDFLAGS += -X relance/backend/oauth.GoogleClientID=$(RELANCE_GOOGLE_CLIENT_ID) -X relance/backend/oauth.GoogleClientSecret=$(RELANCE_GOOGLE_CLIENT_SECRET)
endif
GO_PACKAGES = $$(go list ./... | grep -v node_modules)
BIN := build/bin/relance
DEV_BIN := build/bin/relance-dev
# The command line alone (app/cli/relance-cli): no cgo, so none of the window's libraries to load in each command.
CLI_BIN := build/bin/relance-cli
STAMP := build/.stamps

.PHONY: run test deps deps-apt deps-go deps-npm frontend build build-dev vet test-go test-frontend test-e2e \
	test-smoke test-dist test-workflows dist-windows bench bindings clean tree-snapshot check-clean

# Without a screen ($$DISPLAY and $$WAYLAND_DISPLAY empty) the window opens on a virtual display (Xvfb, from :99 up):
# e2e/headless.sh says which one once the window is there, and Ctrl+C stops both.
run: deps build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then ./$(BIN); else ./e2e/headless.sh ./$(BIN); fi

# check-clean runs last: the tree must be as tree-snapshot found it (nothing tracked rewritten, no stray files).
test: tree-snapshot deps vet test-workflows test-go test-frontend test-e2e test-smoke test-dist check-clean
	@echo "make test : tout est passé."

# What `git status` says before the tests (local edits are the developer's: only what make test changes counts).
TREE_STATE = { git status --porcelain=v1 --untracked-files=all; git diff HEAD --binary | sha256sum; }
tree-snapshot:
	@mkdir -p $(STAMP)
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then $(TREE_STATE) > $(STAMP)/tree-before; else rm -f $(STAMP)/tree-before; fi

# Fails when make test modified tracked files or left untracked ones (only inside a git work tree).
check-clean:
	@if [ -f $(STAMP)/tree-before ] && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
		$(TREE_STATE) > $(STAMP)/tree-after; \
		if ! cmp -s $(STAMP)/tree-before $(STAMP)/tree-after; then \
			echo "make test a modifié l'arbre de travail (fichiers suivis réécrits ou fichiers générés non ignorés) :"; \
			changed=$$(diff $(STAMP)/tree-before $(STAMP)/tree-after | grep '^[<>] ' | grep -v '  -$$' || true); \
			if [ -n "$$changed" ]; then echo "$$changed"; else echo "  le contenu de fichiers déjà modifiés avant make test a changé (git diff)"; fi; \
			exit 1; \
		fi; \
	fi

deps: deps-apt deps-go deps-npm

# Debian packages: installed only when one is missing.
deps-apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installation des paquets Debian : $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@command -v node >/dev/null && node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || { \
		echo "Node.js 20 ou plus est requis (installé : $$(node --version 2>/dev/null || echo aucun))"; exit 1; }

deps-go:
	@go mod download

# npm ci from the committed lock, only when the lock changed since the last install. (rollup is pinned by an
# override in frontend/package.json: the registry here lacks some platforms' builds of its newest release, which
# would leave them out of the lock and make `npm ci` refuse it.)
deps-npm: frontend/node_modules/.installed e2e/node_modules/.installed
frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@touch $@
e2e/node_modules/.installed: e2e/package.json e2e/package-lock.json
	cd e2e && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

frontend: deps-npm
	cd frontend && npm run build --silent

# Regenerate frontend/wailsjs (committed) after changing a bound Go struct.
bindings:
	go tool wails generate module

build: frontend
	go build -tags production,webkit2_41 -ldflags "$(LDFLAGS)" -o $(BIN) .
	CGO_ENABLED=0 go build -ldflags "$(LDFLAGS)" -o $(CLI_BIN) ./app/cli/relance-cli

build-dev: frontend
	go build -tags dev,webkit2_41 -ldflags "$(LDFLAGS)" -o $(DEV_BIN) .

vet:
	go vet $(GO_PACKAGES)
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v node_modules)); if [ -n "$$out" ]; then echo "gofmt à appliquer : $$out"; exit 1; fi

test-go:
	go test -count=1 $(GO_PACKAGES)

test-frontend: deps-npm
	cd frontend && npm run typecheck --silent && npm test --silent

# The real UI in headless Chromium, talking to the real Go backend over the Wails dev server.
test-e2e: build-dev
	go build -o build/bin/imapd ./e2e/imapd
	go build -o build/bin/oauthd ./e2e/oauthd
	cd e2e && node --test --test-concurrency=1 *.test.mjs

# The production binary in a real window under Xvfb, with demo data, and a screenshot of it.
test-smoke: build
	./e2e/smoke.sh $(BIN) build/bin/screenshot.png

# Windows: the .exe, the console command line relance-cli.exe and the NSIS installer that installs both
# (build/bin/Relance-amd64-installer.exe), cross-built from Linux. The
# macOS bundle needs a Mac: go tool wails build -platform darwin/universal (see README).
# wails build rewrites frontend/wailsjs (the runtime's files, with other modes): it is put back as it was, and the
# installer's temporary files go, whether the build passed or not.
dist-windows: frontend
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -ldflags "-s -w $(LDFLAGS)" -o build/bin/relance-cli.exe ./app/cli/relance-cli
	@keep=$$(mktemp -d); cp -a frontend/wailsjs "$$keep/"; status=0; \
	go tool wails build -platform windows/amd64 -nsis -skipbindings -s -ldflags "$(LDFLAGS)" -o relance.exe || status=$$?; \
	rm -rf frontend/wailsjs && cp -a "$$keep/wailsjs" frontend/wailsjs; rm -rf "$$keep" build/windows/installer/tmp; \
	exit $$status

# The packaged files are what they claim: valid PE executables, a well-formed Info.plist.
test-dist: dist-windows
	go run ./e2e/checkdist build/bin/relance.exe build/bin/relance-cli.exe build/bin/Relance-amd64-installer.exe build/darwin/Info.plist build/darwin/Info.dev.plist

# The GitHub Actions workflows (.github/workflows: the release builds) checked by actionlint, pinned (the Go proxy
# serves it); actionlint also runs shellcheck on each step's script.
ACTIONLINT := github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
test-workflows:
	go run $(ACTIONLINT) .github/workflows/*.yml

# Every benchmark on generated data (5 000 clients, 100 000 invoices…); the table of BENCHMARKS.md between its
# bench markers is rewritten from the run, each figure beside its target. e2e/procbench builds the binary and times
# whole commands as processes; its SQLite yardstick needs the sqlite3 command (apt install sqlite3), else skipped.
# Last, the start-up in the real window on 100 000 invoices (e2e/startup.test.mjs), between BENCHMARKS.md's startup
# markers.
bench:
	@mkdir -p build
	go test -run='^$$' -bench=. -benchmem -benchtime=1s $(GO_PACKAGES) | tee build/bench.txt
	go run ./e2e/benchreport build/bench.txt BENCHMARKS.md
	$(MAKE) build-dev
	cd e2e && RELANCE_STARTUP_INVOICES=100000 RELANCE_STARTUP_BENCH=BENCHMARKS.md node --test startup.test.mjs

clean:
	rm -rf build/bin $(STAMP) frontend/dist/assets frontend/dist/index.html
