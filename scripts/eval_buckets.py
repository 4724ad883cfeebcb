#!/usr/bin/env python3
"""How many stories of each MANIFEST selection bucket yield any incident.

The buckets are keyword guesses made when the corpus was assembled, not labels: "negative"
(no violence words), "hard_negative" (violence words in a non-violent sense), "negative_politics"
(politics, statements). A story from those buckets that yields an incident is a candidate false
alarm worth reading; the figure tracks how noisy rasd is on ordinary news.
usage: scripts/eval_buckets.py --rasd BIN --corpus CORPUS [--show BUCKET]
"""
import argparse, collections, json, os, re, subprocess, tempfile

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--show', help='print the stories of this bucket that yield an incident')
    a = ap.parse_args()
    ant = os.path.join(a.corpus, 'articles', 'ant_multisource')
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(ant, 'MANIFEST.tsv'), encoding='utf-8')][1:]
    tmp = tempfile.mkdtemp(prefix='rasd-buckets-')
    batch = os.path.join(tmp, 'batch.jsonl')
    bucket = {}
    with open(batch, 'w', encoding='utf-8') as out:
        for r in rows:
            if len(r) < 7:
                continue
            raw = open(os.path.join(ant, r[0]), encoding='utf-8', errors='replace').read()
            tag = lambda t: (re.search(r'<%s>(.*?)</%s>' % (t, t), raw, re.S) or [None, ''])[1].strip()
            bucket[r[0]] = r[6]
            out.write(json.dumps({'id': r[0], 'title': tag('TITLE'), 'text': tag('TEXT') or raw,
                                  'published': '2018-06-01T12:00:00+03:00'}, ensure_ascii=False) + '\n')
    res = subprocess.run([a.rasd, 'extract', '--batch', batch], capture_output=True, text=True, check=True)
    total, hits = collections.Counter(), collections.Counter()
    for line in res.stdout.splitlines():
        o = json.loads(line)
        b = bucket[o['id']]
        total[b] += 1
        if o['incidents']:
            hits[b] += 1
            if b == a.show:
                print('%s\t%s' % (o['id'], ', '.join(i['sub_event_type'] for i in o['incidents'])))
    for b in sorted(total):
        print('%-18s %4d of %4d stories yield an incident' % (b, hits[b], total[b]))

if __name__ == '__main__':
    main()
