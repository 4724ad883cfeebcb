import CLibXML2
import Foundation
import RasdCore

/// Why a document gave no feed at all. Recoverable damage does not throw: it sets `bozo` and
/// adds warnings to the `Feed`.
public enum FeedParseError: Error, Equatable, CustomStringConvertible {
    /// libxml2 could not build a tree; carries its first message.
    case malformed(String)
    /// Well-formed (enough), but the root element is no feed format rasd knows.
    case notAFeed(String)
    /// No bytes.
    case empty

    public var description: String {
        switch self {
        case .malformed(let m): return "not well-formed XML: \(m)"
        case .notAFeed(let m): return "not a feed: \(m)"
        case .empty: return "empty document"
        }
    }
}

/// Bytes (+ HTTP content type and base URL) → `Feed`. Pure: no network, no files, no clock; safe
/// to call from several threads at once.
///
/// Two steps, as the design asks: a reader per format fills wire structs named as the spec names
/// things, then `FeedAdapter` maps them onto `Feed`/`FeedItem` with clean text and parsed dates.
public enum FeedParser {
    public static func parse(_ data: Data, contentType: String? = nil, baseURL: String? = nil) throws -> Feed {
        try parse([UInt8](data), contentType: contentType, baseURL: baseURL)
    }

    public static func parse(_ bytes: [UInt8], contentType: String? = nil, baseURL: String? = nil) throws -> Feed {
        guard bytes.contains(where: { $0 > 0x20 }) else { throw FeedParseError.empty }
        if looksLikeJSON(bytes, contentType: contentType) {
            return try parseJSON(bytes, contentType: contentType)
        }
        // Fast path: a document declared UTF-8 goes to libxml2 unvalidated; if libxml2 then finds
        // bytes that are not UTF-8, the document is decoded again the careful way.
        if let feed = try parseXML(bytes, contentType: contentType, baseURL: baseURL, trustDeclaredUTF8: true) {
            return feed
        }
        guard let feed = try parseXML(bytes, contentType: contentType, baseURL: baseURL, trustDeclaredUTF8: false) else {
            throw FeedParseError.malformed("invalid UTF-8")  // unreachable: only the trusting pass gives up
        }
        return feed
    }

    /// Initialises libxml2 (xmlInitParser). Call once from `main` before starting threads; the
    /// parser also does it on first use, atomically, if nobody did.
    public static func initializeLibrary() { _ = LibXML.ready }

    /// nil when `trustDeclaredUTF8` turned out wrong.
    static func parseXML(_ bytes: [UInt8], contentType: String?, baseURL: String?, trustDeclaredUTF8: Bool) throws -> Feed? {
        let decoded = CharsetDetector.decode(bytes, contentType: contentType, trustDeclaredUTF8: trustDeclaredUTF8)
        var warnings = decoded.warnings
        var bozo = decoded.bozo
        var xml = decoded.utf8
        let repair = XMLRepair.repair(xml, liftCDATA: true)
        if repair.wellFormednessFixes > 0 {
            bozo = true
            warnings.append("repaired \(repair.wellFormednessFixes) bare '&' or control characters")
        }
        let context = DocumentContext(source: decoded.utf8, cdata: repair.liftedCDATA)
        if repair.entitiesMapped > 0 || repair.wellFormednessFixes > 0 || !repair.liftedCDATA.isEmpty { xml = repair.bytes }

        let (docHandle, errors) = LibXML.parseXML(xml, baseURL: baseURL, context: context)
        if trustDeclaredUTF8, errors.invalidUTF8 { return nil }
        if errors.notWellFormed || errors.count > 0 {
            bozo = true
            warnings.append(contentsOf: errors.messages.map { "XML: " + $0 })
        }
        guard let docHandle, let root = docHandle.root else {
            throw FeedParseError.malformed(errors.first ?? "no root element")
        }
        var adapter = FeedAdapter()
        var feed: Feed
        let key = XMLNodeAccess.key(root)
        let local = XMLNodeAccess.name(root)
        switch key.hasPrefix("?:") ? local.lowercased() : key {
        case "rss", "channel":
            feed = adapter.feed(RSSReader(doc: docHandle.doc).read(root: root, format: rssVersion(root)))
        case "rdf:rdf":
            let format: Feed.Format = XMLNodeAccess.declaresNamespace(root, "http://my.netscape.com/rdf/simple/0.9/") ? .rss090 : .rss10
            feed = adapter.feed(RSSReader(doc: docHandle.doc).read(root: root, format: format))
        default:
            guard local == "feed" else {
                throw FeedParseError.notAFeed("root element <\(local)>")
            }
            let ns = XMLNodeAccess.namespaceURI(root)
            let version = XMLNodeAccess.attribute(root, "version")
            let format: Feed.Format = ns == "http://purl.org/atom/ns#" || version == "0.3" ? .atom03 : .atom10
            feed = adapter.feed(AtomReader(doc: docHandle.doc).read(root: root, format: format))
        }
        feed.encoding = decoded.encoding
        feed.bozo = bozo
        feed.warnings = warnings + adapter.warnings
        return feed
    }

    static func rssVersion(_ root: xmlNodePtr) -> Feed.Format {
        switch XMLNodeAccess.attribute(root, "version")?.trimmedASCII {
        case "0.90": return .rss090
        case "0.91": return .rss091
        case "0.92": return .rss092
        case "0.93": return .rss093
        case "0.94": return .rss094
        default: return .rss20
        }
    }

    static func looksLikeJSON(_ bytes: [UInt8], contentType: String?) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        if i < bytes.count, bytes[i] == 0x7B { return true }
        return ContentType(contentType)?.mediaType.contains("json") == true && (i >= bytes.count || bytes[i] != 0x3C)
    }

    static func parseJSON(_ bytes: [UInt8], contentType: String?) throws -> Feed {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let wire: JSONFeedWire
        do { wire = try JSONFeedReader.read(body) } catch JSONFeedReader.Failure.notJSON(let m) {
            throw FeedParseError.malformed("JSON: \(m)")
        } catch {
            throw FeedParseError.notAFeed("JSON without a jsonfeed.org version")
        }
        var adapter = FeedAdapter()
        var feed = adapter.feed(wire)
        feed.encoding = "utf-8"
        feed.warnings = adapter.warnings
        return feed
    }
}
