/// What one poll of a feed came to, as far as its schedule is concerned.
///
/// The fetcher's full result carries much more (headers, timings, body); the daemon reduces it to
/// this so the schedule math stays free of HTTP and libcurl.
public enum PollOutcome: Sendable, Equatable {
    /// A full response with a body (HTTP 200). `ttlMinutes` is the feed's RSS `<ttl>`, if parsed;
    /// `cacheMaxAge` the response's `Cache-Control: max-age` in seconds.
    case fetched(ttlMinutes: Int? = nil, cacheMaxAge: Int? = nil)
    /// 304 Not Modified: a success that carried no body.
    case notModified(cacheMaxAge: Int? = nil)
    /// 429 or 503 with a usable `Retry-After`: the server asked us to wait; not a failure.
    case throttled(status: Int, retryAfter: RetryAfter)
    /// Anything that went wrong, including 429/503 without a usable `Retry-After`, and a body the
    /// parser could not use (`.malformed`).
    case failed(FetchFailure)
}
