#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// No network, no DTD loading, no entity substitution: entity bombs are neutral and fast, XXE
/// reads no file and opens no connection.
@Suite struct SecurityTests {
    func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let v = try body()
        return (v, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    func totalText(_ f: Feed) -> Int {
        var n = 0
        for i in f.items {
            n += i.title?.utf8.count ?? 0
            n += i.summary?.utf8.count ?? 0
            n += i.link?.utf8.count ?? 0
        }
        return n
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        let (feed, seconds) = try timed { try FeedParser.parse(Fixtures.data("feeds/billion_laughs.xml")) }
        #expect(seconds < 2)
        #expect(feed.bozo)
        #expect(totalText(feed) < 1000)
        #expect(feed.warnings.contains { $0.contains("entity reference loop") || $0.contains("amplification") })
    }

    @Test func quadraticBlowupStaysSmall() throws {
        // 50 KB entity referenced 50,000 times: 2.5 GB if expanded.
        let big = String(repeating: "a", count: 50_000)
        let refs = String(repeating: "&big;", count: 50_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"\(big)\">]><rss version=\"2.0\"><channel><title>q</title><item><title>t</title><description>\(refs)</description></item></channel></rss>"
        let (feed, seconds) = try timed { try FeedParser.parse(Array(xml.utf8)) }
        #expect(seconds < 2)
        #expect(totalText(feed) < 100_000)
    }

    @Test func smallEntitiesManyTimesStayWithinTheBudget() throws {
        // 1 KB entity (small enough to expand) referenced 20,000 times across 200 items.
        let kb = String(repeating: "b", count: 1000)
        let item = "<item><title>&kb;</title><description>" + String(repeating: "&kb;", count: 100) + "</description></item>"
        let xml = "<!DOCTYPE rss [<!ENTITY kb \"\(kb)\">]><rss version=\"2.0\"><channel>" + String(repeating: item, count: 200) + "</channel></rss>"
        let (feed, seconds) = try timed { try FeedParser.parse(Array(xml.utf8)) }
        #expect(seconds < 2)
        #expect(feed.items.count == 200)
        #expect(totalText(feed) <= EntityBudget.bytes + 10_000)
    }

    @Test func xxeFileIsNotRead() throws {
        let feed = try FeedParser.parse(Fixtures.data("feeds/xxe_file.xml"))
        #expect(feed.items[0].title == "before after")
        #expect(!(feed.items[0].summary ?? "").contains("root:"))
    }

    @Test func xxeURLAndExternalDTDOpenNoConnection() throws {
        let listener = try LocalListener()
        defer { listener.close() }
        let url = "http://127.0.0.1:\(listener.port)"
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "\(url)/evil.dtd" [ <!ENTITY remote SYSTEM "\(url)/secret"> <!ENTITY % p SYSTEM "\(url)/p.dtd"> %p; ]>
        <rss version="2.0"><channel><title>&remote;</title>
        <item><title>x</title><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>img <img src="\(url)/img.png"> <iframe src="\(url)/frame"></iframe> <script src="\(url)/s.js"></script></p>]]></content:encoded></item>
        </channel></rss>
        """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.items[0].content == "img")
        #expect(listener.connectionAttempted() == false)
    }
}

/// A TCP socket listening on 127.0.0.1 (any port) that only reports whether anyone connected.
final class LocalListener {
    let fd: Int32
    let port: UInt16

    init() throws {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(s, 8) == 0 else { _ = Glibc.close(s); throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) }
        }
        fd = s
        port = UInt16(bigEndian: addr.sin_port)
    }

    func connectionAttempted() -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 200) > 0
    }

    func close() { _ = Glibc.close(fd) }
}
