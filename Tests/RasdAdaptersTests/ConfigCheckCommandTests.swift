import Foundation
import Testing

/// `rasd check` end to end: the built binary run as a child process, with a hard deadline.
@Suite("rasd check (child process)")
struct ConfigCheckCommandTests {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// The `rasd` executable SwiftPM built beside this test bundle.
    static func binary() throws -> String {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: RepoRoot.path() + "/.build/debug"))
        let found = candidates.map { $0.appendingPathComponent("rasd").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(found, "no built rasd binary near \(candidates.map(\.path)); run `swift build` first")
    }

    static func rasd(_ arguments: [String], in directory: String, deadline: TimeInterval = 30) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let end = Date().addingTimeInterval(deadline)
        while process.isRunning && Date() < end { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record("rasd \(arguments) did not finish within \(deadline) s")
        }
        process.waitUntilExit()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    @Test func errorsExit78WithFileLineKeyMessageOnStderr() throws {
        let dir = Fixtures.url("config/bad").path
        let run = try Self.rasd(["check", "--config", "rasd.toml"], in: dir)
        #expect(run.status == 78)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.last == "rasd check: 9 errors")
        let errorLines = lines.dropLast()
        #expect(errorLines.count == 9)
        let shape = /^[^:]+:\d+: [a-z_]+: .+$/
        for line in errorLines { #expect(line.wholeMatch(of: shape) != nil, "\(line)") }
        #expect(errorLines.contains("lists/a.toml:12: url: URL scheme 'ftp' is not allowed; use http or https"))
        #expect(errorLines.first?.hasPrefix("rasd.toml:2: feeds: ") == true)
    }

    @Test func aValidConfigPrintsTheSummaryAndExits0() throws {
        let run = try Self.rasd(["check", "--config", Fixtures.url("config/good/rasd.toml").path], in: "/")
        #expect(run.status == 0)
        #expect(run.stdout == "rasd check: ok, 5 feeds from 2 files, 3 enabled\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func feedsFlagsReplaceTheConfigsLists() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        try tmp.write("one.toml", "[[feed]]\nid = \"one\"\nurl = \"https://one.example/\"\n")
        try tmp.write("more/two.toml", "[[feed]]\nid = \"two\"\nurl = \"https://two.example/\"\nenabled = false\n")
        let config = Fixtures.url("config/good/rasd.toml").path
        let run = try Self.rasd(["check", "--config", config, "--feeds", "one.toml", "more", "--state-dir", "s"], in: tmp.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "rasd check: ok, 2 feeds from 2 files, 1 enabled\n")

        let missing = try Self.rasd(["check", "--config", config, "--feeds", "nowhere"], in: tmp.path)
        #expect(missing.status == 78)
        #expect(missing.stderr.hasPrefix("<command line>: --feeds: feed list '\(tmp.path)/nowhere' does not exist"))
    }

    @Test func aTOMLSyntaxErrorIsReportedWithItsLine() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        try tmp.write("rasd.toml", "version = 1\nfeeds = [\"x\"\n")
        let run = try Self.rasd(["check", "--config", "rasd.toml"], in: tmp.path)
        #expect(run.status == 78)
        #expect(run.stderr.hasPrefix("rasd.toml:"))
        #expect(run.stderr.contains("TOML syntax error"))
    }

    @Test func withoutConfigFlagTheSystemThenTheLocalConfigIsRead() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        try tmp.write("Config/rasd.toml", "feeds = [\"../Feeds\"]\n")
        try tmp.write("Feeds/a.toml", "[[feed]]\nid = \"a\"\nurl = \"https://a.example/\"\n")
        let run = try Self.rasd(["check"], in: tmp.path)
        if FileManager.default.fileExists(atPath: "/etc/rasd/rasd.toml") {
            #expect(run.stdout != "rasd check: ok, 1 feed from 1 file, 1 enabled\n" || run.status != 0)
        } else {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "rasd check: ok, 1 feed from 1 file, 1 enabled\n")
        }
    }

    @Test func theShippedRepoChecksClean() throws {
        let run = try Self.rasd(["check", "--config", "Config/rasd.toml"], in: RepoRoot.path())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("rasd check: ok, "))
    }
}
