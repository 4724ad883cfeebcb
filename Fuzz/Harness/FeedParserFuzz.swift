import Foundation
import RasdFeeds

/// Feed parser target: the first byte picks the HTTP content type (its charset parameter counts),
/// the rest is the document. Any throw is an allowed outcome; a crash, a sanitizer report or a
/// hang is a finding.
let contentTypes: [String?] = [
    nil, "application/rss+xml", "application/atom+xml; charset=utf-8", "text/xml; charset=windows-1256",
    "application/xml; charset=iso-8859-6", "text/html; charset=utf-16", "application/feed+json",
    "application/json; charset=utf-8", "text/xml; charset=koi8-r", "application/xml; charset=\"bogus\"",
    "text/plain; charset=us-ascii", "application/rss+xml; charset=utf-32", "text/xml; charset=gb2312",
    "application/xml; charset=shift_jis", "text/xml; charset=iso-8859-1", ";;;charset=",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let type = contentTypes[Int(data[0]) % contentTypes.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if let feed = try? FeedParser.parse(bytes, contentType: type, baseURL: "http://example.invalid/feed/") {
        // Touch the output the daemon touches: JSON rendering walks every field.
        var out = ""
        FeedJSON.document(feed, file: "fuzz").write(into: &out)
        // Output stays proportional to input: an empty <item/> renders as ~250 bytes of JSON keys,
        // so 100× plus a constant; entity or base-URL amplification would blow past it.
        precondition(out.utf8.count <= 100 * size + 65_536, "\(size) bytes in, \(out.utf8.count) bytes of JSON out")
    }
    return 0
}
