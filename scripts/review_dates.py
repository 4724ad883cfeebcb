#!/usr/bin/env python3
"""Print the event date `rasd extract` gives every incident of the corpus's UNLABELLED articles
(date, basis, the publication time and the sentence the date came from), for reading the Arabic
beside the output; or compare two such runs story by story.

usage: review_dates.py --rasd BIN --corpus DIR [--out RUN.jsonl] [--basis weekday] [--limit N]
       review_dates.py --diff OLD.jsonl NEW.jsonl [--corpus DIR]
"""
import argparse, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import review_claims as R  # noqa: E402  (the unlabelled-article list is shared with the claim review)


def dates(run):
    def row(i):
        ed = i.get('event_date') or {}
        return {'sub': i['sub_event_type'], 'date': ed.get('date'), 'basis': ed.get('basis'),
                'quote': R.quote(i, 'event_date'), 'act': R.quote(i, 'event_type')}
    return R.per_incident(run, row)


def key(r):
    return (r['date'], r['basis'])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd')
    ap.add_argument('--corpus')
    ap.add_argument('--out', help='keep the run here (for --diff later)')
    ap.add_argument('--basis', help='print only incidents with this date basis')
    ap.add_argument('--limit', type=int, default=0, help='print at most N stories')
    ap.add_argument('--diff', nargs=2, metavar=('OLD', 'NEW'))
    a = ap.parse_args()
    pubs = {}
    if a.corpus:
        pubs = {row['id']: (row['published'], row['title']) for row in R.unlabelled(a.corpus)}
    if a.diff:
        old, new = dates(a.diff[0]), dates(a.diff[1])
        changed = [k for k in new if [key(r) for r in old.get(k, [])] != [key(r) for r in new[k]]]
        for k in changed:
            print('==', k, *pubs.get(k, ()))
            print('  old', [key(r) for r in old.get(k, [])])
            print('  new', [key(r) for r in new[k]])
            for r in new[k]:
                print('     date quote:', (r['quote'] or '')[:300])
                print('     act quote: ', (r['act'] or '')[:300])
        print('%d stories changed' % len(changed))
        return
    if not (a.rasd and a.corpus):
        sys.exit('--rasd and --corpus are required')
    run = R.run_unlabelled(a.rasd, a.corpus, a.out)
    shown = seen = 0
    tally = {}
    for k, rows in dates(run).items():
        for r in rows:
            tally[r['basis']] = tally.get(r['basis'], 0) + 1
        rows = [r for r in rows if not a.basis or r['basis'] == a.basis]
        if not rows:
            continue
        seen += 1
        if a.limit and shown >= a.limit:
            continue
        print('==', k, *pubs.get(k, ()))
        for r in rows:
            print('  %s | %s (%s)' % (r['sub'], r['date'], r['basis']))
            print('     ', (r['quote'] or '')[:300])
        shown += 1
    print('%d stories with incidents; bases: %s' % (seen, ', '.join('%s %d' % kv for kv in sorted(tally.items(), key=str))))


if __name__ == '__main__':
    main()
