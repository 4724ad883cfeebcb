import Testing
@testable import RasdCore

/// One act told twice in a story folds into one incident; two acts that only share a toll do not.
@Suite struct DuplicateIncidentsTests {
    static func shelling(_ place: String, _ admin1: String, day: String, killed: Int, injured: Int? = nil,
                         claim: Claim = Claim()) -> IncidentFacts {
        IncidentFacts(eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack",
                      location: Location(nameAr: place, admin1Ar: admin1, country: "SY"),
                      eventDate: EventDate(date: day, basis: .weekday),
                      casualties: Casualties(killed: Count(status: .reported, min: killed, max: killed),
                                             injured: injured.map { Count(status: .reported, min: $0, max: $0) } ?? Count()),
                      claim: claim)
    }

    @Test func aDistrictAndTheCityOutskirtsOfOneGovernorateAndDayAreOneAct() {
        // "سوق شعبية بحي الكشكول في ريف دمشق … مقتل 35" and "سوق شعبية في ضواحي دمشق … مقتل 35"
        let first = Self.shelling("الكشكول", "ريف دمشق", day: "2018-03-20", killed: 35)
        let second = Self.shelling("دمشق", "ريف دمشق", day: "2018-03-20", killed: 35, injured: 35,
                                   claim: Claim(status: .attributed, actor: "التنظيمات الإرهابية"))
        let out = DuplicateIncidents.merged([first, second])
        #expect(out.count == 1)
        #expect(out.first?.location?.nameAr == "الكشكول")
        #expect(out.first?.casualties.injured.min == 35)
        #expect(out.first?.claim.status == .attributed)
    }

    @Test(arguments: [
        ("2018-03-19", "ريف دمشق"),   // another day
        ("2018-03-20", "حمص"),        // another governorate
    ])
    func theSameTollElsewhereOrAnotherDayIsAnotherAct(day: String, admin1: String) {
        let first = Self.shelling("الكشكول", "ريف دمشق", day: "2018-03-20", killed: 35)
        let second = Self.shelling("البلدة", admin1, day: day, killed: 35)
        #expect(DuplicateIncidents.merged([first, second]).count == 2)
    }

    @Test func aClaimTheFirstTellingHasIsKept() {
        let first = Self.shelling("الكشكول", "ريف دمشق", day: "2018-03-20", killed: 35,
                                  claim: Claim(status: .claimed, actor: "فيلق الرحمن"))
        let second = Self.shelling("دمشق", "ريف دمشق", day: "2018-03-20", killed: 35,
                                   claim: Claim(status: .attributed, actor: "التنظيمات الإرهابية"))
        #expect(DuplicateIncidents.merged([first, second]).first?.claim == Claim(status: .claimed, actor: "فيلق الرحمن"))
    }
}
