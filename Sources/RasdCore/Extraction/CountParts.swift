/// A toll told in a title or lead by one of its groups ("مقتل 16 طفلا") and in full elsewhere
/// ("قتل 16 طفلا وأربع نساء"): the smaller figure is a group of the larger toll, not another
/// source's reading of it.
enum CountParts {
    /// The figure and the word after it in `part`'s quote stand word for word inside `whole`'s quote,
    /// a sum of several groups.
    static func isGroup(_ part: Count, of whole: Count) -> Bool {
        guard let p = part.text, let w = whole.text else { return false }
        let pt = ArabicTokenizer.tokenize(p), wt = ArabicTokenizer.tokenize(w)
        // the whole is a sum of groups: two figures or more, none of them rounded ("أكثر من 30 غارة" is no sum)
        guard !CasualtyRules.isRounded(whole), CasualtyRules.figures(wt, in: wt.indices) >= 2,
              let f = pt.indices.first(where: { ArabicNumbers.figure(pt, at: $0) != nil }), f + 1 < pt.count, wt.count >= 2 else { return false }
        let (a, b) = (pt[f].norm, pt[f + 1].norm)
        return (0..<(wt.count - 1)).contains { i in wt[i].norm == a && wt[i + 1].norm == b }
    }
}
