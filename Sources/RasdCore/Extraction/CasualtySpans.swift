/// A recent span told between a casualty verb and its figure: "قتل خلال الأيام الماضية 39 شخصا"،
/// "أصيب خلال الـ24 ساعة الماضية 12 مدنيا"، "قتل في الساعات الأخيرة 5". Wire copy puts the span
/// first and the figure after it; the figure still counts the verb's dead (a running toll of an
/// ongoing fight in one place is that incident's toll), so the span is read past, not stopped at.
enum CasualtySpans {
    static let lead = WordSet(["خلال", "في", "طيلة", "طوال"])
    /// Units of a short, recent span (hours and days; weeks and months are a campaign's).
    static let units = WordSet(["الأيام", "الساعات", "اليومين", "الساعة", "ساعة", "يوما", "ساعات", "أيام", "الليلة", "اليوم"])
    static let recent = WordSet(["الماضية", "الماضي", "الأخيرة", "الأخير", "المنصرمة", "السابقة", "الفائتة"])

    /// The index after a recent span starting at `i` ("خلال" + up to three words ending in
    /// "الماضية"/"الأخيرة", one of them an hour or day unit); nil when no such span starts there.
    static func recentSpanEnd(_ t: [ArabicToken], at i: Int) -> Int? {
        guard i < t.count, lead.contains(t[i]) else { return nil }
        var sawUnit = false
        for k in (i + 1)..<min(t.count, i + 5) {
            if units.contains(t[k]) { sawUnit = true; continue }
            if recent.contains(t[k]) { return sawUnit ? k + 1 : nil }
            // "الـ24 ساعة": a figure inside the span only before its unit
            if k + 1 < t.count, ArabicNumbers.figure(t, at: k) != nil, units.contains(t[k + 1]) { continue }
            return nil
        }
        return nil
    }
}
