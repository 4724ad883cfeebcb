#!/usr/bin/env bash
# Cycle benchmark: N real-sized Arabic feeds (default 1,000 of ~190 KB) served by nginx (Debian,
# `etag on`) on 127.0.0.1; `rasd once` versus newsboat 2.21 (`newsboat -x reload`,
# `reload-threads 16`) on the same URL list. For each tool, REPS times (default 3): a fresh state,
# a first cycle (every feed answers 200) and a second one (every feed answers 304), each under
# /usr/bin/time -v (wall, user+sys CPU, peak RSS). Medians are printed as a Markdown table
# (also written to $CYCLE_RESULTS if set). Goal: rasd >= 2x faster on both cycles, lower peak RSS.
#
# Usage: Benchmarks/cycle/run.sh RASD_BIN [CORPUS_DIR]
# Env: FEEDS (1000), FEED_SIZE (190000), REPS (3), CYCLE_TIMEOUT (300 s per cycle), TOOLS (both),
#      CYCLE_RESULTS (file for the table), KEEP_WORK=1 (keep the temp dir).
# Traffic goes to 127.0.0.1 only; nginx runs unprivileged in the foreground and is stopped on exit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rasd="$(realpath "${1:?usage: run.sh RASD_BIN [CORPUS_DIR]}")"
corpus="${2:-}"
feeds="${FEEDS:-1000}"; size="${FEED_SIZE:-190000}"; reps="${REPS:-3}"; limit="${CYCLE_TIMEOUT:-300}"
data="$repo/Benchmarks/data/cycle"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy=127.0.0.1 NO_PROXY=127.0.0.1

need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || { echo "cycle: $1 missing: apt-get install $2" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
}
need nginx nginx-light; need newsboat newsboat; [ -x /usr/bin/time ] || need /usr/bin/time time

work="$(mktemp -d "${TMPDIR:-/tmp}/rasd-cycle-bench.XXXXXX")"
chmod 755 "$work"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  [ "${KEEP_WORK:-0}" = 1 ] && echo "cycle: work dir kept: $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
python3 "$here/make_feeds.py" "$data" "$base" ${corpus:+--corpus "$corpus"} --feeds "$feeds" --size "$size"
www="$data/www"

# --- nginx (nginx.sh); a buffered access log of status codes only, to check that each cycle got
# the answers it should (200s, then 304s)
ng="$work/nginx"
. "$here/setup.sh"
start_nginx "$ng" "$port" "$www" "log_format st '\$status'; access_log $ng/logs/access.log st buffer=64k flush=1s;"
curl -fsS -o /dev/null "$base/f0000.xml" || { echo "cycle: nginx did not start" >&2; cat "$ng/logs/error.log" >&2; exit 1; }
etag="$(curl -sSI "$base/f0000.xml" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
code304="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/f0000.xml")"
echo "cycle: nginx on $base, ETag $etag, conditional GET answers $code304" >&2

# --- rasd: feed list + config (setup.sh)
write_rasd_config "$work/rasd" "$port" "$data/urls.txt"

# --- newsboat: its own config, URL list and cache
mkdir -p "$work/newsboat/home"
printf 'reload-threads 16\n' > "$work/newsboat/config"
cp "$data/urls.txt" "$work/newsboat/urls"

# measure LABEL CMD...: runs under /usr/bin/time -v with a timeout, prints "wall cpu rss_kb"
measure() {
  local label="$1"; shift
  local tv="$work/time.$label"
  if ! /usr/bin/time -v -o "$tv" timeout "$limit" "$@" >"$work/out.$label" 2>"$work/err.$label"; then
    echo "cycle: $label failed (see below)" >&2; tail -5 "$work/err.$label" >&2; cat "$tv" >&2; return 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n=split($2,a,":"); w=0; for(i=1;i<=n;i++) w=w*60+a[i] }
    /User time/ { u=$2 } /System time/ { s=$2 } /Maximum resident/ { r=$2 }
    END { printf "%.3f %.3f %d\n", w, u+s, r }' "$tv"
}

rasd_cycle() { # rep, which
  local st="$work/rasd/state.$1" ob="$work/rasd/outbox.$1"
  (cd "$work/rasd" && measure "rasd-$2-$1" "$rasd" once --config "$work/rasd/rasd.toml" \
      --feeds "$work/rasd/feeds" --state-dir "$st" --outbox "$ob")
}
# newsboat 2.21 stores a feed's ETag/Last-Modified only on the reload after the one that added the
# feed to its cache, so its first 304 cycle is its third reload: an unmeasured reload (all 200)
# comes before the measured second cycle. The nginx log shows the answers each cycle got.
newsboat_cmd() { echo newsboat -x reload -C "$work/newsboat/config" -u "$work/newsboat/urls" -c "$work/newsboat/cache.$1.db"; }
newsboat_env() { HOME="$work/newsboat/home" XDG_CONFIG_HOME="$work/newsboat/home" XDG_DATA_HOME="$work/newsboat/home" "$@"; }
newsboat_prime() { (cd "$work/newsboat" && newsboat_env timeout "$limit" $(newsboat_cmd "$1") >/dev/null 2>&1) || true; }
newsboat_cycle() { (cd "$work/newsboat" && export HOME="$work/newsboat/home" XDG_CONFIG_HOME="$work/newsboat/home" \
    XDG_DATA_HOME="$work/newsboat/home" && measure "newsboat-$2-$1" $(newsboat_cmd "$1")); }

results="$work/results.txt"; : > "$results"
sleep 1.3  # the checks above are in the access log; each cycle counts the lines after them
for rep in $(seq "$reps"); do
  for tool in ${TOOLS:-rasd newsboat}; do
    for which in first second; do
      [ "$tool/$which" = newsboat/second ] && { newsboat_prime "$rep"; sleep 1.3; }
      before="$(cat "$ng/logs/access.log" 2>/dev/null | wc -l)"
      line="$(${tool}_cycle "$rep" "$which")"
      echo "$tool $which $line" >> "$results"
      sleep 1.3  # nginx flushes its log buffer every second
      codes="$(tail -n +"$((before + 1))" "$ng/logs/access.log" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')"
      echo "cycle: rep $rep $tool $which: wall/cpu/rss_kb $line; nginx answered $codes" >&2
      if [ "$tool" = rasd ]; then
        summary="$(grep -m1 -E 'cycle\.(fetched|seconds)' "$work/err.rasd-$which-$rep" || true)"
        [ -n "$summary" ] && echo "cycle:   rasd summary: ${summary:0:400}" >&2
      fi
    done
  done
  incidents="$( (ls "$work/rasd/outbox.$rep/new" 2>/dev/null || true) | wc -l)"
  items="$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from rss_item').fetchone()[0])" "$work/newsboat/cache.$rep.db" 2>/dev/null || echo '-')"
  echo "cycle: rep $rep: rasd outbox records $incidents; newsboat cached items $items" >&2
  echo "check $rep $incidents $items" >> "$results"
done

table="$(python3 - "$results" "$feeds" "$(sed 's#.*/##' "$data/urls.txt" | (cd "$www" && xargs du -cb) | tail -1 | awk '{printf "%.0f", $1/1e6}')" "$reps" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
feeds, mb, reps = sys.argv[2], sys.argv[3], sys.argv[4]
def med(tool, which, i):
    xs = [float(r[i]) for r in rows if r[0] == tool and r[1] == which]
    return statistics.median(xs) if xs else float("nan")
checks = [r for r in rows if r[0] == "check"]
print(f"Cycle: {feeds} feeds, {mb} MB on nginx 127.0.0.1 (etag on), median of {reps} runs")
print()
print("| cycle | tool | wall s | CPU s (user+sys) | peak RSS MB |")
print("|---|---|---:|---:|---:|")
verdicts = []
for which, label in (("first", "first (all 200)"), ("second", "second (all 304)")):
    for tool in ("rasd", "newsboat"):
        print(f"| {label} | {tool} | {med(tool, which, 2):.2f} | {med(tool, which, 3):.2f} | {med(tool, which, 4)/1024:.1f} |")
    speed = med("newsboat", which, 2) / med("rasd", which, 2)
    mem = med("newsboat", which, 4) / med("rasd", which, 4)
    print(f"| {label} | **newsboat / rasd** | **{speed:.2f}×** | {med('newsboat', which, 3)/med('rasd', which, 3):.2f}× | {mem:.2f}× |")
    cpu = med("newsboat", which, 3) / med("rasd", which, 3)
    verdicts.append(f"{which} cycle: rasd speed-up over newsboat {speed:.2f}× wall, {cpu:.2f}× CPU "
                    f"(goal ≥ 2×: {'met' if speed >= 2 else 'NOT met'}); peak RSS rasd {med('rasd', which, 4)/1024:.0f} MB, "
                    f"newsboat {med('newsboat', which, 4)/1024:.0f} MB (goal lower: {'met' if mem > 1 else 'NOT met'})")
print()
for v in verdicts:
    print("- " + v)
print(f"- rasd outbox records per run: {', '.join(c[2] for c in checks)}; newsboat items cached: {', '.join(c[3] for c in checks)}")
PY
)"
echo "$table"
[ -n "${CYCLE_RESULTS:-}" ] && echo "$table" > "$CYCLE_RESULTS"
exit 0
