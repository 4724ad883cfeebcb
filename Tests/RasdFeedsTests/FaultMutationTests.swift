import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// Generated damage to well-formed feeds: every outcome must be a `Feed` (possibly bozo) or a
/// `FeedParseError`, within a hang guard, with `--json` output that is still valid JSON.
/// Wall-clock bounds here are generous hang guards for a debug build, not performance claims.
@Suite("Fault: mutated feeds", .serialized, .timeLimit(.minutes(5)))
struct FaultMutationTests {
    static let hangGuard = 10.0

    static func expectSane(_ outcome: FaultSupport.Outcome, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(outcome.seconds < hangGuard, "\(what): \(outcome.seconds) s", sourceLocation: sourceLocation)
        if outcome.feed == nil {
            #expect(outcome.error != nil, "\(what): neither a feed nor an error", sourceLocation: sourceLocation)
            if case .malformed(let m) = outcome.error { #expect(!m.hasPrefix("unexpected error type"), "\(what): \(m)", sourceLocation: sourceLocation) }
        } else {
            let parsed = try? JSONSerialization.jsonObject(with: Data(outcome.json.utf8))
            #expect(parsed != nil, "\(what): --json output is not valid JSON", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: FaultSupport.fixtures.map(\.name) + ["generated-60-items"])
    func truncationAtEveryKilobyte(_ name: String) throws {
        let whole = name.hasPrefix("generated") ? FaultSupport.rss(items: 60) : try FaultSupport.fixture(name)
        let type = FaultSupport.fixtures.first { $0.name == name }?.contentType
        var cuts = Array(stride(from: 1024, to: whole.count, by: 1024))
        cuts.append(whole.count - 1)
        for cut in cuts {
            let prefix = Array(whole[..<cut])
            let outcome = FaultSupport.parse(prefix, contentType: type)
            Self.expectSane(outcome, "\(name) cut at \(cut)")
            if name.hasPrefix("generated") {
                // Recovery keeps every item that was complete before the cut: nothing already received is lost.
                let complete = String(decoding: prefix, as: UTF8.self).components(separatedBy: "</item>").count - 1
                #expect((outcome.feed?.items.count ?? 0) >= complete, "cut at \(cut): \(complete) complete items")
            }
        }
    }

    @Test(arguments: FaultSupport.fixtures)
    func seededByteFlips(_ name: String, _ contentType: String?) throws {
        let original = try FaultSupport.fixture(name)
        var rng = FaultSupport.SeededGenerator(seed: 0x7261_7364 ^ UInt64(original.count))
        for round in 0..<300 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            Self.expectSane(FaultSupport.parse(bytes, contentType: contentType), "\(name) flip round \(round)")
        }
    }

    /// Documents whose bytes disagree with their declared encoding, or mix two encodings.
    static let mixedEncodings: [(name: String, bytes: [UInt8], contentType: String?)] = {
        let utf8Doc = FaultSupport.rss(items: 3)
        let text = String(decoding: utf8Doc, as: UTF8.self)
        let cp1256Title: [UInt8] = [0xC7, 0xE4, 0xDD, 0xCC, 0xC7, 0xD1]  // "انفجار" in windows-1256
        func replacing(_ needle: String, with bytes: [UInt8], in doc: [UInt8]) -> [UInt8] {
            let d = String(decoding: doc, as: UTF8.self)
            guard let r = d.range(of: needle) else { return doc }
            return Array(d[..<r.lowerBound].utf8) + bytes + Array(d[r.upperBound...].utf8)
        }
        let cp1256Declared = Array(text.replacingOccurrences(of: "encoding=\"utf-8\"", with: "encoding=\"windows-1256\"").utf8)
        var utf16 = [UInt8]([0xFF, 0xFE])
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return [
            ("utf-8 with a windows-1256 title", replacing("خبر رقم 1", with: cp1256Title, in: utf8Doc), nil),
            ("windows-1256 declared, utf-8 bytes", cp1256Declared, nil),
            ("utf-16le BOM, utf-8 declared", utf16, nil),
            ("utf-8 bytes, header says iso-8859-1", utf8Doc, "text/xml; charset=iso-8859-1"),
            ("overlong and 5-byte sequences", replacing("خبر رقم 1", with: [0xC0, 0xAF, 0xF8, 0x88, 0x80, 0x80, 0x80, 0xED, 0xA0, 0x80], in: utf8Doc), nil),
            ("NUL bytes in text", replacing("خبر رقم 1", with: [0x41, 0x00, 0x42, 0x00], in: utf8Doc), nil),
            ("utf-8 bytes, prolog says koi8-r, header says utf-16",
             Array(text.replacingOccurrences(of: "encoding=\"utf-8\"", with: "encoding=\"koi8-r\"").utf8), "application/xml; charset=utf-16"),
        ]
    }()

    @Test(arguments: mixedEncodings.indices)
    func mixedEncodingsKeepTheCleanItems(_ index: Int) {
        let c = Self.mixedEncodings[index]
        let outcome = FaultSupport.parse(c.bytes, contentType: c.contentType)
        Self.expectSane(outcome, c.name)
        let feed = outcome.feed
        #expect(feed != nil, "\(c.name): \(String(describing: outcome.error))")
        #expect(feed?.items.count == 3, "\(c.name)")
        #expect(feed?.items.first?.link == "https://example.invalid/news/0", "\(c.name): an untouched item survives")
    }

    @Test func hundredThousandItems() {
        let doc = FaultSupport.rss(items: 100_000, description: "خبر قصير")
        let peakBefore = FaultSupport.peakResidentBytes()
        let outcome = FaultSupport.parse(doc)
        let growth = FaultSupport.peakResidentBytes() - peakBefore
        #expect(outcome.seconds < 60, "hang guard: \(outcome.seconds) s for \(doc.count) bytes")
        #expect(outcome.feed?.items.count == 100_000)
        #expect(outcome.feed?.items.last?.title == "خبر رقم 99999")
        #expect(growth < 1_500_000_000, "peak memory grew by \(growth) bytes for a \(doc.count)-byte feed")
    }

    @Test func tenMegabyteSingleItem() {
        let paragraph = "<p>قال مصدر أمني إن انفجار عبوة ناسفة استهدف دورية للجيش جنوب الموصل، ما أدى إلى مقتل جنديين.</p>\n"
        let repeats = 10 * 1024 * 1024 / paragraph.utf8.count
        let doc = FaultSupport.rss(items: 1, description: String(repeating: paragraph, count: repeats))
        #expect(doc.count > 10_000_000)
        let peakBefore = FaultSupport.peakResidentBytes()
        let outcome = FaultSupport.parse(doc)
        let growth = FaultSupport.peakResidentBytes() - peakBefore
        #expect(outcome.seconds < 60, "hang guard: \(outcome.seconds) s")
        let summary = outcome.feed?.items.first?.summary ?? ""
        #expect(outcome.feed?.items.count == 1)
        #expect(summary.contains("جنوب الموصل"))
        #expect(!summary.contains("<p>"), "HTML was turned into text")
        #expect(summary.utf8.count > 5_000_000, "the text was kept, not dropped: \(summary.utf8.count) bytes")
        #expect(growth < 1_500_000_000, "peak memory grew by \(growth) bytes")
    }

    static let depth = 100_000
    static let deepDocuments: [(name: String, bytes: [UInt8], contentType: String?)] = {
        let open = String(repeating: "<div>", count: depth), close = String(repeating: "</div>", count: depth)
        let head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>قبل</title></item><item><title>x</title><description>"
        let tail = "</description></item></channel></rss>"
        let cdata = head + "<![CDATA[" + String(repeating: "<b>", count: depth) + "نص" + "]]>" + tail
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>قبل</title><id>1</id></entry><entry><id>2</id><title>x</title><content type=\"xhtml\">"
            + "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + open + "نص" + close + "</div></content></entry></feed>"
        let json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[{\"id\":\"1\",\"title\":\"قبل\"},{\"id\":\"2\",\"tags\":"
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}]}"
        return [
            ("100k nested XML elements in a description", Array((head + open + "نص" + close + tail).utf8), nil),
            ("100k unclosed HTML tags in CDATA", Array(cdata.utf8), nil),
            ("100k nested XHTML divs in Atom content", Array(atom.utf8), nil),
            ("100k nested JSON arrays", Array(json.utf8), "application/feed+json"),
            ("100k unclosed XML elements", Array((head + open).utf8), nil),
        ]
    }()

    @Test(arguments: deepDocuments.indices)
    func deeplyNestedElements(_ index: Int) {
        let c = Self.deepDocuments[index]
        let outcome = FaultSupport.parse(c.bytes, contentType: c.contentType)
        Self.expectSane(outcome, c.name)
        if let feed = outcome.feed {
            #expect(feed.items.first?.title == "قبل", "\(c.name): the item before the deep one is kept")
        }
    }
}
