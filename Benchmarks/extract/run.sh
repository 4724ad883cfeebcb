#!/usr/bin/env bash
# Extraction throughput: every ANT article through one `rasd extract --batch` process pinned to
# one core. usage: Benchmarks/extract/run.sh RASD_BIN CORPUS_DIR [GAZETTEER_TSV]
# Prints articles/s (best of 3 runs) and appends a line to Benchmarks/RESULTS.md when it exists.
set -euo pipefail
RASD=${1:?rasd binary (release build)}
CORPUS=${2:?corpus dir}
GAZ=${3:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$CORPUS" "$TMP/batch.jsonl" <<'PY'
import glob, json, os, re, sys
corpus, out = sys.argv[1], sys.argv[2]
n = 0
with open(out, 'w', encoding='utf-8') as fh:
    for f in sorted(glob.glob(os.path.join(corpus, 'articles', 'ant_multisource', '*', '*', '*.txt'))):
        raw = open(f, encoding='utf-8', errors='replace').read()
        tag = lambda t: (re.search(r'<%s>(.*?)</%s>' % (t, t), raw, re.S) or [None, ''])[1].strip()
        fh.write(json.dumps({'id': f, 'title': tag('TITLE'), 'text': tag('TEXT') or raw,
                             'published': '2018-06-01T12:00:00+03:00'}, ensure_ascii=False) + '\n')
        n += 1
print(n, file=open(out + '.count', 'w'))
PY
N=$(cat "$TMP/batch.jsonl.count")
ARGS=(extract --batch "$TMP/batch.jsonl")
[ -n "$GAZ" ] && ARGS+=(--gazetteer "$GAZ")
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)
best=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  "${PIN[@]}" "$RASD" "${ARGS[@]}" > "$TMP/out.jsonl"
  end=$(date +%s.%N)
  secs=$(python3 -c "print(f'{$end - $start:.3f}')")
  if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $secs < $best else 1)"; then best=$secs; fi
done
incidents=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['incidents']) for l in open('$TMP/out.jsonl')))")
rate=$(python3 -c "print(f'{$N / $best:.0f}')")
line="extract: $N articles in ${best}s on one core = ${rate} articles/s ($incidents incidents; process start and gazetteer load included)"
echo "$line"
[ -f Benchmarks/RESULTS.md ] && echo "- $(date -u +%Y-%m-%d) $line" >> Benchmarks/RESULTS.md || true
