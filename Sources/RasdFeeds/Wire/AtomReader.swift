import CLibXML2

/// Reads Atom 1.0 and 0.3 trees into wire structs, honouring text-construct types
/// (`text`/`html`/`xhtml`, and 0.3's `mode="escaped|xml|base64"`).
struct AtomReader {
    let doc: xmlDocPtr

    func read(root: xmlNodePtr, format: Feed.Format) -> AtomFeedWire {
        var w = AtomFeedWire(format: format)
        w.language = XMLNodeAccess.language(root)
        let rss = RSSReader(doc: doc)
        for node in XMLNodeAccess.children(root) {
            switch local(node) {
            case "title": w.title = w.title ?? textConstruct(node, title: true)
            case "subtitle", "tagline": w.subtitle = w.subtitle ?? textConstruct(node, title: false)
            case "link": if let l = link(node, rss) { w.links.append(l) }
            case "id": w.id = w.id ?? plain(node)
            case "updated", "modified": w.updated = w.updated ?? plain(node)
            case "author": if let a = person(node) { w.authors.append(a) }
            case "entry": w.entries.append(readEntry(node, rss))
            default: break
            }
        }
        return w
    }

    private func readEntry(_ entry: xmlNodePtr, _ rss: RSSReader) -> AtomEntryWire {
        var w = AtomEntryWire()
        w.language = XMLNodeAccess.attribute(entry, "lang", namespace: "http://www.w3.org/XML/1998/namespace")
        for node in XMLNodeAccess.children(entry) {
            switch local(node) {
            case "id": w.id = w.id ?? plain(node)
            case "title": w.title = w.title ?? textConstruct(node, title: true)
            case "link": if let l = link(node, rss) { w.links.append(l) }
            // Repeated dates: the last one wins (feedparser's rule).
            case "published", "issued", "created": w.published = plain(node) ?? w.published
            case "updated", "modified": w.updated = plain(node) ?? w.updated
            case "summary": w.summary = w.summary ?? textConstruct(node, title: false)
            case "content":
                if w.content == nil, XMLNodeAccess.attribute(node, "src") == nil { w.content = textConstruct(node, title: false) }
            case "author": if let a = person(node) { w.authors.append(a) }
            case "category":
                if let t = XMLNodeAccess.attribute(node, "term") ?? XMLNodeAccess.attribute(node, "label") { w.categories.append(t) }
            default:
                switch XMLNodeAccess.key(node) {
                case "dc:creator": if let a = plain(node) { w.authors.append(a) }
                case "dc:subject": if let c = plain(node) { w.categories.append(c) }
                case "dc:date": w.updated = w.updated ?? plain(node)
                case "media:content":
                    if var l = rss.link(node, XMLNodeAccess.attribute(node, "url") ?? "") {
                        l.rel = "enclosure"; l.type = XMLNodeAccess.attribute(node, "type")
                        l.length = XMLNodeAccess.attribute(node, "fileSize")
                        w.links.append(l)
                    }
                default: break
                }
            }
        }
        return w
    }

    /// Local name of an Atom element; elements of other namespaces answer their full key, so
    /// `dc:title` never passes for `title`.
    private func local(_ node: xmlNodePtr) -> String {
        let key = XMLNodeAccess.key(node)
        if key.hasPrefix("atom:") { return String(key.dropFirst(5)) }
        if node.pointee.ns == nil { return key }  // Atom without its namespace: be lenient
        return key.hasPrefix("?:") ? String(key.dropFirst(2)) : "#" + key
    }

    private func plain(_ node: xmlNodePtr) -> String? {
        let s = XMLNodeAccess.text(node).trimmedASCII
        return s.isEmpty ? nil : s
    }

    private func person(_ node: xmlNodePtr) -> String? {
        var name: String?, email: String?
        for c in XMLNodeAccess.children(node) {
            switch local(c) {
            case "name": name = plain(c)
            case "email": email = plain(c)
            default: break
            }
        }
        if let name, let email { return "\(name) (\(email))" }  // feedparser's form
        return name ?? email ?? plain(node)
    }

    private func link(_ node: xmlNodePtr, _ rss: RSSReader) -> WireLink? {
        // A link without href but with text content: publishers' mistake, the text is the URL.
        guard var l = rss.link(node, XMLNodeAccess.attribute(node, "href") ?? XMLNodeAccess.text(node)) else { return nil }
        l.rel = XMLNodeAccess.attribute(node, "rel")?.trimmedASCII
        l.type = XMLNodeAccess.attribute(node, "type")
        l.length = XMLNodeAccess.attribute(node, "length")
        return l
    }

    func textConstruct(_ node: xmlNodePtr, title: Bool) -> WireText? {
        let type = XMLNodeAccess.attribute(node, "type")?.lowercased().trimmedASCII ?? "text"
        let mode = XMLNodeAccess.attribute(node, "mode")?.lowercased()
        if mode == "base64" {
            let raw = XMLNodeAccess.text(node).filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: raw) else { return nil }
            return type.contains("html") ? .html(ArraySlice(data)) : .text(ArraySlice(data))
        }
        if type == "xhtml" || type == "application/xhtml+xml" || (mode == "xml" && type.contains("html")) {
            return HTMLText.clean(xhtml: node, title: title).map(WireText.clean)
        }
        if type == "html" || type.contains("html") { return .html(XMLNodeAccess.textBytes(node)) }
        if type.contains("/"), !type.hasPrefix("text/"), !type.contains("xml") {
            // Atom 1.0: any other media type is base64.
            let raw = XMLNodeAccess.text(node).filter { !$0.isWhitespace }
            return Data(base64Encoded: raw).map { .html(ArraySlice($0)) }
        }
        if mode == "escaped" { return .html(XMLNodeAccess.textBytes(node)) }
        return .text(XMLNodeAccess.textBytes(node))
    }
}

import Foundation
import RasdCore
