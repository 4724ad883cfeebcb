#!/usr/bin/env bash
# Byte-for-byte comparison of two rasd builds' extraction (incidents and rule traces): every ANT
# article, every SaudiNewsNet article and every ANT paragraph as a story of its own (mostly
# ordinary sentences, the case the cue screen settles early).
# usage: Benchmarks/extract/same_output.sh OLD_RASD NEW_RASD CORPUS_DIR
# Exit status 0 and "identical" when both print the same bytes.
set -euo pipefail
OLD=${1:?old rasd binary}
NEW=${2:?new rasd binary}
CORPUS=${3:?corpus dir}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$CORPUS" "$TMP/batch.jsonl" <<'PY'
import glob, json, os, re, sys
corpus, out = sys.argv[1], sys.argv[2]
n = 0
with open(out, 'w', encoding='utf-8') as fh:
    def emit(i, title, text, pub='2018-06-01T12:00:00+03:00'):
        global n
        fh.write(json.dumps({'id': i, 'title': title, 'text': text, 'published': pub}, ensure_ascii=False) + '\n')
        n += 1
    for f in sorted(glob.glob(os.path.join(corpus, 'articles', 'ant_multisource', '*', '*', '*.txt'))):
        raw = open(f, encoding='utf-8', errors='replace').read()
        tag = lambda t: (re.search(r'<%s>(.*?)</%s>' % (t, t), raw, re.S) or [None, ''])[1].strip()
        text = tag('TEXT') or raw
        emit(f, tag('TITLE'), text)
        for k, para in enumerate(p for p in text.split('\n') if p.strip()):
            emit('%s#%d' % (f, k), '', para)
    for f in sorted(glob.glob(os.path.join(corpus, 'articles', 'saudinewsnet_NC-SA', '*.json'))):
        for k, a in enumerate(json.load(open(f, encoding='utf-8'))):
            emit('%s#%d' % (f, k), a.get('title') or '', a.get('content') or '', '2015-06-01T12:00:00+03:00')
print(n, file=open(out + '.count', 'w'))
PY
"$OLD" extract --explain --batch "$TMP/batch.jsonl" > "$TMP/old.jsonl"
"$NEW" extract --explain --batch "$TMP/batch.jsonl" > "$TMP/new.jsonl"
N=$(cat "$TMP/batch.jsonl.count")
with=$(python3 -c "import json; print(sum(1 for l in open('$TMP/new.jsonl') if json.loads(l)['incidents']))")
if cmp -s "$TMP/old.jsonl" "$TMP/new.jsonl"; then
    echo "identical: $N stories ($with with incidents), incidents and traces byte for byte"
else
    echo "DIFFERENT: $(diff <(cut -c1-100000 "$TMP/old.jsonl") <(cut -c1-100000 "$TMP/new.jsonl") | grep -c '^>') of $N lines differ"
    diff "$TMP/old.jsonl" "$TMP/new.jsonl" | head -c 3000
    exit 1
fi
