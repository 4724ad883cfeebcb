import Testing
@testable import RasdCore

/// A bare "التنظيم"، "الحركة"، "الجماعة"، "الميليشيا" stands for the group of that kind the story
/// named last before it.
@Suite("Actor back-references")
struct ActorBackReferenceTests {
    static func sentences(_ texts: [String]) -> [ArabicSentence] {
        texts.enumerated().map { ArabicSentence(index: $0.offset, text: $0.element, tokens: ArabicTokenizer.tokenize($0.element), isTitle: false) }
    }

    /// The canonical groups the last sentence's bare kind words stand for.
    static func resolved(_ texts: [String]) -> [String] {
        let ss = sentences(texts)
        let last = ss[ss.count - 1]
        let before = ActorBackReference.groups(before: last.index, in: ss, lexicon: .shipped)
        #expect(before.map(\.canonical) == (ActorBackReference.groupsBefore(ss, lexicon: .shipped)[last.index] ?? []).map(\.canonical))
        let actors = ActorLexicon.shipped.mentions(last.tokens)
        return ActorBackReference.mentions(last.tokens, actors: actors, before: before).map(\.canonical)
    }

    @Test(arguments: [
        (["تبنى تنظيم الدولة الإسلامية الهجوم على الحاجز", "وقال التنظيم في بيان إن مقاتليه قتلوا عشرة جنود"], ["ISIS"]),
        (["هاجم مسلحون من حركة الشباب قاعدة للجيش", "وقالت الحركة إنها سيطرت على القاعدة"], ["Shabaab"]),
        (["أطلق الحوثيون صاروخا على جازان", "وقالت الجماعة إن الصاروخ أصاب هدفه"], ["Houthis"]),
        // the last group of that kind, not the last group
        (["تبنى تنظيم داعش الهجوم", "ونفت حركة حماس أي علاقة", "وقال التنظيم إن مقاتليه نفذوا الهجوم"], ["ISIS"]),
        // Hamas is a حركة, not a تنظيم
        (["أطلقت حماس صواريخ على عسقلان", "وقال التنظيم إن الصواريخ أصابت أهدافها"], []),
        // no group named before
        (["قتل ثلاثة جنود في هجوم على الحاجز", "وقال التنظيم إنه نفذ الهجوم"], []),
        // earlier in the same sentence
        (["أعلنت حركة الشباب أن الحركة نفذت الهجوم"], ["Shabaab"]),
        // the movement of traffic is no group when none was named
        (["توقفت الحركة في الشارع بعد الانفجار"], []),
    ] as [([String], [String])])
    func kindWordStandsForTheGroup(_ texts: [String], _ expected: [String]) {
        #expect(Self.resolved(texts) == expected, "\(texts)")
    }

    /// A claim by "التنظيم" is the claim of the group named before.
    @Test func claimByTheBareKindWord() {
        let ss = Self.sentences(["قتل عشرة جنود في هجوم لتنظيم الدولة الإسلامية على الحاجز", "وتبنى التنظيم الهجوم في بيان"])
        let t = ss[1].tokens
        var actors = ActorLexicon.shipped.mentions(t)
        actors += ActorBackReference.mentions(t, actors: actors, before: ActorBackReference.groupsBefore(ss, lexicon: .shipped)[1] ?? [])
        let ms = ClaimRules.mentions(t, actors: actors, hasEvent: true, speakers: actors)
        #expect(ms.first?.status == .claimed && ms.first?.canonical == "ISIS", "\(ms)")
    }
}
