import Testing
@testable import RasdCore

/// The tokenizer reads clitics off UTF-8 bytes; these tests pin it to the plain definition
/// (scalar arrays and `String` tails, as the first version wrote it) on fixture words and on
/// seeded random words of clitic letters, marks and digits.
@Suite struct ArabicTokenizerFastPathTests {
    /// The first implementation of `ArabicClitics.readings`, kept as the reference.
    static func referenceReadings(_ w: String) -> [String] {
        var out: [String] = [w]
        let s = Array(w.unicodeScalars)
        guard s.count >= 3, s[0].value >= 0x0621 else { return out }
        let view = w.unicodeScalars
        func add(_ from: Int, prefix: String = "") {
            guard s.count - from >= 2 else { return }
            let tail = String(view[view.index(view.startIndex, offsetBy: from)...])
            let r = prefix.isEmpty ? tail : prefix + tail
            if !out.contains(r) { out.append(r) }
        }
        let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}", ba: Unicode.Scalar = "\u{0628}"
        let lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}", alef: Unicode.Scalar = "\u{0627}"
        var starts: [Int] = [0]
        if s[0] == waw || s[0] == fa { starts.append(1) }
        for st in starts {
            if st > 0 { add(st) }
            guard st + 2 < s.count else { continue }
            let c = s[st]
            if c == lam && s[st + 1] == lam {
                add(st + 2, prefix: "\u{0627}\u{0644}"); add(st + 2)
            } else if c == ba || c == lam || c == kaf {
                add(st + 1)
                if s[st + 1] == alef && st + 3 < s.count && s[st + 2] == lam { add(st + 3) }
            }
            if c == alef && s[st + 1] == lam { add(st + 2) }
        }
        return out
    }

    static func words() throws -> [String] {
        var words: [String] = []
        for (_, story) in try ExtractionCueScreenTests.fixtureStories() {
            words += ArabicTokenizer.tokenize(story.title + " " + story.text).map(\.original)
        }
        var rng = SplitMix64(seed: 0xC117_1C5)
        let letters = ["و", "ف", "ب", "ل", "ك", "ا", "ال", "لل", "أ", "ي", "ة", "ى", "ـ", "\u{064E}", "\u{200F}", "1", "٢",
                       "x", "é", "-", "پ", "ک", "😀", "ق", "ص", "ف"]
        for _ in 0..<4000 {
            words.append((0..<Int.random(in: 1...8, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined())
        }
        return words
    }

    @Test func readingsMatchTheReference() throws {
        let words = try Self.words()
        #expect(words.count > 5000)
        for original in words {
            let n = ArabicNormalizer.normalize(original)
            let want = Self.referenceReadings(n)
            #expect(ArabicClitics.readings(n) == want, "\(original.debugDescription)")
            let t = ArabicToken(original: original)
            #expect(t.forms == want, "\(original.debugDescription)")
            #expect(t.ids == want.map(WordHash.of), "\(original.debugDescription)")
        }
    }
}

/// The sentence splitter slices the text; pinned to the first version, which rebuilt each
/// sentence scalar by scalar.
@Suite struct ArabicSentenceSplitterSliceTests {
    static func referenceSplit(_ text: String) -> [String] {
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

    @Test func splitsAsTheReference() throws {
        var texts = try ExtractionCueScreenTests.fixtureStories().map(\.1.text)
        var rng = SplitMix64(seed: 0x5E47_E9CE)
        let pieces = ["قال", " ", ".", "!", "?", "؟", "؛", "\n", "\r", "\r\n", "\u{2029}", "2", ".5", "٣", "\"", "\u{201D}",
                      "a", "é", "\u{064E}", "\t", "  ", "x.y", "1.", ".1", "...", "؟!"]
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...16, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        for t in texts {
            #expect(ArabicSentenceSplitter.split(t) == Self.referenceSplit(t), "\(t.debugDescription)")
        }
    }
}

/// `ArabicNormalizer.normalize` writes into the string's storage; pinned to the scalar-by-scalar
/// definition (each scalar through `map`) on fixture text and seeded random scalars.
@Suite struct ArabicNormalizerInPlaceTests {
    static func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars { if let m = ArabicNormalizer.map(u) { out.append(m) } }
        return String(out)
    }

    @Test func normalisesAsTheReference() throws {
        var texts = try ExtractionCueScreenTests.fixtureStories().flatMap { [$0.1.title, $0.1.text] }
        var rng = SplitMix64(seed: 0x0A7F_1E55)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x0600...0x06FF, 0x200B...0x206F, 0xFEFF...0xFEFF, 0x00C0...0x024F,
                                             0x1F600...0x1F64F, 0x0900...0x097F]
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...20, using: &rng) {
                let r = ranges.randomElement(using: &rng)!
                s.append(Unicode.Scalar(UInt32.random(in: r, using: &rng))!)
            }
            texts.append(String(s))
        }
        for t in texts {
            let got = ArabicNormalizer.normalize(t), want = Self.reference(t)
            #expect(Array(got.utf8) == Array(want.utf8), "\(t.debugDescription)")
        }
    }
}
