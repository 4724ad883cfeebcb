import Foundation
import Testing
@testable import RasdAdapters
import RasdCore

@Suite("Fetch: TLS", .timeLimit(.minutes(1)))
struct FetchTLSTests {
    @Test func selfSignedCertificateIsATLSFailureUnlessTheFeedAllowsIt() async throws {
        let server = try await TestHTTPServer.start(tls: true)
        let fetcher = try CurlFetcher()
        let strict = await fetcher.fetch(FetchRequest(url: server.url("/feed")))
        #expect(strict.outcome == .failed(.tls), "\(strict.errorMessage ?? "")")

        let lenient = await fetcher.fetch(FetchRequest(url: server.url("/feed"), insecureTLS: true))
        #expect(lenient.status == 200)
        #expect(lenient.body?.isEmpty == false)
        #expect(lenient.timings.tls > 0 && lenient.timings.tls >= lenient.timings.connect)
    }

    @Test func plainHTTPToATLSPortIsNotASuccess() async throws {
        let server = try await TestHTTPServer.start(tls: true)
        let fetcher = try CurlFetcher()
        let result = await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:\(server.port)/feed", totalTimeout: 5))
        #expect(result.failure != nil)
        #expect(result.body == nil)
    }
}
