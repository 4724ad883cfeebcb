import Foundation
import RasdCore
@testable import RasdFeeds

/// Helpers for the fault suites: a seeded generator (mutations are reproducible from the seed
/// printed in a failure), a timed parse that reports what came out, and the process's peak
/// resident memory (a can-fail bound: a parse that balloons raises the high-water mark).
enum FaultSupport {
    /// SplitMix64: tiny, seedable, the same sequence on every platform.
    typealias SeededGenerator = SplitMix64

    /// What one parse produced, reduced to what the assertions look at.
    struct Outcome {
        var feed: Feed?
        var error: FeedParseError?
        var seconds: Double
        /// The `rasd parse --json` rendering (empty when no feed): every string the parser let out.
        var json: String
        var textBytes: Int { json.utf8.count }
    }

    /// Parses, times and renders. Any error other than `FeedParseError` is returned as a failure
    /// message by the caller's `#expect` on `error`.
    static func parse(_ bytes: [UInt8], contentType: String? = nil, baseURL: String? = nil) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        var feed: Feed?
        var failure: FeedParseError?
        do { feed = try FeedParser.parse(bytes, contentType: contentType, baseURL: baseURL) } catch let e as FeedParseError {
            failure = e
        } catch {
            failure = .malformed("unexpected error type: \(error)")
        }
        let elapsed = clock.now - start
        var json = ""
        if let feed { FeedJSON.document(feed, file: "fault").write(into: &json) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Outcome(feed: feed, error: failure, seconds: seconds, json: json)
    }

    /// Peak resident set size of this process so far (VmHWM), in bytes; 0 where /proc is absent.
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kb * 1024
        }
        return 0
    }

    /// The fault fixtures, by name, with the content type each is served with.
    static let fixtures: [(name: String, contentType: String?)] = [
        ("rss2_arabic.xml", "application/rss+xml"), ("atom_arabic.xml", "application/atom+xml"),
        ("rdf_rss10.xml", nil), ("jsonfeed.json", "application/feed+json"),
        ("rss2_windows1256.xml", "text/xml"),
    ]

    static func fixture(_ name: String) throws -> [UInt8] { [UInt8](try Fixtures.data("fault/" + name)) }

    /// An RSS 2.0 document of `count` Arabic items built from the fixture's vocabulary; item `i`
    /// has title "خبر رقم i", link https://example.invalid/news/i and a small HTML description.
    static func rss(items count: Int, description: String = "<p>سقطت قذائف على <b>ريف درعا</b>، وأفاد ناشطون بإصابة طفلين.</p>") -> [UInt8] {
        var s = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>رصد</title><link>https://example.invalid/</link>

        """
        s.reserveCapacity(count * (200 + description.utf8.count))
        let escaped = description.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        for i in 0..<count {
            s += "<item><title>خبر رقم \(i)</title><link>https://example.invalid/news/\(i)</link>"
            s += "<guid>n\(i)</guid><description>\(escaped)</description><pubDate>Tue, 03 Nov 2026 10:00:00 +0300</pubDate></item>\n"
        }
        s += "</channel></rss>\n"
        return Array(s.utf8)
    }
}
