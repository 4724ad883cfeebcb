extension StringProtocol {
    /// Prefix test on UTF-8 bytes. Matching text is normalised first (ArabicNormalizer), so bytes
    /// decide; `hasPrefix` walks Unicode canonical equivalence and costs several times more on
    /// Arabic, in rules that ask it of every word of a story.
    @inline(__always) func hasBytePrefix<T: StringProtocol>(_ p: T) -> Bool { utf8.starts(with: p.utf8) }
    /// Suffix test on UTF-8 bytes (see `hasBytePrefix`).
    @inline(__always) func hasByteSuffix<T: StringProtocol>(_ s: T) -> Bool { utf8.reversed().starts(with: s.utf8.reversed()) }
}
