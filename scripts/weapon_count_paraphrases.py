#!/usr/bin/env python3
"""Run the weapon-count paraphrase matrix through `rasd extract --batch` and list the rows it misses.

Each row of the matrix file is `STORY|kind|min|max` (`-` for null; `TITLE ## BODY` gives the story a
title): one fact told one way (number form, verb, order, bound, clitic, dual, retelling). A row holds
when some incident carries the weapon kind with exactly that min/max. Rows expecting null for a bare
singular ("صاروخ") follow SCHEMA; rasd records such a weapon as 1/1 (the scorer reads stated figures
only), so those rows are counted apart as "singular convention".

usage: weapon_count_paraphrases.py RASD_BIN [MATRIX]   (default: scripts/weapon_count_paraphrases.txt)
"""
import json, os, re, subprocess, sys, tempfile


def extract_stories(rasd, stories):
    """Each story (`TITLE ## BODY` or a body) through one `rasd extract --batch`: {"0": incidents, …}."""
    batch = os.path.join(tempfile.mkdtemp(prefix='rasd-para-'), 'batch.jsonl')
    with open(batch, 'w', encoding='utf-8') as f:
        for i, t in enumerate(stories):
            title, _, body = t.partition(' ## ') if ' ## ' in t else ('', '', t)
            f.write(json.dumps({'id': str(i), 'title': title, 'text': body, 'url': '', 'outlet': '',
                                'published': '2024-08-08T12:00:00+03:00'}, ensure_ascii=False) + '\n')
    out = subprocess.run([rasd, 'extract', '--batch', batch], capture_output=True, text=True, check=True).stdout
    return {o['id']: o['incidents'] for o in map(json.loads, out.splitlines())}


def main():
    rasd = sys.argv[1]
    matrix = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                'weapon_count_paraphrases.txt')
    rows = []
    for line in open(matrix, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        text, kind, lo, hi = line.split('|')
        rows.append((text.strip(), kind.strip(), None if lo.strip() == '-' else int(lo), None if hi.strip() == '-' else int(hi)))
    preds = extract_stories(rasd, [r[0] for r in rows])
    missed = singular = 0
    for i, (t, k, lo, hi) in enumerate(rows):
        inc = preds.get(str(i), [])
        got = [(w['kind'], (w.get('count') or {}).get('min'), (w.get('count') or {}).get('max')) for x in inc for w in x['weapons']]
        if (k, lo, hi) in got:
            continue
        if lo is None and hi is None and (k, 1, 1) in got:
            singular += 1
            continue
        missed += 1
        print('MISS', i, t, '| want', (k, lo, hi), '| got', got, '' if inc else '(no incident)')
    print(f'{len(rows)} variants: {len(rows) - missed - singular} read, {singular} singular convention (1/1), {missed} missed')


if __name__ == '__main__':
    main()
