/// Everything the rule families read from one sentence.
struct SentenceAnalysis: Sendable {
    var sentence: ArabicSentence
    var rawEvents: [PhraseMatch<EventKind>] = []
    var events: [PhraseMatch<EventKind>] = []
    var weapons: [WeaponMention] = []
    var casualties: [CasualtyMention] = []
    /// Dead or wounded "besides, in other areas" taken off `casualties` (`droppingTollsInOtherAreas`),
    /// each with the position of its "أخرى": another act's toll (`otherAreasToll`).
    var otherAreaTolls: [(toll: CasualtyMention, areaEnd: Int)] = []
    var actors: [ActorMention] = []
    var perpetrator: ActorMention? = nil
    var claims: [ClaimMention] = []
    var dates: [DateMention] = []
    var places: [PlaceMention] = []
    var countries: [(code: String, text: String)] = []
    /// Countries named as where something happened, not as the state that acted
    /// ("حليفتها روسيا" is an actor; "على جنوب إسرائيل" a place).
    var placeCountries: [String] = []
    var contexts: [SentenceContext] = []
    /// Starts of the places named only as where something was fired from ("من داخل الأراضي
    /// اليمنية (محافظة صعدة)"), and the countries named only so: no place of the act for grouping.
    var originStarts: Set<Int> = []
    var originCountries: Set<String> = []
    var background: String? = nil
    var dropped: String? = nil
    var isEvent: Bool { !events.isEmpty && background == nil && dropped == nil }
}

/// Runs the rule families over one sentence and decides whether its event words stand.
struct SentenceAnalyzer: Sendable {
    let lookup: PlaceLookup
    var placeIndex: PlaceIndex? = nil
    var countries: Set<String> = []
    /// Armed groups, forces and their voices (shipped, plus the user's overlay).
    var actorLexicon: ActorLexicon = .shipped
    /// Attack words (shipped, plus the user's overlay).
    var eventCues: PhraseLexicon<EventKind> = EventLexicon.cues
    /// The story's sentences: the groups named before a sentence tell what its bare "التنظيم" means.
    var storySentences: [ArabicSentence] = []

    static let launchVerbs = PhraseLexicon<Bool>([
        ("أطلق", true), ("أطلقت", true), ("أطلقوا", true), ("أطلقها", true), ("إطلاق", true), ("سقط", true), ("سقطت", true),
        ("سقوط", true), ("استهدف", true), ("استهدفت", true), ("استهدفا", true), ("أصاب", true), ("أصابت", true), ("دمر", true),
        ("دمرت", true), ("قصف", true), ("قصفت", true), ("أسفر", true), ("أسفرت", true), ("انفجر", true), ("انفجرت", true),
        ("سقوطها", true), ("أطلق من", true), ("أطلقت من", true), ("باتجاه", true),
    ])
    /// Verbs that launch an attack ("شن هجوما"، "هجوم شنته").
    static let launchAttack = WordSet(["شن", "شنت", "شنه", "شنته", "شنها", "شنتها", "شنوا", "يشن", "تشن", "نفذ", "نفذت", "نفذه", "نفذته", "نفذها"])
    static let targetPreps = WordSet(["علي", "ضد", "استهدف", "استهدفت", "باتجاه", "نحو", "استهداف", "مواقع", "مواقعا", "تابعة",
                                  "لـ", "تجمعات", "عناصر", "مقاتلي", "مسلحي", "تعزيزات", "مع", "بين", "من", "في",
                                  // what was struck: "قصف غرفة عمليات لتنظيم داعش" names the target's owner
                                  "غرفة", "مقر", "مقرا", "مقرات", "معسكر", "معسكرا", "مخزن", "مخازن", "مستودع", "مستودعات",
                                  "آليات", "تحصينات", "معاقل", "معقل", "أهداف", "أهدافا", "موقع", "موقعا", "مخبأ", "أوكار", "نقاط"])

    func analyze(_ s: ArabicSentence, publication pub: CivilTime, deep: Bool) -> SentenceAnalysis {
        var a = SentenceAnalysis(sentence: s)
        let t = s.tokens
        a.rawEvents = eventCues.matches(in: t)
        if a.rawEvents.allSatisfy({ $0.payload == .assault }), !AssaultVerbs.mayStand(t, a.rawEvents, actors: actorLexicon) { a.rawEvents = [] }
        a.dates = StatementDateRules.marking(t, DateRules.mentions(t, publication: pub))
        if !s.isTitle {
            // "… ضمن فعاليات مسيرة العودة التي انطلقت في 30 مارس الماضي": the campaign's start is not the act's day
            let (bt, bd) = CampaignStartClause.withoutClauses(t, dates: a.dates, eventCues: eventCues)
            a.background = BackgroundRules.reason(bt, dates: bd, publication: pub, eventCues: eventCues)
        }
        a.contexts = ContextRules.contexts(t)
        if a.rawEvents.isEmpty && !deep { return a }
        a.weapons = WeaponRules.mentions(t)
        a.casualties = CasualtyRules.mentions(t)
        a.actors = actorLexicon.mentions(t)
        if ActorBackReference.hasKindWord(t) {
            let before = ActorBackReference.groups(before: s.index, in: storySentences, lexicon: actorLexicon)
            let backRefs = ActorBackReference.mentions(t, actors: a.actors, before: before)
            if !backRefs.isEmpty { a.actors = (a.actors + backRefs).sorted { $0.start < $1.start } }
        }
        // "هيئة تحرير الشام" names a group; its "تحرير" takes nothing. A state's arm ("المدفعية
        // الإسرائيلية") is named by its weapon, which still acts.
        a.events = Self.droppingPlanned(Self.droppingReferences(corroborated(a, t), t), t)
            .filter { e in !a.actors.contains { $0.kind == .nonState && $0.start <= e.start && e.end <= $0.end } }
        if let c = a.contexts.first(where: { $0 != .threat }) ?? (a.contexts.contains(.threat) && a.casualties.isEmpty ? .threat : nil),
           !a.events.isEmpty {
            a.dropped = c.rawValue
        }
        a.perpetrator = perpetrator(a, t)
        a.claims = ClaimRules.mentions(t, actors: a.actors, hasEvent: !a.events.isEmpty, perpetrator: a.perpetrator,
                                       eventStarts: a.events.map(\.start), lexicon: actorLexicon,
                                       continued: StatementContinuation.speaker(of: s, in: storySentences, lexicon: actorLexicon))
            .map { var c = $0; c.text = s.text; return c }
        if !a.events.isEmpty || deep {
            a.places = PlaceRules.whereClausePlaceFirst(
                PlaceRules.mentions(t, lookup: lookup, index: placeIndex, countries: countries,
                                    skip: a.actors.map { $0.start..<$0.end } + Self.speakerPlace(t), text: s.text),
                t, acts: a.events.map(\.start))
            let found = CountryLexicon.placeMatches(t)
            a.countries = found.map { (code: $0.payload.0, text: CountryLexicon.shown(t, $0.start..<$0.end)) }
            if LaunchOrigins.applies(to: a) {
                a.originStarts = Set(a.places.filter { LaunchOrigins.isOrigin(t, at: $0.start) }.map(\.start))
                let fromThere = found.map { (code: $0.payload.0, origin: LaunchOrigins.isOrigin(t, at: $0.start)) }
                a.originCountries = Set(fromThere.filter(\.origin).map(\.code)).subtracting(fromThere.filter { !$0.origin }.map(\.code))
            }
            a.placeCountries = found.filter { m in
                if Self.isLocative(t, before: m.start) { return true }
                if a.actors.contains(where: { $0.start <= m.start && m.start < $0.end }) { return false }
                // "أطلقت فرنسا 12 صاروخا"، "بريطانيا تشارك بأربع مقاتلات": the state that acted
                return !((m.start > 0 && Self.actingVerbs.contains(t[m.start - 1])) || (m.end < t.count && Self.actingVerbs.contains(t[m.end])))
            }.map(\.payload.0)
        }
        return NewsFraming.droppingTollsInOtherAreas(a)
    }

    static let actingVerbs = WordSet(["أطلق", "أطلقت", "تطلق", "شن", "شنت", "تشن", "نفذ", "نفذت", "شارك", "شاركت", "تشارك", "يشارك",
                                      "قصفت", "استهدفت", "أرسلت", "ترسل", "هاجمت", "تهاجم",
                                      // a state that speaks: "أن الولايات المتحدة أبلغتها بأن …"، "اتهمت سوريا إسرائيل"
                                      "أبلغت", "أبلغتها", "أبلغته", "أعلنت", "قالت", "ذكرت", "أكدت", "اتهمت", "نفت", "تتهم", "تنفي"])
    static let locativeWords = WordSet(["في", "على", "داخل", "باتجاه", "نحو", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي",
                                        "شرقي", "غربي", "أراضي", "الأراضي", "عمق", "حدود"])
    /// A word of place stands just before `i` ("على جنوب إسرائيل"، "في سوريا").
    static func isLocative(_ t: [ArabicToken], before i: Int) -> Bool {
        (max(0, i - 2)..<i).contains { locativeWords.contains(t[$0]) }
    }

    /// "في مسقط، قال الوزير …": a sentence opening on where someone spoke names no place of the act.
    static func speakerPlace(_ t: [ArabicToken]) -> [Range<Int>] {
        guard t.count > 2, t[0].matches("في") || t[0].matches("من") else { return [] }
        for k in 2..<min(t.count, 5) where StatementDateRules.speech.contains(t[k]) { return [1..<k] }
        return []
    }

    /// Words after which a definite act noun is the earlier act this one follows or answers:
    /// "وعقب الغارات، أطلقت الفصائل صواريخ"، "ردا على القصف".
    static let sequelWords = WordSet(["عقب", "بعد", "إثر", "غداة"])
    static let onWord = WordSet(["على"])
    static let answerWords = WordSet(["ردا", "رداً", "انتقاما"])

    /// The sentence's own acts, without the earlier act it is told after ("عقب الغارات") when
    /// another act is left.
    static func droppingReferences(_ events: [PhraseMatch<EventKind>], _ t: [ArabicToken]) -> [PhraseMatch<EventKind>] {
        func isReference(_ e: PhraseMatch<EventKind>) -> Bool {
            // (a battle's steps are one act: "بعد السيطرة على البلدة" is not another incident)
            guard e.start > 0, [.air, .fire, .explosive, .generic].contains(e.payload.family) else { return false }
            // what an act answers is always another act ("ردا على تفجير"، "ردا على إطلاق صواريخ")
            for k in max(1, e.start - 3)..<e.start where onWord.contains(t[k]) && answerWords.contains(t[k - 1]) { return true }
            return NewsFraming.isDefinite(t[e.start]) && sequelWords.contains(t[e.start - 1])
        }
        let own = events.filter { !isReference($0) }
        return own.isEmpty ? events : own
    }

    /// Verbs of intent: the acts after them were planned, not carried out.
    static let planWords = WordSet(["يخطط", "يخططون", "تخطط", "يخططان", "خططوا", "يعتزم", "يعتزمون", "تعتزم", "ينوي", "ينوون",
                                  // aims: "ستسعى للسيطرة على"، "الحملة الهادفة للسيطرة على"
                                  "تسعى", "ستسعى", "يسعى", "سيسعى", "تهدف", "يهدف", "الهادفة", "الهادف", "الرامية", "الرامي",
                                  // what will be done: "سيتم اعتراض الصواريخ"
                                  "سيتم", "ستتم"])

    /// The sentence's acts without those someone only planned ("قتلت مسلحين كانوا يخططون لشن
    /// هجمات"); a foiled plot stays an act (its interception word is not planned).
    static func droppingPlanned(_ events: [PhraseMatch<EventKind>], _ t: [ArabicToken]) -> [PhraseMatch<EventKind>] {
        events.filter { e in
            e.payload == .disrupted || !(max(0, e.start - 5)..<e.start).contains { planWords.contains(t[$0]) }
        }
    }

    /// Weak cues stand only with a weapon, a casualty, an armed actor or a launch verb beside them.
    func corroborated(_ a: SentenceAnalysis, _ t: [ArabicToken]) -> [PhraseMatch<EventKind>] {
        // An act someone only aims at ("ستسعى للسيطرة على الغوطة … من القذائف") vouches for nothing.
        let carriedOut = Self.droppingPlanned(a.rawEvents, t)
        let strong = carriedOut.contains { !$0.payload.isWeak }
        let hasCasualty = a.casualties.contains { $0.count.status == .reported || $0.count.status == .vague || $0.count.status == .none }
        let projectileWeapon = a.weapons.contains { [.rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .drone,
                                                      .ied, .vbied, .explosiveUnspecified, .mortar, .artillery, .aircraft].contains($0.kind) }
        let armed = !a.actors.isEmpty
        let launch = Self.launchVerbs.occurs(in: t)
        return a.rawEvents.filter { m in
            switch m.payload {
            case .genericAttack:
                // "هجوم شنته جماعة بوكو حرام": an armed group launching it makes it an attack.
                return strong || !a.weapons.isEmpty || hasCasualty || (armed && t.contains { Self.launchAttack.contains($0) })
                    || AssaultVerbs.aimsAtPost(t, m)
            case .explosion, .bombardment:
                return strong || !a.weapons.isEmpty || hasCasualty || armed
            case .projectile:
                // another act word vouches for it, but not a bare "كيمياوي" (a topic, not an act)
                return launch || hasCasualty || carriedOut.contains { $0.payload != .projectile && $0.payload != .genericAttack && $0.payload != .chemical && $0.payload != .assault }
                    || (carriedOut.contains { $0.payload == .chemical } && carriedOut.contains { $0.payload == .genericAttack })
            case .disrupted:
                return projectileWeapon || t.contains { $0.matches("جسم") || $0.matches("جسما") }
            case .territoryTaken:
                return armed || !a.places.isEmpty || strong
            case .clash where m.end - m.start == 1 && t[m.start].matches("معركه"):
                // "معركة" alone is often a figure of speech ("معركة قانونية", "المعركة التي
                // دامت تسعة أسابيع لإزالة الانسداد"): a battle needs fighters, arms, a toll or
                // another act beside it.
                return armed || !a.weapons.isEmpty || hasCasualty
                    || carriedOut.contains { $0.start != m.start && !$0.payload.isWeak }
            case .attack:
                return hasCasualty
            case .assault:
                return AssaultVerbs.stands(a, t, m, hasCasualty: hasCasualty)
            case .chemical:
                return hasCasualty || launch || carriedOut.contains { $0.payload == .genericAttack }
            default:
                return true
            }
        }
    }

    /// The actor who acted: named right after an attack word ("غارة إسرائيلية"، "أطلقت الفصائل"),
    /// not after a target word ("على"، "ضد"، "استهدف").
    func perpetrator(_ a: SentenceAnalysis, _ t: [ArabicToken]) -> ActorMention? {
        guard !a.events.isEmpty else { return nil }
        // A nisba right after a weapon or attack noun ("قصف مدفعي إسرائيلي"، "النيران الإسرائيلية").
        for actor in a.actors where actor.end - actor.start == 1 && actor.start > 0 {
            let w = t[actor.start].norm
            if w.hasByteSuffix("يه") || w.hasByteSuffix("ي") || w.hasByteSuffix("ين") || w.hasByteSuffix("يون") {
                // … and only right after the act or weapon it describes (one adjective between at most):
                // "أعلنت المملكة العربية السعودية اعتراض" names a speaker, not an attacker.
                let describesAct = a.events.contains { $0.end == actor.start || $0.end == actor.start - 1 }
                    || a.weapons.contains { $0.start == actor.start - 1 || $0.start == actor.start - 2 }
                if describesAct && !Self.targetPreps.contains(t[actor.start - 1]) && ActorLexicon.nisbaForms.contains(w) { return actor }
            }
        }
        for e in a.events {
            for actor in a.actors where actor.start >= e.end && actor.start <= e.end + 3 {
                let between = t[e.end..<actor.start]
                if between.contains(where: { (tok: ArabicToken) in Self.targetPreps.contains(tok) }) || ClaimRules.ownsTarget(t, actor, act: e) { continue }
                if actor.start > 0, t[actor.start].forms.first != t[actor.start].norm,
                   t[actor.start].norm.hasBytePrefix("عل") { continue }
                return actor
            }
        }
        return nil
    }
}
