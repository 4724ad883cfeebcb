import Testing
@testable import RasdCore

/// `TextTokens.words` is tuned for speed; these pin it to the plain definition (normalise each
/// scalar, keep letters and digits, lower-case ASCII, split on the rest), since stored
/// fingerprints and content hashes depend on its exact output.
@Suite struct DedupTextTokensTests {
    /// The definition, written the slow and obvious way.
    static func reference(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for u in text.unicodeScalars {
            guard let m = ArabicNormalizer.map(u) else { continue }
            if m.properties.isAlphabetic || m.properties.numericType != nil {
                current.unicodeScalars.append(m.isASCII ? Unicode.Scalar(UInt8(ascii: m).lowercasedASCII) : m)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    @Test(arguments: [
        "",
        "   ",
        "أعلنت وزارة الدفاع العراقية، صباح الخميس، سقوط ٣ صواريخ على قاعدة عين الأسد.",
        "قُتِلَ جُنْدِيّانِ وأُصيب ثلاثةٌ آخرون — بحسب «مصدر أمني» (رويترز)",
        "Reuters: 2 KILLED in Baghdad; AFP/Getty — ÉTÉ Ñandú ß",
        "الرقم ١٢٬٥٠٠ و٣٫٥ و۴۵ وـــــ تطويل",
        "zero\u{200B}width\u{200F}bidi\u{FEFF}marks",
        "中文 한국어 עברית Ελληνικά русский ½ ² Ⅻ ① 🚀 emoji👍🏽",
        "ی ک ے ۀ ٱلقدس ئ ؤ ة ى",
    ])
    func matchesTheDefinition(_ text: String) {
        #expect(TextTokens.words(text) == Self.reference(text))
    }

    @Test func matchesTheDefinitionOnEveryScalarBelowU0800AndSomeAbove() {
        var text = ""
        for v in UInt32(0)..<0x3100 where v % 7 != 3 {  // a few separators mixed in by skipping
            if let u = Unicode.Scalar(v) { text.unicodeScalars.append(u) }
        }
        #expect(TextTokens.words(text) == Self.reference(text))
        #expect(TextTokens.words(text).count > 10)
    }

    @Test func foldsSpellingAndCase() {
        #expect(TextTokens.words("الأنبار، BAGHDAD ٣") == ["الانبار", "baghdad", "3"])
    }
}

private extension UInt8 {
    var lowercasedASCII: UInt8 { (0x41...0x5A).contains(self) ? self + 0x20 : self }
}
