/// "ونقل ثلاثة أشخاص إلى المستشفى لتلقي العلاج"، "وأسعف خمسة إلى مستشفيات المدينة": the wounded
/// told by where they were taken. A figure of people carried to hospital is a count of wounded,
/// unless the sentence counts the dead that way ("نقل 5 جثث") or the treatment was for shock.
extension CasualtyRules {
    static let transferVerbs = WordSet(["نقل", "نقلت", "أسعف", "أسعفت", "نقلوا", "أدخل", "أدخلت", "نقلهم"])
    static let hospitalWords = WordSet(["المستشفى", "مستشفى", "المستشفيات", "مستشفيات", "المشفى", "مشفى", "المشافي", "مشافي"])
    static let shockWords = WordSet(["الصدمة", "صدمة", "بالصدمة", "هلع", "الهلع", "اختناق", "بالاختناق"])

    /// "ثلاثة أشخاص"، "30 آخرين"، "5 إلى المستشفى": the figure counts people (not "200 عائلة").
    static func countsPeople(_ t: [ArabicToken], after e: Int) -> Bool {
        t[e].matches("الي") || peopleNouns.contains(t[e]) || t[e].matches(prefix: "اخر") || persons.match(t, at: e) != nil
    }

    /// A hospital word the people were taken to: "إلى المستشفى"، "للمستشفى".
    static func isDestination(_ t: [ArabicToken], _ h: Int) -> Bool {
        guard hospitalWords.contains(t[h]) else { return false }
        return t[h].norm.hasBytePrefix("لل") || (h > 0 && t[h - 1].matches("الي"))
    }

    /// The wounded counted by a transfer to hospital: verb, figure (with its people noun), then a
    /// hospital word within six words.
    static func hospitalTransfers(_ t: [ArabicToken], _ out: [CasualtyMention], negated: [Range<Int>]) -> [CasualtyMention] {
        guard t.contains(where: { hospitalWords.contains($0) }), !t.contains(where: { shockWords.contains($0) }) else { return [] }
        var more: [CasualtyMention] = []
        for v in t.indices where transferVerbs.contains(t[v]) && !negated.contains(where: { $0.contains(v) }) {
            guard let n = figureAfter(t, v + 1, limit: 2), !n.vague, n.end < t.count,
                  cues.match(t, at: n.end) == nil,  // "نقل 5 قتلى/جثث": the dead, read by their noun
                  countsPeople(t, after: n.end),
                  (n.end..<min(t.count, n.end + 6)).contains(where: { isDestination(t, $0) }) else { continue }
            if out.contains(where: { $0.who == .injured && abs($0.start - v) <= 8 }) { continue }
            more.append(CasualtyMention(who: .injured, count: count(n, t, from: v, to: min(t.count, n.end + 1)), start: v))
        }
        return more
    }
}
