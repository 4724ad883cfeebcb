import Foundation
import Testing
@testable import RasdCore

/// A toll told town by town in one sentence is one incident per town, each with its own dead;
/// without a second town the figures add up to one toll.
@Suite struct CasualtyTownSplitTests {
    static let gaza = PlaceTable([
        (PlaceCandidate(nameAr: "رفح", kind: "locality", admin1Ar: "قطاع غزة", country: "PS", population: 170_000), []),
        (PlaceCandidate(nameAr: "خان يونس", kind: "locality", admin1Ar: "قطاع غزة", country: "PS", population: 200_000), []),
    ])

    static func extract(_ text: String) -> [IncidentFacts] {
        IncidentExtractor(places: gaza).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
    }

    @Test func eachTownKeepsItsOwnToll() {
        let got = Self.extract("قتل ثلاثة فلسطينيين الخميس في غارات إسرائيلية على رفح و2 في خان يونس، وفق وزارة الصحة.")
        let rafah = got.first { $0.location?.nameAr == "رفح" }
        let khanYunis = got.first { $0.location?.nameAr == "خان يونس" }
        #expect(got.count == 2)
        #expect(rafah?.casualties.killed.min == 3 && rafah?.casualties.killed.max == 3)
        #expect(khanYunis?.casualties.killed.min == 2 && khanYunis?.casualties.killed.max == 2)
    }

    /// A source going on with a toll of its own for another town ("مضيفا أن 11 قتلوا … في بلدة X")
    /// tells a second act; a figure it adds without a town of its own stays with the first.
    @Test func aSourceAddingAnotherTownsTollSplits() {
        let got = Self.extract("وقال مدير المرصد إن 64 مدنيا على الأقل قتلوا الجمعة جراء غارات استهدفت رفح، مضيفا أن 11 مدنيا قتلوا صباح الجمعة جراء الغارات في مدينة خان يونس.")
        let rafah = got.first { $0.location?.nameAr == "رفح" }
        let khanYunis = got.first { $0.location?.nameAr == "خان يونس" }
        #expect(got.count == 2)
        #expect(rafah?.casualties.killed.min == 64 && rafah?.casualties.killed.max == nil)
        #expect(khanYunis?.casualties.killed.min == 11 && khanYunis?.casualties.killed.max == 11)
    }

    @Test func aSourceAddingNoTownDoesNotSplit() {
        let got = Self.extract("وقال مدير المرصد إن 64 مدنيا على الأقل قتلوا الجمعة جراء غارات استهدفت رفح، مضيفا أن 11 منهم أطفال.")
        #expect(got.count == 1)
        #expect(got.first?.location?.nameAr == "رفح")
    }

    @Test func withoutASecondTownTheFiguresAddUp() {
        let got = Self.extract("قتل 26 جنديا الخميس في هجوم على رفح إضافة إلى تسعة مقاتلين من الفصائل، وفق مصادر طبية.")
        #expect(got.count == 1)
        #expect(got.first?.casualties.killed.min == 35)
        #expect(got.first?.casualties.killed.max == 35)
    }

    @Test func aPlaceTollWithoutAFigureIsNotSplit() {
        let got = Self.extract("قتل ثلاثة فلسطينيين الخميس في غارة إسرائيلية على رفح وخان يونس.")
        #expect(got.count == 1)
        #expect(got.first?.casualties.killed.min == 3)
    }
}

/// A toll told as the result of the act named by a definite noun is the act's own, however far
/// down the story tells it; a toll further down told otherwise is not read.
@Suite struct CasualtyLateResultTests {
    static let text = """
    أطلقت إيران فجر الخميس 20 صاروخا على قواعد عسكرية في رفح.
    وقال وزير الدفاع إن بلاده سترد على أي هجوم جديد.
    وأضاف أن الحكومة تتابع الوضع عن كثب مع الحلفاء.
    وذكرت وزارة الدفاع أن طائرات عدة شاركت في الرد.
    وأوضح المرصد أن الضربات الإسرائيلية أسفرت عن مقتل 23 مقاتلا على الأقل.
    """

    @Test func aResultOfTheActFarDownIsItsToll() {
        let got = CasualtyTownSplitTests.extract(Self.text)
        #expect(got.first?.casualties.killed.status == .reported)
        #expect(got.first?.casualties.killed.min == 23)
    }

    @Test func aTollFarDownWithoutTheActIsNotRead() {
        let text = Self.text.replacingOccurrences(of: "أن الضربات الإسرائيلية أسفرت عن مقتل", with: "أنه وثق مقتل")
        let got = CasualtyTownSplitTests.extract(text)
        #expect(got.first?.casualties.killed.status == .notMentioned)
    }
}
