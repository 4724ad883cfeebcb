import CLibXML2

/// Turns the text constructs of feeds into clean text. HTML goes through libxml2's HTML parser
/// (recovering, nothing fetched) and a tree walk that keeps text, drops script/style and marks
/// paragraph breaks; plain text only has its whitespace folded.
public enum HTMLText {
    /// How a text value was published.
    public enum Kind: Sendable, Equatable { case text, html }

    /// Clean text of `bytes`; nil when nothing but whitespace remains.
    static func clean(_ bytes: [UInt8], kind: Kind, title: Bool) -> String? { clean(bytes[...], kind: kind, title: title) }

    static func clean(_ bytes: ArraySlice<UInt8>, kind: Kind, title: Bool) -> String? {
        var b = TextBuilder(singleLine: title, stripInvisible: title, capacity: bytes.count)
        if kind == .html && looksLikeMarkup(bytes) {
            bytes.withUnsafeBufferPointer { buf in
                if SimpleHTMLScanner.scan(buf, into: &b) { return }
                b = TextBuilder(singleLine: title, stripInvisible: title, capacity: bytes.count)
                // Bare '&' and HTML-only entities fixed first: libxml2's HTML parser drops "&b=2".
                let repaired = XMLRepair.repair(Array(bytes))
                if repaired.entitiesMapped + repaired.wellFormednessFixes > 0 {
                    repaired.bytes.withUnsafeBufferPointer { appendParsedHTML($0, into: &b) }
                } else {
                    appendParsedHTML(buf, into: &b)
                }
            }
        } else {
            b.append(bytes)
        }
        return b.out.isEmpty ? nil : b.string
    }

    /// The libxml2 path: HTML parser (recovering, nothing fetched) and a tree walk.
    static func appendParsedHTML(_ buf: UnsafeBufferPointer<UInt8>, into b: inout TextBuilder) {
        guard buf.count > 0, let doc = LibXML.parseHTML(buf) else { return }
        var c = doc.doc.pointee.children
        while let n = c { walk(n, into: &b, depth: 0); c = n.pointee.next }
    }

    /// Clean text of an inline XHTML subtree (Atom `type="xhtml"`, Atom 0.3 `mode="xml"`).
    static func clean(xhtml node: xmlNodePtr, title: Bool) -> String? {
        var b = TextBuilder(singleLine: title, stripInvisible: title)
        var c = node.pointee.children
        while let n = c { walk(n, into: &b, depth: 0); c = n.pointee.next }
        return b.out.isEmpty ? nil : b.string
    }

    /// Public entry for callers outside the parser (extraction reuses it on article HTML).
    public static func text(fromHTML html: String) -> String {
        clean(Array(html.utf8), kind: .html, title: false) ?? ""
    }

    /// A tag (`<p`, `</`, `<!`) or a character reference (`&x`, `&#`) somewhere in the bytes.
    static func looksLikeMarkup(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            while i + 1 < n {
                let b = buf[i]
                if b == 0x3C || b == 0x26 {
                    let c = buf[i + 1] | 0x20
                    if (c >= 0x61 && c <= 0x7A) || buf[i + 1] == 0x2F || buf[i + 1] == 0x21 || buf[i + 1] == 0x23 { return true }
                }
                i += 1
            }
            return false
        }
    }

    private static func walk(_ node: xmlNodePtr, into b: inout TextBuilder, depth: Int) {
        guard depth < 200 else { return }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            DocumentContext.withContent(node) { b.append($0) }
        case XML_ELEMENT_NODE:
            guard let raw = node.pointee.name else { return }
            let tag = tagKind(raw)
            if tag == .skip { return }
            if tag == .lineBreak { b.lineBreak(1); return }
            if tag == .block { b.lineBreak(2) } else if tag == .row { b.lineBreak(1) }
            var c = node.pointee.children
            while let n = c { walk(n, into: &b, depth: depth + 1); c = n.pointee.next }
            if tag == .block { b.lineBreak(2) } else if tag == .row { b.lineBreak(1) }
        default:
            break
        }
    }

    enum TagKind { case inline, block, row, lineBreak, skip }

    private static let tags: [String: TagKind] = {
        var d: [String: TagKind] = [:]
        for t in ["script", "style", "noscript", "title", "iframe", "object", "embed", "template", "svg",
                  "math", "button", "select", "form", "video", "audio", "canvas", "map"] { d[t] = .skip }
        for t in ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table",
                  "section", "article", "header", "footer", "figure", "figcaption", "hr", "dl", "aside", "nav",
                  "main", "address", "center", "body", "html"] { d[t] = .block }
        for t in ["li", "tr", "dt", "dd", "caption"] { d[t] = .row }
        d["br"] = .lineBreak
        return d
    }()

    static func kind(of lowercasedTag: String) -> TagKind { tags[lowercasedTag] ?? .inline }

    @inline(__always) private static func tagKind(_ raw: UnsafePointer<xmlChar>) -> TagKind {
        let len = strlen(raw)
        guard len <= 10 else { return .inline }
        var name = String(decoding: UnsafeBufferPointer(start: raw, count: len), as: UTF8.self)
        if raw[0] >= 0x41 && raw[0] <= 0x5A { name = name.lowercased() }
        return tags[name] ?? .inline
    }
}

import Foundation
