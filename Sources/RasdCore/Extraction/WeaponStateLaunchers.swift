/// Who fired a "صاروخ" decides what it is. Wire copy uses one word for the home-made rockets of
/// armed groups in Gaza, Lebanon and Iraq and for the missiles of states: "أطلقت إيران 20 صاروخا"،
/// "صواريخ أطلقتها الولايات المتحدة وحلفاؤها"، "أطلق الجيش الإسرائيلي صاروخين". A state's forces
/// (and the Houthis' missile force, whose "صواريخ" at Saudi Arabia are missiles, not rockets) fire
/// missiles; the launcher is the subject of a launch verb before the noun ("أطلقت القوات الإيرانية
/// صواريخ") or named right after a launch verb that follows it ("صاروخ أطلقه الحوثيون").
enum WeaponStateLaunchers {
    /// Launchers of missiles by name.
    static let names = PhraseLexicon<Bool>([
        ("إيران", true), ("طهران", true), ("الحرس الثوري", true), ("الولايات المتحدة", true), ("واشنطن", true),
        ("أمريكا", true), ("بريطانيا", true), ("فرنسا", true), ("روسيا", true), ("موسكو", true), ("إسرائيل", true),
        ("الحوثيون", true), ("الحوثيين", true), ("الحوثي", true), ("حوثي*", true), ("أنصار الله", true),
        ("القوة الصاروخية", true),
    ])
    /// A state's forces by their adjective, after the forces' noun ("القوات الإيرانية"، "البحرية الأمريكية").
    static let adjectives = PhraseLexicon<Bool>([
        ("إيراني*", true), ("أمريكي*", true), ("أميركي*", true), ("بريطاني*", true), ("فرنسي*", true),
        ("روسي*", true), ("إسرائيلي*", true),
    ])
    static let forces = WordSet(["قوات", "القوات", "الجيش", "جيش", "البحرية", "القوة", "الحرس", "المدمرة", "المدمرات",
                                 "السفن", "البوارج", "الغواصة", "الفرقاطة", "سفن", "مدمرات", "بوارج", "غواصة"])
    /// Verbs of launching and striking: the launcher is their subject.
    static let launchPrefixes = ["أطلق", "قصف", "استهدف", "ضرب", "شن"].map(ArabicNormalizer.normalize)
    /// Prepositions that make a name the target or the place ("على إسرائيل"، "نحو إيران").
    static let governing = WordSet(["على", "نحو", "باتجاه", "تجاه", "ضد", "إلى", "في", "داخل", "فوق", "عن", "مع"])

    static func isLaunch(_ t: ArabicToken) -> Bool { launchPrefixes.contains { t.matches(prefix: $0) } }

    /// A launcher begins at `i`: a name that is no preposition's object ("على إسرائيل" is a target),
    /// or a forces noun's state adjective ("الجيش الإسرائيلي"); the index after it.
    static func launcher(_ t: [ArabicToken], at i: Int) -> Int? {
        if let m = names.match(t, at: i), !WeaponContext.carriesPreposition(t[i]), !(i > 0 && governing.containsExact(t[i - 1])) {
            return m.end
        }
        if i > 0, forces.contains(t[i - 1]), !WeaponContext.carriesPreposition(t[i - 1]),
           !(i > 1 && governing.containsExact(t[i - 2])), let m = adjectives.match(t, at: i) {
            return m.end
        }
        return nil
    }

    /// The missile noun spanning `start..<end` was fired by a state or the Houthis.
    static func firedByState(_ t: [ArabicToken], start: Int, end: Int) -> Bool {
        // before: "أطلقت إيران 20 صاروخا"، "القوات الإيرانية أطلقت صواريخ": the launcher next to its verb
        let from = WeaponContext.clauseStart(t, before: start, within: 8)
        for i in from..<start {
            guard let after = launcher(t, at: i) else { continue }
            let head = forces.contains(t[max(0, i - 1)]) && i > from ? i - 1 : i
            if (max(from, head - 2)..<head).contains(where: { isLaunch(t[$0]) }) || (after < start && isLaunch(t[after])) {
                return true
            }
        }
        // after: "صاروخ أطلقه الحوثيون"، "103 صواريخ أطلقتها الولايات المتحدة"، "أطلق من قبل الميليشيا الحوثية"
        for v in end..<min(t.count, end + 6) where t[v].matches(prefix: launchPrefixes[0]) {
            return ((v + 1)..<min(t.count, v + 5)).contains { launcher(t, at: $0) != nil }
        }
        return false
    }
}
