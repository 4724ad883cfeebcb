import Foundation
import RasdAdapters
import RasdCore
import Testing

@Suite("Config loader on real files")
struct ConfigLoaderTests {
    let loader = ConfigLoader()

    @Test func theGoodFixtureLoadsWithPathsResolvedAgainstTheConfigFolder() throws {
        let dir = Fixtures.url("config/good").path
        let loaded = try loader.load(configFile: dir + "/rasd.toml").get()
        let c = loaded.daemon
        #expect(c.stateDir == dir + "/state" && c.outboxDir == dir + "/out/box")
        #expect(c.feeds == [dir + "/lists"] && c.logFile == dir + "/logs/rasd.log")
        #expect(c.metricsPath == "/var/lib/node-exporter/rasd.prom" && c.gazetteerOverlay == dir + "/places.tsv")
        #expect(c.defaultInterval == 1200 && c.minInterval == 120 && c.maxInterval == 43_200)
        #expect(c.concurrency == 8 && c.perHostConcurrency == 1 && c.connectTimeout == 5 && c.totalTimeout == 20)
        #expect(c.bodyCap == 2 << 20 && c.userAgent == "rasd-test/1" && c.logLevel == "notice")
        #expect(c.backoffCap == 10_800 && c.forceRefetchAfter == 43_200 && c.retentionDays == 14)
        #expect(c.failingAfter == 5 && c.mergeDistanceKm == 12.5 && c.lexiconOverlay == dir + "/cues.tsv")
        #expect(loaded.feedFiles == [dir + "/lists/iraq.toml", dir + "/lists/subscriptions.opml"])
        #expect(loaded.summary == "5 feeds from 2 files, 3 enabled")
    }

    @Test func tomlFeedsCarryEveryKey() throws {
        let loaded = try loader.load(configFile: Fixtures.url("config/good/rasd.toml").path).get()
        let shafaq = try #require(loaded.feeds.first { $0.id == "shafaq" })
        #expect(shafaq.name == "شفق نيوز" && shafaq.outlet == "Shafaq News" && shafaq.interval == 1800)
        #expect(shafaq.tags == ["iraq"] && shafaq.timeZone == "Asia/Baghdad" && shafaq.enabled && !shafaq.insecureTLS)
        #expect(shafaq.origin?.line == 3 && shafaq.origin?.file.hasSuffix("lists/iraq.toml") == true)
        let sumaria = try #require(loaded.feeds.first { $0.id == "sumaria" })
        #expect(sumaria.interval == 3600 && !sumaria.enabled && sumaria.insecureTLS)
        #expect(sumaria.userAgent == "Mozilla/5.0 (compatible; rasd)" && sumaria.name == "sumaria")
    }

    @Test func opmlFoldersBecomeTagsAndIDsAreDerived() throws {
        let loaded = try loader.load(configFile: Fixtures.url("config/good/rasd.toml").path).get()
        let opml = loaded.feeds.filter { $0.origin?.file.hasSuffix(".opml") == true }
        #expect(opml.map(\.id) == ["an-nahar", "feed-" + OPMLFeedMapper.urlHash("https://enab.example/feed"), "hespress"])
        #expect(opml.map(\.tags) == [["Levant", "Lebanon"], ["Levant"], []])
        #expect(opml.map(\.enabled) == [true, true, false])
        #expect(opml[1].name == "عنب بلدي")
        #expect(opml.map { $0.origin?.line } == [7, 9, 12])  // the line each <outline> starts on
    }

    @Test func theBadFixtureReportsEveryErrorWithItsPlace() throws {
        let dir = Fixtures.url("config/bad").path
        let errors = try #require(loader.load(configFile: dir + "/rasd.toml").failure?.errors)
        let lines = errors.map { e -> String in
            var e = e
            e.location.file = e.location.file.replacingOccurrences(of: dir + "/", with: "")
            return "\(e.location) [\(e.kind.rawValue)]"
        }
        #expect(lines == [
            "rasd.toml:2: feeds [missingFile]",
            "rasd.toml:3: log_level [badValue]",
            "rasd.toml:4: per_host_concurrency [badValue]",
            "rasd.toml:6: statedir [unknownKey]",
            "lists/a.toml:8: interval [intervalOutOfRange]",
            "lists/a.toml:12: url [badURL]",
            "lists/b.toml:3: id [duplicateID]",
            "lists/b.toml:6: enabeld [unknownKey]",
            "lists/b.toml:8: id [missingKey]",
        ])
        let duplicate = try #require(errors.first { $0.kind == .duplicateID })
        #expect(duplicate.message.contains(dir + "/lists/a.toml:1"))
        #expect(errors.first { $0.location.key == "enabeld" }?.message.contains("did you mean 'enabled'?") == true)
    }

    // MARK: each kind of error from a file written by the test

    static let feedOK = "[[feed]]\nid = \"ok\"\nurl = \"https://ok.example/rss\"\n"

    @Test(arguments: [
        ("version = \n", feedOK, ConfigError.Kind.syntax, "rasd.toml", 1, nil as String?),
        ("version = 3\n", feedOK, .unsupportedVersion, "rasd.toml", 1, "version"),
        ("\nconcurrency = -4\n", feedOK, .badValue, "rasd.toml", 2, "concurrency"),
        ("log_level = \"WARN\"\n", feedOK, .badValue, "rasd.toml", 1, "log_level"),
        ("body_cap = \"lots\"\n", feedOK, .badValue, "rasd.toml", 1, "body_cap"),
        ("total_timeout = true\n", feedOK, .wrongType, "rasd.toml", 1, "total_timeout"),
        ("user-agent = \"x\"\n", feedOK, .unknownKey, "rasd.toml", 1, "user-agent"),
        ("", "[[feed]]\nid = \"x\"\nurl = \"https://x.example\"\n[[feed\n", .syntax, "feeds/list.toml", 4, nil),
        ("", "[[feed]]\nid = \"x\"\n\n", .missingKey, "feeds/list.toml", 1, "url"),
        ("", "[[feed]]\nid = \"x\"\nurl = \"gopher://x\"\n", .badURL, "feeds/list.toml", 3, "url"),
        ("", "[[feed]]\nid = \"x\"\nurl = \"https://x.example\"\nintervall = 60\n", .unknownKey, "feeds/list.toml", 4, "intervall"),
        ("", "[[feed]]\nid = 5\nurl = \"https://x.example\"\n", .wrongType, "feeds/list.toml", 2, "id"),
        ("max_interval = \"2h\"\n", "[[feed]]\nid = \"x\"\nurl = \"https://x.example\"\ninterval = \"3h\"\n",
         .intervalOutOfRange, "feeds/list.toml", 4, "interval"),
        ("", "version = 2\n", .unsupportedVersion, "feeds/list.toml", 1, "version"),
        ("", "[feed]\nid = \"x\"\n", .wrongType, "feeds/list.toml", 1, "feed"),
    ])
    func oneErrorOfEachKind(config: String, feedList: String, kind: ConfigError.Kind, file: String, line: Int, key: String?) throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("rasd.toml", "feeds = [\"feeds\"]\n" + config)
        try tmp.write("feeds/list.toml", feedList)
        let errors = try #require(loader.load(configFile: configFile).failure?.errors)
        try #require(errors.count == 1, "\(errors)")
        let e = errors[0]
        #expect(e.kind == kind)
        // The config's own lines are shifted by the `feeds` line the test puts first.
        let expectedLine = file == "rasd.toml" ? line + 1 : line
        #expect(e.location == SourceLocation(file: tmp.path + "/" + file, line: expectedLine, key: key), "\(e)")
    }

    @Test func duplicateIDsAcrossTOMLAndOPMLNameBothFiles() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("rasd.toml", "feeds = [\"feeds\"]\n")
        try tmp.write("feeds/a.toml", "\n\n[[feed]]\nid = \"bbc-arabic\"\nurl = \"https://bbc.example/\"\n")
        try tmp.write("feeds/b.opml", """
            <opml version="2.0"><body>
            <outline text="BBC Arabic" xmlUrl="https://bbc.example/other"/>
            </body></opml>
            """)
        let errors = try #require(loader.load(configFile: configFile).failure?.errors)
        #expect(errors.count == 1)
        #expect(errors.first?.kind == .duplicateID)
        #expect(errors.first?.location.file == tmp.path + "/feeds/b.opml" && errors.first?.location.line == 2)
        #expect(errors.first?.message.contains(tmp.path + "/feeds/a.toml:3") == true)
    }

    @Test func missingAndUnreadableFilesAreErrors() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        #expect(loader.load(configFile: tmp.path + "/nope.toml").failure?.errors.map(\.kind) == [.missingFile])

        let configFile = try tmp.write("rasd.toml", "version = 1\nfeeds = [\"feeds\", \"gone.toml\", \"notes.txt\"]\n")
        try tmp.write("feeds/latin1.toml", data: Data([0x69, 0x64, 0x20, 0x3D, 0x20, 0x22, 0xE9, 0x22, 0x0A]))
        try tmp.write("notes.txt", "hello")
        let errors = try #require(loader.load(configFile: configFile).failure?.errors)
        #expect(errors.map(\.kind) == [.missingFile, .badValue, .unreadableFile])
        #expect(errors[0].location == SourceLocation(file: configFile, line: 2, key: "feeds"))
        #expect(errors[2].location.file == tmp.path + "/feeds/latin1.toml")
    }

    @Test func aFolderWhereAListFileShouldBeIsUnreadable() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("rasd.toml", "feeds = \"feeds\"\n")
        try FileManager.default.createDirectory(atPath: tmp.path + "/feeds/odd.opml", withIntermediateDirectories: true)
        let errors = try #require(loader.load(configFile: configFile).failure?.errors)
        #expect(errors.map(\.kind) == [.unreadableFile])
        #expect(errors.first?.location.file == tmp.path + "/feeds/odd.opml")
    }

    @Test func anEmptyFeedsFolderIsAnError() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("rasd.toml", "feeds = \"feeds\"\n")
        try tmp.write("feeds/README.md", "nothing here")
        let errors = try #require(loader.load(configFile: configFile).failure?.errors)
        #expect(errors.map(\.kind) == [.missingFile])
        #expect(errors[0].message.contains("holds no *.toml or *.opml"))
    }

    @Test(arguments: [
        ("<opml><body><outline text=\"a\" xmlUrl=\"https://a/\"></body></opml>", "does not match <outline> opened on line 1"),
        ("<rss version=\"2.0\"><channel/></rss>", "not <opml>"),
        ("", "no <opml>"),
        ("<opml><body>\n<outline text=\"a\" xmlUrl=\"https://a/&nbsp;\"/></body></opml>", "undefined entity"),
    ])
    func malformedOPMLIsALocatedSyntaxError(document: String, reason: String) throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("rasd.toml", "feeds = \"subs.opml\"\n")
        try tmp.write("subs.opml", document)
        let errors = try #require(loader.load(configFile: configFile).failure?.errors)
        #expect(errors.map(\.kind) == [.syntax])
        #expect(errors[0].location.file == tmp.path + "/subs.opml")
        #expect(errors[0].message.contains(reason), "\(errors[0].message)")
    }

    @Test func opmlNeverLoadsExternalEntities() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        try tmp.write("secret.txt", "TOP-SECRET")
        let configFile = try tmp.write("rasd.toml", "feeds = \"subs.opml\"\n")
        try tmp.write("subs.opml", """
            <?xml version="1.0"?>
            <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file://\(tmp.path)/secret.txt">]>
            <opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://x.example/"/></body></opml>
            """)
        switch loader.load(configFile: configFile) {
        case .success(let loaded): #expect(!loaded.feeds.contains { $0.name.contains("TOP-SECRET") })
        case .failure(let errors): #expect(!errors.description.contains("TOP-SECRET"))
        }
    }

    // MARK: flags

    @Test func flagsOverrideTheConfigFile() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("etc/rasd.toml", "feeds = [\"broken\"]\nstate_dir = \"s\"\noutbox_dir = \"o\"\n")
        let list = try tmp.write("mine/only.toml", Self.feedOK)
        let overrides = ConfigOverrides(feeds: [list], stateDir: tmp.path + "/flag-state", outboxDir: tmp.path + "/flag-out")
        let loaded = try loader.load(configFile: configFile, overrides: overrides).get()
        #expect(loaded.daemon.feeds == [list] && loaded.feedFiles == [list])
        #expect(loaded.daemon.stateDir == tmp.path + "/flag-state" && loaded.daemon.outboxDir == tmp.path + "/flag-out")
        #expect(loaded.feeds.map(\.id) == ["ok"])

        let without = try #require(loader.load(configFile: configFile).failure?.errors)
        #expect(without.map(\.location) == [SourceLocation(file: configFile, line: 1, key: "feeds")])
    }

    @Test func aMissingFlagPathIsLocatedOnTheCommandLine() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("rasd.toml", "version = 1\n")
        let errors = try #require(loader.load(configFile: configFile,
                                              overrides: ConfigOverrides(feeds: [tmp.path + "/nothing"])).failure?.errors)
        #expect(errors.map(\.location) == [SourceLocation(file: "<command line>", key: "--feeds")])
    }

    @Test func feedsFlagStillChecksListsWhenTheConfigIsBroken() throws {
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let configFile = try tmp.write("rasd.toml", "version = = 1\n")
        let list = try tmp.write("l.toml", "[[feed]]\nid = \"x\"\nurl = \"mailto:a@b\"\n")
        let errors = try #require(loader.load(configFile: configFile, overrides: ConfigOverrides(feeds: [list])).failure?.errors)
        #expect(errors.map(\.kind) == [.syntax, .badURL])
    }

    // MARK: what ships in the repo

    @Test func theShippedConfigAndFeedListsValidateClean() throws {
        let root = RepoRoot.path()
        let result = loader.load(configFile: root + "/Config/rasd.toml")
        let loaded = try result.get()
        #expect(loaded.daemon.stateDir == root + "/run/state" && loaded.daemon.outboxDir == root + "/run/outbox")
        #expect(loaded.daemon.feeds == [root + "/Feeds"])
        #expect(loaded.daemon.concurrency == 16 && loaded.daemon.perHostConcurrency == 2)
        #expect(loaded.daemon.userAgent == RasdVersion.userAgent)
        // Apart from where things live, the shipped file states exactly the built-in defaults.
        var sameAsDefaults = loaded.daemon
        let defaults = DaemonConfig()
        sameAsDefaults.stateDir = defaults.stateDir; sameAsDefaults.outboxDir = defaults.outboxDir; sameAsDefaults.feeds = defaults.feeds
        #expect(sameAsDefaults == defaults)
        #expect(loaded.feedFiles.contains(root + "/Feeds/arabic-news.toml"))
        #expect(loaded.feedFiles.contains(root + "/Feeds/example.opml"))
        let news = loaded.feeds.filter { $0.origin?.file == root + "/Feeds/arabic-news.toml" }
        #expect(news.count >= 12)
        #expect(news.allSatisfy { $0.enabled && $0.timeZone != nil && $0.outlet != $0.id })
        for outlet in ["Al Jazeera Arabic", "BBC Arabic", "Sky News Arabia", "France 24 Arabic", "RT Arabic", "Al Arabiya",
                       "Asharq Al-Awsat", "Anadolu Agency Arabic", "Shafaq News", "Alsumaria", "Rudaw Arabic",
                       "Independent Arabia"] {
            #expect(news.contains { $0.outlet == outlet }, "\(outlet)")
        }
        let examples = loaded.feeds.filter { $0.origin?.file == root + "/Feeds/example.opml" }
        #expect(!examples.isEmpty && examples.allSatisfy { !$0.enabled })
    }

    @Test func theShippedConfigShowsEverySettingAndItsExamplesAreValid() throws {
        let root = RepoRoot.path()
        let text = try String(contentsOfFile: root + "/Config/rasd.toml", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        for key in DaemonConfigDecoder.keys {
            #expect(lines.contains { $0.hasPrefix("\(key) = ") || $0.hasPrefix("# \(key) = ") }, "\(key) not shown")
        }
        // Uncomment every example setting: the result must still be a valid config.
        let uncommented = lines.map { line -> String in
            let body = line.dropFirst(2)
            return line.hasPrefix("# ") && DaemonConfigDecoder.keys.contains { body.hasPrefix("\($0) = ") } ? String(body) : line
        }.joined(separator: "\n")
        #expect(uncommented != text)
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let file = try tmp.write("Config/rasd.toml", uncommented)
        try tmp.write("Feeds/a.toml", Self.feedOK)
        // The overlays it names are the shipped ones, and they must pass the overlay check too.
        for overlay in ["gazetteer.local.tsv", "lexicon.local.tsv"] {
            try tmp.write("Config/" + overlay, data: try Data(contentsOf: URL(fileURLWithPath: root + "/Config/" + overlay)))
        }
        let loaded = try loader.load(configFile: file).get()
        #expect(loaded.daemon.userAgent == RasdVersion.userAgent)
        #expect(loaded.daemon.logFile == "/var/log/rasd/rasd.log")
        #expect(loaded.daemon.gazetteerOverlay == tmp.path + "/Config/gazetteer.local.tsv")
        #expect(loaded.daemon.lexiconOverlay == tmp.path + "/Config/lexicon.local.tsv")
    }

    @Test func everyShippedURLIsMarkedUnconfirmed() throws {
        let lines = try String(contentsOfFile: RepoRoot.path() + "/Feeds/arabic-news.toml", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let urlLines = lines.indices.filter { lines[$0].hasPrefix("url = ") }
        #expect(urlLines.count >= 12)
        for i in urlLines { #expect(lines[i - 1].hasPrefix("# UNCONFIRMED"), "\(lines[i])") }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}

/// The overlays a config names are part of it: a bad row or a missing file refuses the config
/// with `file:line: field: message` (or the config key's line), as a bad key does.
@Suite("Config loader: gazetteer and lexicon overlays")
struct ConfigOverlayCheckTests {
    static let gazetteerHeader = "name_ar\tname_ar_other\tname_en\tkind\tadmin1_ar\tadmin1_en\tcountry\tlat\tlon\tpopulation\tsource\n"
    static let lexiconHeader = "type\tphrase_ar\tcanonical\tside\tnote\n"

    func config(_ dir: ConfigTempDir, overlays: String) throws -> String {
        try dir.write("feeds/main.toml", "version = 1\n\n[[feed]]\nid = \"a\"\nurl = \"https://a.example/rss\"\n")
        return try dir.write("rasd.toml", "version = 1\nfeeds = [\"feeds\"]\n" + overlays)
    }

    @Test func validOverlaysLoad() throws {
        let dir = try ConfigTempDir(); defer { dir.remove() }
        try dir.write("places.tsv", Self.gazetteerHeader + "معسكر الاختبار\t\tTest Camp\tmilitary_base\tالأنبار\tAl Anbar\tIQ\t33.4\t42.1\t\tfixture\n")
        try dir.write("lexicon.tsv", Self.lexiconHeader + "actor\tسرايا الاختبار\tTest Brigades\tnon_state\t\n")
        let file = try config(dir, overlays: "gazetteer_overlay = \"places.tsv\"\nlexicon_overlay = \"lexicon.tsv\"\n")
        let loaded = try ConfigLoader().load(configFile: file).get()
        #expect(loaded.daemon.lexiconOverlay == dir.path + "/lexicon.tsv")
    }

    @Test func badRowsAreRefusedWithTheirFileLineAndField() throws {
        let dir = try ConfigTempDir(); defer { dir.remove() }
        try dir.write("places.tsv", Self.gazetteerHeader + "معسكر الاختبار\t\tTest Camp\tmilitary_base\tالأنبار\tAl Anbar\tIQ\tnorth\t42.1\t\tfixture\n")
        try dir.write("lexicon.tsv", Self.lexiconHeader + "# a comment\nmilitia\tعصبة\tUsba\tnon_state\t\n")
        let file = try config(dir, overlays: "gazetteer_overlay = \"places.tsv\"\nlexicon_overlay = \"lexicon.tsv\"\n")
        guard case .failure(let failure) = ConfigLoader().load(configFile: file) else {
            Issue.record("a config with bad overlay rows loaded"); return
        }
        let lines = failure.errors.map(\.description)
        #expect(lines.contains { $0.hasPrefix(dir.path + "/places.tsv:2: lat:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix(dir.path + "/lexicon.tsv:3: type:") && $0.contains("militia") }, "\(lines)")
    }

    @Test func aMissingOverlayNamesTheConfigKey() throws {
        let dir = try ConfigTempDir(); defer { dir.remove() }
        let file = try config(dir, overlays: "lexicon_overlay = \"nowhere.tsv\"\n")
        guard case .failure(let failure) = ConfigLoader().load(configFile: file) else {
            Issue.record("a config naming a missing overlay loaded"); return
        }
        #expect(failure.errors.map(\.description) == [file + ":3: lexicon_overlay: overlay file \(dir.path)/nowhere.tsv does not exist"])
    }
}
