#!/usr/bin/env bash
# Extraction throughput: every ANT article through one `rasd extract --batch` process pinned to
# one core. usage: [BUCKET=negative] Benchmarks/extract/run.sh RASD_BIN CORPUS_DIR [GAZETTEER_TSV]
# BUCKET keeps only the articles of one MANIFEST.tsv selection bucket (negative = ordinary news
# without violence keywords, the bulk of a real cycle).
# Prints articles/s (best of 3 runs) and appends a line to Benchmarks/RESULTS.md when it exists.
set -euo pipefail
RASD=${1:?rasd binary (release build)}
CORPUS=${2:?corpus dir}
GAZ=${3:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BUCKET=${BUCKET:-}
python3 - "$CORPUS" "$TMP/batch.jsonl" "$BUCKET" <<'PY'
import glob, json, os, re, sys
corpus, out, bucket = sys.argv[1], sys.argv[2], sys.argv[3]
ant = os.path.join(corpus, 'articles', 'ant_multisource')
keep = None
if bucket:
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(ant, 'MANIFEST.tsv'), encoding='utf-8')][1:]
    keep = {os.path.join(ant, r[0]) for r in rows if len(r) > 6 and r[6] == bucket}
n = 0
with open(out, 'w', encoding='utf-8') as fh:
    for f in sorted(glob.glob(os.path.join(ant, '*', '*', '*.txt'))):
        if keep is not None and f not in keep:
            continue
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
# Wall time on a shared machine counts other people's work; the process's own CPU time (user +
# sys, from getrusage) is what one core spends. Both are printed; the rate uses CPU time.
# best_cpu CMD...: best-of-3 CPU and wall seconds of a command (stdout to $TMP/out.jsonl).
best_of_3() {
python3 - "$TMP/out.jsonl" "$@" <<'PY'
import resource, subprocess, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
best_cpu, best_wall = None, None
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    with open(out, 'w') as fh:
        subprocess.run(cmd, stdout=fh, check=True)
    wall = time.time() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    best_wall = wall if best_wall is None else min(best_wall, wall)
print(f'{best_cpu:.3f} {best_wall:.3f}')
PY
}
# Start-up alone (gazetteer load, extractor index): the same command on an empty batch.
: > "$TMP/empty.jsonl"
EMPTY_ARGS=("${ARGS[@]}")
EMPTY_ARGS[2]="$TMP/empty.jsonl"
read -r start _ < <(best_of_3 "${PIN[@]}" "$RASD" "${EMPTY_ARGS[@]}")
read -r best wall < <(best_of_3 "${PIN[@]}" "$RASD" "${ARGS[@]}")
incidents=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['incidents']) for l in open('$TMP/out.jsonl')))")
rate=$(python3 -c "print(f'{$N / $best:.0f}')")
wrate=$(python3 -c "print(f'{$N / $wall:.0f}')")
net=$(python3 -c "print(f'{$N / max($best - $start, 0.001):.0f}')")
line="extract${BUCKET:+ ($BUCKET bucket)}: $N articles in ${best}s CPU on one core = ${rate} articles/s (wall ${wall}s = ${wrate}/s on a shared machine; $incidents incidents; process start and gazetteer load included; start-up alone ${start}s CPU, ${net} articles/s after it)"
echo "$line"
[ -f Benchmarks/RESULTS.md ] && echo "- $(date -u +%Y-%m-%d) $line" >> Benchmarks/RESULTS.md || true
