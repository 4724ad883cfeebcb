import Foundation
import Testing
@testable import RasdCore

/// `EventCueScreen` may only ever say "no" for a story in which the extractor finds no event cue:
/// checked on every story fixture (with and without the screen), sentence by sentence, and on
/// seeded random stories built from cue words, clitics, marks and furniture.
@Suite struct ExtractionCueScreenTests {
    static let screen = EventCueScreen.events

    static func fixtureStories() throws -> [(String, StoryText)] {
        let dir = Fixtures.url("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try Fixtures.text("articles/\(name)")
            var title = ""
            if let data = try? Fixtures.data("articles/\(name.dropLast(4)).json"),
               let exp = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
                title = exp["title"] as? String ?? ""
            }
            return (name, StoryText(title: title, text: text, published: RFC3339.parse("2024-03-10T12:00:00+03:00")))
        }
    }

    /// True when some sentence the extractor reads holds an event cue.
    static func hasCue(_ story: StoryText) -> Bool {
        IncidentExtractor.sentences(story).contains { !EventLexicon.cues.matches(in: $0.tokens).isEmpty }
    }

    @Test func everyFixtureGivesTheSameIncidentsWithAndWithoutTheScreen() throws {
        let extractor = ExtractionFixtureTests.extractor
        let stories = try Self.fixtureStories()
        #expect(stories.count >= 40)
        for (name, story) in stories {
            let full = extractor.run(story).0
            let same = extractor.extract(story) == full
            #expect(same, "\(name): screen changed the incidents")
            if !Self.screen.mayContainCue(story) { #expect(!Self.hasCue(story), "\(name): screened out but has a cue") }
            if let sents = extractor.eventStorySentences(story) {
                let plain = IncidentExtractor.sentences(story)
                let same = sents.map(\.text) == plain.map(\.text) && sents.map(\.tokens) == plain.map(\.tokens)
                    && sents.map(\.index) == plain.map(\.index) && sents.map(\.isTitle) == plain.map(\.isTitle)
                #expect(same, "\(name): precheck sentences differ from run's")
            } else {
                #expect(full.count == 0, "\(name): precheck dropped an incident")
            }
        }
    }

    /// Ordinary stories with cue words that do not stand as events end in the precheck, and
    /// every story of a fixture paragraph set gives the same answer with and without it.
    @Test func precheckSettlesStoriesWhoseCuesAreNotEvents() throws {
        let extractor = ExtractionFixtureTests.extractor
        let talk = StoryText(title: "الوزير يزور المعرض", text: "وقال الوزير إن الهجوم الإعلامي على الحكومة لن يتوقف. وتحدث عن الأسعار في الأسواق.")
        #expect(Self.screen.mayContainCue(talk))
        let yields = extractor.mayYield(talk), incidents = extractor.run(talk).0.count
        #expect(!yields)
        #expect(incidents == 0)
        var settled = 0, total = 0
        for (name, story) in try Self.fixtureStories() {
            for (k, para) in story.text.split(separator: "\n").enumerated() {
                let one = StoryText(text: String(para), published: story.published)
                total += 1
                if !extractor.mayYield(one) { settled += 1 }
                let same = extractor.extract(one) == extractor.run(one).0
                #expect(same, "\(name) paragraph \(k)")
            }
        }
        #expect(settled > total / 4)
    }

    @Test func everyFixtureSentenceWithACueIsLetThrough() throws {
        var sentencesWithCue = 0
        for (name, story) in try Self.fixtureStories() {
            for s in IncidentExtractor.sentences(story) where !EventLexicon.cues.matches(in: s.tokens).isEmpty {
                sentencesWithCue += 1
                #expect(Self.screen.mayContainCue(in: s.text, skippingAdMarkers: false), "\(name): \(s.text)")
            }
        }
        #expect(sentencesWithCue > 50)
    }

    @Test(arguments: [
        ("ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار أوبك خفض الإنتاج.", false),
        ("فاز فريق الزمالك على الأهلي بهدفين نظيفين في مباراة القمة.", false),
        ("قال الوزير إن الحكومة ستعلن الموازنة الجديدة الأسبوع المقبل.", false),
        ("وبالغارات الجوية قتل خمسة مدنيين.", true),
        ("سقطت قذيفةٌ على الحي.", true),
        ("شهدت المدينة اشتباكات عنيفة.", true),
        ("للهجوم على القاعدة.", true),
        ("غا[ad_1]رة على المدينة", true),
        ("قصـــف المدينة", true),
    ])
    func screensOrdinaryNewsAndKeepsCues(_ text: String, _ mayHoldCue: Bool) {
        #expect(Self.screen.mayContainCue(StoryText(text: text)) == mayHoldCue)
        #expect(Self.hasCue(StoryText(text: text)) == mayHoldCue)
    }

    @Test func adMarkersAreJoinedOnlyInTheBody() {
        #expect(Self.screen.mayContainCue(in: "غا[ad_1]رة", skippingAdMarkers: true))
        #expect(!Self.screen.mayContainCue(in: "غا[ad_1]رة", skippingAdMarkers: false))
    }

    /// Random stories from pieces that stress every rule the screen mirrors.
    @Test func seededRandomStoriesNeverLoseACue() {
        var rng = SplitMix64(seed: 0x5EED_C0E5)
        let cues = EventLexicon.cues.exactFirst.values.flatMap { $0.map { $0.words.joined(separator: " ") } }
            + EventLexicon.cues.prefixFirst.map { $0.words[0] + "ات" }
        let pieces = ["و", "ف", "ب", "ل", "ك", "ال", "لل", "وبال", "فلل", "كال", "ـ", "\u{064E}", "\u{0651}", "\u{200F}",
                      "\u{202B}", "\u{2066}", "\u{FEFF}", "\u{061C}", "ة", "ى", "أ", "إ", "آ", "٬", "٫", "12", "١٢", "-", "--",
                      "(CNN)--", "(رويترز) -", " ", " ", " ", "، ", ". ", "\n", "[ad_1]", "[ad_", "]", "x", "é", "پ", "ی",
                      "المدينة", "قال", "الوزير", "في", "على"]
        var screenedOut = 0, letThrough = 0
        for _ in 0..<3000 {
            var parts: [String] = []
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                if Int.random(in: 0..<4, using: &rng) == 0 {
                    let cue = cues.randomElement(using: &rng)!
                    // whole cue, or a cut-off piece of it (a near miss)
                    let cut = Int.random(in: 0..<3, using: &rng)
                    parts.append(cut == 0 ? String(cue.dropFirst()) : cut == 1 ? String(cue.dropLast()) : cue)
                } else {
                    parts.append(pieces.randomElement(using: &rng)!)
                }
            }
            let text = parts.joined()
            let story = StoryText(title: Bool.random(using: &rng) ? text : "", text: text)
            if Self.screen.mayContainCue(story) {
                letThrough += 1
            } else {
                screenedOut += 1
                #expect(!Self.hasCue(story), "screened out but has a cue: \(text.debugDescription)")
            }
        }
        #expect(screenedOut > 300 && letThrough > 300)
    }

    /// The screen's premise: a reading is the word's tail from at most `maxStrippedScalars`
    /// letters in, or ال + such a tail.
    @Test func readingsAreShortTailsOfTheWord() throws {
        var words: [String] = ["وبالأنبار", "فللمدينة", "وللحرب", "كالصاروخ", "فبالغارة", "ولل", "بال"]
        for (_, story) in try Self.fixtureStories() { words += ArabicTokenizer.tokenize(story.text).map(\.norm) }
        for w in words {
            let s = Array(w.unicodeScalars)
            let tails = (0...min(ArabicClitics.maxStrippedScalars, s.count)).map { String(String.UnicodeScalarView(s[$0...])) }
            for r in ArabicClitics.readings(w) {
                #expect(tails.contains(r) || tails.contains { "\u{0627}\u{0644}" + $0 == r }, "\(w) → \(r)")
            }
        }
    }
}
