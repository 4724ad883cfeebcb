import Foundation

/// Turns one story into the new security incidents it reports, each field with its evidence.
/// Pure: the publication time comes with the story, places from the injected lookup.
public struct IncidentExtractor: Sendable {
    public let places: PlaceLookup
    /// Every place key by integer hash (built once).
    let placeIndex: PlaceIndex?

    /// Builds the place index once (about 0.1 s for the shipped gazetteer): keep the extractor.
    public init(places: PlaceLookup) { self.places = places; placeIndex = places.placeIndex() }

    /// The extractor over a gazetteer (the shipped one, or one with a user overlay).
    public init(gazetteer: Gazetteer) { self.init(places: gazetteer) }

    /// Body sentences (from the top) where an undated act still counts as the story's news.
    static let leadWindow = 3

    /// Stories without a sentence that stands as an event (most news) are settled by `eventStorySentences`.
    public func extract(_ story: StoryText) -> [IncidentFacts] { eventStorySentences(story).map { run(story, sentences: $0).0 } ?? [] }

    public func explain(_ story: StoryText) -> ExtractionTrace { run(story).1 }

    /// The story's sentences: the title first, then body sentences with furniture removed and
    /// the title's repetition dropped.
    static func sentences(_ story: StoryText, tokenize: (String) -> [ArabicToken] = ArabicTokenizer.tokenize) -> [ArabicSentence] {
        var out: [ArabicSentence] = []
        let title = story.title.trimmingWhitespace()
        let titleKey = ArabicNormalizer.normalize(title)
        if !title.isEmpty { out.append(ArabicSentence(index: 0, text: title, tokens: tokenize(title), isTitle: true)) }
        var prev = ""
        var first = true
        for s0 in ArabicSentenceSplitter.split(ArabicBoilerplate.clean(story.text)) {
            let s = first ? Self.droppingDateline(s0) : s0
            if s == prev { continue }  // scrapers repeat the headline line
            if first && !titleKey.isEmpty {
                let key = ArabicNormalizer.normalize(s)
                if key == titleKey || titleKey.utf8.starts(with: key.utf8) { prev = s; continue }
            }
            if first && titleKey.isEmpty && out.isEmpty && s.count < 120 && !s.contains(".") && !s.contains("،") {
                // a first short line without punctuation is the headline of a pasted story
                out.append(ArabicSentence(index: 0, text: s, tokens: tokenize(s), isTitle: true))
                prev = s; first = false; continue
            }
            first = false
            prev = s
            let toks = tokenize(s)
            if toks.isEmpty { continue }
            out.append(ArabicSentence(index: out.count, text: s, tokens: toks, isTitle: false))
        }
        return out
    }

    /// "دبي، الإمارات العربية المتحدة (CNN)-- أعلن …" → "أعلن …": the dateline names where
    /// the story was filed, not where anything happened.
    static func droppingDateline(_ s: String) -> String {
        let head = s.prefix(120)
        for marker in [")--", ") --", ")-", ") -", ") –", ")–", ") :"] {
            if let r = head.range(of: marker), head[..<r.lowerBound].contains("(") {
                return String(s[r.upperBound...]).trimmingWhitespace()
            }
        }
        return s
    }

    /// `sentences`: `Self.sentences(story)` when the caller already has them (`extract`).
    func run(_ story: StoryText, sentences ready: [ArabicSentence]? = nil) -> ([IncidentFacts], ExtractionTrace) {
        let pub = story.published.map { CivilTime($0, offsetSeconds: story.utcOffsetSeconds) }
        let pubCivil = pub ?? CivilTime(Date(timeIntervalSince1970: 0))
        let sents = ready ?? Self.sentences(story)
        let analyzer = SentenceAnalyzer(lookup: places, placeIndex: placeIndex, countries: CountryLexicon.storyCountries(sents))
        var analyses = sents.map { analyzer.analyze($0, publication: pubCivil, deep: false) }
        var roles = Array(repeating: "other", count: analyses.count)
        var incidentOf: [Int?] = Array(repeating: nil, count: analyses.count)

        // A sports, space or culture story has no incidents however its verbs read.
        let sportsSentences = analyses.filter { $0.contexts.contains(.sports) }.count
        if sportsSentences >= 2 {
            return ([], trace(analyses, roles: roles.map { _ in "dropped" }, incidentOf, 0, dropped: "sports_story"))
        }

        var drafts: [IncidentDraft] = []
        var pending: [Int] = []
        var inBackground = false
        for i in analyses.indices where !analyses[i].sentence.isTitle {
            let a = analyses[i]
            if a.isEvent {
                if let last = drafts.indices.last, !drafts[last].conflicts(with: a) {
                    drafts[last].add(event: i, a)
                } else {
                    var d = IncidentDraft()
                    d.add(event: i, a)
                    if drafts.isEmpty { for p in pending { d.sentences.insert(p, at: d.sentences.count - 1) } }
                    drafts.append(d)
                }
                roles[i] = "event"; inBackground = false
            } else if a.background != nil {
                roles[i] = "background"; inBackground = true
            } else if a.dropped != nil {
                roles[i] = "dropped"
            } else if !inBackground {
                analyses[i] = analyzer.analyze(a.sentence, publication: pubCivil, deep: true)
                if drafts.isEmpty { pending.append(i) } else { drafts[drafts.count - 1].sentences.append(i) }
                roles[i] = "continuation"
            }
        }
        var titleIndex: Int? = nil
        if let f = analyses.first, f.sentence.isTitle {
            titleIndex = 0
            roles[0] = "title"
            analyses[0] = analyzer.analyze(f.sentence, publication: pubCivil, deep: true)
            // A headline act the body only discusses, condemns or recalls is the story's topic, not its news.
            let bodyActs = analyses.dropFirst().filter { !$0.events.isEmpty }
            let bodyOnlyTalks = !bodyActs.isEmpty && bodyActs.allSatisfy { $0.dropped != nil || $0.background != nil }
            if drafts.isEmpty, analyses[0].isEvent, !bodyOnlyTalks {
                var d = IncidentDraft(); d.add(event: 0, analyses[0])
                for p in pending { d.sentences.append(p) }
                drafts.append(d)
            }
        }
        // News leads with its event: an act first met deep in the body, undated and not in the
        // headline, is context of an analysis or statement piece, not this story's news.
        drafts = drafts.filter { d in
            let lead = d.eventSentences[0]
            let bodyPosition = lead - (titleIndex == nil ? 0 : 1)
            if bodyPosition < Self.leadWindow || lead == 0 { return true }
            if analyses[lead].dates.contains(where: { $0.basis != .explicit || $0.daysBefore <= 6 }) { return true }
            if let ti = titleIndex, analyses[ti].isEvent || !analyses[ti].rawEvents.isEmpty { return true }
            return false
        }
        var out: [IncidentFacts] = []
        for (n, d) in drafts.enumerated() {
            for s in d.sentences { incidentOf[s] = n }
            out.append(d.facts(analyses, title: n == 0 ? titleIndex.map { analyses[$0] } : nil, publication: pub,
                               lookup: places))
        }
        return (out, trace(analyses, roles: roles, incidentOf, out.count, dropped: nil))
    }

    func trace(_ analyses: [SentenceAnalysis], roles: [String], _ incidentOf: [Int?], _ n: Int, dropped: String?) -> ExtractionTrace {
        var ss: [ExtractionTrace.SentenceTrace] = []
        for (i, a) in analyses.enumerated() {
            let t = a.sentence.tokens
            var fired: [ExtractionTrace.Firing] = []
            for e in a.rawEvents {
                let kept = a.events.contains { $0.start == e.start }
                fired.append(.init(rule: "event.\(e.payload.rawValue)\(kept ? "" : " (uncorroborated)")", text: t.text(e.start..<e.end)))
            }
            for w in a.weapons { fired.append(.init(rule: "weapon.\(w.kind.rawValue) count=\(w.count.min.map(String.init) ?? "-")…\(w.count.max.map(String.init) ?? "-")", text: w.count.text ?? "")) }
            for c in a.casualties { fired.append(.init(rule: "casualty.\(c.who == .killed ? "killed" : "injured").\(c.count.status.rawValue) \(c.count.min.map(String.init) ?? "-")…\(c.count.max.map(String.init) ?? "-")", text: c.count.text ?? "")) }
            for c in a.claims { fired.append(.init(rule: "claim.\(c.status.rawValue)", text: c.actor ?? "")) }
            for d in a.dates { fired.append(.init(rule: "date.\(d.basis.rawValue) \(d.date)", text: d.text)) }
            for p in a.places { fired.append(.init(rule: "place \(p.place.kind) \(p.place.admin1Ar ?? "-") \(p.place.country) p\(p.precision)", text: p.text)) }
            for c in a.countries { fired.append(.init(rule: "country \(c.code)", text: c.text)) }
            for x in a.actors { fired.append(.init(rule: "actor \(x.canonical)", text: x.text)) }
            for c in a.contexts { fired.append(.init(rule: "context.\(c.rawValue)", text: "")) }
            ss.append(.init(index: i, role: roles[i], incident: incidentOf[i], reason: a.background ?? a.dropped,
                            text: a.sentence.text, fired: fired))
        }
        return ExtractionTrace(sentences: ss, incidents: n, storyDropped: dropped)
    }
}
