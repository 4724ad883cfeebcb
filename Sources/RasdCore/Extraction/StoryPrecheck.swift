import Foundation

extension IncidentExtractor {
    /// False when the story cannot yield an incident, decided for a fraction of `run`'s cost.
    /// `run` opens an incident only at a sentence that stands as an event (`SentenceAnalysis.isEvent`:
    /// a body sentence in its first, shallow analysis, or the headline in its deep one), and such a
    /// sentence holds an event cue. So: sentences `EventCueScreen` clears are not even tokenised;
    /// the rest are analysed by the same `SentenceAnalyzer` rules as in `run`, and the story goes on
    /// to `run` as soon as one of them is an event. Most news has no such sentence and ends here.
    /// Cue sentences are tokenised one by one, in story order, until one stands (usually the
    /// headline or the lead), so a story with an incident pays little before `run`. The analyzer
    /// is given no story countries: whether a sentence is an event does not depend on them (places
    /// are read after that decision). `ExtractionCueScreenTests` and
    /// `Benchmarks/extract/same_output.sh` hold `extract` to `run`'s answers.
    func mayYield(_ story: StoryText) -> Bool { eventStorySentences(story) != nil }

    /// nil when the story cannot yield an incident (see above), else its sentences exactly as
    /// `Self.sentences(story)` makes them, for `run`: the cut into sentences is done once, with a
    /// placeholder token on each, and real tokens are put in as they are needed.
    func eventStorySentences(_ story: StoryText) -> [ArabicSentence]? {
        let screen = cueScreen
        guard screen.mayContainCue(story) else { return nil }
        // `sentences` drops only body sentences without tokens; with a placeholder on every
        // sentence it keeps them all, in the same order, with the same texts.
        var sents = Self.sentences(story) { _ in Self.placeholder }
        var tokenized = Array(repeating: false, count: sents.count)
        let pub = story.published.map { CivilTime($0, offsetSeconds: story.utcOffsetSeconds) } ?? CivilTime(Date(timeIntervalSince1970: 0))
        var analyzer = SentenceAnalyzer(lookup: places, placeIndex: placeIndex, actorLexicon: actors, eventCues: eventCues)
        var standing = false
        for i in sents.indices where screen.mayContainCue(in: sents[i].text, skippingAdMarkers: false) {
            sents[i].tokens = ArabicTokenizer.tokenize(sents[i].text)
            tokenized[i] = true
            if Self.hasKindWord(sents[i].tokens) {
                // A bare "التنظيم" stands for the group an earlier sentence named, and an armed
                // actor can make the act stand (`corroborated`): read those sentences as `run` does.
                for j in 0..<i where !tokenized[j] { sents[j].tokens = ArabicTokenizer.tokenize(sents[j].text); tokenized[j] = true }
                analyzer.storySentences = sents
            }
            if !sents[i].tokens.isEmpty && analyzer.analyze(sents[i], publication: pub, deep: sents[i].isTitle).isEvent {
                standing = true
                break
            }
        }
        guard standing else { return nil }
        for i in sents.indices where !tokenized[i] { sents[i].tokens = ArabicTokenizer.tokenize(sents[i].text) }
        sents.removeAll { !$0.isTitle && $0.tokens.isEmpty }
        for i in sents.indices { sents[i].index = i }
        return sents
    }

    private static let placeholder = [ArabicToken(original: "-")]

    /// `ActorBackReference.hasKindWord` by reading ids: a token is a bare kind word when one of
    /// its readings is a kind key with the article, and comparing the readings' `WordHash` ids
    /// avoids Swift's `String` prefix test and hashing (through Unicode normalisation), which
    /// cost as much as a tenth of the precheck.
    static func hasKindWord(_ tokens: [ArabicToken]) -> Bool {
        let ids = kindWordIds
        return tokens.contains { $0.ids.contains(where: ids.contains) }
    }

    static let kindWordIds: Set<UInt64> = Set(ActorBackReference.kindKey.keys.filter { $0.hasBytePrefix("ال") }.map(WordHash.of))
}
