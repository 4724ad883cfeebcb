/// "بعد 4 أيام على اعتراض 7 صواريخ.. السعودية تعترض صاروخا"، "بعد أسبوع من إطلاق صاروخين":
/// a time span after "بعد" and then "على" or "من" opens the act the news follows, and the weapons
/// counted right there are that earlier act's, not this one's. Only the count is dropped: the
/// clause is short and the act of the story often follows in the same sentence.
enum WeaponEarlierSpan {
    /// Positions right after "بعد <span> على|من" (where the earlier act's verbal noun stands).
    static func clauseStarts(_ t: [ArabicToken]) -> [Int] {
        var out: [Int] = []
        for i in t.indices where t[i].matches("بعد") {
            guard var s = (i + 1..<min(t.count, i + 3)).first(where: { EarlierEventClauses.spanAfter.contains(t[$0]) }) else { continue }
            if s + 1 < t.count, only.contains(t[s + 1]) { s += 1 }  // "بعد أربعة أيام فقط على"
            guard s + 2 < t.count, t[s + 1].matches("علي") || t[s + 1].matches("من") else { continue }
            out.append(s + 2)
        }
        return out
    }

    static let only = WordSet(["فقط", "تقريبا", "قليلة"])

    /// The count phrase starting at `countAt` stands within four words after such a clause start
    /// ("على إطلاق الجماعة لسبعة صواريخ").
    static func isEarlier(_ t: [ArabicToken], countAt: Int, clauses: [Int]) -> Bool {
        clauses.contains { $0 <= countAt && countAt - $0 <= 4 }
    }
}
