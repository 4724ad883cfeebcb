#!/usr/bin/env python3
"""Writes N real-sized Arabic RSS 2.0 feeds (default 1,000 of about 190 KB) for the cycle benchmark.

Ordinary items are built from sentences of the corpus's non-incident articles (ANT multi-outlet
set: "negative" bucket, no violence keyword); about one item in twenty is a whole
incident article of that set (violent_single, cluster buckets), so extraction does real work
and wire copies of one story appear in several feeds, as they do in real life. Without a corpus a
small built-in Arabic text is used. Output is deterministic for a given seed and is reused when
the parameters have not changed (a stamp file records them).

Usage: make_feeds.py OUT_DIR BASE_URL [--corpus DIR] [--feeds 1000] [--size 190000] [--seed 1]
Writes OUT_DIR/www/fNNNN.xml and OUT_DIR/urls.txt (one URL a line).
"""
import argparse, glob, html, json, os, random, re, sys
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

BUILTIN_ORDINARY = [
    "أعلنت وزارة التربية والتعليم عن موعد بدء العام الدراسي الجديد في جميع المدارس الحكومية.",
    "وشهدت الأسواق المحلية ارتفاعا ملحوظا في أسعار الخضار والفواكه خلال الأسبوع الماضي.",
    "وقال المتحدث باسم الحكومة إن المشروع سيوفر آلاف فرص العمل للشباب في المحافظات الجنوبية.",
    "وافتتح وزير الثقافة معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر عربية وأجنبية.",
    "وتوقعت الأرصاد الجوية طقسا معتدلا على معظم المناطق مع فرصة لسقوط أمطار خفيفة في الشمال.",
    "وفاز المنتخب الوطني على نظيره بهدفين مقابل هدف واحد في المباراة التي أقيمت مساء أمس.",
    "وأكد البنك المركزي أن معدل التضخم تراجع إلى أدنى مستوى له منذ ثلاث سنوات.",
    "ودعا رئيس البلدية المواطنين إلى ترشيد استهلاك المياه خلال أشهر الصيف.",
    "وناقش البرلمان مشروع قانون جديد لتنظيم الاستثمار الأجنبي في قطاع الطاقة المتجددة.",
    "وأشارت الدراسة إلى أن نسبة الشباب الذين يستخدمون الإنترنت يوميا تجاوزت ثمانين في المئة.",
]
BUILTIN_INCIDENTS = [
    ("سقوط صواريخ على قاعدة عين الأسد في الأنبار",
     "أفاد مصدر أمني عراقي بسقوط ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية في محافظة الأنبار "
     "غربي العراق فجر اليوم الخميس، من دون وقوع إصابات. وقال المصدر إن الصواريخ أطلقت من منطقة "
     "صحراوية قريبة، ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",
     "Thu, 25 Jul 2024 06:10:00 +0300"),
    ("مقتل جنديين بانفجار عبوة ناسفة في ديالى",
     "قتل جنديان وأصيب ثلاثة آخرون بجروح إثر انفجار عبوة ناسفة استهدفت دورية للجيش العراقي في "
     "قضاء المقدادية بمحافظة ديالى مساء الأربعاء، بحسب ما أفاد مصدر في الشرطة.",
     "Wed, 24 Jul 2024 22:30:00 +0300"),
]

TEXT_RE = re.compile(r"<TEXT>\s*(.*?)\s*</TEXT>", re.S)
TITLE_RE = re.compile(r"<TITLE>\s*(.*?)\s*</TITLE>", re.S)
TIME_RE = re.compile(r"<TIME>\s*(.*?)\s*</TIME>", re.S)
SENT_SPLIT = re.compile(r"(?<=[.!؟?])\s+|\n+")


def load_corpus(corpus):
    root = os.path.join(corpus, "articles", "ant_multisource")
    manifest = os.path.join(root, "MANIFEST.tsv")
    if not os.path.isfile(manifest):
        return None
    ordinary, incidents = [], []
    with open(manifest, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            path, bucket = os.path.join(root, cols[0]), cols[6]
            try:
                doc = open(path, encoding="utf-8").read()
            except OSError:
                continue
            text, title, when = TEXT_RE.search(doc), TITLE_RE.search(doc), TIME_RE.search(doc)
            if not text or not title:
                continue
            body = text.group(1).strip()
            if bucket in ("violent_single", "cluster"):
                incidents.append((title.group(1).strip(), body, when.group(1).strip() if when else None))
            elif bucket == "negative" and cols[7] in ("", "0"):
                ordinary += [s.strip() for s in SENT_SPLIT.split(body) if len(s.strip()) > 40]
    if not ordinary or not incidents:
        return None
    return ordinary, incidents


def paragraphs(rng, sentences, target_bytes):
    out, size = [], 0
    while size < target_bytes:
        para = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4)))
        out.append(para)
        size += len(para.encode()) + 7
    return out


def item_xml(title, link, guid, pub, category, paras):
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)
    summary = paras[0][:300]
    return (f"<item><title>{html.escape(title, quote=False)}</title><link>{link}</link>"
            f'<guid isPermaLink="false">{guid}</guid><pubDate>{pub}</pubDate>'
            f"<category>{html.escape(category, quote=False)}</category>"
            f"<description>{html.escape(summary, quote=False)}</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>\n")


def write_feed(path, f, rng, ordinary, incidents, size, base_time):
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
            f"<channel><title>مصدر إخباري {f}</title><link>https://bench{f % 97}.example/</link>"
            f"<description>أخبار محلية ودولية من المصدر رقم {f}</description><language>ar</language>\n")
    tail = "</channel></rss>\n"
    items, used, n = [], len(head.encode()) + len(tail), 0
    while used < size:
        n += 1
        link = f"https://bench{f % 97}.example/news/{f}/{n}"
        if n % 20 == 7:  # one item in twenty: a whole incident article (a wire copy across feeds)
            title, body, when = rng.choice(incidents)
            paras = [p for p in body.split("\n") if p.strip()]
            pub = when or format_datetime(base_time - timedelta(minutes=n * 17), usegmt=True)
            category = "أمن"
        else:
            words = rng.choice(ordinary).split()
            title = " ".join(words[: rng.randint(6, 12)])
            paras = paragraphs(rng, ordinary, rng.randint(5000, 9000))
            pub = format_datetime(base_time - timedelta(minutes=n * 17), usegmt=True)
            category = rng.choice(["اقتصاد", "ثقافة", "رياضة", "سياسة", "مجتمع"])
        xml = item_xml(title, link, f"bench-{f}-{n}", pub, category, paras)
        items.append(xml)
        used += len(xml.encode())
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(head + "".join(items) + tail)
    os.replace(tmp, path)
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("base_url")
    ap.add_argument("--corpus")
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--size", type=int, default=190000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    loaded = load_corpus(args.corpus) if args.corpus else None
    source = "corpus" if loaded else "builtin"
    ordinary, incidents = loaded or (BUILTIN_ORDINARY, BUILTIN_INCIDENTS)
    www = os.path.join(args.out, "www")
    os.makedirs(www, exist_ok=True)
    stamp_path = os.path.join(args.out, "stamp.json")
    stamp = {"feeds": args.feeds, "size": args.size, "seed": args.seed, "source": source, "v": 2}
    try:
        reuse = json.load(open(stamp_path)) == stamp
    except (OSError, ValueError):
        reuse = False
    items = 0
    if not reuse:
        rng = random.Random(args.seed)
        base_time = datetime(2024, 7, 25, 12, 0, tzinfo=timezone.utc)
        for f in range(args.feeds):
            items += write_feed(os.path.join(www, f"f{f:04d}.xml"), f, rng, ordinary, incidents,
                                args.size, base_time)
        json.dump(stamp, open(stamp_path, "w"))
    with open(os.path.join(args.out, "urls.txt"), "w") as fh:
        for f in range(args.feeds):
            fh.write(f"{args.base_url.rstrip('/')}/f{f:04d}.xml\n")
    total = sum(os.path.getsize(os.path.join(www, f"f{f:04d}.xml")) for f in range(args.feeds))
    print(f"feeds: {args.feeds} from {source} text, {total / 1e6:.1f} MB, "
          f"{'reused' if reuse else f'{items} items written'}", file=sys.stderr)


if __name__ == "__main__":
    main()
