/// One incident's weapons as a reader would list them: a story names the same device in several
/// ways ("سيارة مفخخة يقودها انتحاري"، "قنبلة يدوية … القنبلة"، "صاروخ باليستي … الصاروخ"), and
/// the generic names are the specific one again, not a second weapon.
public enum WeaponFolding {
    /// Specific kind → the generic kinds it absorbs when both are in one incident.
    static let absorbs: [(WeaponKind, Set<WeaponKind>)] = [
        (.vbied, [.suicideDevice, .ied, .explosiveUnspecified]),
        (.suicideDevice, [.ied, .explosiveUnspecified]),
        (.grenade, [.explosiveUnspecified]),
        (.ied, [.explosiveUnspecified]),
        (.ballisticMissile, [.rocket, .missileUnspecified]),
        (.cruiseMissile, [.rocket, .missileUnspecified]),
        (.missileUnspecified, [.rocket]),
        (.mortar, [.artillery]),
        // missiles fired by aircraft or drones are the air strike's munitions, not another weapon
        // (unless the story counts the missiles: a counted salvo is listed beside the aircraft, see `fold`)
        (.aircraft, [.missileUnspecified]),
        (.drone, [.missileUnspecified, .suicideDevice]),  // "طائرة مسيرة … الهجوم الانتحاري": a suicide drone
    ]

    /// The weapons with the generic names of a named specific weapon removed; order kept.
    public static func fold(_ weapons: [Weapon]) -> [Weapon] {
        let kinds = Set(weapons.map(\.kind))
        var dropped: Set<WeaponKind> = []
        for (specific, generic) in absorbs where kinds.contains(specific) && !dropped.contains(specific) {
            dropped.formUnion(generic)
        }
        // a blast of unnamed cause ("انفجار") says nothing more once a device is named
        if kinds.contains(where: { $0 != .explosiveUnspecified && $0 != .unknown }) { dropped.insert(.explosiveUnspecified) }
        // "قذيفة صاروخية … القذيفة": a bare shell after a rocket shell is that rocket again
        let rocketShell = kinds.contains(.rocket)
        // a counted salvo of missiles is listed even beside the raids that fired it ("75 غارة … وأكثر من 200 صاروخ")
        let specificMissile = kinds.contains(.ballisticMissile) || kinds.contains(.cruiseMissile)
        func counted(_ w: Weapon) -> Bool {
            let many = w.count.status == .reported && (w.count.min ?? 0) > 1
            // "ثلاث عبوات ناسفة وسيارة مفخخة"، "انفجار عبوتين ناسفتين … وتفجير انتحاري": counted bombs are
            // devices of their own beside the car or the bomber, not the car bomb renamed
            return many && (w.kind == .missileUnspecified && !specificMissile || w.kind == .ied)
        }
        let kept = weapons.filter { (!dropped.contains($0.kind) || counted($0)) && !(rocketShell && $0.kind == .artillery && isBareShell($0.count.text)) }
        return kept.map { w in carryingCount(w, from: weapons.filter { !kept.contains($0) }) }
    }

    /// Kinds that are one object renamed: "قصف صاروخي بأربعة صواريخ" (a missile attack counted as
    /// rockets), "قذائف هاون … 3 قذائف" (mortars counted as shells). The absorbed name's figure is
    /// the specific weapon's when the specific one states none (air power never takes its munitions'
    /// count, nor a device the count of other blasts).
    static let renamings: [WeaponKind: Set<WeaponKind>] = [
        .ballisticMissile: [.rocket, .missileUnspecified], .cruiseMissile: [.rocket, .missileUnspecified],
        .missileUnspecified: [.rocket], .mortar: [.artillery],
    ]

    /// `w` with the one stated count of the names it absorbed, when it states none itself.
    static func carryingCount(_ w: Weapon, from dropped: [Weapon]) -> Weapon {
        guard let names = renamings[w.kind], !WeaponCountMerge.isStated(w.count) else { return w }
        // (a figure of two or more: a singular qualified by "مماثلة" is no stated count)
        let counts = dropped.filter { names.contains($0.kind) && WeaponCountMerge.isStated($0.count) && ($0.count.min ?? 0) >= 2 }.map(\.count)
        guard counts.count == 1 else { return w }
        return Weapon(kind: w.kind, count: counts[0])
    }

    static let bareShells = WordSet(["قذيفة", "القذيفة", "قذائف", "القذائف", "بقذيفة", "بالقذيفة", "بقذائف", "بالقذائف"])

    /// The weapon was named only "قذيفة / القذائف", with no "مدفعية" or "هاون" to make it artillery.
    static func isBareShell(_ text: String?) -> Bool {
        guard let text else { return false }
        let t = ArabicTokenizer.tokenize(text)
        return !t.isEmpty && t.allSatisfy { bareShells.contains($0) }
    }

    /// The weapon was named "قذائف" with at most a figure ("ثلاث قذائف"، "بأربع قذائف"), nothing
    /// that makes the shells artillery or mortar.
    static func isPlainShell(_ text: String?) -> Bool {
        guard let text else { return false }
        let t = ArabicTokenizer.tokenize(text)
        let from = ArabicNumbers.phrase(t, at: 0)?.end ?? 0
        return from < t.count && t[from...].allSatisfy { bareShells.contains($0) }
    }
}
