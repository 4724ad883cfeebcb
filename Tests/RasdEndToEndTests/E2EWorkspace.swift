#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A scratch installation of rasd for one end-to-end test: a config, feed lists, a folder the
/// test server serves (`www/`), state and outbox folders, all under one temporary directory.
final class E2EWorkspace: @unchecked Sendable {
    let root: String
    var config: String { root + "/config/rasd.toml" }
    var feedsDir: String { root + "/feeds" }
    var www: String { root + "/www" }
    var outbox: String { root + "/outbox" }
    var state: String { root + "/state" }
    var metrics: String { root + "/rasd.prom" }
    private var runs = 0

    /// The `rasd` binary SwiftPM built next to the tests (`swift build --build-tests` builds it).
    static let rasd: String = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for candidate in [Bundle.main.bundleURL.appendingPathComponent("rasd").path,
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rasd").path,
                          repo.appendingPathComponent(".build/debug/rasd").path]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return repo.appendingPathComponent(".build/debug/rasd").path
    }()

    init(_ label: String, totalTimeout: Int = 5, extraConfig: String = "") throws {
        var template = Array("/tmp/rasd-e2e-\(label)-XXXXXX".utf8CString)
        root = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        for dir in ["config", "feeds", "www", "logs"] {
            try FileManager.default.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true)
        }
        try """
        version = 1
        state_dir = "../state"
        outbox_dir = "../outbox"
        feeds = ["../feeds"]
        default_interval = 1
        min_interval = 1
        max_interval = 3600
        backoff_cap = 2
        connect_timeout = 2
        total_timeout = \(totalTimeout)
        failing_after = 2
        metrics_path = "../rasd.prom"
        \(extraConfig)
        """.write(toFile: config, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `feeds/<list>.toml` with the given feeds (id, served file).
    func writeFeedList(_ list: String, feeds: [(id: String, outlet: String, url: String)]) throws {
        var text = "version = 1\n"
        for f in feeds {
            text += "\n[[feed]]\nid = \"\(f.id)\"\noutlet = \"\(f.outlet)\"\nurl = \"\(f.url)\"\ninterval = 1\n"
        }
        try text.write(toFile: feedsDir + "/" + list + ".toml", atomically: true, encoding: .utf8)
    }

    /// Serves `www/<file>` as an RSS feed of the given stories.
    func serve(_ file: String, stories: [E2EStory]) throws {
        try E2EStory.rss(stories).write(toFile: www + "/" + file, atomically: true, encoding: .utf8)
    }

    /// Starts rasd with `arguments` + the workspace's config.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> ChildProcess {
        runs += 1
        return try ChildProcess(Self.rasd, arguments + ["--config", config], environment: environment,
                                stdoutPath: "\(root)/logs/rasd-\(runs).out", stderrPath: "\(root)/logs/rasd-\(runs).err")
    }

    /// `rasd once`, returning its exit code and stderr.
    func once(deadline: Double = 60) async throws -> (Int32, String) {
        let p = try start(["once"])
        let code = try await p.waitOrKill(seconds: deadline)
        return (code, p.stderr)
    }

    /// File names in `outbox/new`, sorted.
    var outboxFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: outbox + "/new")) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    func record(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: outbox + "/new/" + name))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static func alertLines(_ log: String, kind: String = "incident") -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.hasPrefix("ALERT \(kind)=") }
    }
}

/// One news story from `Fixtures/stories/<name>.txt`, published at a link of our choosing.
struct E2EStory: Sendable {
    var title: String
    var pubDate: String
    var description: String
    var link: String

    init(fixture name: String, link: String) throws {
        let text = try Fixtures.text("stories/\(name).txt")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        title = lines[0]; pubDate = lines[1]
        description = lines.dropFirst(2).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        self.link = link
    }

    init(title: String, pubDate: String, description: String, link: String) {
        self.title = title; self.pubDate = pubDate; self.description = description; self.link = link
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func rss(_ stories: [E2EStory]) -> String {
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>أخبار الاختبار</title><link>https://news.example/</link>
        <description>rasd end-to-end test feed</description>

        """
        for s in stories {
            out += """
            <item><title>\(escape(s.title))</title><link>\(escape(s.link))</link><guid isPermaLink="true">\(escape(s.link))</guid>
            <pubDate>\(s.pubDate)</pubDate><description>\(escape(s.description))</description></item>

            """
        }
        return out + "</channel></rss>\n"
    }
}
