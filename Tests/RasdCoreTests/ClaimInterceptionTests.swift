import Testing
@testable import RasdCore

/// A side telling of its own interception claims no attack: "أعلن الجيش أن القبة الحديدية أسقطت
/// صواريخ أطلقت من غزة" is the defender's word about someone else's rockets (the labels never code
/// an interceptor's statement as a claim), while a strike it tells before the interception is its own.
@Suite("Claim: an interception told is no claim")
struct ClaimInterceptionTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    static func claim(_ text: String, perpetrator: String? = nil) -> Claim {
        let t = tokens(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let perp = perpetrator.flatMap { p in actors.first { $0.text.hasSuffix(p) } }
        let starts = EventLexicon.cues.matches(in: t).map(\.start)
        let ms = ClaimRules.mentions(t, actors: actors, hasEvent: !starts.isEmpty, perpetrator: perp, eventStarts: starts,
                                     speakers: ActorLexicon.shipped.speakerMentions(t))
        return ClaimRules.merge(ms, perpetrator: perp).0
    }

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
        let c = Self.claim(text, perpetrator: perpetrator)
        #expect(c.status != .claimed, "\(text): \(c)")
    }

    @Test func ownStrikeAnsweringAnInterceptedDroneIsStillClaimed() {
        let c = Self.claim("وأكد الجيش الإسرائيلي أنه ضرب ثلاثة مواقع عسكرية في سوريا ردا على تسلل طائرة بدون طيار تم اعتراضها",
                           perpetrator: "الجيش الإسرائيلي")
        #expect(c.status == .claimed, "\(c)")
    }
}
