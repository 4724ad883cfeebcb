import Testing
@testable import RasdCore

/// Decoding and validation of the daemon config and of `[[feed]]` tables, on hand-built
/// documents whose source text gives the lines (the TOML parser itself is tested in adapters).
@Suite("Config decoders")
struct ConfigDecoderTests {
    static func daemon(_ text: String, _ entries: [(key: String, value: ConfigNode)]) -> (DaemonConfig, [ConfigError]) {
        DaemonConfigDecoder.decode(ConfigTable(entries), file: "rasd.toml", map: TOMLSourceMap(text: text))
    }

    @Test func anEmptyConfigIsValidAndAllDefaults() {
        let (config, errors) = Self.daemon("", [])
        #expect(errors.isEmpty)
        #expect(config == DaemonConfig())
        #expect(config.concurrency == 16 && config.perHostConcurrency == 2)
    }

    @Test func valuesOfEveryKindAreRead() {
        let (c, errors) = Self.daemon("", [
            ("default_interval", .string("20m")), ("body_cap", .string("2MiB")), ("concurrency", .integer(4)),
            ("merge_distance_km", .integer(10)), ("feeds", .string("lists")), ("log_level", .string("debug")),
            ("metrics_path", .string("m.prom")),
        ])
        #expect(errors.isEmpty)
        #expect(c.defaultInterval == 1200 && c.bodyCap == 2 << 20 && c.concurrency == 4)
        #expect(c.mergeDistanceKm == 10 && c.feeds == ["lists"] && c.logLevel == "debug" && c.metricsPath == "m.prom")
    }

    @Test(arguments: [
        ("version = 2", "version", ConfigNode.integer(2), ConfigError.Kind.unsupportedVersion),
        ("version = \"1\"", "version", .string("1"), .wrongType),
        ("concurrency = 0", "concurrency", .integer(0), .badValue),
        ("per_host_concurrency = -1", "per_host_concurrency", .integer(-1), .badValue),
        ("body_cap = 0", "body_cap", .integer(0), .badValue),
        ("total_timeout = \"soon\"", "total_timeout", .string("soon"), .badValue),
        ("log_level = \"loud\"", "log_level", .string("loud"), .badValue),
        ("user_agent = \"\"", "user_agent", .string(""), .badValue),
        ("feeds = [1]", "feeds", .array([.integer(1)]), .wrongType),
        ("feeds = []", "feeds", .array([]), .badValue),
        ("state_dir = 7", "state_dir", .integer(7), .wrongType),
        ("merge_distance_km = 0.0", "merge_distance_km", .float(0), .badValue),
        ("default_interval = 30", "default_interval", .integer(30), .intervalOutOfRange),
        ("min_interval = \"2d\"", "min_interval", .string("2d"), .intervalOutOfRange),
        ("connect_timeout = 60", "connect_timeout", .integer(60), .badValue),
        ("stat_dir = \"x\"", "stat_dir", .string("x"), .unknownKey),
    ])
    func eachBadSettingIsOneLocatedError(line: String, key: String, value: ConfigNode, kind: ConfigError.Kind) throws {
        let text = "# settings\n\(line)\n"
        let (_, errors) = Self.daemon(text, [(key, value)])
        try #require(errors.count == 1, "\(errors)")
        #expect(errors[0].kind == kind)
        #expect(errors[0].location == SourceLocation(file: "rasd.toml", line: 2, key: key))
        #expect(errors[0].description.hasPrefix("rasd.toml:2: \(key): "))
    }

    @Test func unknownKeysSuggestTheCloseOne() throws {
        let (_, errors) = Self.daemon("concurency = 3\n", [("concurency", .integer(3))])
        let e = try #require(errors.first)
        #expect(e.message.contains("did you mean 'concurrency'?"))
    }

    // MARK: feed lists

    static func feeds(_ text: String, _ tables: [[(key: String, value: ConfigNode)]]) -> ([FeedDefinition], [ConfigError]) {
        let root = ConfigTable([("feed", .array(tables.map { .table(ConfigTable($0)) }))])
        return FeedListDecoder.decode(root, file: "f.toml", map: TOMLSourceMap(text: text))
    }

    @Test func aFeedTableBecomesAFeedWithItsLines() throws {
        let text = "[[feed]]\nid = \"a\"\nurl = \"https://a.example/rss\"\ninterval = \"1h\"\ntags = [\"x\"]\n"
        let (defs, errors) = Self.feeds(text, [[("id", .string("a")), ("url", .string("https://a.example/rss")),
                                                ("interval", .string("1h")), ("tags", .array([.string("x")]))]])
        #expect(errors.isEmpty)
        let d = try #require(defs.first)
        #expect(d.feed.id == "a" && d.feed.interval == 3600 && d.feed.tags == ["x"] && d.feed.enabled)
        #expect(d.feed.name == "a" && d.feed.outlet == "a")
        #expect(d.feed.origin == SourceLocation(file: "f.toml", line: 1))
        #expect(d.location("url") == SourceLocation(file: "f.toml", line: 3, key: "url"))
    }

    @Test func missingRequiredKeysPointAtTheirTable() {
        let text = "[[feed]]\nid = \"ok\"\nurl = \"https://x.example/\"\n\n[[feed]]\nname = \"no id, no url\"\n"
        let (defs, errors) = Self.feeds(text, [[("id", .string("ok")), ("url", .string("https://x.example/"))],
                                               [("name", .string("no id, no url"))]])
        #expect(defs.map(\.feed.id) == ["ok"])
        #expect(errors.map(\.kind) == [.missingKey, .missingKey])
        #expect(errors.map(\.location) == [SourceLocation(file: "f.toml", line: 5, key: "id"),
                                           SourceLocation(file: "f.toml", line: 5, key: "url")])
    }

    @Test func wrongTypesAndUnknownKeysInAFeed() {
        let text = "[[feed]]\nid = \"a\"\nurl = \"https://a.example/\"\nenabled = \"yes\"\nuserAgent = \"x\"\n"
        let (_, errors) = Self.feeds(text, [[("id", .string("a")), ("url", .string("https://a.example/")),
                                             ("enabled", .string("yes")), ("userAgent", .string("x"))]])
        #expect(Set(errors.map(\.kind)) == [.wrongType, .unknownKey])
        #expect(errors.first { $0.kind == .wrongType }?.location.line == 4)
        #expect(errors.first { $0.kind == .unknownKey }?.message.contains("did you mean 'user_agent'?") == true)
    }

    @Test func feedsMustBeTables() {
        let root = ConfigTable([("feed", .string("nope")), ("feeds", .array([]))])
        let (defs, errors) = FeedListDecoder.decode(root, file: "f.toml", map: TOMLSourceMap(text: "feed = \"nope\"\nfeeds = []\n"))
        #expect(defs.isEmpty)
        #expect(errors.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.unknownKey, .wrongType])
        #expect(errors.first { $0.kind == .unknownKey }?.location.line == 2)
    }
}
