#!/usr/bin/env python3
"""Print the claim of every incident `rasd extract` finds in the corpus's UNLABELLED articles
(ant_multisource minus the labelled ones, plus the saudinewsnet subset), with the quote it came
from, for reading the Arabic beside the output; or compare two such runs.

usage: review_claims.py --rasd BIN --corpus DIR [--out RUN.jsonl] [--status claimed|attributed|...] [--context]
       review_claims.py --run RUN.jsonl --corpus DIR --status not_mentioned --context
       review_claims.py --diff OLD.jsonl NEW.jsonl --corpus DIR
       review_claims.py --lost --rasd BIN --run RUN.jsonl --corpus DIR
--lost re-reads (with --explain, one story at a time: slow) every story with a not_mentioned
incident and prints the claim rules that fired in that incident's own sentences but did not
become its claim: claims the merge dropped, for reading whether it was right to.
"""
import argparse, datetime, glob, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_extract as E  # noqa: E402  (article parsing shared with the scorer)


def header_rfc3339(header_time):
    """The article header's <TIME> ("Sun, 04 Mar 2018 02:11:27 +0400" or "… GMT") as RFC 3339."""
    t = (header_time or '').strip().replace('GMT', '+0000')
    try:
        return datetime.datetime.strptime(t, '%a, %d %b %Y %H:%M:%S %z').isoformat()
    except ValueError:
        return None


def unlabelled(corpus):
    labelled = {json.load(open(f, encoding='utf-8'))['file'] for f in glob.glob(os.path.join(corpus, 'labels', 'dev', '*.json'))}
    base = os.path.join(corpus, 'articles', 'ant_multisource')
    for line in list(open(os.path.join(base, 'MANIFEST.tsv'), encoding='utf-8'))[1:]:
        f = line.split('\t')[0]
        if f in labelled:
            continue
        title, text, header_time, url, src = E.parse_article(os.path.join(base, f))
        pub = header_rfc3339(header_time)
        if pub is None:
            continue
        yield {'id': f, 'title': title, 'text': text, 'url': url, 'outlet': src, 'published': pub}
    sn = os.path.join(corpus, 'articles', 'saudinewsnet_NC-SA', 'saudinewsnet_security_subset_2015.json')
    if os.path.exists(sn):
        for i, d in enumerate(json.load(open(sn, encoding='utf-8'))):
            try:
                pub = datetime.datetime.strptime(d['date_extracted'], '%Y-%m-%d %H:%M:%S').isoformat() + '+03:00'
            except (KeyError, ValueError):
                continue
            yield {'id': 'saudinewsnet#%d' % i, 'title': d.get('title', ''), 'text': d.get('content', ''),
                   'url': d.get('url', ''), 'outlet': d.get('source', ''), 'published': pub}


def run_unlabelled(rasd, corpus, out=None):
    """Every unlabelled article through one `rasd extract --batch`; the path of its output (`out` if given)."""
    tmp = tempfile.mkdtemp(prefix='rasd-review-')
    batch = os.path.join(tmp, 'batch.jsonl')
    with open(batch, 'w', encoding='utf-8') as fh:
        for row in unlabelled(corpus):
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    run = out or os.path.join(tmp, 'run.jsonl')
    with open(run, 'w', encoding='utf-8') as fh:
        subprocess.run([rasd, 'extract', '--batch', batch], stdout=fh, check=True)
    return run


def quote(incident, field):
    """The evidence quote rasd gives for `field` of an incident ('' when none)."""
    return next((e['quote'] for e in incident['evidence'] if e['field'] == field), '')


def per_incident(run, row):
    """{story id: [row(incident) for each incident]} over a `rasd extract --batch` output file."""
    out = {}
    for line in open(run, encoding='utf-8'):
        o = json.loads(line)
        out[o['id']] = [row(i) for i in o['incidents']]
    return out


def claims(run):
    return per_incident(run, lambda i: (i['claim']['status'], i['claim']['actor'], quote(i, 'claim'),
                                        i['sub_event_type'], i.get('perpetrator'), quote(i, 'event_type')))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd')
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', help='keep the run here (for --diff later)')
    ap.add_argument('--status', help='print only incidents with this claim status')
    ap.add_argument('--diff', nargs=2, metavar=('OLD', 'NEW'))
    ap.add_argument('--context', action='store_true', help='print each shown incident\'s sub-event type, perpetrator and act sentence too')
    ap.add_argument('--run', help='read this earlier run instead of running rasd again')
    ap.add_argument('--lost', action='store_true', help='list claim rules fired in not_mentioned incidents (needs --rasd and --run)')
    a = ap.parse_args()
    if a.lost:
        if not (a.rasd and a.run):
            sys.exit('--lost needs --rasd and --run')
        lost(a)
        return
    if a.diff:
        old, new = claims(a.diff[0]), claims(a.diff[1])
        changed = [k for k in new if [c[:2] for c in old.get(k, [])] != [c[:2] for c in new[k]]]
        for k in changed:
            print('==', k)
            print('  old', [c[:2] for c in old.get(k, [])])
            print('  new', [c[:2] for c in new[k]])
            for c in new[k]:
                if c[2]:
                    print('   quote:', c[2][:240])
        # status transitions over the changed stories (incidents paired by position), for the rule log
        moves = {}
        for k in changed:
            o, n = [c[0] for c in old.get(k, [])], [c[0] for c in new[k]]
            for x, y in zip(o + ['-'] * (len(n) - len(o)), n + ['-'] * (len(o) - len(n))):
                if x != y:
                    moves['%s -> %s' % (x, y)] = moves.get('%s -> %s' % (x, y), 0) + 1
        for m, c in sorted(moves.items(), key=lambda kv: -kv[1]):
            print('  %3d  %s' % (c, m))
        print('%d stories changed' % len(changed))
        return
    if a.run:
        show(claims(a.run), a)
        return
    if not a.rasd:
        sys.exit('--rasd is required')
    show(claims(run_unlabelled(a.rasd, a.corpus, a.out)), a)


def lost(a):
    rows = {r['id']: r for r in unlabelled(a.corpus)}
    tmp = tempfile.mkdtemp(prefix='rasd-claims-lost-')
    text = os.path.join(tmp, 'story.txt')
    shown = 0
    for line in open(a.run, encoding='utf-8'):
        o = json.loads(line)
        nm = {k for k, i in enumerate(o['incidents']) if i['claim']['status'] == 'not_mentioned' and i['event_type'] != 'Battles'}
        if not nm or o['id'] not in rows:
            continue
        r = rows[o['id']]
        with open(text, 'w', encoding='utf-8') as fh:
            fh.write(r['text'])
        p = subprocess.run([a.rasd, 'extract', text, '--title', r['title'] or '', '--published', r['published'], '--explain'],
                           capture_output=True, text=True)
        try:
            trace = json.loads(p.stderr)
        except ValueError:
            continue
        # (the trace numbers incidents before duplicates merge: a dropped claim may still be another incident's)
        for sent in trace['sentences']:
            if sent['incident'] in nm and sent['role'] in ('event', 'continuation'):
                fired = [(f['rule'], f['text']) for f in sent['fired'] if f['rule'].startswith('claim')]
                if fired:
                    shown += 1
                    inc = o['incidents'][sent['incident']] if sent['incident'] < len(o['incidents']) else {}
                    print('==', o['id'], '| incident', sent['incident'], inc.get('sub_event_type'), '| perpetrator:', inc.get('perpetrator'))
                    print('   ', fired, '|', sent['text'][:300])
    print('%d sentences' % shown)


def show(runs, a):
    counts = {}
    for k, cs in runs.items():
        for status, actor, quote, sub, perpetrator, act in cs:
            counts[status] = counts.get(status, 0) + 1
            if a.status and status == a.status:
                print('==', k, '|', status, actor)
                if a.context:
                    print('    [%s] perpetrator: %s' % (sub, perpetrator))
                    print('    act:', act[:400])
                if quote and quote != act:
                    print('    claim:', quote[:300])
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
