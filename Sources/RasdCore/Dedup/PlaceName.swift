/// Compares Arabic place names as outlets spell them: normalised (alef, ta marbuta, …), the
/// article `ال` and spaces ignored, and one letter of transliteration difference tolerated for
/// longer names (ميسيساغا / ميسيسوغا). A name containing the other (سوق ضحيان / ضحيان) is the
/// same place at two precisions (for names of at least four letters).
public enum PlaceName {
    public static func key(_ name: String) -> String {
        TextTokens.words(name).map { w in
            w.hasPrefix("ال") && w.count > 3 ? String(w.dropFirst(2)) : w
        }.joined()
    }

    public static func same(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        guard !ka.isEmpty, !kb.isEmpty else { return false }
        if ka == kb { return true }
        let (short, long) = ka.count <= kb.count ? (ka, kb) : (kb, ka)
        // Containment only for names of four letters or more: "غزه" is inside "شمال قطاع غزه",
        // a different place at another scale.
        if short.count >= 4 && long.contains(short) { return true }
        return short.count >= 5 && editDistanceAtMostOne(Array(ka), Array(kb))
    }

    static func editDistanceAtMostOne(_ a: [Character], _ b: [Character]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
