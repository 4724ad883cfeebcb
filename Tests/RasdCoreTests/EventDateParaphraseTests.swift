import Foundation
import Testing
@testable import RasdCore

/// The same act's day written the ways wire copy writes it — weekday forms, relative days,
/// explicit dates in both month series — read end to end through the extractor from a short
/// story and its publication time (the outlet's local offset included), and the day that belongs
/// to the act when a sentence also names when a source spoke or an earlier event.
@Suite struct EventDateParaphraseTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "درنة", kind: "locality", admin1Ar: "درنة", country: "LY", population: 100_000), []),
        (PlaceCandidate(nameAr: "سرت", kind: "locality", admin1Ar: "سرت", country: "LY", population: 80_000), []),
    ])
    static let extractor = IncidentExtractor(places: table)

    /// Publication instants as an outlet's feed writes them (local time with its offset).
    enum Pub: String, CaseIterable, Sendable {
        /// Friday 9 August 2024, 10:00 at UTC+3.
        case friday = "2024-08-09T10:00:00+03:00"
        /// Thursday 8 August 2024, 10:00 at UTC+3.
        case thursday = "2024-08-08T10:00:00+03:00"
        /// Friday 01:00 at UTC+3, still Thursday in UTC.
        case fridayEarly = "2024-08-09T01:00:00+03:00"
        /// Tuesday 20 August 2024, 10:00 at UTC+3.
        case august20 = "2024-08-20T10:00:00+03:00"
        /// Thursday 2 January 2025, 10:00 at UTC+3.
        case newYear = "2025-01-02T10:00:00+03:00"

        var date: Date { RFC3339.parse(rawValue)! }
        var offset: Int { 3 * 3600 }
    }

    static func eventDate(_ text: String, title: String = "", _ pub: Pub) -> EventDate? {
        extractor.extract(StoryText(title: title, text: text, published: pub.date, utcOffsetSeconds: pub.offset)).first?.eventDate
    }

    static func check(_ text: String, _ pub: Pub, _ date: String, _ basis: EventDate.Basis, title: String = "") {
        let got = eventDate(text, title: title, pub)
        #expect(got?.date == date, "\(text)")
        #expect(got?.basis == basis, "\(text)")
        #expect(got?.precision == 1, "\(text)")
    }

    // MARK: weekdays

    @Test(arguments: [
        // verb first, noun first, fronted phrase
        ("قتل ثلاثة جنود الخميس في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود يوم الخميس في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود، مساء الخميس، في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", "2024-08-08"),
        ("ثلاثة جنود قتلوا فجر الخميس في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", "2024-08-08"),
        ("وفجر الخميس، قتل ثلاثة جنود في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", "2024-08-08"),
        ("ويوم الخميس قتل ثلاثة جنود في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", "2024-08-08"),
        ("انفجرت عبوة ناسفة صباح الخميس بدورية للجيش في درنة، ما أسفر عن مقتل ثلاثة جنود.", "2024-08-08"),
        ("مقتل ثلاثة جنود بانفجار عبوة ناسفة في درنة ظهر الخميس.", "2024-08-08"),
        ("قتل ثلاثة جنود في وقت متأخر من ليل الخميس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود في وقت مبكر من الخميس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود في وقت متأخر الخميس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود أمس الخميس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود الأربعاء في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود الاثنين الماضي في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-05"),
        ("قتل ثلاثة جنود الجمعة الماضية في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-02"),
        ("قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة الإثنين.", "2024-08-05"),
        ("قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة، السبت.", "2024-08-03"),
    ])
    func weekdayForms(_ text: String, _ date: String) {
        Self.check(text, .friday, date, .weekday)
    }

    /// A night across two days is dated to the later one, however the pair is joined.
    @Test(arguments: [
        "قتل ثلاثة جنود ليل الأربعاء الخميس في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود ليل الأربعاء-الخميس في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود ليل الأربعاء - الخميس في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود ليلة الأربعاء/الخميس في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود ليل الأربعاء إلى الخميس في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود ليلة الأربعاء على الخميس في انفجار عبوة ناسفة في مدينة درنة.",
        "وخلال ليل الأربعاء الخميس، قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة.",
    ])
    func nightAcrossTwoDays(_ text: String) {
        Self.check(text, .friday, "2024-08-08", .weekday)
    }

    @Test(arguments: [
        // published on the weekday it names: that same day
        ("قتل ثلاثة جنود الخميس في انفجار عبوة ناسفة في مدينة درنة.", Pub.thursday, "2024-08-08", EventDate.Basis.weekday),
        // "اليوم الخميس": labels call the day by its weekday
        ("قتل ثلاثة جنود صباح اليوم الخميس في انفجار عبوة ناسفة في مدينة درنة.", .thursday, "2024-08-08", .weekday),
        ("قتل ثلاثة جنود اليوم الخميس في انفجار عبوة ناسفة في مدينة درنة.", .thursday, "2024-08-08", .weekday),
        // "الخميس الماضي" written on a Thursday is a week ago
        ("قتل ثلاثة جنود الخميس الماضي في انفجار عبوة ناسفة في مدينة درنة.", .thursday, "2024-08-01", .weekday),
        // published at 01:00 on Friday local time (Thursday in UTC): Thursday is yesterday there
        ("قتل ثلاثة جنود الخميس في انفجار عبوة ناسفة في مدينة درنة.", .fridayEarly, "2024-08-08", .weekday),
        ("قتل ثلاثة جنود اليوم في انفجار عبوة ناسفة في مدينة درنة.", .fridayEarly, "2024-08-09", .relative),
        ("قتل ثلاثة جنود مساء أمس في انفجار عبوة ناسفة في مدينة درنة.", .fridayEarly, "2024-08-08", .relative),
    ])
    func publicationDayAndOutletTime(_ text: String, _ pub: Pub, _ date: String, _ basis: EventDate.Basis) {
        Self.check(text, pub, date, basis)
    }

    // MARK: relative days

    @Test(arguments: [
        ("قتل ثلاثة جنود اليوم في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-09"),
        ("قتل ثلاثة جنود أمس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود يوم أمس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود أول أمس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود أول من أمس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود الليلة الماضية في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود مساء أمس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("ومساء أمس، قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود فجر اليوم في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-09"),
        ("قتل ثلاثة جنود صباح اليوم في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-09"),
        ("انفجرت عبوة ناسفة صباح اليوم بدورية للجيش في درنة، ما أسفر عن مقتل ثلاثة جنود.", "2024-08-09"),
        ("قتل ثلاثة جنود قبل يومين في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود منذ يومين في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود قبل يوم في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود في وقت سابق اليوم في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-09"),
        ("قتل ثلاثة جنود في وقت سابق من اليوم في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-09"),
        ("قتل ثلاثة جنود في وقت متأخر من مساء أمس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود في وقت متأخر أمس في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود خلال الساعات الماضية في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-09"),
        ("قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة خلال الساعات الـ24 الماضية.", "2024-08-09"),
        ("قتل ثلاثة جنود بعد منتصف الليل في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-09"),
    ])
    func relativeDays(_ text: String, _ date: String) {
        Self.check(text, .friday, date, .relative)
    }

    // MARK: explicit dates

    @Test(arguments: [
        ("قتل ثلاثة جنود في 7 أغسطس/آب في انفجار عبوة ناسفة في مدينة درنة.", Pub.friday, "2024-08-07"),
        ("قتل ثلاثة جنود في 7 آب/أغسطس في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود في 7 أغسطس (آب) في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود في الـ7 من أغسطس في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود في 7 من آب في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود في السابع من آب في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود يوم 7 أغسطس 2024 في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود في ٧ أغسطس في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود في ٧ آب ٢٠٢٤ في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-07"),
        ("قتل ثلاثة جنود يوم 9 أغسطس/آب في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-09"),
        ("قتل ثلاثة جنود في 16 من الشهر الجاري في انفجار عبوة ناسفة في مدينة درنة.", .august20, "2024-08-16"),
        ("قتل ثلاثة جنود في 16 من الشهر الحالي في انفجار عبوة ناسفة في مدينة درنة.", .august20, "2024-08-16"),
        ("قتل ثلاثة جنود في السادس عشر من الشهر الجاري في انفجار عبوة ناسفة في مدينة درنة.", .august20, "2024-08-16"),
        ("قتل ثلاثة جنود في 30 ديسمبر في انفجار عبوة ناسفة في مدينة درنة.", .newYear, "2024-12-30"),
        ("قتل ثلاثة جنود في 30 كانون الأول/ديسمبر في انفجار عبوة ناسفة في مدينة درنة.", .newYear, "2024-12-30"),
        ("قتل ثلاثة جنود في الحادي والثلاثين من ديسمبر في انفجار عبوة ناسفة في مدينة درنة.", .newYear, "2024-12-31"),
    ])
    func explicitDates(_ text: String, _ pub: Pub, _ date: String) {
        Self.check(text, pub, date, .explicit)
    }

    /// A weekday written beside its date names the same day; labels call it a weekday date.
    @Test func aWeekdayWithItsDate() {
        Self.check("قتل ثلاثة جنود الثلاثاء 6 أغسطس/آب في انفجار عبوة ناسفة في مدينة درنة.", .friday, "2024-08-06", .weekday)
    }

    /// An act dated weeks back is an earlier event: background, not this story's incident.
    @Test(arguments: [
        "قتل ثلاثة جنود في 16 يوليو/تموز في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود في السادس عشر من تموز في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود في 7 أغسطس/آب 2023 في انفجار عبوة ناسفة في مدينة درنة.",
    ])
    func anOldDateIsBackground(_ text: String) {
        #expect(Self.eventDate(text, .friday) == nil)
    }

    /// "قبل ساعات" names no other day than the publication's; "قبل خمسة أيام" is a rough count
    /// (often a day off the weekday the story names) and "قبل يومين من …" counts from another event.
    @Test(arguments: [
        "قتل ثلاثة جنود قبل خمسة أيام في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة قبل يومين من زيارة الوزير.",
        // "اليوم" as the noun "the day" of another time, not "today"
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة في اليوم التالي لوصولهم إليها.",
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة في اليوم الثالث من المعارك.",
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة في اليوم نفسه.",
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة في ذلك اليوم.",
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة درنة فجر اليوم التالي.",
        "قتل ثلاثة جنود قبل ساعات في انفجار عبوة ناسفة في مدينة درنة.",
        "قتل ثلاثة جنود منذ ساعات في انفجار عبوة ناسفة في مدينة درنة.",
    ])
    func noDayOfItsOwn(_ text: String) {
        Self.check(text, .friday, "2024-08-09", .publication)
    }

    // MARK: which day belongs to the act

    @Test(arguments: [
        // a speaker's day in the attribution, the act's own day in what was said
        ("قال الجيش الخميس إن غارة الأربعاء على مدينة درنة أسفرت عن مقتل ثلاثة مسلحين.", "2024-08-07", EventDate.Basis.weekday),
        ("أعلن الجيش، الخميس، أن ثلاثة جنود قتلوا مساء الأربعاء في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07", .weekday),
        ("وقال مصدر أمني في وقت سابق الخميس إن ثلاثة جنود قتلوا الأربعاء في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07", .weekday),
        // only the statement is dated: its day stands for the act
        ("قال الجيش في بيان الخميس إن ثلاثة جنود قتلوا في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-08", .weekday),
        // an earlier event's day in the same sentence is background
        ("قتل ثلاثة جنود الخميس في انفجار عبوة ناسفة في مدينة درنة، بعد يومين من هجوم مماثل وقع الثلاثاء في سرت.", "2024-08-08", .weekday),
        ("قتل ثلاثة جنود الخميس في انفجار عبوة ناسفة في مدينة درنة، في ثاني هجوم منذ الثلاثاء.", "2024-08-08", .weekday),
        // the second sentence repeats the act through another source on its own day
        ("قتل ثلاثة جنود الأربعاء في انفجار عبوة ناسفة في مدينة درنة. وأكد مصدر عسكري الخميس مقتل الجنود الثلاثة في الانفجار.", "2024-08-07", .weekday),
        // a day told in the medium the source spoke through ("في تغريدة … الخميس") is the statement's
        ("قتل ثلاثة جنود خلال الساعات الماضية في انفجار عبوة ناسفة في مدينة درنة. وقال المبعوث الأممي في تغريدة على موقع تويتر الخميس إن الهجوم مدان.", "2024-08-09", .relative),
        ("انفجرت عبوة ناسفة بدورية للجيش في مدينة درنة. وقال المتحدث باسم الجيش في مؤتمر صحفي الخميس إن ثلاثة جنود قتلوا مساء الأربعاء في الانفجار.", "2024-08-07", .weekday),
        // the day in a second sentence of the lead
        ("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة. ووقع الانفجار مساء الأربعاء قرب مدخل المدينة.", "2024-08-07", .weekday),
    ])
    func theActsOwnDay(_ text: String, _ date: String, _ basis: EventDate.Basis) {
        Self.check(text, .friday, date, basis)
    }

    /// Attributions of every length and shape, with the act's own day in the reported content or
    /// in the next sentence.
    @Test(arguments: [
        ("قال مصدر أمني ليبي لفرانس برس الخميس إن ثلاثة جنود قتلوا في انفجار عبوة ناسفة في مدينة درنة. ووقع الانفجار مساء الأربعاء.", "2024-08-07"),
        ("أفادت وكالة الأنباء الليبية الرسمية مساء الخميس بأن ثلاثة جنود قتلوا في انفجار عبوة ناسفة في مدينة درنة. ووقع الانفجار صباح الأربعاء.", "2024-08-07"),
        ("ذكر الجيش الليبي في بيان نشره على صفحته الرسمية الخميس أن ثلاثة جنود قتلوا الأربعاء في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود الأربعاء في انفجار عبوة ناسفة في مدينة درنة، وفق ما أعلن الجيش الخميس.", "2024-08-07"),
        ("قتل ثلاثة جنود الأربعاء في انفجار عبوة ناسفة في مدينة درنة، بحسب ما أفاد مصدر عسكري الخميس.", "2024-08-07"),
        ("أعلن الجيش الليبي الخميس مقتل ثلاثة جنود في انفجار عبوة ناسفة مساء الأربعاء في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود مساء أمس الأول في انفجار عبوة ناسفة في مدينة درنة.", "2024-08-07"),
        ("قتل ثلاثة جنود فجر الأربعاء في انفجار عبوة ناسفة في مدينة درنة، بعد يوم من هجوم مماثل في سرت.", "2024-08-07"),
    ])
    func attributionsAndTheActsDay(_ text: String, _ date: String) {
        #expect(Self.eventDate(text, .friday)?.date == date, "\(text)")
    }

    @Test func anUndatedHeadlineTakesTheBodysDay() {
        Self.check("قتل ثلاثة جنود مساء الأربعاء في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", .friday, "2024-08-07", .weekday,
                   title: "مقتل ثلاثة جنود بانفجار عبوة ناسفة في درنة")
        Self.check("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", .friday, "2024-08-07", .weekday,
                   title: "ليبيا: مقتل ثلاثة جنود بانفجار عبوة ناسفة في درنة الأربعاء")
    }

    /// "خلال الساعات الماضية" dates an act nothing else dates, but names no day of a new act:
    /// the definite "المعارك" told within those hours is the battle already told.
    @Test func recentHoursAddNoNewAct() throws {
        let text = "قتل ثلاثة جنود الخميس في اشتباكات مع مسلحين في مدينة درنة. "
            + "واستمرت المعارك خلال الساعات الماضية في محيط المدينة."
        let got = Self.extractor.extract(StoryText(text: text, published: Pub.friday.date, utcOffsetSeconds: Pub.friday.offset))
        #expect(got.count == 1)
        #expect(got.first?.eventDate == EventDate(date: "2024-08-08", precision: 1, basis: .weekday))
        let t = ArabicTokenizer.tokenize("واستمرت المعارك خلال الساعات الماضية في محيط المدينة")
        let d = try #require(DateRules.mentions(t, publication: CivilTime(Pub.friday.date, offsetSeconds: Pub.friday.offset)).first)
        #expect(d.recentHours && !d.namesActDay && d.date == "2024-08-09")
    }

    /// "منذ الاثنين" starts a span: it dates clashes nothing else dates, but an act the sentence
    /// dates itself keeps its own day, and a later sentence's own day is not overridden by it.
    @Test(arguments: [
        ("وتتواصل الاشتباكات في مدينة درنة منذ مساء الاثنين وأسفرت عن مقتل 30 شخصا.", "2024-08-05"),
        ("قتل ثلاثة جنود الخميس في اشتباكات تدور منذ الاثنين في مدينة درنة.", "2024-08-08"),
        ("قتل ثلاثة جنود في اشتباكات تدور منذ الاثنين في مدينة درنة. واندلعت الاشتباكات مجددا مساء الخميس في وسط المدينة.", "2024-08-08"),
    ])
    func aSpanStartDatesOnlyWhatNothingElseDates(_ text: String, _ date: String) {
        #expect(Self.eventDate(text, .friday)?.date == date)
    }

    /// The day in universal time the wire gives beside the local hour is not the local day, and
    /// names no second act.
    @Test func universalTimeIsNotTheLocalDay() {
        let text = "استهدفت غارة جوية مخزنا للأسلحة قرب مدينة درنة بحسب ما أفادت وكالة الأنباء الرسمية الخميس. "
            + "ووقعت الغارة الساعة الواحدة صباحا (23:00 بتوقيت غرينتش يوم الأربعاء) قرب المدينة."
        let got = Self.extractor.extract(StoryText(text: text, published: Pub.friday.date, utcOffsetSeconds: Pub.friday.offset))
        #expect(got.map { $0.eventDate?.date } == ["2024-08-08"])
    }

    /// "وكانت مواجهات دارت قبل يومين …" recaps an earlier event: background, not a second incident.
    @Test func aRecapTwoDaysBackIsBackground() {
        let text = "قتل ثلاثة جنود الخميس في انفجار عبوة ناسفة في مدينة درنة. "
            + "وكانت مواجهات مسلحة دارت قبل يومين في مدينة سرت وأسفرت عن مقتل جنديين."
        let got = Self.extractor.extract(StoryText(text: text, published: Pub.friday.date, utcOffsetSeconds: Pub.friday.offset))
        #expect(got.map { $0.eventDate?.date } == ["2024-08-08"])
    }

    @Test func noDayAtAllIsThePublicationDay() {
        Self.check("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدف دوريتهم في مدينة درنة.", .fridayEarly, "2024-08-09", .publication)
    }
}
