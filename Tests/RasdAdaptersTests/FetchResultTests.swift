import Foundation
import Testing
@testable import RasdAdapters
import RasdCore

/// The pure parts of a fetch result: redirect policy, poll outcome, header lookup.
@Suite("Fetch: result values")
struct FetchResultTests {
    typealias Hop = FetchResult.RedirectHop
    static let ok = FetchResult.Outcome.fetched(body: Data("x".utf8), contentType: nil, etag: nil, lastModified: nil)

    @Test(arguments: [
        ([301], ok, true),
        ([308, 301], ok, true),
        ([301], .notModified, true),
        ([], ok, false),
        ([302], ok, false),
        ([303], ok, false),
        ([307], ok, false),
        ([301, 302], ok, false),
        ([301], .failed(.httpStatus(404)), false),
        ([301, 308], .failed(.timeout), false),
    ] as [([Int], FetchResult.Outcome, Bool)])
    func permanentTarget(_ statuses: [Int], _ outcome: FetchResult.Outcome, _ moves: Bool) {
        let hops = statuses.enumerated().map { Hop(status: $1, url: "http://a/\($0)", location: "/\($0 + 1)") }
        let target = FetchResult.permanentTarget(redirects: hops, outcome: outcome, effectiveURL: "http://a/end")
        #expect(target == (moves ? "http://a/end" : nil))
    }

    @Test(arguments: [
        (FetchResult.Outcome.failed(.httpStatus(429)), RetryAfter?.some(.seconds(30)), PollOutcome.throttled(status: 429, retryAfter: .seconds(30))),
        (.failed(.httpStatus(503)), .seconds(30), .throttled(status: 503, retryAfter: .seconds(30))),
        (.failed(.httpStatus(429)), nil, .failed(.httpStatus(429))),
        (.failed(.httpStatus(500)), .seconds(30), .failed(.httpStatus(500))),
        (.failed(.dns), nil, .failed(.dns)),
        (.notModified, nil, .notModified(cacheMaxAge: 120)),
        (ok, nil, .fetched(ttlMinutes: 15, cacheMaxAge: 120)),
    ] as [(FetchResult.Outcome, RetryAfter?, PollOutcome)])
    func pollOutcome(_ outcome: FetchResult.Outcome, _ retryAfter: RetryAfter?, _ expected: PollOutcome) {
        let result = FetchResult(outcome: outcome, requestedURL: "http://a/", retryAfter: retryAfter, cacheMaxAge: 120)
        #expect(result.pollOutcome(ttlMinutes: 15) == expected)
    }

    @Test func headersLookUpCaseInsensitivelyInOrder() {
        var headers = HTTPHeaders()
        headers.append(name: "Set-Cookie", value: "a=1")
        headers.append(name: "etag", value: "\"x\"")
        headers.append(name: "SET-COOKIE", value: "b=2")
        #expect(headers["ETag"] == "\"x\"")
        #expect(headers["set-cookie"] == "a=1")
        #expect(headers.values("Set-Cookie") == ["a=1", "b=2"])
        #expect(headers["Missing"] == nil)
        #expect(headers.map(\.name) == ["Set-Cookie", "etag", "SET-COOKIE"])
    }

    @Test func conditionalHeadersFollowTheRequest() {
        #expect(FetchRequest(url: "http://a/").conditionalHeaders.isEmpty)
        #expect(FetchRequest(url: "http://a/", etag: "\"e\"", lastModified: "LM").conditionalHeaders
                == ["If-None-Match: \"e\"", "If-Modified-Since: LM"])
        #expect(FetchRequest(url: "http://a/", etag: "", lastModified: "").conditionalHeaders.isEmpty)
        #expect(FetchRequest(url: "http://a/", etag: "\"e\"", forceUnconditional: true).conditionalHeaders.isEmpty)
    }

    @Test(arguments: [
        ("http://Example.ORG:8080/feed", "example.org"),
        ("https://news.example/rss?x=1", "news.example"),
        ("not a url", "not a url"),
    ])
    func perHostKey(_ url: String, _ key: String) {
        #expect(FetchJob.hostKey(url) == key)
    }
}
