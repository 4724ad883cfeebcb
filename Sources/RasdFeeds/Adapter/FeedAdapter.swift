import Foundation
import RasdCore

/// Second step of parsing: wire structs (as each spec names things) → the one `Feed` shape.
/// Here text is cleaned, dates are read (an unreadable one stays nil and becomes a warning),
/// relative links are resolved and per-format fallbacks applied (guid → link, dc:date → published…).
struct FeedAdapter {
    private(set) var warnings: [String] = []

    // MARK: RSS

    mutating func feed(_ w: RSSChannelWire) -> Feed {
        var f = Feed(format: w.format)
        f.title = title(w.title)
        f.link = (w.link ?? w.atomLinks.first { $0.rel == nil || $0.rel == "alternate" }).map(URLResolver.resolve)
        f.subtitle = body(w.description)
        f.language = w.language.map(Self.languageTag)
        f.updated = date(w.lastBuildDate ?? w.dcDate ?? w.pubDate, "feed")
        f.author = w.managingEditor ?? w.dcCreator ?? w.author
        f.ttl = w.ttl.flatMap { Int($0.trimmedASCII) }
        f.items = w.items.enumerated().map { item($0.element, index: $0.offset) }
        return f
    }

    private mutating func item(_ w: RSSItemWire, index: Int) -> FeedItem {
        var i = FeedItem()
        i.id = w.guid ?? w.rdfAbout
        i.idIsPermaLink = w.guid == nil ? nil : (w.guidIsPermaLink ?? true)
        i.title = title(w.title)
        if let l = w.link ?? w.atomLinks.first(where: { $0.rel == nil || $0.rel == "alternate" }) {
            i.link = URLResolver.resolve(l)
        } else if let g = w.guid, w.guidIsPermaLink != false, URLResolver.isAbsolute(g) || w.guidBase != nil {
            // RSS 2.0: a permalink guid is the item's link when <link> is missing.
            i.link = URLResolver.resolve(WireLink(href: g, base: w.guidBase))
        }
        i.published = date(w.pubDate ?? w.dcDate ?? w.dctermsIssued, "item \(index + 1)")
        i.updated = date(w.dctermsModified, "item \(index + 1)")
        i.summary = body(w.description)
        i.content = body(w.contentEncoded)
        i.authors = w.authors
        i.categories = w.categories
        i.enclosures = w.enclosures.map(enclosure)
        i.language = w.language
        return i
    }

    // MARK: Atom

    mutating func feed(_ w: AtomFeedWire) -> Feed {
        var f = Feed(format: w.format)
        f.title = title(w.title)
        f.link = alternate(w.links).map(URLResolver.resolve)
        f.subtitle = body(w.subtitle)
        f.language = w.language.map(Self.languageTag)
        f.updated = date(w.updated, "feed")
        f.id = w.id
        f.author = w.authors.first
        f.items = w.entries.enumerated().map { entry($0.element, index: $0.offset) }
        return f
    }

    private mutating func entry(_ w: AtomEntryWire, index: Int) -> FeedItem {
        var i = FeedItem()
        i.id = w.id
        i.title = title(w.title)
        i.link = alternate(w.links).map(URLResolver.resolve)
        i.published = date(w.published, "entry \(index + 1)")
        i.updated = date(w.updated, "entry \(index + 1)")
        i.summary = body(w.summary)
        i.content = body(w.content)
        i.authors = w.authors
        i.categories = w.categories
        i.enclosures = w.links.filter { $0.rel == "enclosure" }.map(enclosure)
        i.language = w.language
        return i
    }

    /// The `alternate` link (a missing rel means alternate), HTML preferred.
    private func alternate(_ links: [WireLink]) -> WireLink? {
        let alts = links.filter { $0.rel == nil || $0.rel == "alternate" || $0.rel == "" }
        return alts.first { ($0.type ?? "text/html").contains("html") } ?? alts.first
    }

    // MARK: JSON Feed

    mutating func feed(_ w: JSONFeedWire) -> Feed {
        var f = Feed(format: w.format)
        f.title = w.title.flatMap { HTMLText.clean(Array($0.utf8), kind: .text, title: true) }
        f.link = w.homePageURL
        f.id = w.feedURL
        f.subtitle = w.description.flatMap { HTMLText.clean(Array($0.utf8), kind: .text, title: false) }
        f.language = w.language
        f.author = w.authors.first
        f.items = w.items.enumerated().map { (n, it) in
            var i = FeedItem()
            i.id = it.id
            i.title = it.title.flatMap { HTMLText.clean(Array($0.utf8), kind: .text, title: true) }
            i.link = it.url ?? it.externalURL
            i.published = date(it.datePublished, "item \(n + 1)")
            i.updated = date(it.dateModified, "item \(n + 1)")
            i.summary = it.summary.flatMap { HTMLText.clean(Array($0.utf8), kind: .text, title: false) }
            i.content = it.contentHTML.flatMap { HTMLText.clean(Array($0.utf8), kind: .html, title: false) }
                ?? it.contentText.flatMap { HTMLText.clean(Array($0.utf8), kind: .text, title: false) }
            i.authors = it.authors.isEmpty ? w.authors : it.authors
            i.categories = it.tags
            i.enclosures = it.attachments.map(enclosure)
            i.language = it.language ?? w.language
            return i
        }
        return f
    }

    // MARK: Values

    private func title(_ t: WireText?) -> String? { clean(t, title: true) }
    private func body(_ t: WireText?) -> String? { clean(t, title: false) }

    private func clean(_ t: WireText?, title: Bool) -> String? {
        switch t {
        case .none: return nil
        // Present but empty stays "" (not null): the publisher did send the element.
        case .text(let b)?: return HTMLText.clean(b, kind: .text, title: title) ?? ""
        case .html(let b)?: return HTMLText.clean(b, kind: .html, title: title) ?? ""
        case .clean(let s)?: return title ? HTMLText.clean(Array(s.utf8), kind: .text, title: true) ?? "" : s
        }
    }

    private mutating func date(_ s: String?, _ place: String) -> Date? {
        guard let s else { return nil }
        if let d = FeedDateParser.parse(s) { return d }
        warnings.append("\(place): unparseable date \"\(s.prefix(80))\"")
        return nil
    }

    /// `en_US` → `en-US` (BCP 47 uses hyphens).
    static func languageTag(_ s: String) -> String { s.replacingOccurrences(of: "_", with: "-") }

    private func enclosure(_ l: WireLink) -> Enclosure {
        Enclosure(url: URLResolver.resolve(l), type: l.type,
                  length: l.length.flatMap { Int($0.trimmedASCII) })
    }
}
