import Foundation
import RasdAdapters
import RasdCore
import Testing

/// Seeded mutations of the shipped feed lists through the real loaders (toml++ via TOMLKit,
/// the OPML parser): bad input must give located errors or feeds, never a crash or a hang.
@Suite("Config loaders under mutated input")
struct ConfigFuzzTests {
    /// SplitMix64: a fixed seed gives the same mutations on every run and machine.
    typealias SeededRandom = SplitMix64

    static func mutate(_ base: [UInt8], pieces: [[UInt8]], rng: inout SeededRandom) -> [UInt8] {
        var b = base
        for _ in 0..<Int.random(in: 1...12, using: &rng) where !b.isEmpty {
            let at = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: b[at] = pieces[0].randomElement(using: &rng)!
            case 1: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...24, using: &rng)))
            default: b.insert(contentsOf: pieces[1...].randomElement(using: &rng)!, at: at)
            }
        }
        return b
    }

    static let tomlPieces: [[UInt8]] = [
        Array("[]=\"'\n#{},.\\".utf8) + [0x00, 0xFF],
        Array("[[feed]]\n".utf8), Array("\"\"\"".utf8), Array("= =".utf8), Array("{a=1}".utf8),
    ]
    static let opmlPieces: [[UInt8]] = [
        Array("<>/=\"&;!\n".utf8) + [0x00, 0xFF],
        Array("<outline text=\"a\">".utf8), Array("</outline>".utf8), Array("&amp;".utf8),
        Array("<!DOCTYPE x [<!ENTITY a \"b\">]>".utf8),
    ]

    @Test func mutatedTOMLLists() throws {
        try mutatedListsGiveLocatedErrorsOrFeeds(shipped: "Feeds/arabic-news.toml", pieces: Self.tomlPieces)
    }

    @Test func mutatedOPMLLists() throws {
        try mutatedListsGiveLocatedErrorsOrFeeds(shipped: "Feeds/example.opml", pieces: Self.opmlPieces)
    }

    func mutatedListsGiveLocatedErrorsOrFeeds(shipped: String, pieces: [[UInt8]]) throws {
        let base = [UInt8](try Data(contentsOf: URL(fileURLWithPath: RepoRoot.path() + "/" + shipped)))
        let tmp = try ConfigTempDir()
        defer { tmp.remove() }
        let name = "fuzz" + (shipped.hasSuffix(".opml") ? ".opml" : ".toml")
        var rng = SeededRandom(state: 20_261_125)
        var refused = 0
        for _ in 0..<300 {
            let bytes = Self.mutate(base, pieces: pieces, rng: &rng)
            let file = try tmp.write(name, data: Data(bytes))
            let lineCount = bytes.filter { $0 == 0x0A }.count + 1
            let (feeds, errors) = ConfigLoader().loadFeedList(file: file)
            if !errors.isEmpty { refused += 1 }
            for e in errors {
                #expect(e.location.file == file)
                #expect(e.location.line.map { (1...lineCount).contains($0) } ?? true, "\(e)")
            }
            for f in feeds { #expect(f.feed.origin?.line.map { (1...lineCount).contains($0) } ?? false) }
        }
        #expect(refused > 30)
    }
}
