#!/usr/bin/env python3
"""Print rasd's casualty readings next to the sentences that carry casualty words, for reading
UNLABELLED articles of the corpus side by side (labelled ones are skipped, so neither the tuning
nor the held-out split is looked at).

usage: casualty_review.py --rasd BIN --corpus DIR [--start N] [--count N] [--seed S] [--width W]
                          [--mode stories|negations|unread|far|dump] [--out FILE]
       casualty_review.py --diff OLD.json NEW.json --corpus DIR [--width W]

modes (all over unlabelled stories that report incidents):
  stories    each story's casualty sentences and rasd's killed/injured reading (the default)
  negations  every sentence with a negation or "not known" near a harm word, with the casualty
             rules that fired on it and the sentence's role: misread scopes show up here
  unread     casualty statements in sentences that belong to no incident (role, reason shown)
  far        incidents whose killed/injured status comes from a sentence that is not an act's
             own: where tolls of other acts or of the background leak in
  dump       write every unlabelled story's killed/injured readings (all stories, --start/--count
             ignored) as JSON to --out, for --diff after a rule change
--diff OLD NEW prints the stories whose casualty readings changed, with their casualty sentences
"""
import argparse, glob, json, os, random, re, subprocess, sys, tempfile

NEGATION = re.compile(r'(دون|بدون|لم|لا|عدم|نفى|نفت|بلا|غير|ليس)\s[^.،]{0,70}?(إصابات|الإصابات|خسائر|ضحايا|قتلى|جرحى|'
                      r'مصابين|أذى|يصب|وفيات|إصابة|بشرية|حصيلة|القتلى|الضحايا|الجرحى|يقتل|يجرح|قتيل)')
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
    ap.add_argument('--rasd'); ap.add_argument('--corpus', required=True)
    ap.add_argument('--start', type=int, default=0); ap.add_argument('--count', type=int, default=20)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--width', type=int, default=400, help='characters of each cue sentence shown')
    ap.add_argument('--mode', default='stories', choices=['stories', 'negations', 'unread', 'far', 'dump'])
    ap.add_argument('--out'); ap.add_argument('--diff', nargs=2, metavar=('OLD', 'NEW'))
    a = ap.parse_args()
    if a.diff:
        return diff(a)
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
    explain = [] if a.mode == 'stories' else ['--explain']
    res = subprocess.run([a.rasd, 'extract', '--batch', batch] + explain, capture_output=True, text=True)
    rows = [json.loads(l) for l in res.stdout.splitlines()]
    if a.mode == 'dump':
        json.dump({r['id']: readings(r) for r in rows}, open(a.out, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        print('stories dumped:', len(rows), file=sys.stderr)
        return
    rows = [r for r in rows if r['incidents']]
    if a.mode != 'stories':
        trace_modes(rows[a.start:a.start + a.count], a)
        print('articles with incidents:', len(rows), file=sys.stderr)
        return
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

def readings(r):
    """One line per incident: sub-type, place and the killed/injured status with figures."""
    out = []
    for p in r['incidents']:
        c = p['casualties']
        out.append('%s @%s | K %s %s-%s | I %s %s-%s' % (p['sub_event_type'], (p.get('location') or {}).get('name_ar'),
                   c['killed']['status'], c['killed'].get('min'), c['killed'].get('max'),
                   c['injured']['status'], c['injured'].get('min'), c['injured'].get('max')))
    return out

def diff(a):
    old, new = (json.load(open(f, encoding='utf-8')) for f in a.diff)
    base = os.path.join(a.corpus, 'articles', 'ant_multisource')
    changed = [k for k in sorted(set(old) | set(new)) if old.get(k, []) != new.get(k, [])]
    for k in changed:
        title, text, _ = article(os.path.join(base, k))
        print('=' * 100); print('##', k); print('TITLE:', title)
        for s in re.split(r'(?<=[.!؟\n])\s+', text):
            if CUES.search(s): print('  >', s.strip()[:a.width])
        for line in old.get(k, []): print('  OLD', line)
        for line in new.get(k, []): print('  NEW', line)
    print('stories changed:', len(changed), file=sys.stderr)

def trace_modes(rows, a):
    def firings(s): return [f for f in s['fired'] if f['rule'].startswith('casualty')]
    for r in rows:
        sents = r['trace']['sentences']
        if a.mode == 'negations':
            for s in sents:
                if NEGATION.search(s['text']):
                    print('##', r['id'], 'sent', s['index'], s['role'], 'incident', s['incident'])
                    print('   ', s['text'][:a.width])
                    for f in firings(s): print('      ', f['rule'], '«%s»' % f['text'][:80])
        elif a.mode == 'unread':
            for s in sents:
                if firings(s) and s['incident'] is None and s['role'] != 'title':
                    print('##', r['id'], 'sent', s['index'], s['role'], s.get('reason'))
                    print('   ', s['text'][:a.width])
                    for f in firings(s): print('      ', f['rule'], '«%s»' % f['text'][:80])
        else:
            by_text = {s['text']: s for s in sents}
            for k, p in enumerate(r['incidents']):
                for e in p.get('evidence', []):
                    if not e['field'].startswith('casualties.'): continue
                    s = by_text.get(e['quote'])
                    if s and s['role'] in ('event', 'title'): continue
                    who = e['field'].split('.')[1]; c = p['casualties'][who]
                    print('##', r['id'], 'incident', k, p['sub_event_type'], who, c['status'], c.get('min'),
                          '| role', s['role'] if s else '?')
                    print('   ', e['quote'][:a.width])

main()
