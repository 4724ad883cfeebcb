import CLibXML2

/// Read-only helpers over libxml2 nodes. Text is gathered from TEXT and CDATA nodes only; entity
/// reference nodes are skipped, never expanded (xmlNodeGetContent would expand them: an entity bomb).
enum XMLNodeAccess {
    /// Namespace URIs rasd understands, folded to short prefixes. RSS 0.90/1.0 element namespaces
    /// fold to "" so one RSS reader serves every version.
    static let namespaces: [String: String] = [
        "http://www.w3.org/2005/Atom": "atom",
        "http://purl.org/atom/ns#": "atom",
        "http://purl.org/rss/1.0/": "",
        "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://backend.userland.com/rss2": "",
        "http://backend.userland.com/rss": "",
        "http://purl.org/net/rss1.1#": "",
        "http://blogs.law.harvard.edu/tech/rss": "",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://search.yahoo.com/mrss/": "media",
        "http://search.yahoo.com/mrss": "media",
        "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
        "http://www.w3.org/1999/xhtml": "xhtml",
        "http://www.w3.org/XML/1998/namespace": "xml",
    ]

    /// "prefix:local" for namespaced elements rasd knows, "local" for RSS's, "?:local" otherwise;
    /// local names lower-cased (publishers write `pubdate`, `PubDate`, `TiTlE`).
    static func key(_ node: xmlNodePtr) -> String {
        var local = name(node)
        if local.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { local = local.lowercased() }
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return local }
        // The two namespaces of nearly every RSS item, compared without building a String.
        if strcmp(href, contentNS) == 0 { return "content:" + local }
        if strcmp(href, dcNS) == 0 { return "dc:" + local }
        let uri = String(cString: href)
        if let p = namespaces[uri] { return p.isEmpty ? local : p + ":" + local }
        if let p = namespaces[uri.lowercased()] { return p.isEmpty ? local : p + ":" + local }
        if uri.hasPrefix("http://backend.userland.com/rss") { return local }
        return "?:" + local
    }

    private static let contentNS = "http://purl.org/rss/1.0/modules/content/"
    private static let dcNS = "http://purl.org/dc/elements/1.1/"

    @inline(__always) static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func namespaceURI(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// Whether the element itself declares the namespace URI (xmlns or xmlns:p).
    static func declaresNamespace(_ node: xmlNodePtr, _ uri: String) -> Bool {
        var ns = node.pointee.nsDef
        while let n = ns {
            if let h = n.pointee.href, String(cString: h) == uri { return true }
            ns = n.pointee.next
        }
        return false
    }

    /// Element children in document order.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { out.append(n) }
            c = n.pointee.next
        }
        return out
    }

    /// An attribute by local name (any namespace when `namespace` is nil, else that URI).
    static func attribute(_ node: xmlNodePtr, _ local: String, namespace: String? = nil) -> String? {
        var a = node.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, String(cString: n) == local {
                let ns = attr.pointee.ns?.pointee.href.map { String(cString: $0) }
                if namespace == nil || ns == namespace {
                    return attributeValue(attr)
                }
            }
            a = attr.pointee.next
        }
        return nil
    }

    static func attributeValue(_ attr: xmlAttrPtr) -> String {
        var bytes: [UInt8] = []
        var c = attr.pointee.children
        while let t = c {
            if t.pointee.type == XML_TEXT_NODE, let content = t.pointee.content { appendCString(content, to: &bytes) }
            c = t.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Concatenated TEXT and CDATA content of the element and its descendants, as UTF-8 bytes.
    static func textBytes(_ node: xmlNodePtr) -> ArraySlice<UInt8> {
        // Common case: one text child; a lifted CDATA section is shared, not copied.
        if let c = node.pointee.children, c.pointee.next == nil,
           c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
            if let lifted = DocumentContext.liftedSlice(c) { return lifted }
            return DocumentContext.withContent(c) { ArraySlice($0) } ?? []
        }
        var out: [UInt8] = []
        collect(node, into: &out, depth: 0)
        return out[...]
    }

    static func text(_ node: xmlNodePtr) -> String {
        String(decoding: textBytes(node), as: UTF8.self)
    }

    private static func collect(_ node: xmlNodePtr, into out: inout [UInt8], depth: Int) {
        guard depth < 256 else { return }
        var c = node.pointee.children
        while let n = c {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                DocumentContext.withContent(n) { out.append(contentsOf: $0) }
            case XML_ELEMENT_NODE:
                collect(n, into: &out, depth: depth + 1)
            case XML_ENTITY_REF_NODE:
                appendInternalEntity(n, to: &out)
            default: break  // comments, PIs
            }
            c = n.pointee.next
        }
    }

    /// A reference to a small, flat internal entity declared in the document's own DTD is replaced
    /// by its text (one level, at most 1 KiB, no markup or further references); anything else —
    /// external entities, nested ones (the billion-laughs shape), big ones — is left out. The
    /// whole document may expand at most `EntityBudget.bytes` this way (quadratic blowup).
    static func appendInternalEntity(_ ref: xmlNodePtr, to out: inout [UInt8]) {
        guard let child = ref.pointee.children, child.pointee.type == XML_ENTITY_DECL,
              let ctx = DocumentContext.of(ref) else { return }
        let entity = UnsafeMutableRawPointer(child).assumingMemoryBound(to: xmlEntity.self)
        guard entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = entity.pointee.content else { return }
        let len = strlen(content)
        let bytes = UnsafeBufferPointer(start: content, count: len)
        guard len <= 1024, len <= ctx.entityBudget, !bytes.contains(0x26), !bytes.contains(0x3C) else { return }
        ctx.entityBudget -= len
        out.append(contentsOf: bytes)
    }

    @inline(__always) static func appendCString(_ p: UnsafePointer<xmlChar>, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: p, count: strlen(p)))
    }

    /// The effective xml:base of a node (ancestors and the document URL included), or nil.
    static func base(_ doc: xmlDocPtr, _ node: xmlNodePtr) -> String? {
        guard let b = xmlNodeGetBase(doc, node) else { return nil }
        defer { rasd_xml_free(b) }
        return String(cString: b)
    }

    /// The effective xml:lang of a node, or nil.
    static func language(_ node: xmlNodePtr) -> String? {
        guard let l = xmlNodeGetLang(node) else { return nil }
        defer { rasd_xml_free(l) }
        let s = String(cString: l).trimmedASCII
        return s.isEmpty ? nil : s
    }

    /// Whether any ancestor-or-self carries xml:base (so relative links need resolving against it).
    static func hasXMLBase(_ node: xmlNodePtr) -> Bool {
        var n: xmlNodePtr? = node
        while let cur = n, cur.pointee.type == XML_ELEMENT_NODE {
            if attribute(cur, "base", namespace: "http://www.w3.org/XML/1998/namespace") != nil { return true }
            n = cur.pointee.parent
        }
        return false
    }
}

import Foundation
