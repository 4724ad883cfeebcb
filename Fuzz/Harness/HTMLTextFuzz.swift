import Foundation
import RasdFeeds

/// HTML-to-text target: bytes (decoded as UTF-8, invalid sequences repaired) through the public
/// entry that feeds and extraction use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let html = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let text = HTMLText.text(fromHTML: html)
    precondition(text.utf8.count <= html.utf8.count * 4 + 16, "text grew beyond its source")
    return 0
}
