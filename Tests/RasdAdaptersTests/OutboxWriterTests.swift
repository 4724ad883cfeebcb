#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import RasdCore
@testable import RasdAdapters

/// A fresh directory under /tmp, removed by `remove()`.
struct OutboxTempDir {
    let path: String
    init(_ label: String) {
        var template = Array("/tmp/rasd-\(label)-XXXXXX".utf8CString)
        let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = String(cString: p!)
    }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
    func files(_ sub: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + sub)) ?? []).sorted()
    }
}

/// A small but complete incident record, as the pipeline would produce it.
enum OutboxSample {
    static func incident(id: String = "inc_7f3a9c", revision: Int = 1, sources: Int = 1) -> Incident {
        Incident(
            id: id, revision: revision,
            firstSeen: Date(timeIntervalSince1970: 1_721_901_788),
            updated: Date(timeIntervalSince1970: 1_721_901_788 + Double(revision - 1) * 3600),
            facts: IncidentFacts(
                eventType: EventType.explosions, subEventType: SubEventType.shellingArtilleryMissile,
                weapons: [Weapon(kind: .rocket, count: Count(status: .reported, min: 2, max: 2, text: "صاروخين"))],
                outcome: .impact,
                location: Location(nameAr: "عين الأسد", nameEn: "Ain al-Asad", kind: "military_base",
                                   admin1Ar: "الأنبار", admin1En: "Anbar", country: "IQ",
                                   lat: 33.8, lon: 42.44, precision: 1),
                eventDate: EventDate(date: "2024-07-25", basis: .weekday),
                casualties: Casualties(killed: Count(status: .none, min: 0, max: 0, text: "دون وقوع إصابات"),
                                       injured: Count(status: .none, min: 0, max: 0, text: "دون وقوع إصابات")),
                fatalities: 0, claim: Claim(status: .noClaim),
                target: Target(kind: "military_base", text: "قاعدة عين الأسد"),
                evidence: [Evidence(field: "claim", quote: "ولم تعلن أي جهة على الفور مسؤوليتها")]),
            sources: (0..<sources).map { i in
                Source(outlet: "Outlet \(i)", feed: "feed\(i)", url: "https://example.org/news/\(i)",
                       title: "سقوط صاروخين على قاعدة عين الأسد", published: Date(timeIntervalSince1970: 1_721_901_000))
            },
            extractor: "rasd 0.1.0")
    }
}

@Suite struct OutboxWriterTests {
    @Test func fileNameIsFirstSeenIdRevision() {
        #expect(OutboxWriter.fileName(for: OutboxSample.incident(revision: 3)) == "20240725T100308Z-inc_7f3a9c-r3.json")
    }

    @Test func writesIntoNewAndLeavesTmpEmpty() throws {
        let dir = OutboxTempDir("outbox"); defer { dir.remove() }
        let writer = OutboxWriter(directory: dir.path + "/outbox")
        let path = try writer.write(OutboxSample.incident()).get()
        #expect(path == dir.path + "/outbox/new/20240725T100308Z-inc_7f3a9c-r1.json")
        #expect(dir.files("outbox/tmp").isEmpty)
        #expect(dir.files("outbox").contains("cur"))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let back = try JSONDecoder().decode(Incident.self, from: data)
        #expect(back == OutboxSample.incident())
        #expect(data.last == UInt8(ascii: "\n"))
    }

    @Test func replayRewritesTheSameName() throws {
        let dir = OutboxTempDir("outbox"); defer { dir.remove() }
        let writer = OutboxWriter(directory: dir.path)
        _ = try writer.write(OutboxSample.incident()).get()
        _ = try writer.write(OutboxSample.incident()).get()
        _ = try writer.write(OutboxSample.incident(revision: 2, sources: 2)).get()
        #expect(dir.files("new") == ["20240725T100308Z-inc_7f3a9c-r1.json", "20240725T100308Z-inc_7f3a9c-r2.json"])
    }

    @Test func outboxUnderARegularFileIsAnErrorValue() throws {
        let dir = OutboxTempDir("outbox"); defer { dir.remove() }
        #expect(FileManager.default.createFile(atPath: dir.path + "/plain", contents: Data("x".utf8)))
        let result = OutboxWriter(directory: dir.path + "/plain/outbox").write(OutboxSample.incident())
        guard case .failure(let error) = result else { Issue.record("write under a regular file succeeded"); return }
        #expect(error.category == .notADirectory)
        #expect(error.description.contains(dir.path + "/plain/outbox"))
    }

    /// Read-only and full file systems need a real mount: a small tmpfs (the tests run as root;
    /// chmod does not stop root, a read-only mount does).
    @Test(arguments: [("ro", OutboxError.Category.readOnly), ("size=4k", OutboxError.Category.noSpace)])
    func mountedFileSystemErrorsAreValues(options: String, expected: OutboxError.Category) throws {
        let dir = OutboxTempDir("outbox-mnt"); defer { dir.remove() }
        let mountPoint = dir.path + "/mnt"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        // Pre-create the Maildir folders so the read-only case fails on the file, not on mkdir.
        try #require(runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]) == 0,
                     "mounting a tmpfs needs root (CAP_SYS_ADMIN)")
        defer { _ = runTool("/bin/umount", ["-l", mountPoint]) }
        #expect(throws: Never.self) { try OutboxWriter(directory: mountPoint).prepare().get() }
        #expect(runTool("/bin/mount", ["-o", "remount,\(options)", mountPoint]) == 0)
        var big = OutboxSample.incident()
        if expected == .noSpace {
            big.facts.evidence = (0..<400).map { Evidence(field: "f\($0)", quote: String(repeating: "نص ", count: 100)) }
        }
        let result = OutboxWriter(directory: mountPoint).write(big)
        guard case .failure(let error) = result else { Issue.record("write succeeded on \(options)"); return }
        #expect(error.category == expected)
        #expect(dir.files("mnt/new").isEmpty)
        #expect(dir.files("mnt/tmp").isEmpty)
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
