import Foundation

/// Sentences gathered for one incident while reading a story, and how they become facts.
/// A new event sentence starts a new incident when it names another place, another day, or an
/// act of another family (a clash after an air strike); otherwise it adds to the current one.
struct IncidentDraft {
    var sentences: [Int] = []
    var eventSentences: [Int] = []
    var place: PlaceMention? = nil
    var country: String? = nil
    var date: DateMention? = nil
    var families: Set<EventKind.Family> = []
    /// The kinds of act its first sentence told: what the incident is about.
    var leadFamilies: Set<EventKind.Family> = []
    /// The families of every act word of its first sentence, weak ones included ("السيطرة على").
    var leadActFamilies: Set<EventKind.Family> = []
    /// Another act's own-side soldiers this act took (`OwnSideVictims.adoptions`): sentence and toll.
    var adopted: [(Int, CasualtyMention)] = []

    static func specificFamilies(_ a: SentenceAnalysis) -> Set<EventKind.Family> {
        Set(a.events.filter { !$0.payload.isWeak || $0.payload == .projectile }.map(\.payload.family))
    }

    static func primaryPlace(_ a: SentenceAnalysis) -> PlaceMention? {
        a.places.first { $0.place.kind != "country" }
    }

    /// The sentence's date of the act; a statement's day only when `statements` allows it.
    static func primaryDate(_ a: SentenceAnalysis, statements: Bool = false) -> DateMention? {
        var acts = a.dates.filter(\.namesActDay)
        if acts.isEmpty && statements { acts = a.dates }
        if acts.isEmpty { return nil }
        let weekdays = acts.filter { $0.basis == .weekday }
        // "ليل الثلاثاء - الأربعاء": a night across two days is dated to the later one.
        if weekdays.count >= 2, weekdays[1].start - weekdays[0].start <= 3, weekdays[0].start > 0,
           DateRules.nightWords.contains(a.sentence.tokens[weekdays[0].start - 1]) {
            return weekdays[1].daysBefore < weekdays[0].daysBefore ? weekdays[1] : weekdays[0]
        }
        if let near = DateRules.nearestToAct(acts, acts: a.events.map(\.start)) { return near }
        return weekdays.first ?? acts.first { $0.basis == .explicit } ?? acts.first
    }

    /// "استهدفت غارات التحالف مواقع في محافظات صعدة والحديدة ومأرب وأسفرت عن قتلى وجرحى": a
    /// sentence spanning three or more governorates sums up many acts; its toll is no one incident's.
    static func isRoundup(_ a: SentenceAnalysis) -> Bool {
        Set(a.places.compactMap { $0.place.admin1Ar.map(ArabicNormalizer.normalize) }).count >= 3
    }

    /// "وأوضح المرصد أن الضربات الإسرائيلية أسفرت عن مقتل 23 مقاتلا": a toll told as the result of
    /// the act named by a definite noun (a result verb up to three words after it) is the act's own,
    /// however far down the story tells it.
    static func tellsResultOfAct(_ a: SentenceAnalysis) -> Bool {
        let t = a.sentence.tokens
        guard a.casualties.contains(where: { $0.count.status == .reported }) else { return false }
        return t.indices.contains { i in
            actNouns.contains(t[i]) && NewsFraming.isDefinite(t[i])
                && ((i + 1)..<min(t.count, i + 4)).contains { NewsFraming.resultVerbs.contains(t[$0]) }
        }
    }

    /// Nouns that name an act just told when written definite ("الضربات"، "الغارة"، "الانفجار").
    static let actNouns = WordSet(["الضربات", "الضربة", "الغارة", "الغارات", "القصف", "الهجوم", "الانفجار", "التفجير",
                                   "الهجمات", "الاشتباكات", "المعارك", "الاعتداء", "الكمين", "التفجيرات", "الانفجارات"])

    static let also = WordSet(["كما", "وكذلك", "أيضا", "ايضا"])

    /// The sentence adds to what was told: it opens on "كما"/"وكذلك" or says "أيضا".
    static func addsMore(_ t: [ArabicToken]) -> Bool {
        guard let first = t.first else { return false }
        return also.contains(first) || t.contains { $0.matches("ايضا") }
    }

    static func compatible(_ x: EventKind.Family, _ y: EventKind.Family) -> Bool {
        if x == y || x == .generic || y == .generic { return true }
        let pair = Set([x, y])
        return pair == [.air, .fire] || pair == [.air, .disrupted] || pair == [.fire, .disrupted] || pair == [.battle, .fire]
            || pair == [.explosive, .civilians]
    }

    func conflicts(with a: SentenceAnalysis) -> Bool {
        // Only a sentence with its own specific act can open another incident.
        guard a.events.contains(where: { !$0.payload.isWeak || [.projectile, .bombardment, .disrupted].contains($0.payload) })
        else { return isTollAbroad(a) || isShellingTollBesideBattle(a) || opensSceneInOtherProvince(a) }
        // (where it was fired from is not where it happened: "أطلق من داخل الأراضي اليمنية باتجاه جازان")
        let actPlace = a.places.first { $0.place.kind != "country" && !a.originStarts.contains($0.start) }
        if let p = actPlace, let q = place, !Self.samePlace(p.place, q.place) { return true }
        if let c = a.placeCountries.first(where: { !a.originCountries.contains($0) }), let d = country, c != d {
            // (a launch site in this incident's country still ties the sentence here: "إطلاق صواريخ على
            // الأراضي الإسرائيلية من قطاع غزة" after strikes on Gaza)
            let here = actPlace ?? Self.primaryPlace(a)
            if here == nil || here?.place.country != d { return true }
        }
        if let d = Self.primaryDate(a), let e = date, d.date != e.date { return true }
        if isShellingTollBesideBattle(a) { return true }
        let fams = Self.specificFamilies(a)
        if isOtherActInProvince(a, fams) { return true }
        if !fams.isEmpty && !families.isEmpty {
            let ok = fams.contains { f in families.contains { Self.compatible(f, $0) } }
            if !ok { return true }
        }
        return false
    }

    /// "ووثق المرصد مقتل 12 مدنيا في القصف على الغوطة" after an advance on the ground: the
    /// shelling and its toll are an act of their own beside the battle (ACLED codes them apart).
    func isShellingTollBesideBattle(_ a: SentenceAnalysis) -> Bool {
        guard a.casualties.contains(where: { $0.count.status == .reported }), !a.events.isEmpty else { return false }
        if !leadFamilies.isEmpty, leadFamilies.allSatisfy({ $0 == .battle }),
           a.events.contains(where: { [.air, .fire].contains($0.payload.family) }),
           a.events.allSatisfy({ [.air, .fire, .generic].contains($0.payload.family) }) { return true }
        guard leadActFamilies.contains(.battle) else { return false }
        // "واستهدفت الفصائل بدورها ضاحية جرمانا … ما أسفر عن مقتل أربعة": a strike elsewhere, however worded
        guard a.events.allSatisfy({ [.air, .fire, .generic].contains($0.payload.family) }),
              let p = Self.primaryPlace(a), let q = place else { return false }
        return !Self.samePlace(p.place, q.place)
    }

    /// "قصفت قوات النظام … في محافظة درعا" then "… بلدة بصر الحرير … ودارت فيها معارك عنيفة": an
    /// incident placed only by its province, and a sentence telling another kind of act at a town
    /// of that province. The town's act is an incident of its own (ACLED codes each place apart).
    func isOtherActInProvince(_ a: SentenceAnalysis, _ fams: Set<EventKind.Family>) -> Bool {
        // (an interception is of the projectiles already told: "اعترضت القبة الحديدية ست قذائف أطلقت من غزة")
        let own = fams.subtracting([.disrupted, .generic])
        // (a governorate's namesake city, "مدينة درعا", stands for its province here: PlaceRules.isProvinceCity)
        guard let q = place, q.place.kind == "region" || PlaceRules.isProvinceCity(q.place), !leadFamilies.isEmpty, !own.isEmpty,
              a.places.contains(where: { Self.pinpointKinds.contains($0.place.kind) && $0.place.admin1Ar == q.place.nameAr && $0.place != q.place })
        else { return false }
        return own.isDisjoint(with: leadFamilies)
    }

    /// Openers of a paragraph about another front: "وفي جبهة ناطع بمحافظة البيضاء، أعلن …".
    static let sceneOpeners = WordSet(["وفي", "في", "أما", "وأما"])

    /// "وفي جبهة ناطع بمحافظة البيضاء، أعلن متحدث … السيطرة على …" after a battle in another province:
    /// a paragraph opening on a place of another province tells that front's act, however weakly worded.
    func opensSceneInOtherProvince(_ a: SentenceAnalysis) -> Bool {
        guard let first = a.sentence.tokens.first, Self.sceneOpeners.contains(first), !a.events.isEmpty,
              let p = Self.primaryPlace(a), p.start <= 4, let q = place, p.place.country == q.place.country else { return false }
        func province(_ c: PlaceCandidate) -> String? { (c.kind == "region" ? c.nameAr : c.admin1Ar).map(ArabicNormalizer.normalize) }
        guard let g = province(p.place), let h = province(q.place) else { return false }
        return g != h
    }

    /// "وفي قطاع غزة أعلن … عن مقتل ثلاثة مدنيين … استهداف" after a shell that fell in Israel: a
    /// toll told of a place in another country belongs to an act there, however weakly worded.
    func isTollAbroad(_ a: SentenceAnalysis) -> Bool {
        guard let p = Self.primaryPlace(a), let d = place?.place.country ?? country, p.place.country != d else { return false }
        return a.casualties.contains { $0.count.status == .reported }
    }

    /// The sentence names this incident's place again, for an act of its own family.
    func isSamePlace(as a: SentenceAnalysis) -> Bool {
        guard let p = Self.primaryPlace(a), let q = place else { return false }
        let fams = Self.specificFamilies(a)
        if fams.isEmpty || fams.isDisjoint(with: families) { return false }
        return ArabicNormalizer.normalize(p.place.nameAr) == ArabicNormalizer.normalize(q.place.nameAr) && p.place.country == q.place.country
    }

    static let pinpointKinds: Set<String> = ["locality", "localadmin", "neighbourhood", "macrohood", "camp", "village", "borough"]

    /// The sentence names this incident's own pinpoint place (a quarter, a village, a camp) among
    /// its places, for an act of the family this incident tells: "سقطت قذيفة … في حي الكشكول" after a
    /// paragraph about another incident goes back to the shell that fell on الكشكول.
    func namesOwnPlace(_ a: SentenceAnalysis) -> Bool {
        guard let q = place, Self.pinpointKinds.contains(q.place.kind) else { return false }
        let fams = Self.specificFamilies(a)
        guard !fams.isEmpty, !fams.isDisjoint(with: families) else { return false }
        let name = ArabicNormalizer.normalize(q.place.nameAr)
        return a.places.contains { ArabicNormalizer.normalize($0.place.nameAr) == name && $0.place.country == q.place.country }
    }

    /// The sentence tells an act of this incident's kind and names no place, country or day.
    func isSameKindUnplaced(_ a: SentenceAnalysis) -> Bool {
        guard Self.primaryPlace(a) == nil, a.placeCountries.isEmpty, Self.primaryDate(a) == nil else { return false }
        let fams = Self.specificFamilies(a)
        return !fams.isEmpty && fams.isSubset(of: leadFamilies)
    }

    static func samePlace(_ p: PlaceCandidate, _ q: PlaceCandidate) -> Bool {
        if p.country != q.country { return false }
        let pn = ArabicNormalizer.normalize(p.nameAr), qn = ArabicNormalizer.normalize(q.nameAr)
        if pn == qn { return true }
        let pa = p.admin1Ar.map(ArabicNormalizer.normalize), qa = q.admin1Ar.map(ArabicNormalizer.normalize)
        if pa == qn || qa == pn { return true }  // a place and its governorate
        return false
    }

    mutating func add(event i: Int, _ a: SentenceAnalysis) {
        if eventSentences.isEmpty { leadFamilies = Self.specificFamilies(a); leadActFamilies = Set(a.events.map(\.payload.family)) }
        sentences.append(i); eventSentences.append(i)
        if place == nil { place = Self.primaryPlace(a) }
        // a country named as where something happened before one named as a patron ("الموالية لإيران")
        if country == nil { country = place?.place.country ?? a.placeCountries.first ?? a.countries.first?.code ?? a.places.first?.place.country }
        if date == nil { date = Self.primaryDate(a) }
        families.formUnion(Self.specificFamilies(a))
    }

    // MARK: facts

    func facts(_ all: [SentenceAnalysis], title: SentenceAnalysis?, publication: CivilTime?, lookup: PlaceLookup) -> IncidentFacts {
        let lead = all[eventSentences[0]]
        let events = eventSentences.map { all[$0] }
        let body = sentences.map { all[$0] }
        var evidence: [Evidence] = []
        func quote(_ field: String, _ a: SentenceAnalysis) { evidence.append(Evidence(field: field, quote: a.sentence.text)) }

        // Event type
        var sub = SubEventRules.subEventType(lead: lead, events: events, title: title)
        quote("event_type", lead)

        // Weapons
        let (weapons, weaponQuote) = IncidentWeapons.assemble(events: events, title: title, subEventType: sub, story: all,
                                                                followUps: sentences.filter { !eventSentences.contains($0) }.map { all[$0] })
        if let w = weaponQuote { quote("weapons", w) }
        sub = SubEventRules.refined(sub, weapons: weapons)

        // Outcome
        var outcome: Outcome = .impact
        if sub == SubEventType.disruptedWeaponsUse {
            let flying: Set<WeaponKind> = [.rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .drone, .aircraft, .mortar, .artillery]
            outcome = weapons.contains { flying.contains($0.kind) } || weapons.isEmpty ? .intercepted : .foiled
            if weapons.contains(where: { [.ied, .vbied, .explosiveUnspecified, .suicideDevice].contains($0.kind) }) && !weapons.contains(where: { flying.contains($0.kind) }) { outcome = .foiled }
        }

        // Casualties
        var killed: [Count] = [], injured: [Count] = []
        var killedQuote: SentenceAnalysis? = nil, injuredQuote: SentenceAnalysis? = nil
        // The dead and wounded are read near the act: its own sentences, the title, and the two
        // sentences after each (a toll further down is usually a running or cumulative one).
        let near = body.filter { a in
            eventSentences.contains { e in a.sentence.index >= e && a.sentence.index <= e + 2 } || a.sentence.index < eventSentences[0]
                || Self.tellsResultOfAct(a)
        }
        // (a strike's own side's soldiers are another act's victims)
        let firing = OwnSideVictims.firingSide(events)
        func read(_ xs: [SentenceAnalysis]) {
            for a in xs where a.sentence.index == eventSentences[0] || !Self.isRoundup(a) {
                for c in CasualtyRules.folded(a.casualties) where OwnSideVictims.keeps(c, in: a, firing: firing, subEvent: sub) {
                    if c.who == .killed { killed.append(c.count); if killedQuote == nil { killedQuote = a } }
                    else { injured.append(c.count); if injuredQuote == nil { injuredQuote = a } }
                }
            }
        }
        read(near + (title.map { [$0] } ?? []))
        for (s, c) in adopted {
            if c.who == .killed { killed.append(c.count); if killedQuote == nil { killedQuote = all[s] } }
            else { injured.append(c.count); if injuredQuote == nil { injuredQuote = all[s] } }
        }
        // "أكدت وزارة الصحة أن هناك 11 قتيلا وجريحين" further down: a sentence that restates this
        // incident's figure is about it, so the other kind it tells is this incident's too.
        let restating = CasualtyRestatement.sentences(body.filter { a in !near.contains { $0.sentence.index == a.sentence.index } },
                                                      killed: CasualtyRules.merge(killed), injured: CasualtyRules.merge(injured))
        read(restating)
        // a figure the story marks elsewhere as a running total is that total wherever it is echoed
        if RunningTotalEchoes.mayEcho(killed + injured) {
            let totals = RunningTotalEchoes.figures(in: all.map(\.sentence.tokens))
            killed = RunningTotalEchoes.dropping(totals, from: killed); injured = RunningTotalEchoes.dropping(totals, from: injured)
        }
        var k = CasualtyRules.merge(killed), inj = CasualtyRules.merge(injured)
        if let h = title?.casualties { k = CasualtyHeadlineSum.applied(k, counts: killed, title: h, who: .killed); inj = CasualtyHeadlineSum.applied(inj, counts: injured, title: h, who: .injured) }
        // "كما أسفرت الاشتباكات عن مقتل وإصابة العشرات": more dead and wounded besides the counted ones
        let moreBesides = near.filter { Self.addsMore($0.sentence.tokens) }.flatMap(\.casualties)
            .filter { $0.count.status == .vague && !CasualtyRules.isBareGroup($0.count) }
        if k.status == .reported, moreBesides.contains(where: { $0.who == .killed }) { k.max = nil }
        if inj.status == .reported, moreBesides.contains(where: { $0.who == .injured }) { inj.max = nil }
        if k.status != .notMentioned, let q = killedQuote { quote("casualties.killed", q) }
        if inj.status != .notMentioned, let q = injuredQuote { quote("casualties.injured", q) }
        let fatalities: Int?
        switch k.status {
        case .reported: fatalities = k.min
        case .none: fatalities = 0
        case .vague: fatalities = k.min
        default: fatalities = nil
        }

        // Place
        var location: Location? = nil
        var placeSources = events + body + (title.map { [$0] } ?? [])
        // "… استهدفت هذه المنطقة": the lead's place is the one the sentence before it is about.
        if Self.primaryPlace(lead) == nil, PlaceRules.pointsBack(lead.sentence.tokens),
           let before = all[max(0, eventSentences[0] - 2)..<eventSentences[0]].last(where: { Self.primaryPlace($0) != nil }) {
            var antecedent = before
            antecedent.places = Array(before.places.filter { $0.place.kind != "country" }.prefix(1))
            placeSources.insert(antecedent, at: 0)
        }
        if let (pm0, a0) = placeSources.lazy.compactMap({ a in Self.primaryPlace(a).map { ($0, a) } }).first {
            let pm = PlaceRules.preferringStoryPlaces(PlaceRules.mostSpecific(pm0, among: placeSources.flatMap(\.places)),
                                                      all.flatMap(\.places))
            let a = pm == pm0 ? a0 : placeSources.first { $0.places.contains(pm) } ?? a0
            var admin1 = pm.place.kind == "region" ? pm.place.nameAr : pm.place.admin1Ar
            var admin1En = pm.place.kind == "region" ? pm.place.nameEn : pm.place.admin1En
            if admin1 == nil, let r = a.places.first(where: { $0.place.kind == "region" && $0.place.country == pm.place.country }) {
                admin1 = r.place.nameAr; admin1En = r.place.nameEn
            }
            location = Location(nameAr: pm.text, nameEn: pm.place.nameEn, kind: pm.place.kind, admin1Ar: admin1, admin1En: admin1En,
                                country: pm.place.country, lat: pm.place.lat, lon: pm.place.lon,
                                precision: pm.place.kind == "region" ? 3 : pm.precision)
            quote("location", a)
        } else if let (c, a) = placeSources.lazy.compactMap({ a in (a.places.first { $0.place.kind == "country" }.map { (code: $0.place.country, text: $0.text) } ?? a.countries.first).map { ($0, a) } }).first {
            location = Location(nameAr: c.text, kind: "country", country: c.code, precision: 3)
            // a province the gazetteer does not know, named with its admin word ("ولاية يوبي")
            if let r = events.lazy.compactMap({ PlaceRules.namedProvince($0.sentence.tokens) }).first {
                location?.admin1Ar = r; location?.precision = 3
            }
            quote("location", a)
        } else if let (r, a) = events.lazy.compactMap({ a in PlaceRules.namedProvince(a.sentence.tokens).map { ($0, a) } }).first {
            location = Location(nameAr: r, admin1Ar: r, precision: 3)
            quote("location", a)
        }

        // Date
        var eventDate: EventDate? = nil
        let dateSources = events + body + (title.map { [$0] } ?? [])
        // The act's own day in its sentences, else the day its sources spoke, else any later mention.
        func firstDate(_ xs: [SentenceAnalysis], statements: Bool) -> (DateMention, SentenceAnalysis)? {
            xs.lazy.compactMap { a in Self.primaryDate(a, statements: statements).map { ($0, a) } }.first
        }
        // Text order: a lead that dates the act comes before a later event sentence's own day.
        let inOrder = sentences.sorted().filter { $0 <= eventSentences[0] || eventSentences.contains($0) }.map { all[$0] }
        if let (d, a) = firstDate(inOrder, statements: false) ?? firstDate(events, statements: true)
            ?? firstDate(dateSources, statements: true), publication != nil {
            eventDate = EventDate(date: d.date, precision: 1, basis: d.basis)
            quote("event_date", a)
        } else if let p = publication {
            eventDate = EventDate(date: DateRules.dayString(p, minus: 0), precision: 1, basis: .publication)
        }

        // Claim and perpetrator
        var claims: [ClaimMention] = []
        for a in body { claims.append(contentsOf: a.claims) }
        claims += ClaimRules.titleClaims(title, families: Set(events.flatMap { $0.events.map(\.payload.family) }))
        // Battles have two sides: ACLED records no claim for them (but see ClaimRules.merge(battle:)).
        let perpetratorMention = events.lazy.compactMap(\.perpetrator).first
        let (claim, claimQuote) = ClaimRules.merge(claims, perpetrator: perpetratorMention,
                               elsewhere: ClaimRules.claimsElsewhere(all, excluding: sentences,
                                                                     families: Set(events.flatMap { $0.events.map(\.payload.family) })),
                               forces: events.flatMap(\.actors).filter { ActorLexicon.nisbaForms.contains(ArabicNormalizer.normalize(ClaimRules.withoutClitic($0.text))) },
                               battle: SubEventType.eventType(of: sub) == EventType.battles)
        if let q = claimQuote { evidence.append(Evidence(field: "claim", quote: q)) }
        let perpetrator = perpetratorMention?.text
            ?? ((claim.status == .claimed || claim.status == .attributed) ? claim.actor : nil)

        // Target
        var target: Target? = nil
        for a in events where target == nil {
            if let tg = TargetRules.target(a.sentence.tokens) { target = tg; quote("target", a) }
        }

        return IncidentFacts(eventType: SubEventType.eventType(of: sub), subEventType: sub, weapons: weapons.isEmpty ? [Weapon(kind: .unknown)] : weapons, outcome: outcome,
                             location: location, eventDate: eventDate, casualties: Casualties(killed: k, injured: inj),
                             fatalities: fatalities, claim: claim, perpetrator: perpetrator, target: target, evidence: evidence)
    }
}
