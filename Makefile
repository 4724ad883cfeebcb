# rasd — the two commands a new user needs are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
CORPUS ?= ../shared/corpus
SECONDS ?= 60
# The release build links the Swift runtime and Foundation statically: 5 MB less resident memory
# per process (no relocated shared-library pages) and no /opt/swift/... path needed at run time.
# lld (shipped with the Swift toolchain) packs the 92,000 relative relocations of a static-PIE
# binary into a 20 KB DT_RELR table (glibc >= 2.36): 2 MB of relocation records are not read
# into memory at every start.
RELEASE_FLAGS ?= --static-swift-stdlib -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs
# Debian packages the build needs (C libraries linked by CCurl / CLibXML2 / GRDB).
DEB_PACKAGES := libcurl4-openssl-dev libxml2-dev libsqlite3-dev pkg-config python3 python3-jsonschema
RUN_DIR ?= $(CURDIR)/run
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test conformance eval-extract eval-buckets eval-dedup bench fuzz install unit-check clean

all: build

## deps: install the Debian packages that are missing (nothing if all are there)
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS)

## run: build and run the daemon in the foreground on the shipped config
run: release
	@mkdir -p $(RUN_DIR)
	@echo "rasd: state and outbox under $(RUN_DIR)"
	$$($(SWIFT) build -c release --show-bin-path)/rasd run --config Config/rasd.toml --feeds Feeds \
	  --state-dir $(RUN_DIR)/state --outbox $(RUN_DIR)/outbox

## test: the whole test suite
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## conformance: the feedparser corpus through `rasd parse --json` (CORPUS=path to corpus/)
conformance: release
	python3 scripts/conformance.py --rasd $$($(SWIFT) build -c release --show-bin-path)/rasd \
	  --corpus $(CORPUS)/feedparser-tests

## eval-extract: score `rasd extract` against the labelled articles (CORPUS=path to corpus/)
eval-extract: release
	python3 scripts/eval_extract.py --rasd $$($(SWIFT) build -c release --show-bin-path)/rasd \
	  --corpus $(CORPUS)

## eval-buckets: how many ordinary-news stories (MANIFEST keyword buckets) yield an incident
eval-buckets: release
	python3 scripts/eval_buckets.py --rasd $$($(SWIFT) build -c release --show-bin-path)/rasd \
	  --corpus $(CORPUS)

## eval-dedup: story and incident dedup precision/recall on the multi-outlet clusters
eval-dedup: release
	python3 scripts/eval_dedup.py --rasd $$($(SWIFT) build -c release --show-bin-path)/rasd \
	  --corpus $(CORPUS)

## bench: every benchmark; results in Benchmarks/RESULTS.md
bench: release
	bash Benchmarks/run.sh $$($(SWIFT) build -c release --show-bin-path)/rasd $(CORPUS)

## fuzz: build the libFuzzer targets (ASan) and run each for SECONDS (default 60); see Fuzz/RESULTS.md
fuzz: deps
	@mkdir -p .build-fuzz
	FUZZ_LOG=$(CURDIR)/.build-fuzz/history.log bash Fuzz/run.sh $(SECONDS)

## install: binary (+ its resource bundle: gazetteer), unit, default config and feed lists, schema.
## PREFIX=/usr/local DESTDIR= ; an existing /etc/rasd/rasd.toml or feed list is never overwritten.
install: release
	@bin=$$($(SWIFT) build -c release --show-bin-path); set -e; \
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)/etc/rasd/feeds $(DESTDIR)$(PREFIX)/lib/systemd/system \
	  $(DESTDIR)$(PREFIX)/share/rasd $(DESTDIR)$(PREFIX)/share/doc/rasd; \
	install -m 0755 $$bin/rasd $(DESTDIR)$(PREFIX)/bin/rasd; \
	for b in $$bin/*.resources; do [ -d "$$b" ] || continue; \
	  rm -rf $(DESTDIR)$(PREFIX)/bin/$$(basename $$b); cp -R $$b $(DESTDIR)$(PREFIX)/bin/; \
	  chmod -R u=rwX,go=rX $(DESTDIR)$(PREFIX)/bin/$$(basename $$b); done; \
	if [ -f Config/rasd.toml ] && [ ! -e $(DESTDIR)/etc/rasd/rasd.toml ]; then \
	  sed -e 's|^state_dir *=.*|state_dir = "/var/lib/rasd"|' -e 's|^outbox_dir *=.*|outbox_dir = "/var/lib/rasd/outbox"|' \
	      -e 's|^feeds *=.*|feeds = ["/etc/rasd/feeds"]|' Config/rasd.toml > $(DESTDIR)/etc/rasd/rasd.toml; \
	  chmod 0644 $(DESTDIR)/etc/rasd/rasd.toml; fi; \
	for f in Feeds/*.toml Feeds/*.opml; do [ -f "$$f" ] || continue; \
	  [ -e $(DESTDIR)/etc/rasd/feeds/$$(basename $$f) ] || install -m 0644 $$f $(DESTDIR)/etc/rasd/feeds/; done; \
	sed 's|/usr/local/bin/rasd|$(PREFIX)/bin/rasd|; s|/usr/local/share/doc|$(PREFIX)/share/doc|' systemd/rasd.service \
	  > $(DESTDIR)$(PREFIX)/lib/systemd/system/rasd.service; \
	chmod 0644 $(DESTDIR)$(PREFIX)/lib/systemd/system/rasd.service; \
	install -m 0644 schema/rasd.incident-1.schema.json $(DESTDIR)$(PREFIX)/share/rasd/; \
	install -m 0644 README.md $(DESTDIR)$(PREFIX)/share/doc/rasd/; \
	echo "installed under $(DESTDIR)$(PREFIX) and $(DESTDIR)/etc/rasd; next: systemctl daemon-reload && systemctl enable --now rasd"

## unit-check: systemd-analyze verify + security score of systemd/rasd.service (goal ≤ 2.0)
unit-check: build
	bash systemd/verify.sh $$($(SWIFT) build --show-bin-path)/rasd

clean:
	rm -rf .build $(RUN_DIR)
