import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// The `rasd parse --json` contract, pinned by golden files beside the fixtures
/// (`Fixtures/feeds/<case>.json`). Re-record on purpose with `RECORD_GOLDEN=1`; the test then
/// fails so a recording never passes silently.
@Suite struct GoldenJSONTests {
    @Test(arguments: ["rss20_arabic.xml", "atom10.xml", "cp1256_undeclared.xml", "jsonfeed11.json"])
    func matchesGolden(_ file: String) throws {
        let feed = try FeedParser.parse(Fixtures.data("feeds/\(file)"))
        let actual = FeedJSON.document(feed, file: file).serialized() + "\n"
        let golden = (file as NSString).deletingPathExtension + ".golden.json"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            // Write into the source tree (the bundle is a copy).
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/feeds/\(golden)")
            try Data(actual.utf8).write(to: source)
            Issue.record("recorded \(golden); run again without RECORD_GOLDEN")
            return
        }
        let expected = try Fixtures.text("feeds/\(golden)")
        #expect(actual == expected)
    }

    @Test func keysComeInTheDocumentedOrder() throws {
        let feed = try FeedParser.parse(Fixtures.data("feeds/rss20_arabic.xml"))
        guard case .object(let top) = FeedJSON.document(feed, file: "f") else { Issue.record("not an object"); return }
        #expect(top.map(\.0) == ["file", "format", "encoding", "bozo", "warnings", "feed", "items"])
        guard case .object(let f)? = top.first(where: { $0.0 == "feed" })?.1 else { Issue.record("no feed"); return }
        #expect(f.map(\.0) == ["title", "link", "subtitle", "language", "updated", "id", "author", "ttl"])
        guard case .array(let items)? = top.first(where: { $0.0 == "items" })?.1, case .object(let i)? = items.first else {
            Issue.record("no items"); return
        }
        #expect(i.map(\.0) == ["id", "title", "link", "published", "updated", "summary", "content", "author", "categories", "enclosures"])
    }

    @Test(arguments: ["rss20_arabic.xml", "atom10.xml", "jsonfeed11.json", "malformed_recoverable.xml"])
    func fastWriterMatchesTheJSONValueSerialisation(_ file: String) throws {
        var feed = try FeedParser.parse(Fixtures.data("feeds/\(file)"))
        feed.warnings.append("control \u{1} tab \t quote \" backslash \\ separator \u{2028} end")
        var bytes: [UInt8] = []
        FeedJSONWriter.write(feed, file: "a\"b.xml", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == FeedJSON.document(feed, file: "a\"b.xml").serialized())
        var failure: [UInt8] = []
        FeedJSONWriter.writeFailure(file: "x", error: "bad\nthing", into: &failure)
        #expect(String(decoding: failure, as: UTF8.self) == FeedJSON.failure(file: "x", error: "bad\nthing").serialized())
    }
}
