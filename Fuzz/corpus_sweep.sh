#!/usr/bin/env bash
# Runs `rasd parse --json` over every file of the feedparser corpus's illformed/ and encoding/
# folders, one process per file with a timeout, and reports crashes (killed by a signal or a
# Swift runtime trap) and hangs, with the slowest file and the highest peak RSS (GNU time).
# Exit status 0 only when there are none. For reports, not tests.
# Usage: Fuzz/corpus_sweep.sh RASD_BINARY [FEEDPARSER_TESTS_DIR] [TIMEOUT_SECONDS]
#   default dir ../shared/corpus/feedparser-tests, default timeout 10 s.
set -uo pipefail
RASD=${1:?usage: corpus_sweep.sh RASD_BINARY [FEEDPARSER_TESTS_DIR] [TIMEOUT_SECONDS]}
DIR=${2:-../shared/corpus/feedparser-tests}
LIMIT=${3:-10}
files=0; parsed=0; rejected=0; crashes=0; hangs=0; slowest=0; slowest_file=""; peak=0; peak_file=""
TIMEFMT=/tmp/rasd-sweep-rss.$$
while IFS= read -r -d '' f; do
  files=$((files + 1))
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$TIMEFMT" timeout -s KILL "$LIMIT" "$RASD" parse --json "$f" >/dev/null 2>/tmp/rasd-sweep-err.$$
    rc=$?
    kb=$(tail -1 "$TIMEFMT" 2>/dev/null | grep -o '^[0-9]*$' || echo 0)
    if [ "${kb:-0}" -gt "$peak" ]; then peak=$kb; peak_file=$f; fi
  else
    timeout -s KILL "$LIMIT" "$RASD" parse --json "$f" >/dev/null 2>/tmp/rasd-sweep-err.$$
    rc=$?
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ "$ms" -gt "$slowest" ]; then slowest=$ms; slowest_file=$f; fi
  case $rc in
    0) parsed=$((parsed + 1)) ;;
    65) rejected=$((rejected + 1)) ;;  # EX_DATAERR: a clear "not a feed"/"malformed" error
    137) hangs=$((hangs + 1)); echo "HANG  (> ${LIMIT} s): $f" ;;
    *) crashes=$((crashes + 1)); echo "CRASH (exit $rc): $f"; head -3 /tmp/rasd-sweep-err.$$ | sed 's/^/    /' ;;
  esac
done < <(find "$DIR/illformed" "$DIR/encoding" -type f -print0 | sort -z)
rm -f /tmp/rasd-sweep-err.$$ "$TIMEFMT"
echo "corpus sweep: $files files, $parsed parsed, $rejected rejected with an error, $crashes crashes, $hangs hangs; slowest ${slowest} ms ($slowest_file); peak RSS $((peak / 1024)) MiB ($peak_file)"
[ $((crashes + hangs)) -eq 0 ]
