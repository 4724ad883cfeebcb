#!/usr/bin/env python3
"""Break the "stated counts" misses of `rasd extract` down by class (killed / injured / weapon,
and the gold bound: exact, at-least, range) for the tuning and held-out splits; print the
tuning split's misses one per line (never the held-out articles, only their totals).

usage: count_misses.py --rasd BIN --corpus DIR [--figures]
       count_misses.py --rasd BIN --corpus DIR --unlabelled [--start N] [--count N] [--seed S]
       count_misses.py --rasd BIN --corpus DIR --unlabelled --dump > before.txt   (then diff with after.txt)

With --unlabelled it reads no label: for UNLABELLED incident stories of the corpus it prints each
sentence that states a figure next to a casualty or weapon word, then the counts rasd chose for
each incident (killed, injured, weapons), to read side by side.
"""
import argparse, glob, json, os, random, re, subprocess, sys, tempfile
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_extract as E

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--unlabelled', action='store_true')
    ap.add_argument('--figures', action='store_true', help='under each tuning miss, the sentences that state a figure')
    ap.add_argument('--start', type=int, default=0); ap.add_argument('--count', type=int, default=20)
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--dump', action='store_true', help='with --unlabelled: one line per story with its incidents\' killed and injured, to diff before/after a rule')
    a = ap.parse_args()
    if a.unlabelled:
        return unlabelled(a)
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
                    if a.figures:
                        print_figures(a.corpus, f)
            for kind, lo, hi in gg['weapon_counts']:
                if (lo is not None or hi is not None) and (kind, lo, hi) not in p['weapon_counts']:
                    same = [w for w in p['weapon_counts'] if w[0] == kind]
                    classes[split]['weapon %s' % ('count wrong' if same else 'kind missing')] += 1
                    if split == 'tune':
                        print(f, 'weapon', kind, lo, hi, 'pred', p['weapon_counts'])
                        if a.figures:
                            print_figures(a.corpus, f)
    for s, c in classes.items():
        print(s, ', '.join('%s: %d' % kv for kv in c.most_common()))

FIGURE = re.compile(r'(\d|واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئة|مائة|ألف|آلاف|عشرات|مئات|ين\b|ان\b|بضع|عدة)')
CUE = re.compile(r'(قتل|مقتل|قتيل|قتلى|استشهد|شهيد|شهداء|مصرع|جرح|جريح|إصاب|اصاب|أصيب|مصاب|ضحايا|حصيلة|وفاة|جثث|جثة|'
                 r'صاروخ|صواريخ|قذيف|قذائف|غارة|غارات|طائر|مسير|عبو|مفخخ|انتحاري|قنبل|هاون)')

def print_figures(corpus, f):
    title, text, _, _, _ = E.parse_article(os.path.join(corpus, 'articles', 'ant_multisource', f))
    for s in [title] + re.split(r'(?<=[.!؟\n])\s+', text):
        if CUE.search(s) and FIGURE.search(s):
            print('    >', s.strip()[:300])

def unlabelled(a):
    labelled = {json.load(open(f, encoding='utf-8'))['file'] for f in glob.glob(os.path.join(a.corpus, 'labels', 'dev', '*.json'))}
    base = os.path.join(a.corpus, 'articles', 'ant_multisource')
    files = sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, '*', '*', '*.txt')))
    files = [f for f in files if f not in labelled]
    random.Random(a.seed).shuffle(files)
    batch = os.path.join(tempfile.mkdtemp(prefix='rasd-counts-'), 'b.jsonl')
    with open(batch, 'w', encoding='utf-8') as out:
        for f in files:
            title, text, ht, url, src = E.parse_article(os.path.join(base, f))
            m = re.search(r'-(\d{4})(\d\d)(\d\d)\.txt$', f)
            pub = '%s-%s-%sT12:00:00+03:00' % m.groups() if m else None
            out.write(json.dumps({'id': f, 'title': title, 'text': text, 'published': pub}, ensure_ascii=False) + '\n')
    res = subprocess.run([a.rasd, 'extract', '--batch', batch], capture_output=True, text=True)
    rows = [json.loads(l) for l in res.stdout.splitlines()]
    rows = [r for r in rows if r['incidents']]
    if a.dump:
        def fig(x): return '%s:%s-%s' % (x['status'], x.get('min'), x.get('max'))
        for r in sorted(rows, key=lambda r: r['id']):
            print(r['id'], ' | '.join('%s K=%s I=%s' % ((p.get('location') or {}).get('name_ar'), fig(p['casualties']['killed']),
                                                        fig(p['casualties']['injured'])) for p in r['incidents']))
        return
    for r in rows[a.start:a.start + a.count]:
        title, text, _, _, _ = E.parse_article(os.path.join(base, r['id']))
        print('=' * 100); print('##', r['id']); print('TITLE:', title)
        for s in re.split(r'(?<=[.!؟\n])\s+', text):
            if CUE.search(s) and FIGURE.search(s): print('  >', s.strip()[:500])
        for p in r['incidents']:
            c = p['casualties']
            def show(x): return '%s %s-%s «%s»' % (x['status'], x.get('min'), x.get('max'), (x.get('evidence') or x.get('text') or '')[:70])
            ws = ', '.join('%s %s-%s' % (w['kind'], (w.get('count') or {}).get('min'), (w.get('count') or {}).get('max')) for w in p['weapons'])
            print('  PRED %s | %s | K: %s | I: %s | W: %s' % (p['sub_event_type'], (p.get('location') or {}).get('name_ar'),
                                                          show(c['killed']), show(c['injured']), ws))
    print('articles with incidents:', len(rows), file=sys.stderr)

if __name__ == '__main__':
    main()
