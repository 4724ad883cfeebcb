import Foundation

/// A parsed feed document, independent of its wire format, so every later stage reads one shape
/// whatever the publisher sent (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed).
public struct Feed: Sendable, Equatable {
    /// The wire format the parser recognised.
    public enum Format: String, Sendable, Equatable, Codable {
        case rss090, rss091, rss092, rss093, rss094, rss20, rss10
        case atom03, atom10
        case json10, json11
        case unknown
    }

    public var format: Format
    /// The character encoding the bytes were decoded from (IANA name, lower case, e.g. "utf-8", "windows-1256").
    public var encoding: String
    /// True when the document was not well-formed or something had to be guessed (feedparser's "bozo").
    public var bozo: Bool
    /// Human-readable problems met while decoding and parsing, in order.
    public var warnings: [String]
    public var title: String?
    public var link: String?
    public var subtitle: String?
    public var language: String?
    public var updated: Date?
    public var id: String?
    public var author: String?
    /// RSS `<ttl>` in minutes, when present.
    public var ttl: Int?
    public var items: [FeedItem]

    public init(format: Format = .unknown, encoding: String = "utf-8", bozo: Bool = false,
                warnings: [String] = [], title: String? = nil, link: String? = nil,
                subtitle: String? = nil, language: String? = nil, updated: Date? = nil,
                id: String? = nil, author: String? = nil, ttl: Int? = nil, items: [FeedItem] = []) {
        self.format = format; self.encoding = encoding; self.bozo = bozo; self.warnings = warnings
        self.title = title; self.link = link; self.subtitle = subtitle; self.language = language
        self.updated = updated; self.id = id; self.author = author; self.ttl = ttl; self.items = items
    }
}
