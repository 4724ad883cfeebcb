import Foundation
import RasdCore

/// Everything one fetch produced: the verdict, and what an operator needs to understand it.
///
/// The fetcher never parses the body; it hands over bytes and their content type.
public struct FetchResult: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// A 2xx response with its (decoded) body and the validators to store.
        case fetched(body: Data, contentType: String?, etag: String?, lastModified: String?)
        /// 304: the stored copy is current.
        case notModified
        case failed(FetchFailure)
    }

    /// One response that sent us elsewhere.
    public struct RedirectHop: Sendable, Equatable {
        public var status: Int
        /// The URL that answered with the redirect.
        public var url: String
        /// Its `Location` header, as sent.
        public var location: String?
        public init(status: Int, url: String, location: String?) { self.status = status; self.url = url; self.location = location }
    }

    /// Phases of the transfer, in seconds since it started (libcurl's *_TIME_T infos).
    public struct Timings: Sendable, Equatable {
        public var nameLookup: Double = 0
        public var connect: Double = 0
        /// TLS handshake done (0 for plain HTTP).
        public var tls: Double = 0
        public var startTransfer: Double = 0
        public var total: Double = 0
        public init() {}
    }

    public var outcome: Outcome
    /// The request as given.
    public var requestedURL: String
    /// Final HTTP status (0 when no response arrived).
    public var status: Int
    /// The URL the final response came from.
    public var effectiveURL: String
    public var redirects: [RedirectHop]
    /// The URL to store instead of the requested one: set only after a successful fetch whose
    /// every redirect hop was permanent (301/308), never after a 302/303/307.
    public var permanentRedirect: String?
    /// `Retry-After` of a 429 or 503 response.
    public var retryAfter: RetryAfter?
    /// `Cache-Control: max-age` of the final response, in seconds.
    public var cacheMaxAge: Int?
    /// Header fields of the final response.
    public var headers: HTTPHeaders
    public var timings: Timings
    /// libcurl's own message when the transfer failed.
    public var errorMessage: String?

    public init(outcome: Outcome, requestedURL: String, status: Int = 0, effectiveURL: String? = nil,
                redirects: [RedirectHop] = [], permanentRedirect: String? = nil, retryAfter: RetryAfter? = nil,
                cacheMaxAge: Int? = nil, headers: HTTPHeaders = HTTPHeaders(), timings: Timings = Timings(),
                errorMessage: String? = nil) {
        self.outcome = outcome; self.requestedURL = requestedURL; self.status = status
        self.effectiveURL = effectiveURL ?? requestedURL; self.redirects = redirects
        self.permanentRedirect = permanentRedirect; self.retryAfter = retryAfter; self.cacheMaxAge = cacheMaxAge
        self.headers = headers; self.timings = timings; self.errorMessage = errorMessage
    }

    /// The failure, if the fetch failed.
    public var failure: FetchFailure? {
        if case .failed(let f) = outcome { return f }
        return nil
    }

    /// The final response's `ETag`, for 200 and 304 alike (a 304 may carry a new one; when it
    /// carries none, keep the stored value).
    public var etag: String? { headers["ETag"] }

    /// The final response's `Last-Modified`, for 200 and 304 alike.
    public var lastModified: String? { headers["Last-Modified"] }

    /// The body of a successful 2xx fetch.
    public var body: Data? {
        if case .fetched(let body, _, _, _) = outcome { return body }
        return nil
    }

    /// What the schedule needs to know. `ttlMinutes` is the parsed feed's `<ttl>`, if any.
    /// A 429/503 with a usable `Retry-After` is throttling, not a failure.
    public func pollOutcome(ttlMinutes: Int? = nil) -> PollOutcome {
        switch outcome {
        case .fetched: return .fetched(ttlMinutes: ttlMinutes, cacheMaxAge: cacheMaxAge)
        case .notModified: return .notModified(cacheMaxAge: cacheMaxAge)
        case .failed(.httpStatus(let code)) where (code == 429 || code == 503) && retryAfter != nil:
            return .throttled(status: code, retryAfter: retryAfter!)
        case .failed(let failure): return .failed(failure)
        }
    }

    /// `permanentRedirect` rule: a non-empty chain of only 301/308 hops ending in success.
    static func permanentTarget(redirects: [RedirectHop], outcome: Outcome, effectiveURL: String) -> String? {
        guard !redirects.isEmpty, redirects.allSatisfy({ $0.status == 301 || $0.status == 308 }) else { return nil }
        switch outcome {
        case .fetched, .notModified: return effectiveURL
        case .failed: return nil
        }
    }
}
