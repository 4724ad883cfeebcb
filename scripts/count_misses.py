#!/usr/bin/env python3
"""Break the "stated counts" misses of `rasd extract` down by class (killed / injured / weapon,
and the gold bound: exact, at-least, range) for the tuning and held-out splits; print the
tuning split's misses one per line (never the held-out articles, only their totals).

usage: count_misses.py --rasd BIN --corpus DIR
"""
import argparse, glob, json, os, subprocess, sys, tempfile
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_extract as E

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd', required=True)
    ap.add_argument('--corpus', required=True)
    a = ap.parse_args()
    labels = sorted(glob.glob(os.path.join(a.corpus, 'labels', 'dev', '*.json')))
    batch = os.path.join(tempfile.mkdtemp(prefix='rasd-counts-'), 'batch.jsonl')
    golds = {}
    with open(batch, 'w', encoding='utf-8') as out:
        for n, lf in enumerate(labels):
            g = json.load(open(lf, encoding='utf-8'))
            g['_heldout'] = n % 4 == 3
            title, text, ht, url, src = E.parse_article(os.path.join(a.corpus, 'articles', 'ant_multisource', g['file']))
            golds[g['file']] = g
            out.write(json.dumps({'id': g['file'], 'title': title, 'text': text, 'url': url, 'outlet': src,
                                  'published': E.published_with_offset(g['published'], ht)}, ensure_ascii=False) + '\n')
    res = subprocess.run([a.rasd, 'extract', '--batch', batch], capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit('rasd extract failed: ' + res.stderr[-2000:])
    preds = {}
    for line in res.stdout.splitlines():
        o = json.loads(line); preds[o['id']] = o['incidents']
    classes = {'tune': Counter(), 'heldout': Counter()}
    for f, g in golds.items():
        split = 'heldout' if g['_heldout'] else 'tune'
        gi = [E.gold_fields(x) for x in g['incidents']]
        pi = [E.pred_fields(x) for x in preds.get(f, [])]
        for p, gg in E.match(pi, gi):
            for who in ('killed', 'injured'):
                if gg[who]['status'] != 'reported':
                    continue
                if p[who]['status'] == 'reported' and E.counts_exact(p[who], gg[who]):
                    continue
                lo, hi = gg[who]['min'], gg[who]['max']
                bound = 'exact' if lo == hi else ('at-least' if hi is None else 'range')
                classes[split]['%s %s pred=%s' % (who, bound, p[who]['status'])] += 1
                if split == 'tune':
                    print(f, who, 'gold', lo, hi, 'pred', p[who]['status'], p[who].get('min'), p[who].get('max'))
            for kind, lo, hi in gg['weapon_counts']:
                if (lo is not None or hi is not None) and (kind, lo, hi) not in p['weapon_counts']:
                    same = [w for w in p['weapon_counts'] if w[0] == kind]
                    classes[split]['weapon %s' % ('count wrong' if same else 'kind missing')] += 1
                    if split == 'tune':
                        print(f, 'weapon', kind, lo, hi, 'pred', p['weapon_counts'])
    for s, c in classes.items():
        print(s, ', '.join('%s: %d' % kv for kv in c.most_common()))

if __name__ == '__main__':
    main()
