import Foundation
import Testing
import RasdCore
@testable import RasdAdapters

/// `OutboxWriter.write(_:)`: several records with one directory sync, stopping at the first
/// failure with the records before it reported written.
@Suite struct OutboxBatchTests {
    @Test func batchWritesEveryRecordInOrder() throws {
        let dir = OutboxTempDir("outbox-batch"); defer { dir.remove() }
        let writer = OutboxWriter(directory: dir.path)
        let records = [OutboxSample.incident(id: "inc_a"), OutboxSample.incident(id: "inc_b", revision: 2),
                       OutboxSample.incident(id: "inc_c")]
        let batch = writer.write(records)
        #expect(batch.failure == nil)
        #expect(batch.written.map(\.incident) == records)
        #expect(batch.written.map(\.path) == records.map { dir.path + "/new/" + OutboxWriter.fileName(for: $0) })
        #expect(dir.files("new") == records.map(OutboxWriter.fileName(for:)).sorted())
        #expect(dir.files("tmp").isEmpty)
        for (incident, path) in batch.written {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect([UInt8](bytes) == (try OutboxWriter.serialize(incident)))
        }
        // A replay of the batch rewrites the same names.
        #expect(writer.write(records).written.count == 3)
        #expect(dir.files("new").count == 3)
    }

    @Test func emptyBatchWritesNothing() {
        let dir = OutboxTempDir("outbox-batch"); defer { dir.remove() }
        let batch = OutboxWriter(directory: dir.path).write([])
        #expect(batch.failure == nil)
        #expect(batch.written.isEmpty)
        #expect(dir.files("new").isEmpty)
    }

    @Test func batchStopsAtTheFirstFailureAndKeepsWhatWasWritten() throws {
        let dir = OutboxTempDir("outbox-batch"); defer { dir.remove() }
        let writer = OutboxWriter(directory: dir.path)
        let records = [OutboxSample.incident(id: "inc_a"), OutboxSample.incident(id: "inc_b"), OutboxSample.incident(id: "inc_c")]
        // A directory where the second record's file must go: its rename fails.
        #expect(writer.prepare().isSuccess)
        try FileManager.default.createDirectory(atPath: dir.path + "/new/" + OutboxWriter.fileName(for: records[1]) + "/x",
                                                withIntermediateDirectories: true)
        let batch = writer.write(records)
        #expect(batch.written.map(\.incident.id) == ["inc_a"])
        #expect(batch.failure?.operation == .rename)
        #expect(dir.files("tmp").isEmpty)
        #expect(!dir.files("new").contains(OutboxWriter.fileName(for: records[2])))
    }

    @Test func batchUnderARegularFileFailsWithNothingWritten() {
        let dir = OutboxTempDir("outbox-batch"); defer { dir.remove() }
        #expect(FileManager.default.createFile(atPath: dir.path + "/plain", contents: Data("x".utf8)))
        let batch = OutboxWriter(directory: dir.path + "/plain/outbox").write([OutboxSample.incident()])
        #expect(batch.written.isEmpty)
        #expect(batch.failure?.category == .notADirectory)
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { return true } else { return false } }
}
