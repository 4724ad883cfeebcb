import CLibXML2

/// Reads RSS 0.90–0.94, 1.0 (RDF) and 2.0 trees into wire structs. Items are found inside the
/// channel (0.9x/2.0) or beside it (0.90/1.0); unknown elements are ignored.
struct RSSReader {
    let doc: xmlDocPtr

    func read(root: xmlNodePtr, format: Feed.Format) -> RSSChannelWire {
        var wire = RSSChannelWire(format: format)
        let top = XMLNodeAccess.children(root)
        for node in top {
            switch XMLNodeAccess.key(node) {
            case "channel": readChannel(node, into: &wire)
            case "item": wire.items.append(readItem(node))
            default: break
            }
        }
        if XMLNodeAccess.key(root) == "channel" { readChannel(root, into: &wire) }
        return wire
    }

    private func readChannel(_ channel: xmlNodePtr, into w: inout RSSChannelWire) {
        // CDF (Microsoft's Channel Definition Format) keeps link and date in attributes.
        if let href = XMLNodeAccess.attribute(channel, "HREF") ?? XMLNodeAccess.attribute(channel, "href") {
            w.link = link(channel, href)
        }
        w.lastBuildDate = XMLNodeAccess.attribute(channel, "LASTMOD") ?? XMLNodeAccess.attribute(channel, "lastmod")
        for node in XMLNodeAccess.children(channel) {
            switch XMLNodeAccess.key(node) {
            case "title", "dc:title": if w.title == nil { w.title = text(node) }
            case "link": if w.link == nil { w.link = link(node, XMLNodeAccess.text(node)) }
            case "atom:link": if let l = atomLink(node) { w.atomLinks.append(l) }
            case "description", "dc:description", "itunes:subtitle", "itunes:summary", "abstract":
                if w.description == nil { w.description = text(node) }
            case "language", "dc:language": if w.language == nil { w.language = plain(node) }
            case "pubdate", "dcterms:issued": w.pubDate = w.pubDate ?? plain(node)
            case "lastbuilddate": w.lastBuildDate = w.lastBuildDate ?? plain(node)
            case "dc:date", "dcterms:modified": w.dcDate = w.dcDate ?? plain(node)
            case "managingeditor": w.managingEditor = w.managingEditor ?? plain(node)
            case "dc:creator": w.dcCreator = w.dcCreator ?? plain(node)
            case "author", "itunes:author": w.author = w.author ?? plain(node)
            case "ttl": w.ttl = plain(node)
            case "item": w.items.append(readItem(node))
            default: break
            }
        }
    }

    private func readItem(_ item: xmlNodePtr) -> RSSItemWire {
        var w = RSSItemWire()
        w.rdfAbout = XMLNodeAccess.attribute(item, "about", namespace: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
        w.language = XMLNodeAccess.attribute(item, "lang", namespace: "http://www.w3.org/XML/1998/namespace")
        if let href = XMLNodeAccess.attribute(item, "HREF") ?? XMLNodeAccess.attribute(item, "href") { w.link = link(item, href) }
        w.dctermsModified = XMLNodeAccess.attribute(item, "LASTMOD") ?? XMLNodeAccess.attribute(item, "lastmod")
        for node in XMLNodeAccess.children(item) {
            switch XMLNodeAccess.key(node) {
            case "title", "dc:title": if w.title == nil { w.title = text(node) }
            case "link": if w.link == nil { w.link = link(node, XMLNodeAccess.text(node)) }
            case "atom:link": if let l = atomLink(node) { w.atomLinks.append(l) }
            case "description", "dc:description", "itunes:summary", "abstract":
                if w.description == nil { w.description = text(node) }
            case "content:encoded", "xhtml:body", "body", "fullitem":
                if w.contentEncoded == nil {
                    w.contentEncoded = XMLNodeAccess.children(node).isEmpty
                        ? .html(XMLNodeAccess.textBytes(node)) : .clean(HTMLText.clean(xhtml: node, title: false) ?? "")
                }
            case "guid":
                w.guid = plain(node)
                if let p = XMLNodeAccess.attribute(node, "isPermaLink") {
                    w.guidIsPermaLink = p.trimmedASCII.lowercased() != "false"
                }
                if let g = w.guid, !URLResolver.isAbsolute(g) { w.guidBase = XMLNodeAccess.base(doc, node) }
            case "pubdate": w.pubDate = w.pubDate ?? plain(node)
            case "dc:date": w.dcDate = w.dcDate ?? plain(node)
            case "dcterms:issued", "dcterms:created": w.dctermsIssued = w.dctermsIssued ?? plain(node)
            case "dcterms:modified", "atom:updated": w.dctermsModified = w.dctermsModified ?? plain(node)
            case "author", "dc:creator", "dc:author", "itunes:author": if let a = plain(node) { w.authors.append(a) }
            case "category", "dc:subject": if let c = plain(node) { w.categories.append(c) }
            case "itunes:category": itunesCategories(node, into: &w.categories)
            case "dc:language": w.language = plain(node) ?? w.language
            case "enclosure": if let e = enclosure(node, url: "url", length: "length") { w.enclosures.append(e) }
            case "media:content": if let e = enclosure(node, url: "url", length: "fileSize") { w.enclosures.append(e) }
            case "media:group":
                for m in XMLNodeAccess.children(node) where XMLNodeAccess.key(m) == "media:content" {
                    if let e = enclosure(m, url: "url", length: "fileSize") { w.enclosures.append(e) }
                }
            default: break
            }
        }
        return w
    }

    /// `<itunes:category text="…">`, possibly nested.
    private func itunesCategories(_ node: xmlNodePtr, into out: inout [String]) {
        if let t = XMLNodeAccess.attribute(node, "text"), !t.isEmpty { out.append(t) }
        for c in XMLNodeAccess.children(node) where XMLNodeAccess.key(c) == "itunes:category" { itunesCategories(c, into: &out) }
    }

    /// RSS text elements may carry HTML (escaped or in CDATA); whether they do is decided later.
    private func text(_ node: xmlNodePtr) -> WireText { .html(XMLNodeAccess.textBytes(node)) }

    private func plain(_ node: xmlNodePtr) -> String? {
        let s = XMLNodeAccess.text(node).trimmedASCII
        return s.isEmpty ? nil : s
    }

    func link(_ node: xmlNodePtr, _ raw: String) -> WireLink? {
        let href = raw.trimmedASCII
        guard !href.isEmpty else { return nil }
        return WireLink(href: href, base: URLResolver.isAbsolute(href) ? nil : XMLNodeAccess.base(doc, node))
    }

    private func atomLink(_ node: xmlNodePtr) -> WireLink? {
        guard var l = link(node, XMLNodeAccess.attribute(node, "href") ?? "") else { return nil }
        l.rel = XMLNodeAccess.attribute(node, "rel"); l.type = XMLNodeAccess.attribute(node, "type")
        l.length = XMLNodeAccess.attribute(node, "length")
        return l
    }

    private func enclosure(_ node: xmlNodePtr, url: String, length: String) -> WireLink? {
        guard var l = link(node, XMLNodeAccess.attribute(node, url) ?? "") else { return nil }
        l.type = XMLNodeAccess.attribute(node, "type"); l.length = XMLNodeAccess.attribute(node, length)
        return l
    }
}

import Foundation
import RasdCore
