/// Words of a text for matching: Arabic spelling folded with `ArabicNormalizer`, Latin
/// lower-cased, split on everything that is not a letter or a digit.
///
/// Every story's title and body go through here (content hash and SimHash), so it is on the hot
/// path of a poll cycle: for scalars below U+0800 (ASCII, Latin, Arabic) one table, built once
/// from `ArabicNormalizer.map` and the same Unicode properties, says whether the scalar is
/// dropped, ends a word, or which UTF-8 bytes it adds to the word.
public enum TextTokens {
    public static func words(_ text: String) -> [String] {
        wordList(text).strings
    }

    /// The same words as `words`, in one byte buffer with their end offsets: a story's content
    /// hash and fingerprint read words as bytes, and a `String` per word (an allocation, and
    /// reference counting on every use) was a tenth of a first poll cycle.
    public static func wordList(_ text: String) -> WordList {
        var list = WordList()
        list.bytes.reserveCapacity(text.utf8.count)
        var text = text
        let table = lowScalars
        text.withUTF8 { b in
            var start = 0
            var i = 0
            // Scalars decoded straight from the (valid) UTF-8 of a native string.
            while i < b.count {
                let c = b[i]
                var v = UInt32(c)
                if c < 0x80 {
                    i += 1
                } else if c < 0xE0 {
                    v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F); i += 2
                } else if c < 0xF0 {
                    v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F); i += 3
                } else {
                    v = (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                        | UInt32(b[i + 3] & 0x3F); i += 4
                }
                if v < UInt32(table.count) {
                    let entry = table[Int(v)]
                    if entry == LowScalar.dropped { continue }
                    if entry == LowScalar.separator {
                        if list.bytes.count > start { list.ends.append(Int32(list.bytes.count)); start = list.bytes.count }
                        continue
                    }
                    list.bytes.append(UInt8(truncatingIfNeeded: entry))
                    if entry >> 16 == 2 { list.bytes.append(UInt8(truncatingIfNeeded: entry >> 8)) }
                    continue
                }
                guard let u = Unicode.Scalar(v), let m = ArabicNormalizer.map(u) else { continue }
                if isWordScalar(m) {
                    appendWordBytes(of: m, to: &list.bytes)
                } else if list.bytes.count > start {
                    list.ends.append(Int32(list.bytes.count)); start = list.bytes.count
                }
            }
            if list.bytes.count > start { list.ends.append(Int32(list.bytes.count)) }
        }
        return list
    }

    /// Words as `TextTokens.words` splits them, stored back to back in `bytes` (normalised UTF-8);
    /// word `i` ends at `ends[i]` and starts where word `i - 1` ends.
    public struct WordList: Sendable, Equatable {
        public var bytes: [UInt8] = []
        public var ends: [Int32] = []

        public init() {}

        /// These words, back to back.
        public init(_ words: [String]) {
            for w in words {
                bytes.append(contentsOf: w.utf8)
                ends.append(Int32(bytes.count))
            }
        }

        public var count: Int { ends.count }

        /// The byte range of word `i`.
        @inline(__always)
        public func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }

        /// The words as strings (what `TextTokens.words` returns).
        public var strings: [String] { (0..<count).map { String(decoding: bytes[range($0)], as: UTF8.self) } }

        /// `a`'s words followed by `b`'s.
        public static func + (a: WordList, b: WordList) -> WordList {
            var out = a
            out.bytes.append(contentsOf: b.bytes)
            let shift = Int32(a.bytes.count)
            out.ends.append(contentsOf: b.ends.lazy.map { $0 + shift })
            return out
        }
    }

    /// The bytes a (normalised) word scalar adds to its word: ASCII upper case folded.
    @inline(__always)
    static func appendWordBytes(of m: Unicode.Scalar, to current: inout [UInt8]) {
        let v = m.value
        if v >= 0x41, v <= 0x5A {
            current.append(UInt8(v + 0x20))
        } else if v < 0x80 {
            current.append(UInt8(v))
        } else {
            current.append(contentsOf: m.utf8)
        }
    }

    /// A letter or a digit: `isAlphabetic` or any numeric type.
    @inline(__always)
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x800 { return lowWordScalars[Int(v)] }
        let p = u.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// `isWordScalar` for U+0000–U+07FF, computed from the Unicode properties once.
    static let lowWordScalars: [Bool] = (0..<0x800).map { (v: UInt32) in
        guard let u = Unicode.Scalar(v) else { return false }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    /// What `words` does with a scalar below U+0800: `dropped`, `separator`, or the UTF-8 bytes
    /// it adds (first byte in bits 0–7, second in 8–15, count in 16–17).
    enum LowScalar {
        static let dropped: UInt32 = 0xFFFF_FFFF
        static let separator: UInt32 = 0
    }

    static let lowScalars: [UInt32] = (0..<0x800).map { (v: UInt32) in
        guard let u = Unicode.Scalar(v) else { return LowScalar.separator }
        guard let m = ArabicNormalizer.map(u) else { return LowScalar.dropped }
        guard isWordScalar(m) else { return LowScalar.separator }
        var bytes: [UInt8] = []
        appendWordBytes(of: m, to: &bytes)
        precondition(bytes.count <= 2, "a normalised scalar below U+0800 is at most two UTF-8 bytes")
        return bytes.enumerated().reduce(UInt32(bytes.count) << 16) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }
}
