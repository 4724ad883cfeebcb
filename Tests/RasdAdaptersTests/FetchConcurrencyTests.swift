import Foundation
import Testing
@testable import RasdAdapters
import RasdCore

/// Each test has its own server: they read its global in-flight counters.
@Suite("Fetch: concurrency caps", .timeLimit(.minutes(1)))
struct FetchConcurrencyTests {
    struct CapCase: Sendable, CustomTestStringConvertible {
        var global: Int, perHost: Int, requests: Int, expectedMax: Int
        var testDescription: String { "global \(global), per host \(perHost), \(requests) requests" }
    }

    @Test(arguments: [
        CapCase(global: 16, perHost: 2, requests: 10, expectedMax: 2),   // the default per-host cap
        CapCase(global: 3, perHost: 16, requests: 12, expectedMax: 3),   // the global cap
        CapCase(global: 16, perHost: 6, requests: 12, expectedMax: 6),   // really concurrent, not serial
    ])
    func capsAreRespected(_ c: CapCase) async throws {
        let server = try await TestHTTPServer.start()
        let fetcher = try CurlFetcher(maxConcurrent: c.global, maxPerHost: c.perHost)
        let url = server.url("/hold?ms=250")
        let results = await withTaskGroup(of: FetchResult.self) { group in
            for _ in 0..<c.requests { group.addTask { await fetcher.fetch(FetchRequest(url: url)) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == c.requests)
        #expect(results.allSatisfy { $0.status == 200 && $0.body == Data("ok\n".utf8) })
        let stats = try #require(try server.getJSON("/stats") as? [String: Int])
        #expect(stats["max_in_flight"] == c.expectedMax, "\(stats)")
        #expect(stats["requests"] == c.requests + 1, "the /stats request counts itself")
    }

    @Test func perHostCapDoesNotBlockOtherHosts() async throws {
        let server = try await TestHTTPServer.start()
        let fetcher = try CurlFetcher(maxConcurrent: 16, maxPerHost: 1)
        // 127.0.0.1 and localhost are different host keys for the cap, the same server here.
        let a = server.url("/hold?ms=300")
        let b = "http://localhost:\(server.port)/hold?ms=300"
        let clock = ContinuousClock()
        let start = clock.now
        async let first = fetcher.fetch(FetchRequest(url: a))
        async let second = fetcher.fetch(FetchRequest(url: b))
        let (r1, r2) = await (first, second)
        #expect(r1.status == 200 && r2.status == 200)
        let stats = try #require(try server.getJSON("/stats") as? [String: Int])
        #expect(stats["max_in_flight"] == 2, "\(stats), \(clock.now - start)")
    }

    @Test func manyParallelFetchesAllComplete() async throws {
        let server = try await SharedTestServer.get()
        let fetcher = try CurlFetcher()
        let results = await withTaskGroup(of: (Int, FetchResult).self) { group in
            for i in 0..<60 {
                let path = i % 3 == 0 ? "/gzip" : (i % 3 == 1 ? "/feed" : "/redirect?codes=302")
                group.addTask { (i, await fetcher.fetch(FetchRequest(url: server.url(path)))) }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == 60)
        #expect(results.values.allSatisfy { $0.status == 200 && ($0.body?.count ?? 0) > 100 })
    }

    @Test func droppingTheFetcherStopsItsThreadAndFreesTheMultiHandle() async throws {
        let server = try await SharedTestServer.get()
        weak var engine: CurlMultiEngine?
        do {
            let fetcher = try CurlFetcher()
            engine = fetcher.engine
            let result = await fetcher.fetch(FetchRequest(url: server.url("/feed")))
            #expect(result.status == 200)
        }
        // The thread holds the engine until its loop ends; then the engine (and the multi handle) go.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(5)
        while engine != nil, clock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(engine == nil)
    }

    @Test func shutdownAnswersInFlightAndWaitingFetches() async throws {
        let server = try await SharedTestServer.get()
        let fetcher = try CurlFetcher(maxConcurrent: 1, maxPerHost: 1)
        let url = server.url("/hold?ms=30000")
        let pending = (0..<3).map { _ in Task { await fetcher.fetch(FetchRequest(url: url)) } }
        try await Task.sleep(for: .milliseconds(200))
        let clock = ContinuousClock()
        let start = clock.now
        fetcher.shutdown()
        for task in pending {
            #expect(await task.value.outcome == .failed(.cancelled))
        }
        #expect(clock.now - start < .seconds(10), "the server holds 30 s")
        #expect(await fetcher.fetch(FetchRequest(url: server.url("/feed"))).outcome == .failed(.cancelled))
        fetcher.shutdown()  // idempotent; deinit calls it once more
    }
}
