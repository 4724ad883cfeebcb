#!/usr/bin/env python3
"""Conformance of `rasd parse --json` against feedparser's own test corpus.

Each corpus file carries, in a leading comment, an `Expect:` line: a Python expression over
feedparser's result (`bozo`, `encoding`, `version`, `feed[...]`, `entries[i][...]`), optional
`Header:` lines (HTTP headers the file is served with) and an optional `SkipUnless:` guard.
This script runs rasd over the files (many per process, with timeouts), maps rasd's JSON onto
feedparser's names and evaluates every expression.

Verdicts
  pass / fail   the expression evaluated to true / false (or raised KeyError/IndexError/TypeError:
                a value rasd should have produced is missing or has the wrong shape).
  n/a           the expression touches something rasd does not model (the rule, applied
                mechanically by the mapped objects below, not by hand):
                  * `*_detail` members other than `value` (type, language, base), `links`,
                    `contributors`, `publisher`, `rights`/`copyright`, `source`, `tags` members
                    other than `term`, content members other than `value`, iTunes/GeoRSS/PSC/
                    media/CDF/feedburner extras, raw date strings (`published`, `updated`: rasd
                    only keeps the parsed instant, `*_parsed` is compared), `guidislink`,
                    `author_detail`, `namespaces`, `headers`, `href`, `status` …
                  * any key not in MODELED_FEED / MODELED_ENTRY raises NotApplicable.
                Files whose `SkipUnless:` guard fails here (e.g. chardet not installed) are n/a too.
  crash / hang  rasd died on a signal / exceeded the per-file timeout (run alone).

Text comparison: feedparser keeps (sanitised) HTML in values; rasd produces clean text. Strings
are therefore compared after removing tags, unescaping entities and deleting all whitespace on
both sides — so '<p>a</p><p>b</p>' equals 'a\\n\\nb'. Nothing else is relaxed.
Encodings compare by Python codec identity ('utf8' == 'UTF-8'); `version` compares by prefix
(rasd's rss091 covers feedparser's rss091u / rss091n; json10/json11 ↔ json1).
"""
import argparse
import calendar
import codecs
import html
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict

FOLDERS = ["wellformed", "illformed", "encoding", "entities", "json"]


class NotApplicable(Exception):
    pass


TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


def norm(s):
    """feedparser's side: (sanitised) HTML → its text, whitespace removed."""
    s = TAG.sub("", s)
    s = html.unescape(s)
    return SPACE.sub("", s)


def norm_text(s):
    """rasd's side: already clean text; only whitespace removed."""
    return SPACE.sub("", s)


class Text(str):
    """A rasd string compared as text (see module doc)."""

    def __eq__(self, other):
        if isinstance(other, Text):
            return norm_text(str(self)) == norm_text(str(other))
        if isinstance(other, str):  # either as HTML turned to text, or as plain text
            return norm_text(str(self)) in (norm(other), norm_text(other))
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(norm_text(str(self)))

    def __contains__(self, other):
        return norm(other) in norm_text(str(self))

    def startswith(self, p, *a):
        return norm_text(str(self)).startswith(norm(p))

    def endswith(self, p, *a):
        return norm_text(str(self)).endswith(norm(p))


class Encoding(str):
    def __eq__(self, other):
        try:
            return codecs.lookup(str(self)).name == codecs.lookup(other).name
        except Exception:
            return str(self).lower() == str(other).lower()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(str(self).lower())


class Version(str):
    def __eq__(self, other):
        mine = {"json10": "json1", "json11": "json1"}.get(str(self), str(self))
        return isinstance(other, str) and other.startswith(mine) and other != ""

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(str(self))


class Mapped(dict):
    """A feedparser-like dict; keys outside `modeled` are not applicable."""

    def __init__(self, modeled, values, aliases=None):
        super().__init__({k: v for k, v in values.items() if v is not None})
        self.modeled = modeled
        self.aliases = aliases or {}

    def _key(self, key):
        key = self.aliases.get(key, key)
        if key not in self.modeled:
            raise NotApplicable(key)
        return key

    def __getitem__(self, key):
        return dict.__getitem__(self, self._key(key))

    def __contains__(self, key):
        return dict.__contains__(self, self._key(key))

    def get(self, key, default=None):
        key = self._key(key)
        return dict.get(self, key, default)

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key)

    def keys(self):
        raise NotApplicable("keys()")


def detail(value):
    if value is None:
        return None
    return Mapped({"value"}, {"value": Text(value)})


def parsed(rfc3339):
    if not rfc3339:
        return None
    t = calendar.timegm(time.strptime(rfc3339, "%Y-%m-%dT%H:%M:%SZ"))
    return time.gmtime(t)


MODELED_FEED = {"title", "title_detail", "link", "subtitle", "subtitle_detail", "language",
                "updated_parsed", "published_parsed", "id", "author"}
FEED_ALIASES = {"tagline": "subtitle", "tagline_detail": "subtitle_detail", "description": "subtitle",
                "description_detail": "subtitle_detail", "guid": "id", "modified_parsed": "updated_parsed",
                "date_parsed": "updated_parsed", "url": "link"}
MODELED_ENTRY = {"id", "title", "title_detail", "link", "published_parsed", "updated_parsed", "summary",
                 "summary_detail", "content", "author", "tags", "enclosures"}
ENTRY_ALIASES = {"guid": "id", "description": "summary", "description_detail": "summary_detail",
                 "issued_parsed": "published_parsed", "modified_parsed": "updated_parsed",
                 "date_parsed": "updated_parsed", "created_parsed": "published_parsed", "category": "tags0"}


def text(v):
    return Text(v) if v is not None else None


def map_result(doc):
    """rasd's JSON → feedparser's names."""
    if "error" in doc:
        return {"bozo": 1, "encoding": Encoding("utf-8"), "version": Version(""),
                "feed": Mapped(MODELED_FEED, {}, FEED_ALIASES), "entries": []}
    f = doc["feed"]
    feed = Mapped(MODELED_FEED, {
        "title": text(f["title"]), "title_detail": detail(f["title"]), "link": f["link"],
        "subtitle": text(f["subtitle"]), "subtitle_detail": detail(f["subtitle"]),
        "language": f["language"], "updated_parsed": parsed(f["updated"]),
        "published_parsed": parsed(f["updated"]), "id": f["id"], "author": text(f["author"]),
    }, FEED_ALIASES)
    entries = []
    for it in doc["items"]:
        content = [Mapped({"value"}, {"value": Text(it["content"])})] if it["content"] is not None else None
        tags = [Mapped({"term"}, {"term": Text(c)}) for c in it["categories"]] or None
        encl = [Mapped({"href", "type", "length"}, {
            "href": e["url"], "type": e["type"],
            "length": str(e["length"]) if e["length"] is not None else None}) for e in it["enclosures"]] or None
        entries.append(Mapped(MODELED_ENTRY, {
            "id": it["id"], "title": text(it["title"]), "title_detail": detail(it["title"]),
            "link": it["link"], "published_parsed": parsed(it["published"]),
            "updated_parsed": parsed(it["updated"] or it["published"]),
            "summary": text(it["summary"]), "summary_detail": detail(it["summary"]),
            "content": content, "author": text(it["author"]), "tags": tags, "enclosures": encl,
        }, ENTRY_ALIASES))
    return {"bozo": 1 if doc["bozo"] else 0, "encoding": Encoding(doc["encoding"]),
            "version": Version(doc["format"]), "feed": feed, "entries": entries}


LEAF_KEYS = {"detail": {"value"}, "content": {"value"}, "tags": {"term"}, "tags0": {"term"},
             "enclosures": {"href", "url", "type", "length"}}
TOP_NAMES = {"bozo", "encoding", "version", "feed", "entries", "time", "True", "False", "None",
             "len", "int", "str", "isinstance", "u", "tuple", "list", "dict"}


def path_applicable(root, keys):
    """Whether feed[...]/entries[i][...] with these string keys is something rasd models."""
    if not keys:
        return True
    if root == "feed":
        first = FEED_ALIASES.get(keys[0], keys[0])
        if first not in MODELED_FEED:
            return False
    else:
        first = ENTRY_ALIASES.get(keys[0], keys[0])
        if first not in MODELED_ENTRY:
            return False
    if len(keys) == 1:
        return True
    kind = "detail" if first.endswith("_detail") else first
    return kind in LEAF_KEYS and keys[1] in LEAF_KEYS[kind] and len(keys) == 2


NA_REASONS = defaultdict(int)


def statically_applicable(expr):
    """The n/a rule applied to the whole expression, whatever short-circuiting would skip."""
    ok, reason = _applicable(expr)
    if not ok:
        NA_REASONS[reason] += 1
    return ok


def _applicable(expr):
    import ast
    tree = ast.parse(expr, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in TOP_NAMES:
            return False, node.id
        if isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Subscript, ast.Name)) \
                and getattr(node.value, "id", None) not in ("time",):
            if node.attr in ("startswith", "endswith", "lower", "strip", "keys", "get"):
                continue
            base = node.value
            if isinstance(base, ast.Name) and base.id == "feed" and path_applicable("feed", [node.attr]):
                continue
            if isinstance(base, ast.Subscript) and getattr(base.value, "id", None) == "entries" \
                    and path_applicable("entries", [node.attr]):
                continue
            return False, "." + node.attr
    # Collect subscript chains rooted at feed / entries.
    for node in ast.walk(tree):
        if not isinstance(node, ast.Subscript):
            continue
        keys, cur = [], node
        while isinstance(cur, ast.Subscript):
            sl = cur.slice
            if isinstance(sl, ast.Constant) and isinstance(sl.value, str):
                keys.append(sl.value)
            cur = cur.value
        if isinstance(cur, ast.Name) and cur.id in ("feed", "entries"):
            keys.reverse()
            if not path_applicable(cur.id, keys):
                return False, cur.id + "." + ".".join(keys)
    for node in ast.walk(tree):  # 'key' in feed / entries[i]
        if isinstance(node, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn)) for o in node.ops):
            left, right = node.left, node.comparators[0]
            if isinstance(left, ast.Constant) and isinstance(left.value, str):
                r = right
                while isinstance(r, ast.Subscript):
                    r = r.value
                if isinstance(r, ast.Name) and r.id in ("feed", "entries"):
                    if isinstance(right, ast.Name) or (isinstance(right, ast.Subscript) and not isinstance(
                            right.slice, ast.Constant) or isinstance(getattr(right.slice, "value", None), int)):
                        if not path_applicable(r.id, [left.value]):
                            return False, r.id + "." + left.value
    return True, None


def read_meta(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1"):
        try:
            t = raw.decode(enc)
        except Exception:
            continue
        if "Expect:" in t:
            break
    else:
        return None
    head = t[: t.find("-->")] if "-->" in t else t[:4000]
    meta = {"headers": {}}
    inline = re.search(r'"__TEST__":\s*"(.*?)-->', t)  # JSON files carry the header in a string
    if inline:
        m = re.search(r"Expect:\s*(.*)$", inline.group(1).strip())
        if m:
            meta["Expect"] = m.group(1).strip()
    for line in head.splitlines():
        m = re.match(r"\s*(Expect|Description|SkipUnless|Header):\s*(.*)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2).strip()
        if k == "Header":
            hk, _, hv = v.partition(":")
            meta["headers"][hk.strip().lower()] = hv.strip()
        else:
            meta[k] = v
    return meta if "Expect" in meta else None


def run_batch(rasd, files, ctype, base, timeout):
    cmd = [rasd, "parse", "--json"]
    if ctype:
        cmd += ["--content-type", ctype]
    if base:
        cmd += ["--base-url", base]
    try:
        p = subprocess.run(cmd + files, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "hang"
    if p.returncode < 0:
        return None, "crash"
    out = {}
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            d = json.loads(line)
            out[d["file"]] = d
        except Exception:
            pass
    return out, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rasd", required=True)
    ap.add_argument("--corpus", required=True, help="path to feedparser-tests/")
    ap.add_argument("--failures", action="store_true", help="list failing cases")
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--na-reasons", action="store_true", help="count n/a verdicts by the field that caused them")
    args = ap.parse_args()

    cases = []  # (folder, path, meta)
    for folder in FOLDERS:
        for dirpath, _, names in os.walk(os.path.join(args.corpus, folder)):
            for n in sorted(names):
                if n.endswith((".xml", ".json", ".rdf", ".atom")):
                    cases.append((folder, os.path.join(dirpath, n)))

    verdicts = defaultdict(lambda: defaultdict(int))
    details = []
    groups = defaultdict(list)
    metas = {}
    for folder, path in cases:
        meta = read_meta(path)
        if meta is None:
            verdicts[folder]["no-expect"] += 1
            continue
        skip = meta.get("SkipUnless")
        if skip:
            try:
                eval(skip)
            except Exception:
                verdicts[folder]["n/a"] += 1
                continue
        metas[path] = (folder, meta)
        h = meta["headers"]
        base = h.get("content-location")
        if base is None and (folder == "wellformed" and "/base/" in path or os.path.basename(path).startswith("http_")):
            # feedparser's own runner serves these files from a local server; its URL is the document URI.
            base = "http://127.0.0.1:8097/tests/" + os.path.relpath(path, args.corpus)
        groups[(h.get("content-type"), base)].append(path)

    results = {}
    problems = {}
    start = time.time()
    for (ctype, base), files in groups.items():
        for i in range(0, len(files), args.batch):
            chunk = files[i:i + args.batch]
            out, err = run_batch(args.rasd, chunk, ctype, base, 20 + 0.5 * len(chunk))
            if out is None:
                out = {}
            for f in chunk:
                if f in out:
                    results[f] = out[f]
                    continue
                one, err1 = run_batch(args.rasd, [f], ctype, base, 10)
                if one and f in one:
                    results[f] = one[f]
                else:
                    problems[f] = err1 or "no output"
    elapsed = time.time() - start

    env_base = {"time": time, "__builtins__": __builtins__}
    for path, (folder, meta) in metas.items():
        if path in problems:
            verdicts[folder][problems[path] if problems[path] in ("crash", "hang") else "crash"] += 1
            details.append((folder, path, problems[path], meta["Expect"], ""))
            continue
        if not statically_applicable(meta["Expect"]):
            verdicts[folder]["n/a"] += 1
            continue
        env = dict(env_base)
        env.update(map_result(results[path]))
        try:
            ok = bool(eval(meta["Expect"], env))
            v = "pass" if ok else "fail"
        except NotApplicable:
            v = "n/a"
        except NameError:
            v = "n/a"  # top-level names rasd does not model (namespaces, headers, href, status)
        except (KeyError, IndexError, TypeError, AttributeError) as e:
            v = "fail"
        verdicts[folder][v] += 1
        if v == "fail":
            details.append((folder, path, v, meta["Expect"], json.dumps(results[path], ensure_ascii=False)[:600]))

    cols = ["pass", "fail", "n/a", "crash", "hang"]
    print(f"{'folder':<12}" + "".join(f"{c:>7}" for c in cols) + f"{'pass % of applicable':>22}")
    tot = defaultdict(int)
    for folder in FOLDERS:
        row = verdicts[folder]
        for c in cols:
            tot[c] += row[c]
        app = row["pass"] + row["fail"] + row["crash"] + row["hang"]
        pct = f"{100.0 * row['pass'] / app:.1f}" if app else "-"
        print(f"{folder:<12}" + "".join(f"{row[c]:>7}" for c in cols) + f"{pct:>22}")
    app = tot["pass"] + tot["fail"] + tot["crash"] + tot["hang"]
    print(f"{'total':<12}" + "".join(f"{tot[c]:>7}" for c in cols) + f"{100.0 * tot['pass'] / max(app, 1):>22.1f}")
    print(f"files: {len(cases)}; rasd time {elapsed:.1f} s")
    if args.na_reasons:
        print("\nn/a by field (first unmodelled field of each expression; entries[i] shown as entries):")
        for k, v in sorted(NA_REASONS.items(), key=lambda kv: -kv[1])[:40]:
            print(f"{v:6}  {k}")
    if args.failures:
        for folder, path, v, expect, got in details:
            print(f"\n[{v}] {path}\n  expect: {expect}\n  rasd:   {got}")
    return 0 if tot["crash"] == 0 and tot["hang"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
