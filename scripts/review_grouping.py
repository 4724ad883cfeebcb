#!/usr/bin/env python3
"""Show which sentences `rasd extract` grouped into which incident, for UNLABELLED corpus stories,
so that splits (one act made into two incidents) and merges (two acts made into one) are visible
at a glance.

usage: review_grouping.py --rasd BIN --corpus DIR --run OUT.jsonl        # extract (with traces) and save
       review_grouping.py --show OUT.jsonl [--corpus DIR] [--min-events N] [--start N] [--count N] [--seed S]
       review_grouping.py --diff OLD.jsonl NEW.jsonl [--corpus DIR]         # stories whose grouping changed
       review_grouping.py --stats OUT.jsonl                                  # counts of incidents per story

For each story it prints the title, then every sentence the extractor read as an event, a
continuation or background, as `[index role ->draft] first words`, and then the incidents it output
(sub-event type, place, date, killed/injured, and `K<-[i] I<-[j]`: the sentence each casualty
status was first read from). Draft numbers are the groups before duplicate
incidents are folded together; the final list is after. Labelled articles are never read.
"""
import argparse, glob, json, os, random, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_extract as E

SHORT = {'Air/drone strike': 'AIR', 'Shelling/artillery/missile attack': 'SHELL', 'Remote explosive/landmine/IED': 'IED',
         'Suicide bomb': 'SUICIDE', 'Grenade': 'GRENADE', 'Chemical weapon': 'CHEM', 'Armed clash': 'CLASH',
         'Government regains territory': 'GOV-REGAIN', 'Non-state actor overtakes territory': 'NSA-TAKE', 'Attack': 'ATTACK',
         'Abduction/forced disappearance': 'ABDUCT', 'Sexual violence': 'SEXVIOL', 'Disrupted weapons use': 'DISRUPT'}


def unlabelled_files(corpus):
    labelled = {json.load(open(f, encoding='utf-8'))['file'] for f in glob.glob(os.path.join(corpus, 'labels', 'dev', '*.json'))}
    base = os.path.join(corpus, 'articles', 'ant_multisource')
    files = sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, '*', '*', '*.txt')))
    return base, [f for f in files if f not in labelled]


def run(a):
    base, files = unlabelled_files(a.corpus)
    batch = os.path.join(tempfile.mkdtemp(prefix='rasd-grouping-'), 'b.jsonl')
    with open(batch, 'w', encoding='utf-8') as out:
        for f in files:
            title, text, ht, url, src = E.parse_article(os.path.join(base, f))
            m = re.search(r'-(\d{4})(\d\d)(\d\d)\.txt$', f)
            pub = '%s-%s-%sT12:00:00+03:00' % m.groups() if m else None
            out.write(json.dumps({'id': f, 'title': title, 'text': text, 'published': pub, 'url': url, 'outlet': src},
                                 ensure_ascii=False) + '\n')
    res = subprocess.run([a.rasd, 'extract', '--batch', batch, '--explain'], capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit('rasd extract failed: ' + res.stderr[-2000:])
    with open(a.run, 'w', encoding='utf-8') as fh:
        fh.write(res.stdout)
    rows = [json.loads(l) for l in res.stdout.splitlines()]
    print('%d stories, %d with incidents, %d incidents' % (len(rows), sum(1 for r in rows if r['incidents']),
                                                           sum(len(r['incidents']) for r in rows)))


def load(path):
    return {r['id']: r for r in (json.loads(l) for l in open(path, encoding='utf-8') if l.strip())}


def first_words(text, n=9):
    words = text.split()
    return ' '.join(words[:n]) + (' …' if len(words) > n else '')


def incident_line(p):
    loc = p.get('location') or {}
    ed = p.get('event_date') or {}
    c = p['casualties']
    def cas(x):
        return x['status'] + ('' if x.get('min') is None else ' %s-%s' % (x.get('min'), x.get('max')))
    ws = ','.join(w['kind'] for w in p['weapons'])
    return '%-9s %-16s %-10s K:%-16s I:%-16s claim:%s w:%s' % (
        SHORT.get(p['sub_event_type'], p['sub_event_type']), (loc.get('name_ar') or '-')[:16], ed.get('date') or '-',
        cas(c['killed']), cas(c['injured']), p['claim']['status'], ws)


def grouping(r):
    """The story's sentences by draft: {draft: [sentence index]} and the event-sentence set."""
    groups = {}
    for s in (r.get('trace') or {}).get('sentences', []):
        if s.get('incident') is not None:
            groups.setdefault(s['incident'], []).append(s['index'])
    return groups


def event_count(r):
    return sum(1 for s in (r.get('trace') or {}).get('sentences', []) if s['role'] == 'event')


def casualty_sources(r, p):
    """Where the incident's killed and injured came from: ' K<-[i]' / ' I<-[i]' with the index of the
    sentence its evidence quotes (the title is 0), or '?' when the quote is no sentence of the trace
    (a split-off clause quotes its whole sentence, so it shows that sentence)."""
    sents = (r.get('trace') or {}).get('sentences', [])
    out = []
    for field, tag in (('casualties.killed', 'K'), ('casualties.injured', 'I')):
        q = next((e['quote'] for e in p.get('evidence', []) if e['field'] == field), None)
        if q is None:
            continue
        idx = next((s['index'] for s in sents if s['text'] == q), '?')
        out.append('%s<-[%s]' % (tag, idx))
    return (' ' + ' '.join(out)) if out else ''


def show_story(r, label=''):
    print('=' * 100)
    print('## %s %s' % (r['id'], label))
    tr = r.get('trace') or {}
    if tr.get('storyDropped'):
        print('   story dropped:', tr['storyDropped'])
    for s in tr.get('sentences', []):
        role = s['role']
        if role in ('other', 'dropped') and not any(f['rule'].startswith('event.') for f in s.get('fired', [])):
            continue
        inc = '' if s.get('incident') is None else '->%d' % s['incident']
        reason = ' (%s)' % s['reason'] if s.get('reason') else ''
        acts = sorted({f['rule'].split()[0][6:] for f in s.get('fired', []) if f['rule'].startswith('event.')})
        print('  [%2d %-12s %-3s] %s%s  {%s}' % (s['index'], role[:12], inc, first_words(s['text']), reason, ' '.join(acts)))
    for n, p in enumerate(r['incidents']):
        print('  INC%d %s%s' % (n, incident_line(p), casualty_sources(r, p)))


def show(a):
    rows = load(a.show)
    picked = [r for r in rows.values() if r['incidents'] and event_count(r) >= a.min_events]
    picked.sort(key=lambda r: r['id'])
    random.Random(a.seed).shuffle(picked)
    for r in picked[a.start:a.start + a.count]:
        show_story(r)
    print('\n%d stories with incidents and >= %d event sentences' % (len(picked), a.min_events))


def signature(r):
    return (json.dumps(sorted(grouping(r).values())), json.dumps([incident_line(p) for p in r['incidents']], ensure_ascii=False))


def diff(a):
    old, new = load(a.diff[0]), load(a.diff[1])
    changed = [k for k in sorted(new) if k in old and signature(old[k]) != signature(new[k])]
    for k in changed:
        show_story(old[k], '(OLD)')
        for n, p in enumerate(new[k]['incidents']):
            print('  NEW%d %s%s' % (n, incident_line(p), casualty_sources(new[k], p)))
        og, ng = grouping(old[k]), grouping(new[k])
        if sorted(og.values()) != sorted(ng.values()):
            print('  groups old:', sorted(og.values()), ' new:', sorted(ng.values()))
    no = sum(len(r['incidents']) for r in old.values()); nn = sum(len(r['incidents']) for r in new.values())
    print('\n%d stories changed; incidents %d -> %d' % (len(changed), no, nn))


def stats(a):
    rows = load(a.stats)
    from collections import Counter
    c = Counter(len(r['incidents']) for r in rows.values())
    print('incidents per story:', dict(sorted(c.items())))
    print('multi-sentence incident stories (>=2 event sentences):',
          sum(1 for r in rows.values() if r['incidents'] and event_count(r) >= 2))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd'); ap.add_argument('--corpus', default='/work/shared/corpus')
    ap.add_argument('--run'); ap.add_argument('--show'); ap.add_argument('--stats')
    ap.add_argument('--diff', nargs=2)
    ap.add_argument('--min-events', type=int, default=2)
    ap.add_argument('--start', type=int, default=0); ap.add_argument('--count', type=int, default=20)
    ap.add_argument('--seed', type=int, default=7)
    a = ap.parse_args()
    if a.run:
        if not a.rasd:
            sys.exit('--run needs --rasd')
        run(a)
    elif a.show:
        show(a)
    elif a.diff:
        diff(a)
    elif a.stats:
        stats(a)
    else:
        ap.print_help()


if __name__ == '__main__':
    main()
