import Foundation
import Testing
@testable import RasdAdapters
import RasdCore

@Suite("Fetch: redirects and refused schemes", .timeLimit(.minutes(1)))
struct FetchRedirectTests {
    let server: TestHTTPServer
    let fetcher: CurlFetcher

    init() async throws {
        server = try await SharedTestServer.get()
        fetcher = try CurlFetcher()
    }

    struct ChainCase: Sendable, CustomTestStringConvertible {
        var codes: [Int]
        var permanent: Bool
        var testDescription: String { codes.map(String.init).joined(separator: "→") }
    }

    @Test(arguments: [
        ChainCase(codes: [301], permanent: true),
        ChainCase(codes: [308], permanent: true),
        ChainCase(codes: [301, 308], permanent: true),
        ChainCase(codes: [308, 301, 301], permanent: true),
        ChainCase(codes: [302], permanent: false),
        ChainCase(codes: [307], permanent: false),
        ChainCase(codes: [301, 302], permanent: false),
        ChainCase(codes: [302, 301], permanent: false),
        ChainCase(codes: [301, 307, 308], permanent: false),
    ])
    func chain(_ c: ChainCase) async {
        let codes = c.codes.map(String.init).joined(separator: ",")
        let start = server.url("/redirect?codes=\(codes)&to=/feed")
        let result = await fetcher.fetch(FetchRequest(url: start))
        #expect(result.status == 200)
        #expect(result.body?.isEmpty == false)
        #expect(result.redirects.map(\.status) == c.codes)
        #expect(result.redirects.first?.url == start)
        #expect(result.effectiveURL == server.url("/feed"))
        #expect(result.permanentRedirect == (c.permanent ? server.url("/feed") : nil))
    }

    @Test func permanentChainEndingInAnErrorDoesNotMoveTheFeed() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/redirect?codes=301&to=/gone")))
        #expect(result.outcome == .failed(.httpStatus(404)))
        #expect(result.redirects.map(\.status) == [301])
        #expect(result.permanentRedirect == nil)
    }

    @Test func loopStopsAfterFiveRedirects() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/loop")))
        #expect(result.outcome == .failed(.tooManyRedirects))
        #expect(result.redirects.count == 6, "five followed, the sixth refused: \(result.redirects.count)")
        #expect(result.permanentRedirect == nil)
    }

    @Test func exactlyFiveRedirectsAreFollowed() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/redirect?codes=301,301,301,301,301")))
        #expect(result.status == 200)
        #expect(result.redirects.count == 5)
    }

    @Test func redirectToFileIsRefused() async {
        let result = await fetcher.fetch(FetchRequest(url: server.url("/to-file")))
        #expect(result.outcome == .failed(.protocolRefused))
        #expect(result.body == nil)
        #expect(result.redirects.first?.location == "file:///etc/passwd")
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "gopher://127.0.0.1/", "dict://127.0.0.1/"])
    func otherSchemesAreRefused(_ url: String) async {
        let result = await fetcher.fetch(FetchRequest(url: url))
        #expect(result.outcome == .failed(.protocolRefused))
    }
}
