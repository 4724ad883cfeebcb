/// One incident's count of a weapon from the figures its sentences state. Unlike a toll, the
/// figures of weapons a story gives besides the lead's rarely disagree: they count other salvos,
/// a launcher's share of the package ("المدمرة … التي أطلقت 23 صاروخا") or the whole operation
/// ("105 صواريخ"). So the lead's figure (the first stated) anchors the count; only figures close to
/// it (within a quarter, "أربعة صواريخ" … "ثلاثة صواريخ") are other sources' readings of it.
///
/// A noun's singular form ("غارة"، "قذيفة"، "دبابة") states no number: it reads as one only while
/// nothing else counts the weapon. Once a figure does ("شنت المقاتلات غارة على صعدة" … "شن الطيران
/// 4 غارات على المنطقة"، "أطلقت دبابة قذيفة" … "أطلقت ثلاث قذائف"), the singular is the lead naming
/// the kind, not a source that saw one, and it neither anchors nor widens the count.
enum WeaponCountMerge {
    static func merge(_ counts: [Count]) -> Count {
        var counts = counts.contains(where: isStated) ? counts.filter { !isBareSingular($0) } : counts
        // "سبعة صواريخ، استهدفت 3 منها الرياض": the share sent at the incident's target is its count,
        // not the salvo it came from (the share is only read for the sentence's own target)
        if counts.contains(where: isShare) { counts = counts.filter { $0.status != .reported || isShare($0) } }
        let reported = counts.filter { $0.status == .reported && $0.min != nil }
        guard let anchor = reported.first?.min, anchor > 1 else { return CasualtyRules.merge(counts) }
        let close = counts.filter { c in
            guard c.status == .reported, let v = c.min else { return true }
            return v * 4 >= anchor * 3 && v * 3 <= anchor * 4
        }
        return CasualtyRules.merge(close)
    }

    /// A count of one read from a noun's singular form alone: its words hold no number.
    static func isBareSingular(_ c: Count) -> Bool {
        guard c.status == .reported, c.min == 1, c.max == 1, let text = c.text else { return false }
        let t = ArabicTokenizer.tokenize(text)
        return !t.indices.contains { ArabicNumbers.phrase(t, at: $0) != nil } && !WeaponOrdinals.isOrdinal(c)
    }

    /// A share of a salvo read by `WeaponTargetShare` ("استهدفت 3 منها").
    static func isShare(_ c: Count) -> Bool {
        guard c.status == .reported, let text = c.text else { return false }
        return ArabicTokenizer.tokenize(text).contains { WeaponTargetShare.of.contains($0) }
    }

    /// A count a number states: digits, number words, a dual, a bound or a rank.
    static func isStated(_ c: Count) -> Bool {
        c.status == .reported && c.min != nil && !isBareSingular(c)
    }
}
