import Foundation
import Testing
@testable import RasdAdapters
import RasdCore
#if canImport(Glibc)
import Glibc
#endif

@Suite("Fetch: failures, throttling and limits", .timeLimit(.minutes(1)))
struct FetchFailureTests {
    let server: TestHTTPServer
    let fetcher: CurlFetcher

    init() async throws {
        server = try await SharedTestServer.get()
        fetcher = try CurlFetcher()
    }

    @Test func tooManyRequestsWithSecondsIsThrottlingNotFailure() async throws {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/status/429?retry_after=120")))
        #expect(result.outcome == .failed(.httpStatus(429)))
        #expect(result.retryAfter == .seconds(120))
        #expect(result.pollOutcome() == .throttled(status: 429, retryAfter: .seconds(120)))

        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var rng = SystemRandomNumberGenerator()
        let policy = SchedulePolicy(interval: 60, minInterval: 60)
        let state = FeedSchedule.record(result.pollOutcome(), at: now, state: ScheduleState(consecutiveFailures: 2),
                                        policy: policy, using: &rng)
        #expect(state.consecutiveFailures == 2)
        #expect(state.failureCounts.isEmpty)
        let wait = try #require(state.nextPoll).timeIntervalSince(now)
        #expect(wait >= 120 && wait <= 132, "Retry-After 120 s plus at most 10% jitter: \(wait)")
    }

    @Test func serviceUnavailableWithHTTPDate() async throws {
        let before = Date()
        let result = await fetcher.fetch(FetchRequest(url: server.url("/status/503?retry_after_in=300")))
        #expect(result.outcome == .failed(.httpStatus(503)))
        guard case .date(let when) = try #require(result.retryAfter) else {
            Issue.record("expected an HTTP-date Retry-After"); return
        }
        #expect(abs(when.timeIntervalSince(before) - 300) < 5)
        guard case .throttled(503, _) = result.pollOutcome() else {
            Issue.record("503 with Retry-After should throttle"); return
        }
    }

    @Test func serviceUnavailableWithoutRetryAfterIsAFailure() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/status/503")))
        #expect(result.retryAfter == nil)
        #expect(result.pollOutcome() == .failed(.httpStatus(503)))
    }

    @Test func retryAfterIgnoredOnOtherStatuses() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/status/500?retry_after=60")))
        #expect(result.retryAfter == nil)
        #expect(result.pollOutcome() == .failed(.httpStatus(500)))
    }

    @Test func slowBodyTimesOut() async {
        let clock = ContinuousClock()
        let start = clock.now
        let result = await fetcher.fetch(FetchRequest(url: server.url("/slow?bytes=300&interval=0.1"), totalTimeout: 1))
        #expect(result.outcome == .failed(.timeout), "\(result.errorMessage ?? "")")
        #expect(clock.now - start < .seconds(10), "the whole body would take 30 s")
    }

    @Test func zeroTimeoutStillBoundsTheTransfer() async {
        let clock = ContinuousClock()
        let start = clock.now
        let result = await fetcher.fetch(FetchRequest(url: server.url("/hold?ms=30000"), totalTimeout: 0))
        #expect(result.failure == .timeout || result.failure == .connect, "\(result.outcome)")
        #expect(clock.now - start < .seconds(10), "0 must not mean 'no timeout' (the server holds 30 s)")
    }

    @Test func oversizeWithContentLengthIsTooLarge() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/oversize?bytes=\(11 * 1024 * 1024)")))
        #expect(result.outcome == .failed(.tooLarge))
    }

    @Test func oversizeChunkedIsStoppedInTheWriteCallback() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/oversize?bytes=300000&chunked=1"), bodyCap: 100_000))
        #expect(result.outcome == .failed(.tooLarge))
        #expect(result.errorMessage == "body larger than 100000 bytes after decoding")
        let fits = await fetcher.fetch(FetchRequest(url: server.url("/oversize?bytes=100000&chunked=1"), bodyCap: 100_000))
        #expect(fits.body?.count == 100_000, "a body of exactly the cap is allowed")
    }

    @Test func gzipBombIsStoppedQuickly() async {
        let clock = ContinuousClock()
        let start = clock.now
        let result = await fetcher.fetch(FetchRequest(url: server.url("/gzip-bomb?mb=200")))
        let elapsed = clock.now - start
        #expect(result.outcome == .failed(.tooLarge))
        #expect(elapsed < .seconds(10), "stopped after \(elapsed)")
    }

    @Test func connectionRefused() async throws {
        let port = try Self.closedPort()
        let result = await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:\(port)/feed"))
        #expect(result.outcome == .failed(.connect))
        #expect(result.status == 0)
        #expect(result.errorMessage != nil)
    }

    @Test func unresolvableHost() async {
        let result = await fetcher.fetch(FetchRequest(url: "http://rasd-test-host.invalid/feed"))
        #expect(result.outcome == .failed(.dns))
    }

    @Test(arguments: ["http://[::1/feed", "not a url at all", "http://"])
    func malformedURL(_ url: String) async {
        let result = await fetcher.fetch(FetchRequest(url: url))
        #expect(result.failure == .malformed || result.failure == .protocolRefused, "\(String(describing: result.failure))")
    }

    @Test func cancellingTheTaskCancelsTheTransfer() async {
        let url = server.url("/hold?ms=30000")
        let task = Task { await fetcher.fetch(FetchRequest(url: url)) }
        try? await Task.sleep(for: .milliseconds(200))
        let clock = ContinuousClock()
        let start = clock.now
        task.cancel()
        let result = await task.value
        #expect(result.outcome == .failed(.cancelled))
        #expect(clock.now - start < .seconds(10), "the server holds 30 s")
    }

    /// A port on 127.0.0.1 that nothing listens on: bound, then closed without listening.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard ok else { throw TestHTTPServer.StartError(description: "could not bind a probe socket") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
