import Testing
@testable import RasdCore

/// The user's lexicon overlay (Config/lexicon.local.tsv): pure parsing with row errors, and the
/// entries reaching the extractor.
@Suite("Lexicon overlay")
struct LexiconOverlayTests {
    static let header = "type\tphrase_ar\tcanonical\tside\tnote"

    @Test func parsesRowsCommentsAndBlankLines() {
        let text = """
        # my groups
        \(Self.header)

        actor\tسرايا أولياء الدم\tSaraya Awliya al-Dam\tnon_state\tseen 2020
        voice\tقناة صابرين نيوز\tSaraya Awliya al-Dam\tnon_state
        # actor\tمعلق\tX\tstate
        actor\tداعش خراسان\tISIS\tnon_state\t
        """
        let (o, errors) = LexiconOverlay.parse(text, origin: "lexicon.local.tsv")
        #expect(errors.isEmpty, "\(errors)")
        #expect(o.entries.map(\.phrase) == ["سرايا أولياء الدم", "قناة صابرين نيوز", "داعش خراسان"])
        #expect(o.entries.map(\.type) == [.actor, .voice, .actor])
        #expect(o.entries[0].line == 4 && o.entries[0].kind == .nonState && o.entries[2].canonical == "ISIS")
    }

    @Test(arguments: [
        ("militia\tسرايا\tX\tnon_state", "f.tsv:2: type: 'militia' is not one of actor, voice, event"),
        ("actor\t\tX\tnon_state", "f.tsv:2: phrase_ar: empty"),
        ("actor\tSaraya\tX\tnon_state", "f.tsv:2: phrase_ar: 'Saraya' has no Arabic letter"),
        ("actor\tسرايا\t\tnon_state", "f.tsv:2: canonical: empty"),
        ("actor\tسرايا\tX\trebel", "f.tsv:2: side: 'rebel' is not state or non_state"),
        ("actor\tسرايا\tX\tstate\tnote\textra", "f.tsv:2: row: 6 cells, the header has 5"),
    ])
    func badRowIsReportedAndSkipped(_ row: String, _ message: String) {
        let text = Self.header + "\n" + row + "\nactor\tكتيبة الحق\tKatibat al-Haqq\tnon_state\n"
        let (o, errors) = LexiconOverlay.parse(text, origin: "f.tsv")
        #expect(errors.map(\.description) == [message])
        #expect(o.entries.map(\.phrase) == ["كتيبة الحق"], "the good row after the bad one still counts")
    }

    @Test func eventRowsNameAnEventKind() {
        let text = Self.header + "\nevent\tعملية انغماسية\tsuicide\t\t\nevent\tكمين\tambush\t\t\n"
        let (o, errors) = LexiconOverlay.parse(text, origin: "f.tsv")
        #expect(o.eventCues.map(\.0) == ["عملية انغماسية"] && o.eventCues.map(\.1) == [.suicide])
        #expect(errors.count == 1 && errors[0].description.hasPrefix("f.tsv:3: canonical: 'ambush' is not an event kind"), "\(errors)")
    }

    /// An attack word of the user's own makes a story an incident that the shipped cues miss.
    @Test func overlayEventCueIsAnAct() throws {
        let (o, _) = LexiconOverlay.parse(Self.header + "\nevent\tعملية انغماسية\tsuicide\t\t\n", origin: "f")
        let places = try Gazetteer.shippedOnce.get()
        let story = StoryText(text: "قتل ثلاثة جنود صباح اليوم الخميس في عملية انغماسية على ثكنة عسكرية في الموصل.",
                              published: RFC3339.parse("2024-08-08T09:00:00Z"), utcOffsetSeconds: 3 * 3600)
        #expect(IncidentExtractor(places: places).extract(story).isEmpty)
        let with = IncidentExtractor(places: places, lexicon: o).extract(story)
        #expect(with.map(\.subEventType) == [SubEventType.suicideBomb], "\(with)")
    }

    /// Added phrases win ties over the shipped ones and keep the rest.
    @Test func addingToAPhraseLexicon() {
        let base = PhraseLexicon<Int>([("غارة", 1), ("قصف مدفعي", 2)])
        let more = base.adding([("غارة", 9), ("كمين", 3)])
        let t = ArabicTokenizer.tokenize("غارة ثم قصف مدفعي ثم كمين")
        #expect(more.matches(in: t).map(\.payload) == [9, 2, 3])
        #expect(base.matches(in: t).map(\.payload) == [1, 2])
    }

    @Test func missingHeaderStopsWithOneError() {
        let (o, errors) = LexiconOverlay.parse("actor\tسرايا\tX\tstate\n", origin: "f.tsv")
        #expect(o.entries.isEmpty)
        #expect(errors.map(\.description) == ["f.tsv:1: header: expected the columns type phrase_ar canonical side note (tab-separated)"])
    }

    @Test func emptyTextIsAnEmptyOverlay() {
        let (o, errors) = LexiconOverlay.parse("", origin: "f.tsv")
        #expect(o.entries.isEmpty && errors.isEmpty)
    }

    @Test func overlayActorIsFoundWithClitics() {
        let (o, _) = LexiconOverlay.parse(Self.header + "\nactor\tسرايا أولياء الدم\tSaraya Awliya al-Dam\tnon_state\n", origin: "f")
        let lexicon = ActorLexicon(overlay: o)
        let m = lexicon.mentions(ArabicTokenizer.tokenize("وتبنت وسرايا أولياء الدم الهجوم"))
        #expect(m.map(\.canonical) == ["Saraya Awliya al-Dam"])
        #expect(ActorLexicon.shipped.mentions(ArabicTokenizer.tokenize("وسرايا أولياء الدم")).isEmpty)
    }

    /// A user's row wins over a shipped phrase of the same length.
    @Test func overlayRowWinsTies() {
        let (o, _) = LexiconOverlay.parse(Self.header + "\nactor\tالحشد الشعبي\tPMF-local\tstate\n", origin: "f")
        #expect(ActorLexicon(overlay: o).mentions(ArabicTokenizer.tokenize("الحشد الشعبي")).first?.canonical == "PMF-local")
        #expect(ActorLexicon.shipped.mentions(ArabicTokenizer.tokenize("الحشد الشعبي")).first?.canonical == "PMF")
    }

    /// A voice speaks for its actor: its statement about the actor's strike is the actor's claim.
    @Test func overlayVoiceMakesAClaim() {
        let (o, _) = LexiconOverlay.parse(Self.header + "\nvoice\tقناة صابرين نيوز\tSaraya Awliya al-Dam\tnon_state\n", origin: "f")
        let lexicon = ActorLexicon(overlay: o)
        let t = ArabicTokenizer.tokenize("وذكرت قناة صابرين نيوز أن مقاتليها استهدفوا الرتل بعبوة ناسفة")
        let ms = ClaimRules.mentions(t, actors: lexicon.mentions(t), hasEvent: true, speakers: lexicon.speakerMentions(t))
        #expect(ClaimRules.merge(ms).0 == Claim(status: .claimed, actor: "قناة صابرين نيوز"))
        let plain = ClaimRules.mentions(t, actors: ActorLexicon.mentions(t), hasEvent: true,
                                        speakers: ActorLexicon.shipped.speakerMentions(t))
        #expect(ClaimRules.merge(plain).0.status == .notMentioned)
    }

    /// The extractor built with an overlay uses it for the whole story.
    @Test func extractorUsesTheOverlay() throws {
        let (o, _) = LexiconOverlay.parse(Self.header + "\nactor\tسرايا أولياء الدم\tSaraya Awliya al-Dam\tnon_state\n", origin: "f")
        let places = try Gazetteer.shippedOnce.get()
        let story = StoryText(title: "", text: "انفجرت عبوة ناسفة صباح اليوم برتل على الطريق السريع جنوب بغداد، دون أن تسفر عن إصابات. وقالت سرايا أولياء الدم في بيان إنها استهدفت الرتل بعبوة ناسفة.",
                              published: RFC3339.parse("2024-08-08T09:00:00Z"), url: nil, outlet: nil, utcOffsetSeconds: 3 * 3600)
        let with = IncidentExtractor(places: places, lexicon: o).extract(story)
        let without = IncidentExtractor(places: places).extract(story)
        #expect(with.first?.claim == Claim(status: .claimed, actor: "سرايا أولياء الدم"), "\(with)")
        #expect(without.first?.claim.status == .notMentioned, "\(without)")
    }
}
