/// One incident's weapons, gathered from its own sentences and the title. The lead sentence gives
/// all of its weapons; the title and the later sentences (which also tell the story's other acts:
/// the rockets an air strike answered, the raids after a bombing) give only weapons that fit the
/// incident's kind of act (the "غارات" of a headline are not the weapons of the rocket fire told in
/// the fourth paragraph);
/// battles list no air power (air support is an air strike of its own); an air strike whose
/// aircraft go unnamed ("قصف جوي") was still flown by aircraft.
enum IncidentWeapons {
    /// The weapon kinds each family of acts is carried out with.
    static func fits(_ kind: WeaponKind, _ sub: String) -> Bool {
        switch sub {
        case SubEventType.airDroneStrike:
            return [.aircraft, .drone, .missileUnspecified, .cruiseMissile].contains(kind)
        case SubEventType.shellingArtilleryMissile:  // rockets and drones launched together at a base
            return [.rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .mortar, .artillery, .drone].contains(kind)
        case SubEventType.suicideBomb, SubEventType.grenade:  // bombers and the gunmen who storm in with them
            return [.ied, .vbied, .suicideDevice, .grenade, .explosiveUnspecified, .smallArms].contains(kind)
        case SubEventType.remoteExplosive:
            return [.ied, .vbied, .suicideDevice, .grenade, .explosiveUnspecified].contains(kind)
        case SubEventType.disruptedWeaponsUse:
            return [.rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .drone, .ied, .vbied, .suicideDevice,
                    .explosiveUnspecified, .grenade].contains(kind)
        case SubEventType.chemicalWeapon:
            return kind == .chemical
        default:
            return [.smallArms, .knife, .vehicleRamming, .rpg, .grenade].contains(kind)
        }
    }

    static let airPower: Set<WeaponKind> = [.aircraft, .drone]

    /// The weapon an act's type names when the story names no device ("قصف جوي"، "هجوم انتحاري"،
    /// "انفجار"): an air strike is flown, a suicide bombing carries a suicide device.
    static let impliedWeapon: [String: WeaponKind] = [
        SubEventType.airDroneStrike: .aircraft, SubEventType.suicideBomb: .suicideDevice, SubEventType.grenade: .grenade,
        SubEventType.chemicalWeapon: .chemical, SubEventType.remoteExplosive: .explosiveUnspecified,
    ]

    /// The incident's weapons (generic names folded into specific ones) and the sentence that names the first.
    static func assemble(events: [SentenceAnalysis], title: SentenceAnalysis?, subEventType sub: String,
                         story: [SentenceAnalysis] = [], followUps: [SentenceAnalysis] = []) -> ([Weapon], SentenceAnalysis?) {
        var order: [WeaponKind] = []
        var counts: [WeaponKind: [Count]] = [:]
        var quote: SentenceAnalysis? = nil
        let battle = SubEventType.eventType(of: sub) == EventType.battles
        var shares: [WeaponKind: [Bool]] = [:]
        func add(_ a: SentenceAnalysis, _ w: WeaponMention) {
            if counts[w.kind] == nil { order.append(w.kind); counts[w.kind] = [] }
            counts[w.kind]!.append(w.count)
            shares[w.kind, default: []].append(w.isLauncherShare)
            if quote == nil { quote = a }
        }
        // seized arms belong to a foiled use only, not to the fight or strike that found them
        let keepSeized = sub == SubEventType.disruptedWeaponsUse
        let leadIndex = events.first?.sentence.index
        let sources = events.map { a in (a, a.weapons.filter { !(battle && airPower.contains($0.kind)) && (keepSeized || !$0.isSeized)
                                                                && (a.sentence.index == leadIndex || battle || fits($0.kind, sub)) }) }
            + (title.map { t in [(t, t.weapons.filter { fits($0.kind, sub) && !TitleWeapons.toldOfAnotherAct($0.kind, title: t, events: events, story: story) })] } ?? [])
        // "غارة … من طائرة استطلاع"، "إحدى طائراته … طائرة استطلاع": the strike was the drone's, not a second, manned aircraft
        let mentions = sources.flatMap(\.1)
        let droneStrike = mentions.contains { $0.kind == .drone } && mentions.allSatisfy { $0.kind != .aircraft || $0.isStrikeNoun || $0.isOwnPlanes }
        // "ضربات جوية … 57 صاروخ توماهوك": strikes told by the strike noun alone, with cruise or ballistic
        // missiles named, were flown by those missiles, not by aircraft
        let missileStrike = mentions.contains { $0.kind == .cruiseMissile || $0.kind == .ballisticMissile }
            && mentions.allSatisfy { $0.kind != .aircraft || $0.isStrikeNoun }
        for (a, ws) in sources {
            for w in ws where !((droneStrike || missileStrike) && w.kind == .aircraft) { add(a, w) }
        }
        // "قذيفة صاروخية … القذيفة": shells named only bare, beside a rocket, are that rocket again
        // (read off every naming: a merged count keeps only the first naming's words)
        // ("خمس قذائف من نوع كاتيوشا … أصابت ثلاث قذائف منازل": counted plain shells are the rockets too)
        if order.contains(.rocket), let shells = counts[.artillery], shells.allSatisfy({ WeaponFolding.isPlainShell($0.text) }) {
            let counted = shells.filter { !WeaponFolding.isBareShell($0.text) }
            counts[.rocket]!.append(contentsOf: counted)
            shares[.rocket]!.append(contentsOf: counted.map { _ in false })
            order.removeAll { $0 == .artillery }
        }
        // "اعترضت الدفاعات صاروخا باليستيا … الصاروخ": a story that names its missiles ballistic once
        // (and nothing else as rockets or cruise missiles) means them whenever it says "صاروخ"
        let storyKinds = Set((story + (title.map { [$0] } ?? [])).flatMap { $0.weapons.map(\.kind) })
        // ("اعتراض صاروخا باليستيا" … "أطلقت صاروخين، أحدهما اعترضه الدفاع": the two are those missiles,
        // so their count joins the ballistic one, in the order the story told them)
        // ("استهدف 22 صاروخا موقعا غرب حمص" … "أطلقت الغواصة 6 صواريخ توماهوك": an incident that names its
        // missiles cruise missiles, in a story that names none ballistic, counts its plain "صواريخ" with them)
        let specific: WeaponKind? = storyKinds.contains(.ballisticMissile) && !storyKinds.contains(.cruiseMissile) ? .ballisticMissile
            : storyKinds.contains(.cruiseMissile) && !storyKinds.contains(.ballisticMissile) && order.contains(.cruiseMissile) ? .cruiseMissile : nil
        if let sk = specific, order.contains(.missileUnspecified) || order.contains(.rocket) {
            for k in [WeaponKind.missileUnspecified, .rocket] where order.contains(k) {
                let specificFirst = order.firstIndex(of: sk).map { $0 < order.firstIndex(of: k)! } ?? false
                counts[sk] = specificFirst ? counts[sk]! + counts[k]! : counts[k]! + (counts[sk] ?? [])
                shares[sk] = specificFirst ? shares[sk]! + shares[k]! : shares[k]! + (shares[sk] ?? [])
                counts[k] = nil
                if let i = order.firstIndex(of: k) { order[i] = sk }
            }
            var seen: Set<WeaponKind> = []
            order = order.filter { seen.insert($0).inserted }
        }
        var weapons = WeaponFolding.fold(order.map { k -> Weapon in
            let own = WeaponLaunchers.keepingOwn(counts[k]!, shares: shares[k]!)
            let merged = WeaponCountMerge.merge(WeaponOrdinals.keepingRank(own))
            return Weapon(kind: k, count: merged.status == .vague ? Count(status: .vague, min: merged.min, text: merged.text) : merged)
        })
        // "وقال مصدر إن عدد الصواريخ بلغ خمسة": a figure the sentences after the act give it
        weapons = WeaponFollowUps.filling(weapons, from: followUps, subEventType: sub)
        if let implied = impliedWeapon[sub] {
            if weapons.isEmpty { weapons = [Weapon(kind: implied)] }
            // "قام أحد المهاجمين بتفجير نفسه": the blast of a suicide bombing is its suicide device
            else if [.suicideDevice, .grenade].contains(implied), weapons.allSatisfy({ $0.kind == .explosiveUnspecified }) {
                weapons = weapons.map { Weapon(kind: implied, count: $0.count) }
            }
        }
        return (weapons, quote)
    }
}
