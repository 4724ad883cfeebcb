/// A feed as written in a feed list, with the lines of the keys it was written with, so that
/// checks which need every list at once (duplicate ids) or the daemon config (interval range)
/// can still point at the exact line.
public struct FeedDefinition: Sendable, Equatable {
    public var feed: FeedConfig
    /// Line of each key written for this feed (OPML attributes share the outline's line).
    public var keyLines: [String: Int]
    /// How the file spells a key, when not as `FeedConfig`'s TOML name (OPML: `url` is `xmlUrl`).
    public var keyLabels: [String: String]

    public init(feed: FeedConfig, keyLines: [String: Int] = [:], keyLabels: [String: String] = [:]) {
        self.feed = feed; self.keyLines = keyLines; self.keyLabels = keyLabels
    }

    /// Where `key` of this feed was written; the feed's own line when the key was not.
    public func location(_ key: String?) -> SourceLocation {
        let origin = feed.origin ?? SourceLocation(file: "<unknown>")
        return SourceLocation(file: origin.file, line: key.flatMap { keyLines[$0] } ?? origin.line,
                              key: key.map { keyLabels[$0] ?? $0 })
    }
}
