import Testing
@testable import RasdCore

@Suite("Config paths and flag overrides")
struct ConfigPathsTests {
    @Test(arguments: [
        ("../Feeds", "/repo/Config", "/repo/Feeds"), ("/etc/rasd/feeds", "/repo/Config", "/etc/rasd/feeds"),
        ("./state/", "/repo/Config", "/repo/Config/state"), ("a/../../b", "/x/y", "/x/b"), ("../../..", "/a", "/"),
        ("Feeds", "Config", "Config/Feeds"), ("../x", ".", "../x"),
    ])
    func relativePathsResolveAgainstTheConfigFolder(path: String, base: String, expected: String) {
        #expect(ConfigPaths.resolve(path, against: base) == expected)
    }

    @Test(arguments: [("/etc/rasd/rasd.toml", "/etc/rasd"), ("rasd.toml", "."), ("/rasd.toml", "/")])
    func directoryOfAFile(file: String, dir: String) {
        #expect(ConfigPaths.directory(of: file) == dir)
    }

    @Test func everyPathSettingIsResolved() {
        var c = DaemonConfig()
        c.stateDir = "../run/state"; c.outboxDir = "/abs/outbox"; c.feeds = ["../Feeds", "extra.opml"]
        c.logFile = "log/rasd.log"; c.metricsPath = "m.prom"; c.gazetteerOverlay = "g.tsv"; c.lexiconOverlay = "l.tsv"
        let r = ConfigPaths.resolvingRelativePaths(c, against: "/repo/Config")
        #expect(r.stateDir == "/repo/run/state" && r.outboxDir == "/abs/outbox")
        #expect(r.feeds == ["/repo/Feeds", "/repo/Config/extra.opml"])
        #expect(r.logFile == "/repo/Config/log/rasd.log" && r.metricsPath == "/repo/Config/m.prom")
        #expect(r.gazetteerOverlay == "/repo/Config/g.tsv" && r.lexiconOverlay == "/repo/Config/l.tsv")
    }

    @Test func flagsOverrideOnlyWhatTheyName() {
        var c = DaemonConfig()
        c.feeds = ["/cfg/Feeds"]; c.stateDir = "/cfg/state"
        let none = ConfigOverrides().applied(to: c)
        #expect(none == c)
        let some = ConfigOverrides(feeds: ["/x/a.toml", "/x/b"], outboxDir: "/tmp/out").applied(to: c)
        #expect(some.feeds == ["/x/a.toml", "/x/b"] && some.outboxDir == "/tmp/out" && some.stateDir == "/cfg/state")
    }

    @Test func emptyFlagValuesAreErrorsOnTheCommandLine() {
        let errors = ConfigOverrides(feeds: [""], stateDir: "", outboxDir: "").problems()
        #expect(errors.map(\.location.key) == ["--feeds", "--state-dir", "--outbox"])
        #expect(errors.allSatisfy { $0.location.file == "<command line>" })
    }

    @Test func summaryCountsFeedsFilesAndEnabled() {
        let feeds = [FeedConfig(id: "a", url: "https://a/"), FeedConfig(id: "b", url: "https://b/", enabled: false)]
        let e = EffectiveConfig(daemon: DaemonConfig(), feeds: feeds, configFile: "/c", feedFiles: ["/f"])
        #expect(e.summary == "2 feeds from 1 file, 1 enabled")
    }

    @Test func errorsPrintFileLineKeyMessage() {
        let e = ConfigError(.badURL, at: SourceLocation(file: "Feeds/a.toml", line: 12, key: "url"), "bad")
        #expect(e.description == "Feeds/a.toml:12: url: bad")
        #expect(ConfigError(.syntax, at: SourceLocation(file: "f"), "x").description == "f: x")
    }

    @Test func displayOrderKeepsFilesInOrderAndSortsLines() {
        let errors = [ConfigError(.badURL, at: SourceLocation(file: "z.toml", line: 9), "1"),
                      ConfigError(.badURL, at: SourceLocation(file: "a.toml", line: 2), "2"),
                      ConfigError(.badURL, at: SourceLocation(file: "z.toml", line: 3), "3")]
        #expect(errors.sortedForDisplay().map(\.message) == ["3", "1", "2"])
    }
}
