import Foundation

/// Turns one story into the new security incidents it reports, each field with its evidence.
/// Pure: the publication time comes with the story, places from the injected lookup.
public struct IncidentExtractor: Sendable {
    public let places: PlaceLookup
    /// Every place key by integer hash (built once).
    let placeIndex: PlaceIndex?

    /// Armed groups, forces and their voices: the shipped lexicon plus the user's overlay.
    public let actors: ActorLexicon
    /// Attack words: the shipped cues plus the user's overlay.
    let eventCues: PhraseLexicon<EventKind>
    /// The quick "can this story hold an event cue" test, built from `eventCues` so that user cues count too.
    let cueScreen: EventCueScreen

    /// Builds the place index once (about 0.1 s for the shipped gazetteer): keep the extractor.
    public init(places: PlaceLookup, lexicon: LexiconOverlay = .empty) {
        self.places = places; placeIndex = places.placeIndex()
        actors = lexicon.entries.isEmpty ? .shipped : ActorLexicon(overlay: lexicon)
        eventCues = lexicon.eventCues.isEmpty ? EventLexicon.cues : EventLexicon.cues.adding(lexicon.eventCues)
        cueScreen = lexicon.eventCues.isEmpty ? .events : EventCueScreen(eventCues)
    }

    /// The extractor over a gazetteer (the shipped one, or one with a user overlay).
    public init(gazetteer: Gazetteer, lexicon: LexiconOverlay = .empty) { self.init(places: gazetteer, lexicon: lexicon) }

    /// Body sentences (from the top) where an undated act still counts as the story's news.
    static let leadWindow = 3
    /// Days before publication within which a day named by a later telling of an act makes it news.
    static let newsDays = 2
    /// Body sentences (from the top) where "a false alarm" retracts the story's act.
    static let falseAlarmWindow = 4

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
        guard head.utf8.contains(UInt8(ascii: ")")) else { return s }  // every marker starts with ")"
        for marker in [")--", ") --", ")—", ") —", ")-", ") -", ") –", ")–", ") :"] {
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
        var analyzer = SentenceAnalyzer(lookup: places, placeIndex: placeIndex, countries: CountryLexicon.storyCountries(sents),
                                        actorLexicon: actors, eventCues: eventCues)
        analyzer.storySentences = sents
        var analyses = sents.map { analyzer.analyze($0, publication: pubCivil, deep: false) }
        var roles = Array(repeating: "other", count: analyses.count)
        var incidentOf: [Int?] = Array(repeating: nil, count: analyses.count)

        // A sports, space or culture story has no incidents however its verbs read.
        let sportsSentences = analyses.filter { $0.contexts.contains(.sports) }.count
        if sportsSentences >= 2 {
            return ([], trace(analyses, roles: roles.map { _ in "dropped" }, incidentOf, 0, dropped: "sports_story"))
        }
        // A launch story ("أطلق … صاروخه الجديد … إلى الفضاء") talks of rockets all along: space
        // words in three sentences and nobody reported killed or hurt. ("قناة فضائية" alone, a
        // satellite channel quoted once or twice, does not make a story about space.)
        let spaceSentences = analyses.filter { $0.contexts.contains(.space) }.count
        let reportedHarm = analyses.contains { $0.casualties.contains { $0.count.status == .reported || $0.count.status == .vague } }
        if spaceSentences >= 3 && !reportedHarm {
            return ([], trace(analyses, roles: roles.map { _ in "dropped" }, incidentOf, 0, dropped: "space_story"))
        }

        // A story that soon calls its act a false alarm reports none.
        if analyses.filter({ !$0.sentence.isTitle }).prefix(Self.falseAlarmWindow).contains(where: { $0.contexts.contains(.falseAlarm) }) {
            return ([], trace(analyses, roles: roles.map { _ in "dropped" }, incidentOf, 0, dropped: "false_alarm"))
        }

        let sentenceCount = analyses.count  // acts split off a sentence are appended after these
        var drafts: [IncidentDraft] = []
        var pending: [Int] = []
        var inBackground = false
        var current: Int? = nil  // the incident the story is telling now
        // "وقتل تسعة مدنيين آخرين في مناطق أخرى": dead of other areas, an incident of their own
        func addOtherAreasToll(_ a: SentenceAnalysis, actsLike lead: SentenceAnalysis) {
            guard let toll = NewsFraming.otherAreasToll(a, actsLike: lead) else { return }
            var d = IncidentDraft()
            d.add(event: analyses.count, toll); drafts.append(d)
            analyses.append(toll); roles.append("event"); incidentOf.append(nil)
        }
        for i in analyses.indices where !analyses[i].sentence.isTitle {
            let a = analyses[i]
            if a.isEvent && SectionHeadings.isQuestion(a.sentence) {
                // "من المسؤول عن هجوم دوما؟": a question reports no act
                roles[i] = "question"
            } else if a.isEvent && inBackground && NewsFraming.isAnaphoric(a) {
                // "وسقط في الهجوم 22 قتيلا" right after a past attack: more about that attack.
                analyses[i].background = "anaphoric"
                roles[i] = "background"
            } else if a.isEvent, let c = current, NewsFraming.isFramingSequel(a) {
                drafts[c].sentences.append(i)
                roles[i] = "continuation"; inBackground = false
            } else if a.isEvent, !inBackground, let c = current, NewsFraming.isResultSequel(a) {
                // "ولم تسفر القذيفة عن أضرار": the outcome of the act just told
                drafts[c].sentences.append(i)
                roles[i] = "continuation"
            } else if a.isEvent, !inBackground, let c = current, let k = ActRetelling.retold(a, drafts: drafts, current: c) {
                // "ووقع القصف وسط تحذيرات … على دوما": an act already told, named again
                drafts[k].add(event: i, a); current = k
                roles[i] = "continuation"
            } else if a.isEvent {
                func place(_ i: Int, _ a: SentenceAnalysis, splitOff: Bool = false) {
                    if splitOff, let k = ActRetelling.retoldKind(a, drafts: drafts) {
                        // "الغارات تزامنت مع استمرار المعارك": the air strikes split off a battle are those already told
                        drafts[k].add(event: i, a); return
                    }
                    if current.map({ !drafts[$0].namesOwnPlace(a) }) ?? true,
                       let k = drafts.indices.last(where: { $0 != current && drafts[$0].namesOwnPlace(a) && !drafts[$0].conflicts(with: a) }) {
                        // the story names the pinpoint place of an incident it told before: back to that one
                        drafts[k].add(event: i, a); current = k
                    } else if let c = current, !drafts[c].conflicts(with: a) {
                        drafts[c].add(event: i, a)
                    } else if let k = drafts.indices.last(where: { $0 != current && drafts[$0].isSamePlace(as: a) && !drafts[$0].conflicts(with: a) }) {
                        // the story returns to an incident it told before (same place, no other day or act)
                        drafts[k].add(event: i, a); current = k
                    } else if case let ks = drafts.indices.filter({ $0 != current && drafts[$0].isSameKindUnplaced(a) && !drafts[$0].conflicts(with: a) }),
                              ks.count == 1 {
                        // … or to the one incident about this kind of act, naming no place or day of its own
                        drafts[ks[0]].add(event: i, a); current = ks[0]
                    } else {
                        var d = IncidentDraft()
                        d.add(event: i, a)
                        if drafts.isEmpty { for p in pending { d.sentences.insert(p, at: d.sentences.count - 1) } }
                        drafts.append(d); current = drafts.count - 1
                    }
                }
                // One sentence, two acts: at two places in different provinces, or a battle and the
                // air strikes beside it. The second follows as a sentence of its own.
                if let (first, second) = NewsFraming.splitByPlace(a) ?? NewsFraming.splitByTownToll(a) ?? NewsFraming.splitByContrast(a)
                    ?? NewsFraming.splitByType(a)
                    ?? NewsFraming.splitByAnswer(a) {
                    analyses[i] = first
                    place(i, first)
                    let k = analyses.count
                    analyses.append(second); roles.append("event"); incidentOf.append(nil)
                    place(k, second, splitOff: true)
                } else if let (own, toll) = NewsFraming.actAndOtherPlaceToll(a) {
                    // "…، بينما قتل ثلاثة آخرون بنيران قناص في مدينة حلب": that toll is not this act's, but the
                    // incident's told at that place, if the story told one
                    analyses[i] = own
                    place(i, own)
                    if let k = IncidentDraft.draft(forClause: toll, in: drafts, current: nil), k != current {
                        drafts[k].sentences.append(analyses.count)
                        analyses.append(toll); roles.append("continuation"); incidentOf.append(nil)
                    }
                } else {
                    place(i, a)
                }
                addOtherAreasToll(a, actsLike: a)  // (the whole sentence: a clause split off keeps its own toll)
                roles[i] = "event"; inBackground = false
            } else if !drafts.isEmpty, SectionHeadings.isHeading(a.sentence, after: analyses[i - 1].sentence) {
                // "تحت أنقاض دوما": the title of the next section, not more about the act above
                roles[i] = "heading"
            } else if a.background != nil {
                roles[i] = "background"; inBackground = true
            } else if a.dropped != nil {
                roles[i] = "dropped"
            } else if !inBackground {
                analyses[i] = analyzer.analyze(a.sentence, publication: pubCivil, deep: true)
                if drafts.count >= 2, let c = current, let (first, second) = NewsFraming.placeClauses(analyses[i]),
                   case let kf = IncidentDraft.draft(forClause: first, in: drafts, current: c) ?? c,
                   case let ks = IncidentDraft.draft(forClause: second, in: drafts, current: c) ?? c, kf != ks {
                    // "وأصيب ثلاثة جنود في سديروت، بينما لم يبلغ عن إصابات في رفح": each clause's toll to the act at its place
                    analyses[i] = first; drafts[kf].sentences.append(i)
                    drafts[ks].sentences.append(analyses.count)
                    analyses.append(second); roles.append("continuation"); incidentOf.append(nil)
                } else if drafts.count >= 2, let c = current, let (first, second) = NewsFraming.countryClauses(analyses[i]),
                          case let kf = IncidentDraft.draft(forCountryClause: first, in: drafts) ?? IncidentDraft.draft(forClause: first, in: drafts, current: c) ?? c,
                          case let ks = IncidentDraft.draft(forCountryClause: second, in: drafts) ?? IncidentDraft.draft(forClause: second, in: drafts, current: c) ?? c,
                          kf != ks {
                    // "ولم تقع إصابات في إسرائيل، بينما قتل فلسطيني في قطاع غزة": a clause naming its side by its country
                    analyses[i] = first; drafts[kf].sentences.append(i)
                    drafts[ks].sentences.append(analyses.count)
                    analyses.append(second); roles.append("continuation"); incidentOf.append(nil)
                } else if let c = current {
                    if drafts[c].tellsTollAbroad(analyses[i]) { analyses[i].casualties = [] }
                    drafts[c].sentences.append(i)
                } else { pending.append(i) }
                if let c = current { addOtherAreasToll(analyses[i], actsLike: analyses[drafts[c].eventSentences[0]]) }
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
        let onlyDatedActs = NewsFraming.needsDatedActs(analyses, title: titleIndex)
        // News leads with its event: an act first met deep in the body, undated and not in the
        // headline, is context of an analysis or statement piece, not this story's news.
        var newsTold = false  // an incident of this story's news was kept before
        drafts = drafts.filter { d in
            let lead = d.eventSentences[0]
            if onlyDatedActs && lead != 0 && !NewsFraming.standsInStatementStory(analyses[lead]) { return false }
            let bodyPosition = analyses[lead].sentence.index - (titleIndex == nil ? 0 : 1)  // (split-off acts sit at the end)
            func kept() -> Bool { newsTold = true; return true }
            if bodyPosition < Self.leadWindow || lead == 0 { return kept() }
            // (the day may come with a later telling: "وقتل 31 مدنيا الأربعاء … في حمورية" after "اقتحمت قوات النظام حمورية")
            if analyses[lead].dates.contains(where: { $0.basis != .explicit || $0.daysBefore <= 6 }) { return kept() }
            if d.eventSentences.dropFirst().contains(where: { e in analyses[e].dates.contains { $0.daysBefore <= Self.newsDays } }) { return kept() }
            if let ti = titleIndex, analyses[ti].dropped == nil, analyses[ti].isEvent || !analyses[ti].rawEvents.isEmpty { return kept() }
            // "كما نفذت المقاتلات عدة غارات على محافظة صعدة": one more act of the news day told
            if newsTold, !onlyDatedActs, NewsFraming.addsAct(analyses[lead].sentence.tokens) { return true }
            return false
        }
        // "… استهدفت هذه المنطقة": the place is in a sentence before the lead, perhaps one read
        // as background ("ويتعرض حوض اليرموك … منذ أسبوعين"), whose places a shallow reading skips.
        for d in drafts {
            let lead = d.eventSentences[0]
            guard lead > 0, IncidentDraft.primaryPlace(analyses[lead]) == nil, PlaceRules.pointsBack(analyses[lead].sentence.tokens) else { continue }
            for b in max(0, lead - 2)..<lead where analyses[b].places.isEmpty && !analyses[b].sentence.isTitle {
                analyses[b] = analyzer.analyze(analyses[b].sentence, publication: pubCivil, deep: true)
            }
        }
        var out: [IncidentFacts] = []
        let titles = titleIndex.map { NewsFraming.titleParts(analyses[$0], drafts: drafts) } ?? [:]
        let adopted = OwnSideVictims.adoptions(drafts, analyses, titles: titles)
        for (n, var d) in drafts.enumerated() {
            d.adopted = adopted[n] ?? []
            for s in d.sentences { incidentOf[s] = n }
            for s in d.sentences where s >= sentenceCount { incidentOf[analyses[s].sentence.index] = incidentOf[analyses[s].sentence.index] ?? n }
            out.append(d.facts(analyses, title: titles[n], publication: pub,
                               lookup: places))
        }
        out = DuplicateIncidents.merged(DateRules.undatedFollowingLead(out))
        return (out, trace(Array(analyses.prefix(sentenceCount)), roles: Array(roles.prefix(sentenceCount)),
                           Array(incidentOf.prefix(sentenceCount)), out.count, dropped: nil))
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
