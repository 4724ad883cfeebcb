/// A phrase found in a sentence: token range and the lexicon payload.
public struct PhraseMatch<Payload: Sendable>: Sendable {
    public var start: Int
    public var end: Int
    public var payload: Payload
}

/// A list of Arabic cue phrases (one to several words) matched against tokens with clitics
/// stripped. Entries are written the way a journalist writes them; they are normalised on load,
/// so "أطلق" and "اطلق" are one cue. A word ending in `*` matches any word it starts
/// (اشتباك* → اشتباكات، اشتباكا). Longest phrase wins at each position.
public struct PhraseLexicon<Payload: Sendable>: Sendable {
    struct Entry: Sendable { var words: [String]; var ids: [UInt64]; var prefix: [Bool]; var payload: Payload }
    var exactFirst: [UInt64: [Entry]] = [:]
    /// 64K-bit filter of first-word ids: most words of a story start no cue, and a bit test is
    /// far cheaper than a dictionary probe.
    var firstBits = [UInt64](repeating: 0, count: 1024)
    var prefixFirst: [Entry] = []

    public init(_ rows: [(String, Payload)]) { insert(rows) }

    /// This lexicon with `rows` added; on a match of equal length an added row wins
    /// (a user's overlay over the shipped cues).
    public func adding(_ rows: [(String, Payload)]) -> PhraseLexicon {
        var out = PhraseLexicon([])
        out.insert(rows)
        for (k, list) in exactFirst { out.exactFirst[k, default: []].append(contentsOf: list) }
        out.prefixFirst.append(contentsOf: prefixFirst)
        for i in firstBits.indices { out.firstBits[i] |= firstBits[i] }
        out.sortLongestFirst()
        return out
    }

    mutating func insert(_ rows: [(String, Payload)]) {
        for (phrase, payload) in rows {
            var words: [String] = [], prefix: [Bool] = []
            for w in phrase.split(separator: " ") {
                var s = String(w)
                let isPrefix = s.hasByteSuffix("*")
                if isPrefix { s.removeLast() }
                words.append(ArabicNormalizer.normalize(s)); prefix.append(isPrefix)
            }
            guard !words.isEmpty else { continue }
            let e = Entry(words: words, ids: words.map(WordHash.of), prefix: prefix, payload: payload)
            if prefix[0] { prefixFirst.append(e) } else {
                exactFirst[e.ids[0], default: []].append(e)
                firstBits[Int((e.ids[0] & 0xFFFF) >> 6)] |= 1 << (e.ids[0] & 63)
            }
        }
        sortLongestFirst()
    }

    /// Stable: among phrases of one length the earlier row wins (a user overlay comes first).
    mutating func sortLongestFirst() {
        func longestFirst(_ es: [Entry]) -> [Entry] {
            es.enumerated().sorted { ($0.element.words.count, $1.offset) > ($1.element.words.count, $0.offset) }.map(\.element)
        }
        for k in exactFirst.keys { exactFirst[k] = longestFirst(exactFirst[k]!) }
        prefixFirst = longestFirst(prefixFirst)
    }

    @inline(__always) static func wordMatches(_ tok: ArabicToken, _ e: Entry, _ k: Int) -> Bool {
        if e.prefix[k] { return tok.matches(prefix: e.words[k]) }
        // Words after the first may still carry و/ال (قصف وغارات، الطائرات المسيرة).
        return tok.matches(id: e.ids[k])
    }

    func entryMatches(_ e: Entry, _ t: [ArabicToken], _ i: Int) -> Bool {
        guard i + e.words.count <= t.count else { return false }
        for k in 1..<max(1, e.words.count) where k < e.words.count {
            if !Self.wordMatches(t[i + k], e, k) { return false }
        }
        return true
    }

    /// The longest entry starting at token `i`.
    public func match(_ t: [ArabicToken], at i: Int) -> PhraseMatch<Payload>? {
        var best: Entry? = nil
        for f in t[i].ids where firstBits[Int((f & 0xFFFF) >> 6)] & (1 << (f & 63)) != 0 {
            if let list = exactFirst[f] {
                for e in list where entryMatches(e, t, i) {
                    if best == nil || e.words.count > best!.words.count { best = e }
                    break
                }
            }
        }
        for e in prefixFirst where (best == nil || e.words.count > best!.words.count) && !prefixFirst.isEmpty {
            if t[i].matches(prefix: e.words[0]) && entryMatches(e, t, i) { best = e; break }
        }
        guard let b = best else { return nil }
        return PhraseMatch(start: i, end: i + b.words.count, payload: b.payload)
    }

    /// Non-overlapping matches, left to right.
    public func matches(in t: [ArabicToken]) -> [PhraseMatch<Payload>] {
        var out: [PhraseMatch<Payload>] = []
        var i = 0
        while i < t.count {
            if let m = match(t, at: i) { out.append(m); i = m.end } else { i += 1 }
        }
        return out
    }

    /// True when any entry occurs in the tokens.
    public func occurs(in t: [ArabicToken]) -> Bool {
        for i in t.indices where match(t, at: i) != nil { return true }
        return false
    }
}

extension Array where Element == ArabicToken {
    /// The original words of `range`, joined with spaces (evidence text).
    func text(_ r: Range<Int>) -> String {
        let lo = Swift.max(0, r.lowerBound), hi = Swift.min(count, r.upperBound)
        guard lo < hi else { return "" }
        return self[lo..<hi].map(\.original).joined(separator: " ")
    }
}
