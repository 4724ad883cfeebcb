import Foundation
import RasdCore
import RasdFeeds

/// The parse stage: `FeedParser` (charset detection, libxml2 with network and entities off).
struct FeedParserStage: FeedParsing {
    func parse(_ body: Data, contentType: String?, baseURL: String) throws -> Feed {
        try FeedParser.parse(body, contentType: contentType, baseURL: baseURL)
    }
}
