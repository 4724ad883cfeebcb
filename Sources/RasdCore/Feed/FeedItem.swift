import Foundation

/// One entry of a feed with clean text and parsed dates: the unit every later stage
/// (identity, dedup, extraction) consumes. Text fields hold plain UTF-8 (HTML already turned to
/// text with paragraph breaks); links are absolute.
public struct FeedItem: Sendable, Equatable {
    /// `guid` / `id` as published, if any.
    public var id: String?
    /// RSS `guid isPermaLink`; nil when the feed did not say.
    public var idIsPermaLink: Bool?
    public var title: String?
    public var link: String?
    public var published: Date?
    public var updated: Date?
    public var summary: String?
    public var content: String?
    public var authors: [String]
    public var categories: [String]
    public var enclosures: [Enclosure]
    public var language: String?

    public init(id: String? = nil, idIsPermaLink: Bool? = nil, title: String? = nil, link: String? = nil,
                published: Date? = nil, updated: Date? = nil, summary: String? = nil,
                content: String? = nil, authors: [String] = [], categories: [String] = [],
                enclosures: [Enclosure] = [], language: String? = nil) {
        self.id = id; self.idIsPermaLink = idIsPermaLink; self.title = title; self.link = link
        self.published = published; self.updated = updated; self.summary = summary
        self.content = content; self.authors = authors; self.categories = categories
        self.enclosures = enclosures; self.language = language
    }

    /// The longest text the item carries: full content when present, else the summary.
    public var bodyText: String { content ?? summary ?? "" }
}

/// A media attachment (`<enclosure>`, `media:content`, Atom `link rel="enclosure"`).
public struct Enclosure: Sendable, Equatable, Codable {
    public var url: String
    public var type: String?
    public var length: Int?
    public init(url: String, type: String? = nil, length: Int? = nil) {
        self.url = url; self.type = type; self.length = length
    }
}
