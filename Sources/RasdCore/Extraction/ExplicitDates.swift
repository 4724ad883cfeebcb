import Foundation

/// A day of a month as wire copy writes it: "16 يوليو/تموز 2024"، "16 تموز/يوليو"، "16 من يوليو"،
/// "الـ16 من تموز"، "السادس من أيلول"، "في 25 من الشهر الجاري". Either month series, with or
/// without a year; "الشهر الجاري/الحالي" is the publication month. Without a year, a day more
/// than a day after publication is last year's.
enum ExplicitDates {
    /// Ordinal day words ("السادس", "العاشر", "العشرين"), keyed by normalised form.
    static let ordinals: [UInt64: Int] = ArabicNumbers.table([
        ("الأول", 1), ("الحادي", 1), ("الواحد", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5),
        ("السادس", 6), ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("العشرين", 20), ("الثلاثين", 30),
    ])
    static let ordinalWords = WordSet(["الأول", "الحادي", "الواحد", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
                                       "السابع", "الثامن", "التاسع", "العاشر", "العشرين", "الثلاثين"])
    static let teen = WordSet(["عشر"])
    static let twenties = WordSet(["والعشرين"]), thirties = WordSet(["والثلاثين"])
    /// Words that make "الثاني" part of a month's name ("كانون الثاني", "تشرين الأول").
    static let monthHeads = WordSet(["كانون", "تشرين"])
    static let of = WordSet(["من"])
    static let month = WordSet(["الشهر"])
    static let current = WordSet(["الجاري", "الحالي"])

    /// The day written at `i`: digits 1…31 ("الـ16" too), or an ordinal word (then "من" must follow).
    static func day(_ t: [ArabicToken], at i: Int) -> (day: Int, end: Int, ordinal: Bool)? {
        if let d = t[i].digits ?? definiteDigits(t, i) { return d >= 1 && d <= 31 ? (d, i + 1, false) : nil }
        // (one set lookup per word of the story before the table is read)
        guard ordinalWords.contains(t[i]), let u = t[i].ids.lazy.compactMap({ ordinals[$0] }).first else { return nil }
        if i > 0, monthHeads.contains(t[i - 1]) { return nil }
        if u < 10, i + 1 < t.count {
            if teen.containsExact(t[i + 1]) { return (10 + u, i + 2, true) }
            if twenties.containsExact(t[i + 1]) { return (20 + u, i + 2, true) }
            if thirties.containsExact(t[i + 1]), u == 1 { return (31, i + 2, true) }
        }
        return (u, i + 1, true)
    }

    /// "الـ16 من": digits after the article, read only before "من".
    static func definiteDigits(_ t: [ArabicToken], _ i: Int) -> Int? {
        guard i + 1 < t.count, of.containsExact(t[i + 1]) else { return nil }
        let u = Array(t[i].norm.utf8)
        guard u.count > 4, u[0] == 0xD8, u[1] == 0xA7, u[2] == 0xD9, u[3] == 0x84, u[4] >= 0x30, u[4] <= 0x39 else { return nil }
        return ArabicTokenizer.digitValue(String(decoding: u[4...], as: UTF8.self))
    }

    /// The month named at `j` (one or two words, then an optional second series after a slash),
    /// with the index after it; "الشهر الجاري" is the publication month.
    static func month(_ t: [ArabicToken], at j0: Int, publication pub: CivilTime) -> (month: Int, current: Bool, end: Int)? {
        var j = j0
        guard j < t.count else { return nil }
        if month.containsExact(t[j]) {
            return j + 1 < t.count && current.containsExact(t[j + 1]) ? (pub.month, true, j + 2) : nil
        }
        var found: Int? = nil
        for f in t[j].forms { if let m = ArabicCalendarNames.month(f) { found = m; break } }
        if found == nil, j + 1 < t.count {
            for f in t[j].forms { if let m = ArabicCalendarNames.month(f + " " + t[j + 1].norm) { found = m; j += 1; break } }
        }
        guard let mo = found else { return nil }
        j += 1
        // second series name after a slash ("يوليو/تموز", "كانون الثاني")
        if j < t.count, ArabicCalendarNames.month(t[j].norm) != nil { j += 1 }
        else if j + 1 < t.count, ArabicCalendarNames.month(t[j].norm + " " + t[j + 1].norm) != nil { j += 2 }
        return (mo, false, j)
    }

    /// The explicit date starting at `i`, resolved against the publication day, and the index after it.
    static func match(_ t: [ArabicToken], at i: Int, publication pub: CivilTime) -> (mention: DateMention, end: Int)? {
        guard let (day, afterDay, ordinal) = day(t, at: i), afterDay < t.count else { return nil }
        var j = afterDay
        let hasOf = of.containsExact(t[j])
        if hasOf { j += 1 } else if ordinal { return nil }
        guard let (mo, thisMonth, afterMonth) = month(t, at: j, publication: pub) else { return nil }
        j = afterMonth
        var year = pub.year
        var explicitYear = false
        if j < t.count, let y = t[j].digits, y > 1900, y < 2100 { year = y; explicitYear = true; j += 1 }
        let pubDays = CivilTime.daysFromCivil(pub.year, pub.month, pub.day)
        var days = pubDays - CivilTime.daysFromCivil(year, mo, day)
        if days < -1 && !explicitYear && !thisMonth { year -= 1; days = pubDays - CivilTime.daysFromCivil(year, mo, day) }
        let ds = "\(year)-\(mo < 10 ? "0" : "")\(mo)-\(day < 10 ? "0" : "")\(day)"
        return (DateMention(date: ds, basis: .explicit, daysBefore: days, text: t.text(i..<j), start: i), j)
    }
}
