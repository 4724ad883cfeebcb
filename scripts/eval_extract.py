#!/usr/bin/env python3
"""Score `rasd extract` against the labelled ANT articles (corpus/labels/dev).

Runs every labelled article through one `rasd extract --batch` process, matches predicted
incidents to labelled ones per article, and prints field-by-field scores for the tuning split,
the held-out split (every 4th label file by sorted name, never used while writing rules) and all.

usage: eval_extract.py --rasd BIN --corpus DIR [--gazetteer TSV] [--show N] [--split tune|heldout|all]
"""
import argparse, datetime, glob, json, os, re, subprocess, sys, tempfile, unicodedata

def norm(s):
    if s is None:
        return None
    s = re.sub('[\u064B-\u065F\u0670\u0640]', '', s)
    s = s.translate(str.maketrans('أإآٱىة', 'اااايه'))
    s = re.sub(r'^(محافظة|ولاية|إقليم|اقليم|منطقة)\s+', '', s.strip())
    return s

def strip_clitic(s):
    s = norm(s)
    if not s:
        return s
    for p in ('وب', 'ول', 'وال', 'بال', 'لل', 'فال', 'كال', 'ب', 'ل', 'و', 'ف'):
        if s.startswith(p) and len(s) - len(p) >= 3:
            return s[len(p):]
    return s

def parse_article(path):
    raw = open(path, encoding='utf-8', errors='replace').read()
    def tag(name):
        m = re.search(r'<%s>(.*?)</%s>' % (name, name), raw, re.S)
        return m.group(1).strip() if m else ''
    return tag('TITLE'), tag('TEXT') or raw, tag('TIME'), tag('URL'), tag('SRC')

def published_with_offset(label_pub, header_time):
    """The label's UTC publication time written in the outlet's offset from the article header."""
    utc = datetime.datetime.strptime(label_pub, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=datetime.timezone.utc)
    m = re.search(r'([+-])(\d\d)(\d\d)\s*$', header_time or '')
    off = 0
    if m:
        off = (int(m.group(2)) * 3600 + int(m.group(3)) * 60) * (1 if m.group(1) == '+' else -1)
    local = utc + datetime.timedelta(seconds=off)
    sign = '+' if off >= 0 else '-'
    return local.strftime('%Y-%m-%dT%H:%M:%S') + '%s%02d:%02d' % (sign, abs(off) // 3600, abs(off) % 3600 // 60)

FAMILY = {
    'Air/drone strike': 'air', 'Shelling/artillery/missile attack': 'fire', 'Remote explosive/landmine/IED': 'explosive',
    'Suicide bomb': 'explosive', 'Grenade': 'explosive', 'Chemical weapon': 'chemical', 'Armed clash': 'battle',
    'Government regains territory': 'battle', 'Non-state actor overtakes territory': 'battle', 'Attack': 'civilians',
    'Abduction/forced disappearance': 'civilians', 'Sexual violence': 'civilians', 'Disrupted weapons use': 'disrupted',
}

def pred_fields(p):
    loc = p.get('location') or {}
    ed = p.get('event_date') or {}
    return {
        'event_type': p['event_type'], 'sub_event_type': p['sub_event_type'],
        'admin1': norm(loc.get('admin1_ar')), 'location': strip_clitic(loc.get('name_ar')), 'country': loc.get('country'),
        'date': ed.get('date'), 'basis': ed.get('basis'),
        'killed': p['casualties']['killed'], 'injured': p['casualties']['injured'], 'claim': p['claim']['status'],
        'weapons': sorted({w['kind'] for w in p['weapons']}),
        'weapon_counts': [(w['kind'], (w.get('count') or {}).get('min'), (w.get('count') or {}).get('max')) for w in p['weapons']],
    }

def gold_fields(g):
    return {
        'event_type': g['event_type'], 'sub_event_type': g['sub_event_type'], 'admin1': norm(g.get('admin1_ar')),
        'location': strip_clitic(g.get('location_ar')), 'country': g.get('country'), 'date': g.get('event_date'),
        'basis': g.get('date_basis'), 'killed': g['killed'], 'injured': g['injured'], 'claim': g['claim']['status'],
        'weapons': sorted({w['kind'] for w in g.get('weapons', [])}),
        'weapon_counts': [(w['kind'], w.get('count_min'), w.get('count_max')) for w in g.get('weapons', [])],
    }

def pair_score(p, g):
    s = 0
    if FAMILY.get(p['sub_event_type']) == FAMILY.get(g['sub_event_type']): s += 2
    if p['admin1'] and p['admin1'] == g['admin1']: s += 1
    if p['location'] and g['location'] and (p['location'] in g['location'] or g['location'] in p['location']): s += 2
    if p['date'] == g['date']: s += 1
    return s

def match(preds, golds):
    """Greedy best-score pairing; every pair kept (order in the article is the tie-break)."""
    cands = sorted(((pair_score(p, g), -abs(i - j), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)), reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for s, _, i, j in cands:
        if i in used_p or j in used_g or s < 1:
            continue
        used_p.add(i); used_g.add(j); pairs.append((preds[i], golds[j]))
    return pairs

def counts_exact(p, g):
    return p['min'] == g['min'] and p['max'] == g['max']

def score(rows):
    m = {k: [0, 0] for k in ['art_tp', 'art_fp', 'art_fn', 'inc_pred', 'inc_gold', 'inc_match']}
    fields = {k: [0, 0] for k in ['event_type', 'sub_event_type', 'killed_status', 'injured_status', 'casualty_status',
                                   'stated_counts', 'claim', 'governorate', 'country', 'event_date', 'weapons']}
    for gold, preds in rows:
        g_inc = [gold_fields(x) for x in gold['incidents']]
        p_inc = [pred_fields(x) for x in preds]
        gi, pi = bool(g_inc), bool(p_inc)
        m['art_tp'][0] += gi and pi; m['art_fp'][0] += pi and not gi; m['art_fn'][0] += gi and not pi
        m['inc_pred'][0] += len(p_inc); m['inc_gold'][0] += len(g_inc)
        pairs = match(p_inc, g_inc)
        m['inc_match'][0] += len(pairs)
        for p, g in pairs:
            def add(k, ok):
                fields[k][0] += bool(ok); fields[k][1] += 1
            add('event_type', p['event_type'] == g['event_type'])
            add('sub_event_type', p['sub_event_type'] == g['sub_event_type'])
            add('killed_status', p['killed']['status'] == g['killed']['status'])
            add('injured_status', p['injured']['status'] == g['injured']['status'])
            add('casualty_status', p['killed']['status'] == g['killed']['status'] and p['injured']['status'] == g['injured']['status'])
            for who in ('killed', 'injured'):
                if g[who]['status'] == 'reported':
                    add('stated_counts', p[who]['status'] == 'reported' and counts_exact(p[who], g[who]))
            # SCHEMA: weapon counts are stated numbers too ("أربعة صواريخ" = 4/4); the same kind must carry them.
            for kind, lo, hi in g['weapon_counts']:
                if lo is not None or hi is not None:
                    add('stated_counts', (kind, lo, hi) in p['weapon_counts'])
            add('claim', p['claim'] == g['claim'])
            if g['admin1']:
                add('governorate', p['admin1'] == g['admin1'])
            if g['country']:
                add('country', p['country'] == g['country'])
            if g['date']:
                add('event_date', p['date'] == g['date'])
            add('weapons', set(p['weapons']) == set(g['weapons']))
    tp, fp, fn = m['art_tp'][0], m['art_fp'][0], m['art_fn'][0]
    out = {
        'articles': len(rows),
        'article detection P': tp / (tp + fp) if tp + fp else 1.0,
        'article detection R': tp / (tp + fn) if tp + fn else 1.0,
        'incident P': m['inc_match'][0] / m['inc_pred'][0] if m['inc_pred'][0] else 1.0,
        'incident R': m['inc_match'][0] / m['inc_gold'][0] if m['inc_gold'][0] else 1.0,
        'incidents (pred/gold/matched)': '%d/%d/%d' % (m['inc_pred'][0], m['inc_gold'][0], m['inc_match'][0]),
    }
    for k, (ok, n) in fields.items():
        out[k] = (ok / n if n else float('nan'), n)
    return out

def wof_places(corpus, path):
    """A place table for `rasd extract --gazetteer` built from the WOF extracts (eval only)."""
    rows = []
    for f in sorted(glob.glob(os.path.join(corpus, 'gazetteer', 'wof_*.tsv'))):
        with open(f, encoding='utf-8') as fh:
            head = fh.readline().rstrip('\n').split('\t')
            for line in fh:
                r = dict(zip(head, line.rstrip('\n').split('\t')))
                if r.get('is_current') == '0' or r.get('deprecated') or not r.get('name_ar') or not r.get('country'):
                    continue
                kind = r['placetype']
                admin1 = r.get('region_ar') or (r['name_ar'] if kind == 'region' else '')
                variants = [v for v in (r.get('name_ar_other') or '').split('|') if v]
                rows.append('\t'.join([r['name_ar'], r.get('name_en', ''), kind, admin1, r.get('region_en', ''), r['country'],
                                       r.get('lat', ''), r.get('lon', ''), r.get('population') or '0', '|'.join(variants)]))
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(rows) + '\n')

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rasd', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--gazetteer', help='place TSV for rasd extract; default: the shipped gazetteer if rasd has one, '
                    'else one built from corpus/gazetteer (WOF)')
    ap.add_argument('--wof', action='store_true', help='use a place table built from corpus/gazetteer WOF files')
    ap.add_argument('--split', default='all', choices=['tune', 'heldout', 'all'])
    ap.add_argument('--show', type=int, default=0, help='print N mismatching articles of the tuning split')
    a = ap.parse_args()
    labels = sorted(glob.glob(os.path.join(a.corpus, 'labels', 'dev', '*.json')))
    tmp = tempfile.mkdtemp(prefix='rasd-eval-')
    batch = os.path.join(tmp, 'batch.jsonl')
    golds = {}
    with open(batch, 'w', encoding='utf-8') as out:
        for n, lf in enumerate(labels):
            g = json.load(open(lf, encoding='utf-8'))
            g['_heldout'] = n % 4 == 3
            title, text, header_time, url, src = parse_article(os.path.join(a.corpus, 'articles', 'ant_multisource', g['file']))
            golds[g['file']] = g
            out.write(json.dumps({'id': g['file'], 'title': title, 'text': text, 'url': url, 'outlet': src,
                                  'published': published_with_offset(g['published'], header_time)}, ensure_ascii=False) + '\n')
    cmd = [a.rasd, 'extract', '--batch', batch]
    gaz = a.gazetteer
    if a.wof and not gaz:
        gaz = os.path.join(tmp, 'places.tsv'); wof_places(a.corpus, gaz)
    if gaz:
        cmd += ['--gazetteer', gaz]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit('rasd extract failed: ' + res.stderr[-2000:])
    preds = {}
    for line in res.stdout.splitlines():
        o = json.loads(line); preds[o['id']] = o['incidents']
    splits = {'tune': [], 'heldout': [], 'all': []}
    for f, g in golds.items():
        row = (g, preds.get(f, []))
        splits['all'].append(row)
        splits['heldout' if g['_heldout'] else 'tune'].append(row)
    scores = {k: score(v) for k, v in splits.items()}
    goals = {'article detection P': .95, 'article detection R': .90, 'event_type': .90, 'casualty_status': .95,
             'stated_counts': .90, 'claim': .90, 'governorate': .90, 'event_date': .90}
    print('%-30s %14s %14s %14s   goal' % ('metric', 'tune', 'held-out', 'all'))
    for key in scores['all']:
        cells = []
        for k in ('tune', 'heldout', 'all'):
            v = scores[k][key]
            cells.append('%.3f (n=%d)' % v if isinstance(v, tuple) else ('%.3f' % v if isinstance(v, float) else str(v)))
        print('%-30s %14s %14s %14s   %s' % (key, cells[0], cells[1], cells[2], goals.get(key, '')))
    if a.show:
        shown = 0
        for g, p in splits['tune']:
            gi, pi = [gold_fields(x) for x in g['incidents']], [pred_fields(x) for x in p]
            bad = len(gi) != len(pi) or any(
                pp['sub_event_type'] != gg['sub_event_type'] or pp['killed']['status'] != gg['killed']['status']
                or pp['claim'] != gg['claim'] or pp['admin1'] != gg['admin1'] or pp['date'] != gg['date']
                or pp['injured']['status'] != gg['injured']['status']
                for pp, gg in match(pi, gi))
            if bad:
                print('\n==', g['file'])
                for x in gi: print('  gold', x['sub_event_type'], x['location'], x['admin1'], x['date'], x['basis'], x['killed']['status'], x['killed']['min'], x['killed']['max'], x['injured']['status'], x['claim'])
                for x in pi: print('  pred', x['sub_event_type'], x['location'], x['admin1'], x['date'], x['basis'], x['killed']['status'], x['killed']['min'], x['killed']['max'], x['injured']['status'], x['claim'])
                shown += 1
                if shown >= a.show: break

if __name__ == '__main__':
    main()
