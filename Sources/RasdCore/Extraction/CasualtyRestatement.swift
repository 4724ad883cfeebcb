/// A sentence far down the story that repeats this incident's toll ("من جهتها، أكدت وزارة الصحة
/// أن هناك 11 قتيلا وجريحين" after "مقتل 11 شخصا") is about the same act: the other kind it tells
/// (here the two wounded) is this incident's too. Tolls further down are otherwise left alone,
/// since they are usually running or cumulative ones.
enum CasualtyRestatement {
    /// The sentences among `candidates` that state the same reported figure for one kind as
    /// `killed` or `injured` already read near the act, and tell the other kind too.
    static func sentences(_ candidates: [SentenceAnalysis], killed: Count, injured: Count) -> [SentenceAnalysis] {
        candidates.filter { a in
            let ms = CasualtyRules.folded(a.casualties)
            func restates(_ who: CasualtyMention.Who, _ c: Count) -> Bool {
                guard c.status == .reported, let n = c.min else { return false }
                return ms.contains { $0.who == who && $0.count.status == .reported && $0.count.min == n }
            }
            let k = restates(.killed, killed), i = restates(.injured, injured)
            return (k && ms.contains { $0.who == .injured }) || (i && ms.contains { $0.who == .killed })
        }
    }
}
