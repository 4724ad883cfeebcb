/// One incident's count of a weapon from the figures its sentences state. Unlike a toll, the
/// figures of weapons a story gives besides the lead's rarely disagree: they count other salvos,
/// a launcher's share of the package ("المدمرة … التي أطلقت 23 صاروخا") or the whole operation
/// ("105 صواريخ"). So the lead's figure (the first stated) anchors the count; only figures close to
/// it (within a quarter, "أربعة صواريخ" … "ثلاثة صواريخ") are other sources' readings of it.
enum WeaponCountMerge {
    static func merge(_ counts: [Count]) -> Count {
        let reported = counts.filter { $0.status == .reported && $0.min != nil }
        guard let anchor = reported.first?.min, anchor > 1 else { return CasualtyRules.merge(counts) }
        let close = counts.filter { c in
            guard c.status == .reported, let v = c.min else { return true }
            return v * 4 >= anchor * 3 && v * 3 <= anchor * 4
        }
        return CasualtyRules.merge(close)
    }
}
