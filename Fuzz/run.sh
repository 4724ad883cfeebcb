#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60), one after another, at the lowest CPU
# priority, and prints executions and findings per target.
# Usage: Fuzz/run.sh [SECONDS] [target…]
#   FUZZ_BUILD_DIR  build/work directory (default .build-fuzz)
#   FUZZ_LOG        file to append one summary line per target to (optional)
# The seed corpora in Fuzz/corpus/<target>/ are read, never written: new inputs go to
# $FUZZ_BUILD_DIR/corpus/<target>/, findings (crash-*, timeout-*, oom-*, leak-*) to
# $FUZZ_BUILD_DIR/artifacts/<target>/. Exit status 1 when any target has a finding.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FUZZ_BUILD_DIR:-$ROOT/.build-fuzz}
SECS=${1:-60}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(feedparser htmltext feeddate extractor)

"$ROOT/Fuzz/build.sh" "${targets[@]}" || exit 2

max_len() {
  case $1 in feedparser) echo 16384 ;; htmltext|extractor) echo 4096 ;; feeddate) echo 128 ;; esac
}

status=0
printf '\n%-11s %12s %9s %7s %8s  %s\n' target executions exec/s cov findings artifacts
summary=()
for t in "${targets[@]}"; do
  work="$OUT/corpus/$t"; artifacts="$OUT/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="$OUT/fuzz-$t.log"
  before=$(ls "$artifacts" | wc -l)
  nice -n 19 "$OUT/fuzz-$t" -max_total_time="$SECS" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$ROOT/Fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  after=$(ls "$artifacts" | wc -l)
  found=$((after - before))
  [ "$rc" -eq 0 ] || [ "$found" -gt 0 ] || found=1  # a crash that left no artifact still counts
  [ "$found" -eq 0 ] || status=1
  line=$(printf '%-11s %12s %9s %7s %8s  %s' "$t" "${runs:-?}" "${speed:-?}" "${cov:-?}" "$found" "$artifacts")
  echo "$line"
  summary+=("$line")
  [ -z "${FUZZ_LOG:-}" ] || echo "$(date -u +%FT%TZ) secs=$SECS $line" >> "$FUZZ_LOG"
  [ "$found" -eq 0 ] || grep -m3 -E 'ERROR|Fatal error|panic|deadly signal|SUMMARY' "$log" | sed 's/^/    /'
done
exit $status
