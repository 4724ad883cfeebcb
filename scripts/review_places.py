#!/usr/bin/env python3
"""Print where every incident `rasd extract` finds in the corpus's UNLABELLED articles took
place (location as written, kind, governorate, country, precision) with the sentence the
location came from, for reading the Arabic beside the output; or compare two such runs.

usage: review_places.py --rasd BIN --corpus DIR [--out RUN.jsonl] [--country SY] [--limit N] [--skip N]
       review_places.py --diff OLD.jsonl NEW.jsonl [--kinds]
(--kinds compares each place's kind and precision too: "مدينة حلب" read as the city rather than
the governorate keeps the name and governorate but changes both.)
"""
import argparse, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import review_claims as R  # noqa: E402  (the unlabelled-article list is shared with the claim review)


def places(run):
    def row(i):
        loc = i.get('location') or {}
        return {'sub': i['sub_event_type'], 'name': loc.get('name_ar'), 'kind': loc.get('kind'),
                'admin1': loc.get('admin1_ar'), 'country': loc.get('country'), 'precision': loc.get('precision'),
                'quote': R.quote(i, 'location')}
    return R.per_incident(run, row)


def key(r, kinds=False):
    return (r['name'], r['admin1'], r['country']) + ((r['kind'], r['precision']) if kinds else ())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd')
    ap.add_argument('--corpus')
    ap.add_argument('--out', help='keep the run here (for --diff later)')
    ap.add_argument('--country', help='print only incidents placed in this country')
    ap.add_argument('--limit', type=int, default=0, help='print at most N stories')
    ap.add_argument('--skip', type=int, default=0, help='skip the first N stories with incidents')
    ap.add_argument('--diff', nargs=2, metavar=('OLD', 'NEW'))
    ap.add_argument('--kinds', action='store_true', help='with --diff: compare kind and precision too')
    a = ap.parse_args()
    if a.diff:
        old, new = places(a.diff[0]), places(a.diff[1])
        def keys(rows):
            return [key(r, a.kinds) for r in rows]
        changed = [k for k in new if keys(old.get(k, [])) != keys(new[k])]
        for k in changed:
            print('==', k)
            print('  old', keys(old.get(k, [])))
            print('  new', keys(new[k]))
        print('%d stories changed' % len(changed))
        # a place change can split one act into two incidents or merge two: count them per story
        split = [k for k in new if len(new[k]) > len(old.get(k, []))]
        merged = [k for k in new if len(new[k]) < len(old.get(k, []))]
        print('incidents: %d before, %d after; %d stories gained incidents %s, %d lost incidents %s'
              % (sum(map(len, old.values())), sum(map(len, new.values())), len(split), split, len(merged), merged))
        return
    if not (a.rasd and a.corpus):
        sys.exit('--rasd and --corpus are required')
    run = R.run_unlabelled(a.rasd, a.corpus, a.out)
    shown = seen = 0
    for k, rows in places(run).items():
        rows = [r for r in rows if not a.country or r['country'] == a.country]
        if not rows:
            continue
        seen += 1
        if seen <= a.skip:
            continue
        print('==', k)
        for r in rows:
            print('  %s | %s [%s] | %s | %s p%s' % (r['sub'], r['name'], r['kind'], r['admin1'], r['country'], r['precision']))
            print('     ', (r['quote'] or '')[:300])
        shown += 1
        if a.limit and shown >= a.limit:
            break
    print('%d stories with incidents' % seen)


if __name__ == '__main__':
    main()
