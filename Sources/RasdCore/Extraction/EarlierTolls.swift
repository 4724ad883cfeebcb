/// Earlier and preliminary readings of a toll: "وكانت حصيلة سابقة للمرصد قد أفادت بمقتل 16 مدنيا"،
/// "سقوط 3 قتلى في حصيلة أولية". Wire copy keeps the first figure after a later one replaced it;
/// it is not another source's reading of the same toll, so the later figure stands alone.
enum EarlierTolls {
    static let tollNouns = WordSet(["حصيلة", "الحصيلة", "حصيلتها"])
    static let earlier = WordSet(["سابقة", "السابقة", "أولية", "الأولية", "أولى", "مبدئية", "المبدئية", "أولي"])

    /// The "حصيلة سابقة/أولية" phrase within six words before `r` or three after it.
    static func marker(_ t: [ArabicToken], around r: Range<Int>) -> Range<Int>? {
        let from = max(0, r.lowerBound - 6), to = min(t.count - 1, r.upperBound + 3)
        guard from < to else { return nil }
        for i in from..<to where tollNouns.contains(t[i]) && earlier.contains(t[i + 1]) {
            return i < r.lowerBound ? i..<r.upperBound : r.lowerBound..<(i + 2)
        }
        return nil
    }

    /// True when the statement's quote names itself an earlier or preliminary toll.
    static func isEarlier(_ c: Count) -> Bool {
        guard let text = c.text else { return false }
        let t = ArabicTokenizer.tokenize(text)
        return t.indices.dropLast().contains { tollNouns.contains(t[$0]) && earlier.contains(t[$0 + 1]) }
    }

    /// "وقبل أيام قتل 45 مسلحا …"، "قبل أسبوعين، أصيب 3 جنود …": a sentence that opens on a span
    /// back from today tells an earlier act (the news is today's), so its toll is not the news'.
    /// (Within its first four words: a heading may stand glued before it.) A span told later in
    /// the sentence ("قتل 35 مقاتلا في هجوم شنه التنظيم قبل أيام") may date the news itself.
    static func opensDaysBack(_ t: [ArabicToken]) -> Bool {
        guard t.count > 2 else { return false }
        return (0..<min(t.count - 1, 4)).contains { i in
            t[i].matches("قبل") && BackgroundRules.spansAgo.containsExact(t[i + 1])
                && !(0..<i).contains { CasualtyRules.cues.match(t, at: $0) != nil }
        }
    }
}
