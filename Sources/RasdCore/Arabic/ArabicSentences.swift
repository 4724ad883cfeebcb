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
        // A sentence is a run of the text's bytes between cuts, sliced out (not rebuilt scalar by
        // scalar); line breaks are cuts and belong to no sentence. The scan reads the UTF-8 bytes:
        // every cut character is one scalar, and a cut always falls on a scalar boundary.
        var out: [String] = []
        var bytes = text
        let utf8 = text.utf8
        bytes.withUTF8 { b in
            var start = 0
            func flush(_ end: Int) {
                guard end > start else { return }
                // Sliced from the text itself (cuts fall on scalar boundaries), so the copy is not
                // validated as UTF-8 again.
                let t = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]))
                    .trimmingWhitespace()
                if !t.isEmpty { out.append(t) }
            }
            var prev: UInt32? = nil
            var i = 0
            while i < b.count {
                let (u, width) = scalar(b, at: i)
                let after = i + width
                defer { prev = u; i = after }
                if u == 0x0A || u == 0x0D || u == 0x2029 { flush(i); start = after; continue }
                if u == 0x2E || u == 0x21 || u == 0x3F || u == 0x061F || u == 0x061B {
                    let next = after < b.count ? scalar(b, at: after).value : 0x20
                    let prevDigit = prev.map(isDigit) ?? false
                    if !(prevDigit && isDigit(next))
                        && (next == 0x20 || next == 0x0A || next == 0x22 || next == 0x201D || isAlphabetic(next)) {
                        flush(after); start = after
                    }
                }
            }
            flush(b.count)
        }
        return out
    }

    /// The scalar at byte `i` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0 { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0 { return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3) }
        return ((UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F), 4)
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }

    @inline(__always)
    static func isAlphabetic(_ v: UInt32) -> Bool {
        if v < 0x800 { return lowAlphabetic[Int(v)] }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// `properties.isAlphabetic` of U+0000–U+07FF, looked up once.
    static let lowAlphabetic: [Bool] = (0..<0x800).map { (v: UInt32) in Unicode.Scalar(v)?.properties.isAlphabetic ?? false }
}
