#!/usr/bin/env python3
"""Run the weapon-KIND paraphrase matrix through `rasd extract --batch` and list the rows it misses.

Each row of the matrix is `STORY|KINDS`: one short story and the set of weapon kinds its first
incident must carry (comma-separated; `none` = the story reports no incident; `K1;K2` = the sets of
all its incidents, in order). The rows tell the
same weapon the ways wire copy does (صاروخ from a militia or a state, قذيفة of every make, drone vs
aircraft vs march, blast vs IED vs car bomb vs suicide device, gunfire, grenade) and the weapons
that must NOT be added (background, an actor's name, the interceptor, seized arms, a second act).
Rows starting "?" are open misses: listed here, left out of the Swift suite.
The matrix lives with the Swift tests (WeaponKindParaphraseTests reads the same file).

usage: weapon_kind_paraphrases.py RASD_BIN [MATRIX]
       (default: Tests/RasdCoreTests/Fixtures/weapons/kind_paraphrases.txt)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from weapon_count_paraphrases import extract_stories  # noqa: E402  (one batch runner for both matrices)
DEFAULT = os.path.join(HERE, '..', 'Tests', 'RasdCoreTests', 'Fixtures', 'weapons', 'kind_paraphrases.txt')


def rows(path):
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        text, kinds = line.lstrip('?').rsplit('|', 1)
        out.append((text.strip(), kinds.strip()))
    return out


def canonical(want):
    """`rocket,drone;aircraft` with each set's kinds sorted."""
    return want if want == 'none' else ';'.join(','.join(sorted(k.strip() for k in part.split(','))) for part in want.split(';'))


def main():
    rasd = sys.argv[1]
    table = rows(sys.argv[2] if len(sys.argv) > 2 else DEFAULT)
    preds = extract_stories(rasd, [t for t, _ in table])
    missed = 0
    for i, (t, want) in enumerate(table):
        inc = preds.get(str(i), [])
        sets = [','.join(sorted({w['kind'] for w in x['weapons']})) for x in inc]
        got = 'none' if not sets else ';'.join(sets) if ';' in want else sets[0]
        if got == canonical(want):
            continue
        missed += 1
        print('MISS', i, t, '| want', want, '| got', got)
    print(f'{len(table)} variants: {len(table) - missed} read, {missed} missed')


if __name__ == '__main__':
    main()
