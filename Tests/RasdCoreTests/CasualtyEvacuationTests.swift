import Testing
@testable import RasdCore

/// The wounded as what is evacuated ("إجلاء الجرحى"، "بإخلاء عدد من الجرحى") are no toll of the
/// act told; the wounded carried off after it ("ونقل الجرحى إلى المستشفى") still say there were some.
@Suite struct CasualtyEvacuationTests {
    static func status(_ text: String, _ who: CasualtyMention.Who) -> Count.Status { CasualtyReading.count(text, who).status }

    @Test(arguments: [
        ("استهدفت عبوة سيارة الإسعاف أثناء قيامها بإخلاء عدد من الجرحى والمصابين من المدنيين دون وقوع إصابات", Count.Status.none),
        ("ودعا القرار إلى وقف إطلاق النار وإجلاء طبي للمرضى والمصابين بجروح بالغة", .notMentioned),
        ("وطالب البابا بوقف العنف وإجلاء الجرحى والمرضى", .notMentioned),
        ("وتطالب روسيا بإدخال المعونات علاوة على إجلاء المصابين لتلقي العلاج", .notMentioned),
    ])
    func evacuatedWoundedAreNoToll(text: String, injured: Count.Status) {
        #expect(Self.status(text, .injured) == injured, "\(text)")
    }

    @Test(arguments: [
        "ونقل الجرحى إلى مستشفى المدينة",
        "وأسفر القصف عن سقوط قتلى وجرحى",
        "وعملت فرق الإنقاذ على إسعاف الجرحى في موقع الانفجار",
    ])
    func woundedStillTold(text: String) {
        #expect(Self.status(text, .injured) == .vague, "\(text)")
    }
}
