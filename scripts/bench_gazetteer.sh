#!/bin/sh
# Gazetteer load-time benchmark (release build, no SwiftPM bundle needed):
#   scripts/bench_gazetteer.sh [path/to/gazetteer.tsv]
# Compiles the pure gazetteer sources with -O together with scripts/bench_gazetteer.swift and
# prints the minimum and median time to read + parse + index the whole file over 10 runs.
set -eu
cd "$(dirname "$0")/.."
out="${TMPDIR:-/tmp}/rasd-bench-gazetteer-$$"
swiftc -O -swift-version 6 -module-name BenchGazetteer -o "$out" \
  Sources/RasdCore/Arabic/ArabicNormalizer.swift \
  $(ls Sources/RasdCore/Gazetteer/*.swift | grep -v ShippedGazetteer.swift) \
  scripts/bench_gazetteer.swift
"$out" "${1:-Sources/RasdCore/Resources/gazetteer.tsv}"
rm -f "$out"
