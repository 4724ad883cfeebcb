/// Words of a text for matching: Arabic spelling folded with `ArabicNormalizer`, Latin
/// lower-cased, split on everything that is not a letter or a digit.
///
/// Every story's title and body go through here (content hash and SimHash), so it is on the hot
/// path of a poll cycle: for scalars below U+0800 (ASCII, Latin, Arabic) one table, built once
/// from `ArabicNormalizer.map` and the same Unicode properties, says whether the scalar is
/// dropped, ends a word, or which UTF-8 bytes it adds to the word.
public enum TextTokens {
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(64)
        let table = lowScalars
        for u in text.unicodeScalars {
            let v = u.value
            if v < UInt32(table.count) {
                let entry = table[Int(v)]
                if entry == LowScalar.dropped { continue }
                if entry == LowScalar.separator {
                    if !current.isEmpty {
                        words.append(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                    continue
                }
                current.append(UInt8(truncatingIfNeeded: entry))
                if entry >> 16 == 2 { current.append(UInt8(truncatingIfNeeded: entry >> 8)) }
                continue
            }
            guard let m = ArabicNormalizer.map(u) else { continue }
            if isWordScalar(m) {
                appendWordBytes(of: m, to: &current)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
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
