/// A sentence of a story with its position (0 = the headline/lead) and its words.
public struct ArabicSentence: Sendable {
    public var index: Int
    public var text: String
    public var tokens: [ArabicToken]
    public var isTitle: Bool
}

/// Cuts clean story text into sentences: at line breaks and at . ! ? ؟ ؛ followed by space,
/// never inside numbers ("2.5") or abbreviations-free Arabic prose.
public enum ArabicSentenceSplitter {
    public static func split(_ text: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        func flush() {
            let t = String(cur).trimmingWhitespace()
            if !t.isEmpty { out.append(t) }
            cur = String.UnicodeScalarView()
        }
        var i = 0
        while i < s.count {
            let u = s[i]
            if u == "\n" || u == "\r" || u == "\u{2029}" { flush(); i += 1; continue }
            cur.append(u)
            if u == "." || u == "!" || u == "?" || u == "\u{061F}" || u == "\u{061B}" {
                let next = i + 1 < s.count ? s[i + 1] : " "
                let prevDigit = i > 0 && ArabicTokenizer.isDigit(s[i - 1])
                let nextDigit = ArabicTokenizer.isDigit(next)
                if !(prevDigit && nextDigit) && (next == " " || next == "\n" || next == "\"" || next == "\u{201D}" || next.properties.isAlphabetic) {
                    flush()
                }
            }
            i += 1
        }
        flush()
        return out
    }
}
