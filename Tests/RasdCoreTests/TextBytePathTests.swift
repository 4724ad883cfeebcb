import Testing
@testable import RasdCore

/// Sentence cutting, furniture removal, trimming and the story identity hashes read UTF-8 bytes
/// now (they were a third of a first poll cycle's CPU). These tests pin each one to the plain
/// implementation it replaced, kept here as the reference, on the fixture stories and on seeded
/// random texts of the characters the byte paths treat specially.
@Suite struct TextBytePathTests {
    // MARK: references (the implementations before the byte paths)

    static func referenceTrim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    static func referenceSplit(_ text: String) -> [String] {
        var out: [String] = []
        let view = text.unicodeScalars
        var start = view.startIndex
        func flush(_ end: String.UnicodeScalarView.Index) {
            let t = referenceTrim(String(view[start..<end]))
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

    static func referenceIsBoilerplate(_ line: String) -> Bool {
        let t = referenceTrim(line)
        if t.isEmpty { return true }
        if t.hasPrefix("[") && t.hasSuffix("]") && t.count < 20 { return true }
        let n = ArabicNormalizer.normalize(String(t.prefix(40)))
        let words = t.utf8.reduce(1) { $0 + ($1 == 32 ? 1 : 0) }
        for p in ArabicBoilerplate.linePrefixes where n.utf8.starts(with: p.utf8) {
            if words <= 12 || ArabicBoilerplate.teaserPrefixes.contains(p) { return true }
        }
        if n.hasPrefix("#") && words <= 6 { return true }
        return false
    }

    static func referenceClean(_ text: String) -> String {
        var out = ""
        var teaserLinesLeft = 0
        for line in text.utf8.split(separator: 10, omittingEmptySubsequences: true) {
            let l = String(Substring(line))
            if teaserLinesLeft > 0 && ArabicBoilerplate.isHeadlineLike(l) { teaserLinesLeft -= 1; continue }
            teaserLinesLeft = 0
            if referenceIsBoilerplate(l) {
                if ArabicBoilerplate.isTeaserHeader(l) { teaserLinesLeft = ArabicBoilerplate.teaserBlockLines }
                continue
            }
            if !out.isEmpty { out += "\n" }
            out += ArabicBoilerplate.removingAdMarkers(l)
        }
        return out
    }

    static func referenceSimhash(_ words: [String]) -> UInt64? {
        guard words.count >= TextFingerprint.minimumWords else { return nil }
        var seen = Set<UInt64>()
        var ones = [Int32](repeating: 0, count: 64)
        var total: Int32 = 0
        let n = TextFingerprint.shingleSize
        for start in 0...(words.count - n) {
            let h = StableHash.hash(words[start..<(start + n)].joined(separator: " "))
            guard seen.insert(h).inserted else { continue }
            total += 1
            for bit in 0..<64 { ones[bit] += Int32((h >> UInt64(bit)) & 1) }
        }
        var fp: UInt64 = 0
        for bit in 0..<64 where 2 * ones[bit] > total { fp |= 1 << UInt64(bit) }
        return fp
    }

    static func referenceContentHash(_ title: [String], _ text: [String]) -> UInt64 {
        StableHash.hash(title.map { $0 + " " }.joined() + "\u{01}" + text.map { " " + $0 }.joined())
    }

    // MARK: inputs

    /// Fixture titles and bodies, plus seeded random texts built from pieces the byte paths
    /// treat specially: cuts, sentence punctuation before digits and letters, quotes, Unicode
    /// spaces, furniture prefixes, `[ad_N]` markers, hashtags, marks, emoji and Latin.
    static func texts() throws -> [String] {
        var texts: [String] = []
        for (_, story) in try ExtractionCueScreenTests.fixtureStories() { texts += [story.title, story.text] }
        var rng = SplitMix64(seed: 0x7E57_B17E)
        let pieces = ["قصف", " ", "  ", ".", ". ", "!", "?", "؟", "؛", "\n", "\r\n", "\u{2029}", "\u{00A0}", "\u{3000}",
                      "\u{2003}", "\t", "2", "٣", ".5", "\"", "\u{201D}", "اقرأ أيضا", "المصدر: وكالة", "شارك",
                      "[ad_1]", "[صورة]", "#عاجل", "#", "ـ", "\u{064E}", "\u{200F}", "é", "Attack", "😀", "\u{0301}",
                      "مقتل 3 جنود", "(CNN)--", "،", "x.y", "..."]
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...24, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        return texts
    }

    // MARK: tests

    @Test func trimmingMatchesReference() throws {
        for t in try Self.texts() {
            #expect(t.trimmingWhitespace() == Self.referenceTrim(t), "\(t.debugDescription)")
        }
    }

    @Test func sentenceSplitMatchesReference() throws {
        var sentences = 0
        for t in try Self.texts() {
            let got = ArabicSentenceSplitter.split(t)
            #expect(got == Self.referenceSplit(t), "\(t.debugDescription)")
            sentences += got.count
        }
        #expect(sentences > 3000)
    }

    @Test(arguments: [
        ("أعلن الجيش. وقال المتحدث", ["أعلن الجيش.", "وقال المتحدث"]),
        ("بلغ 2.5 مليون؟ نعم", ["بلغ 2.5 مليون؟", "نعم"]),
        ("سطر\r\nآخر\u{2029}ثالث", ["سطر", "آخر", "ثالث"]),
        ("قال: \"انتهى.\" ثم", ["قال: \"انتهى.", "\" ثم"]),
    ])
    func sentenceCuts(text: String, expected: [String]) {
        #expect(ArabicSentenceSplitter.split(text) == expected)
    }

    @Test func cleanMatchesReference() throws {
        var dropped = 0
        for t in try Self.texts() {
            let got = ArabicBoilerplate.clean(t)
            #expect(got == Self.referenceClean(t), "\(t.debugDescription)")
            for line in t.split(separator: "\n") where ArabicBoilerplate.isBoilerplate(String(line)) { dropped += 1 }
        }
        #expect(dropped > 100)
    }

    @Test func wordListMatchesWords() throws {
        for t in try Self.texts() {
            let list = TextTokens.wordList(t)
            #expect(list.strings == TextTokens.words(t))
            #expect(list.bytes.count == list.strings.reduce(0) { $0 + $1.utf8.count })
        }
    }

    @Test func identityHashesMatchReference() throws {
        let texts = try Self.texts()
        var fingerprints = 0
        for (title, body) in zip(texts, texts.dropFirst()) {
            let tw = TextTokens.words(title), bw = TextTokens.words(body)
            let tl = TextTokens.wordList(title), bl = TextTokens.wordList(body)
            #expect(ContentHash.of(titleWords: tl, textWords: bl) == Self.referenceContentHash(tw, bw))
            #expect(ContentHash.of(titleWords: tl, textWords: bl) == ContentHash.of(titleWords: tw, textWords: bw))
            let expected = Self.referenceSimhash(bw.count < TextFingerprint.minimumBodyWords ? tw + bw : bw)
            #expect(TextFingerprint.of(titleWords: tl, bodyWords: bl) == expected)
            #expect(TextFingerprint.of(title: title, body: body) == expected)
            if expected != nil { fingerprints += 1 }
        }
        #expect(fingerprints > 1000)
    }
}

extension TextBytePathTests {
    /// Thousands of distinct shingles (counts reach the higher bit planes of `simhash`), and
    /// repeated shingles (counted once).
    @Test(arguments: [200, 5_000, 40_000])
    func longTextFingerprint(words: Int) {
        var rng = SplitMix64(seed: UInt64(words))
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأة")
        let vocabulary = (0..<3_000).map { _ in String((0..<Int.random(in: 2...7, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) }
        var body = (0..<words).map { _ in vocabulary.randomElement(using: &rng)! }
        body += body.prefix(words / 4)
        let text = body.joined(separator: " ")
        let expected = Self.referenceSimhash(TextTokens.words(text))
        #expect(expected != nil)
        #expect(TextFingerprint.of(title: "", body: text) == expected)
    }
}

/// The precheck's id-based kind word test answers as `ActorBackReference.hasKindWord`.
@Suite struct PrecheckKindWordTests {
    @Test func kindWordByIdsMatchesReference() throws {
        var sentences = 0, withKind = 0
        var texts = try TextBytePathTests.texts()
        texts += ["وتبنى التنظيم الهجوم", "وقالت الحركة في بيان", "والجماعة", "للميليشيات", "تنظيم", "الحركات", "بالمليشيا"]
        for t in texts {
            for s in ArabicSentenceSplitter.split(t) {
                let tokens = ArabicTokenizer.tokenize(s)
                let expected = ActorBackReference.hasKindWord(tokens)
                #expect(IncidentExtractor.hasKindWord(tokens) == expected, "\(s)")
                sentences += 1
                if expected { withKind += 1 }
            }
        }
        #expect(sentences > 1000)
        #expect(withKind >= 5)
    }
}
