import Foundation
import RasdCore

/// Writes the `rasd parse --json` document straight into UTF-8 bytes: the same text as
/// `FeedJSON.document(…).serialized()` (a test holds them equal), without building a JSONValue
/// tree or appending one scalar at a time — for a 45 MB batch that was most of `--json`'s cost.
public enum FeedJSONWriter {
    public static func write(_ feed: Feed, file: String, into out: inout [UInt8]) {
        raw("{\"file\":", &out); string(file, &out)
        raw(",\"format\":", &out); string(feed.format.rawValue, &out)
        raw(",\"encoding\":", &out); string(feed.encoding, &out)
        raw(feed.bozo ? ",\"bozo\":true,\"warnings\":[" : ",\"bozo\":false,\"warnings\":[", &out)
        for (n, w) in feed.warnings.enumerated() { if n > 0 { out.append(0x2C) }; string(w, &out) }
        raw("],\"feed\":{\"title\":", &out); optional(feed.title, &out)
        raw(",\"link\":", &out); optional(feed.link, &out)
        raw(",\"subtitle\":", &out); optional(feed.subtitle, &out)
        raw(",\"language\":", &out); optional(feed.language, &out)
        raw(",\"updated\":", &out); date(feed.updated, &out)
        raw(",\"id\":", &out); optional(feed.id, &out)
        raw(",\"author\":", &out); optional(feed.author, &out)
        raw(",\"ttl\":", &out); int(feed.ttl, &out)
        raw("},\"items\":[", &out)
        for (n, i) in feed.items.enumerated() {
            if n > 0 { out.append(0x2C) }
            raw("{\"id\":", &out); optional(i.id, &out)
            raw(",\"title\":", &out); optional(i.title, &out)
            raw(",\"link\":", &out); optional(i.link, &out)
            raw(",\"published\":", &out); date(i.published, &out)
            raw(",\"updated\":", &out); date(i.updated, &out)
            raw(",\"summary\":", &out); optional(i.summary, &out)
            raw(",\"content\":", &out); optional(i.content, &out)
            raw(",\"author\":", &out); optional(i.authors.isEmpty ? nil : i.authors.joined(separator: ", "), &out)
            raw(",\"categories\":[", &out)
            for (k, c) in i.categories.enumerated() { if k > 0 { out.append(0x2C) }; string(c, &out) }
            raw("],\"enclosures\":[", &out)
            for (k, e) in i.enclosures.enumerated() {
                if k > 0 { out.append(0x2C) }
                raw("{\"url\":", &out); string(e.url, &out)
                raw(",\"type\":", &out); optional(e.type, &out)
                raw(",\"length\":", &out); int(e.length, &out)
                out.append(0x7D)
            }
            raw("]}", &out)
        }
        raw("]}", &out)
    }

    @inline(__always) static func raw(_ s: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    static func optional(_ s: String?, _ out: inout [UInt8]) {
        if let s { string(s, &out) } else { raw("null", &out) }
    }

    static func int(_ v: Int?, _ out: inout [UInt8]) {
        if let v { out.append(contentsOf: Array(String(v).utf8)) } else { raw("null", &out) }
    }

    static func date(_ d: Date?, _ out: inout [UInt8]) {
        if let d { string(RFC3339.string(d), &out) } else { raw("null", &out) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` `\` and controls escaped (`\n` `\r` `\t`, others `\u00xx`), U+2028/2029
    /// escaped, everything else copied in runs.
    static func string(_ s: String, _ out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { u in
            let n = u.count
            var run = 0
            var i = 0
            while i < n {
                let b = u[i]
                var esc: [UInt8]? = nil
                var skip = 1
                if b == 0x22 { esc = [0x5C, 0x22] } else if b == 0x5C { esc = [0x5C, 0x5C] } else if b < 0x20 {
                    switch b {
                    case 0x0A: esc = [0x5C, 0x6E]
                    case 0x0D: esc = [0x5C, 0x72]
                    case 0x09: esc = [0x5C, 0x74]
                    default: esc = [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                    }
                } else if b == 0xE2, i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 {
                    esc = Array("\\u202".utf8) + [u[i + 2] == 0xA8 ? 0x38 : 0x39]
                    skip = 3
                }
                if let esc {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                    out.append(contentsOf: esc)
                    i += skip; run = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<n]))
        }
        out.append(0x22)
    }

    /// The failure line `{"file": …, "error": …}`.
    public static func writeFailure(file: String, error: String, into out: inout [UInt8]) {
        raw("{\"file\":", &out); string(file, &out)
        raw(",\"error\":", &out); string(error, &out)
        out.append(0x7D)
    }
}
