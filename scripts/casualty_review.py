#!/usr/bin/env python3
"""Print rasd's casualty readings next to the sentences that carry casualty words, for reading
UNLABELLED articles of the corpus side by side (labelled ones are skipped, so neither the tuning
nor the held-out split is looked at).

usage: casualty_review.py --rasd BIN --corpus DIR [--start N] [--count N] [--seed S]
"""
import argparse, glob, json, os, random, re, subprocess, sys, tempfile

CUES = re.compile(r'(قتل|مقتل|قتيل|قتلى|استشهد|شهيد|شهداء|مصرع|جرح|جريح|إصاب|اصاب|أصيب|مصاب|ضحايا|حصيلة|خسائر|وفاة|جثث|جثة|'
                  r'حتف|أذى|يصب|أضرار بشرية|المستشف|أردى|أرداه|توفي)')

def article(path):
    raw = open(path, encoding='utf-8', errors='replace').read()
    def tag(name):
        m = re.search(r'<%s>(.*?)</%s>' % (name, name), raw, re.S)
        return m.group(1).strip() if m else ''
    return tag('TITLE'), tag('TEXT') or raw, tag('TIME')

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd', required=True); ap.add_argument('--corpus', required=True)
    ap.add_argument('--start', type=int, default=0); ap.add_argument('--count', type=int, default=20)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--width', type=int, default=400, help='characters of each cue sentence shown')
    a = ap.parse_args()
    labelled = {json.load(open(f, encoding='utf-8'))['file'] for f in glob.glob(os.path.join(a.corpus, 'labels', 'dev', '*.json'))}
    base = os.path.join(a.corpus, 'articles', 'ant_multisource')
    files = sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, '*', '*', '*.txt'))
                   if re.search(r'/(middleEast|internationalNews)/', p))
    files = [f for f in files if f not in labelled]
    random.Random(a.seed).shuffle(files)
    tmp = tempfile.mkdtemp(prefix='rasd-review-'); batch = os.path.join(tmp, 'b.jsonl')
    with open(batch, 'w', encoding='utf-8') as out:
        for f in files:
            title, text, _ = article(os.path.join(base, f))
            m = re.search(r'-(\d{4})(\d\d)(\d\d)\.txt$', f)
            pub = '%s-%s-%sT12:00:00+03:00' % m.groups() if m else None
            out.write(json.dumps({'id': f, 'title': title, 'text': text, 'published': pub}, ensure_ascii=False) + '\n')
    res = subprocess.run([a.rasd, 'extract', '--batch', batch], capture_output=True, text=True)
    rows = [json.loads(l) for l in res.stdout.splitlines()]
    rows = [r for r in rows if r['incidents']]
    for r in rows[a.start:a.start + a.count]:
        title, text, _ = article(os.path.join(base, r['id']))
        print('=' * 100); print('##', r['id']); print('TITLE:', title)
        for s in re.split(r'(?<=[.!؟\n])\s+', text):
            if CUES.search(s): print('  >', s.strip()[:a.width])
        for p in r['incidents']:
            c = p['casualties']
            def show(x): return '%s %s-%s «%s»' % (x['status'], x.get('min'), x.get('max'), (x.get('evidence') or x.get('text') or '')[:80])
            loc = (p.get('location') or {}).get('name_ar')
            print('  PRED %s | %s | K: %s | I: %s' % (p['sub_event_type'], loc, show(c['killed']), show(c['injured'])))
    print('articles with incidents:', len(rows), file=sys.stderr)

main()
