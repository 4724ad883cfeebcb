/// Arabic month and weekday names as news outlets write them, keyed by their normalised form
/// (`ArabicNormalizer.normalize`). Both month series are used, often together ("16 يوليو/تموز"):
/// the Egyptian/Gulf series (يناير … ديسمبر) and the Levantine/Iraqi one (كانون الثاني … كانون الأول),
/// plus the Maghreb spellings (جانفي، فيفري، …).
public enum ArabicCalendarNames {
    /// Normalised month name → month number (1…12). Two-word names are keyed with one space.
    public static let months: [String: Int] = {
        let raw: [(String, Int)] = [
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4), ("مايو", 5),
            ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8),
            ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
            ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4), ("أيار", 5),
            ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("اب", 8), ("أيلول", 9), ("ايلول", 9),
            ("تشرين الأول", 10), ("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
            ("كانون الاول", 12),
            ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("ماي", 5), ("جوان", 6),
            ("جويلية", 7), ("أوت", 8), ("اوت", 8), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
        ]
        var d: [String: Int] = [:]
        for (name, n) in raw { d[ArabicNormalizer.normalize(name)] = n }
        return d
    }()

    /// Normalised weekday name (with or without ال) → 0 = Sunday … 6 = Saturday.
    public static let weekdays: [String: Int] = {
        let raw: [(String, Int)] = [
            ("الأحد", 0), ("الاثنين", 1), ("الإثنين", 1), ("الاثنان", 1), ("الثلاثاء", 2), ("الأربعاء", 3),
            ("الاربعاء", 3), ("الخميس", 4), ("الجمعة", 5), ("السبت", 6),
        ]
        var d: [String: Int] = [:]
        for (name, n) in raw {
            let key = ArabicNormalizer.normalize(name)
            d[key] = n
            d[String(key.dropFirst(2))] = n  // أحد، اثنين، خميس … without the article
        }
        return d
    }()

    /// Month number for a normalised one- or two-word name.
    public static func month(_ normalizedName: String) -> Int? { months[normalizedName] }
    /// Weekday number (0 = Sunday) for a normalised name.
    public static func weekday(_ normalizedName: String) -> Int? { weekdays[normalizedName] }
}
