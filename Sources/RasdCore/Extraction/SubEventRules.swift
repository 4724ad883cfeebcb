/// The ACLED sub-event type of one incident, from the cues of its sentences and then from the
/// weapons it names: the lead sentence says what happened, later sentences only fill in a lead
/// that names no act, and a weapon can sharpen a generic cue ("انفجار" of a hand grenade).
enum SubEventRules {
    /// The ACLED sub-event type: suicide and chemical first; an interception in the lead or
    /// after a launch; else the lead's first specific cue; else what the weapons say.
    static func subEventType(lead: SentenceAnalysis, events: [SentenceAnalysis], title: SentenceAnalysis? = nil) -> String {
        let allKinds = events.flatMap { actKinds($0, lead: $0.sentence.index == lead.sentence.index) }
        let leadKinds = actKinds(lead, lead: true)
        // An interception told first stays one, whatever the later sentences call the attack.
        if leadKinds.contains(.disrupted) { return SubEventType.disruptedWeaponsUse }
        if allKinds.contains(.suicide) { return SubEventType.suicideBomb }
        // Gas named in the lead, or in a story whose lead names no other act; a chemical attack
        // mentioned beside a ground push or shelling ("… وسط قصف … حالات اختناق") is not the act's type.
        if leadKinds.contains(.chemical) || allKinds.contains(.chemical) && !leadKinds.contains(where: { !$0.isWeak && $0 != .chemical }) {
            return SubEventType.chemicalWeapon
        }
        var specific = leadKinds.filter { !$0.isWeak || $0 == .disrupted || $0 == .territoryTaken || $0 == .attack }
        if specific.contains(.territoryTaken) { specific = [.territoryTaken] }
        if allKinds.contains(.disrupted), !specific.contains(where: { $0 != .disrupted && $0 != .projectile }),
           !leadKinds.contains(.airStrike) {
            return SubEventType.disruptedWeaponsUse
        }
        if let first = specific.first(where: { $0 != .projectile && $0 != .disrupted }) {
            if first == .territoryTaken {
                let actor = lead.perpetrator ?? lead.actors.first
                return actor?.kind == .nonState ? SubEventType.nonStateActorOvertakesTerritory : SubEventType.governmentRegainsTerritory
            }
            if first == .attack && lead.weapons.contains(where: { $0.kind == .smallArms }) && lead.actors.contains(where: { $0.kind == .nonState })
                && lead.events.contains(where: { $0.payload == .clash }) { return SubEventType.armedClash }
            return first.subEventType!
        }
        // A lead that only says "هجوم" is named by what the story's next sentences call it
        // ("… عملية الخطف"، "… الغارات"); not by a battle they mention (the fighting around it).
        if leadKinds.allSatisfy({ $0 == .genericAttack || $0 == .assault }),
           let named = allKinds.first(where: { [.abduction, .attack, .sexualViolence, .airStrike, .shelling, .ied, .grenade].contains($0) }) {
            return named.subEventType!
        }
        let weapons = events.flatMap(\.weapons).map(\.kind)
        if weapons.isEmpty, AssaultVerbs.dronesAttack(lead) { return SubEventType.airDroneStrike }
        if leadKinds.contains(.airStrike) || weapons.first.map({ $0 == .aircraft || $0 == .drone }) == true && !leadKinds.contains(.projectile) {
            return SubEventType.airDroneStrike
        }
        if leadKinds.contains(.projectile) || leadKinds.contains(.bombardment) {
            let groundFire = weapons.contains(.rocket) || weapons.contains(.mortar) || weapons.contains(.artillery)
            if weapons.contains(.aircraft) && !groundFire { return SubEventType.airDroneStrike }
            // "قصف" of unnamed means under a headline of air raids ("ضربة جوية عراقية تستهدف …")
            if weapons.isEmpty, let t = title, t.events.contains(where: { $0.payload == .airStrike }) || t.weapons.contains(where: { $0.kind == .aircraft }) {
                return SubEventType.airDroneStrike
            }
            return SubEventType.shellingArtilleryMissile
        }
        for w in weapons {
            switch w {
            case .aircraft, .drone: return SubEventType.airDroneStrike
            case .rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .mortar, .artillery: return SubEventType.shellingArtilleryMissile
            case .ied, .vbied, .explosiveUnspecified: return SubEventType.remoteExplosive
            case .grenade: return SubEventType.grenade
            case .suicideDevice: return SubEventType.suicideBomb
            case .knife, .vehicleRamming: return SubEventType.attack
            case .chemical: return SubEventType.chemicalWeapon
            default: continue
            }
        }
        if leadKinds.contains(.explosion) { return SubEventType.remoteExplosive }
        // "هاجم مسلحون حافلة تقل مدنيين": gunmen on people or their homes
        if leadKinds.contains(.assault), AssaultVerbs.targetsCivilians(lead) { return SubEventType.attack }
        if TownTargeting.targetsTown(lead) { return SubEventType.shellingArtilleryMissile }
        if leadKinds.allSatisfy({ $0 == .genericAttack || $0 == .assault }), events.contains(where: namesCoalitionAsDoer) {
            return SubEventType.airDroneStrike
        }
        return SubEventType.armedClash
    }

    /// The coalitions fight from the air; their allies on the ground are named as themselves.
    static let airCoalitions: Set<String> = ["Coalition", "Saudi-led coalition", "International coalition"]

    /// "اتهمت مصادر محلية التحالف العسكري بقيادة السعودية بشن الهجوم": a bare "هجوم" whose doer,
    /// claimed or blamed, is a coalition is an air strike, not a clash.
    static func namesCoalitionAsDoer(_ a: SentenceAnalysis) -> Bool {
        if let p = a.perpetrator, airCoalitions.contains(p.canonical) { return true }
        return a.claims.contains { c in
            [.claimed, .attributed].contains(c.status) && c.canonical.map(airCoalitions.contains) == true
        }
    }

    /// The acts a sentence names (a found or seized device counts as a disrupted use: "تدمير معمل
    /// لتصنيع العبوات الناسفة"، "ضبط عبوات ناسفة"), without a ceasefire ("وقف لإطلاق النار") and without "أسقط" used of a toll ("انفجارات أخرى أسقطت عشرات القتلى"):
    /// a blast that brought down dead is not a downed missile.
    static func actKinds(_ a: SentenceAnalysis, lead: Bool) -> [EventKind] {
        let t = a.sentence.tokens
        let acts = a.events.filter { !($0.payload == .disrupted && EventLexicon.isTollVerb(t, $0))
            && !($0.payload == .attack && EventLexicon.isCeasefire(t, $0)) && !(lead && isOngoingWar(a, $0)) }
        // a cache is the news only when the lead tells of no strike or fight that hit it
        let struck = acts.contains { [.airStrike, .shelling, .bombardment, .clash].contains($0.payload) }
        return acts.compactMap { m in
            guard WeaponContext.isCache(t, m) else { return m.payload }
            return struck || !lead ? nil : .disrupted
        }
    }

    static let ongoing = WordSet(["الدائرة", "الدائر", "المستمرة", "المستمر", "الجارية", "المتواصلة"])

    /// The act `m` is the war around the lead's act ("نتيجة المعارك الدائرة بين النظام والمعارضة"):
    /// a definite battle noun with "ongoing" after it, in a sentence that names another act.
    static func isOngoingWar(_ a: SentenceAnalysis, _ m: PhraseMatch<EventKind>) -> Bool {
        let t = a.sentence.tokens
        guard m.payload == .clash, a.events.contains(where: { $0.payload != .clash && $0.payload != .genericAttack }),
              m.end < t.count, ongoing.contains(t[m.end]) else { return false }
        return WeaponContext.isDefinite(t[m.start])
    }

    /// A generic type made precise by the incident's weapons: a blast of unnamed cause whose
    /// device the story names as a hand grenade is a grenade attack.
    static func refined(_ sub: String, weapons: [Weapon]) -> String {
        let kinds = Set(weapons.map(\.kind))
        if sub == SubEventType.remoteExplosive, kinds.contains(.grenade), kinds.isDisjoint(with: [.ied, .vbied]) {
            return SubEventType.grenade
        }
        // "هجوم انتحاري بطائرة مسيرة": the suicide drone is a drone strike, not a suicide bomber
        if sub == SubEventType.suicideBomb, kinds.contains(.drone), !kinds.contains(.suicideDevice), !kinds.contains(.vbied) {
            return SubEventType.airDroneStrike
        }
        return sub
    }
}

extension IncidentDraft {
    /// The sub-event type as the draft names it (kept for callers that ask the draft).
    static func subEventType(lead: SentenceAnalysis, events: [SentenceAnalysis]) -> String {
        SubEventRules.subEventType(lead: lead, events: events)
    }
}
