/// One statement about the dead or the wounded in a sentence.
public struct CasualtyMention: Sendable, Equatable {
    public enum Who: Sendable { case killed, injured }
    public var who: Who
    public var count: Count
    public var start: Int
}

/// Killed and injured as wire copy states them: verbal nouns with the figure after them
/// ("مقتل 12"، "إصابة 4 من جنوده"، "قتل فلسطيني"), plural nouns with the figure before
/// ("3 قتلى"، "12 قتيلا"), duals ("قتيلان"), vague tolls ("قتلى وجرحى"، "العشرات"), and negations
/// whose scope says who was spared ("دون أن تسبب إصابات" → both none; "دون وقوع قتلى" → killed none).
public enum CasualtyRules {
    enum Form: Sendable { case verbal, nominal, dual, singular }
    static let cues = PhraseLexicon<(CasualtyMention.Who, Form)>([
        ("مقتل", (.killed, .verbal)), ("قتل", (.killed, .verbal)), ("قتلت", (.killed, .verbal)), ("قتلوا", (.killed, .verbal)),
        ("استشهاد", (.killed, .verbal)), ("استشهد", (.killed, .verbal)), ("مصرع", (.killed, .verbal)), ("لقي", (.killed, .verbal)),
        ("لقوا", (.killed, .verbal)), ("وفاة", (.killed, .verbal)), ("أودى بحياة", (.killed, .verbal)), ("أودت بحياة", (.killed, .verbal)),
        ("بحياة", (.killed, .verbal)), ("قضى", (.killed, .verbal)), ("مقتلهم", (.killed, .verbal)), ("توفي", (.killed, .verbal)),
        ("قتلى", (.killed, .nominal)), ("قتيلا", (.killed, .nominal)), ("قتيل", (.killed, .singular)), ("القتيل", (.killed, .singular)),
        ("الشهيد", (.killed, .singular)), ("الجريح", (.injured, .singular)), ("شهداء", (.killed, .nominal)),
        ("شهيدا", (.killed, .nominal)), ("ضحايا", (.killed, .nominal)), ("ضحية", (.killed, .nominal)), ("القتلى", (.killed, .nominal)),
        ("جثث", (.killed, .nominal)), ("جثة", (.killed, .nominal)), ("الضحايا", (.killed, .nominal)),
        ("قتيلان", (.killed, .dual)), ("قتيلين", (.killed, .dual)), ("شهيدين", (.killed, .dual)), ("شهيدان", (.killed, .dual)),
        ("إصابة", (.injured, .verbal)), ("أصيب", (.injured, .verbal)), ("أصيبوا", (.injured, .verbal)), ("أصيبت", (.injured, .verbal)),
        ("جرح", (.injured, .verbal)), ("جرحت", (.injured, .verbal)), ("إصابات", (.injured, .nominal)),
        ("جرحى", (.injured, .nominal)), ("جريحا", (.injured, .nominal)), ("جريح", (.injured, .singular)), ("مصابين", (.injured, .nominal)),
        ("مصابا", (.injured, .nominal)), ("الجرحى", (.injured, .nominal)), ("المصابين", (.injured, .nominal)),
        ("جريحان", (.injured, .dual)), ("جريحين", (.injured, .dual)), ("مصابان", (.injured, .dual)),
    ])
    /// Person nouns after a verbal cue: singular = 1, dual = 2.
    static let persons = PhraseLexicon<Int>([
        ("شخص", 1), ("شاب", 1), ("طفل", 1), ("طفلة", 1), ("امرأة", 1), ("رجل", 1), ("جندي", 1), ("عنصر", 1), ("مدني", 1),
        ("فلسطيني", 1), ("مواطن", 1), ("ضابط", 1), ("شرطي", 1), ("مسلح", 1), ("مقاتل", 1), ("قيادي", 1), ("طالب", 1),
        ("سائق", 1), ("صياد", 1), ("مزارع", 1), ("عامل", 1), ("فتى", 1), ("مقيم", 1),
        ("شخصين", 2), ("شخصان", 2), ("شابين", 2), ("شابان", 2), ("طفلين", 2), ("طفلان", 2), ("جنديين", 2), ("جنديان", 2),
        ("ضابطين", 2), ("شرطيين", 2), ("امرأتين", 2), ("عنصرين", 2), ("مقاتلين اثنين", 2), ("شرطيتين", 2),
    ])
    static let excludeBefore = WordSet(["بينهم", "منهم", "بينها", "بينهن", "منها", "اصل"])
    static let notAfterFigure = WordSet(["ساعة", "ساعات", "يوم", "أيام", "يوما", "عام", "أعوام", "سنوات", "سنة", "شهر", "أشهر",
                                     "كيلومتر", "كيلومترات", "كم", "متر", "مترا", "أمتار", "مرة", "مرات", "دقيقة", "دقائق",
                                     "ميل", "عاما", "شهرا", "بالمئة", "بالمائة", "في", "غارة", "غارات", "صواريخ", "صاروخا", "قذائف", "هجمات",
                                     "مواقع", "هدفا", "اهداف"])
    static let subsetAfter = WordSet(["منهم", "منها", "منهن"])
    static let stopScan = WordSet(["في", "خلال", "منذ", "جراء", "اثر", "بعد", "عن", "قبل", "ب", "علي"])
    static let negators = WordSet(["دون", "بدون", "لم", "لا", "عدم", "ولا", "ولم"])
    static let unknownWords = WordSet(["يتضح", "تتضح", "يعرف", "تعرف", "ترد", "يرد", "تتوفر", "يتوفر", "معلومات", "أنباء", "يعلن",
                                   "تعلن", "يتسن", "تتوفر", "واضحا", "معروفا", "حصيلة"])
    enum Harm { case both, killed, injured }
    static let harms = PhraseLexicon<Harm>([
        ("إصابات", .both), ("خسائر بشرية", .both), ("ضحايا", .both), ("خسائر في الأرواح", .both), ("إصابات بشرية", .both),
        ("قتلى", .killed), ("وفيات", .killed), ("جرحى", .injured), ("يصب أحد", .both), ("يصب أي", .both), ("خسائر", .both),
        ("أي إصابة", .both), ("أي إصابات", .both), ("يصب", .both),
    ])

    /// Casualty statements in one sentence, negations and "unknown" included.
    public static func mentions(_ t: [ArabicToken]) -> [CasualtyMention] {
        var out: [CasualtyMention] = []
        var negated: [Range<Int>] = []
        // Negation and "unknown": negator then harm word within six words.
        for i in t.indices where negators.contains(t[i]) {
            var unknown = false
            scan: for j in (i + 1)..<min(t.count, i + 7) {
                if unknownWords.contains(t[j]) { unknown = true }
                if let h = harms.match(t, at: j) {
                    // "خسائر" alone after "أضرار" is about damage; keep it only when not material.
                    let status: Count.Status = unknown ? .unknown : .none
                    let text = t.text(i..<h.end)
                    switch h.payload {
                    case .both:
                        out.append(CasualtyMention(who: .killed, count: Count(status: status, text: text), start: i))
                        out.append(CasualtyMention(who: .injured, count: Count(status: status, text: text), start: i))
                    case .killed: out.append(CasualtyMention(who: .killed, count: Count(status: status, text: text), start: i))
                    case .injured: out.append(CasualtyMention(who: .injured, count: Count(status: status, text: text), start: i))
                    }
                    negated.append(i..<h.end)
                    break scan
                }
            }
        }
        for m in cues.matches(in: t) where !negated.contains(where: { $0.contains(m.start) }) {
            let (who, form) = m.payload
            switch form {
            case .singular:
                // "سقوط قتيل" / "القتيل": one, unless a figure stands before it ("20 قتيل")
                if let n = WeaponRules.numberBefore(t, m.start), !excluded(t, n.start) {
                    out.append(CasualtyMention(who: who, count: count(n, t, from: n.start, to: m.end), start: n.start))
                } else {
                    out.append(CasualtyMention(who: who, count: Count(status: .reported, min: 1, max: 1, text: t.text(m.start..<m.end)), start: m.start))
                }
            case .dual:
                out.append(CasualtyMention(who: who, count: Count(status: .reported, min: 2, max: 2, text: t.text(m.start..<m.end)), start: m.start))
            case .verbal:
                if m.end < t.count, let p = persons.match(t, at: m.end) {
                    out.append(CasualtyMention(who: who, count: Count(status: .reported, min: p.payload, max: p.payload,
                                                                      text: t.text(m.start..<p.end)), start: m.start))
                } else if m.end < t.count, let other = cues.match(t, at: m.end), other.payload.0 != who {
                    // "مقتل وإصابة 20": one figure for both → vague for each
                    let n = figureAfter(t, other.end, limit: 2)
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, min: n?.vague == true ? n?.min : nil,
                                                                      text: t.text(m.start..<(n?.end ?? other.end))), start: m.start))
                } else if let c = figureAfter(t, m.end, limit: 3) {
                    out.append(CasualtyMention(who: who, count: count(c, t, from: m.start), start: m.start))
                } else if m.start > 0, t[m.start].norm.hasSuffix("وا"), let v = ArabicNumbers.phrase(t, at: m.start - 1), v.end == m.start {
                    // a plural verb after its subject: "عشرات أصيبوا"
                    out.append(CasualtyMention(who: who, count: count(v, t, from: m.start - 1, to: m.end), start: m.start - 1))
                } else if who == .injured, m.end < t.count, t[m.end].matches(prefix: "اخر") || t[m.end].matches(prefix: "بجروح") {
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<(m.end + 1))), start: m.start))
                }
            case .nominal:
                if let n = WeaponRules.numberBefore(t, m.start), !excluded(t, n.start) {
                    out.append(CasualtyMention(who: who, count: count(n, t, from: n.start, to: m.end), start: n.start))
                } else if m.end + 1 < t.count, t[m.end].matches("الي") || t[m.end].matches("بلغ"), let c = figureAfter(t, m.end + 1, limit: 1) {
                    out.append(CasualtyMention(who: who, count: count(c, t, from: m.start), start: m.start))
                } else if m.start > 0, let v = ArabicNumbers.phrase(t, at: m.start - 1), v.vague {
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, min: v.min, text: t.text((m.start - 1)..<m.end)), start: m.start))
                } else if m.start > 1, let o = cues.match(t, at: m.start - 1), o.end == m.start, o.payload.0 != who,
                          let v = ArabicNumbers.phrase(t, at: m.start - 2), v.vague, v.end == m.start - 1 {
                    // "عشرات القتلى والجرحى": one vague amount counts both
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, min: v.min, text: t.text((m.start - 2)..<m.end)), start: m.start))
                } else {
                    out.append(CasualtyMention(who: who, count: Count(status: .vague, text: t.text(m.start..<m.end)), start: m.start))
                }
            }
        }
        let totals = CumulativeTollRules.markers(t)
        if totals.isEmpty { return out }
        return out.filter { !CumulativeTollRules.isCumulative(t, at: $0.start, markers: totals) }
    }

    static func excluded(_ t: [ArabicToken], _ i: Int) -> Bool {
        for k in max(0, i - 2)..<i where excludeBefore.contains(t[k]) { return true }
        return false
    }

    /// First number phrase starting within `limit` words after `i` that counts people.
    static func figureAfter(_ t: [ArabicToken], _ i: Int, limit: Int) -> NumberPhrase? {
        var j = i
        while j < min(t.count, i + limit) {
            if stopScan.contains(t[j]) || (j > i && cues.match(t, at: j) != nil) { return nil }
            if let n = ArabicNumbers.phrase(t, at: j) {
                if excluded(t, n.start) { return nil }
                if n.end < t.count, notAfterFigure.contains(t[n.end]) { return nil }
                // "اثنان منهم" counts part of a group already counted
                if n.end < t.count, subsetAfter.contains(t[n.end]) { return nil }
                if n.vague && n.min == nil && !(t[n.start].matches("عدد")) { return nil }
                return n
            }
            j += 1
        }
        return nil
    }

    static func count(_ n: NumberPhrase, _ t: [ArabicToken], from: Int, to: Int? = nil) -> Count {
        let text = t.text(from..<(to ?? min(t.count, n.end + 1)))
        if n.vague { return Count(status: .vague, min: n.min, max: nil, text: text) }
        return Count(status: .reported, min: n.min, max: n.max, text: text)
    }

    /// Folds a story's statements about one incident into one count: figures that disagree
    /// become min/max; reported beats vague beats none beats unknown.
    public static func merge(_ counts: [Count]) -> Count {
        var reported = counts.filter { $0.status == .reported && $0.min != nil }
        if let first = reported.first?.min {
            // Sources that disagree give close figures; a far larger or smaller one is another toll.
            reported = reported.filter { c in let v = c.min!; return v * 2 >= first && v <= first * 2 }
        }
        if !reported.isEmpty {
            let mins = reported.compactMap(\.min)
            let lo = mins.min()!, hiStated = reported.map { $0.max ?? $0.min! }.max()!
            let anyOpen = reported.contains { $0.max == nil }
            let hi: Int? = hiStated != lo ? hiStated : (anyOpen ? nil : lo)
            return Count(status: .reported, min: lo, max: hi, text: reported.first!.text)
        }
        for s in [Count.Status.vague, .none, .unknown] {
            if let c = counts.first(where: { $0.status == s }) { return c }
        }
        return Count()
    }
}
