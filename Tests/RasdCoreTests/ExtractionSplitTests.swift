import Foundation
import Testing
@testable import RasdCore

/// Table tests of which sentences tell a new act and which incident they belong to: habitual
/// frames, and the incidents a story's claims may reach.
@Suite struct ExtractionSplitTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    /// Thursday 2024-08-08, 12:00 at UTC+3.
    static let pub = CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600)

    @Test(arguments: [
        ("وعادة ما تنفذ تركيا ضربات جوية ضد أهداف للمسلحين في شمال البلاد.", "habitual"),
        ("وغالبا ما يستهدف التنظيم الحواجز الأمنية بعبوات ناسفة.", "habitual"),
        ("عادة ما تشن الطائرات غارات على المنطقة.", "habitual"),
        ("ودائما ما تتعرض القرى الحدودية لقصف مدفعي.", "habitual"),
        // further in, "غالبا ما" describes a place, not the act
        ("وانفجرت السيارة المفخخة في شارع تجاري غالبا ما يكون مكتظا بالمارة.", nil),
        ("وشنت الطائرات غارات على المنطقة.", nil),
    ] as [(String, String?)])
    func habitualLeadIsBackground(_ text: String, _ reason: String?) {
        #expect(BackgroundRules.reason(Self.tokens(text), dates: [], publication: Self.pub) == reason, "\(text)")
    }
}
