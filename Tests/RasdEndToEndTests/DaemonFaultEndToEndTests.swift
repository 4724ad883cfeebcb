#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The faults of issue #6 against the running daemon (the fetcher, parser and outbox suites test
/// each one alone): a faulty feed or a faulty disk costs that feed or that delivery, never the
/// other feeds' records, and the daemon keeps serving.
@Suite(.serialized) struct DaemonFaultEndToEndTests {
    /// Peak resident size of a running process, from /proc (kB).
    static func peakResidentKB(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }

    /// (id, revision, first source url) of every record in the outbox.
    static func records(_ ws: E2EWorkspace) throws -> [String] {
        try ws.outboxFiles.map { name in
            let r = try ws.record(name)
            let url = ((r["sources"] as? [[String: Any]])?.first?["url"] as? String) ?? "?"
            return "\(r["id"] as? String ?? "?") r\(r["revision"] as? Int ?? 0) \(url)"
        }
    }

    @Test func faultyFeedsBesideAGoodOneLoseNothingAndTheDaemonKeepsServing() async throws {
        let ws = try E2EWorkspace("faults", totalTimeout: 4); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        let tls = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs", tls: true)
        let secret = "RASD-SECRET-\(getpid())-do-not-leak"
        try "\(secret)\n".write(toFile: ws.root + "/secret.txt", atomically: true, encoding: .utf8)

        try ws.serve("good.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://good.example/1")])
        // A feed cut mid-item: the complete item before the cut is kept.
        let mosul = E2EStory.rss([try E2EStory(fixture: "mosul-mortar", link: "https://cut.example/1"),
                                  try E2EStory(fixture: "daraa-clash", link: "https://cut.example/2")])
        let cutAt = mosul.range(of: "<item>", options: .backwards)!.lowerBound
        try (String(mosul[..<cutAt]) + "<item><title>مقطوع").write(toFile: ws.www + "/cut.xml", atomically: true, encoding: .utf8)
        // XML attacks: an external entity naming a local file, an external DTD, billion laughs.
        let idlib = try E2EStory(fixture: "idlib-drone", link: "https://xxe.example/1")
        try """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://\(ws.root)/secret.txt">]>
        <rss version="2.0"><channel><title>xxe</title><link>https://xxe.example/</link><description>&leak;</description>
        <item><title>\(E2EStory.escape(idlib.title)) &leak;</title><link>\(idlib.link)</link><guid>\(idlib.link)</guid>
        <pubDate>\(idlib.pubDate)</pubDate><description>\(E2EStory.escape(idlib.description)) &leak;</description></item>
        </channel></rss>
        """.write(toFile: ws.www + "/xxe.xml", atomically: true, encoding: .utf8)
        try """
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "http://127.0.0.1:\(server.port)/files/evil.dtd">
        <rss version="2.0"><channel><title>&evil;</title></channel></rss>
        """.write(toFile: ws.www + "/dtd.xml", atomically: true, encoding: .utf8)
        try "<!ENTITY evil SYSTEM \"file://\(ws.root)/secret.txt\">\n".write(toFile: ws.www + "/evil.dtd", atomically: true, encoding: .utf8)
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"ha\">\n"
        for i in 1...10 { laughs += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">\n" }
        laughs += "]>\n<rss version=\"2.0\"><channel><title>&l10;</title></channel></rss>\n"
        try laughs.write(toFile: ws.www + "/laughs.xml", atomically: true, encoding: .utf8)

        // Feeds that must fail, each with the word its failure is logged with.
        let failing: [(id: String, url: String)] = [
            ("reset", server.endpoint("/reset-mid-body?bytes=200000")),
            ("lying", server.endpoint("/lying-length?claim=5000&send=300")),
            ("badgzip", server.endpoint("/bad-gzip")),
            ("crc", server.endpoint("/gzip-damaged?kind=crc")),
            ("huge", server.endpoint("/oversize?bytes=1073741824&chunked=1")),
            ("bomb", server.endpoint("/gzip-bomb?mb=1024")),
            ("loop", server.endpoint("/loop")),
            ("tofile", server.endpoint("/to-file")),
            ("nonhttp", server.endpoint("/to-non-http")),
            ("dns", "http://rasd-fault-host.invalid/feed"),
            ("drip", server.endpoint("/slow?bytes=600&interval=0.1")),
            ("selfsigned", tls.endpoint("/feed")),
        ]
        let parsedOrBozo: [(id: String, url: String)] = [
            ("cut", server.url("cut.xml")), ("xxe", server.url("xxe.xml")), ("dtd", server.url("dtd.xml")),
            ("laughs", server.url("laughs.xml")),
        ]
        try ws.writeFeedList("main", feeds: [("good", "وكالة جيدة", server.url("good.xml"))]
                             + (failing + parsedOrBozo).map { ($0.id, "وكالة \($0.id)", $0.url) })
        // The same self-signed server, opted in: fetched.
        try """
        version = 1
        [[feed]]
        id = "optedin"
        outlet = "وكالة محلية"
        url = "\(tls.endpoint("/feed"))"
        interval = 1
        insecure_tls = true
        """.write(toFile: ws.feedsDir + "/tls.toml", atomically: true, encoding: .utf8)

        let daemon = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 60) { daemon.stderr.contains("cycle done") }, "\(daemon.stderr)")
        let first = try Self.records(ws)
        #expect(first.contains { $0.hasSuffix(" https://good.example/1") }, "\(first)\n\(daemon.stderr)")
        #expect(first.contains { $0.hasSuffix(" https://cut.example/1") }, "the complete item of the cut feed: \(first)")
        let log = daemon.stderr
        let fetchFailures = log.split(separator: "\n").filter { $0.hasPrefix("WARNING fetch failed") }
        for f in failing {
            #expect(fetchFailures.contains { $0.contains("feed.id=\(f.id) ") }, "\(f.id) not reported: \(log)")
        }
        #expect(!log.contains("feed.id=optedin "), "the opted-in TLS feed failed: \(log)")

        // Still serving: a new story on the good feed is written in a later cycle.
        try ws.serve("good.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://good.example/1"),
                                           try E2EStory(fixture: "baghdad-car-bomb", link: "https://good.example/2")])
        #expect(await ChildProcess.eventually(seconds: 60) {
            ((try? Self.records(ws)) ?? []).contains { $0.hasSuffix(" https://good.example/2") }
        }, "\(daemon.stderr)")
        // Bounded memory through a 1 GiB body and a 1 GiB gzip bomb, polled every few seconds.
        let peak = Self.peakResidentKB(daemon.pid) ?? 0
        print("faulty feeds: daemon peak RSS \(peak) kB; first cycle:\n" + fetchFailures.joined(separator: "\n"))
        #expect(peak > 0 && peak < 400_000, "peak RSS \(peak) kB")
        #expect(await daemon.wait(seconds: 0.1) == nil, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(try await daemon.waitOrKill(seconds: 30) == 0, "\(daemon.stderr)")

        // Nothing of the local file went anywhere; every record is there once.
        let everything = try ws.outboxFiles.map { try String(contentsOfFile: ws.outbox + "/new/" + $0, encoding: .utf8) }
        #expect(!everything.contains { $0.contains(secret) })
        #expect(!daemon.stderr.contains(secret))
        let keys = try Self.records(ws).map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        #expect(keys.count == Set(keys).count, "\(keys)")
        await tls.stop()
        await server.stop()
    }

    /// Outbox on a small tmpfs: full, then read-only. Records wait in the state database and are
    /// written once each when the file system recovers; the daemon never stops.
    @Test func outboxOnAFullThenReadOnlyFileSystemDelaysRecordsWithoutLosingThem() async throws {
        let ws = try E2EWorkspace("outbox-fs"); defer { ws.remove() }
        try FileManager.default.createDirectory(atPath: ws.outbox, withIntermediateDirectories: true)
        try #require(runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", ws.outbox]) == 0,
                     "mounting a tmpfs needs root (CAP_SYS_ADMIN)")
        defer { _ = runTool("/bin/umount", ["-l", ws.outbox]) }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        var stories = [try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/1")]
        try ws.serve("a.xml", stories: stories)
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        let daemon = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 1 }, "\(daemon.stderr)")

        // Full: fill the file system, then a new story arrives.
        let filler = FileManager.default.createFile(atPath: ws.outbox + "/filler", contents: nil)
        #expect(filler)
        let handle = try #require(FileHandle(forWritingAtPath: ws.outbox + "/filler"))
        while (try? handle.write(contentsOf: Data(count: 4096))) != nil {}
        try? handle.close()
        stories.append(try E2EStory(fixture: "mosul-mortar", link: "https://a.example/2"))
        try ws.serve("a.xml", stories: stories)
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("outbox.error=no_space") }, "\(daemon.stderr)")
        #expect(ws.outboxFiles.count == 1)
        try FileManager.default.removeItem(atPath: ws.outbox + "/filler")
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 2 }, "\(daemon.stderr)")

        // Read-only: remount, a new story arrives, remount read-write.
        #expect(runTool("/bin/mount", ["-o", "remount,ro", ws.outbox]) == 0)
        stories.append(try E2EStory(fixture: "idlib-drone", link: "https://a.example/3"))
        try ws.serve("a.xml", stories: stories)
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("outbox.error=read_only") }, "\(daemon.stderr)")
        #expect(ws.outboxFiles.count == 2)
        #expect(runTool("/bin/mount", ["-o", "remount,rw", ws.outbox]) == 0)
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 3 }, "\(daemon.stderr)")

        #expect(await daemon.wait(seconds: 0.1) == nil, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(try await daemon.waitOrKill(seconds: 30) == 0, "\(daemon.stderr)")
        let keys = try Self.records(ws).map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        #expect(keys.count == 3 && Set(keys).count == 3, "\(keys)")
        #expect(E2EWorkspace.alertLines(daemon.stderr).count == 3, "\(daemon.stderr)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: ws.outbox + "/tmp")) ?? []).isEmpty)
        await server.stop()
    }
}

/// Runs a tool and returns its exit status.
func runTool(_ path: String, _ args: [String]) -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return -1 }
    p.waitUntilExit()
    return p.terminationStatus
}
