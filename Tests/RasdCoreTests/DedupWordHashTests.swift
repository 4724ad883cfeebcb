import Testing
@testable import RasdCore

/// The content hash and the fingerprint are stored on disk and compared across releases: the
/// versions that take pre-split words and hash without joining strings must give exactly the
/// values of the plain definitions (words joined by spaces, then `StableHash.hash`).
@Suite struct DedupWordHashTests {
    static func referenceContentHash(title: String, text: String) -> UInt64 {
        StableHash.hash((TextTokens.words(title) + ["\u{1}"] + TextTokens.words(text)).joined(separator: " "))
    }

    static func referenceFingerprint(title: String, body: String) -> UInt64? {
        var words = TextTokens.words(body)
        if words.count < TextFingerprint.minimumBodyWords { words = TextTokens.words(title) + words }
        guard words.count >= TextFingerprint.minimumWords else { return nil }
        var seen = Set<UInt64>()
        var votes = [Int](repeating: 0, count: 64)
        for start in 0...(words.count - TextFingerprint.shingleSize) {
            let h = StableHash.hash(words[start..<(start + TextFingerprint.shingleSize)].joined(separator: " "))
            guard seen.insert(h).inserted else { continue }
            for bit in 0..<64 { votes[bit] += (h >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        return (0..<64).reduce(UInt64(0)) { votes[$1] > 0 ? $0 | 1 << UInt64($1) : $0 }
    }

    static let texts: [(String, String)] = [
        ("", ""),
        ("عنوان", ""),
        ("", "قُتل ثلاثة"),
        ("انفجار في بغداد", "قال مصدر أمني إن انفجارا وقع في سوق شعبي وسط المدينة"),
        ("Breaking: attack", "Police said 3 people were killed in an ATTACK on a market, 2 others injured."),
        ("مقتل ٣ في هجوم", String(repeating: "أفادت مصادر محلية بأن قصفا مدفعيا استهدف قرية في ريف إدلب الجنوبي. ", count: 6)),
        ("عاجل", "كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة"),
    ]

    @Test(arguments: texts)
    func contentHashFromWordsIsTheJoinedDefinition(_ title: String, _ text: String) {
        let expected = Self.referenceContentHash(title: title, text: text)
        #expect(ContentHash.of(title: title, text: text) == expected)
        #expect(ContentHash.of(titleWords: TextTokens.words(title), textWords: TextTokens.words(text)) == expected)
    }

    @Test(arguments: texts)
    func fingerprintFromWordsIsTheJoinedDefinition(_ title: String, _ body: String) {
        let expected = Self.referenceFingerprint(title: title, body: body)
        #expect(TextFingerprint.of(title: title, body: body) == expected)
        #expect(TextFingerprint.of(titleWords: TextTokens.words(title), bodyWords: TextTokens.words(body)) == expected)
    }

    @Test func fixtureTextsHashAsDefined() throws {
        for name in ["wire_afp_outlet_a", "own_report_same_attack", "other_attack_same_day"] {
            let text = try Fixtures.text("dedup/\(name).txt")
            #expect(ContentHash.of(title: name, text: text) == Self.referenceContentHash(title: name, text: text))
            #expect(TextFingerprint.of(title: "", body: text) == Self.referenceFingerprint(title: "", body: text))
        }
    }

    @Test func accumulatorIsTheHashOfTheConcatenation() {
        var acc = StableHash.Accumulator()
        acc.add("رصد")
        acc.add(0x20)
        acc.add("news")
        #expect(acc.finish() == StableHash.hash("رصد news"))
        #expect(StableHash.Accumulator().finish() == StableHash.hash(""))
    }
}
