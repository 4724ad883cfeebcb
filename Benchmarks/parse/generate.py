#!/usr/bin/env python3
"""Generates the parse benchmark batch: RSS 2.0 files of Arabic full-text news items.

Text comes from the Arabic article corpus (CORPUS/articles/**/*.txt) when given, else from a
built-in set of sentences. Each item has a title, link, guid, an RFC 822 date (several real-world
variants), an escaped-HTML description, a CDATA content:encoded of paragraphs (with a script and
an image to drop), categories and an enclosure. Deterministic (fixed seed).

usage: generate.py OUTDIR [--corpus DIR] [--files 200] [--items 50]
"""
import argparse
import glob
import html
import os
import random

FALLBACK = [
    "أعلنت وزارة الدفاع أن الدفاعات الجوية اعترضت صاروخين أطلقا باتجاه المدينة فجر اليوم.",
    "قال مصدر أمني إن عبوة ناسفة انفجرت على طريق رئيسي جنوب العاصمة ما أسفر عن إصابة ثلاثة أشخاص.",
    "وأضاف المتحدث أن فرق الإنقاذ تواصل البحث عن مفقودين تحت الأنقاض بعد القصف المدفعي.",
    "ذكرت وكالة الأنباء الرسمية أن الاجتماع بحث سبل تعزيز التعاون الاقتصادي بين البلدين.",
    "وشهدت الأسواق المحلية ارتفاعا في أسعار المواد الغذائية خلال الأسبوع الماضي.",
    "أكد رئيس الوزراء في مؤتمر صحفي أن الحكومة ماضية في تنفيذ خطة الإصلاح الإداري.",
]
DATES = [
    "Thu, 25 Jul 2024 10:03:08 +0300", "25 Jul 2024 07:03:08 GMT", "Thu, 25 Jul 24 10:03 EST",
    "Thu,  25 Jul 2024  10:03:08 +0000", "2024-07-25T10:03:08+03:00",
]


def sentences(corpus):
    out = []
    if corpus:
        for path in sorted(glob.glob(os.path.join(corpus, "articles", "**", "*.txt"), recursive=True)):
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f.read().split("\n"):
                    line = line.strip()
                    if 40 <= len(line) <= 600:
                        out.append(line)
    return out or FALLBACK


def item(rng, sents, feed_no, n):
    title = rng.choice(sents)[:90]
    paras = [" ".join(rng.choice(sents) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(5, 9))]
    content = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)
    content += '<script>var x = 1;</script><p><img src="https://example.com/i.jpg" alt=""/></p>'
    desc = html.escape(f"<p>{html.escape(paras[0][:300], quote=False)}&hellip;</p>", quote=False)
    link = f"https://news{feed_no}.example.com/article/{feed_no * 1000 + n}?ref=rss&amp;src=feed"
    return (f"<item><title>{html.escape(title, quote=False)}</title><link>{link}</link>"
            f'<guid isPermaLink="false">urn:rasd-bench:{feed_no}:{n}</guid>'
            f"<pubDate>{rng.choice(DATES)}</pubDate><category>أخبار</category><category>سياسة</category>"
            f"<description>{desc}</description>"
            f"<content:encoded><![CDATA[{content}]]></content:encoded>"
            f'<enclosure url="https://news{feed_no}.example.com/img/{n}.jpg" type="image/jpeg" length="12345"/>'
            "</item>\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--corpus")
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    a = ap.parse_args()
    rng = random.Random(2024)
    sents = sentences(a.corpus)
    os.makedirs(a.outdir, exist_ok=True)
    total = 0
    for f in range(a.files):
        body = "".join(item(rng, sents, f, n) for n in range(a.items))
        doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>'
               f"<title>موقع إخباري {f}</title><link>https://news{f}.example.com/</link>"
               "<description>آخر الأخبار</description><language>ar</language><ttl>15</ttl>"
               f"<lastBuildDate>{DATES[0]}</lastBuildDate>\n{body}</channel></rss>\n")
        data = doc.encode("utf-8")
        total += len(data)
        with open(os.path.join(a.outdir, f"feed{f:03d}.xml"), "wb") as out:
            out.write(data)
    print(f"{a.files} files, {a.files * a.items} items, {total / 1e6:.1f} MB in {a.outdir}")


if __name__ == "__main__":
    main()
