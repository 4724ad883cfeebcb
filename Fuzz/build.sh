#!/usr/bin/env bash
# Builds the libFuzzer targets without SwiftPM: RasdCore and RasdFeeds are compiled straight from
# Sources/ (whole-module, -O, libFuzzer coverage + AddressSanitizer) into objects, then each
# harness in Fuzz/Harness/ is linked against them into .build-fuzz/fuzz-<target>.
# Usage: Fuzz/build.sh [target…]   (default: every harness). Needs libxml2-dev (`make deps`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FUZZ_BUILD_DIR:-$ROOT/.build-fuzz}
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$OUT"
cd "$ROOT"

XML_CFLAGS=$(pkg-config --cflags libxml-2.0)
XCC=()
for f in $XML_CFLAGS; do XCC+=(-Xcc "$f"); done
FLAGS=(-sanitize=fuzzer,address -O -g -swift-version 6 -parse-as-library -I "$OUT" -I Sources/CLibXML2 "${XCC[@]}")

# Rebuilds a module object only when one of its sources is newer than it.
stale() { local obj=$1; shift; [ ! -f "$obj" ] || [ -n "$(find "$@" -newer "$obj" -name '*.swift' | head -1)" ]; }

module() {
  local name=$1; shift
  if stale "$OUT/$name.o" "$@"; then
    echo "fuzz build: $name"
    mapfile -t files < <(find "$@" -name '*.swift' | sort)
    "$SWIFTC" "${FLAGS[@]}" -wmo -module-name "$name" -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
      -c "${files[@]}" -o "$OUT/$name.o"
  fi
}

module RasdCore Sources/RasdCore Fuzz/Support
module RasdFeeds Sources/RasdFeeds

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(feedparser htmltext feeddate extractor)
for t in "${targets[@]}"; do
  case $t in
    feedparser) src=Fuzz/Harness/FeedParserFuzz.swift ;;
    htmltext) src=Fuzz/Harness/HTMLTextFuzz.swift ;;
    feeddate) src=Fuzz/Harness/FeedDateFuzz.swift ;;
    extractor) src=Fuzz/Harness/ExtractorFuzz.swift ;;
    *) echo "unknown fuzz target: $t" >&2; exit 2 ;;
  esac
  bin="$OUT/fuzz-$t"
  if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ] || [ "$OUT/RasdCore.o" -nt "$bin" ] || [ "$OUT/RasdFeeds.o" -nt "$bin" ]; then
    echo "fuzz build: fuzz-$t"
    "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz_$t" "$src" "$OUT/RasdCore.o" "$OUT/RasdFeeds.o" \
      -use-ld=lld $(pkg-config --libs libxml-2.0) -o "$bin"
  fi
done
