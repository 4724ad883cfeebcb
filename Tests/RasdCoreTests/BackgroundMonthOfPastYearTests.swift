import Testing
@testable import RasdCore

/// "وفي أبريل/نيسان 2017، قتل 80 شخصا": a month named with a past year dates a past act.
@Suite struct BackgroundMonthOfPastYearTests {
    static let pub = CivilTime(RFC3339.parse("2018-04-08T12:00:00Z")!, offsetSeconds: 3 * 3600)

    static func reason(_ text: String) -> String? {
        let t = ArabicTokenizer.tokenize(text)
        return BackgroundRules.reason(t, dates: DateRules.mentions(t, publication: pub), publication: pub)
    }

    /// The publication's own month, of a past year: only the year says it is past.
    @Test func publicationMonthOfPastYear() {
        #expect(Self.reason("وفي أبريل/نيسان 2017، قتل 80 شخصا إثر هجوم بغاز السارين على مدينة خان شيخون") == "year_past")
    }

    @Test(arguments: [
        "ودمرت الطائرات الإسرائيلية المفاعل في أيلول/سبتمبر 2007",
        "وقتل 30 شخصا في هجوم مماثل في كانون الثاني 2016",
    ])
    func otherMonthOfPastYear(text: String) {
        #expect(Self.reason(text) != nil, "\(text)")
    }

    @Test(arguments: [
        // this year's month is left to the other rules; a plain figure is no year
        "وقتل 2017 شخصا منذ بداية الحرب",
        "قتل 14 شخصا الاثنين في غارة على البلدة",
    ])
    func notAPastYearMonth(text: String) {
        #expect(Self.reason(text) != "year_past", "\(text)")
    }
}
