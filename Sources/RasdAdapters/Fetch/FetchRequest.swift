import RasdCore

/// One HTTP GET the fetcher should perform, with everything that makes it polite and bounded.
///
/// Validators (`etag`, `lastModified`) come from the state store; the scheduler sets
/// `forceUnconditional` at least once a day because some servers answer 304 forever.
public struct FetchRequest: Sendable, Equatable {
    public var url: String
    /// Stored `ETag`, sent as `If-None-Match`.
    public var etag: String?
    /// Stored `Last-Modified`, sent verbatim as `If-Modified-Since`.
    public var lastModified: String?
    public var userAgent: String
    /// Seconds allowed to establish the connection (DNS + TCP + TLS).
    public var connectTimeout: Double
    /// Seconds allowed for the whole transfer, redirects included.
    public var totalTimeout: Double
    /// Maximum body size in bytes, measured after content decoding.
    public var bodyCap: Int
    /// Skip certificate verification (per feed, for outlets with broken TLS set-ups).
    public var insecureTLS: Bool
    /// Send no validators even if stored: a full refetch.
    public var forceUnconditional: Bool

    public init(url: String, etag: String? = nil, lastModified: String? = nil,
                userAgent: String = RasdVersion.userAgent, connectTimeout: Double = 10,
                totalTimeout: Double = 30, bodyCap: Int = 10 * 1024 * 1024,
                insecureTLS: Bool = false, forceUnconditional: Bool = false) {
        self.url = url; self.etag = etag; self.lastModified = lastModified; self.userAgent = userAgent
        self.connectTimeout = connectTimeout; self.totalTimeout = totalTimeout; self.bodyCap = bodyCap
        self.insecureTLS = insecureTLS; self.forceUnconditional = forceUnconditional
    }

    /// A request with the daemon's timeouts, cap and User-Agent (the feed's own UA wins).
    public init(url: String, config: DaemonConfig, feed: FeedConfig? = nil,
                etag: String? = nil, lastModified: String? = nil, forceUnconditional: Bool = false) {
        self.init(url: url, etag: etag, lastModified: lastModified,
                  userAgent: feed?.userAgent ?? config.userAgent,
                  connectTimeout: Double(config.connectTimeout), totalTimeout: Double(config.totalTimeout),
                  bodyCap: config.bodyCap, insecureTLS: feed?.insecureTLS ?? false,
                  forceUnconditional: forceUnconditional)
    }

    /// The validator headers this request sends (none when unconditional).
    var conditionalHeaders: [String] {
        guard !forceUnconditional else { return [] }
        var headers: [String] = []
        if let etag, !etag.isEmpty { headers.append("If-None-Match: \(etag)") }
        if let lastModified, !lastModified.isEmpty { headers.append("If-Modified-Since: \(lastModified)") }
        return headers
    }
}
