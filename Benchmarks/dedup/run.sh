#!/usr/bin/env bash
# Near-duplicate lookup latency, state database size and process memory with 1,000,000 stored
# stories. Usage: Benchmarks/dedup/run.sh [path/to/release/rasd] [stories]
# Goals: lookup p99 <= 50 µs, database <= 300 MB. Results are printed and written to
# Benchmarks/dedup/RESULTS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rasd="${1:-$(cd "$here/../.." && swift build -c release --show-bin-path)/rasd}"
stories="${2:-1000000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/rasd-dedup-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

out="$("$rasd" dedup-eval bench --dir "$work/state" --stories "$stories" --lookups 20000)"
echo "$out"

p99="$(echo "$out" | sed -n 's/^findNearDuplicate in a write transaction: .*p99 \([0-9.]*\) µs.*/\1/p')"
size="$(echo "$out" | sed -n 's/^database size: \([0-9.]*\) MB.*/\1/p')"
verdict="$(awk -v p="$p99" -v s="$size" 'BEGIN { print ((p <= 50 && s <= 300) ? "met" : "NOT met") }')"
echo "goals (p99 <= 50 µs, database <= 300 MB): $verdict"

{
  echo "# Dedup benchmark"
  echo
  echo "\`Benchmarks/dedup/run.sh\` on $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), release build."
  echo
  echo '```'
  echo "$out"
  echo "goals (p99 <= 50 µs, database <= 300 MB): $verdict"
  echo '```'
} > "$here/RESULTS.md"
