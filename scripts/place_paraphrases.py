#!/usr/bin/env python3
"""Run the place paraphrase matrix (Tests/RasdCoreTests/Fixtures/places/paraphrases.tsv) through
`rasd extract --batch` and print every row whose first incident's place, governorate or country
differs from the row's expectation; the same table drives PlaceParaphraseTests.

usage: place_paraphrases.py --rasd BIN [--all]
"""
import argparse, json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, '..', 'Tests', 'RasdCoreTests', 'Fixtures', 'places', 'paraphrases.tsv')


def rows():
    for n, line in enumerate(open(TABLE, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        group, text, name, admin1, country = f[:5]
        precision = f[5] if len(f) > 5 else ''
        yield n, group, text, name, admin1, country, precision


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd', required=True)
    ap.add_argument('--all', action='store_true', help='print passing rows too')
    a = ap.parse_args()
    table = list(rows())
    tmp = tempfile.mkdtemp(prefix='rasd-paraphrase-')
    batch = os.path.join(tmp, 'batch.jsonl')
    with open(batch, 'w', encoding='utf-8') as fh:
        for n, _, text, *_ in table:
            fh.write(json.dumps({'id': str(n), 'title': '', 'text': text, 'url': '', 'outlet': '',
                                 'published': '2024-07-25T14:03:00+03:00'}, ensure_ascii=False) + '\n')
    out = subprocess.run([a.rasd, 'extract', '--batch', batch], capture_output=True, text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        o = json.loads(line)
        inc = o['incidents']
        loc = (inc[0].get('location') or {}) if inc else None
        got[o['id']] = ('(no incident)', '', '', '') if loc is None else (loc.get('name_ar') or '-', loc.get('admin1_ar') or '-', loc.get('country') or '-', str(loc.get('precision') or '-'))
    bad = 0
    for n, group, text, name, admin1, country, precision in table:
        g = got[str(n)]
        ok = g[:3] == (name, admin1, country) and (not precision or g[3] == precision)
        bad += not ok
        if not ok or a.all:
            print('%s %4d %-10s %s\n        want %s | %s | %s | p%s   got %s | %s | %s | p%s'
                  % ('ok ' if ok else 'BAD', n, group, text, name, admin1, country, precision or '*', *g))
    print('%d rows, %d wrong' % (len(table), bad))


if __name__ == '__main__':
    main()
