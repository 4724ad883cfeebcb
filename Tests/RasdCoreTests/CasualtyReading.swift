@testable import RasdCore

/// How the casualty tests read one sentence: its mentions, folded and merged for one side, as the
/// extractor does for an incident's sentences. One place, so every casualty suite reads alike.
enum CasualtyReading {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count {
        CasualtyRules.merge(CasualtyRules.folded(CasualtyRules.mentions(ArabicTokenizer.tokenize(text))).filter { $0.who == who }.map(\.count))
    }
}
