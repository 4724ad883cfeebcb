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
    func mayYield(_ story: StoryText) -> Bool {
        let screen = EventCueScreen.events
        guard screen.mayContainCue(story) else { return false }
        // The story's sentences as `run` reads them, with a placeholder token on those that may hold a cue.
        let candidates = Self.sentences(story) { text in
            screen.mayContainCue(in: text, skippingAdMarkers: false) ? Self.mayHoldCue : []
        }
        let pub = story.published.map { CivilTime($0, offsetSeconds: story.utcOffsetSeconds) } ?? CivilTime(Date(timeIntervalSince1970: 0))
        let analyzer = SentenceAnalyzer(lookup: places, placeIndex: placeIndex)
        for var s in candidates where !s.tokens.isEmpty {
            s.tokens = ArabicTokenizer.tokenize(s.text)
            if analyzer.analyze(s, publication: pub, deep: s.isTitle).isEvent { return true }
        }
        return false
    }

    private static let mayHoldCue = [ArabicToken(original: "-")]
}
