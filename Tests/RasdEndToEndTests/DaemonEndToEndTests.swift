#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The real `rasd` binary against the real test HTTP server on 127.0.0.1, with feeds that change
/// between cycles. Every child process has a hard deadline.
@Suite(.serialized) struct DaemonEndToEndTests {
    @Test func onceWritesEachIncidentOnceAndALaterReportRevisesIt() async throws {
        let ws = try E2EWorkspace("once"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "ain-al-asad-first", link: "https://a.example/1"),
                                        try E2EStory(fixture: "economy", link: "https://a.example/2")])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])

        let (code1, log1) = try await ws.once()
        #expect(code1 == 0, "\(log1)")
        let first = ws.outboxFiles
        #expect(first.count == 1, "\(log1)")
        #expect(first.allSatisfy { $0.hasSuffix("-r1.json") })
        #expect(E2EWorkspace.alertLines(log1).count == 1, "\(log1)")
        #expect(log1.contains("INFO cycle done"))
        let metrics = (try? String(contentsOfFile: ws.metrics, encoding: .utf8)) ?? ""
        #expect(metrics.contains("rasd_cycles_total 1\n") && metrics.contains("rasd_incidents_total{kind=\"new\"} 1\n"), "\(metrics)")

        // Nothing changed: 304, no new record, no alert.
        let (code2, log2) = try await ws.once()
        #expect(code2 == 0)
        #expect(ws.outboxFiles == first)
        #expect(E2EWorkspace.alertLines(log2).isEmpty, "\(log2)")

        // Another outlet reports more: revision 2 of the same incident.
        try ws.serve("b.xml", stories: [try E2EStory(fixture: "ain-al-asad-update", link: "https://b.example/7")])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml")), ("b", "وكالة ب", server.url("b.xml"))])
        let (code3, log3) = try await ws.once()
        #expect(code3 == 0)
        let files = ws.outboxFiles
        #expect(files.count == 2, "\(files) \(log3)")
        let alerts = E2EWorkspace.alertLines(log3)
        #expect(alerts.count == 1 && alerts[0].contains(" rev=2 ") && alerts[0].contains(" sources=2 "), "\(log3)")
        let (valid, problems) = try SchemaCheck.validate(files.map { ws.outbox + "/new/" + $0 })
        #expect(valid == 0, "\(problems)")
        if files.count == 2 {
            let r1 = try ws.record(files[0]), r2 = try ws.record(files[1])
            #expect(r1["id"] as? String == r2["id"] as? String)
            #expect(r2["revision"] as? Int == 2)
            #expect((r2["sources"] as? [Any])?.count == 2)
        }
        // `rasd feeds` reads the same state.
        let table = try ws.start(["feeds"])
        #expect(try await table.waitOrKill(seconds: 30) == 0)
        #expect(table.stdout.contains("a ") && table.stdout.contains("b "), "\(table.stdout)")
        await server.stop()
    }

    @Test func unwritableOutboxDelaysRecordsWithoutLosingThem() async throws {
        let ws = try E2EWorkspace("outbox"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/k1")])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        // The outbox's parent is a regular file: every write fails (as root, chmod would not).
        #expect(FileManager.default.createFile(atPath: ws.root + "/blocked", contents: Data("x".utf8)))
        let blocked = try ws.start(["once", "--outbox", ws.root + "/blocked/outbox"])
        #expect(try await blocked.waitOrKill(seconds: 60) == 0)
        #expect(blocked.stderr.contains("ERROR outbox write failed"), "\(blocked.stderr)")
        #expect(E2EWorkspace.alertLines(blocked.stderr).isEmpty)

        try FileManager.default.removeItem(atPath: ws.root + "/blocked")
        try FileManager.default.createDirectory(atPath: ws.root + "/blocked", withIntermediateDirectories: false)
        let retry = try ws.start(["once", "--outbox", ws.root + "/blocked/outbox"])
        #expect(try await retry.waitOrKill(seconds: 60) == 0)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: ws.root + "/blocked/outbox/new")) ?? []
        #expect(files.count == 1, "\(retry.stderr)")
        #expect(E2EWorkspace.alertLines(retry.stderr).count == 1)
        await server.stop()
    }

    @Test func sighupPicksUpAnAddedFeedRefusesABadConfigAndSigtermExitsZero() async throws {
        let ws = try E2EWorkspace("reload"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "economy", link: "https://a.example/e")])
        try ws.serve("c.xml", stories: [try E2EStory(fixture: "idlib-drone", link: "https://c.example/d")])
        // Feed z answers 503 without Retry-After: a failure on every poll.
        let broken = "http://127.0.0.1:\(server.port)/status/503"
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml")), ("z", "وكالة ز", broken)])
        let daemon = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("cycle done") }, "\(daemon.stderr)")
        #expect(ws.outboxFiles.isEmpty)
        // One ALERT when z turns failing (failing_after = 2), none for the polls after it.
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("ALERT feed=z status=failing") }, "\(daemon.stderr)")
        #expect(await ChildProcess.eventually(seconds: 30) {
            daemon.stderr.components(separatedBy: "WARNING fetch failed").count > 4
        })

        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml")), ("c", "وكالة ج", server.url("c.xml")),
                                             ("z", "وكالة ز", broken)])
        daemon.signal(SIGHUP)
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("config reloaded") }, "\(daemon.stderr)")
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 1 }, "\(daemon.stderr)")

        // A broken feed list is refused; the daemon keeps running on the old one.
        try "version = 1\n[[feed]]\nid = \"x\"\n".write(toFile: ws.feedsDir + "/broken.toml", atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("config reload refused") }, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("broken.toml"))
        #expect(await daemon.wait(seconds: 0.5) == nil)

        daemon.signal(SIGTERM)
        #expect(try await daemon.waitOrKill(seconds: 20) == 0)
        #expect(daemon.stderr.contains("daemon stopped"))
        #expect(E2EWorkspace.alertLines(daemon.stderr).count == 1)
        #expect(E2EWorkspace.alertLines(daemon.stderr, kind: "feed").count == 1, "\(daemon.stderr)")
        await server.stop()
    }

    @Test func sigtermDuringASlowFetchExitsAtOnce() async throws {
        // A feed that drips its body for 60 s, and a total timeout longer than that.
        let ws = try E2EWorkspace("slow", totalTimeout: 120); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "economy", link: "https://a.example/e")])
        let slow = "http://127.0.0.1:\(server.port)/slow?bytes=600&interval=0.1"
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml")), ("slow", "بطيء", slow)])
        let daemon = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("daemon started") })
        try await Task.sleep(for: .milliseconds(700))
        #expect(!daemon.stderr.contains("cycle done"), "the slow fetch should still be running")
        let sent = Date()
        daemon.signal(SIGTERM)
        #expect(try await daemon.waitOrKill(seconds: 20) == 0)
        #expect(Date().timeIntervalSince(sent) < 5, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("daemon stopped"))
        await server.stop()
    }
}
