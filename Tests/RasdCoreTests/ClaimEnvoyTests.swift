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

    /// "حمّل X Y المسؤولية": the subject right after the verb holds the next party responsible.
    @Test(arguments: [
        ("وحمّل الحوثيون التحالف العربي مسؤولية القصف الذي استهدف الحافلة", "التحالف العربي"),
        ("وحملت الرئاسة الفلسطينية حركة حماس المسؤولية عن التفجير", "حركة حماس"),
        ("وحمل الرئيس الأمريكي روسيا مسؤولية الهجوم الكيميائي", "روسيا"),
    ] as [(String, String)])
    func heldResponsible(_ text: String, _ actor: String) {
        let a = ClaimSourceScopeTests.mentions(text).first { $0.status == .attributed }
        #expect(a?.actor == actor, "\(text): \(String(describing: a))")
    }

    /// "الحشد" alone is a crowd: "بعد أن دهس الحشد" names no armed force.
    @Test func crowdIsNoForce() {
        let t = ArabicTokenizer.tokenize("وقالت الشرطة إن السائق دهس الحشد وأصاب نحو 30 شخصا")
        #expect(!ActorLexicon.shipped.mentions(t).contains { $0.canonical == "PMF" })
        let t2 = ArabicTokenizer.tokenize("وقصفت ميليشيات الحشد في محافظة ديالى قرى عدة")
        #expect(ActorLexicon.shipped.mentions(t2).contains { $0.canonical == "PMF" })
    }
}

/// A state announcing that it stopped shells ("أعلنت السلطات السعودية التصدي لقذائف") is the
/// defender: it neither did nor is blamed for the act.
@Suite struct ClaimDefenderNounTests {
    @Test(arguments: [
        "أعلنت السلطات الأمنية السعودية، أمس، التصدي لقذائف عسكرية كثيفة من داخل اليمن، حاولت استهداف الحدود الجنوبية السعودية.",
        "أكد الجيش الأردني التصدي لطائرة مسيرة حاولت اختراق الحدود الشمالية للمملكة.",
    ])
    func interceptorIsNotBlamed(_ text: String) {
        let got = ClaimOtherActTests.claims(title: "", text: text)
        #expect(!got.isEmpty)
        #expect(got.allSatisfy { $0.1.status == .notMentioned }, "\(got)")
    }
}
