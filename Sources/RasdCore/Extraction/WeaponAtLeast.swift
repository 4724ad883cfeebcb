/// "غارتين على الأقل"، "قذيفتين على الأقل"، "صاروخين باليستيين على الأقل": a dual weapon noun
/// followed by "على الأقل" is a floor (2 or more), as "39 شخصا على الأقل" is for a figure. The
/// words may follow the noun at once or after one agreeing dual adjective; any other word
/// between ("غارتين قتلتا 5 على الأقل") puts them on another figure.
enum WeaponAtLeast {
    /// "على الأقل" starts at `end` or right after one dual adjective there.
    static func follows(_ t: [ArabicToken], after end: Int) -> Bool {
        if ArabicNumbers.isAtLeast(t, at: end) { return true }
        guard end < t.count, isDualAdjective(t[end]) else { return false }
        return ArabicNumbers.isAtLeast(t, at: end + 1)
    }

    /// A dual ending ("باليستيين"، "جويتين"، "إسرائيليتان") on a word that is no number.
    static func isDualAdjective(_ tok: ArabicToken) -> Bool {
        let n = tok.norm
        return tok.digits == nil && n.count > 4 && (n.hasByteSuffix("يين") || n.hasByteSuffix("تين") || n.hasByteSuffix("تان") || n.hasByteSuffix("يان"))
    }
}
