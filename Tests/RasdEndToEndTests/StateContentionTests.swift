#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Other processes on the daemon's state: a second daemon on the same state directory, and a
/// process (python3's sqlite3, as an operator's shell or a backup tool would) holding a write
/// transaction on the state database.
@Suite(.serialized) struct StateContentionTests {
    /// A python3 child that opens `database`, takes the write lock (`BEGIN IMMEDIATE`), prints
    /// "locked", holds it for `seconds`, then rolls back and prints "released".
    static func holdWriteLock(_ ws: E2EWorkspace, seconds: Double) async throws -> ChildProcess {
        let script = """
        import os, sqlite3, sys, time
        c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
        c.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
        # Counted while the lock is still held: what the daemon wrote meanwhile.
        new = sys.argv[3]
        n = len([f for f in os.listdir(new) if f.endswith(".json")]) if os.path.isdir(new) else 0
        print("outbox files before release: %d" % n, flush=True)
        c.execute("ROLLBACK")
        print("released", flush=True)
        """
        let holder = try ChildProcess("/usr/bin/python3", ["-c", script, ws.state + "/rasd.sqlite", "\(seconds)", ws.outbox + "/new"],
                                      stdoutPath: ws.root + "/logs/lock.out", stderrPath: ws.root + "/logs/lock.err")
        #expect(await ChildProcess.eventually(seconds: 10) { holder.stdout.contains("locked") }, "\(holder.stderr)")
        return holder
    }

    /// (id, revision) of every record in the outbox.
    static func keys(_ ws: E2EWorkspace) throws -> [String] {
        try ws.outboxFiles.map { let r = try ws.record($0); return "\(r["id"] as? String ?? "?") r\(r["revision"] as? Int ?? 0)" }
    }

    @Test func aWriteLockHeldByAnotherProcessDelaysTheWorkWithoutLosingOrDuplicatingIt() async throws {
        let ws = try E2EWorkspace("db-lock"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        let kirkuk = try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/1")
        try ws.serve("a.xml", stories: [kirkuk])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        let daemon = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 1 }, "\(daemon.stderr)")

        // A short lock (under SQLite's busy timeout): the write waits for it, no error.
        let short = try await Self.holdWriteLock(ws, seconds: 2)
        try ws.serve("a.xml", stories: [kirkuk, try E2EStory(fixture: "mosul-mortar", link: "https://a.example/2")])
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 2 }, "\(daemon.stderr)")
        #expect(short.stdout.contains("released"), "the record was written while the lock was held")
        #expect(!daemon.stderr.contains("ERROR"), "\(daemon.stderr)")
        _ = try await short.waitOrKill(seconds: 10)

        // A long lock (over the busy timeout): the cycle's writes fail with an error naming the
        // database, nothing is written meanwhile, the daemon keeps running, and the next cycle
        // after the lock is gone does the work.
        let long = try await Self.holdWriteLock(ws, seconds: 13)
        try ws.serve("a.xml", stories: [kirkuk, try E2EStory(fixture: "mosul-mortar", link: "https://a.example/2"),
                                        try E2EStory(fixture: "idlib-drone", link: "https://a.example/3"),
                                        try E2EStory(fixture: "daraa-clash", link: "https://a.example/4")])
        #expect(await ChildProcess.eventually(seconds: 20) { daemon.stderr.contains("locked by another process") }, "\(daemon.stderr)")
        #expect(ws.outboxFiles.count == 2, "a record was written while the lock was held")
        let errorLines = daemon.stderr.split(separator: "\n").filter { $0.contains("locked by another process") }
        #expect(errorLines.allSatisfy { $0.hasPrefix("ERROR state") && $0.contains(ws.state + "/rasd.sqlite") }, "\(errorLines)")
        #expect(await daemon.wait(seconds: 0.2) == nil, "the daemon exited: \(daemon.stderr)")
        _ = try await long.waitOrKill(seconds: 20)
        #expect(await ChildProcess.eventually(seconds: 40) { ws.outboxFiles.count == 4 }, "\(daemon.stderr)")

        daemon.signal(SIGTERM)
        #expect(try await daemon.waitOrKill(seconds: 30) == 0, "\(daemon.stderr)")
        let keys = try Self.keys(ws)
        #expect(keys.count == 4 && Set(keys).count == 4, "\(keys)")
        #expect(keys.allSatisfy { $0.hasSuffix(" r1") }, "\(keys)")
        #expect(E2EWorkspace.alertLines(daemon.stderr).count == 4, "\(daemon.stderr)")
        await server.stop()
    }

    /// Each "cycle done" line's `cycle.seconds`, with the number of "locked" error lines logged
    /// in that cycle (since the previous "cycle done").
    static func cycles(_ log: Substring) -> [(seconds: Double, lockedLines: Int)] {
        var out: [(Double, Int)] = []
        var locked = 0
        for line in log.split(separator: "\n") {
            if line.contains("locked by another process") { locked += 1 }
            guard line.contains("cycle done"), let r = line.range(of: "cycle.seconds=") else { continue }
            out.append((Double(line[r.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? -1, locked))
            locked = 0
        }
        return out
    }

    /// A lock held past the busy timeout while every one of several feeds has a new story: the
    /// cycle stops writing after its first "locked" error, so it lasts about one busy timeout
    /// (10 s) instead of one per write, logs that error once, and leaves the feeds' validators
    /// alone (the server answers 304 to the old ETag otherwise), so once the lock is gone every
    /// story is stored and every record written exactly once.
    @Test func aLongLockCostsACycleOneBusyTimeoutNotOnePerFeedAndLosesNothing() async throws {
        let ws = try E2EWorkspace("db-lock-feeds"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        let fixtures = ["kirkuk-ied", "mosul-mortar", "idlib-drone", "daraa-clash", "hama-rockets", "homs-landmine"]
        for i in fixtures.indices { try ws.serve("f\(i).xml", stories: []) }
        try ws.writeFeedList("main", feeds: fixtures.indices.map { ("f\($0)", "وكالة \($0)", server.url("f\($0).xml")) })
        let daemon = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 30) { daemon.stderr.contains("cycle done") }, "\(daemon.stderr)")

        let holder = try await Self.holdWriteLock(ws, seconds: 25)
        let lockedFrom = daemon.stderr.count
        for (i, name) in fixtures.enumerated() {
            try ws.serve("f\(i).xml", stories: [try E2EStory(fixture: name, link: "https://f\(i).example/1")])
        }
        #expect(await ChildProcess.eventually(seconds: 40) { holder.stdout.contains("released") }, "\(holder.stderr)")
        #expect(holder.stdout.contains("outbox files before release: 0"), "a record was written while the lock was held: \(holder.stdout)")
        _ = try await holder.waitOrKill(seconds: 10)
        #expect(await ChildProcess.eventually(seconds: 40) { ws.outboxFiles.count == fixtures.count }, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(try await daemon.waitOrKill(seconds: 30) == 0, "\(daemon.stderr)")

        let log = daemon.stderr.dropFirst(lockedFrom)
        let blocked = Self.cycles(log).filter { $0.lockedLines > 0 }
        print("db lock, \(fixtures.count) feeds: cycles that met the lock took "
              + blocked.map { String(format: "%.1f s (%d error line)", $0.seconds, $0.lockedLines) }.joined(separator: ", "))
        #expect(!blocked.isEmpty, "no cycle met the lock: \(log)")
        for cycle in blocked {
            #expect(cycle.lockedLines == 1, "one error line per cycle, not one per write: \(log)")
            #expect(cycle.seconds < 16, "a blocked cycle took \(cycle.seconds) s (busy timeout 10 s, \(fixtures.count) feeds)")
        }
        let errorLines = log.split(separator: "\n").filter { $0.contains("locked by another process") }
        #expect(errorLines.allSatisfy { $0.hasPrefix("ERROR state") && $0.contains("state.db=\(ws.state)/rasd.sqlite") },
                "\(errorLines)")
        let keys = try Self.keys(ws)
        #expect(keys.count == fixtures.count && Set(keys).count == fixtures.count, "\(keys)")
        #expect(E2EWorkspace.alertLines(daemon.stderr).count == fixtures.count, "\(daemon.stderr)")
        await server.stop()
    }

    static func retryLines(_ log: String) -> [Substring] {
        log.split(separator: "\n").filter { $0.contains("state database locked at start-up; retrying") }
    }

    /// A lock that outlasts every try (3 tries of the 10 s busy timeout, 2 s and 4 s apart):
    /// each retry is logged, then exit 70 naming the file (systemd restarts it); the next start
    /// after the release works.
    @Test func startingWhileTheDatabaseStaysLockedRetriesThenFailsNamingTheFileAndALaterStartWorks() async throws {
        let ws = try E2EWorkspace("db-lock-start"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        #expect(try await ws.once().0 == 0)
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/1")])

        let holder = try await Self.holdWriteLock(ws, seconds: 90)
        let started = Date()
        let blocked = try ws.start(["once"])
        let code = try await blocked.waitOrKill(seconds: 60)
        let seconds = Date().timeIntervalSince(started)
        #expect(code == 70, "\(blocked.stderr)")
        #expect(seconds > 30 && seconds < 50, "gave up after \(seconds) s")
        let retries = Self.retryLines(blocked.stderr)
        #expect(retries.count == 2, "\(blocked.stderr)")
        #expect(retries.allSatisfy { $0.hasPrefix("WARNING") && $0.contains("\(ws.state)/rasd.sqlite") }, "\(retries)")
        #expect(retries.first?.contains("state.try=1") == true && retries.last?.contains("state.try=2") == true, "\(retries)")
        #expect(blocked.stderr.contains("CRITICAL start-up failed"), "\(blocked.stderr)")
        #expect(blocked.stderr.contains("state database \(ws.state)/rasd.sqlite is locked by another process"), "\(blocked.stderr)")
        #expect(ws.outboxFiles.isEmpty)
        holder.signal(SIGKILL)
        _ = await holder.wait(seconds: 5)

        let (code2, log2) = try await ws.once()
        #expect(code2 == 0, "\(log2)")
        #expect(ws.outboxFiles.count == 1, "\(log2)")
        await server.stop()
    }

    /// A lock released while start-up waits: the retry opens the state and the run does its work.
    @Test func startingWhileTheDatabaseIsLockedForAWhileWaitsForIt() async throws {
        let ws = try E2EWorkspace("db-lock-start-wait"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        #expect(try await ws.once().0 == 0)
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/1")])

        let holder = try await Self.holdWriteLock(ws, seconds: 14)
        let (code, log) = try await ws.once(deadline: 60)
        #expect(code == 0, "\(log)")
        #expect(holder.stdout.contains("released"))
        let retries = Self.retryLines(log)
        #expect(retries.count == 1 && retries[0].contains("state.try=1"), "\(log)")
        #expect(!log.contains("CRITICAL"), "\(log)")
        #expect(ws.outboxFiles.count == 1, "\(log)")
        #expect(E2EWorkspace.alertLines(log).count == 1, "\(log)")
        _ = try await holder.waitOrKill(seconds: 10)
        await server.stop()
    }

    @Test func aSecondDaemonOnTheSameStateIsRefusedAndTheLockDiesWithItsHolder() async throws {
        let ws = try E2EWorkspace("state-dir-lock"); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/1")])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        let first = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 1 }, "\(first.stderr)")

        // `run` and `once` on the same state are refused at start-up, naming the holder.
        for command in ["run", "once"] {
            let second = try ws.start([command])
            let code = try await second.waitOrKill(seconds: 20)
            #expect(code == 70, "\(command): \(second.stderr)")
            #expect(second.stderr.contains("state directory \(ws.state) is in use by another rasd (pid \(first.pid))"),
                    "\(command): \(second.stderr)")
            #expect(second.stderr.contains("\(ws.state)/rasd.lock"), "\(second.stderr)")
            #expect(!second.stderr.contains("daemon started"), "\(second.stderr)")
        }
        // Reading beside the daemon is allowed.
        let table = try ws.start(["feeds"])
        #expect(try await table.waitOrKill(seconds: 30) == 0, "\(table.stderr)")
        // The first daemon was not disturbed: it still runs and still writes.
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "kirkuk-ied", link: "https://a.example/1"),
                                        try E2EStory(fixture: "mosul-mortar", link: "https://a.example/2")])
        #expect(await ChildProcess.eventually(seconds: 30) { ws.outboxFiles.count == 2 }, "\(first.stderr)")
        #expect(await first.wait(seconds: 0.1) == nil)

        // The kernel drops the lock with its holder, even on SIGKILL: a restart is not blocked.
        first.signal(SIGKILL)
        _ = try await first.waitOrKill(seconds: 10)
        let restarted = try ws.start(["run"])
        #expect(await ChildProcess.eventually(seconds: 30) { restarted.stderr.contains("daemon started") }, "\(restarted.stderr)")
        let lockText = try String(contentsOfFile: ws.state + "/rasd.lock", encoding: .utf8)
        #expect(lockText == "\(restarted.pid)\n")
        restarted.signal(SIGTERM)
        #expect(try await restarted.waitOrKill(seconds: 30) == 0)
        #expect(try Self.keys(ws).count == 2)
        await server.stop()
    }
}
