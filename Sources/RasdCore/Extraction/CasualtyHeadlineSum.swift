/// A headline that adds up the body's tolls. Wire copy tells the dead front by front or group by
/// group in the body ("مصرع 4 من ميليشيات الحوثي" … "مقتل 14 من عناصر الميليشيات"، "قتل جنديان"
/// … "القضاء على 8 مسلحين") and puts their sum in the title ("مصرع 18 حوثياً"). The body's figures
/// are far apart, so the merge would keep the first as the toll and set the rest aside as other
/// tolls; the title's figure, being exactly their sum, is the incident's toll.
public enum CasualtyHeadlineSum {
    /// The title's exact figure of one kind when two or three distinct exact figures of the body
    /// add up to it and the merged count is not already that figure; otherwise `merged` itself.
    public static func applied(_ merged: Count, counts: [Count], title: [CasualtyMention], who: CasualtyMention.Who) -> Count {
        guard merged.status == .reported else { return merged }
        let heads = CasualtyRules.folded(title).filter { $0.who == who && $0.count.status == .reported }.map(\.count)
        for h in heads {
            guard let total = h.min, h.max == total, total != merged.min else { continue }
            if isSum(total, of: counts) { return Count(status: .reported, min: total, max: total, text: h.text) }
        }
        return merged
    }

    /// True when two or three distinct exact figures below `total` among `counts` add up to it
    /// (earlier or preliminary readings left out: they are not parts of the toll).
    static func isSum(_ total: Int, of counts: [Count]) -> Bool {
        var parts: [Int] = []
        for c in counts where c.status == .reported && !EarlierTolls.isEarlier(c) {
            guard let v = c.min, c.max == v, v < total, !parts.contains(v) else { continue }
            parts.append(v)
        }
        guard parts.count >= 2, parts.count <= 8 else { return false }
        for i in parts.indices {
            for j in parts.indices where j > i {
                if parts[i] + parts[j] == total { return true }
                for k in parts.indices where k > j && parts[i] + parts[j] + parts[k] == total { return true }
            }
        }
        return false
    }
}
