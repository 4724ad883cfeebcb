import Testing
@testable import RasdCore

/// A statement quoted across sentences: "وقال الجيش التركي في بيان إن … . وأضاف البيان أن طائراته
/// استهدفت …" — the second sentence's speaker is the army of the first.
@Suite("Statement continued across sentences")
struct StatementContinuationTests {
    static func story(_ lines: [String]) -> [ArabicSentence] {
        lines.enumerated().map { ArabicSentence(index: $0.offset + 1, text: $0.element, tokens: ArabicTokenizer.tokenize($0.element), isTitle: false) }
    }

    @Test(arguments: [
        (["وقال الجيش التركي في بيان إن العملية جاءت ردا على تهديدات", "وأضاف البيان أن طائراته استهدفت مخازن أسلحة"], "Turkey"),
        (["قال المتحدث باسم التحالف العربي إن الدفاعات رصدت صاروخا", "وأوضح أن الصاروخ أطلق من صعدة"], "Saudi-led coalition"),
        // a chain of continuing sentences hands the statement back
        (["وقال الجيش الإسرائيلي إن طائراته قصفت أهدافا", "وأضاف أن الغارات جاءت ردا على الصواريخ", "وتابع أنه استهدف مواقع لحماس"], "Israel"),
        // the sentence before is no statement: no speaker
        (["قتل ثلاثة مسلحين في غارة جوية على موقع", "وأضاف البيان أن طائراته استهدفت مخازن أسلحة"], nil),
        // the sentence names its own speaker: nothing to continue
        (["وقال الجيش التركي في بيان إن العملية جاءت ردا على تهديدات", "وقال المرصد إن الغارة قتلت ثلاثة"], nil),
    ] as [([String], String?)])
    func speakerOfTheContinuedStatement(_ lines: [String], _ canonical: String?) {
        let s = Self.story(lines)
        let a = StatementContinuation.speaker(of: s.last!, in: s, lexicon: .shipped)
        #expect(a?.canonical == canonical, "\(lines.last!): \(String(describing: a))")
    }

    @Test func theContinuedStatementOfAStrikeIsTheForcesClaim() throws {
        let s = Self.story(["وقال الجيش التركي في بيان إن العملية جاءت ردا على تهديدات للحدود",
                            "وأضاف البيان أن طائراته استهدفت مخازن أسلحة ومواقع للمسلحين"])
        let t = s[1].tokens
        let speaker = try #require(StatementContinuation.speaker(of: s[1], in: s, lexicon: .shipped))
        let starts = EventLexicon.cues.matches(in: t).map(\.start)
        let ms = ClaimRules.mentions(t, actors: ActorLexicon.shipped.mentions(t), hasEvent: !starts.isEmpty, eventStarts: starts,
                                     lexicon: .shipped, continued: speaker)
        #expect(ClaimRules.merge(ms).0.status == .claimed)
        // without the continued speaker the sentence names no one
        let alone = ClaimRules.mentions(t, actors: ActorLexicon.shipped.mentions(t), hasEvent: !starts.isEmpty, eventStarts: starts, lexicon: .shipped)
        #expect(ClaimRules.merge(alone).0.status == .notMentioned)
    }
}
