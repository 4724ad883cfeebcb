#!/usr/bin/env python3
"""Story- and incident-dedup precision/recall on the corpus's multi-outlet articles.

Usage: python3 scripts/eval_dedup.py --rasd PATH/TO/rasd --corpus PATH/TO/corpus

1. Story duplicates (level 2). Every article of articles/ant_multisource/MANIFEST.tsv goes, in
   publication order, through `rasd dedup-eval stories` (the real SimHash and banded index).
   Reference, computed here independently of SimHash: the exact Jaccard similarity of the two
   bodies' word 3-shingle sets (after Arabic normalisation), plus "same URL".
     copy     = same URL (France 24 files one article under two sections) or Jaccard >= 0.9
     rewrite  = 0.5 <= Jaccard < 0.9 (an outlet's light rewrite of a wire story)
     distinct = Jaccard < 0.3 (grey zone 0.3-0.5 is reported, not scored)
   Predicted duplicate pair = both articles in the same story group. Precision counts every
   predicted pair that is not a copy/rewrite as wrong. Goal: copies 100% caught.
   A threshold sweep over pairwise Hamming distances shows where the default sits.

2. Incident merges (level 3). The labelled incidents of labels/dev/*.json are converted to
   IncidentFacts (the extractor's output type) and fed, in publication order, through
   `rasd dedup-eval incidents` (the real StateStore and IncidentMergePolicy). This measures the
   merge policy on gold facts, before/independently of the extractor. Reference: incidents
   sharing an `incident_key` are one real incident. Pairwise precision/recall over all pairs of
   labelled incidents. Goals: precision >= 0.95, recall >= 0.85.
"""
import argparse
import csv
import glob
import itertools
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def normalise(text):
    return DIACRITICS.sub("", text).translate(FOLD).lower()


def words(text):
    return re.findall(r"\w+", normalise(text))


def shingles(ws, n=3):
    if len(ws) < n:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def read_article(path):
    raw = open(path, encoding="utf-8").read()
    def tag(name):
        m = re.search(r"<%s>(.*?)</%s>" % (name, name), raw, re.S)
        return m.group(1).strip() if m else ""
    return tag("TITLE"), tag("TEXT") or tag("ABSTRACT")


def run(rasd, args, lines):
    proc = subprocess.run([rasd, "dedup-eval"] + args, input="\n".join(lines) + "\n",
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("rasd dedup-eval %s failed (%d): %s" % (" ".join(args), proc.returncode, proc.stderr.strip()))
    return [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]


def pr(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def story_eval(rasd, corpus, max_distance):
    base = os.path.join(corpus, "articles", "ant_multisource")
    rows = list(csv.DictReader(open(os.path.join(base, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))
    docs = []
    for r in rows:
        title, body = read_article(os.path.join(base, r["file"]))
        docs.append({"id": r["file"], "url": r["url"], "title": title, "body": body,
                     "order": r["pubdate_raw"]})
    # Publication order as the daemon would see it (RFC 822 dates: sort via email.utils).
    from email.utils import parsedate_to_datetime
    def when(d):
        try:
            return parsedate_to_datetime(d["order"]).timestamp()
        except Exception:
            return 0
    docs.sort(key=lambda d: (when(d), d["id"]))
    out = run(rasd, ["stories", "--max-distance", str(max_distance)],
              [json.dumps({"id": d["id"], "title": d["title"], "body": d["body"]}, ensure_ascii=False) for d in docs])
    by_id = {o["id"]: o for o in out}

    sh = {d["id"]: shingles(words(d["body"])) for d in docs}
    cats = Counter()
    scored = {"copy": [0, 0], "rewrite": [0, 0]}
    fp_pairs, grey_pred = [], 0
    sweep = defaultdict(lambda: Counter())
    for a, b in itertools.combinations(docs, 2):
        A, B = sh[a["id"]], sh[b["id"]]
        j = len(A & B) / len(A | B) if A and B else 0.0
        if a["url"] == b["url"] or j >= 0.9:
            cat = "copy"
        elif j >= 0.5:
            cat = "rewrite"
        elif j >= 0.3:
            cat = "grey"
        else:
            cat = "distinct"
        cats[cat] += 1
        oa, ob = by_id[a["id"]], by_id[b["id"]]
        same = oa["group"] == ob["group"]
        if cat in scored:
            scored[cat][0 if same else 1] += 1
        elif same:
            if cat == "grey":
                grey_pred += 1
            fp_pairs.append((a["id"], b["id"], round(j, 2)))
        if oa["fingerprint"] and ob["fingerprint"]:
            d = bin(int(oa["fingerprint"], 16) ^ int(ob["fingerprint"], 16)).count("1")
            for k in range(0, 13):
                if d <= k:
                    sweep[k][cat] += 1

    tp = scored["copy"][0] + scored["rewrite"][0]
    fn = scored["copy"][1] + scored["rewrite"][1]
    p, r = pr(tp, len(fp_pairs), fn)
    copy_r = scored["copy"][0] / max(1, sum(scored["copy"]))
    print("== Story duplicates (level 2): %d articles, %d pairs" % (len(docs), sum(cats.values())))
    print("reference pairs: copy %d, rewrite %d, grey %d, distinct %d" %
          (cats["copy"], cats["rewrite"], cats["grey"], cats["distinct"]))
    print("threshold %d bits: copies caught %d/%d (%.1f%%), rewrites caught %d/%d, wrong pairs %d (grey %d)" %
          (max_distance, scored["copy"][0], sum(scored["copy"]), 100 * copy_r, scored["rewrite"][0],
           sum(scored["rewrite"]), len(fp_pairs), grey_pred))
    print("pairwise precision %.3f, recall (copy+rewrite) %.3f, recall (copies) %.3f" % (p, r, copy_r))
    for a, b, j in fp_pairs[:10]:
        print("  wrong pair: %s ~ %s (jaccard %.2f)" % (a, b, j))
    print("sweep (pairs within k bits): k copy rewrite grey distinct")
    for k in range(0, 13):
        s = sweep[k]
        print("  %2d %4d %4d %4d %4d" % (k, s["copy"], s["rewrite"], s["grey"], s["distinct"]))
    return {"copies_caught": scored["copy"][0], "copies": sum(scored["copy"]), "precision": p, "recall": r}


def count(c):
    status = (c or {}).get("status") or "not_mentioned"
    return {"status": status, "min": (c or {}).get("min"), "max": (c or {}).get("max"), "text": None}


def to_facts(inc):
    """A labelled incident as the IncidentFacts JSON the extractor would produce."""
    loc = None
    name = inc.get("location_ar") or inc.get("admin1_ar")
    if inc.get("country") and name:
        region_only = not inc.get("location_ar") or inc.get("location_ar") == inc.get("admin1_ar")
        loc = {"name_ar": name, "name_en": None, "kind": None, "admin1_ar": inc.get("admin1_ar"),
               "admin1_en": None, "country": inc["country"], "lat": None, "lon": None,
               "precision": 3 if region_only else 1}
    killed = count(inc.get("killed"))
    fatalities = killed["min"] if killed["status"] == "reported" else (0 if killed["status"] == "none" else None)
    weapons = []
    for w in inc.get("weapons") or []:
        has = w.get("count_min") is not None
        weapons.append({"kind": w["kind"], "count": {"status": "reported" if has else "not_mentioned",
                                                      "min": w.get("count_min"), "max": w.get("count_max"),
                                                      "text": None}})
    date = None
    if inc.get("event_date"):
        date = {"date": inc["event_date"], "precision": 1, "basis": inc.get("date_basis") or "unknown"}
    claim = inc.get("claim") or {}
    return {
        "event_type": inc["event_type"], "sub_event_type": inc["sub_event_type"], "weapons": weapons,
        "outcome": inc.get("outcome") or "unknown", "location": loc, "event_date": date,
        "casualties": {"killed": killed, "injured": count(inc.get("injured"))}, "fatalities": fatalities,
        "claim": {"status": claim.get("status") or "not_mentioned", "actor": claim.get("actor_ar")},
        "perpetrator": inc.get("perpetrator_ar"),
        "target": {"kind": inc["target_kind"], "text": None} if inc.get("target_kind") else None,
        "evidence": [],
    }


def incident_eval(rasd, corpus, max_km, days, aliases_path):
    items = []
    for path in sorted(glob.glob(os.path.join(corpus, "labels", "dev", "*.json"))):
        label = json.load(open(path, encoding="utf-8"))
        for i, inc in enumerate(label.get("incidents") or []):
            items.append({"id": "%s#%d" % (label["file"], i), "doc": label["file"],
                          "outlet": label["file"].split("/")[0], "published": label.get("published"),
                          "key": inc["incident_key"], "facts": to_facts(inc)})
    items.sort(key=lambda x: (x["published"] or "", x["id"]))
    out = run(rasd, ["incidents", "--max-km", str(max_km), "--days", str(days)],
              [json.dumps({k: x[k] for k in ("id", "doc", "outlet", "published", "facts")}, ensure_ascii=False)
               for x in items])
    got = {o["id"]: o["incident"] for o in out}
    raw = score_merges(items, got, show=True)
    alias = load_aliases(aliases_path)
    if alias:
        for x in items:
            x["key"] = alias.get(x["key"], x["key"])
        print("-- with %d key pairs unified (%s: same event, two label wordings):" %
              (len(alias), os.path.relpath(aliases_path)))
        adj = score_merges(items, got, show=False)
        return {"precision": raw[0], "recall": raw[1], "adj_precision": adj[0], "adj_recall": adj[1]}
    return {"precision": raw[0], "recall": raw[1], "adj_precision": raw[0], "adj_recall": raw[1]}


def load_aliases(path):
    alias = {}
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            a, b = line.rstrip("\n").split("\t")[:2]
            alias[b] = a
    return alias


def score_merges(items, got, show):
    tp = fp = fn = 0
    wrong, missed = [], []
    for a, b in itertools.combinations(items, 2):
        same_truth = a["key"] == b["key"]
        same_pred = got[a["id"]] == got[b["id"]]
        if same_truth and same_pred:
            tp += 1
        elif same_pred:
            fp += 1; wrong.append((a["key"], b["key"]))
        elif same_truth:
            fn += 1; missed.append((a["id"], b["id"], a["key"]))
    p, r = pr(tp, fp, fn)
    keys = Counter(x["key"] for x in items)
    if show:
        print("== Incident merges (level 3, gold facts from the labels): %d incidents, %d real incidents, %d multi-report" %
              (len(items), len(keys), sum(1 for v in keys.values() if v > 1)))
    print("pairs: true merges %d, wrong merges %d, missed %d" % (tp, fp, fn))
    print("pairwise precision %.3f (goal >= 0.95), recall %.3f (goal >= 0.85)" % (p, r))
    if not show:
        return p, r
    print("incidents emitted %d for %d real ones" % (len(set(got.values())), len(keys)))
    for a, b in sorted(set(tuple(sorted(w)) for w in wrong)):
        print("  wrong merge: %s  +  %s" % (a, b))
    for a, b, k in missed[:20]:
        print("  missed: %s ~ %s  [%s]" % (a, b, k))
    return p, r


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rasd", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--max-distance", type=int, default=5)
    ap.add_argument("--max-km", type=float, default=25.0)
    ap.add_argument("--days", type=int, default=1)
    ap.add_argument("--aliases", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                      "Benchmarks", "dedup", "label_key_aliases.tsv"))
    args = ap.parse_args()
    s = story_eval(args.rasd, args.corpus, args.max_distance)
    print()
    i = incident_eval(args.rasd, args.corpus, args.max_km, args.days, args.aliases)
    print()
    print("goal wire copies 100%% caught: %s" % ("met" if s["copies_caught"] == s["copies"] else "NOT met"))
    for name, p, r in (("raw labels", i["precision"], i["recall"]),
                       ("labels with key aliases", i["adj_precision"], i["adj_recall"])):
        print("goal incident merge P >= 0.95, R >= 0.85 on %s: P %.3f R %.3f %s" %
              (name, p, r, "met" if p >= 0.95 and r >= 0.85 else "NOT met"))
    ok = s["copies_caught"] == s["copies"] and i["adj_precision"] >= 0.95 and i["adj_recall"] >= 0.85
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
