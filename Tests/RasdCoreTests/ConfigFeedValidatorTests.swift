import Testing
@testable import RasdCore

@Suite("Feed validation across lists")
struct ConfigFeedValidatorTests {
    static func def(_ id: String, url: String = "https://news.example/rss", file: String = "a.toml", line: Int = 1,
                    interval: Int? = nil, timeZone: String? = nil, userAgent: String? = nil) -> FeedDefinition {
        FeedDefinition(feed: FeedConfig(id: id, url: url, interval: interval, userAgent: userAgent, timeZone: timeZone,
                                        origin: SourceLocation(file: file, line: line)),
                       keyLines: ["id": line + 1, "url": line + 2, "interval": line + 3, "time_zone": line + 4])
    }

    @Test func duplicateIDsNameBothLocations() throws {
        let errors = FeedValidator.validate([Self.def("bbc", file: "a.toml", line: 10),
                                             Self.def("bbc", file: "b.toml", line: 3)], config: DaemonConfig())
        let e = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(e.kind == .duplicateID)
        #expect(e.location == SourceLocation(file: "b.toml", line: 4, key: "id"))
        #expect(e.message.contains("a.toml:10"))
    }

    @Test(arguments: [
        ("ftp://x.example/feed", "scheme"), ("https://", "no host"), ("news.example/rss", "no scheme"),
        ("https://news.example/a b", "whitespace"), ("", "empty"), ("file:///etc/passwd", "scheme"),
        ("http://[::1", "not a valid URL"),
    ])
    func badURLs(url: String, reason: String) throws {
        let errors = FeedValidator.validate([Self.def("x", url: url, line: 5)], config: DaemonConfig())
        let e = try #require(errors.first)
        #expect(e.kind == .badURL)
        #expect(e.location.line == 7 && e.location.key == "url")
        #expect(e.message.contains(reason), "\(e.message)")
    }

    @Test(arguments: ["https://news.example/rss", "HTTP://News.Example:8080/feed?x=1", "https://127.0.0.1/x"])
    func goodURLs(url: String) {
        #expect(FeedValidator.urlProblem(url) == nil)
    }

    @Test(arguments: [(59, true), (60, false), (86_400, false), (86_401, true)])
    func intervalsMustBeWithinTheConfigBounds(interval: Int, isError: Bool) {
        let errors = FeedValidator.validate([Self.def("x", interval: interval)], config: DaemonConfig())
        #expect(errors.contains { $0.kind == .intervalOutOfRange && $0.location.line == 4 } == isError)
    }

    @Test func theBoundsComeFromTheConfig() {
        var config = DaemonConfig()
        config.minInterval = 600
        let errors = FeedValidator.validate([Self.def("x", interval: 300)], config: config)
        #expect(errors.map(\.kind) == [.intervalOutOfRange])
    }

    @Test(arguments: [("bad id", true), ("ok-id_1.v2", false), ("", true), ("الجزيرة", true),
                      (String(repeating: "a", count: 65), true)])
    func feedIDs(id: String, isError: Bool) {
        #expect((FeedValidator.idProblem(id) != nil) == isError)
    }

    @Test func timeZonesMustBeKnown() {
        #expect(FeedValidator.validate([Self.def("x", timeZone: "Asia/Baghdad")], config: DaemonConfig()).isEmpty)
        let errors = FeedValidator.validate([Self.def("x", timeZone: "Mars/Olympus")], config: DaemonConfig())
        #expect(errors.map(\.location.key) == ["time_zone"])
    }

    @Test func emptyPerFeedUserAgentIsRejected() {
        let errors = FeedValidator.validate([Self.def("x", userAgent: "")], config: DaemonConfig())
        #expect(errors.map(\.kind) == [.badValue])
    }
}
