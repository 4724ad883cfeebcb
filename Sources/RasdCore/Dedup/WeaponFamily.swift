/// Weapon kinds grouped by how outlets confuse them: a "missile" in one report may be a
/// "rocket" or "shell" in another, an "explosion" may be an IED; a drone strike is not shelling.
public enum WeaponFamily {
    static func family(_ kind: WeaponKind) -> Int? {
        switch kind {
        case .rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .mortar, .artillery: return 1
        case .drone, .aircraft: return 2
        case .ied, .vbied, .suicideDevice, .grenade: return 3
        case .smallArms, .rpg, .knife, .vehicleRamming: return 4
        case .chemical: return 5
        case .explosiveUnspecified, .unknown: return nil
        }
    }

    /// True when either side names no specific weapon or both share a family.
    public static func compatible(_ a: [WeaponKind], _ b: [WeaponKind]) -> Bool {
        let fa = Set(a.compactMap(family)), fb = Set(b.compactMap(family))
        return fa.isEmpty || fb.isEmpty || !fa.isDisjoint(with: fb)
    }

    /// Sub-event types of one event type that outlets use for the same event.
    public static func compatibleSubEvents(_ a: String, _ b: String) -> Bool {
        let groups: [Set<String>] = [
            [SubEventType.remoteExplosive, SubEventType.suicideBomb, SubEventType.grenade],
            [SubEventType.armedClash, SubEventType.governmentRegainsTerritory, SubEventType.nonStateActorOvertakesTerritory],
            [SubEventType.attack, SubEventType.abduction],
        ]
        return groups.contains { $0.contains(a) && $0.contains(b) }
    }
}
