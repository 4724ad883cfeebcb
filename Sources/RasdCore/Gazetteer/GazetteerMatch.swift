/// A gazetteer phrase found in a token array.
public struct GazetteerMatch: Sendable, Equatable {
    /// Tokens covered, including a designator word ("قاعدة", "محافظة") and clitics on the first.
    public var range: Range<Int>
    /// The key that matched.
    public var key: String
    /// The normalised word before the name that says what it is ("مطار", "مخيم"), if any.
    public var designator: String?
    /// Proclitics removed from the first token ("و", "ب", "وب", "ل" …), empty when none.
    public var clitics: String
    /// All rows with this key; pass them to `Gazetteer.resolve`.
    public var candidates: [Place]
}

extension Gazetteer {
    /// The longest gazetteer phrase (1 to `maxWords` words) starting at `start` in `tokens`.
    /// Tokens must be normalised words (`ArabicNormalizer.normalize`, punctuation split off).
    /// Clitics on the first word are tried off ("وبالأنبار"); a leading designator
    /// ("قاعدة"، "مطار"، "مخيم"، "محافظة"…) is skipped and reported, unless the full phrase is itself a
    /// name ("مطار بغداد الدولي").
    public func longestMatch(in tokens: [String], at start: Int, maxWords: Int = 4) -> GazetteerMatch? {
        guard tokens.indices.contains(start) else { return nil }
        let limit = min(maxWords, maxPhraseWords)
        var best: GazetteerMatch? = nil
        for form in GazetteerKey.cliticForms(tokens[start]) {
            let clitics = String(tokens[start].unicodeScalars.dropLast(form.unicodeScalars.count))
            if let m = phrase(tokens, start: start, first: form, limit: limit, designated: false) {
                consider(GazetteerMatch(range: start..<m.end, key: m.key, designator: nil, clitics: clitics,
                                        candidates: places(forKey: m.key)), into: &best)
            }
            if GazetteerKey.designators[form] != nil, start + 1 < tokens.count,
               let m = phrase(tokens, start: start + 1, first: tokens[start + 1], limit: limit, designated: true) {
                consider(GazetteerMatch(range: start..<m.end, key: m.key, designator: form, clitics: clitics,
                                        candidates: places(forKey: m.key)), into: &best)
            }
        }
        return best
    }

    /// Every non-overlapping longest match, left to right.
    public func matches(in tokens: [String], maxWords: Int = 4) -> [GazetteerMatch] {
        var out: [GazetteerMatch] = []
        var i = 0
        while i < tokens.count {
            if let m = longestMatch(in: tokens, at: i, maxWords: maxWords) {
                out.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest key starting with `first`; a common-word key counts only after a designator.
    private func phrase(
        _ tokens: [String], start: Int, first: String, limit: Int, designated: Bool
    ) -> (key: String, end: Int)? {
        func usable(_ key: String) -> Bool { contains(key: key) && (designated || !commonKeys.contains(key)) }
        var key = first
        var found: (String, Int)? = usable(key) ? (key, start + 1) : nil
        var end = start + 1
        while end < tokens.count, end - start < limit {
            key += " " + tokens[end]
            end += 1
            if usable(key) { found = (key, end) }
        }
        return found.map { (key: $0.0, end: $0.1) }
    }

    /// Longer span first; then a name read as written over one found after a designator; then
    /// fewer letters taken off as clitics.
    private func consider(_ m: GazetteerMatch, into best: inout GazetteerMatch?) {
        guard let current = best else { best = m; return }
        if m.range.count != current.range.count {
            if m.range.count > current.range.count { best = m }
            return
        }
        if (m.designator == nil) != (current.designator == nil) {
            if m.designator == nil { best = m }
            return
        }
        if m.clitics.unicodeScalars.count < current.clitics.unicodeScalars.count { best = m }
    }
}
