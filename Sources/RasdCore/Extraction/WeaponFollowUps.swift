/// A count told after the act, in a sentence that adds to it: "أطلق مسلحون صواريخ على القاعدة.
/// وقال مصدر أمني إن عدد الصواريخ بلغ خمسة"، "وجرى الحديث عن إطلاق ما يقارب 25 صاروخا". Wire copy
/// often states the act without a figure and gives the number a sentence later, from a source.
/// Such a sentence is no act of its own (it joined the incident as a continuation), so a weapon
/// the act names without a stated number takes the figure it gives for the same weapon (or for a
/// generic name of it: "صواريخ" for ballistic missiles); an act that states its own figure keeps it.
enum WeaponFollowUps {
    /// The weapons with an unstated count filled from the follow-up sentences' stated counts.
    static func filling(_ weapons: [Weapon], from followUps: [SentenceAnalysis], subEventType sub: String) -> [Weapon] {
        guard !followUps.isEmpty else { return weapons }
        let told = followUps.filter { $0.background == nil && $0.dropped == nil }.flatMap(\.weapons)
            .filter { WeaponCountMerge.isStated($0.count) && !$0.isSeized && !$0.isLauncherShare && IncidentWeapons.fits($0.kind, sub)
                      && !uncounted.contains($0.kind) }
        guard !told.isEmpty else { return weapons }
        let stated = Set(weapons.filter { WeaponCountMerge.isStated($0.count) }.map(\.kind))
        return weapons.map { w in
            // a figure for a kind the act already counts is that weapon's, not this one's
            let same = told.filter { $0.kind == w.kind || (names(w.kind, generically: $0.kind) && !stated.contains($0.kind)) }
            guard !same.isEmpty else { return w }
            // a stated figure of the act anchors: a follow-up's close figure is another source's reading
            let own = WeaponCountMerge.isStated(w.count) ? [w.count] : []
            return Weapon(kind: w.kind, count: WeaponCountMerge.merge(own + same.map(\.count)))
        }
    }

    /// Arms counted by rounds or blades, never by a salvo ("359 طلقة نارية" found on a gunman).
    static let uncounted: Set<WeaponKind> = [.smallArms, .knife, .vehicleRamming, .chemical, .unknown]

    /// `generic` is a name a story also gives the `specific` weapon ("صواريخ" for ballistic missiles).
    static func names(_ specific: WeaponKind, generically generic: WeaponKind) -> Bool {
        WeaponFolding.absorbs.contains { $0.0 == specific && $0.1.contains(generic) } && specific != .aircraft && specific != .drone
    }
}
