/// A death told as "leaving life": "وفارق جندي الحياة متأثرا بجروحه"، "فارقت الحياة"، "فارقا
/// الحياة". The verb agrees with no figure, so the subject between verb and "الحياة" gives the
/// count (a figure, a person noun: "جنديان" = 2), else the verb's own number (singular 1, dual 2).
/// Read as silence, the incident said nothing of a death the story states plainly.
extension CasualtyRules {
    static let leftLifeVerbs: [UInt64: Int] = {
        var d: [UInt64: Int] = [:]
        for (w, n) in [("فارق", 1), ("فارقت", 1), ("فارقا", 2), ("فارقتا", 2)] { d[WordHash.of(ArabicNormalizer.normalize(w))] = n }
        return d
    }()
    static let lifeObject = WordHash.of(ArabicNormalizer.normalize("الحياة"))

    /// Killed mentions for "فارق … الحياة" (up to three words between) that no other reading counted;
    /// nothing inside a negation's span ("لم يفارق الحياة").
    static func leftLife(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        // (only where "الحياة" occurs: most sentences have none)
        guard t.contains(where: { $0.ids[0] == lifeObject }) else { return [] }
        var more: [CasualtyMention] = []
        for v in t.indices {
            guard let own = leftLifeVerbs[t[v].ids[0]] ?? t[v].ids.lazy.compactMap({ leftLifeVerbs[$0] }).first,
                  !negated.contains(where: { $0.contains(v) }),
                  let o = ((v + 1)..<min(t.count, v + 5)).first(where: { t[$0].ids[0] == lifeObject }) else { continue }
            if (out + more).contains(where: { $0.who == .killed && $0.start >= v - 8 && $0.start <= o }) { continue }
            var n = own
            if o > v + 1 {
                if let f = ArabicNumbers.phrase(t, at: v + 1), f.end <= o {
                    guard !f.vague, let lo = f.min, f.max == lo else { continue }
                    n = lo
                } else if let p = persons.match(t, at: v + 1) {
                    n = p.payload
                }
            }
            more.append(CasualtyMention(who: .killed, count: Count(status: .reported, min: n, max: n, text: t.text(v..<(o + 1))), start: v))
        }
        return more
    }
}
