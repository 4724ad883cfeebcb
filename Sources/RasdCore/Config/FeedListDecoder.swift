/// Reads the `[[feed]]` tables of a TOML feed list (`Feeds/*.toml`) into feed definitions.
/// Type and key errors are collected here; checks across lists live in `FeedValidator`.
public enum FeedListDecoder {
    /// Keys a `[[feed]]` table understands.
    public static let feedKeys: [String] = [
        "id", "name", "outlet", "url", "interval", "enabled", "tags", "user_agent", "insecure_tls", "time_zone",
    ]
    /// Keys allowed at the top of a feed list file.
    public static let topKeys: [String] = ["version", "feed"]

    public static func decode(_ table: ConfigTable, file: String, map: TOMLSourceMap)
        -> (feeds: [FeedDefinition], errors: [ConfigError])
    {
        var top = TableReader(table: table, file: file, map: map, ref: .root)
        top.rejectUnknownKeys(known: topKeys, in: "a feed list (feeds go in [[feed]] tables)")
        if let v = top.integer("version"), v != 1 {
            top.fail(.unsupportedVersion, "version", "unsupported feed list version \(v); this rasd reads version 1")
        }
        var errors = top.errors
        guard let node = table["feed"] else { return ([], errors) }
        guard case .array(let elements) = node else {
            errors.append(ConfigError(.wrongType, at: top.location("feed"),
                                      "expected [[feed]] tables, found \(node.typeName)"))
            return ([], errors)
        }
        var feeds: [FeedDefinition] = []
        for (index, element) in elements.enumerated() {
            let ref = TOMLSourceMap.TableRef.element("feed", index)
            guard case .table(let t) = element else {
                errors.append(ConfigError(.wrongType, at: SourceLocation(file: file, line: map.line(of: "feed"), key: "feed"),
                                          "expected a table for feed \(index + 1), found \(element.typeName)"))
                continue
            }
            let (feed, feedErrors) = decodeFeed(t, file: file, map: map, ref: ref, headerLine: map.headerLine(ofElement: index, of: "feed"))
            errors += feedErrors
            if let feed { feeds.append(feed) }
        }
        return (feeds, errors)
    }

    static func decodeFeed(_ t: ConfigTable, file: String, map: TOMLSourceMap, ref: TOMLSourceMap.TableRef, headerLine: Int?)
        -> (FeedDefinition?, [ConfigError])
    {
        var r = TableReader(table: t, file: file, map: map, ref: ref)
        r.rejectUnknownKeys(known: feedKeys, in: "a [[feed]] table")
        let hasID = r.requirePresent("id", in: "[[feed]]")
        let hasURL = r.requirePresent("url", in: "[[feed]]")
        let id = r.string("id"), url = r.string("url")
        let name = r.string("name"), outlet = r.string("outlet")
        let interval = r.duration("interval")
        let enabled = r.boolean("enabled")
        let tags = r.strings("tags")
        let userAgent = r.string("user_agent")
        let insecure = r.boolean("insecure_tls")
        let timeZone = r.string("time_zone")
        guard hasID, hasURL, let id, let url else { return (nil, r.errors) }
        let origin = SourceLocation(file: file, line: headerLine)
        let feed = FeedConfig(id: id, name: name, outlet: outlet, url: url, interval: interval,
                              enabled: enabled ?? true, tags: tags ?? [], userAgent: userAgent,
                              insecureTLS: insecure ?? false, timeZone: timeZone, origin: origin)
        var lines: [String: Int] = [:]
        for key in t.keys { if let line = map.line(of: key, in: ref) { lines[key] = line } }
        return (FeedDefinition(feed: feed, keyLines: lines), r.errors)
    }
}
