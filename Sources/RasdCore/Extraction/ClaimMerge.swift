/// Which of a story's claim statements is an incident's: claims told in other sentences of the
/// story that may stand for it, and the one claim an incident gets from all of them.
extension ClaimRules {
    /// The claims of a story's other sentences that may stand for an incident: not a past act
    /// recalled ("وكان التنظيم قد تبنى هجوما مماثلا") — a background sentence counts only when its
    /// past marker is a trailing clause ("وتبنى التنظيم الهجمات … منذ اندلاع النزاع في العام 2011").
    /// A claim about an act of another kind ("تبنى التنظيم الهجوم الذي تخللته عمليات انتحارية"
    /// beside an abduction, "ردا على تفجير عبوة" beside shelling) is not this incident's. `families`
    /// are the kinds of act of the incident's sentences; an interception goes with the air or
    /// missile strike it stopped.
    static func claimsElsewhere(_ all: [SentenceAnalysis], excluding own: [Int], otherIncidents: Set<Int> = [],
                                families: Set<EventKind.Family> = []) -> [ClaimMention] {
        let mine = Set(families.compactMap(claimKind))
        return all.enumerated().filter { i, a in
            let taken = { (k: Int) in own.contains(k) || otherIncidents.contains(k) }
            guard !taken(i), !taken(a.sentence.index) else { return false }
            let kinds = actKinds(a)
            if !mine.isEmpty && !kinds.isEmpty && !compatible(kinds, mine) { return false }
            guard let reason = a.background else { return true }
            let t = a.sentence.tokens
            return (reason == "since" || reason == "year_past") && !t.prefix(2).contains { BackgroundRules.kana.contains($0) }
                && !t.contains { recalled.contains($0) }
        }.flatMap { _, a in
            // a background sentence's claim stands for this act only through its named perpetrator
            a.background == nil ? a.claims : a.claims.map { var c = $0; c.explicit = false; return c }
        }
    }
    /// The title's claims that may stand for an incident: a headline telling of an act of another
    /// kind ("الحوثيون يعلنون استهداف المصفاة بطائرة مسيرة" over a story whose act is a bombing)
    /// gives its claim to that act only.
    static func titleClaims(_ title: SentenceAnalysis?, families: Set<EventKind.Family>) -> [ClaimMention] {
        guard let title else { return [] }
        let mine = Set(families.compactMap(claimKind))
        let kinds = actKinds(title)
        if !mine.isEmpty && !kinds.isEmpty && !compatible(kinds, mine) { return [] }
        return title.claims
    }
    /// The acts a sentence's claim is about: "قال الجيش إنه نفذ الغارات ردا على إطلاق صواريخ" claims
    /// the strikes; the rockets after "ردا على" are the act it answered.
    static func claimedActs(_ a: SentenceAnalysis) -> [PhraseMatch<EventKind>] {
        guard let mk = NewsFraming.answerMarker(a.sentence.tokens) else { return a.rawEvents }
        let before = a.rawEvents.filter { $0.start < mk && $0.payload.family != .generic }
        return before.isEmpty ? a.rawEvents : before
    }
    /// The kinds of act a sentence's claim is about; with only a generic word for the act
    /// ("الحوثيون يعلنون استهداف المصفاة بطائرة مسيرة"), the weapon tells its kind.
    static func actKinds(_ a: SentenceAnalysis) -> Set<EventKind.Family> {
        let kinds = Set(claimedActs(a).compactMap { claimKind($0.payload.family) })
        return kinds.isEmpty ? Set(a.weapons.compactMap { weaponFamily($0.kind) }) : kinds
    }
    static func weaponFamily(_ k: WeaponKind) -> EventKind.Family? {
        switch k {
        case .drone, .aircraft: return .air
        case .rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .mortar, .artillery, .rpg: return .fire
        case .ied, .vbied, .suicideDevice, .grenade, .explosiveUnspecified: return .explosive
        default: return nil
        }
    }
    static func claimKind(_ f: EventKind.Family) -> EventKind.Family? { f == .generic ? nil : f }
    static func compatible(_ a: Set<EventKind.Family>, _ b: Set<EventKind.Family>) -> Bool {
        if !a.isDisjoint(with: b) { return true }
        let remote: Set<EventKind.Family> = [.air, .fire]
        return (a.contains(.disrupted) && !b.isDisjoint(with: remote)) || (b.contains(.disrupted) && !a.isDisjoint(with: remote))
    }
    /// "هجوما مماثلا"، "هجمات سابقة": another act like this one.
    static let recalled = WordSet(["مماثل", "مماثلا", "مماثلة", "مماثلين", "سابق", "سابقا", "سابقة", "مشابه", "مشابها", "مشابهة"])

    /// One claim for an incident: claimed > denied > no_claim > attributed. A party's statement
    /// (`ifPerpetrator`) counts only when the party speaks for the incident's `perpetrator`.
    /// `elsewhere` are the claims and denials of the story's other sentences (not background):
    /// "وتبنى تنظيم داعش الهجمات" further down is this incident's claim when ISIS did it.
    /// `forces`: state forces named by a nisba in the incident's own act sentences ("دمرت طائرات
    /// عراقية …") when no perpetrator was found — a party's statement is its claim if it is one of them.
    /// `battle`: the incident is typed a battle — two sides, no claim (ACLED) — unless a force
    /// announced a strike of its own in the act's sentences ("أعلن الجيش الإسرائيلي قصف موقع
    /// عسكري سوري"), a one-sided act the battle words around it do not make a clash.
    public static func merge(_ ms: [ClaimMention], perpetrator: ActorMention? = nil,
                             elsewhere: [ClaimMention] = [], forces: [ActorMention] = [], battle: Bool) -> (Claim, String?) {
        guard battle else { return merge(ms, perpetrator: perpetrator, elsewhere: elsewhere, forces: forces) }
        if let m = ms.first(where: { $0.status == .claimed && $0.ownStrike && !$0.ifPerpetrator }) {
            return (Claim(status: .claimed, actor: m.actor), m.text)
        }
        // "وتبنت هيئة تحرير الشام الهجوم" on a post: a group claiming the attack in so many words
        // is its claim, however the act is typed (a battle names no claimant, this one names itself;
        // not a state "adopting" a text: "واشنطن تعارض تبني مجلس الأمن لبيان")
        if let m = ms.first(where: { $0.status == .claimed && $0.explicit && !$0.ifPerpetrator && $0.byGroup
                                     && $0.canonical.map({ !$0.hasBytePrefix("Unidentified") }) ?? false }) {
            return (Claim(status: .claimed, actor: m.actor), m.text)
        }
        return (Claim(), nil)
    }

    public static func merge(_ ms: [ClaimMention], perpetrator: ActorMention? = nil,
                             elsewhere: [ClaimMention] = [], forces: [ActorMention] = []) -> (Claim, String?) {
        let claimsElsewhere = elsewhere.filter { $0.status == .claimed || $0.status == .denied }
        // "يأتي الهجوم، الذي لم تعلن أي جهة مسؤوليتها عنه" further down, when the act's own
        // sentences name nobody and say nothing of a claim: nobody claimed this act either
        // (a recalled claim of past attacks, "وأعلن التنظيم مسؤوليته عن جميع" the 2015 attacks, does not say otherwise)
        if perpetrator == nil, ms.isEmpty, !elsewhere.contains(where: { ($0.status == .claimed || $0.status == .denied) && $0.explicit }),
           let none = elsewhere.first(where: { $0.status == .noClaim && $0.explicit }) {
            return (Claim(status: .noClaim, actor: nil), none.text)
        }
        // (air defences intercept: whatever found them beside "اعترضت", they are no doer)
        let known = perpetrator.flatMap { $0.canonical.hasBytePrefix("Unidentified") || $0.canonical == "Air defence" ? nil : $0 }
        // With nobody named as the doer, a claim in so many words elsewhere in the story ("وأعلن
        // تنظيم الدولة الإسلامية المسؤولية عنها"، "وتبنى تنظيم داعش إطلاق النار") is this act's claim.
        // Not when the act's own sentences name someone else ("نفت دمشق أية مسؤولية عن الهجوم" is
        // about another attack than the Israeli strike a source told of).
        // Nor when they say nobody claimed it ("ولم تعلن أي جهة على الفور مسؤوليتها").
        let ownNames = Set(ms.filter { $0.status == .attributed || $0.status == .claimed }.compactMap(\.canonical))
        let ownSaysNoClaim = ms.contains { $0.status == .noClaim }
        let ms = ms + claimsElsewhere.filter { $0.canonical != nil }.map { m in
            let stands = known == nil && !ownSaysNoClaim && m.explicit && !m.canonical!.hasBytePrefix("Unidentified") && ownNames.subtracting([m.canonical!]).isEmpty
            var m = m; m.ifPerpetrator = !stands; return m
        }
        func speaksForPerpetrator(_ m: ClaimMention) -> Bool {
            guard let p = known, let c = m.canonical else { return false }
            // "قالت الشرطة إن حادث طعن …" beside "أردي قتيلا برصاص الشرطة": the police tell of
            // crimes and shoot attackers; their word about an act is a claim only of an act of their own
            if ClaimRules.policeForces.contains(p.canonical), !m.ownAct, !m.explicit { return false }
            let kind: ActorMention.Kind = ActorLexicon.genericState.contains(c) ? .state : p.kind
            return ActorLexicon.speaksFor(ActorMention(canonical: c, kind: kind, text: "", start: 0, end: 0), p)
        }
        // A claim told in the incident's own sentences is about it, even by a group the lexicon
        // does not know ("وقال المتحدث إن مجموعة من الرعاع تبنت الهجوم"); told elsewhere in the
        // story, only a known party's claim counts (above).
        func speaksForNamedForce(_ m: ClaimMention) -> Bool {
            guard known == nil, let c = m.canonical, !m.ownAct else { return false }
            return forces.contains { f in f.kind == .state && !f.insideVoice && !f.ofPlace && f.end - f.start == 1 && ActorLexicon.speaksFor(
                ActorMention(canonical: c, kind: ActorLexicon.genericState.contains(c) ? .state : f.kind, text: "", start: 0, end: 0), f) }
        }
        let usable = ms.filter { m in
            if m.ifPerpetrator { return speaksForPerpetrator(m) || speaksForNamedForce(m) }
            // "شنت إسرائيل غارات … وأعلنت حركة حماس أنها نفذت هجمات ردا": a group telling of an act
            // of its own beside an act a state did tells of its own act, not this one (a claim in
            // so many words still stands: the perpetrator found may be wrong)
            if m.status == .claimed, !m.explicit, let p = known, p.kind == .state, let c = m.canonical,
               !c.hasBytePrefix("Unidentified"), !ActorLexicon.genericState.contains(c) { return speaksForPerpetrator(m) }
            // only the perpetrator can deny it ("نفت الحكومة السورية وجود أي عدوان إسرائيلي" is no denial by Israel)
            if m.status == .denied && m.canonical != nil && known != nil { return speaksForPerpetrator(m) }
            return true
        }
        // "ولم يعلن أي فصيل مسؤوليته" beside "وأكد متحدث باسم الجيش حصول الغارات": where the act's
        // own sentences say nobody claimed it, a party's statement of an act is of another act (the
        // strike that answered it); only a claim in so many words overrides it.
        let saysNoClaim = usable.contains { $0.status == .noClaim }
        let kept = saysNoClaim ? usable.filter { $0.status != .claimed || $0.explicit } : usable
        for s in [Claim.Status.claimed, .denied, .noClaim, .attributed] {
            if let m = kept.first(where: { $0.status == s }) { return (Claim(status: s, actor: m.actor), m.text) }
        }
        // Nobody named as the perpetrator: a force announcing its own act, or a claim elsewhere in
        // the story, is the claim ("أعلن البنتاغون أن قواته …" beside "استهدفت الصواريخ مركز …").
        if known == nil, let m = ms.first(where: { $0.ifPerpetrator && $0.ownAct && $0.status == .claimed }) {
            return (Claim(status: .claimed, actor: m.actor), m.text)
        }
        return (Claim(), nil)
    }
}
