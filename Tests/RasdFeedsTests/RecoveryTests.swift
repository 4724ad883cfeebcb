import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// Broken XML is recovered where libxml2 can (bozo + warnings); a document that yields nothing
/// is an error carrying the parser's message. Bad input never crashes.
@Suite struct RecoveryTests {
    @Test func malformedFeedIsRecoveredAndFlagged() throws {
        let f = try FeedParser.parse(Fixtures.data("feeds/malformed_recoverable.xml"))
        #expect(f.bozo)
        #expect(f.title == "Broken & unescaped")
        #expect(f.items.count >= 1)
        #expect(f.warnings.contains { $0.hasPrefix("XML: line ") })
    }

    @Test func notXMLIsAnErrorWithTheParserMessage() throws {
        #expect {
            try FeedParser.parse(Fixtures.data("feeds/not_xml.txt"))
        } throws: { error in
            guard case FeedParseError.malformed(let message) = error else { return false }
            return message.contains("line 1")
        }
    }

    @Test func webPageIsNotAFeed() throws {
        #expect(throws: FeedParseError.notAFeed("root element <html>")) {
            try FeedParser.parse(Fixtures.data("feeds/not_a_feed.xml"))
        }
    }

    @Test(arguments: ["", "   \n", "{\"not\": \"a feed\"}", "{broken json"])
    func emptyOrForeignInputThrows(_ text: String) {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Array(text.utf8)) }
    }

    @Test func truncatedDocumentKeepsWhatItHas() throws {
        let full = try String(decoding: Fixtures.data("feeds/rss20_arabic.xml"), as: UTF8.self)
        let cut = String(full.prefix(full.count * 2 / 3))
        let f = try FeedParser.parse(Array(cut.utf8))
        #expect(f.bozo)
        #expect(f.title == "أخبار العالم العربي")
        #expect(!f.items.isEmpty)
    }

    @Test func randomBytesNeverCrash() {
        var rng = SystemRandomNumberGenerator()
        let seeds = try? Fixtures.data("feeds/rss20_arabic.xml")
        let base = [UInt8](seeds ?? Data())
        for _ in 0..<200 {
            var b = base
            for _ in 0..<20 { b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            _ = try? FeedParser.parse(b)
        }
        #expect(base.count > 1000)
    }

    @Test func parsesConcurrentlyFromManyThreads() async throws {
        let bytes = try [UInt8](Fixtures.data("feeds/rss20_arabic.xml"))
        let legacy = try [UInt8](Fixtures.data("feeds/cp1256_undeclared.xml"))
        let titles = try await withThrowingTaskGroup(of: String?.self) { group in
            for n in 0..<64 {
                group.addTask { try FeedParser.parse(n.isMultiple(of: 2) ? bytes : legacy).items.first?.title }
            }
            var out: [String?] = []
            for try await t in group { out.append(t) }
            return out
        }
        #expect(titles.count == 64)
        #expect(Set(titles) == ["غارة جوية على \"مخزن\" للأسلحة…", "انفجار عبوة ناسفة في بغداد"])
    }
}
