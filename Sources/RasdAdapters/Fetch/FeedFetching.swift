/// What the poll loop needs from a fetcher. `CurlFetcher` is the real one; the daemon takes this
/// protocol so its wiring reads as "fetch", not as "libcurl".
public protocol FeedFetching: Sendable {
    func fetch(_ request: FetchRequest) async -> FetchResult
}

extension CurlFetcher: FeedFetching {}
