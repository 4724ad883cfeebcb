import Testing
import RasdCore
@testable import RasdFeeds

/// The text builder's word-block fast path must give exactly what the plain rule gives: control
/// bytes dropped, no-break spaces and whitespace runs folded to one space, no leading/trailing space.
@Suite struct TextBuilderTests {
    static func reference(_ s: String) -> String {
        let cleaned = String(String.UnicodeScalarView(s.unicodeScalars.compactMap { u -> Unicode.Scalar? in
            if u == "\u{A0}" { return " " }
            if u.value < 0x20 && !["\t", "\n", "\r", "\u{0C}"].contains(u) { return nil }
            return u
        }))
        return cleaned.split(whereSeparator: { " \t\n\r\u{0C}".contains($0) }).joined(separator: " ")
    }

    @Test func blockPathMatchesTheRule() {
        let alphabet: [String] = ["ع", "ربي", "a", "b", "longer-word", " ", " ", "  ", "\n", "\t", "\u{A0}", "\u{1}", "،", "123", "😀"]
        var rng = SplitMix(seed: 42)
        for _ in 0..<2000 {
            let len = Int(rng.next() % 60)
            var s = ""
            for _ in 0..<len { s += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            var b = TextBuilder(singleLine: false, stripInvisible: false)
            b.append(Array(s.utf8)[...])
            #expect(b.string == Self.reference(s), "\(s.debugDescription)")
        }
    }
}

/// A tiny deterministic generator so the test is reproducible.
typealias SplitMix = SplitMix64
