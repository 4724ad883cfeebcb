# rasd — the two commands a new user needs are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
CORPUS ?= ../shared/corpus
SECONDS ?= 60
# Debian packages the build needs (C libraries linked by CCurl / CLibXML2 / GRDB).
DEB_PACKAGES := libcurl4-openssl-dev libxml2-dev libsqlite3-dev pkg-config python3
RUN_DIR ?= $(CURDIR)/run
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test conformance eval-extract eval-dedup bench fuzz install clean

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
	$(SWIFT) build -c release

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

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)/etc/rasd/feeds $(DESTDIR)$(PREFIX)/lib/systemd/system
	install -m 0755 $$($(SWIFT) build -c release --show-bin-path)/rasd $(DESTDIR)$(PREFIX)/bin/rasd
	install -m 0644 Config/rasd.toml $(DESTDIR)/etc/rasd/rasd.toml
	install -m 0644 Feeds/*.toml $(DESTDIR)/etc/rasd/feeds/
	install -m 0644 systemd/rasd.service $(DESTDIR)$(PREFIX)/lib/systemd/system/rasd.service

clean:
	rm -rf .build $(RUN_DIR)
