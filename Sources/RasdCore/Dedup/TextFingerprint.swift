/// A 64-bit SimHash (Charikar 2002) over word 3-shingles of the normalised text: texts that share
/// most of their shingles get fingerprints a few bits apart, so wire copies and light rewrites
/// across outlets are found by Hamming distance (see `HammingIndex`).
///
/// The body is fingerprinted without the title (outlets retitle wire copies); a body shorter
/// than `minimumBodyWords` is fingerprinted with the title in front. Texts with fewer than
/// `minimumWords` words get no fingerprint: a few words match too many unrelated items.
public enum TextFingerprint {
    public static let shingleSize = 3
    public static let minimumWords = 8
    public static let minimumBodyWords = 30

    public static func of(_ item: FeedItem) -> UInt64? {
        of(title: item.title ?? "", body: item.bodyText)
    }

    public static func of(title: String, body: String) -> UInt64? {
        let words = TextTokens.wordList(body)
        return of(titleWords: words.count < minimumBodyWords ? TextTokens.wordList(title) : TextTokens.WordList(), bodyWords: words)
    }

    /// The same fingerprint from words already split by `TextTokens.wordList`.
    public static func of(titleWords: TextTokens.WordList, bodyWords: TextTokens.WordList) -> UInt64? {
        simhash(words: bodyWords.count < minimumBodyWords ? titleWords + bodyWords : bodyWords)
    }

    /// `simhash(words:)` over a `WordList`: the same shingles hashed straight from the bytes, and
    /// the distinct shingle hashes found by sorting instead of a hash set.
    public static func simhash(words: TextTokens.WordList) -> UInt64? {
        let count = words.count
        guard count >= minimumWords else { return nil }
        let n = shingleSize
        var hashes = [UInt64](repeating: 0, count: count - n + 1)
        words.bytes.withUnsafeBufferPointer { b in
            words.ends.withUnsafeBufferPointer { ends in
                for start in 0...(count - n) {
                    // The stable hash of the shingle's words joined by spaces, without building it.
                    var acc = StableHash.Accumulator()
                    var k = start == 0 ? 0 : Int(ends[start - 1])
                    for w in start..<(start + n) {
                        if w > start { acc.add(0x20) }
                        let end = Int(ends[w])
                        while k < end { acc.add(b[k]); k += 1 }
                    }
                    hashes[start] = acc.finish()
                }
            }
        }
        hashes.sort()
        // Per bit, how many distinct shingles set it; the bit's vote is ones − (total − ones).
        // The 64 counters are kept bit-sliced: plane k holds bit k of every counter, so adding a
        // shingle is a ripple-carry add of its hash into the planes (two or three steps on
        // average) instead of 64 separate increments.
        var total = 0
        var planes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let planeCount = 32  // counts below 2^32: more shingles than any story has
        return withUnsafeMutableBytes(of: &planes) { raw in
            let p = raw.bindMemory(to: UInt64.self)
            var previous: UInt64? = nil
            for h in hashes where h != previous {
                previous = h
                total += 1
                var carry = h
                var k = 0
                while carry != 0, k < planeCount {
                    let t = p[k] & carry
                    p[k] ^= carry
                    carry = t
                    k += 1
                }
            }
            var fp: UInt64 = 0
            for bit in 0..<64 {
                var ones = 0
                for k in 0..<planeCount where (p[k] >> UInt64(bit)) & 1 != 0 { ones += 1 << k }
                if 2 * ones > total { fp |= 1 << UInt64(bit) }
            }
            return fp
        }
    }

    /// The same fingerprint from words already split by `TextTokens.words`. `titleWords` is read
    /// only when the body is shorter than `minimumBodyWords`.
    public static func of(titleWords: [String], bodyWords: [String]) -> UInt64? {
        simhash(words: bodyWords.count < minimumBodyWords ? titleWords + bodyWords : bodyWords)
    }

    public static func simhash(words: [String]) -> UInt64? { simhash(words: TextTokens.WordList(words)) }

    @inline(__always)
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }
}
