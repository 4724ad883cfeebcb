import Foundation
import Testing
@testable import RasdCore

/// The worked example of issue 3: a scraped wire story about rockets on Ain al-Asad.
@Suite struct ExtractionWorkedExampleTests {
    static let places = try! PlaceTable(tsv: """
    عين الأسد\tAin al-Asad Air Base\tmilitary_base\tالأنبار\tAnbar\tIQ\t33.7856\t42.4412\t0
    الأنبار\tAnbar\tregion\tالأنبار\tAnbar\tIQ\t33.0\t42.0\t1771656
    بغداد\tBaghdad\tlocality\tبغداد\tBaghdad\tIQ\t33.34\t44.40\t5672513
    """)

    func story() throws -> StoryText {
        // Thursday 25 July 2024, 14:00 in Baghdad (UTC+3).
        StoryText(text: try Fixtures.text("articles/ain_al_asad_rockets_seed.txt"),
                  published: RFC3339.parse("2024-07-25T14:00:00+03:00"), outlet: "AFP", utcOffsetSeconds: 3 * 3600)
    }

    @Test func exactlyOneIncidentWithTheIssuesFields() throws {
        let facts = IncidentExtractor(places: Self.places).extract(try story())
        try #require(facts.count == 1)
        let f = facts[0]
        #expect(f.eventType == "Explosions/Remote violence")
        #expect(f.subEventType == "Shelling/artillery/missile attack")
        let rocket = f.weapons.first { $0.kind == .rocket }
        #expect(rocket?.count.min == 3 && rocket?.count.max == 4)
        let drone = f.weapons.first { $0.kind == .drone }
        #expect(drone?.count.min == 1 && drone?.count.max == 1)
        #expect(f.location?.nameAr == "عين الأسد")
        #expect(f.location?.admin1Ar == "الأنبار")
        #expect(f.location?.country == "IQ")
        #expect(f.location?.lat != nil && f.location?.lon != nil)
        #expect(f.eventDate == EventDate(date: "2024-07-25", precision: 1, basis: .weekday))
        #expect(f.casualties.killed.status == .none && f.casualties.injured.status == .none)
        #expect(f.fatalities == 0)
        #expect(f.claim.status == .noClaim)
        #expect(f.target?.kind == "military_base")
        let claimQuote = f.evidence.first { $0.field == "claim" }?.quote
        #expect(claimQuote?.contains("ولم تعلن أي جهة على الفور مسؤوليتها") == true)
        #expect(f.evidence.first { $0.field == "casualties.killed" }?.quote.contains("دون أن تسبب إصابات") == true)
    }

    @Test func backgroundEventsAreNotThisIncident() throws {
        let f = try #require(IncidentExtractor(places: Self.places).extract(try story()).first)
        // The January strike's three dead and the 16 July drones are background.
        #expect(f.casualties.killed.min == nil)
        #expect(!f.weapons.contains { $0.kind == .drone && $0.count.min == 2 })
        #expect(!f.weapons.contains { $0.kind == .aircraft })
        let trace = IncidentExtractor(places: Self.places).explain(try story())
        let roles = Dictionary(trace.sentences.map { ($0.text.prefix(12).description, $0.role) }, uniquingKeysWith: { a, _ in a })
        #expect(roles["في 16 يوليو/"] == "background")
        #expect(roles["وفي يناير/كا"] == "background")
        #expect(trace.incidents == 1)
    }

    @Test func boilerplateIsNotInTheTrace() throws {
        let trace = IncidentExtractor(places: Self.places).explain(try story())
        #expect(!trace.sentences.contains { $0.text.contains("[ad_") || $0.text == "المصدر" })
    }
}
