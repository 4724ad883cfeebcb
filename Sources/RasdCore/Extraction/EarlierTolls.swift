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
}
