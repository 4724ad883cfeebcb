import Foundation
import Testing
@testable import RasdCore

/// Story fixtures (`Fixtures/articles/<case>.txt` + expected `<case>.json`): each expected
/// incident lists only the fields the case is about; every listed field must match.
@Suite struct ExtractionFixtureTests {
    static let caseNames: [String] = {
        let dir = Fixtures.url("articles")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static let extractor: IncidentExtractor = {
        let tsv = (try? Fixtures.text("articles/places.tsv")) ?? ""
        return IncidentExtractor(places: (try? PlaceTable(tsv: tsv)) ?? PlaceTable([]))
    }()

    @Test func thereAreAtLeastFortyStories() {
        #expect(Self.caseNames.count >= 40)
    }

    @Test(arguments: caseNames)
    func fixture(_ name: String) throws {
        let text = try Fixtures.text("articles/\(name).txt")
        let exp = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("articles/\(name).json")) as? [String: Any])
        var published: Date? = nil, offset = 0
        if let p = exp["published"] as? String {
            published = RFC3339.parse(p)
            if p.hasSuffix("+03:00") { offset = 3 * 3600 }
        }
        let story = StoryText(title: exp["title"] as? String ?? "", text: text, published: published, utcOffsetSeconds: offset)
        let got = Self.extractor.extract(story)
        let want = exp["incidents"] as? [[String: Any]] ?? []
        #expect(got.count == want.count, "\(name): \(got.count) incidents, expected \(want.count)")
        for (g, w) in zip(got, want) { check(name, g, w) }
        for f in got {
            for e in f.evidence { #expect(text.contains(e.quote) || (exp["title"] as? String ?? "").contains(e.quote), "\(name): evidence not in story: \(e.quote)") }
            #expect(f.evidence.contains { $0.field == "event_type" }, "\(name): no evidence for the event type")
        }
    }

    func check(_ name: String, _ g: IncidentFacts, _ w: [String: Any]) {
        func ar(_ s: String?) -> String? { s.map(ArabicNormalizer.normalize) }
        if let v = w["event_type"] as? String { #expect(g.eventType == v, "\(name) event_type") }
        if let v = w["sub_event_type"] as? String { #expect(g.subEventType == v, "\(name) sub_event_type: \(g.subEventType)") }
        if let v = w["outcome"] as? String { #expect(g.outcome.rawValue == v, "\(name) outcome: \(g.outcome)") }
        if let v = w["location_ar"] as? String { #expect(ar(g.location?.nameAr) == ar(v), "\(name) location: \(g.location?.nameAr ?? "nil")") }
        if let v = w["admin1_ar"] as? String { #expect(ar(g.location?.admin1Ar) == ar(v), "\(name) admin1: \(g.location?.admin1Ar ?? "nil")") }
        if let v = w["country"] as? String { #expect(g.location?.country == v, "\(name) country: \(g.location?.country ?? "nil")") }
        if let v = w["precision"] as? Int { #expect(g.location?.precision == v, "\(name) precision: \(g.location?.precision ?? -1)") }
        if let v = w["event_date"] as? String { #expect(g.eventDate?.date == v, "\(name) date: \(g.eventDate?.date ?? "nil")") }
        if let v = w["date_basis"] as? String { #expect(g.eventDate?.basis.rawValue == v, "\(name) basis: \(g.eventDate?.basis.rawValue ?? "nil")") }
        if let v = w["claim"] as? String { #expect(g.claim.status.rawValue == v, "\(name) claim: \(g.claim.status)") }
        if let v = w["claim_actor"] as? String { #expect(ar(g.claim.actor) == ar(v), "\(name) claim actor: \(g.claim.actor ?? "nil")") }
        if let v = w["target_kind"] as? String { #expect(g.target?.kind == v, "\(name) target: \(g.target?.kind ?? "nil")") }
        if let v = w["weapons"] as? [String] {
            for k in v { #expect(g.weapons.contains { $0.kind.rawValue == k }, "\(name) weapon \(k) missing: \(g.weapons.map(\.kind.rawValue))") }
        }
        if let v = w["weapon_counts"] as? [String: [Any]] {
            for (k, mm) in v {
                let weapon = g.weapons.first { $0.kind.rawValue == k }
                #expect(weapon != nil, "\(name) weapon \(k) missing: \(g.weapons.map(\.kind.rawValue))")
                #expect(weapon?.count.min == mm[0] as? Int && weapon?.count.max == mm[1] as? Int,
                        "\(name) \(k) count: \(String(describing: weapon?.count.min))…\(String(describing: weapon?.count.max))")
            }
        }
        for who in ["killed", "injured"] {
            guard let c = w[who] as? [String: Any] else { continue }
            let got = who == "killed" ? g.casualties.killed : g.casualties.injured
            if let s = c["status"] as? String { #expect(got.status.rawValue == s, "\(name) \(who) status: \(got.status)") }
            if c.keys.contains("min") { #expect(got.min == c["min"] as? Int, "\(name) \(who) min: \(String(describing: got.min))") }
            if c.keys.contains("max") { #expect(got.max == c["max"] as? Int, "\(name) \(who) max: \(String(describing: got.max))") }
        }
    }
}
