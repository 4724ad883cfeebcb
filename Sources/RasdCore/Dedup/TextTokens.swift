/// Words of a text for matching: Arabic spelling folded with `ArabicNormalizer`, Latin
/// lower-cased, split on everything that is not a letter or a digit.
public enum TextTokens {
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        for u in text.unicodeScalars {
            guard let m = ArabicNormalizer.map(u) else { continue }
            let p = m.properties
            if p.isAlphabetic || p.numericType != nil {
                if m.isASCII, m.value >= 0x41, m.value <= 0x5A {
                    current.append(Unicode.Scalar(m.value + 0x20)!)
                } else {
                    current.append(m)
                }
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
