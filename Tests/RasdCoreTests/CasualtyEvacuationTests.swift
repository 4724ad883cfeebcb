import Testing
@testable import RasdCore

/// Beside a sentence's own "no casualties", the wounded as what is evacuated ("بإخلاء عدد من
/// الجرحى") are an earlier act's; without one they still say there were wounded, and so do the
/// wounded carried off after the act ("ونقل الجرحى إلى المستشفى").
@Suite struct CasualtyEvacuationTests {
    static func status(_ text: String, _ who: CasualtyMention.Who) -> Count.Status { CasualtyReading.count(text, who).status }

    @Test(arguments: [
        ("استهدفت عبوة سيارة الإسعاف أثناء قيامها بإخلاء عدد من الجرحى والمصابين من المدنيين دون وقوع إصابات", Count.Status.none),
        ("وأكد المصدر أن القصف لم يسفر عن إصابات، بينما كانت الفرق تعمل على إخلاء الجرحى من الحي", .none),
    ])
    func evacuatedWoundedAreNoToll(text: String, injured: Count.Status) {
        #expect(Self.status(text, .injured) == injured, "\(text)")
    }

    @Test(arguments: [
        "ونقل الجرحى إلى مستشفى المدينة",
        "وطالب البابا بوقف العنف وإجلاء الجرحى والمرضى",
        "وأسفر القصف عن سقوط قتلى وجرحى",
        "وعملت فرق الإنقاذ على إسعاف الجرحى في موقع الانفجار",
    ])
    func woundedStillTold(text: String) {
        #expect(Self.status(text, .injured) == .vague, "\(text)")
    }
}
