import Foundation

/// "قبل يومين"، "منذ يومين"، "قبل يوم": a day or two back from the publication day. Not "قبل
/// يومين من السيطرة" (two days before another event) nor "قبل يوم الاثنين" (before Monday). Longer
/// counts ("قبل خمسة أيام") are the writer's rough reckoning, often a day off the weekday the same
/// story names, and "قبل أيام" names no day: neither dates an act. A recap opened with "وكان/وكانت"
/// ("وكانت مواجهات دارت قبل يومين …") tells an earlier event, which `BackgroundRules` reads as such.
enum DaysAgoDates {
    static let ago = WordSet(["قبل", "منذ"])
    static let oneDay = WordSet(["يوم"]), twoDays = WordSet(["يومين", "يومان"])
    static let of = WordSet(["من"])

    /// Days back and the index after the phrase, for the phrase starting at `i`.
    static func match(_ t: [ArabicToken], at i: Int) -> (back: Int, end: Int)? {
        guard i + 1 < t.count, ago.contains(t[i]) else { return nil }
        var back = 0
        let end = i + 2
        if twoDays.containsExact(t[i + 1]) { back = 2 }
        else if oneDay.containsExact(t[i + 1]) { back = 1 }
        else { return nil }
        if end < t.count, of.containsExact(t[end]) || DateRules.weekday(t, end) != nil || DateRules.relative.match(t, at: end) != nil {
            return nil
        }
        if t.prefix(2).contains(where: BackgroundRules.kana.contains) { return nil }
        return (back, end)
    }
}
