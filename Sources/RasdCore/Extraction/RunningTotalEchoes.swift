/// A running total echoed without its marker. Wire copy tells a campaign's toll once with "منذ
/// 18 شباط" and repeats the figure bare elsewhere: in the title ("مقتل أكثر من ألف مدني … وجرح أكثر
/// من 4350")، or in a short follow-up ("كما أصيب أكثر من 4350 آخرين بجروح"). The bare figure is the
/// same total, so a statement whose figure the story elsewhere marks as a running total is not an
/// incident's toll either.
public enum RunningTotalEchoes {
    /// The figures (lowest bound) of the statements the story marks as running totals; only
    /// figures of ten and more, as a small figure may well be the day's toll by chance.
    public static func figures(in sentences: [[ArabicToken]]) -> Set<Int> {
        var out: Set<Int> = []
        for t in sentences {
            let markers = CumulativeTollRules.markers(t)
            let age = CumulativeTollRules.tellsCampaignAge(t)
            guard !markers.isEmpty || age else { continue }
            for m in CasualtyRules.statements(t) where m.count.status == .reported {
                if let v = m.count.min, v >= 10, age || CumulativeTollRules.isCumulative(t, m, markers: markers) { out.insert(v) }
            }
        }
        return out
    }

    /// Only a figure of ten or more can echo a total: the story is scanned only then.
    public static func mayEcho(_ counts: [Count]) -> Bool {
        counts.contains { $0.status == .reported && ($0.min ?? 0) >= 10 }
    }

    /// The counts without those that echo a running total (the figure and its bound alike).
    public static func dropping(_ totals: Set<Int>, from counts: [Count]) -> [Count] {
        guard !totals.isEmpty else { return counts }
        return counts.filter { c in !(c.status == .reported && c.min.map(totals.contains) == true) }
    }
}
