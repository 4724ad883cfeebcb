import Foundation
import RasdAdapters
import RasdCore

/// The network stage: `CurlFetcher` (one libcurl multi handle, global and per-host limits)
/// answering the loop's poll requests with the daemon's timeouts, body cap and User-Agent.
struct CurlFeedPolling: FeedPolling {
    let fetcher: CurlFetcher

    func poll(_ request: FeedPollRequest) async -> FeedPollResult {
        let fetch = FetchRequest(url: request.feed.url, config: request.config, feed: request.feed,
                                 etag: request.validators.etag, lastModified: request.validators.lastModified,
                                 forceUnconditional: request.unconditional)
        let result = await fetcher.fetch(fetch)
        switch result.pollOutcome() {
        case .throttled(let status, let retryAfter):
            return .throttled(status: status, retryAfterSeconds: Int(retryAfter.delay(from: Date()).rounded(.up)))
        case .failed(.cancelled):
            return .cancelled
        case .failed(let failure):
            let message = result.errorMessage.map { "\(failure): \($0)" } ?? "\(failure)"
            return .failed(category: failure.category.rawValue, message: message)
        case .notModified:
            return .notModified(cacheMaxAge: result.cacheMaxAge)
        case .fetched:
            guard case .fetched(let body, let contentType, let etag, let lastModified) = result.outcome else {
                return .failed(category: "other", message: "fetched without a body")
            }
            return .fetched(body: body, contentType: contentType, finalURL: result.effectiveURL,
                            validators: HTTPValidators(etag: etag, lastModified: lastModified),
                            cacheMaxAge: result.cacheMaxAge)
        }
    }
}
