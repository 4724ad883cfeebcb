import Foundation
import Testing

/// The poll cycle prepares feeds (parse, identity, extraction) in parallel and keeps only the
/// state store's writes and the outbox serial: with many feeds in flight it must write exactly
/// the records a one-feed-at-a-time run writes, each once, and nothing on an unchanged rerun.
@Suite(.serialized) struct CycleEndToEndTests {
    /// Feeds of one incident story each (plus a story without one), and a wire copy of one of
    /// them in a feed of its own: the copy adds a source, never a record.
    static let feeds: [(id: String, stories: [(fixture: String, link: String)])] = [
        ("a", [("ain-al-asad-first", "https://a.example/1"), ("economy", "https://a.example/2")]),
        ("b", [("kirkuk-ied", "https://b.example/1")]),
        ("c", [("idlib-drone", "https://c.example/1")]),
        ("d", [("mosul-mortar", "https://d.example/1")]),
        ("e", [("daraa-clash", "https://e.example/1")]),
        ("f", [("baghdad-car-bomb", "https://f.example/1")]),
        ("g", [("kirkuk-ied", "https://g.example/copy")]),
    ]

    /// Serves every feed; `extra`: a story without an incident added to each.
    static func serveAll(_ ws: E2EWorkspace, _ server: TestFeedServer, extra: Bool = false) throws {
        for f in feeds {
            var stories = try f.stories.map { try E2EStory(fixture: $0.fixture, link: $0.link) }
            if extra { stories.insert(try E2EStory(fixture: "economy", link: "https://\(f.id).example/extra"), at: 0) }
            try ws.serve("\(f.id).xml", stories: stories)
        }
        try ws.writeFeedList("main", feeds: feeds.map { ($0.id, "وكالة \($0.id)", server.url("\($0.id).xml")) })
    }

    /// (first source's title, revision) of every record: independent of ids, clock times and of
    /// which outlet of a wire copy was read first.
    static func signature(_ ws: E2EWorkspace) throws -> [String] {
        try ws.outboxFiles.map { name in
            let r = try ws.record(name)
            let title = ((r["sources"] as? [[String: Any]])?.first?["title"] as? String) ?? "-"
            return "\(title) r\(r["revision"] as? Int ?? 0)"
        }.sorted()
    }

    @Test func manyFeedsInFlightWriteWhatOneAtATimeWrites() async throws {
        let serial = try E2EWorkspace("cycle-serial", extraConfig: "concurrency = 1\nper_host_concurrency = 1")
        defer { serial.remove() }
        let serialServer = try await TestFeedServer(root: serial.www, logDir: serial.root + "/logs")
        try Self.serveAll(serial, serialServer)
        let (serialCode, serialLog) = try await serial.once()
        #expect(serialCode == 0, "\(serialLog)")
        let expected = try Self.signature(serial)
        #expect(expected.count >= 5, "\(expected) \(serialLog)")
        await serialServer.stop()

        let ws = try E2EWorkspace("cycle-parallel", extraConfig: "concurrency = 8\nper_host_concurrency = 8")
        defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try Self.serveAll(ws, server)
        let (code, log) = try await ws.once()
        #expect(code == 0, "\(log)")
        #expect(try Self.signature(ws) == expected, "\(log)")
        // Each record once: one ALERT per file, no file twice, nothing left pending.
        let files = ws.outboxFiles
        #expect(E2EWorkspace.alertLines(log).count == files.count, "\(log)")
        #expect(Set(files).count == files.count)
        #expect(log.contains("outbox.pending=0"), "\(log)")
        #expect(log.contains("cycle.duplicates=1"), "\(log)")
        let (valid, problems) = try SchemaCheck.validate(files.map { ws.outbox + "/new/" + $0 })
        #expect(valid == 0, "\(problems)")

        // Every feed changed by one more story, a copy of the story without an incident already
        // stored: the stories already seen are unchanged, the copies are duplicates (neither is
        // extracted again), no record, no alert.
        try Self.serveAll(ws, server, extra: true)
        let (code2, log2) = try await ws.once()
        #expect(code2 == 0, "\(log2)")
        #expect(ws.outboxFiles == files)
        #expect(E2EWorkspace.alertLines(log2).isEmpty, "\(log2)")
        #expect(log2.contains("cycle.fetched=7") && log2.contains("cycle.items=15") && log2.contains("cycle.duplicates=7"), "\(log2)")
        await server.stop()
    }
}
