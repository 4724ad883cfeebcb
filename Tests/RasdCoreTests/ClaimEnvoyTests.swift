import Testing
@testable import RasdCore

/// A state's envoy or delegate speaks for it: after a verb of blame, "مبعوث روسيا" is the accuser,
/// and the party named after it is the accused.
@Suite struct ClaimEnvoyTests {
    @Test(arguments: [
        ("واتهم مبعوث روسيا الولايات المتحدة بشن الغارات على مواقع في حمص", "الولايات المتحدة"),
        ("واتهم مندوب سوريا إسرائيل بقصف مطار التيفور العسكري", "إسرائيل"),
        ("اتهم المبعوث الأمريكي روسيا بالوقوف وراء الهجوم الكيميائي على دوما", "روسيا"),
        ("اتهم المتحدث باسم وزارة الدفاع التي يسيطر عليها الحوثيون التحالف العربي بشن الغارة على حفل الزفاف", "التحالف العربي"),
        ("ونسب المتمردون الحوثيون الذين يسيطرون على المنطقة الغارات إلى التحالف بقيادة السعودية", "التحالف"),
        // no title between: the first party after the verb is still the accused
        ("اتهمت الحكومة اليمنية الحوثيين بقصف الأحياء السكنية في تعز", "الحوثيين"),
    ] as [(String, String)])
    func accused(_ text: String, _ actor: String) {
        let a = ClaimSourceScopeTests.mentions(text).first { $0.status == .attributed }
        #expect(a?.actor == actor, "\(text): \(String(describing: a))")
    }
}
