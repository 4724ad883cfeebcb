import Foundation
import Testing
@testable import RasdCore

@Suite struct IncidentRecordTests {
    func sample() -> Incident {
        Incident(
            id: "inc_1", revision: 2,
            firstSeen: Date(timeIntervalSince1970: 1_721_901_788),
            updated: Date(timeIntervalSince1970: 1_721_905_388),
            facts: IncidentFacts(
                eventType: EventType.explosions, subEventType: SubEventType.shellingArtilleryMissile,
                weapons: [Weapon(kind: .rocket, count: Count(status: .reported, min: 3, max: 4, text: "أربعة صواريخ"))],
                outcome: .impact,
                location: Location(nameAr: "عين الأسد", country: "IQ", lat: 33.8, lon: 42.44, precision: 1),
                eventDate: EventDate(date: "2024-07-25", basis: .weekday),
                casualties: Casualties(killed: Count(status: .none), injured: Count(status: .none)),
                fatalities: 0, claim: Claim(status: .noClaim),
                evidence: [Evidence(field: "claim", quote: "ولم تعلن أي جهة على الفور مسؤوليتها")]),
            sources: [Source(outlet: "AFP", feed: "afp", url: "https://example.org/a", title: "t",
                             published: Date(timeIntervalSince1970: 1_721_901_788))],
            extractor: "rasd 0.1.0")
    }

    @Test func keysAreInTheDocumentedOrder() throws {
        let text = try OrderedJSONEncoder().encodeToString(sample())
        let order = ["\"schema\"", "\"id\"", "\"revision\"", "\"first_seen\"", "\"updated\"", "\"event_type\"",
                     "\"sub_event_type\"", "\"weapons\"", "\"outcome\"", "\"location\"", "\"event_date\"",
                     "\"casualties\"", "\"fatalities\"", "\"claim\"", "\"perpetrator\"", "\"target\"",
                     "\"sources\"", "\"evidence\"", "\"extractor\""]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        #expect(text.contains("\"first_seen\":\"2024-07-25T10:03:08Z\""))
    }

    @Test func roundTrips() throws {
        let data = Data(try OrderedJSONEncoder().encodeToString(sample()).utf8)
        let back = try JSONDecoder().decode(Incident.self, from: data)
        #expect(back == sample())
    }
}
