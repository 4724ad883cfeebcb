@testable import RasdCore

/// How the claim tests read one sentence reporting an act: its actors and act words found by the
/// shipped lexicons, its claim statements merged as an incident's are. One place, so every claim
/// suite reads alike.
enum ClaimReading {
    /// `perpetrator`: the end of an actor's text standing for the act's known doer.
    static func claim(_ text: String, perpetrator: String? = nil) -> Claim {
        let t = ArabicTokenizer.tokenize(text)
        let actors = ActorLexicon.shipped.mentions(t)
        let perp = perpetrator.flatMap { p in actors.first { $0.text.hasSuffix(p) } }
        let starts = EventLexicon.cues.matches(in: t).map(\.start)
        let ms = ClaimRules.mentions(t, actors: actors, hasEvent: !starts.isEmpty, perpetrator: perp, eventStarts: starts,
                                     speakers: ActorLexicon.shipped.speakerMentions(t))
        return ClaimRules.merge(ms, perpetrator: perp).0
    }
}
