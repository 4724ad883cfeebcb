import Foundation
import Testing
@testable import RasdAdapters
import RasdCore

/// The test server's static mode, which end-to-end tests use to serve feed files they rewrite
/// between poll cycles; checked here through the real fetcher.
@Suite("Fetch: test server static files", .timeLimit(.minutes(1)))
struct FetchTestServerTests {
    @Test func servesChangingFilesWithValidators() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("news.xml")
        try Data("<rss version=\"2.0\"><channel><title>أ</title></channel></rss>".utf8).write(to: file)

        let server = try await TestHTTPServer.start(root: root.path)
        let fetcher = try CurlFetcher()
        let url = server.url("/files/news.xml")

        let first = await fetcher.fetch(FetchRequest(url: url))
        guard case .fetched(let body, let type, let etag?, let lastModified?) = first.outcome else {
            Issue.record("expected a body with validators, got \(first.outcome)"); return
        }
        #expect(String(decoding: body, as: UTF8.self).contains("<title>أ</title>"))
        #expect(type == "application/xml")

        let again = await fetcher.fetch(FetchRequest(url: url, etag: etag, lastModified: lastModified))
        #expect(again.outcome == .notModified)

        // Same size, new content, within the same second: the ETag still changes.
        try Data("<rss version=\"2.0\"><channel><title>ب</title></channel></rss>".utf8).write(to: file)
        let changed = await fetcher.fetch(FetchRequest(url: url, etag: etag))
        #expect(changed.status == 200)
        #expect(changed.body.map { String(decoding: $0, as: UTF8.self).contains("<title>ب</title>") } == true)
        #expect(changed.headers["ETag"] != etag)

        let zipped = await fetcher.fetch(FetchRequest(url: url + "?gzip=1"))
        #expect(zipped.headers["Content-Encoding"] == "gzip")
        #expect(zipped.body == changed.body)

        let missing = await fetcher.fetch(FetchRequest(url: server.url("/files/none.xml")))
        #expect(missing.outcome == .failed(.httpStatus(404)))
        let escape = await fetcher.fetch(FetchRequest(url: server.url("/files/../../etc/passwd")))
        #expect(escape.status == 404)
    }

    @Test func logRecordsWhatTheFetcherSent() async throws {
        let server = try await TestHTTPServer.start()
        let fetcher = try CurlFetcher()
        _ = await fetcher.fetch(FetchRequest(url: server.url("/feed"), etag: "\"v9\""))
        let log = try #require(try server.getJSON("/log") as? [[String: Any]])
        let entry = try #require(log.first { ($0["path"] as? String) == "/feed" })
        let headers = try #require(entry["headers"] as? [String: String])
        #expect(headers["If-None-Match"] == "\"v9\"")
    }
}
