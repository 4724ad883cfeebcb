/// Running counts of weapons: "أطلق الحوثيون 95 صاروخا باليستيا منذ بدء العمليات"، "بلغ إجمالي
/// الصواريخ التي أطلقتها الميليشيا حتى الآن 177 صاروخا". Wire copy closes a launch story with the
/// campaign's tally; it counts every launch so far, not the one the story reports.
enum WeaponTotals {
    /// Words that make a count a tally: "إجمالي"، "مجموع" (with "حتى الآن" or "منذ" in the sentence).
    static let tally = WordSet(["إجمالي", "إجمالى", "مجموع", "مجمل", "الإجمالي"])

    static let sinceWords = WordSet(["منذ"])

    /// Where a tally word first stands in a sentence that also says "so far" ("حتى الآن") or "since"
    /// ("منذ"): every weapon counted after it is tallied. Without either, "العدد الإجمالي" may total
    /// one strike's salvo ("أكثر من 120 في العدد الإجمالي").
    static func tallyStart(_ t: [ArabicToken]) -> Int? {
        guard let i = t.indices.first(where: { tally.contains(t[$0]) }) else { return nil }
        let soFar = t.indices.contains { k in
            sinceWords.contains(t[k]) || (k + 1 < t.count && t[k].matches("حتي") && t[k + 1].matches("الان"))
        }
        return soFar ? i : nil
    }

    /// A toll's span markers that also make a weapon count a campaign's ("منذ بدء العمليات"، "خلال
    /// الأشهر الماضية"); "العدد الإجمالي" alone is left to `tallyStart`, as it may total one strike.
    static func spanMarkers(_ t: [ArabicToken]) -> [Int] {
        CumulativeTollRules.markers(t).filter { CumulativeTollRules.since.contains(t[$0]) || CumulativeTollRules.longSpan.contains(t[$0]) }
    }
}
