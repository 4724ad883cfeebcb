import Foundation
import Testing
import RasdCore
@testable import RasdAdapters

/// Real outbox files, validated against the published JSON Schema by python3-jsonschema in a
/// child process (Debian's `python3-jsonschema`, installed by `make deps`).
@Suite struct OutboxSchemaTests {
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema/rasd.incident-1.schema.json").path

    static let validator = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    v = Draft202012Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        for e in v.iter_errors(json.load(open(path, encoding="utf-8"))):
            bad += 1
            print(path, "/".join(map(str, e.absolute_path)), e.message)
    sys.exit(1 if bad else 0)
    """

    /// Exit status and output of the validator over `files`.
    static func validate(_ files: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", validator, schemaPath] + files
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    @Test func outboxFilesMatchTheSchema() throws {
        let dir = OutboxTempDir("schema"); defer { dir.remove() }
        let writer = OutboxWriter(directory: dir.path)
        var minimal = OutboxSample.incident(id: "inc_min")
        minimal.facts = IncidentFacts(eventType: EventType.battles, subEventType: SubEventType.armedClash)
        let written = try [OutboxSample.incident(), OutboxSample.incident(revision: 2, sources: 3), minimal]
            .map { try writer.write($0).get() }
        let (status, output) = try Self.validate(written)
        #expect(status == 0, "\(output)")
    }

    @Test func schemaRejectsABrokenRecord() throws {
        let dir = OutboxTempDir("schema"); defer { dir.remove() }
        var text = String(decoding: try OutboxWriter.serialize(OutboxSample.incident()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"outcome\":\"impact\"", with: "\"outcome\":\"exploded\"")
        let path = dir.path + "/broken.json"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let (status, output) = try Self.validate([path])
        #expect(status == 1)
        #expect(output.contains("outcome"))
    }
}
