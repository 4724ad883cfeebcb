import Foundation
@testable import RasdAdapters
import RasdCore

/// A fresh directory under the system temp dir, removed by `cleanup()`.
struct StateTempDir {
    let path: String
    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("rasd-state-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    var database: String { (path as NSString).appendingPathComponent(StateStore.fileName) }
    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// Stories and facts in the spirit of the corpus: an IED attack near Ramadi reported by a wire
/// agency (copied by two outlets), by a local outlet with its own wording and a higher toll,
/// and a different shooting in the same governorate the same day.
enum StateFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_721_901_600)  // 2024-07-25T10:00:00Z
    static let feedA = "https://a.example/rss"
    static let feedB = "https://b.example/rss"

    static func text(_ name: String) throws -> String { try Fixtures.text("state/\(name).txt") }

    static func story(feed: String, outlet: String, guid: String?, link: String, title: String, body: String,
                      mode: StoryIdentity.Mode = .guid, seen: Date = t0) -> StoryObservation {
        let item = FeedItem(id: guid, title: title, link: link, published: seen, content: body)
        return StoryObservation(story: Story(feedID: feed, outlet: outlet, item: item, seen: seen),
                                feedURL: feed, mode: mode)
    }

    static let ramadi = Location(nameAr: "الرمادي", nameEn: "Ramadi", kind: "locality", admin1Ar: "الأنبار",
                                 country: "IQ", lat: 33.4258, lon: 43.2992, precision: 1)
    static let qaim = Location(nameAr: "القائم", nameEn: "Al-Qaim", kind: "locality", admin1Ar: "الأنبار",
                               country: "IQ", lat: 34.3686, lon: 41.0944, precision: 1)

    static func ied(killed: Int) -> IncidentFacts {
        IncidentFacts(
            eventType: EventType.explosions, subEventType: SubEventType.remoteExplosive,
            weapons: [Weapon(kind: .ied)], outcome: .impact, location: ramadi,
            eventDate: EventDate(date: "2024-07-25", basis: .weekday),
            casualties: Casualties(killed: Count(status: .reported, min: killed, max: killed),
                                   injured: Count(status: .reported, min: 5, max: 5)),
            fatalities: killed, target: Target(kind: "military", text: "دورية عسكرية"))
    }

    static func shooting() -> IncidentFacts {
        IncidentFacts(
            eventType: EventType.violenceAgainstCivilians, subEventType: SubEventType.attack,
            weapons: [Weapon(kind: .smallArms)], outcome: .impact, location: qaim,
            eventDate: EventDate(date: "2024-07-25", basis: .weekday),
            casualties: Casualties(killed: Count(status: .reported, min: 2, max: 2)), fatalities: 2,
            target: Target(kind: "civilians", text: "سوق شعبي"))
    }

    static func fileName(_ i: Incident) -> String { "\(RFC3339.compact(i.firstSeen))-\(i.id)-r\(i.revision).json" }

    /// Observes a story and, when it is new or updated, records its facts (what the daemon does).
    @discardableResult
    static func ingest(_ store: StateStore, feed: String, _ s: StoryObservation, facts: [IncidentFacts],
                       now: Date = t0) throws -> (StoryOutcome, [IncidentWrite]) {
        try store.write { tx in
            let outcome = try tx.observe(feedURL: feed, s, now: now)
            let storyID: Int64
            switch outcome {
            case .new(let id), .updated(let id, _): storyID = id
            case .unchanged, .duplicate: return (outcome, [])
            }
            var writes: [IncidentWrite] = []
            for (i, f) in facts.enumerated() {
                writes.append(try tx.record(
                    facts: f, ordinal: i, storyID: storyID, storyKey: s.key, feedURL: feed, source: s.source,
                    policy: IncidentMergePolicy(), extractor: "rasd test",
                    excluding: Set(writes.map(\.incident.id)), fileName: fileName, now: now))
            }
            return (outcome, writes)
        }
    }
}
