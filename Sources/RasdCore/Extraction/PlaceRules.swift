/// A place named in a sentence, resolved to a gazetteer candidate.
public struct PlaceMention: Sendable, Equatable {
    public var place: PlaceCandidate
    /// The words as written, clitics removed from the first.
    public var text: String
    public var start: Int
    public var end: Int
    /// 1 = the place itself, 2 = near it (شمال، قرب، محيط), 3 = only the region.
    public var precision: Int
    /// The word before it was an admin word (محافظة، قضاء، مدينة …).
    public var afterAdminWord: Bool
}

/// Finds gazetteer places in a sentence: the longest one- to four-word phrase at each position,
/// the first word read with its clitics stripped; admin words before a place (محافظة الأنبار)
/// and directions (شمال، جنوب شرق، غربي) or nearness (قرب، محيط) mark what kind of mention it is.
public enum PlaceRules {
    static let adminWords = Set(["محافظة", "قضاء", "ناحية", "مدينة", "بلدة", "قرية", "مخيم", "ولاية", "إقليم", "منطقة",
                                 "مديرية", "حي", "مركز", "ريف", "قاعدة", "مطار", "معبر", "محيط", "مدينتي", "قريتي", "بلدتي",
                                 "مخيمي", "جبهة", "جزيرة", "ميناء"].map(ArabicNormalizer.normalize))
    static let nearWords = Set(["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب", "محيط",
                                "أطراف", "ضواحي", "ريف", "شمالا", "جنوبا", "شرقا", "غربا", "اطراف", "مشارف", "غرب", "جنوبيّ",
                                "حدود", "قبالة"].map(ArabicNormalizer.normalize))
    /// Frequent words that are also village names somewhere: never looked up on their own.
    static let stopwords = Set(["قال", "قالت", "في", "من", "على", "الى", "عن", "مع", "بعد", "قبل", "بين", "حيث", "التي", "الذي",
                                "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "وقال", "اليوم", "امس", "الحرب", "السلام", "الامن",
                                "النصر", "الحرية", "الثورة", "الوحدة", "الشعب", "الدولة", "الجيش", "الشرطة", "القوات", "مصادر",
                                "مصدر", "الحكومة", "الرئيس", "الوزير", "بيان", "العالم", "النور", "الامل", "الخير", "الجديدة",
                                "الحدود", "المنطقة", "البلاد", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة",
                                "السبت", "احد", "اثنين", "عدد", "عدة", "نحو", "الحياة", "الشهداء", "المدينة", "القرية", "الصحة",
                                "الاحتلال", "التحالف", "المقاومة", "الفصائل", "الحشد", "اكثر", "المعارضة", "النظام", "عملية",
                                "الهجوم", "الجنوب", "الشمال", "الشرق", "الغرب", "الوسط", "النقطة", "الساحل", "المطار",
                                "القاعدة", "المخيم", "المركز", "الميناء", "الجسر", "السوق", "المسجد", "الكنيسة", "المستشفى",
                                "الجامعة", "المدرسة", "البحر", "الجبل", "الوادي", "القصر", "السجن", "المعبر", "الشريط",
                                "محمد", "احمد", "علي", "حسين", "حسن", "عبد", "عبدالله", "عمر", "خالد", "صالح", "سعيد", "ابراهيم",
                                "يوسف", "مصطفي", "عز", "الفصائل", "الاتحاد", "الداخليه", "المصدر", "الشماليه", "الجنوبيه",
                                "الشرقيه", "الغربيه", "الوطني", "الوطنيه", "العربي", "العربيه", "الاسلاميه", "الاسلامي", "بلد",
                                "الرئيس", "المتحده", "الامم", "مجلس", "وزاره", "الخارجيه", "الدفاع", "الاعلام", "الجديد",
                                "الحر", "الشام", "المقاومه", "العالمي", "الدولي", "الدوليه", "السوريه", "العراقيه", "اليمنيه",
                               ].map(ArabicNormalizer.normalize))
    static let placeKinds: Set<String> = ["country", "region", "county", "locality", "localadmin", "borough", "neighbourhood",
                                          "macrohood", "microhood", "military_base", "airport", "camp", "crossing", "oil_field",
                                          "site", "macroregion", "dependency", "district", "port"]

    /// Places in a sentence, longest phrase first at each position.
    public static func mentions(_ t: [ArabicToken], lookup: PlaceLookup, countries: Set<String> = [],
                                skip: [Range<Int>] = []) -> [PlaceMention] {
        var out: [PlaceMention] = []
        var i = 0
        while i < t.count {
            if let r = skip.first(where: { $0.contains(i) }) { i = r.upperBound; continue }
            if let c = CountryLexicon.lexicon.match(t, at: i) { i = c.end; continue }
            guard t[i].digits == nil, !stopwordish(t[i]) else { i += 1; continue }
            var found: (PlaceCandidate, Int, String)? = nil
            let prevAdmin = i > 0 && t[i - 1].forms.contains(where: adminWords.contains)
            outer: for len in stride(from: min(4, t.count - i), through: 1, by: -1) {
                let rest = t[(i + 1)..<(i + len)].map(\.norm).joined(separator: " ")
                for f in t[i].forms where f.count >= 2 {
                    let key = rest.isEmpty ? f : f + " " + rest
                    var cands = lookup.places(forKey: key)
                    if !countries.isEmpty { cands = cands.filter { countries.contains($0.country) } }
                    if let best = choose(cands, single: len == 1 && !prevAdmin) {
                        found = (best, len, t.text(i..<(i + len))); break outer
                    }
                }
            }
            if let (p, len, _) = found {
                var precision = 1
                var k = i - 1
                while k >= max(0, i - 3) {
                    if t[k].forms.contains(where: nearWords.contains) { precision = 2; break }
                    k -= 1
                }
                if p.kind == "region" || p.kind == "country" || p.kind == "macroregion" { precision = p.kind == "country" ? 3 : max(precision, 3) }
                var shown = t[i].forms.last { $0.count >= 2 && lookup.places(forKey: ([$0] + t[(i + 1)..<(i + len)].map(\.norm)).joined(separator: " ")).contains(p) } ?? t[i].norm
                shown = ([originalStripped(t[i], to: shown)] + t[(i + 1)..<(i + len)].map(\.original)).joined(separator: " ")
                out.append(PlaceMention(place: p, text: shown, start: i, end: i + len, precision: precision, afterAdminWord: prevAdmin))
                i += len
            } else { i += 1 }
        }
        return out
    }

    static func stopwordish(_ t: ArabicToken) -> Bool { stopwords.contains(t.norm) || t.norm.count < 2 }

    /// The best candidate; a lone word must be a well-known place (populated, a region, a site).
    static func choose(_ cands: [PlaceCandidate], single: Bool) -> PlaceCandidate? {
        let ok = cands.filter { placeKinds.contains($0.kind) }
        guard !ok.isEmpty else { return nil }
        let ranked = ok.sorted { rank($0) > rank($1) }
        let best = ranked[0]
        if single && best.population < 1000 && !["country", "region", "county", "military_base", "airport", "camp",
                                                 "crossing", "oil_field", "macroregion", "localadmin", "district", "port"].contains(best.kind) {
            return nil
        }
        return best
    }

    static func rank(_ p: PlaceCandidate) -> Int {
        var r = p.population
        switch p.kind {
        case "country": r += 50_000_000
        case "region": r += 5_000_000
        case "military_base", "airport", "crossing", "camp", "oil_field": r += 2_000_000
        default: break
        }
        return r
    }

    /// The original word with as many leading letters dropped as the normalised reading dropped.
    static func originalStripped(_ t: ArabicToken, to reading: String) -> String {
        let drop = t.norm.unicodeScalars.count - reading.unicodeScalars.count
        guard drop > 0 else { return t.original }
        var scalars = Array(t.original.unicodeScalars)
        var removed = 0
        while removed < drop, !scalars.isEmpty {
            let u = scalars.removeFirst()
            if ArabicNormalizer.map(u) != nil { removed += 1 }
        }
        // keep "ال" when the reading kept it (بالأنبار → الأنبار)
        return String(String.UnicodeScalarView(scalars))
    }
}
