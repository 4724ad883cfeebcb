#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// The kinds of document in feedparser's `illformed/` and `encoding/` test folders, generated
/// here (the suite must not need the shared corpus; `Fuzz/corpus_sweep.sh` runs the real files):
/// every charset × declaration × HTTP content-type shape, and the ill-formed shapes. Each must
/// give a feed or a clear error within the hang guard; where the bytes and the labels agree,
/// the item's title must come out exactly (nothing lost).
@Suite("Fault: corpus-shaped documents", .serialized, .timeLimit(.minutes(2)))
struct FaultCorpusShapeTests {
    struct Doc: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var contentType: String?
        /// The first item's title when it must survive; nil when only "no crash, bounded" holds.
        var title: String?
        var testDescription: String { name }
    }

    /// Converts UTF-8 text to `charset` with glibc's iconv.
    static func encode(_ text: String, _ charset: String) -> [UInt8] {
        let cd = iconv_open(charset, "UTF-8")
        precondition(cd != iconv_t(bitPattern: -1), "iconv has no \(charset)")
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let produced = input.withUnsafeMutableBufferPointer { inBuf -> Int in
            output.withUnsafeMutableBufferPointer { outBuf -> Int in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                precondition(rc != -1, "iconv \(charset) failed: \(String(cString: strerror(errno)))")
                return outBuf.count - outLeft
            }
        }
        return output[0..<produced].map { UInt8(bitPattern: $0) }
    }

    static func rss(declaring encoding: String?, title: String, extraHead: String = "", itemExtra: String = "") -> String {
        let decl = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
        return decl + extraHead + """
        <rss version="2.0"><channel><title>corpus shape</title><link>http://example.invalid/</link>
        <description>d</description>
        <item><title>\(title)</title><link>http://example.invalid/1</link>\(itemExtra)</item>
        </channel></rss>

        """
    }

    /// Titles in each language a legacy charset carries.
    static let legacy: [(charset: String, title: String)] = [
        ("windows-1256", "انفجار عبوة ناسفة في بغداد"), ("iso-8859-6", "انفجار في الموصل"),
        ("windows-1255", "חדשות היום"), ("koi8-r", "Новости дня"), ("big5", "中文新聞"),
        ("gb2312", "中文新闻"), ("euc-kr", "한국어 뉴스"), ("shift_jis", "日本語のニュース"),
        ("euc-jp", "日本語のニュース"), ("tis-620", "ข่าววันนี้"), ("windows-1252", "“smart” quotes — dash"),
    ]
    static let arabic = "سقوط صاروخين على قاعدة عين الأسد"

    static let docs: [Doc] = {
        var out: [Doc] = []
        // chardet/ and the legacy encodings: declared in the XML, and given only by HTTP.
        for (charset, title) in legacy {
            out.append(Doc(name: "\(charset) declared", bytes: encode(rss(declaring: charset, title: title), charset),
                           contentType: nil, title: title))
            out.append(Doc(name: "\(charset) by HTTP charset", bytes: encode(rss(declaring: nil, title: title), charset),
                           contentType: "application/rss+xml; charset=\(charset)", title: title))
            out.append(Doc(name: "\(charset) undeclared", bytes: encode(rss(declaring: nil, title: title), charset),
                           contentType: nil, title: nil))
        }
        // UTF-16/32 in both byte orders, with and without BOM, declared or autodetected.
        for (charset, bom) in [("UTF-16LE", [0xFF, 0xFE]), ("UTF-16BE", [0xFE, 0xFF]),
                               ("UTF-32LE", [0xFF, 0xFE, 0, 0]), ("UTF-32BE", [0, 0, 0xFE, 0xFF])] as [(String, [UInt8])] {
            let declared = rss(declaring: charset.hasPrefix("UTF-16") ? "utf-16" : "utf-32", title: arabic)
            out.append(Doc(name: "\(charset) with BOM", bytes: bom + encode(declared, charset), contentType: nil, title: arabic))
            out.append(Doc(name: "\(charset) autodetect", bytes: encode(declared, charset), contentType: nil, title: arabic))
            out.append(Doc(name: "\(charset) no declaration", bytes: encode(rss(declaring: nil, title: arabic), charset),
                           contentType: nil, title: nil))
        }
        let utf8 = Array(rss(declaring: "utf-8", title: arabic).utf8)
        out.append(Doc(name: "utf-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + utf8, contentType: nil, title: arabic))
        // HTTP content types against the declaration (http_*_charset_overrides_encoding, *_default, bogus).
        let declaredLatin = encode(rss(declaring: "iso-8859-1", title: "caf\u{E9}"), "iso-8859-1")
        for type in ["application/xml", "application/rss+xml", "application/atom+xml", "application/xml-dtd",
                     "application/xml-external-parsed-entity", "text/xml", "text/rss+xml", "text/atom+xml",
                     "text/xml-external-parsed-entity", "text/plain"] {
            out.append(Doc(name: "\(type) utf-8 charset over utf-8 bytes", bytes: utf8, contentType: "\(type); charset=utf-8", title: arabic))
            out.append(Doc(name: "\(type) no charset", bytes: utf8, contentType: type, title: nil))
            out.append(Doc(name: "\(type) charset overrides encoding", bytes: declaredLatin, contentType: "\(type); charset=utf-8", title: nil))
        }
        out.append(Doc(name: "bogus charset", bytes: utf8, contentType: "text/xml; charset=x-no-such-charset", title: nil))
        out.append(Doc(name: "bogus parameter", bytes: utf8, contentType: "text/xml; nonsense; charset", title: nil))
        out.append(Doc(name: "quoted charset with q", bytes: utf8, contentType: "text/xml; charset=\"utf-8\"; q=0.5", title: arabic))
        out.append(Doc(name: "bogus declared encoding", bytes: Array(rss(declaring: "x-bogus", title: arabic).utf8), contentType: nil, title: nil))
        out.append(Doc(name: "declared utf-16, bytes utf-8", bytes: Array(rss(declaring: "utf-16", title: arabic).utf8), contentType: nil, title: nil))
        out.append(Doc(name: "invalid bytes after a BOM", bytes: [0xEF, 0xBB, 0xBF] + Array(utf8.prefix(120)) + [0xC0, 0xFF, 0xFE, 0x80] + utf8.dropFirst(120),
                       contentType: nil, title: nil))
        var noise = SplitMix64(seed: 0x6C69_6E65)
        out.append(Doc(name: "line noise", bytes: (0..<4096).map { _ in UInt8(truncatingIfNeeded: noise.next()) }, contentType: "text/xml", title: nil))
        out.append(Doc(name: "double-encoded html", bytes: Array(rss(declaring: "utf-8", title: "&amp;lt;b&amp;gt;خبر&amp;lt;/b&amp;gt;").utf8),
                       contentType: nil, title: nil))
        out.append(Doc(name: "encoding attribute in an element", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       itemExtra: "<description encoding=\"base64\">بلا</description>").utf8), contentType: nil, title: arabic))
        // illformed/
        out.append(Doc(name: "empty document", bytes: [], contentType: "text/xml", title: nil))
        out.append(Doc(name: "declaration only", bytes: Array("<?xml version=\"1.0\"?>\n".utf8), contentType: nil, title: nil))
        out.append(Doc(name: "incomplete CDATA", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       itemExtra: "<description><![CDATA[<p>نص").utf8), contentType: nil, title: nil))
        out.append(Doc(name: "corrupted ampersands in a link", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       itemExtra: "<comments>http://example.invalid/?a=1&b=2&&c</comments>").utf8), contentType: nil, title: nil))
        out.append(Doc(name: "undeclared namespace", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       itemExtra: "<dc:creator>مراسل</dc:creator><media:content url=\"x\"/>").utf8), contentType: nil, title: arabic))
        out.append(Doc(name: "doctype with internal subset", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       extraHead: "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\" [<!ENTITY n \"n\">]>\n").utf8),
                       contentType: nil, title: arabic))
        let dated = Array(rss(declaring: "utf-8", title: arabic, itemExtra: "<pubDate>Mon, 01 Jul 2024 XX:00:00 +0300</pubDate>").utf8)
        let at = dated.firstRange(of: Array("XX".utf8))!
        out.append(Doc(name: "high-bit bytes in a date", bytes: Array(dated[..<at.lowerBound]) + [0xE9, 0xFF] + Array(dated[at.upperBound...]),
                       contentType: nil, title: arabic))
        out.append(Doc(name: "garbage pubDate", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       itemExtra: "<pubDate>\u{00E9}t\u{00E9} 32 Foo 99999 25:61:61 +9999</pubDate>").utf8), contentType: nil, title: arabic))
        out.append(Doc(name: "empty textInput", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       itemExtra: "<textInput></textInput>").utf8), contentType: nil, title: arabic))
        out.append(Doc(name: "GeoRSS without coordinates", bytes: Array(rss(declaring: "utf-8", title: arabic,
                       itemExtra: "<georss:point xmlns:georss=\"http://www.georss.org/georss\"></georss:point><georss:polygon xmlns:georss=\"http://www.georss.org/georss\">1 2 3</georss:polygon>").utf8),
                       contentType: nil, title: arabic))
        return out
    }()

    @Test(arguments: docs)
    func corpusShapeGivesAFeedOrAClearError(_ doc: Doc) {
        let outcome = FaultSupport.parse(doc.bytes, contentType: doc.contentType)
        FaultMutationTests.expectSane(outcome, doc.name)
        if let title = doc.title {
            #expect(outcome.feed?.items.first?.title == title, "\(doc.name): \(String(describing: outcome.error)) \(outcome.feed?.encoding ?? "")")
        }
    }
}
