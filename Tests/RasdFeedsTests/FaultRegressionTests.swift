import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// Inputs that once broke something (fuzzer crashes, fault-test findings), kept under
/// `Fixtures/regressions/<target>/` and replayed through the same entry point the fuzz target
/// uses (`Fuzz/Harness/`). Every file is replayed by `replay`; each finding also has a test named
/// after what it caught, asserting the fixed behaviour.
@Suite("Fault: regressions", .serialized, .timeLimit(.minutes(2)))
struct FaultRegressionTests {
    static let targets = ["feedparser", "htmltext", "feeddate", "extractor"]

    static var files: [String] {
        targets.flatMap { target -> [String] in
            let dir = Fixtures.url("regressions/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
        }
    }

    /// The fuzz target's entry, in-process (a crash fails the whole test run, as it should).
    static func replay(_ target: String, _ bytes: [UInt8]) {
        switch target {
        case "feedparser":
            let types: [String?] = [nil, "application/rss+xml", "text/xml; charset=windows-1256", "application/xml; charset=utf-16"]
            for type in types {
                if let feed = try? FeedParser.parse(bytes, contentType: type, baseURL: "http://example.invalid/feed/") {
                    var out = ""
                    FeedJSON.document(feed, file: "regression").write(into: &out)
                }
            }
        case "htmltext":
            _ = HTMLText.text(fromHTML: String(decoding: bytes, as: UTF8.self))
        case "feeddate":
            _ = FeedDateParser.parse(String(decoding: bytes, as: UTF8.self))
        case "extractor":
            let text = String(decoding: bytes, as: UTF8.self)
            _ = IncidentExtractor(places: PlaceTable([])).extract(StoryText(title: "", text: text, published: Date(timeIntervalSince1970: 1_790_000_000)))
        default:
            Issue.record("unknown regression target \(target)")
        }
    }

    @Test(arguments: files)
    func replay(_ file: String) throws {
        let target = String(file.prefix { $0 != "/" })
        let bytes = [UInt8](try Fixtures.data("regressions/" + file))
        let clock = ContinuousClock()
        let start = clock.now
        Self.replay(target, bytes)
        #expect(clock.now - start < .seconds(10), "hang guard")
    }

    @Test func everyTargetFolderIsKnown() throws {
        let present = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("regressions").path).filter { !$0.hasPrefix(".") }
        #expect(Set(present).isSubset(of: Set(Self.targets)), "\(present)")
        #expect(!Self.files.isEmpty)
    }

    /// Fault finding: a UTF-16 HTTP label over single-byte markup decoded the document as UTF-16
    /// and lost the whole feed; the label is now ignored with a warning.
    @Test func utf16HeaderOverSingleByteMarkupKeepsTheFeed() throws {
        let bytes = [UInt8](try Fixtures.data("regressions/feedparser/utf16_header_koi8r_prolog_utf8_bytes.xml"))
        let feed = try FeedParser.parse(bytes, contentType: "application/xml; charset=utf-16")
        #expect(feed.items.count == 1)
        #expect(feed.items.first?.link == "https://example.invalid/news/0")
        #expect(feed.bozo)
        #expect(feed.warnings.contains { $0.contains("label ignored") }, "\(feed.warnings)")
    }

    /// Fault finding: 20,000 references to one 1000-byte entity expanded to 20 MB of text from a
    /// 60 KB document; substitutions now share a per-document budget.
    @Test func quadraticEntityBlowupIsCappedPerDocument() throws {
        let bytes = [UInt8](try Fixtures.data("regressions/feedparser/quadratic_entity_blowup.xml"))
        let feed = try FeedParser.parse(bytes)
        #expect(feed.items.first?.title == "خبر سليم")
        let expanded = feed.items.last?.summary?.utf8.count ?? 0
        #expect(expanded > 0, "substitution still works up to the budget")
        #expect(expanded <= EntityBudget.bytes, "\(expanded) bytes of entity text")
    }
}
