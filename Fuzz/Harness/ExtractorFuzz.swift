import Foundation
import RasdCore

/// Extractor target: bytes → String (UTF-8, repaired) → `IncidentExtractor.extract`; the first
/// line is the title, the rest the body, published at a fixed instant. Places come from the small
/// table the extraction tests use, so place rules fire on Arabic seeds.
let extractor: IncidentExtractor = {
    let tsv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/RasdCoreTests/Fixtures/articles/places.tsv")
    let text = (try? String(contentsOf: tsv, encoding: .utf8)) ?? ""
    let table = (try? PlaceTable(tsv: text)) ?? PlaceTable([])
    return IncidentExtractor(places: table)
}()

let published = Date(timeIntervalSince1970: 1_790_000_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let all = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = all.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let story = StoryText(title: String(parts.first ?? ""), text: parts.count > 1 ? String(parts[1]) : "",
                          published: published, url: "http://example.invalid/a", outlet: "fuzz", utcOffsetSeconds: 10_800)
    for facts in extractor.extract(story) {
        // A count range the record states must be ordered (an inverted range is a bug).
        for count in [facts.casualties.killed, facts.casualties.injured] + facts.weapons.map(\.count) {
            if let lo = count.min, let hi = count.max { precondition(lo <= hi, "count range \(lo)…\(hi)") }
        }
    }
    return 0
}
