/// Words of a text for matching: Arabic spelling folded with `ArabicNormalizer`, Latin
/// lower-cased, split on everything that is not a letter or a digit.
///
/// Every story's title and body go through here twice (content hash and SimHash), so it is on the
/// hot path of a poll cycle: letters and digits below U+0800 (ASCII, Latin, Arabic) come from a
/// table built once from the same Unicode properties, and words are assembled as UTF-8 bytes.
public enum TextTokens {
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(64)
        for u in text.unicodeScalars {
            guard let m = ArabicNormalizer.map(u) else { continue }
            let v = m.value
            if isWordScalar(m) {
                if v >= 0x41, v <= 0x5A {
                    current.append(UInt8(v + 0x20))
                } else if v < 0x80 {
                    current.append(UInt8(v))
                } else {
                    current.append(contentsOf: m.utf8)
                }
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// A letter or a digit: `isAlphabetic` or any numeric type.
    @inline(__always)
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < UInt32(lowWordScalars.count) { return lowWordScalars[Int(v)] }
        let p = u.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// `isWordScalar` for U+0000–U+07FF, computed from the Unicode properties once.
    static let lowWordScalars: [Bool] = (0..<0x800).map { (v: UInt32) in
        guard let u = Unicode.Scalar(v) else { return false }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }
}
