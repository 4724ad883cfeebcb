#!/usr/bin/env python3
"""Run the claim paraphrase matrix through `rasd extract --batch` and list the rows it misses.

Each row of the matrix (`Tests/RasdCoreTests/Fixtures/claims/paraphrases.txt`, shared with
ClaimParaphraseTests) is `TITLE ## BODY|status|actor`: one claim told one way. A row holds when the
story's first incident carries that claim status (and that actor unless `-`; `null` for none).

usage: claim_paraphrases.py RASD_BIN [MATRIX]
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, '..', 'Tests', 'RasdCoreTests', 'Fixtures', 'claims', 'paraphrases.txt')


def rows(path):
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        story, status, actor = line.rsplit('|', 2)
        title, _, body = story.partition(' ## ')
        yield title.strip(), body.strip(), status.strip(), actor.strip()


def main():
    rasd = sys.argv[1]
    matrix = list(rows(sys.argv[2] if len(sys.argv) > 2 else DEFAULT))
    tmp = tempfile.mkdtemp(prefix='rasd-claim-para-')
    batch = os.path.join(tmp, 'batch.jsonl')
    with open(batch, 'w', encoding='utf-8') as f:
        for i, (title, body, *_) in enumerate(matrix):
            f.write(json.dumps({'id': str(i), 'title': title, 'text': body, 'published': '2024-08-01T12:00:00+03:00',
                                'url': '', 'outlet': ''}, ensure_ascii=False) + '\n')
    out = subprocess.run([rasd, 'extract', '--batch', batch], capture_output=True, text=True, check=True).stdout
    got = {o['id']: o['incidents'] for o in map(json.loads, out.splitlines())}
    misses = 0
    for i, (title, body, status, actor) in enumerate(matrix):
        incs = got.get(str(i), [])
        c = incs[0]['claim'] if incs else None
        ok = c is not None and c['status'] == status and (actor == '-' or (c['actor'] or 'null') == actor)
        if not ok:
            misses += 1
            print('MISS want %s %s | got %s | %s ## %s' % (status, actor, (c['status'], c['actor']) if c else 'no incident', title, body))
    print('%d rows, %d missed' % (len(matrix), misses))


if __name__ == '__main__':
    main()
