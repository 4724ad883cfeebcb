import Testing
@testable import RasdCore

/// Denials with the denied thing as a pronoun on the verb: "الأمر الذي نفاه الجيش التركي"،
/// "وهو ما نفته الحكومة".
@Suite struct ClaimDenialFormsTests {
    @Test(arguments: [
        ("وأسفر القصف التركي عن مقتل 16 مدنيا جراء غارة على المشفى الرئيسي في المدينة، بحسب المرصد، الأمر الذي نفاه الجيش التركي.", "التركي"),
        ("وقتل خمسة مدنيين في غارات روسية على ريف إدلب وفق ناشطين، وهو ما نفته روسيا.", "روسية"),
    ] as [(String, String)])
    func deniedByThePerpetrator(_ text: String, _ perpetrator: String) {
        #expect(ClaimSourceScopeTests.claim(text, perpetrator: perpetrator).status == .denied, "\(text)")
    }
}
