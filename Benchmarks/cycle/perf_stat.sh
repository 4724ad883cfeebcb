#!/usr/bin/env bash
# First-cycle CPU of `rasd once` under `perf stat`: the cycle benchmark's feeds (made by
# `run.sh`, kept in Benchmarks/data/cycle) served by nginx on 127.0.0.1, then RUNS first cycles,
# each on a fresh state directory and outbox. Prints one line per run: user-space instructions
# (stable under other load, unlike time; "n/a" where the machine has no hardware counters, as in
# a VM without a PMU), task-clock, user and sys CPU seconds, wall seconds, context switches, page
# faults, peak RSS, the load average at the start and the outbox record count (which must not change
# between builds), then the median of each column.
#
# Usage: Benchmarks/cycle/perf_stat.sh RASD_BIN [RUNS (3)]
# Env: CYCLE_DATA (Benchmarks/data/cycle) is where run.sh left the feeds;
#      RASD_ENV="VAR=value …" runs rasd under those variables (e.g. an LD_PRELOAD experiment);
#      FEEDS=N polls only the first N feeds; CALLGRIND=1 runs rasd under valgrind's callgrind and
#      puts its instruction count (Ir, all threads: exact, the same under any load) in the
#      instructions column (a 100-feed cycle takes a few minutes);
#      RECORD=1 also writes `perf record -g` of the last run to $WORK/perf.data (kept).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rasd="$(realpath "${1:?usage: perf_stat.sh RASD_BIN [RUNS]}")"
runs="${2:-3}"
data="${CYCLE_DATA:-$repo/Benchmarks/data/cycle}"
[ -d "$data/www" ] || { echo "perf_stat: no feeds in $data: run Benchmarks/cycle/run.sh once first" >&2; exit 1; }
command -v perf >/dev/null || { echo "perf_stat: perf missing: apt-get install linux-perf" >&2; exit 1; }
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1

work="$(mktemp -d "${TMPDIR:-/tmp}/rasd-perf-stat.XXXXXX")"
chmod 755 "$work"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ "${RECORD:-0}" = 1 ]; then echo "perf_stat: work dir kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
. "$here/setup.sh"
start_nginx "$work/nginx" "$port" "$data/www" "access_log off;"

write_rasd_config "$work/rasd" "$port" "$data/urls.txt" "${FEEDS:-1000000}"

if [ "${CALLGRIND:-0}" = 1 ]; then
  # valgrind 3.19 cannot read the DWARF 5 debug info of a Swift 6 build: run a copy without it.
  objcopy --strip-debug "$rasd" "$work/rasd.nodebug"; rasd="$work/rasd.nodebug"
fi
printf 'run\tinstructions_u\tcpu_s\tuser_s\tsys_s\twall_s\tctx_switches\tpage_faults\tpeak_rss_mb\tload1\toutbox\n'
rows="$work/rows.tsv"; : > "$rows"
for r in $(seq "$runs"); do
  st="$work/rasd/state.$r" ob="$work/rasd/outbox.$r"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  rec=()
  [ "${RECORD:-0}" = 1 ] && [ "$r" = "$runs" ] && rec=(perf record -g -o "$work/perf.data" --)
  [ "${CALLGRIND:-0}" = 1 ] && rec=(valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$r" --log-file="$work/valgrind.$r")
  (cd "$work/rasd" && perf stat -x, -o "$work/stat.$r" -e task-clock,instructions:u,context-switches,page-faults -- \
     /usr/bin/time -f '%U %S %e %M' -o "$work/time.$r" env ${RASD_ENV:-} "${rec[@]}" "$rasd" once --config "$work/rasd/rasd.toml" \
     --feeds "$work/rasd/feeds" --state-dir "$st" --outbox "$ob" >"$work/out.$r" 2>"$work/err.$r")
  read -r user sys wall rss < "$work/time.$r"
  ir="$([ "${CALLGRIND:-0}" = 1 ] && sed -n 's/.*Collected : *//p' "$work/valgrind.$r" | tr -d ,)" || true
  awk -F, -v run="$r" -v load="$load" -v n="$(ls "$ob/new" | wc -l)" -v user="$user" -v sys="$sys" -v wall="$wall" -v rss="$rss" -v ir="${ir:-}" '
    $3 == "task-clock" { cpu = $1 / 1000 } $3 ~ /^instructions/ { ins = ($1 ~ /^[0-9]/) ? $1 : "n/a" }
    $3 == "context-switches" { cs = $1 } $3 == "page-faults" { pf = $1 }
    END { if (ir != "") ins = ir; printf "%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\n", run, ins, cpu, user, sys, wall, cs, pf, rss / 1024, load, n }' \
    "$work/stat.$r" | tee -a "$rows"
done
python3 - "$rows" <<'PY'
import statistics, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
cols = list(zip(*rows))
def med(i):
    xs = [float(x) for x in cols[i] if x not in ('n/a', '')]
    return f"{statistics.median(xs):.2f}" if xs else "n/a"
print("median\t" + "\t".join(med(i) for i in range(1, 10)) + "\t" + ",".join(sorted(set(cols[10]))))
PY
