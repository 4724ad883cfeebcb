import Foundation
import Testing
@testable import RasdFeeds

/// Charset order: BOM, XML declaration against HTTP charset, Arabic code-page heuristic, lossy UTF-8.
/// The legacy fixtures are real windows-1256 / ISO-8859-6 bytes (see Fixtures/feeds/make_fixtures.py).
@Suite struct CharsetDetectorTests {
    static let arabicTitle = "انفجار عبوة ناسفة في بغداد"

    @Test(arguments: [
        ("cp1256_declared.xml", nil, "windows-1256", false),
        ("iso88596_declared.xml", nil, "iso-8859-6", false),
        ("cp1256_undeclared.xml", nil, "windows-1256", true),
        ("iso88596_undeclared.xml", nil, "iso-8859-6", true),
        ("cp1256_declared_utf8.xml", nil, "windows-1256", true),  // declaration lies: bytes win
        ("cp1256_undeclared.xml", "text/xml; charset=cp1256", "windows-1256", false),
        ("iso88596_undeclared.xml", "application/rss+xml; charset=arabic", "iso-8859-6", false),
        ("utf8_bom.xml", nil, "utf-8", false),
        ("utf16le_bom.xml", nil, "utf-16le", false),
        ("utf16be_nobom.xml", nil, "utf-16be", false),
    ] as [(String, String?, String, Bool)])
    func decodesArabicFromEveryEncoding(_ file: String, _ contentType: String?, _ encoding: String, _ bozo: Bool) throws {
        let feed = try FeedParser.parse(Fixtures.data("feeds/\(file)"), contentType: contentType)
        #expect(feed.encoding == encoding)
        #expect(feed.bozo == bozo)
        #expect(feed.title == Self.arabicTitle)
        #expect(feed.items.first?.summary?.hasPrefix("قالت الشرطة") == true)
    }

    @Test func heuristicIsRecordedAsWarning() throws {
        let feed = try FeedParser.parse(Fixtures.data("feeds/cp1256_undeclared.xml"))
        #expect(feed.warnings.contains { $0.contains("heuristic") })
    }

    @Test func aFewBadBytesInUTF8AreReplacedNotReinterpreted() throws {
        let feed = try FeedParser.parse(Fixtures.data("feeds/utf8_mostly_with_bad_byte.xml"))
        #expect(feed.encoding == "utf-8")
        #expect(feed.bozo)
        #expect(feed.title == Self.arabicTitle + "\u{FFFD}")
        #expect(feed.warnings.contains { $0.contains("U+FFFD") })
    }

    @Test func latinTextIsNotMistakenForArabic() throws {
        let decoded = CharsetDetector.decode(try [UInt8](Fixtures.data("feeds/latin_undeclared.xml")), contentType: nil)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.bozo)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("Caf\u{FFFD}"))
    }

    @Test(arguments: [
        ("utf8", "utf-8"), ("UTF-8", "utf-8"), ("cp1256", "windows-1256"), ("Windows-1256", "windows-1256"),
        ("x-cp1256", "windows-1256"), ("arabic", "iso-8859-6"), ("ISO_8859-6", "iso-8859-6"),
        ("iso8859-6", "iso-8859-6"), ("latin1", "iso-8859-1"), ("\"utf-8\"", "utf-8"), ("gb2312", "gb18030"),
    ])
    func aliases(_ label: String, _ canonical: String) {
        #expect(CharsetNames.canonical(label) == canonical)
    }

    @Test func duplicatedCharsetParametersFirstWinsWithWarning() throws {
        let ct = ContentType("text/xml; charset=windows-1256; charset=utf-8")
        #expect(ct?.charset == "windows-1256")
        #expect(ct?.conflictingCharsets == ["utf-8"])
        let feed = try FeedParser.parse(Fixtures.data("feeds/cp1256_undeclared.xml"), contentType: "text/xml; charset=windows-1256; charset=utf-8")
        #expect(feed.title == Self.arabicTitle)
        #expect(feed.warnings.contains { $0.contains("several charsets") })
    }

    @Test func httpCharsetOverridesDeclarationWithWarning() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><title>x</title></channel></rss>".utf8)
        let d = CharsetDetector.decode(bytes, contentType: "application/xml; charset=utf-8")
        #expect(d.encoding == "utf-8")
        #expect(d.warnings.contains { $0.contains("overrides") })
    }

    @Test func singleByteLabelOverValidUTF8ArabicBelievesTheBytes() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>\(Self.arabicTitle)</title></channel></rss>".utf8)
        let d = CharsetDetector.decode(bytes, contentType: "text/xml; charset=windows-1256")
        #expect(d.encoding == "utf-8")
        #expect(String(decoding: d.utf8, as: UTF8.self).contains(Self.arabicTitle))
    }

    @Test func unknownCharsetIsBozo() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss/>".utf8)
        let d = CharsetDetector.decode(bytes, contentType: nil)
        #expect(d.bozo)
        #expect(d.warnings.contains { $0.contains("unknown charset") })
        #expect(d.encoding == "utf-8")
    }

    @Test func utf8ValidatorRejectsOverlongsAndSurrogates() {
        func valid(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer { Transcoder.isValidUTF8($0) } }
        #expect(valid(Array("abc نص 😀".utf8)))
        #expect(!valid([0xC0, 0xAF]))  // overlong '/'
        #expect(!valid([0xED, 0xA0, 0x80]))  // surrogate
        #expect(!valid([0xD9]))  // truncated
        #expect(!valid(Array("abcdefgh".utf8) + [0xFF]))
    }

    /// Declared UTF-8, really windows-1256, with the Arabic only inside a large CDATA section:
    /// the fast path must not lift it unvalidated; the document is decoded the careful way.
    @Test func legacyBytesHiddenInCDATAAreStillDetected() throws {
        let body = String(repeating: Self.arabicTitle + " ", count: 20)
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title><item><description><![CDATA[<p>\(body)</p>]]></description></item></channel></rss>"
        let cp1256 = Array(xml.unicodeScalars).map { u -> UInt8 in
            if u.value < 0x80 { return UInt8(u.value) }
            return UInt8(SingleByteTables.windows1256.firstIndex(of: UInt16(u.value))! + 0x80)
        }
        let feed = try FeedParser.parse(cp1256)
        #expect(feed.encoding == "windows-1256")
        #expect(feed.bozo)
        #expect(feed.items.first?.summary?.hasPrefix(Self.arabicTitle) == true)
    }
}
