/// Tolls counted as cases, the way health ministries word them: "استقبلت 40 مصابا و15 حالة وفاة"،
/// "استقبل المستشفى حالتي وفاة"، "سجلت 5 حالات إصابة". The figure stands before "حالة", not
/// after the toll word, so the verbal-noun reading found none.
extension CasualtyRules {
    static let caseNouns = PhraseLexicon<Int?>([("حالة", nil), ("حالات", nil), ("حالتي", 2), ("حالتا", 2)])
    static let caseKinds = PhraseLexicon<CasualtyMention.Who>([("وفاة", .killed), ("وفيات", .killed), ("الوفاة", .killed),
                                                                ("إصابة", .injured), ("إصابات", .injured)])

    /// Mentions for "N حالة وفاة/إصابة" and the dual "حالتي وفاة"; nothing inside a negation's
    /// span, nothing where that kind is already counted at the toll word.
    static func cases(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        var more: [CasualtyMention] = []
        for c in caseNouns.matches(in: t) where !negated.contains(where: { $0.contains(c.start) }) {
            guard c.end < t.count, let k = caseKinds.match(t, at: c.end) else { continue }
            let who = k.payload
            if (out + more).contains(where: { $0.who == who && $0.start >= c.start - 4 && $0.start <= k.end && $0.count.status == .reported }) { continue }
            if let two = c.payload {
                more.append(CasualtyMention(who: who, count: Count(status: .reported, min: two, max: two, text: t.text(c.start..<k.end)), start: c.start))
            } else if let n = WeaponRules.numberBefore(t, c.start), !n.vague, !excluded(t, n.start) {
                more.append(CasualtyMention(who: who, count: count(n, t, from: n.start, to: k.end), start: n.start))
            }
        }
        return more
    }
}
