import Foundation
import Testing
import RasdCore
@testable import RasdFeeds
#if canImport(Glibc)
import Glibc
#endif

/// Hostile DTDs: external entities (file and URL), external DTD subsets, parameter entities,
/// entity bombs. The parser must never read a file, never open a connection and never expand a
/// document beyond a small multiple of its size; the rest of the feed still comes through.
@Suite("Fault: XML attacks", .serialized, .timeLimit(.minutes(2)))
struct FaultXMLAttackTests {
    /// A secret in a temporary file that an XXE would try to read.
    struct Secret {
        let token = "RASD-SECRET-" + UUID().uuidString
        let dir: URL
        var file: URL { dir.appendingPathComponent("secret.txt") }
        var dtd: URL { dir.appendingPathComponent("evil.dtd") }
        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-xxe-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(token.utf8).write(to: file)
            let dtdText = "<!ENTITY leak \"\(token)\">\n<!ENTITY % inner \"<!ENTITY chained SYSTEM 'file://\(file.path)'>\">\n%inner;\n"
            try Data(dtdText.utf8).write(to: dtd)
        }
        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    /// A TCP listener on 127.0.0.1 that only records whether anyone connected.
    final class Listener {
        let fd: Int32
        let port: Int
        init() throws {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let ok = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, length) == 0 && listen(fd, 8) == 0 && getsockname(fd, $0, &length) == 0
                }
            }
            guard ok else { close(fd); throw CocoaError(.fileWriteUnknown) }
            self.fd = fd
            port = Int(UInt16(bigEndian: address.sin_port))
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        /// True when a connection is waiting (or was made) on the listener.
        var wasContacted: Bool {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            return poll(&pfd, 1, 200) > 0
        }
        deinit { close(fd) }
    }

    static func rss(doctype: String, title: String, description: String) -> [UInt8] {
        Array("""
        <?xml version="1.0" encoding="utf-8"?>
        \(doctype)
        <rss version="2.0"><channel><title>\(title)</title><link>https://example.invalid/</link>
        <item><title>خبر سليم</title><link>https://example.invalid/1</link></item>
        <item><title>\(title)</title><link>https://example.invalid/2</link><description>\(description)</description></item>
        </channel></rss>
        """.utf8)
    }

    static func expectNeutral(_ outcome: FaultSupport.Outcome, secret: String, _ what: String,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!outcome.json.contains(secret), "\(what): the secret leaked", sourceLocation: sourceLocation)
        #expect(outcome.seconds < 10, "\(what): \(outcome.seconds) s", sourceLocation: sourceLocation)
        #expect(outcome.feed?.items.first?.title == "خبر سليم", "\(what): the harmless item still comes through",
                sourceLocation: sourceLocation)
    }

    @Test func externalEntityToALocalFileIsNotRead() throws {
        let secret = try Secret()
        defer { secret.remove() }
        let doc = Self.rss(doctype: "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://\(secret.file.path)\">]>",
                           title: "قبل &xxe; بعد", description: "&xxe;")
        let outcome = FaultSupport.parse(doc)
        Self.expectNeutral(outcome, secret: secret.token, "file XXE")
        #expect(outcome.feed?.items.last?.title == "قبل بعد", "the reference is dropped, the text around it kept")
    }

    @Test func externalEntityToAnEtcFileIsNotRead() {
        let doc = Self.rss(doctype: "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"/etc/passwd\">]>", title: "&xxe;", description: "&xxe;")
        let outcome = FaultSupport.parse(doc)
        Self.expectNeutral(outcome, secret: "root:x:0:0", "/etc/passwd XXE")
    }

    @Test func externalEntityToAURLIsNeverFetched() throws {
        let listener = try Listener()
        let url = "http://127.0.0.1:\(listener.port)/xxe"
        let doc = Self.rss(doctype: "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"\(url)\">]>", title: "&xxe;", description: "&xxe;")
        let outcome = FaultSupport.parse(doc)
        Self.expectNeutral(outcome, secret: "RASD-NEVER", "URL XXE")
        #expect(!listener.wasContacted, "the parser connected to \(url)")
    }

    @Test func externalDTDIsNotLoaded() throws {
        let secret = try Secret()
        defer { secret.remove() }
        let listener = try Listener()
        let cases = [
            "<!DOCTYPE rss SYSTEM \"file://\(secret.dtd.path)\">",
            "<!DOCTYPE rss PUBLIC \"-//rasd//evil//EN\" \"\(secret.dtd.path)\">",
            "<!DOCTYPE rss [<!ENTITY % ext SYSTEM \"file://\(secret.dtd.path)\"> %ext;]>",
            "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:\(listener.port)/evil.dtd\">",
            "<!DOCTYPE rss [<!ENTITY % ext SYSTEM \"http://127.0.0.1:\(listener.port)/evil.dtd\"> %ext;]>",
        ]
        for doctype in cases {
            let outcome = FaultSupport.parse(Self.rss(doctype: doctype, title: "&leak; &chained;", description: "&leak;"))
            Self.expectNeutral(outcome, secret: secret.token, doctype)
        }
        #expect(!listener.wasContacted, "an external DTD was fetched over HTTP")
    }

    @Test func billionLaughsDoesNotExpand() {
        var doctype = "<!DOCTYPE rss [<!ENTITY lol \"lol\">"
        doctype += "<!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">"
        for level in 2...9 { doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        doctype += "]>"
        let doc = Self.rss(doctype: doctype, title: "&lol9;", description: "&lol9;")
        let outcome = FaultSupport.parse(doc)
        #expect(outcome.seconds < 10)
        #expect(outcome.textBytes < 64 * 1024, "expanded to \(outcome.textBytes) bytes of output")
        #expect(!outcome.json.contains("lollollol"))
        // libxml2 refuses the document at the first bomb reference: a bozo feed saying why, or an error.
        if let feed = outcome.feed {
            #expect(feed.bozo)
            #expect(feed.warnings.contains { $0.contains("entity reference loop") }, "\(feed.warnings)")
        } else {
            #expect(outcome.error != nil)
        }
    }

    /// One 1000-character entity referenced 50,000 times: a 200 KB document that would expand
    /// to 50 MB of text if every reference were substituted.
    @Test func quadraticBlowupStaysProportional() {
        let doctype = "<!DOCTYPE rss [<!ENTITY a \"" + String(repeating: "ق", count: 500) + "\">]>"
        let refs = String(repeating: "&a;", count: 50_000)
        let doc = Self.rss(doctype: doctype, title: "عنوان", description: refs)
        let peakBefore = FaultSupport.peakResidentBytes()
        let outcome = FaultSupport.parse(doc)
        let growth = FaultSupport.peakResidentBytes() - peakBefore
        #expect(outcome.seconds < 10, "\(outcome.seconds) s")
        #expect(outcome.textBytes < doc.count * 20, "\(doc.count)-byte document gave \(outcome.textBytes) bytes of output")
        #expect(growth < 512 * 1024 * 1024, "peak memory grew by \(growth) bytes")
        #expect(outcome.feed?.items.first?.title == "خبر سليم")
    }

    /// The same blowup inside attribute values (Atom links), where libxml2 normalises the value.
    @Test func quadraticBlowupInAttributesStaysProportional() {
        let doctype = "<!DOCTYPE feed [<!ENTITY a \"" + String(repeating: "q", count: 1000) + "\">]>"
        let refs = String(repeating: "&a;", count: 50_000)
        let doc = Array("""
        <?xml version="1.0" encoding="utf-8"?>
        \(doctype)
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
        <entry><title>خبر سليم</title><id>1</id><link href="https://example.invalid/1"/></entry>
        <entry><title>x</title><id>2</id><link href="\(refs)"/><category term="\(refs)"/></entry></feed>
        """.utf8)
        let peakBefore = FaultSupport.peakResidentBytes()
        let outcome = FaultSupport.parse(doc)
        let growth = FaultSupport.peakResidentBytes() - peakBefore
        #expect(outcome.seconds < 10, "\(outcome.seconds) s")
        #expect(outcome.textBytes < doc.count * 20, "\(doc.count)-byte document gave \(outcome.textBytes) bytes of output")
        #expect(growth < 512 * 1024 * 1024, "peak memory grew by \(growth) bytes")
        #expect(outcome.feed?.items.first?.title == "خبر سليم")
    }
}
