#!/usr/bin/env python3
"""Build rasd's shipped gazetteer from Who's On First extracts plus the curated overlay.

Usage (from the repository root):

    python3 scripts/build_gazetteer.py [WOF_DIR] [--overlay Data/gazetteer/overlay.tsv] \
        [--out Sources/RasdCore/Resources/gazetteer.tsv]

WOF_DIR defaults to ../shared/corpus/gazetteer (the `wof_*_places_ar.tsv` extracts). The output is
deterministic (sorted, no timestamps): re-running on the same inputs gives the same bytes.

Output: a `#common_words` line (keys that are ordinary Arabic words, `|`-separated: matched in text
only after a designator such as مدينة or محافظة), then the header and rows. Columns (tab-separated,
header line starting with `#`):
    name_ar   display name (original spelling; bidi marks and tashkeel removed)
    key       lookup key: ArabicNormalizer.normalize(name_ar) with a leading admin word
              (محافظة، قضاء، ناحية، مدينة، بلدة، قرية، مخيم …) removed
    alt_keys  other keys, `|`-separated: Arabic variants (name_ar_other) and the unstripped name
    name_en, kind, admin1_ar, admin1_en, country, lat, lon, population, source

Only the Python standard library is used. `normalize` below must stay identical to
Sources/RasdCore/Arabic/ArabicNormalizer.swift and `strip_admin_word` to GazetteerKey.swift;
the Swift test GazetteerKeyParityTests checks generated keys against the Swift functions.
"""

from __future__ import annotations

import argparse
import csv
import glob
import math
import os
import re
import sys

csv.field_size_limit(10**9)

# --- normalisation (mirror of ArabicNormalizer.map) ----------------------------------------------

_DROP = set(range(0x064B, 0x0660)) | {0x0670} | set(range(0x06D6, 0x06EE)) \
    | set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) \
    | {0x061C, 0xFEFF, 0x0640, 0x066C}
_MAP = {}
for _c in (0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673):
    _MAP[_c] = "\u0627"
for _c in (0x0649, 0x06CC, 0x06D2):
    _MAP[_c] = "\u064A"
_MAP[0x0629] = "\u0647"
_MAP[0x06A9] = "\u0643"
for _i in range(10):
    _MAP[0x0660 + _i] = chr(0x30 + _i)
    _MAP[0x06F0 + _i] = chr(0x30 + _i)
_MAP[0x066B] = "."
_MAP[0x0624] = "\u0648"
_MAP[0x0626] = "\u064A"


def normalize(text: str) -> str:
    out = []
    for ch in text:
        v = ord(ch)
        if v in _DROP:
            continue
        out.append(_MAP.get(v, ch))
    return "".join(out)


# Admin words dropped from the front of a key (already normalised). Mirror of GazetteerKey.adminWords.
ADMIN_WORDS = [
    "محافظه", "قضاء", "ناحيه", "مدينه", "بلده", "قريه", "مخيم", "مديريه", "منطقه", "ولايه",
    "شعبيه", "بلديه", "اماره", "لواء", "مركز", "عزله",
]
_ADMIN_SET = set(ADMIN_WORDS)


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def strip_admin_word(key: str) -> str:
    """Drop one leading admin word when something of at least two letters remains."""
    parts = key.split(" ")
    if len(parts) >= 2 and parts[0] in _ADMIN_SET and len("".join(parts[1:])) >= 2:
        return " ".join(parts[1:])
    return key


def make_key(name: str) -> str:
    return strip_admin_word(collapse_spaces(normalize(name)))


# --- display cleaning ------------------------------------------------------------------------------

_BIDI_AND_MARKS = re.compile("[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]")
_ARABIC_LETTER = re.compile("[\u0621-\u064A\u0671-\u06D3]")
_LATIN = re.compile("[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def clean_display(name: str) -> str:
    return collapse_spaces(_BIDI_AND_MARKS.sub("", name or ""))


def is_arabic_name(name: str) -> bool:
    return bool(name) and bool(_ARABIC_LETTER.search(name)) and not _LATIN.search(name)


# --- WOF input ------------------------------------------------------------------------------------

KIND_OF_PLACETYPE = {
    "country": "country", "region": "region", "county": "county", "localadmin": "county",
    "locality": "locality", "borough": "neighbourhood", "neighbourhood": "neighbourhood",
    "macrohood": "neighbourhood",
}
# Higher wins when two rows share a key within one governorate.
KIND_RANK = {
    "country": 9, "region": 8, "military_base": 7, "airport": 7, "border_crossing": 7, "camp": 7,
    "oil_field": 7, "port": 7, "site": 7, "county": 6, "locality": 5, "neighbourhood": 3,
}

COLUMNS = ["name_ar", "key", "alt_keys", "name_en", "kind", "admin1_ar", "admin1_en", "country",
           "lat", "lon", "population", "source"]


def read_tsv(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def as_int(text: str) -> int:
    try:
        return max(0, int(float(text)))
    except (TypeError, ValueError):
        return 0


def display_and_variants(row: dict) -> tuple[str, list[str]]:
    """The Arabic display name and Arabic variants; a Latin name_ar falls back to a variant."""
    names = [clean_display(n) for n in [row.get("name_ar", "")] + (row.get("name_ar_other") or "").split("|")]
    names = [n for n in names if is_arabic_name(n)]
    if not names:
        return "", []
    return names[0], names[1:]


# Governorates whose WOF names are not the ones ACLED uses (Libya's WOF regions carry old
# shabiyat names and a town for a name): (country, WOF name) → (Arabic, English) as ACLED names them.
ACLED_ADMIN1 = {
    ("LY", "Ghadamis"): ("نالوت", "Nalut"), ("LY", "Al Jufrah"): ("الجفرة", "Al Jufra"),
    ("LY", "Al Kufrah"): ("الكفرة", "Al Kufra"), ("LY", "Al Marqab"): ("المرقب", "Al Marqab"),
    ("LY", "Ash Shati'"): ("وادي الشاطئ", "Wadi ash Shati"), ("LY", "Ghat"): ("غات", "Ghat"),
    ("LY", "Murzuq"): ("مرزق", "Murzuq"), ("LY", "Misratah"): ("مصراتة", "Misrata"),
    ("LY", "Sabha"): ("سبها", "Sabha"), ("LY", "Al Jifarah"): ("الجفارة", "Al Jfara"),
    ("LY", "An Nuqat al Khams"): ("النقاط الخمس", "An Nuqat al Khams"),
    ("LY", "Az Zawiyah"): ("الزاوية", "Az Zawiyah"), ("LY", "Mizdah"): ("الجبل الغربي", "Al Jabal al Gharbi"),
    ("LY", "Tajura' wa an Nawahi al Arba"): ("طرابلس", "Tripoli"), ("LY", "Al Marj"): ("المرج", "Al Marj"),
    ("LY", "Al Jabal al Akhdar"): ("الجبل الأخضر", "Al Jabal al Akhdar"),
    ("LY", "Ajdabiya"): ("الواحات", "Al Wahat"), ("LY", "Benghazi"): ("بنغازي", "Benghazi"),
    ("LY", "Surt"): ("سرت", "Sirt"), ("LY", "Al Qubbah"): ("درنة", "Derna"),
    ("LY", "Al Butnan"): ("البطنان", "Al Butnan"), ("LY", "Wadi al Hayaa"): ("وادي الحياة", "Wadi al Hayaa"),
    ("YE", "Sana'a"): ("صنعاء", "Sanaa"), ("YE", "Raymah"): ("ريمة", "Raymah"),
}


def region_names(r: dict) -> tuple[str, str, list[str]]:
    """Display name, English name and Arabic variants of a WOF region row, ACLED names first."""
    name_ar, variants = display_and_variants(r)
    name_en = (r.get("name_en") or r["name"]).strip()
    acled = ACLED_ADMIN1.get((r["country"], r["name"]))
    if acled:
        if name_ar and name_ar != acled[0]:
            variants = [name_ar] + variants
        name_ar, name_en = acled
    return name_ar, name_en, variants


class Regions:
    """Governorate rows of each country: id → (name_ar, name_en), plus label points."""

    def __init__(self, rows: list[dict]):
        self.by_id: dict[str, tuple[str, str, str]] = {}
        for r in rows:
            if r["placetype"] != "region":
                continue
            name_ar, name_en, _ = region_names(r)
            self.by_id[r["wof_id"]] = (name_ar, name_en, r["country"])

    def names(self, region_id: str, fallback_ar: str, fallback_en: str) -> tuple[str, str]:
        hit = self.by_id.get(region_id)
        if hit and hit[0]:
            return hit[0], hit[1]
        return clean_display(fallback_ar), (fallback_en or "").strip()


class NearestAdmin1:
    """Fills a missing governorate from the nearest place of the same country that has one."""

    CELL = 0.5

    def __init__(self):
        self.grid: dict[tuple[str, int, int], list[tuple[float, float, str, str]]] = {}

    def add(self, country: str, lat: float, lon: float, ar: str, en: str) -> None:
        cell = (country, int(math.floor(lat / self.CELL)), int(math.floor(lon / self.CELL)))
        self.grid.setdefault(cell, []).append((lat, lon, ar, en))

    def nearest(self, country: str, lat: float, lon: float) -> tuple[str, str]:
        ci, cj = int(math.floor(lat / self.CELL)), int(math.floor(lon / self.CELL))
        for radius in (1, 2):
            best = None
            for di in range(-radius, radius + 1):
                for dj in range(-radius, radius + 1):
                    for (la, lo, ar, en) in self.grid.get((country, ci + di, cj + dj), []):
                        d = (la - lat) ** 2 + ((lo - lon) * math.cos(math.radians(lat))) ** 2
                        if best is None or (d, ar) < (best[0], best[1]):
                            best = (d, ar, en)
            if best:
                return best[1], best[2]
        return "", ""


def wof_rows(wof_dir: str) -> list[dict]:
    files = sorted(glob.glob(os.path.join(wof_dir, "wof_*_places_ar.tsv")))
    if not files:
        sys.exit(f"build_gazetteer: no wof_*_places_ar.tsv under {wof_dir}")
    raw = []
    for path in files:
        raw.extend(read_tsv(path))
    regions = Regions(raw)
    region_keys_by_country: dict[str, set[str]] = {}
    locality_keys_by_country: dict[str, set[str]] = {}
    for r in raw:
        name, _ = region_names(r)[0::2] if r["placetype"] == "region" else display_and_variants(r)
        if not name:
            continue
        if r["placetype"] == "region":
            region_keys_by_country.setdefault(r["country"], set()).add(make_key(name))
        elif r["placetype"] in ("locality", "county"):
            locality_keys_by_country.setdefault(r["country"], set()).add(make_key(name))

    out = []
    near = NearestAdmin1()
    pending = []
    for r in raw:
        if r.get("deprecated") or r.get("superseded_by"):
            continue
        kind = KIND_OF_PLACETYPE.get(r["placetype"])
        if not kind:
            continue
        if r["placetype"] == "region":
            name, name_en, variants = region_names(r)
        else:
            name, variants = display_and_variants(r)
            name_en = (r.get("name_en") or r["name"]).strip()
        if not name:
            continue
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            continue
        population = as_int(r.get("population"))
        if kind == "neighbourhood" and population == 0 and r["country"] not in CONFLICT_COUNTRIES:
            continue  # tiny Gulf neighbourhoods: many rows, rarely in security news
        if kind == "region":
            # Region variants sometimes name the capital city or another governorate
            # (Ninawa|الموصل, Sana'a|تعز): keep only variants that name no other place.
            own = make_key(name)
            other_regions = set().union(*region_keys_by_country.values()) - {own}
            others = other_regions | locality_keys_by_country.get(r["country"], set())
            variants = [v for v in variants if make_key(v) == own or make_key(v) not in others]
        if kind == "country":
            admin1_ar, admin1_en = "", ""
        elif kind == "region":
            admin1_ar, admin1_en = regions.names(r["wof_id"], name, name_en)
        else:
            admin1_ar, admin1_en = regions.names(r.get("region_id", ""), r.get("region_ar", ""),
                                                 r.get("region_en", ""))
        row = {
            "name_ar": name, "variants": variants, "name_en": name_en,
            "kind": kind, "admin1_ar": admin1_ar, "admin1_en": admin1_en, "country": r["country"],
            "lat": lat, "lon": lon, "population": population, "source": "wof:" + r["wof_id"],
            "current": r.get("is_current") != "0",
        }
        if admin1_ar:
            near.add(r["country"], lat, lon, admin1_ar, admin1_en)
        elif kind != "country":
            pending.append(row)
        out.append(row)
    for row in pending:
        row["admin1_ar"], row["admin1_en"] = near.nearest(row["country"], row["lat"], row["lon"])
    return out


CONFLICT_COUNTRIES = {"IQ", "SY", "LB", "PS", "YE", "LY", "SD", "JO"}

# --- overlay ---------------------------------------------------------------------------------------

OVERLAY_COLUMNS = ["name_ar", "name_ar_other", "name_en", "kind", "admin1_ar", "admin1_en",
                   "country", "lat", "lon", "population", "source"]
KINDS = set(KIND_RANK)


def overlay_rows(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if cells[0] == "name_ar":
                continue
            if len(cells) != len(OVERLAY_COLUMNS):
                sys.exit(f"{path}:{lineno}: expected {len(OVERLAY_COLUMNS)} columns, found {len(cells)}")
            c = dict(zip(OVERLAY_COLUMNS, cells))
            if c["kind"] not in KINDS:
                sys.exit(f"{path}:{lineno}: unknown kind {c['kind']!r}")
            try:
                lat, lon = float(c["lat"]), float(c["lon"])
            except ValueError:
                sys.exit(f"{path}:{lineno}: lat/lon are not numbers")
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                sys.exit(f"{path}:{lineno}: lat/lon out of range")
            if not c["source"].strip():
                sys.exit(f"{path}:{lineno}: source is empty")
            if not is_arabic_name(clean_display(c["name_ar"])):
                sys.exit(f"{path}:{lineno}: name_ar is not Arabic")
            rows.append({
                "name_ar": clean_display(c["name_ar"]),
                "variants": [clean_display(v) for v in c["name_ar_other"].split("|") if v.strip()],
                "name_en": c["name_en"].strip(), "kind": c["kind"], "admin1_ar": clean_display(c["admin1_ar"]),
                "admin1_en": c["admin1_en"].strip(), "country": c["country"].strip(), "lat": lat, "lon": lon,
                "population": as_int(c["population"]), "source": c["source"].strip(), "current": True,
                "overlay": True, "line": f"{path}:{lineno}",
            })
    return rows


def check_overlay_admin1(wof: list[dict], overlay: list[dict]) -> None:
    """An overlay row's governorate must be spelled as the WOF region of its country."""
    regions: dict[str, set[str]] = {}
    for row in wof:
        if row["kind"] == "region":
            regions.setdefault(row["country"], set()).add(row["name_ar"])
    for row in overlay:
        known = regions.get(row["country"])
        if known is None or row["kind"] == "country" or (row["kind"] == "region" and not row["admin1_ar"]):
            continue  # a country outside the extracts: its governorates come from the overlay itself
        if row["admin1_ar"] not in known:
            sys.exit(f"{row['line']}: admin1_ar {row['admin1_ar']!r} is not a governorate of {row['country']} "
                     f"(one of: {', '.join(sorted(known))})")


# --- assembly --------------------------------------------------------------------------------------

SLOT_CLASS = {"country": "country", "region": "region", "county": "settlement",
              "locality": "settlement", "neighbourhood": "settlement"}
# Among settlements sharing a key in one governorate the town itself is what a story means.
SETTLEMENT_RANK = {"locality": 3, "neighbourhood": 2, "county": 1}
COMMON_WORD_MIN_POPULATION = 20000


def kafr_spellings(key: str) -> list[str]:
    """"كفر بطنا" is also written "كفربطنا" and the other way round: both become keys."""
    if key.startswith("كفر ") and len(key) > 6:
        return ["كفر" + key[4:]]
    if key.startswith("كفر") and len(key) > 5 and key[3] != " " and " " not in key:
        return ["كفر " + key[3:]]
    return []


def read_common_words(path: str) -> set[str]:
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.update(make_key(w) for w in line.split())
    return words


def rank(row: dict) -> tuple:
    return (1 if row.get("overlay") else 0, SETTLEMENT_RANK.get(row["kind"], 0), KIND_RANK[row["kind"]], 1 if row["current"] else 0,
            row["population"], 1 if row["name_en"] else 0, -len(row["source"]), row["source"])


def assemble(rows: list[dict], common_words: set[str]) -> list[list[str]]:
    best: dict[tuple[str, str, str, str], dict] = {}
    for row in rows:
        key = make_key(row["name_ar"])
        if not key:
            continue
        row["key"] = key
        if row["kind"] in ("locality", "neighbourhood") and not row.get("overlay") \
                and row["population"] < COMMON_WORD_MIN_POPULATION and key in common_words:
            continue  # a hamlet named like a common word ("الجيش", "التحالف") would match any story
        # Same key in the same governorate: keep the most important (overlay, kind, population).
        # A region and its namesake city stay apart; overlay sites stay apart from a WOF village.
        slot = (row["country"], row["admin1_ar"], key, SLOT_CLASS.get(row["kind"], "site"))
        if slot not in best or rank(row) > rank(best[slot]):
            best[slot] = row
    out = []
    for row in best.values():
        alts = []
        for variant in row["variants"] + kafr_spellings(row["key"]):
            cand = make_key(variant)
            if cand in common_words and not row.get("overlay"):
                continue
            if cand and cand != row["key"] and cand not in alts and "\t" not in cand and "|" not in cand:
                alts.append(cand)
        out.append([
            row["name_ar"], row["key"], "|".join(alts), row["name_en"].replace("\t", " "), row["kind"],
            row["admin1_ar"], row["admin1_en"], row["country"], f"{row['lat']:.3f}", f"{row['lon']:.3f}",
            str(row["population"]) if row["population"] else "", row["source"],
        ])
    out.sort(key=lambda c: (c[7], c[1], c[5], c[4], c[11]))
    return out


def main(argv: list[str]) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # ../shared beside the checkout; a git worktree one level deeper finds ../../shared.
    defaults = [os.path.join(repo, *up, "shared", "corpus", "gazetteer") for up in ([".."], ["..", ".."])]
    default_wof = next((d for d in defaults if os.path.isdir(d)), defaults[0])
    ap.add_argument("wof_dir", nargs="?", default=default_wof)
    ap.add_argument("--overlay", default=os.path.join(repo, "Data", "gazetteer", "overlay.tsv"))
    ap.add_argument("--common-words", default=os.path.join(repo, "Data", "gazetteer", "common_words.txt"))
    ap.add_argument("--out", default=os.path.join(repo, "Sources", "RasdCore", "Resources", "gazetteer.tsv"))
    args = ap.parse_args(argv)

    wof = wof_rows(args.wof_dir)
    overlay = overlay_rows(args.overlay)
    check_overlay_admin1(wof, overlay)
    rows = wof + overlay
    common_words = read_common_words(args.common_words)
    table = assemble(rows, common_words)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# rasd gazetteer, generated by scripts/build_gazetteer.py from Who's On First "
                "(https://whosonfirst.org, see NOTICE) and Data/gazetteer/overlay.tsv. Do not edit.\n")
        # Keys that are ordinary words: rasd matches them in text only after a designator
        # ("مدينة الصدر", "محافظة إب"), never alone.
        f.write("#common_words\t" + "|".join(sorted(common_words)) + "\n")
        f.write("#" + "\t".join(COLUMNS) + "\n")
        for cells in table:
            f.write("\t".join(cells) + "\n")
    size = os.path.getsize(args.out)
    print(f"build_gazetteer: {len(table)} rows, {size / 1e6:.2f} MB -> {os.path.relpath(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
