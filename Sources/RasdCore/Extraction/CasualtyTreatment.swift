/// The wounded told by their treatment: "أكثر من 500 شخص عولجوا من أعراض"، "وتلقى ثلاثة مدنيين
/// العلاج"، "عدد كبير من الناس يتلقون العلاج". People treated after an attack were hurt in it, so
/// a figure of people with a treatment verb counts the wounded (an uncounted group is a vague toll).
/// Not the infinitive after a transfer ("نقلوا لتلقي العلاج"): the transfer rule and the toll noun
/// read those.
extension CasualtyRules {
    /// Verbs that are a treatment by themselves, and verbs that are one with "العلاج" after them.
    static let treatedVerbs = WordSet(["عولج", "عولجوا", "وعولج", "وعولجوا", "يعالجون", "ويعالجون"])
    static let receivingVerbs = WordSet(["تلقى", "تلقوا", "يتلقون", "يتلقى", "تلقت", "تتلقى", "وتلقى", "وتلقوا", "ويتلقون"])
    static let treatmentWords = WordSet(["العلاج", "علاجا", "الإسعافات", "إسعافات"])

    /// The treatment verb at `v` (as written, no clitic other than و).
    static func isTreatment(_ t: [ArabicToken], at v: Int) -> Bool {
        if treatedVerbs.containsExact(t[v]) { return true }
        guard receivingVerbs.containsExact(t[v]) else { return false }
        return ((v + 1)..<min(t.count, v + 5)).contains { treatmentWords.contains(t[$0]) }
    }

    /// The people treated: a figure right after the verb ("تلقى ثلاثة مدنيين العلاج") or the
    /// subject before it ("500 شخص عولجوا"، "عددا كبيرا من الناس يتلقون العلاج").
    static func treatedPeople(_ t: [ArabicToken], verb v: Int) -> NumberPhrase? {
        if let n = figureAfter(t, v + 1, limit: 2), n.end < t.count, !t[n.end].matches("الي"),
           countsPeople(t, after: n.end) || t[n.end].matches(prefix: "شخص") { return n }
        for s in stride(from: v - 1, through: max(0, v - 6), by: -1) {
            if cues.match(t, at: s) != nil || stopScan.contains(t[s]) { return nil }
            // "عددا كبيرا من الناس يتلقون العلاج": an uncounted group
            if groupQuantifiers.contains(t[s]), ((s + 1)..<min(v, s + 3)).contains(where: { t[$0].matches("من") }) {
                return NumberPhrase(min: nil, max: nil, vague: true, start: s, end: s + 1)
            }
            guard var n = ArabicNumbers.phrase(t, at: s), n.end <= v else { continue }
            // the longest phrase ending there: "أكثر من 500"
            for b in max(0, s - 3)..<s { if let w = ArabicNumbers.phrase(t, at: b), w.end == n.end { n = w; break } }
            if excluded(t, n.start) || notPeople(t, n.end) { return nil }
            return n
        }
        return nil
    }

    /// Injured mentions for treatment verbs with their people; nothing inside a negation's span,
    /// nothing where an injured statement already stands near.
    static func treatments(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        var more: [CasualtyMention] = []
        for v in t.indices where isTreatment(t, at: v) && !negated.contains(where: { $0.contains(v) }) {
            guard let n = treatedPeople(t, verb: v) else { continue }
            if (out + more).contains(where: { $0.who == .injured && abs($0.start - v) <= 8 }) { continue }
            let from = min(n.start, v), to = max(n.end, v + 1)
            let c = n.vague && n.min == nil ? Count(status: .vague, text: t.text(from..<to)) : count(n, t, from: from, to: to)
            more.append(CasualtyMention(who: .injured, count: c, start: from))
        }
        return more
    }
}
