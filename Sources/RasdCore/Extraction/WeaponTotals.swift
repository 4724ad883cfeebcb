/// Running counts of weapons: "أطلق الحوثيون 95 صاروخا باليستيا منذ بدء العمليات"، "بلغ إجمالي
/// الصواريخ التي أطلقتها الميليشيا حتى الآن 177 صاروخا". Wire copy closes a launch story with the
/// campaign's tally; it counts every launch so far, not the one the story reports.
enum WeaponTotals {
    /// Words that make a count a tally: "إجمالي"، "مجموع".
    static let tally = WordSet(["إجمالي", "إجمالى", "مجموع", "مجمل", "الإجمالي"])

    /// Where a tally word first stands in the sentence: every weapon counted after it is tallied.
    static func tallyStart(_ t: [ArabicToken]) -> Int? {
        t.indices.first { tally.contains(t[$0]) }
    }
}
