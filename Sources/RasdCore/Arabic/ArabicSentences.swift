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
        // A sentence is a run of the text's scalars between cuts, sliced out (not rebuilt scalar
        // by scalar); line breaks are cuts and belong to no sentence.
        var out: [String] = []
        let view = text.unicodeScalars
        var start = view.startIndex
        func flush(_ end: String.UnicodeScalarView.Index) {
            let t = String(view[start..<end]).trimmingWhitespace()
            if !t.isEmpty { out.append(t) }
        }
        var prev: Unicode.Scalar? = nil
        var i = view.startIndex
        while i < view.endIndex {
            let u = view[i]
            let after = view.index(after: i)
            defer { prev = u; i = after }
            if u == "\n" || u == "\r" || u == "\u{2029}" { flush(i); start = after; continue }
            if u == "." || u == "!" || u == "?" || u == "\u{061F}" || u == "\u{061B}" {
                let next = after < view.endIndex ? view[after] : " "
                let prevDigit = prev.map(ArabicTokenizer.isDigit) ?? false
                let nextDigit = ArabicTokenizer.isDigit(next)
                if !(prevDigit && nextDigit) && (next == " " || next == "\n" || next == "\"" || next == "\u{201D}" || next.properties.isAlphabetic) {
                    flush(after); start = after
                }
            }
        }
        flush(view.endIndex)
        return out
    }
}
