import Foundation
import Testing
@testable import RasdAdapters
import RasdCore

/// What the internet does to a fetch, against the real test server and the real `CurlFetcher`:
/// each fault ends in its failure category (or, where HTTP says the response is complete, in a
/// body of exactly the promised size), and the same fetcher then serves a normal request.
@Suite("Fetch: network faults", .timeLimit(.minutes(3)))
struct FetchFaultTests {
    /// What a fault case must end in.
    enum Expected: Sendable {
        case failure(FetchFailure.Category)
        /// A 200 whose body is exactly this many bytes (the Content-Length the server claimed).
        case bodyOfLength(Int)
        /// libcurl cannot tell: a clean failure, or a body that is a strict prefix of the feed.
        case failureOrPrefix(FetchFailure.Category)
    }

    struct FaultCase: Sendable, CustomTestStringConvertible {
        var name: String
        /// A path on the test server, or an absolute URL.
        var target: String
        var expected: Expected
        var totalTimeout: Double = 30
        var testDescription: String { name }
    }

    static let cases: [FaultCase] = [
        FaultCase(name: "connection reset mid-body", target: "/reset-mid-body?bytes=200000", expected: .failure(.other)),
        FaultCase(name: "Content-Length longer than the body, then close",
                  target: "/lying-length?claim=5000&send=300", expected: .failure(.other)),
        FaultCase(name: "Content-Length shorter than the body (same packet)",
                  target: "/lying-length?claim=100&send=400", expected: .bodyOfLength(100)),
        FaultCase(name: "Content-Length shorter than the body (excess arrives later)",
                  target: "/lying-length?claim=100&send=400&late=1", expected: .bodyOfLength(100)),
        FaultCase(name: "gzip header on plain bytes", target: "/bad-gzip", expected: .failure(.malformed)),
        FaultCase(name: "gzip with a corrupt CRC", target: "/gzip-damaged?kind=crc", expected: .failure(.malformed)),
        FaultCase(name: "gzip stream cut in half", target: "/gzip-damaged?kind=truncated", expected: .failureOrPrefix(.malformed)),
        FaultCase(name: "1 GiB body with Content-Length", target: "/oversize?bytes=1073741824", expected: .failure(.tooLarge)),
        FaultCase(name: "1 GiB chunked body", target: "/oversize?bytes=1073741824&chunked=1", expected: .failure(.tooLarge)),
        FaultCase(name: "gzip bomb of 1 GiB", target: "/gzip-bomb?mb=1024", expected: .failure(.tooLarge)),
        FaultCase(name: "slow drip", target: "/slow?bytes=300&interval=0.1", expected: .failure(.timeout), totalTimeout: 1),
        FaultCase(name: "redirect loop", target: "/loop", expected: .failure(.tooManyRedirects)),
        FaultCase(name: "redirect to file://", target: "/to-file", expected: .failure(.protocolRefused)),
        FaultCase(name: "redirect to a non-HTTP service", target: "/to-non-http", expected: .failure(.malformed)),
        FaultCase(name: "DNS failure", target: "http://rasd-fault-host.invalid/feed", expected: .failure(.dns)),
    ]

    @Test(arguments: cases)
    func faultThenNormalRequest(_ c: FaultCase) async throws {
        let server = try await SharedTestServer.get()
        let fetcher = try CurlFetcher()
        let feed = try #require(await fetcher.fetch(FetchRequest(url: server.url("/feed"))).body, "baseline fetch")
        let url = c.target.hasPrefix("/") ? server.url(c.target) : c.target
        let clock = ContinuousClock()
        let start = clock.now
        let result = await fetcher.fetch(FetchRequest(url: url, totalTimeout: c.totalTimeout))
        let elapsed = clock.now - start
        let detail = "\(result.outcome) \(result.errorMessage ?? "")"
        #expect(elapsed < .seconds(20), "hang guard: \(elapsed)")
        switch c.expected {
        case .failure(let category):
            #expect(result.failure?.category == category, "\(detail)")
            #expect(result.body == nil)
        case .bodyOfLength(let n):
            #expect(result.status == 200, "\(detail)")
            #expect(result.body == feed.prefix(n), "\(detail)")
        case .failureOrPrefix(let category):
            if let body = result.body {
                #expect(body.count < feed.count * 20 && (feed * 20).starts(with: body), "a truncated stream gives a prefix, never garbage")
            } else {
                #expect(result.failure?.category == category, "\(detail)")
            }
        }
        await Self.expectStillServing(fetcher, server, feed)
    }

    @Test func redirectToAClosedPortIsAConnectFailure() async throws {
        let server = try await SharedTestServer.get()
        let fetcher = try CurlFetcher()
        let port = try FetchFailureTests.closedPort()
        let result = await fetcher.fetch(FetchRequest(url: server.url("/to-port?port=\(port)")))
        #expect(result.failure == .connect, "\(result.outcome) \(result.errorMessage ?? "")")
        #expect(result.redirects.count == 1)
        let feed = try #require(await fetcher.fetch(FetchRequest(url: server.url("/feed"))).body)
        await Self.expectStillServing(fetcher, server, feed)
    }

    /// Faults on several transfers at once, then normal requests: the multi handle keeps working.
    @Test func concurrentFaultsLeaveTheFetcherServing() async throws {
        let server = try await SharedTestServer.get()
        let fetcher = try CurlFetcher(maxConcurrent: 8, maxPerHost: 8)
        let feed = try #require(await fetcher.fetch(FetchRequest(url: server.url("/feed"))).body)
        let targets = Self.cases.filter { $0.target.hasPrefix("/") && $0.totalTimeout > 1 }.map { server.url($0.target) }
        let failures = await withTaskGroup(of: Bool.self) { group in
            for url in targets + targets { group.addTask { await fetcher.fetch(FetchRequest(url: url)).failure != nil } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(failures >= targets.count, "most fault endpoints fail: \(failures) of \(targets.count * 2)")
        await Self.expectStillServing(fetcher, server, feed)
    }

    static func expectStillServing(_ fetcher: CurlFetcher, _ server: TestHTTPServer, _ feed: Data,
                                   sourceLocation: Testing.SourceLocation = #_sourceLocation) async {
        for _ in 0..<3 {
            let next = await fetcher.fetch(FetchRequest(url: server.url("/feed")))
            #expect(next.body == feed, "the next normal request: \(next.outcome) \(next.errorMessage ?? "")",
                    sourceLocation: sourceLocation)
        }
    }
}

private func * (data: Data, times: Int) -> Data {
    var out = Data()
    for _ in 0..<times { out.append(data) }
    return out
}
