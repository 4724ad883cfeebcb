import Foundation
import Testing

/// Every kind of invalid configuration, one at a time: `rasd run` and `rasd check` both exit 78
/// (EX_CONFIG) and print a `file:line: key: message` line that points at the mistake; the
/// daemon never starts.
@Suite struct ConfigFaultTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var kind: String
        /// Lines added to the daemon config (after `version`, `state_dir`, `outbox_dir`, `feeds`).
        var daemon: String = ""
        /// Replaces `version = 1` in the daemon config when set.
        var version: String? = nil
        /// Replaces the `feeds = [...]` line when set.
        var feedsLine: String? = nil
        /// The feed list file name and its bytes.
        var listName = "main.toml"
        var list: [UInt8] = Array(Self.goodList.utf8)
        /// What the error line must contain: `file:line: key: ` (or `file: ` for whole-file errors).
        var expected: String
        var testDescription: String { kind }

        static let goodList = "version = 1\n\n[[feed]]\nid = \"a\"\noutlet = \"x\"\nurl = \"http://127.0.0.1:9/a.xml\"\n"
    }

    static let cases: [Case] = [
        Case(kind: "syntax", list: Array("version = 1\n[[feed]\nid = \"a\"\n".utf8), expected: "feeds/main.toml:2: TOML syntax error"),
        Case(kind: "unknown key", daemon: "statedir = \"x\"", expected: "config/rasd.toml:5: statedir: unknown key"),
        Case(kind: "missing key", list: Array("version = 1\n\n[[feed]]\nid = \"a\"\noutlet = \"x\"\n".utf8),
             expected: "feeds/main.toml:3: url: required key missing"),
        Case(kind: "wrong type", daemon: "default_interval = true", expected: "config/rasd.toml:5: default_interval: "),
        Case(kind: "bad value", daemon: "log_level = \"verbose\"", expected: "config/rasd.toml:5: log_level: unknown log level"),
        Case(kind: "bad URL", list: Array(Case.goodList.replacingOccurrences(of: "http://", with: "ftp://").utf8),
             expected: "feeds/main.toml:6: url: URL scheme 'ftp' is not allowed"),
        Case(kind: "duplicate id", list: Array((Case.goodList + "\n[[feed]]\nid = \"a\"\noutlet = \"y\"\nurl = \"http://127.0.0.1:9/b.xml\"\n").utf8),
             expected: "feeds/main.toml:9: id: duplicate feed id 'a'"),
        Case(kind: "interval out of range", daemon: "min_interval = 60", list: Array((Case.goodList + "interval = 5\n").utf8),
             expected: "feeds/main.toml:7: interval: 5s is outside the allowed"),
        Case(kind: "unsupported version", version: "version = 2", expected: "config/rasd.toml:1: version: unsupported config version 2"),
        Case(kind: "missing file", feedsLine: "feeds = [\"../feeds\", \"../nope\"]", expected: "config/rasd.toml:4: feeds: feed list"),
        Case(kind: "unreadable file (not UTF-8)", list: Array("version = 1\n# ".utf8) + [0xFF, 0xFE, 0x0A], expected: "feeds/main.toml: file is not valid UTF-8"),
        Case(kind: "malformed OPML", listName: "list.opml",
             list: Array("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n<outline text=\"a\" xmlUrl=\"http://127.0.0.1:9/a.xml\"\n</body></opml>\n".utf8),
             expected: "feeds/list.opml:4: malformed OPML"),
    ]

    @Test(arguments: cases)
    func invalidConfigurationExits78NamingFileLineAndKey(_ c: Case) async throws {
        let ws = try E2EWorkspace("config-fault"); defer { ws.remove() }
        try """
        \(c.version ?? "version = 1")
        state_dir = "../state"
        outbox_dir = "../outbox"
        \(c.feedsLine ?? "feeds = [\"../feeds\"]")
        \(c.daemon)

        """.write(toFile: ws.config, atomically: true, encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: ws.feedsDir + "/" + c.listName, contents: Data(c.list)))

        for command in ["run", "check"] {
            let p = try ws.start([command])
            let code = try await p.waitOrKill(seconds: 30)
            #expect(code == 78, "\(c.kind) \(command): \(p.stderr)")
            let lines = p.stderr.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.contains(c.expected) }, "\(c.kind) \(command): \(p.stderr)")
            #expect(!p.stderr.contains("daemon started"))
        }
        #expect(!FileManager.default.fileExists(atPath: ws.state), "the daemon touched its state on a bad config")
    }
}
