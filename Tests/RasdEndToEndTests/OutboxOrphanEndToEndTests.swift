#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// What a `kill -9` inside an outbox write leaves behind — the revision still pending in the
/// state database, half a record in `outbox/tmp/` and nothing in `new/` — and what the next start
/// makes of it: the leftover removed (one log line with the count), the record written once.
@Suite struct OutboxOrphanEndToEndTests {
    /// The pid of a reaped child: no process has it.
    static func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    static func tmpFiles(_ ws: E2EWorkspace) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: ws.outbox + "/tmp")) ?? []).sorted()
    }

    /// Marks every delivered revision pending again (python3's sqlite3, as the state was before
    /// the killed write's delivered mark).
    static func markUndelivered(_ ws: E2EWorkspace) async throws {
        let script = """
        import sqlite3, sys
        c = sqlite3.connect(sys.argv[1], isolation_level=None)
        print(c.execute("UPDATE outbox SET delivered_at = NULL").rowcount, flush=True)
        """
        let py = try ChildProcess("/usr/bin/python3", ["-c", script, ws.state + "/rasd.sqlite"],
                                  stdoutPath: ws.root + "/logs/undeliver.out", stderrPath: ws.root + "/logs/undeliver.err")
        #expect(try await py.waitOrKill(seconds: 20) == 0, "\(py.stderr)")
        #expect(py.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(py.stdout)")
    }

    @Test func aHalfWrittenRecordLeftByAKillIsRemovedAndTheRecordWrittenOnce() async throws {
        let ws = try E2EWorkspace("orphan"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/1")])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        let (code1, log1) = try await ws.once()
        #expect(code1 == 0, "\(log1)")
        let names = ws.outboxFiles
        try #require(names.count == 1, "\(log1)")
        let name = names[0]
        let complete = try Data(contentsOf: URL(fileURLWithPath: ws.outbox + "/new/" + name))

        // The state a kill inside the write leaves: pending, half a file in tmp/, none in new/.
        try FileManager.default.removeItem(atPath: ws.outbox + "/new/" + name)
        try await Self.markUndelivered(ws)
        let dead = try Self.deadPID()
        let orphan = "\(name).\(dead).tmp"
        #expect(FileManager.default.createFile(atPath: ws.outbox + "/tmp/" + orphan, contents: complete.prefix(complete.count / 2)))
        // A file of a writer that still runs (this test process) is not touched.
        let live = "20240101T000000Z-inc_000000-r1.json.\(getpid()).tmp"
        #expect(FileManager.default.createFile(atPath: ws.outbox + "/tmp/" + live, contents: Data("{".utf8)))

        let (code2, log2) = try await ws.once()
        #expect(code2 == 0, "\(log2)")
        let removedLines = log2.split(separator: "\n").filter { $0.contains("outbox orphaned tmp files removed") }
        #expect(removedLines.count == 1 && removedLines[0].contains("outbox.tmp_removed=1"), "\(log2)")
        #expect(Self.tmpFiles(ws) == [live])
        #expect(ws.outboxFiles == [name])
        #expect(try Data(contentsOf: URL(fileURLWithPath: ws.outbox + "/new/" + name)) == complete)
        #expect(E2EWorkspace.alertLines(log2).count == 1, "\(log2)")

        // Nothing left to do: no second copy, no second announcement, no sweep line.
        try FileManager.default.removeItem(atPath: ws.outbox + "/tmp/" + live)
        let (code3, log3) = try await ws.once()
        #expect(code3 == 0, "\(log3)")
        #expect(ws.outboxFiles == [name])
        #expect(E2EWorkspace.alertLines(log3).isEmpty, "\(log3)")
        #expect(!log3.contains("orphaned"), "\(log3)")
        #expect(Self.tmpFiles(ws).isEmpty)
        await server.stop()
    }
}
