import Testing
@testable import RasdCore

/// A side telling of its own interception claims no attack: "أعلن الجيش أن القبة الحديدية أسقطت
/// صواريخ أطلقت من غزة" is the defender's word about someone else's rockets (the labels never code
/// an interceptor's statement as a claim), while a strike it tells before the interception is its own.
@Suite("Claim: an interception told is no claim")
struct ClaimInterceptionTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    /// Words after the speaker (from token 2, after "أعلن الجيش").
    @Test(arguments: [
        ("أعلن الجيش أن نظام القبة الحديدية المضاد للصواريخ أسقط وابلا من الصواريخ أطلق من قطاع غزة", true),
        ("أعلن التحالف اعتراض قوات الدفاع الجوي سبعة صواريخ باليستية", true),
        ("أعلن الجيش أنه تصدى لطائرة مسيرة قادمة من سوريا", true),
        // a strike of its own told first
        ("أعلن الجيش أنه ضرب ثلاثة مواقع عسكرية ردا على تسلل طائرة تم اعتراضها", false),
        ("أعلن الجيش أن طائراته قصفت موقعا بعد اعتراض صاروخ", false),
        ("أعلن الجيش أن قواته أسقطت طائرة مسيرة", false),
        // no interception at all
        ("أعلن الجيش أن صفارات الإنذار دوت في المستوطنات", false),
    ])
    func speakerTellsInterception(_ text: String, _ expected: Bool) {
        #expect(SpeakerOwnAct.tellsInterception(Self.tokens(text), from: 2) == expected, "\(text)")
    }

    @Test(arguments: [
        // the defender's statement beside the launcher's act: no claim by the defender
        ("أعلن الجيش الإسرائيلي أن نظام القبة الحديدية أسقط وابلا من الصواريخ أطلق من قطاع غزة", "الجيش الإسرائيلي"),
        ("وأعلن التحالف العربي اعتراض قوات الدفاع الجوي سبعة صواريخ باليستية جرى إطلاقها من اليمن", "التحالف العربي"),
    ])
    func defenderClaimsNothing(_ text: String, _ perpetrator: String) {
        let c = ClaimReading.claim(text, perpetrator: perpetrator)
        #expect(c.status != .claimed, "\(text): \(c)")
    }

    @Test func ownStrikeAnsweringAnInterceptedDroneIsStillClaimed() {
        let c = ClaimReading.claim("وأكد الجيش الإسرائيلي أنه ضرب ثلاثة مواقع عسكرية في سوريا ردا على تسلل طائرة بدون طيار تم اعتراضها",
                           perpetrator: "الجيش الإسرائيلي")
        #expect(c.status == .claimed, "\(c)")
    }
}
