/// Ordinal weapon counts: "سقطت ثلاثة صواريخ … وسقط صاروخ رابع قرب المطار"، "وتم اعتراض صاروخ
/// ثالث". Wire copy tells a further weapon of a salvo by its rank; "a fourth rocket" means four
/// were fired, so the rank is the count and it replaces the smaller figure told before it.
enum WeaponOrdinals {
    /// Indefinite ordinal adjectives 2–10, both genders ("صاروخ رابع"، "قذيفة رابعة").
    static let ranks: [(String, Int)] = [
        ("ثان", 2), ("ثاني", 2), ("ثانية", 2), ("ثالث", 3), ("ثالثة", 3), ("رابع", 4), ("رابعة", 4), ("خامس", 5),
        ("خامسة", 5), ("سادس", 6), ("سادسة", 6), ("سابع", 7), ("سابعة", 7), ("ثامن", 8), ("ثامنة", 8), ("تاسع", 9),
        ("تاسعة", 9), ("عاشر", 10), ("عاشرة", 10),
    ]
    static let rankIDs: [UInt64: Int] = Dictionary(
        ranks.map { (WordHash.of(ArabicNormalizer.normalize($0.0)), $0.1) }, uniquingKeysWith: { a, _ in a })

    /// The rank an ordinal adjective at `i` gives ("رابع" → 4); nil for any other word. The word
    /// must be the bare adjective: "الرابع" (definite) and "ورابع" (a new phrase) are not read.
    static func rank(_ t: [ArabicToken], at i: Int) -> Int? {
        guard i < t.count, let id = t[i].ids.first else { return nil }
        return rankIDs[id]
    }

    /// The rank right after a weapon noun ending at `end`, or after one nisba adjective of it
    /// ("صاروخ باليستي ثالث"), with the rank word's position.
    static func rank(_ t: [ArabicToken], after end: Int) -> (Int, Int)? {
        if let r = rank(t, at: end) { return (r, end) }
        guard end < t.count, t[end].norm.hasByteSuffix("\u{064A}") || t[end].norm.hasByteSuffix("\u{064A}\u{0647}"),
              let r = rank(t, at: end + 1) else { return nil }
        return (r, end + 1)
    }

    /// True when a count was read from a weapon noun and its ordinal ("صاروخ رابع").
    static func isOrdinal(_ c: Count) -> Bool {
        guard c.status == .reported, let text = c.text else { return false }
        let t = ArabicTokenizer.tokenize(text)
        return t.count >= 2 && rank(t, at: t.count - 1) != nil
    }

    /// Drops the figures an ordinal count outranks: "ثلاثة صواريخ" then "صاروخ رابع" is four.
    static func keepingRank(_ counts: [Count]) -> [Count] {
        guard let top = counts.filter(isOrdinal).compactMap(\.min).max() else { return counts }
        return counts.filter { $0.status != .reported || ($0.max ?? $0.min ?? 0) >= top }
    }
}
