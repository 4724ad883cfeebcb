import Testing
@testable import RasdCore

/// A past-tense opening ("وكان/وكانت …") with "قبل أيام"/"قبل أسبوعين" tells an earlier act, so its
/// toll is not the news' toll; without the opening, "قبل أيام" may date the news itself.
@Suite struct BackgroundDaysAgoTests {
    static let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)
    static func reason(_ s: String) -> String? { BackgroundRules.reason(ArabicTokenizer.tokenize(s), dates: [], publication: Self.pub) }

    @Test(arguments: [
        "وكانت مواجهات مسلحة بين القبائل والحوثيين دارت قبل أيام وأدت إلى سقوط عدد من القتلى والجرحى",
        "وكان هجوم مماثل وقع قبل أسبوعين على الحاجز نفسه أسفر عن مقتل جنديين",
        "وكانت الطائرات قصفت قبل شهر مواقع للتنظيم في المنطقة",
    ])
    func pastOpeningDaysBack(text: String) {
        #expect(Self.reason(text) == "pluperfect", "\(text)")
    }

    @Test(arguments: [
        // the news told as "days ago" without a past opening
        "قتل 35 مقاتلا من قوات النظام في هجوم شنه التنظيم قبل أيام على نقطة تجمع لهم",
        // a past opening without a span back
        "وكانت الطائرات الحربية قصفت مواقع في المدينة",
    ])
    func notDaysBack(text: String) {
        #expect(Self.reason(text) == nil, "\(text)")
    }
}
