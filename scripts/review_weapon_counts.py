#!/usr/bin/env python3
"""Read the weapon counts `rasd extract` gives on the corpus's UNLABELLED stories beside the text.

For every unlabelled story with an incident (ant_multisource minus the labelled files, plus the
saudinewsnet subset) it prints each incident's weapons with the count and the words the count was
read from, the sentence holding those words, and then every number + weapon phrase of the story
(a figure, number word, dual or vague amount within three words of a weapon noun), so a reader sees
which figure was chosen and which were left. `--diff OLD NEW` lists the stories whose weapon counts
changed between two saved runs, with the phrases, for checking a rule over all unlabelled stories;
with `--kinds` it compares only each incident's SET of weapon kinds (what the scorer's "weapons"
field reads) and shows the sentence each incident's weapons were quoted from.

usage: review_weapon_counts.py --rasd BIN --corpus DIR [--out RUN.jsonl] [--start N] [--count N] [--counted]
       review_weapon_counts.py --run RUN.jsonl --corpus DIR [--start N] [--count N] [--counted]
       review_weapon_counts.py --diff OLD.jsonl NEW.jsonl --corpus DIR [--kinds]
"""
import argparse, json, os, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import review_claims as R  # noqa: E402  (the unlabelled story list is shared)

WEAPON = (r'(?:صاروخ\S*|صواريخ\S*|\S*قذيف\S*|\S*قذائف\S*|\S*غار[ةت]\S*|\S*غارتي\S*|\S*طائر[ةت]\S*|\S*مسير[ةت]\S*|'
          r'\S*عبو[ةت]\S*|\S*عبوتي\S*|\S*مفخخ\S*|\S*انتحاري\S*|\S*قنبل\S*|\S*هاون|\S*ضرب[ةا]\S*|\S*مقاتل[ةت]\S*|'
          r'\S*مروحي\S*|\S*تفجير\S*|\S*انفجار\S*|\S*لغم\S*|\S*ألغام|\S*دبابات?)')
NUMBER = (r'(?:\d[\d,.]*|واحد\S*|اثن\S*|ثلاث\S*|أربع\S*|اربع\S*|خمس\S*|ست[ةين]?\b|سبع\S*|ثمان\S*|تسع\S*|عشر\S*|'
          r'مئ\S*|مائ\S*|ألف\S*|آلاف|عشرات|مئات|عدة|بضع\S*|سلسلة|عدد من|رابع\S*|خامس\S*|ثالث\S*)')
PHRASE = re.compile(r'(?:%s(?:\s+\S+){0,3}\s+%s|%s(?:\s+\S+){0,2}\s+%s|\S+(?:تين|تان|ين|ان)\s+(?:\S+\s+)?\S*(?:ين|ان)\b)'
                    % (NUMBER, WEAPON, WEAPON, NUMBER))
DUAL = re.compile(r'(صاروخين|صاروخان|قذيفتين|قذيفتان|غارتين|غارتان|عبوتين|عبوتان|طائرتين|طائرتان|مسيرتين|مسيرتان|'
                  r'تفجيرين|تفجيران|انفجارين|انفجاران|مقاتلتين|مروحيتين)')


def weapons(run):
    out = {}
    for line in open(run, encoding='utf-8'):
        o = json.loads(line)
        out[o['id']] = [[(w['kind'], (w.get('count') or {}).get('min'), (w.get('count') or {}).get('max'),
                          (w.get('count') or {}).get('text') or '') for w in i['weapons']] for i in o['incidents']]
    return out


def kind_sets(run):
    """Story id → per incident (sorted kinds, the sentence its weapons were quoted from)."""
    out = {}
    for line in open(run, encoding='utf-8'):
        o = json.loads(line)
        out[o['id']] = [(sorted({w['kind'] for w in i['weapons']}),
                         next((e['quote'] for e in i.get('evidence', []) if e.get('field') == 'weapons'), ''))
                        for i in o['incidents']]
    return out


def sentences(text):
    return [s.strip() for s in re.split(r'(?<=[.!؟\n])\s+', text) if s.strip()]


def phrases(title, text):
    out = []
    for s in [title] + sentences(text):
        for m in PHRASE.finditer(s):
            if re.search(WEAPON, m.group(0)):
                out.append(m.group(0))
        for m in DUAL.finditer(s):
            out.append(m.group(0))
    seen = set()
    return [p for p in out if not (p in seen or seen.add(p))]


def show(story, incidents):
    title, text = story['title'], story['text']
    print('=' * 100)
    print('##', story['id'])
    print('TITLE:', title)
    for n, ws in enumerate(incidents):
        for kind, lo, hi, words in ws:
            print('  inc%d  %-20s %s-%s  «%s»' % (n, kind, lo, hi, words))
            if words and (lo is not None or hi is not None):
                src = next((s for s in [title] + sentences(text) if words in s), '')
                print('        ⟵', src[:400])
    for p in phrases(title, text):
        print('  ~', p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd')
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', help='keep the run here (for --diff later)')
    ap.add_argument('--run', help='read this earlier run instead of running rasd again')
    ap.add_argument('--diff', nargs=2, metavar=('OLD', 'NEW'))
    ap.add_argument('--start', type=int, default=0)
    ap.add_argument('--count', type=int, default=1000000)
    ap.add_argument('--counted', action='store_true', help='only stories with a stated weapon figure or a weapon count')
    ap.add_argument('--kinds', action='store_true', help='with --diff: compare the kind sets only')
    a = ap.parse_args()
    stories = {s['id']: s for s in R.unlabelled(a.corpus)}
    if a.diff and a.kinds:
        old, new = kind_sets(a.diff[0]), kind_sets(a.diff[1])
        changed = [k for k in new if [i[0] for i in old.get(k, [])] != [i[0] for i in new[k]]]
        for k in changed:
            print('==', k, '|', stories[k]['title'])
            print('  old', [i[0] for i in old.get(k, [])])
            print('  new', [i[0] for i in new[k]])
            for n, (kinds, quote) in enumerate(new[k]):
                print('  inc%d ⟵ %s' % (n, quote[:300]))
        print('%d stories changed' % len(changed))
        return
    if a.diff:
        old, new = weapons(a.diff[0]), weapons(a.diff[1])
        changed = [k for k in new if [[w[:3] for w in i] for i in old.get(k, [])] != [[w[:3] for w in i] for i in new[k]]]
        for k in changed:
            print('==', k)
            print('  old', [[w[:3] for w in i] for i in old.get(k, [])])
            print('  new', [[w[:3] for w in i] for i in new[k]])
            for p in phrases(stories[k]['title'], stories[k]['text']):
                print('  ~', p)
        print('%d stories changed' % len(changed))
        return
    run = a.run
    if not run:
        batch = os.path.join(tempfile.mkdtemp(prefix='rasd-wcount-'), 'b.jsonl')
        with open(batch, 'w', encoding='utf-8') as out:
            for s in stories.values():
                out.write(json.dumps(s, ensure_ascii=False) + '\n')
        res = subprocess.run([a.rasd, 'extract', '--batch', batch], capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit('rasd extract failed: ' + res.stderr[-2000:])
        run = a.out or os.path.join(os.path.dirname(batch), 'run.jsonl')
        open(run, 'w', encoding='utf-8').write(res.stdout)
    got = weapons(run)
    shown = [k for k in got if got[k] and (not a.counted or phrases(stories[k]['title'], stories[k]['text'])
                                           or any(w[1] is not None for i in got[k] for w in i))]
    for k in shown[a.start:a.start + a.count]:
        show(stories[k], got[k])
    print('stories with incidents: %d, shown %d' % (len(shown), len(shown[a.start:a.start + a.count])), file=sys.stderr)


if __name__ == '__main__':
    main()
