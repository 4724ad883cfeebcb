/// One `<outline>` of an OPML document, as read from the file: its attributes, the line it
/// starts on and its children. The XML reading lives in the adapters; this is the pure value.
public struct OPMLOutline: Sendable, Equatable {
    public var attributes: [String: String]
    public var line: Int?
    public var children: [OPMLOutline]

    public init(attributes: [String: String], line: Int? = nil, children: [OPMLOutline] = []) {
        self.attributes = attributes; self.line = line; self.children = children
    }

    /// Attribute lookup ignoring case: exporters write `xmlUrl`, `xmlurl` and `XMLURL`.
    public subscript(name: String) -> String? {
        if let v = attributes[name] { return v }
        return attributes.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// Maps OPML outlines (OPML 1.0/2.0 subscription lists, as feed readers export them) onto feed
/// definitions: an outline with `xmlUrl` is a feed, one without it is a folder whose name
/// becomes a tag of every feed inside; `isComment="true"` (OPML 2.0) keeps a feed listed but
/// disabled. Ids are derived stably so state survives re-exports.
public enum OPMLFeedMapper {
    public static func definitions(from outlines: [OPMLOutline], file: String) -> [FeedDefinition] {
        var used: Set<String> = []
        var out: [FeedDefinition] = []
        walk(outlines, folders: [], disabled: false, file: file, used: &used, into: &out)
        return out
    }

    private static func walk(_ outlines: [OPMLOutline], folders: [String], disabled: Bool, file: String,
                             used: inout Set<String>, into out: inout [FeedDefinition]) {
        for o in outlines {
            let isComment = disabled || o["isComment"]?.lowercased() == "true"
            let label = (o["title"] ?? o["text"])?.trimmed
            if let url = o["xmlUrl"]?.trimmed {
                let name = (label?.isEmpty == false ? label : nil) ?? url
                var tags = folders
                for category in (o["category"] ?? "").split(whereSeparator: { $0 == "," || $0 == "/" }) {
                    let tag = String(category).trimmed
                    if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
                }
                let id = o["id"]?.trimmed ?? derivedID(name: name, url: url, used: used)
                used.insert(id)
                let feed = FeedConfig(id: id, name: name, outlet: name, url: url, enabled: !isComment, tags: tags,
                                      origin: SourceLocation(file: file, line: o.line))
                var lines: [String: Int] = [:]
                if let line = o.line { for key in ["id", "url", "name"] { lines[key] = line } }
                out.append(FeedDefinition(feed: feed, keyLines: lines, keyLabels: ["url": "xmlUrl", "name": "title"]))
            }
            if !o.children.isEmpty {
                let folder = o["xmlUrl"] == nil ? label.flatMap { $0.isEmpty ? nil : $0 } : nil
                walk(o.children, folders: folders + (folder.map { [$0] } ?? []), disabled: isComment,
                     file: file, used: &used, into: &out)
            }
        }
    }

    /// The slug of the feed's name when it has one (`"BBC Arabic"` → `bbc-arabic`), else a hash
    /// of its URL (`feed-1a2b3c4d`); a slug already used in the file gets the hash appended.
    public static func derivedID(name: String, url: String, used: Set<String>) -> String {
        let hash = "feed-" + urlHash(url)
        let s = slug(name)
        guard s.filter({ $0 != "-" }).count >= 2 else { return hash }
        return used.contains(s) ? s + "-" + urlHash(url) : s
    }

    /// Lower-case ASCII letters and digits joined by single dashes, at most 48 characters.
    public static func slug(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c) } else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        if out.count > 48 { out = String(out.prefix(48)); while out.last == "-" { out.removeLast() } }
        return out
    }

    /// FNV-1a 64 of the URL's bytes, first 8 hex digits: stable across runs and machines.
    public static func urlHash(_ url: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(8))
    }
}

private extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
