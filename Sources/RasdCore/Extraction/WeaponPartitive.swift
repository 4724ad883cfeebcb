/// A figure told partitively before a definite plural weapon noun: "5 من الصواريخ"، "خمسة من
/// الصواريخ"، "عشرات من الغارات"، "3 من قذائف الهاون". Wire copy counts a salvo this way as often as with the bare
/// noun ("خمسة صواريخ"); the figure before "من" is the weapon count. "واحد من" / "أحد" is one of
/// weapons told elsewhere, so only figures above one (or vague amounts) are read.
enum WeaponPartitive {
    /// The number phrase ending right before "من" that stands right before the noun of `m`.
    static func figure(_ t: [ArabicToken], noun m: PhraseMatch<(WeaponRules.Noun, Int?)>) -> NumberPhrase? {
        // the noun definite ("من الصواريخ") or in construct with a definite word ("من قذائف الهاون"، "من صواريخ الكاتيوشا")
        guard m.start >= 2, m.payload.1 == nil,
              WeaponContext.isDefinite(t[m.start]) || (m.start + 1 < t.count && WeaponContext.isDefinite(t[m.start + 1])),
              t[m.start - 1].norm == "\u{0645}\u{0646}",  // "من" written alone, no clitic
              let n = WeaponRules.numberBefore(t, m.start - 1) else { return nil }
        return n.vague || (n.min ?? 0) > 1 ? n : nil
    }
}
