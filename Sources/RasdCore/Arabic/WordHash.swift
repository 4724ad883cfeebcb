/// 64-bit FNV-1a of a normalised word's UTF-8 bytes. Swift hashes and compares non-ASCII
/// strings through Unicode normalisation, which dominated extraction time; every lexicon and
/// token therefore carries these integer ids and lookups compare integers.
public enum WordHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) public static func of(_ s: String) -> UInt64 { extend(seed, s) }

    @inline(__always) public static func extend(_ h0: UInt64, _ s: String) -> UInt64 {
        var h = h0
        for b in s.utf8 { h ^= UInt64(b); h = h &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// The hash of `a + " " + b` continued from the hash of `a`.
    @inline(__always) public static func extendWithSpace(_ h: UInt64, _ s: String) -> UInt64 {
        extend((h ^ 0x20) &* 0x0000_0100_0000_01B3, s)
    }
}

/// A set of words written as journalists write them, matched against tokens by id.
public struct WordSet: Sendable {
    let ids: WordIdSet
    public init(_ words: [String]) { ids = WordIdSet(words.map { WordHash.of(ArabicNormalizer.normalize($0)) }) }
    /// True when any clitic reading of the token is in the set.
    @inline(__always) public func contains(_ t: ArabicToken) -> Bool {
        for id in t.ids where ids.contains(id) { return true }
        return false
    }
    /// True when the token as written (no clitic stripped) is in the set.
    @inline(__always) public func containsExact(_ t: ArabicToken) -> Bool { ids.contains(t.ids[0]) }
}
