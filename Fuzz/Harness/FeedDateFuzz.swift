import Foundation
import RasdCore

/// Feed date target: any string to `FeedDateParser.parse`; a date, if any, must be finite.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedDate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = FeedDateParser.parse(text) {
        precondition(date.timeIntervalSince1970.isFinite)
        _ = RFC3339.string(date)
    }
    return 0
}
