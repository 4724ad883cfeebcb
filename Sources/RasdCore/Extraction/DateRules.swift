import Foundation

/// A time expression in a sentence and the civil day it names.
public struct DateMention: Sendable, Equatable {
    public var date: String
    public var basis: EventDate.Basis
    /// Days before the publication day (0 = that day); negative never occurs.
    public var daysBefore: Int
    public var text: String
    public var start: Int
    /// The day a source spoke ("قال الجيش في بيان، الخميس"), not the day of the act.
    public var ofStatement: Bool = false
    /// The last hours before publication ("خلال الساعات الماضية"), not a day named for the act:
    /// like a statement's day it dates an act nothing else dates, but makes no sentence a new act.
    public var recentHours: Bool = false
    /// Where a span starts or ends ("منذ الاثنين"، "حتى مساء الأربعاء"): it dates an act nothing
    /// else dates ("معارك تدور منذ ليل الأربعاء"), but is not the day of an act told beside it.
    public var spanBound: Bool = false
    /// A day the writer names for the act itself.
    public var namesActDay: Bool { !ofStatement && !recentHours && !spanBound }
}

/// Resolves Arabic time words against the publication time in the outlet's local time:
/// weekday names (the most recent such day at or before publication), اليوم / أمس / الليلة
/// الماضية / فجر / مساء, and explicit dates in either month series ("16 يوليو/تموز").
public enum DateRules {
    enum Relative: Sendable { case today, yesterday, lastNight, dayBeforeYesterday, lastHours }
    static let relative = PhraseLexicon<Relative>([
        ("أول أمس", .dayBeforeYesterday), ("أمس الأول", .dayBeforeYesterday), ("أول من أمس", .dayBeforeYesterday),
        ("اليوم", .today), ("صباح اليوم", .today), ("فجر اليوم", .today), ("مساء اليوم", .today), ("ظهر اليوم", .today),
        ("الليلة", .today), ("هذا الصباح", .today), ("صباح الیوم", .today),
        ("أمس", .yesterday), ("الأمس", .yesterday), ("البارحة", .yesterday), ("مساء أمس", .yesterday), ("ليل أمس", .yesterday),
        ("ليلة أمس", .yesterday), ("فجر أمس", .yesterday), ("صباح أمس", .yesterday), ("يوم أمس", .yesterday),
        ("الليلة الماضية", .lastNight), ("ليلة الماضية", .lastNight), ("الليل الماضي", .lastNight),
        // the last hours before publication: its own day ("خلال الساعات الماضية"، "بعد منتصف الليل")
        ("الساعات الأخيرة", .lastHours), ("الساعات الماضية", .lastHours), ("الساعات القليلة الماضية", .lastHours),
        ("الساعات الـ24 الماضية", .lastHours), ("الـ24 ساعة الماضية", .lastHours), ("24 ساعة الماضية", .lastHours),
        ("الساعات الـ24 الأخيرة", .lastHours), ("الـ24 ساعة الأخيرة", .lastHours), ("بعد منتصف الليل", .lastHours),
    ])
    static let notToday = WordSet(["حتي", "منذ", "الي"])
    static let firstWord = WordSet(["الأول"])

    /// The publication instant's civil day in the outlet's offset.
    public static func publicationDay(_ published: Date, offset: Int) -> CivilTime { CivilTime(published, offsetSeconds: offset) }

    static func dayString(_ pub: CivilTime, minus days: Int) -> String {
        let d = CivilTime.daysFromCivil(pub.year, pub.month, pub.day) - days
        let (y, m, dd) = CivilTime.civilFromDays(d)
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(dd < 10 ? "0" : "")\(dd)"
    }

    /// Time expressions of one sentence, resolved.
    public static func mentions(_ t: [ArabicToken], publication pub: CivilTime) -> [DateMention] {
        var out: [DateMention] = []
        var i = 0
        while i < t.count {
            // Explicit "16 يوليو/تموز [2024]", "16 من تموز", "السادس من أيلول".
            if let (d, end) = ExplicitDates.match(t, at: i, publication: pub) {
                out.append(d)
                i = end; continue
            }
            if let (back, end) = DaysAgoDates.match(t, at: i) {
                out.append(DateMention(date: dayString(pub, minus: back), basis: .relative, daysBefore: back,
                                       text: t.text(i..<end), start: i))
                i = end; continue
            }
            if let m = relative.match(t, at: i) {
                let guarded = i > 0 && notToday.contains(t[i - 1]) || DayNounPhrases.isNoun(t, start: m.start, end: m.end)
                var end = m.end
                if !guarded {
                    let back: Int
                    switch m.payload {
                    case .today, .lastHours: back = 0
                    // "مساء أمس الأول": the day before yesterday, however the time of day is written
                    case .yesterday where end < t.count && firstWord.containsExact(t[end]): back = 2; end += 1
                    case .yesterday, .lastNight: back = 1
                    case .dayBeforeYesterday: back = 2
                    }
                    out.append(DateMention(date: dayString(pub, minus: back), basis: .relative, daysBefore: back,
                                           text: t.text(m.start..<end), start: i, recentHours: m.payload == .lastHours))
                }
                i = end; continue
            }
            // "ليل الأربعاء-الخميس": a night's two days glued by a hyphen
            if let (w1, w2) = gluedWeekdays(t[i]) {
                for w in [w1, w2] {
                    let back = (pub.weekday - w + 7) % 7
                    out.append(DateMention(date: dayString(pub, minus: back), basis: .weekday, daysBefore: back,
                                           text: t.text(max(0, i - 1)..<(i + 1)), start: i))
                }
            } else if let w = weekday(t, i), !isUniversalTime(t, i) {
                var back = (pub.weekday - w + 7) % 7
                // "الأربعاء الماضي" written on a Wednesday is a week ago.
                if back == 0, i + 1 < t.count, pastWords.contains(t[i + 1]) { back = 7 }
                out.append(DateMention(date: dayString(pub, minus: back), basis: .weekday, daysBefore: back,
                                       text: t.text(max(0, i - 1)..<(i + 1)), start: i, spanBound: boundsSpan(t, i)))
            }
            i += 1
        }
        return out
    }

    static let pastWords = WordSet(["الماضي", "الفائت", "المنصرم", "السابق", "الماضية", "الفائتة", "المنصرمة", "السابقة"])

    /// "الأربعاء-الخميس" written as one word: both weekdays, in order.
    static func gluedWeekdays(_ tok: ArabicToken) -> (Int, Int)? {
        // two weekday names and a hyphen are at least 19 bytes ("السبت-الاحد"): most words stop at the count
        guard tok.norm.utf8.count >= 19, tok.norm.utf8.contains(0x2D) else { return nil }
        let parts = tok.norm.split(separator: "-", omittingEmptySubsequences: true)
        guard parts.count == 2, let a = weekdayWithArticle[WordHash.of(String(parts[0]))] ?? weekdayAny[WordHash.of(String(parts[0]))],
              let b = weekdayWithArticle[WordHash.of(String(parts[1]))] else { return nil }
        return (a, b)
    }
    static let weekdayWithArticle: [UInt64: Int] = Dictionary(uniqueKeysWithValues:
        ArabicCalendarNames.weekdays.filter { $0.key.hasBytePrefix("ال") }.map { (WordHash.of($0.key), $0.value) })
    static let weekdayAny: [UInt64: Int] = Dictionary(uniqueKeysWithValues:
        ArabicCalendarNames.weekdays.map { (WordHash.of($0.key), $0.value) })
    static let nightWords = WordSet(["ليل", "ليلة", "ليلة"])
    static let dayWords = WordSet(["يوم", "مساء", "صباح", "فجر", "ليل", "ليلة", "ظهر", "عصر", "منتصف", "ظهيرة", "الماضي"])

    static let greenwich = WordSet(["غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "GMT"])
    /// "الساعة الواحدة صباحا (22:00 بتوقيت غرينتش يوم الاثنين)": the day in universal time the
    /// wire gives beside the local hour, not the local day of the act.
    static func isUniversalTime(_ t: [ArabicToken], _ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { greenwich.contains(t[$0]) }
    }

    static let spanWords = WordSet(["منذ", "حتى"])
    /// "منذ الاثنين"، "حتى مساء الأربعاء": where a span starts or ends, not the day of an act.
    static func boundsSpan(_ t: [ArabicToken], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if spanWords.contains(t[i - 1]) { return true }
        return i > 1 && dayWords.contains(t[i - 1]) && spanWords.contains(t[i - 2])
    }

    /// "الأحد" is a day when written with ال or after يوم/مساء…; bare "أحد" is "one/anyone",
    /// and "خميس مشيط" is a city.
    static func weekday(_ t: [ArabicToken], _ i: Int) -> Int? {
        if i + 1 < t.count, t[i + 1].norm == "مشيط" { return nil }
        for id in t[i].ids { if let w = weekdayWithArticle[id] { return w } }
        guard i > 0, dayWords.contains(t[i - 1]) else { return nil }
        for id in t[i].ids { if let w = weekdayAny[id] { return w } }
        return nil
    }

    /// A story's later incident that names no day of its own ("وفي الأثناء سيطر الجيش …") is told
    /// as part of the lead's news: it takes the lead incident's day instead of the publication day.
    public static func undatedFollowingLead(_ incidents: [IncidentFacts]) -> [IncidentFacts] {
        guard let lead = incidents.first?.eventDate, lead.basis != .publication else { return incidents }
        return incidents.enumerated().map { n, f in
            var f = f
            if n > 0, f.eventDate?.basis == .publication { f.eventDate = lead }
            return f
        }
    }

    /// Of a sentence's days, the one written closest to its act word: "انتشال جثمانين صباح الأحد
    /// كانا أصيبا في قصف مدفعي الليلة الماضية" dates the shelling to last night. Nil when the
    /// sentence has one day (or one place for several readings of it) or no act word.
    public static func nearestToAct(_ dates: [DateMention], acts: [Int]) -> DateMention? {
        guard !acts.isEmpty, Set(dates.map(\.date)).count >= 2 else { return nil }
        func distance(_ d: DateMention) -> Int { acts.map { abs($0 - d.start) }.min() ?? Int.max }
        return dates.min { distance($0) < distance($1) }
    }
}
