import Testing
@testable import RasdCore

/// A party announcing a truce, a halt or a decision tells of no act: "أعلنت حركة الجهاد الإسلامي
/// التوصل إلى وقف لإطلاق النار … إثر تصعيد تخللته غارات إسرائيلية" — the strikes after "إثر" are
/// the writer's account, not the movement's blame.
@Suite("Claim: a truce or decision announced")
struct ClaimDecisionTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    /// Words after the speaker (from token 2, after "أعلنت الحركة").
    @Test(arguments: [
        ("أعلنت الحركة مساء السبت التوصل إلى وقف لإطلاق النار", true),
        ("أعلنت الحركة عن قرارها وقف إطلاق الصواريخ", true),
        ("أعلنت الحركة وقف عملياتها العسكرية", true),
        ("أعلنت الحركة أنها أطلقت صواريخ على المستوطنات", false),
        ("أعلنت الحركة مقتل ثلاثة من عناصرها", false),
    ])
    func announcesDecision(_ text: String, _ expected: Bool) {
        #expect(SpeakerOwnAct.announcesDecision(Self.tokens(text), from: 2) == expected, "\(text)")
    }

    @Test(arguments: [
        ("أعلنت حركة الجهاد الإسلامي مساء السبت التوصل إلى وقف لإطلاق النار في قطاع غزة إثر تصعيد واسع تخللته غارات إسرائيلية كثيفة على القطاع", Claim.Status.notMentioned),
        // a source telling of the act itself still names its doer
        ("وأفاد مسؤول محلي أن حركة الشباب قصفت القاعدة بقذائف الهاون بعد إعلان الهدنة", .attributed),
    ] as [(String, Claim.Status)])
    func truceAnnouncedBlamesNoOne(_ text: String, _ status: Claim.Status) {
        let c = ClaimReading.claim(text)
        #expect(c.status == status, "\(text): \(c)")
    }
}
