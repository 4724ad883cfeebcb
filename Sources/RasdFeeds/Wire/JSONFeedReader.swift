import Foundation

/// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1) as the spec names its members.
struct JSONFeedWire {
    var format: Feed.Format = .json11
    var title: String?
    var homePageURL: String?
    var feedURL: String?
    var description: String?
    var language: String?
    var authors: [String] = []
    var items: [JSONFeedItemWire] = []
}

struct JSONFeedItemWire {
    var id: String?
    var url: String?
    var externalURL: String?
    var title: String?
    var contentHTML: String?
    var contentText: String?
    var summary: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var tags: [String] = []
    var attachments: [WireLink] = []
    var language: String?
}

enum JSONFeedReader {
    enum Failure: Error { case notJSON(String), notJSONFeed }

    static func read(_ bytes: [UInt8]) throws -> JSONFeedWire {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) }
        catch { throw Failure.notJSON(String(describing: error)) }
        guard let top = object as? [String: Any], let version = top["version"] as? String,
              version.contains("jsonfeed.org") else { throw Failure.notJSONFeed }
        var w = JSONFeedWire(format: version.hasSuffix("/1") ? .json10 : .json11)
        w.title = top["title"] as? String
        w.homePageURL = top["home_page_url"] as? String
        w.feedURL = top["feed_url"] as? String
        w.description = top["description"] as? String
        w.language = top["language"] as? String
        w.authors = authors(top)
        for case let item as [String: Any] in (top["items"] as? [Any]) ?? [] {
            var i = JSONFeedItemWire()
            i.id = string(item["id"])
            i.url = item["url"] as? String
            i.externalURL = item["external_url"] as? String
            i.title = item["title"] as? String
            i.contentHTML = item["content_html"] as? String
            i.contentText = item["content_text"] as? String
            i.summary = item["summary"] as? String
            i.datePublished = item["date_published"] as? String
            i.dateModified = item["date_modified"] as? String
            i.authors = authors(item)
            i.tags = (item["tags"] as? [Any])?.compactMap { $0 as? String } ?? []
            i.language = item["language"] as? String
            for case let a as [String: Any] in (item["attachments"] as? [Any]) ?? [] {
                guard let url = a["url"] as? String else { continue }
                i.attachments.append(WireLink(href: url, base: nil, rel: "enclosure", type: a["mime_type"] as? String,
                                              length: string(a["size_in_bytes"])))
            }
            w.items.append(i)
        }
        return w
    }

    /// 1.1's `authors` array, else 1.0's single `author`.
    private static func authors(_ o: [String: Any]) -> [String] {
        if let list = o["authors"] as? [Any] {
            return list.compactMap { ($0 as? [String: Any])?["name"] as? String }
        }
        if let a = o["author"] as? [String: Any], let name = a["name"] as? String { return [name] }
        return []
    }

    /// Ids may be numbers in the wild; the spec says strings.
    private static func string(_ v: Any?) -> String? {
        switch v {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}

import RasdCore
