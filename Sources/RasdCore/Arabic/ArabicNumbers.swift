/// A number phrase read from the text: "أربعة صواريخ" → 4…4, "أكثر من 10" → 11…nil,
/// "نحو 2500" → 2500…2500, "عشرات" → vague with ACLED's 10 in `min`.
public struct NumberPhrase: Sendable, Equatable {
    public var min: Int?
    public var max: Int?
    /// True for amounts without a figure (عشرات، مئات، عدة، بضعة، عدد من).
    public var vague: Bool
    /// Token range the phrase covers.
    public var start: Int
    public var end: Int
}

/// Arabic numbers as written in news: digits, number words of both genders (the counted noun's
/// gender is reversed for 3–10, so both forms are listed), 11–19, tens, hundreds, thousands,
/// vague amounts and the bound words that turn a figure into a min/max.
public enum ArabicNumbers {
    static let units: [UInt64: Int] = table([
        ("واحد", 1), ("واحدة", 1), ("احد", 1), ("احدى", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2),
        ("ثلاث", 3), ("ثلاثة", 3), ("اربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6),
        ("سبع", 7), ("سبعة", 7), ("ثمان", 8), ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9),
        ("عشر", 10), ("عشرة", 10),
    ])
    static let teenUnits: [UInt64: Int] = table([
        ("أحد", 1), ("إحدى", 1), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2), ("ثلاث", 3), ("ثلاثة", 3),
        ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6), ("سبع", 7), ("سبعة", 7),
        ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9),
    ])
    static let tens: [UInt64: Int] = table([
        ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40), ("أربعين", 40),
        ("خمسون", 50), ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70),
        ("ثمانون", 80), ("ثمانين", 80), ("تسعون", 90), ("تسعين", 90),
    ])
    static let hundreds: [UInt64: Int] = table([
        ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتين", 200), ("مائتان", 200), ("مائتين", 200), ("مئتا", 200), ("مائتا", 200),
        ("مئتي", 200), ("مائتي", 200),  // construct: "مائتي غارة"
        ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("أربعمئة", 400), ("أربعمائة", 400), ("خمسمئة", 500), ("خمسمائة", 500),
        ("ستمئة", 600), ("ستمائة", 600), ("سبعمئة", 700), ("سبعمائة", 700), ("ثمانمئة", 800), ("ثمانمائة", 800),
        ("تسعمئة", 900), ("تسعمائة", 900),
    ])
    static let thousands: [UInt64: Int] = table([
        ("ألف", 1000), ("ألفا", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ألفي", 2000), ("آلاف", 1000),
    ])
    /// Vague amounts and their ACLED convention value (nil = no convention).
    static let vagueWords: [UInt64: Int?] = {
        var d: [UInt64: Int?] = [:]
        for (w, v) in [("عشرات", 10), ("مئات", 100), ("آلاف", 1000)] as [(String, Int)] { d[WordHash.of(ArabicNormalizer.normalize(w))] = v }
        for w in ["عدة", "بضعة", "بضع", "عديد", "العديد", "عدد", "عددا"] { d[WordHash.of(ArabicNormalizer.normalize(w))] = .some(nil) }
        return d
    }()
    /// Vague words that need "من" after them ("عدد من"، "العديد من").
    static let needMin = Set(["عديد", "العديد", "عدد", "عددا"].map { WordHash.of(ArabicNormalizer.normalize($0)) })
    static let weekdayIDs = Set(ArabicCalendarNames.weekdays.keys.filter { $0.hasBytePrefix("ال") }.map(WordHash.of))

    /// "على الأقل" (or "على أقل"، "في الأقل"، "كحد أدنى"، "بحد أدنى") starts at `i`: a floor on the
    /// figure it follows or precedes.
    static func isAtLeast(_ t: [ArabicToken], at i: Int) -> Bool {
        guard i >= 0 && i + 1 < t.count else { return false }
        if t[i].matches("علي") { return t[i + 1].matches("الاقل") || t[i + 1].matches("اقل") }
        if t[i].norm == "في" { return t[i + 1].norm == "الاقل" }
        return (t[i].norm == "كحد" || t[i].norm == "بحد") && t[i + 1].norm == "ادني"
    }

    static func table(_ rows: [(String, Int)]) -> [UInt64: Int] {
        var d: [UInt64: Int] = [:]
        for (w, v) in rows { d[WordHash.of(ArabicNormalizer.normalize(w))] = v }
        return d
    }

    static let eshr = WordHash.of(ArabicNormalizer.normalize("عشر")), eshra = WordHash.of(ArabicNormalizer.normalize("عشرة"))
    static let min1 = WordHash.of("من")
    static let alaf = WordHash.of(ArabicNormalizer.normalize("آلاف"))

    /// The figure written at `i` (digits or words, no bounds), with the index after it.
    public static func figure(_ t: [ArabicToken], at i: Int) -> (value: Int, end: Int)? {
        guard i < t.count else { return nil }
        if let d = t[i].digits ?? conjoinedDigits(t[i]) {
            if i + 1 < t.count, let m = thousands[t[i + 1].ids[0]], m == 1000 { return (d * 1000, i + 2) }
            return (d, i + 1)
        }
        var total = 0, cur = 0, e = i, any = false
        while e < t.count {
            let tok = t[e]
            var word = tok.ids[0]
            if !any, weekdayIDs.contains(word) { break }  // الاثنين = Monday
            if !any, tok.ids.contains(alaf) { break }  // "آلاف" alone is "thousands", a vague amount
            if !any, let f = tok.ids.first(where: { units[$0] != nil || tens[$0] != nil || hundreds[$0] != nil || teenUnits[$0] != nil }) {
                word = f
            }
            if any {
                if hundreds[word] != nil || thousands[word] != nil {
                    // ثلاث مئة، ثلاثة آلاف
                } else if tok.norm.hasBytePrefix("\u{0648}"), tok.ids.count > 1 {
                    word = tok.ids[1]
                } else { break }
            }
            if e + 1 < t.count, let u = teenUnits[word], t[e + 1].ids[0] == eshr || t[e + 1].ids[0] == eshra {
                cur += 10 + u; e += 2
            } else if let v = hundreds[word] {
                if v == 100, cur > 0, cur < 10 { cur *= 100 } else { cur += v }
                e += 1
            } else if let v = thousands[word] {
                total += v == 2000 ? 2000 : Swift.max(cur, 1) * 1000
                cur = 0; e += 1
            } else if let v = tens[word] {
                cur += v; e += 1
            } else if let v = units[word] {
                if any && cur >= 1 && cur < 10 { break }
                cur += v; e += 1
            } else { break }
            any = true
        }
        return any ? (total + cur, e) : nil
    }


    /// "و9"، "بـ4"، "لـ3"، "وبـ5" — a short figure glued to a clitic (و ف, then ب ل ك) is too short
    /// for the clitic readings, so read it here.
    static func conjoinedDigits(_ tok: ArabicToken) -> Int? {
        var rest = Substring(tok.norm)
        if let f = rest.first, f == "\u{0648}" || f == "\u{0641}" { rest = rest.dropFirst() }
        if let f = rest.first, f == "\u{0628}" || f == "\u{0644}" || f == "\u{0643}" { rest = rest.dropFirst() }
        guard rest.count < tok.norm.count, let d = rest.first, d.isASCII, d.isNumber else { return nil }
        return ArabicTokenizer.digitValue(String(rest))
    }

    static let boundsBefore: [([UInt64], BoundKind)] = {
        let raw: [(String, BoundKind)] = [
            ("اكثر من", .moreThan), ("ما يزيد عن", .moreThan), ("ما يزيد على", .moreThan), ("ما لا يقل عن", .atLeast),
            ("لا يقل عن", .atLeast), ("نحو", .about), ("حوالي", .about), ("قرابة", .about), ("زهاء", .about),
            ("ما يقارب", .about), ("اقل من", .lessThan), ("الى", .upTo), ("حتى", .upTo),
            ("تتخطى", .moreThan), ("يتخطى", .moreThan), ("تخطت", .moreThan), ("تجاوزت", .moreThan), ("تتجاوز", .moreThan),
            ("يتجاوز", .moreThan), ("تفوق", .moreThan), ("يفوق", .moreThan), ("فاقت", .moreThan), ("عتبة", .moreThan),
            // the masculine and the "exceeds" verbs ("عدد الصواريخ تجاوز 100"، "يزيد على 100"، "ناهز 100")
            ("تجاوز", .moreThan), ("يزيد على", .moreThan), ("يزيد عن", .moreThan), ("زاد على", .moreThan),
            ("زاد عن", .moreThan), ("فاق", .moreThan), ("ناهز", .about), ("يناهز", .about), ("تناهز", .about),
            ("ما بين", .between), ("بين", .between),
            // rarer spellings: Maghrebi "أزيد من"، "يربو/ينيف على" (exceeds), joined "لايقل"، a floor fronted
            ("ازيد من", .moreThan), ("ما يربو علي", .moreThan), ("ما يربو عن", .moreThan), ("يربو علي", .moreThan),
            ("ما ينيف علي", .moreThan), ("ينيف علي", .moreThan), ("ما لايقل عن", .atLeast), ("لايقل عن", .atLeast),
            ("في الاقل", .atLeast), ("كحد ادني", .atLeast),
        ]
        return raw.map { (row: (String, BoundKind)) -> ([UInt64], BoundKind) in
            (row.0.split(separator: " ").map { WordHash.of(ArabicNormalizer.normalize(String($0))) }, row.1)
        }.sorted { $0.0.count > $1.0.count }
    }()

    enum BoundKind { case moreThan, atLeast, about, lessThan, upTo, between }

    /// The upper figure of a range after a figure ending at `e`: "إلى 33" always, "و33" only after "بين".
    static func rangeEnd(_ t: [ArabicToken], after e: Int, between: Bool) -> (value: Int, end: Int)? {
        guard e < t.count else { return nil }
        if t[e].matches("الي") { return figure(t, at: e + 1) }
        guard between else { return nil }
        if t[e].norm.hasBytePrefix("\u{0648}"), let v = conjoinedDigits(t[e]) { return (v, e + 1) }
        if t[e].norm == "\u{0648}" { return figure(t, at: e + 1) }
        return nil
    }

    /// A full number phrase starting at `i` (bound words, figure, "على الأقل" after) or a vague
    /// amount; nil when no number starts there.
    public static func phrase(_ t: [ArabicToken], at i: Int) -> NumberPhrase? {
        guard i < t.count else { return nil }
        if let g = gluedPhrase(t, at: i) { return g }
        var j = i
        var bound: BoundKind? = nil
        for (words, kind) in boundsBefore where j + words.count <= t.count {
            if zip(words, t[j..<(j + words.count)]).allSatisfy({ $1.matches(id: $0) }) {
                bound = kind; j += words.count; break
            }
        }
        if let (v, e) = figure(t, at: j) {
            var end = e
            var lo: Int? = v, hi: Int? = v
            switch bound {
            case .moreThan: lo = v + 1; hi = nil
            case .atLeast: hi = nil
            case .lessThan: lo = nil; hi = v - 1
            case .about, .upTo, .between, .none: break
            }
            // "ما بين 22 و33"، "بين 40 إلى 50"، "3 إلى 5 أشخاص": a stated range (never "من 3 إلى 5", a change)
            let fromWord = i > 0 && t[i - 1].matches("من")
            if bound == .between || (bound == nil && !fromWord), let r = rangeEnd(t, after: e, between: bound == .between), r.value > v {
                hi = r.value; end = r.end
            }
            // "على الأقل" right after the figure or after its counted noun ("39 شخصا على الأقل").
            for gap in 0...2 where end + gap + 1 < t.count {
                if isAtLeast(t, at: end + gap) {
                    hi = nil; if gap == 0 { end += 2 }
                    break
                }
            }
            return NumberPhrase(min: lo, max: hi, vague: false, start: i, end: end)
        }
        if bound == nil || bound == .about, j < t.count {  // a bound word may end the sentence ("… نحو")
            for f in t[j].ids {
                if let v = vagueWords[f] {
                    var end = j + 1
                    if needMin.contains(f) {
                        guard end < t.count, t[end].ids[0] == min1 else { return nil }
                        end += 1
                    }
                    return NumberPhrase(min: v, max: nil, vague: true, start: i, end: end)
                }
            }
        }
        return nil
    }

    /// Bound phrases whose last word scraped copy glues to the figure: "ما لا يقل عن17"، "أكثر من2200"،
    /// "نحو20". The words before the glued one, the glued word, the bound.
    static let gluedBounds: [([UInt64], String, BoundKind)] = ([
        (["ما", "لا", "يقل"], "عن", .atLeast), (["لا", "يقل"], "عن", .atLeast), (["اكثر"], "من", .moreThan),
        (["ما", "لايقل"], "عن", .atLeast), (["ازيد"], "من", .moreThan),
        (["ما", "يزيد"], "عن", .moreThan), (["ما", "يزيد"], "علي", .moreThan), ([], "نحو", .about), ([], "حوالي", .about),
        ([], "قرابه", .about), ([], "زهاء", .about),
    ] as [([String], String, BoundKind)]).map { row in (row.0.map { WordHash.of(ArabicNormalizer.normalize($0)) }, ArabicNormalizer.normalize(row.1), row.2) }

    /// A bound phrase ending in a word glued to its digits ("ما لا يقل عن17" → 17…nil).
    static func gluedPhrase(_ t: [ArabicToken], at i: Int) -> NumberPhrase? {
        // glued figures are rare: look for a word ending in a digit among the next four first
        guard (i..<Swift.min(t.count, i + 4)).contains(where: { t[$0].digits == nil && endsInDigit(t[$0]) }) else { return nil }
        for (words, last, kind) in gluedBounds where i + words.count < t.count {
            let k = i + words.count
            guard endsInDigit(t[k]), t[k].norm.hasBytePrefix(last),
                  zip(words, t[i..<k]).allSatisfy({ $1.matches(id: $0) }),
                  let v = ArabicTokenizer.digitValue(String(t[k].norm.dropFirst(last.count))) else { continue }
            var end = k + 1
            var lo: Int? = kind == .moreThan ? v + 1 : v, hi: Int? = kind == .about ? v : nil
            if kind == .about, end + 1 < t.count, t[end].matches("علي"), t[end + 1].matches("الاقل") { hi = nil; end += 2 }
            if kind == .atLeast { lo = v }
            return NumberPhrase(min: lo, max: hi, vague: false, start: i, end: end)
        }
        return nil
    }

    /// The word ends in a digit (the normaliser writes every digit in ASCII).
    @inline(__always) static func endsInDigit(_ tok: ArabicToken) -> Bool {
        guard let b = tok.norm.utf8.last else { return false }
        return b >= 48 && b <= 57
    }
}
