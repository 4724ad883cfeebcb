import Foundation

/// "اليوم" and "الليلة" are "today" and "tonight" only as adverbs. Qualified, they are the noun
/// "the day/night" of some other time: "اليوم التالي"، "في اليوم الثالث للهجوم"، "اليوم الذي"،
/// "ذلك اليوم"، "في اليوم نفسه"، "اليوم الوطني". Such a phrase names no day of its own.
enum DayNounPhrases {
    /// Words after "اليوم" that make it a qualified noun: ordinals, "next/previous/same", a
    /// relative pronoun, and the adjectives of named days.
    static let qualifiers = WordSet([
        "التالي", "السابق", "الأخير", "الموالي", "نفسه", "ذاته", "عينه", "نفسها", "ذاتها", "الذي",
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي",
        "الواحد", "الوطني", "العالمي", "الدولي", "الرياضي",
    ])
    /// Words before it that make it a noun: demonstratives and "نفس/ذات" ("the same day").
    static let determiners = WordSet(["ذلك", "تلك", "نفس", "ذات"])
    static let inPreposition = WordSet(["في"])
    static let dayWords = WordSet(["اليوم", "الليلة"])

    /// True when the relative-day phrase `start..<end` is the noun "the day" of another time.
    static func isNoun(_ t: [ArabicToken], start: Int, end: Int) -> Bool {
        guard let d = (start..<end).last(where: { dayWords.contains(t[$0]) }) else { return false }
        if end < t.count, qualifiers.containsExact(t[end]) { return true }
        if d > 0, determiners.containsExact(t[d - 1]) { return true }
        // "في اليوم" with nothing before the day word: "per day" or "on the day (of …)"; the adverb needs no "في"
        return d == start && start > 0 && inPreposition.containsExact(t[start - 1]) && end == start + 1
    }
}
