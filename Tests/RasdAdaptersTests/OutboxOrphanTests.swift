#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import RasdCore
@testable import RasdAdapters

/// Leftovers of a killed writer in `outbox/tmp/`: removed when their writer is gone, kept when it
/// still runs or when rasd did not name them.
@Suite struct OutboxOrphanTests {
    @Test(arguments: [
        ("20240725T100308Z-inc_7f3a9c-r1.json.4242.tmp", Int32(4242)),
        ("x.1.tmp", Int32(1)),
        ("20240725T100308Z-inc_7f3a9c-r1.json.tmp", nil),
        ("20240725T100308Z-inc_7f3a9c-r1.json.42x.tmp", nil),
        ("20240725T100308Z-inc_7f3a9c-r1.json.4242", nil),
        ("notes.0.tmp", nil),
        ("1234.tmp", nil),
    ] as [(String, Int32?)])
    func writerPIDIsReadFromTheName(name: String, pid: Int32?) {
        #expect(OutboxWriter.writerPID(ofTemporaryFile: name) == pid)
    }

    /// The pid of a child process that has exited and been reaped: no process has it (for now).
    static func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    @Test func orphansOfDeadWritersAndOfThisProcessAreRemovedOthersAreKept() throws {
        let dir = OutboxTempDir("orphans"); defer { dir.remove() }
        let outbox = OutboxWriter(directory: dir.path + "/outbox")
        guard case .success = outbox.prepare() else { Issue.record("prepare failed"); return }
        let dead = try Self.deadPID()
        let record = OutboxWriter.fileName(for: OutboxSample.incident())
        let half = Array(try OutboxWriter.serialize(OutboxSample.incident()).prefix(40))
        let planted = [
            "\(record).\(dead).tmp",                 // killed writer: orphan
            "\(record).\(getpid()).tmp",              // this process, before it writes: orphan
            "20240725T100308Z-inc_111111-r2.json.1.tmp", // a live writer (pid 1): kept
            "operator-notes.txt",                       // not rasd's: kept
        ]
        for name in planted {
            #expect(FileManager.default.createFile(atPath: outbox.tmpDirectory + "/" + name, contents: Data(half)))
        }
        try FileManager.default.createDirectory(atPath: outbox.tmpDirectory + "/sub.99999999.tmp",
                                                withIntermediateDirectories: false)

        let sweep = outbox.removeOrphanedTemporaryFiles()
        #expect(sweep.removed.sorted() == planted[0...1].map { outbox.tmpDirectory + "/" + $0 }.sorted())
        #expect(sweep.failures.isEmpty)
        #expect(dir.files("outbox/tmp") == [planted[2], "operator-notes.txt", "sub.99999999.tmp"].sorted())
        // A second sweep finds nothing more; the writer still works afterwards.
        #expect(outbox.removeOrphanedTemporaryFiles().removed.isEmpty)
        guard case .success = outbox.write(OutboxSample.incident()) else { Issue.record("write failed"); return }
        #expect(dir.files("outbox/new") == [record])
    }

    @Test func aMissingOutboxIsAnEmptySweep() {
        let dir = OutboxTempDir("orphans-missing"); defer { dir.remove() }
        let sweep = OutboxWriter(directory: dir.path + "/nowhere").removeOrphanedTemporaryFiles()
        #expect(sweep == OutboxWriter.OrphanSweep())
    }
}
