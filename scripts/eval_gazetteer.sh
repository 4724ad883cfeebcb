#!/bin/sh
# Gazetteer coverage on labelled incidents (see scripts/eval_gazetteer.swift):
#   scripts/eval_gazetteer.sh [LABELS_DIR] [--verbose]
# LABELS_DIR defaults to ../shared/corpus/labels/dev.
set -eu
cd "$(dirname "$0")/.."
labels="${1:-../shared/corpus/labels/dev}"
[ -d "$labels" ] || labels="../../shared/corpus/labels/dev"
shift 2>/dev/null || true
out="${TMPDIR:-/tmp}/rasd-eval-gazetteer-$$"
swiftc -O -swift-version 6 -module-name EvalGazetteer -o "$out" \
  Sources/RasdCore/Arabic/ArabicNormalizer.swift \
  $(ls Sources/RasdCore/Gazetteer/*.swift | grep -v ShippedGazetteer.swift) \
  scripts/eval_gazetteer.swift
"$out" Sources/RasdCore/Resources/gazetteer.tsv "$labels" "$@"
rm -f "$out"
