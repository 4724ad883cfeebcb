#!/usr/bin/env bash
# Parse benchmark: the same batch of Arabic full-text RSS files through `rasd parse` (release),
# Python feedparser 6.0.x, fastfeedparser and `xmllint --noout` (libxml2's own floor), each as a
# whole process, median of RUNS runs, all in one run. Prints a table and appends it to
# Benchmarks/RESULTS.md with the date, machine and command.
#
# usage: Benchmarks/parse/run.sh RASD_BIN [CORPUS_DIR]
#   RUNS=5 FILES=200 ITEMS=50 to change the defaults.
set -euo pipefail
RASD=${1:?usage: run.sh RASD_BIN [CORPUS_DIR]}
CORPUS=${2:-}
RUNS=${RUNS:-5}
FILES=${FILES:-200}
ITEMS=${ITEMS:-50}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA="$ROOT/Benchmarks/data/parse"
RESULTS="$ROOT/Benchmarks/RESULTS.md"

if [ ! -d "$DATA" ] || [ "$(ls "$DATA" | wc -l)" -lt "$FILES" ]; then
  python3 "$HERE/generate.py" "$DATA" ${CORPUS:+--corpus "$CORPUS"} --files "$FILES" --items "$ITEMS"
fi
command -v xmllint >/dev/null || { echo "xmllint missing: apt-get install libxml2-utils" >&2; exit 1; }
python3 -c 'import feedparser, fastfeedparser' 2>/dev/null || pip install -q 'feedparser==6.0.*' fastfeedparser

SIZE=$(du -sb "$DATA" | cut -f1)
NFILES=$(ls "$DATA"/*.xml | wc -l)
cat > /tmp/rasd-bench-fp.py <<'PY'
import sys, feedparser
n = 0
for p in sys.argv[1:]:
    n += len(feedparser.parse(p).entries)
print(n)
PY
cat > /tmp/rasd-bench-ffp.py <<'PY'
import sys, fastfeedparser
n = 0
for p in sys.argv[1:]:
    with open(p, "rb") as f:
        n += len(fastfeedparser.parse(f.read()).entries)
print(n)
PY

# "wall cpu" seconds of one run of a command (output discarded); cpu = user + sys, all threads.
measure() {
  local t
  t=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$t" "$@" > /dev/null
  awk '{printf "%s %.3f", $1, $2 + $3}' "$t"
  rm -f "$t"
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

FILES_GLOB=("$DATA"/*.xml)
echo "batch: $NFILES files, $((SIZE / 1000000)) MB; $RUNS rounds" >&2
# Round-robin: every round runs every tool once, so load changes on a shared machine hit all alike.
declare -A W C
for r in $(seq "$RUNS"); do
  for tool in rasd json xmllint ffp fp; do
    case $tool in
      rasd) m=$(measure "$RASD" parse "${FILES_GLOB[@]}") ;;
      json) m=$(measure "$RASD" parse --json "${FILES_GLOB[@]}") ;;
      xmllint) m=$(measure xmllint --noout "${FILES_GLOB[@]}") ;;
      ffp) m=$(measure python3 /tmp/rasd-bench-ffp.py "${FILES_GLOB[@]}") ;;
      fp) m=$(measure python3 /tmp/rasd-bench-fp.py "${FILES_GLOB[@]}") ;;
    esac
    W[$tool]+="${m% *} "; C[$tool]+="${m#* } "
  done
  echo "round $r done" >&2
done
med() { printf '%s\n' ${W[$1]} | median; }
cpu() { printf '%s\n' ${C[$1]} | median; }
T_RASD=$(med rasd); T_XMLLINT=$(med xmllint)

ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
row() { echo "| $1 | $(med "$2") | $(ratio "$(med "$2")" "$T_RASD")× | $(ratio "$(med "$2")" "$T_XMLLINT")× | $(cpu "$2") |"; }
TABLE=$(
  echo "| tool | wall s (median) | wall ÷ rasd parse | wall ÷ xmllint | CPU s, user+sys (median) |"
  echo "|---|---:|---:|---:|---:|"
  row "rasd parse (clean text, parsed dates)" rasd
  row "rasd parse --json" json
  row "fastfeedparser $(python3 -c 'import importlib.metadata as m; print(m.version("fastfeedparser"))')" ffp
  row "feedparser $(python3 -c 'import feedparser; print(feedparser.__version__)')" fp
  row "xmllint --noout" xmllint
)
echo "$TABLE"
{
  echo
  echo "## parse — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Batch: $NFILES RSS files, $((SIZE / 1000000)) MB, $((NFILES * ITEMS)) Arabic full-text items (Benchmarks/parse/generate.py)."
  echo "Command: \`Benchmarks/parse/run.sh $RASD\` — whole process wall time, median of $RUNS round-robin rounds."
  echo
  echo "$TABLE"
} >> "$RESULTS"
