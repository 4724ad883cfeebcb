#!/usr/bin/env bash
# Every benchmark that exists, in one run: parse, extract, dedup, cycle, daemon. Prints one results
# table and appends one section to Benchmarks/RESULTS.md with the date, the machine (cores, CPU
# model, memory, load average at the start: the figures depend on it) and the command of each
# figure, followed by each suite's own output.
#
# Usage: bash Benchmarks/run.sh RASD_BIN [CORPUS_DIR]         (what `make bench` calls)
# Env:   ONLY="cycle daemon" runs a subset; SUITE_TIMEOUT (s, default 3600) bounds each suite;
#        DAEMON_BENCH=path/to/daemon_bench.py if the daemon figures script lives elsewhere.
# Sub-scripts that append to RESULTS.md on their own are run with that file restored afterwards,
# so a `make bench` run leaves exactly one new section.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
rasd="$(realpath "${1:?usage: run.sh RASD_BIN [CORPUS_DIR]}")"
corpus="${2:-}"
[ -n "$corpus" ] && { [ -d "$corpus" ] && corpus="$(realpath "$corpus")" || { echo "bench: no corpus at $corpus; suites fall back to built-in text" >&2; corpus=""; }; }
results="$here/RESULTS.md"
limit="${SUITE_TIMEOUT:-3600}"
only="${ONLY:-parse extract dedup cycle daemon}"
work="$(mktemp -d "${TMPDIR:-/tmp}/rasd-bench.XXXXXX")"
backup="$work/RESULTS.md.before"
[ -f "$results" ] && cp "$results" "$backup"
restore() { if [ -f "$backup" ]; then cp "$backup" "$results"; else rm -f "$results"; fi; }
trap 'rm -rf "$work"' EXIT
trap 'restore; exit 130' INT TERM

daemon_cmd=()
if [ -f "$here/daemon/run.sh" ]; then daemon_cmd=(bash "$here/daemon/run.sh" "$rasd")
elif [ -n "${DAEMON_BENCH:-}" ] || [ -f "$here/daemon_bench.py" ]; then
  daemon_cmd=(python3 "${DAEMON_BENCH:-$here/daemon_bench.py}" --rasd "$rasd" --feeds 1000 --days 1)
fi

# suite → command (empty when its script is not there)
declare -A cmd
[ -f "$here/parse/run.sh" ] && cmd[parse]="bash Benchmarks/parse/run.sh $rasd $corpus"
[ -f "$here/extract/run.sh" ] && [ -n "$corpus" ] && cmd[extract]="bash Benchmarks/extract/run.sh $rasd $corpus"
[ -f "$here/dedup/run.sh" ] && cmd[dedup]="bash Benchmarks/dedup/run.sh $rasd"
[ -f "$here/cycle/run.sh" ] && cmd[cycle]="bash Benchmarks/cycle/run.sh $rasd $corpus"
[ ${#daemon_cmd[@]} -gt 0 ] && cmd[daemon]="${daemon_cmd[*]}"

machine="$(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$repo" diff --quiet 2>/dev/null || echo '+dirty')"
version="$("$rasd" --version 2>/dev/null || echo '?')"
started="$(date -u +%Y-%m-%dT%H:%MZ)"
echo "bench: $started, $machine, load $load, rasd $version ($commit)" >&2

declare -A status secs
for suite in parse extract dedup cycle daemon; do
  case " $only " in *" $suite "*) ;; *) continue ;; esac
  if [ -z "${cmd[$suite]:-}" ]; then status[$suite]="not present"; continue; fi
  echo "bench: === $suite: ${cmd[$suite]}" >&2
  t0=$(date +%s.%N)
  if [ "$suite" = daemon ]; then
    (cd "$repo" && timeout --kill-after=10 "$limit" "${daemon_cmd[@]}") > "$work/$suite.out" 2> "$work/$suite.err"
  else
    # shellcheck disable=SC2086
    (cd "$repo" && timeout --kill-after=10 "$limit" ${cmd[$suite]}) > "$work/$suite.out" 2> "$work/$suite.err"
  fi
  rc=$?
  secs[$suite]="$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.0f}')" "$t0" "$(date +%s.%N)")"
  case $rc in 0) status[$suite]=ok ;; 124|137) status[$suite]="timed out after ${limit} s" ;; *) status[$suite]="failed (exit $rc)" ;; esac
  restore
  cat "$work/$suite.out"
  [ "$rc" = 0 ] || tail -20 "$work/$suite.err" >&2
done

# The headline figures of each suite: its lines that state a rate, a ratio, a goal or a verdict.
headline() {
  grep -E 'goal|×|articles/s|p99|READY|RSS|MB|cycle' "$work/$1.out" 2>/dev/null \
    | grep -vE '^\|---|^\| *(figure|tool|cycle) *\|' | sed 's/|/\\|/g' | head -12 | paste -sd'#' | sed 's/#/<br>/g'
}
summary="$(
  echo "| benchmark | status | headline figures (details below) | command |"
  echo "|---|---|---|---|"
  for suite in parse extract dedup cycle daemon; do
    case " $only " in *" $suite "*) ;; *) continue ;; esac
    echo "| $suite | ${status[$suite]}${secs[$suite]:+ (${secs[$suite]} s)} | $(headline "$suite") | \`${cmd[$suite]:-—}\` |"
  done
)"
echo
echo "$summary"

{
  [ -f "$results" ] || printf '# Benchmark results\n\nOne section per `make bench` run (`bash Benchmarks/run.sh RASD_BIN CORPUS_DIR`), newest last.\n'
  echo
  echo "## $started — rasd $version ($commit)"
  echo
  echo "Machine: $machine; load average at start $load (a shared machine: wall times include waiting for a core, CPU times do not)."
  echo
  echo "$summary"
  for suite in parse extract dedup cycle daemon; do
    [ -s "$work/$suite.out" ] || continue
    echo
    echo "### $suite"
    echo
    echo "Command: \`${cmd[$suite]}\`"
    echo
    if grep -q '^|' "$work/$suite.out"; then cat "$work/$suite.out"; else echo '```'; cat "$work/$suite.out"; echo '```'; fi
  done
} >> "$results"
echo "bench: appended to $results" >&2
