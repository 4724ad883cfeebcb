import Foundation
import Testing
@testable import RasdAdapters
import RasdCore

/// One server for the suites that do not read its global counters.
enum SharedTestServer {
    static let started = Task { try await TestHTTPServer.start() }
    static func get() async throws -> TestHTTPServer { try await started.value }
}

@Suite("Fetch: responses, validators, compression", .timeLimit(.minutes(1)))
struct FetchTests {
    let server: TestHTTPServer
    let fetcher: CurlFetcher

    init() async throws {
        server = try await SharedTestServer.get()
        fetcher = try CurlFetcher()
    }

    @Test func okWithValidators() async throws {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/feed?maxage=600")))
        guard case .fetched(let body, let contentType, let etag, let lastModified) = result.outcome else {
            Issue.record("expected a body, got \(result.outcome)"); return
        }
        #expect(result.status == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("<rss version=\"2.0\">"))
        #expect(contentType == "application/rss+xml; charset=utf-8")
        #expect(etag == "\"v1\"")
        #expect(lastModified == "Tue, 03 Nov 2026 10:00:00 GMT")
        #expect(result.cacheMaxAge == 600)
        #expect(result.redirects.isEmpty && result.permanentRedirect == nil)
        #expect(result.headers["content-length"] == String(body.count))
        #expect(result.timings.total > 0 && result.timings.startTransfer <= result.timings.total)
        #expect(result.pollOutcome(ttlMinutes: 30) == .fetched(ttlMinutes: 30, cacheMaxAge: 600))
    }

    struct ConditionalCase: Sendable, CustomTestStringConvertible {
        var name: String
        var etag: String?
        var lastModified: String?
        var force: Bool
        var expectNotModified: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        ConditionalCase(name: "matching ETag", etag: "\"v1\"", lastModified: nil, force: false, expectNotModified: true),
        ConditionalCase(name: "matching Last-Modified", etag: nil, lastModified: "Tue, 03 Nov 2026 10:00:00 GMT", force: false, expectNotModified: true),
        ConditionalCase(name: "both validators", etag: "\"v1\"", lastModified: "Tue, 03 Nov 2026 10:00:00 GMT", force: false, expectNotModified: true),
        ConditionalCase(name: "stale ETag", etag: "\"v0\"", lastModified: nil, force: false, expectNotModified: false),
        ConditionalCase(name: "older Last-Modified", etag: nil, lastModified: "Mon, 02 Nov 2026 10:00:00 GMT", force: false, expectNotModified: false),
        ConditionalCase(name: "forced unconditional", etag: "\"v1\"", lastModified: "Tue, 03 Nov 2026 10:00:00 GMT", force: true, expectNotModified: false),
    ])
    func conditionalGet(_ c: ConditionalCase) async {
        let request = FetchRequest(url: server.url("/feed"), etag: c.etag, lastModified: c.lastModified, forceUnconditional: c.force)
        let result = await fetcher.fetch(request)
        if c.expectNotModified {
            #expect(result.outcome == .notModified)
            #expect(result.status == 304)
            #expect(result.failure == nil, "304 is a result, not an error")
            #expect(result.pollOutcome() == .notModified(cacheMaxAge: nil))
        } else {
            #expect(result.status == 200)
            #expect(result.body?.isEmpty == false)
        }
    }

    @Test func sendsValidatorsUserAgentAndEncodings() async throws {
        let request = FetchRequest(url: server.url("/echo"), etag: "\"abc\"", lastModified: "Tue, 03 Nov 2026 10:00:00 GMT")
        let headers = try await echoedHeaders(request)
        #expect(headers["If-None-Match"] == "\"abc\"")
        #expect(headers["If-Modified-Since"] == "Tue, 03 Nov 2026 10:00:00 GMT")
        #expect(headers["User-Agent"] == RasdVersion.userAgent)
        #expect(headers["User-Agent"]?.hasPrefix("rasd/") == true)
        let encodings = headers["Accept-Encoding"] ?? ""
        #expect(encodings.contains("gzip") && encodings.contains("deflate"))
        #expect(headers["Accept"]?.contains("application/rss+xml") == true)

        var forced = request
        forced.forceUnconditional = true
        forced.userAgent = "feed-specific/1.0"
        let plain = try await echoedHeaders(forced)
        #expect(plain["If-None-Match"] == nil && plain["If-Modified-Since"] == nil)
        #expect(plain["User-Agent"] == "feed-specific/1.0")
    }

    private func echoedHeaders(_ request: FetchRequest) async throws -> [String: String] {
        let result = await fetcher.fetch(request)
        let body = try #require(result.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        return try #require(json["headers"] as? [String: String])
    }

    @Test(arguments: ["/gzip", "/gzip?chunked=1"])
    func gzipBodiesAreDecoded(_ path: String) async throws {
        let plain = try #require(await fetcher.fetch(FetchRequest(url: server.url("/feed"))).body)
        let result = await fetcher.fetch(FetchRequest(url: server.url(path)))
        #expect(result.headers["Content-Encoding"] == "gzip")
        #expect(result.body == plain)
    }

    @Test func brokenContentEncodingIsMalformed() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/bad-gzip")))
        #expect(result.outcome == .failed(.malformed), "\(result.errorMessage ?? "")")
    }

    @Test func notModifiedKeepsTheServersValidators() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/feed?etag=%22v2%22"), etag: "\"v2\""))
        #expect(result.outcome == .notModified)
        #expect(result.etag == "\"v2\"")
        #expect(result.lastModified == "Tue, 03 Nov 2026 10:00:00 GMT")
    }

    @Test func errorStatusIsAnHTTPStatusFailure() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/nothing-here")))
        #expect(result.outcome == .failed(.httpStatus(404)))
        #expect(result.status == 404)
    }

    @Test func requestFromConfigUsesItsSettings() {
        var config = DaemonConfig()
        config.connectTimeout = 3; config.totalTimeout = 7; config.bodyCap = 1234; config.userAgent = "daemon-ua"
        let feed = FeedConfig(id: "x", url: "http://a.invalid/", userAgent: "feed-ua", insecureTLS: true)
        let request = FetchRequest(url: feed.url, config: config, feed: feed, etag: "\"e\"")
        #expect(request.connectTimeout == 3 && request.totalTimeout == 7 && request.bodyCap == 1234)
        #expect(request.userAgent == "feed-ua" && request.insecureTLS)
        #expect(FetchRequest(url: "http://a.invalid/", config: config).userAgent == "daemon-ua")
        #expect(FetchRequest(url: "http://a.invalid/").totalTimeout == 30)
        #expect(FetchRequest(url: "http://a.invalid/").bodyCap == 10 * 1024 * 1024)
    }
}
