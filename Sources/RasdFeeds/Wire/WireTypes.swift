/// A text value as a feed publishes it, before clean-up: plain text, escaped HTML, or text already
/// taken out of an inline XHTML subtree. Bytes are a slice so lifted CDATA is not copied.
enum WireText: Equatable {
    case text(ArraySlice<UInt8>)
    case html(ArraySlice<UInt8>)
    case clean(String)
}

/// A link as published, with the xml:base in force where it appeared (only recorded when the
/// link is relative, because only then does it matter).
struct WireLink: Equatable {
    var href: String
    var base: String?
    var rel: String?
    var type: String?
    var length: String?
}

/// The elements of an RSS 0.9x / 1.0 / 2.0 channel rasd reads, named as the specs name them.
struct RSSChannelWire {
    var format: Feed.Format = .rss20
    var title: WireText?
    var link: WireLink?
    var atomLinks: [WireLink] = []
    var description: WireText?
    var language: String?
    var pubDate: String?
    var lastBuildDate: String?
    var dcDate: String?
    var managingEditor: String?
    var dcCreator: String?
    var author: String?
    var ttl: String?
    var items: [RSSItemWire] = []
}

struct RSSItemWire {
    var title: WireText?
    var link: WireLink?
    var atomLinks: [WireLink] = []
    var description: WireText?
    var contentEncoded: WireText?
    var guid: String?
    var guidIsPermaLink: Bool?
    var guidBase: String?
    var rdfAbout: String?
    var pubDate: String?
    var dcDate: String?
    var dctermsIssued: String?
    var dctermsModified: String?
    var authors: [String] = []
    var categories: [String] = []
    var enclosures: [WireLink] = []
    var language: String?
}

/// The elements of an Atom 1.0 (or 0.3) feed rasd reads.
struct AtomFeedWire {
    var format: Feed.Format = .atom10
    var title: WireText?
    var subtitle: WireText?
    var links: [WireLink] = []
    var id: String?
    var updated: String?
    var authors: [String] = []
    var language: String?
    var entries: [AtomEntryWire] = []
}

struct AtomEntryWire {
    var id: String?
    var title: WireText?
    var links: [WireLink] = []
    var published: String?
    var updated: String?
    var summary: WireText?
    var content: WireText?
    var authors: [String] = []
    var categories: [String] = []
    var language: String?
}

import RasdCore
