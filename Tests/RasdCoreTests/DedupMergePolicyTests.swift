import Foundation
import Testing
@testable import RasdCore

/// Facts as the extractor would return them for reports of attacks in Anbar.
enum MergeFixtures {
    static let ramadi = Location(nameAr: "الرمادي", nameEn: "Ramadi", kind: "locality", admin1Ar: "الأنبار",
                                 country: "IQ", lat: 33.4258, lon: 43.2992, precision: 1)
    static let qaim = Location(nameAr: "القائم", nameEn: "Al-Qaim", kind: "locality", admin1Ar: "الأنبار",
                               country: "IQ", lat: 34.3686, lon: 41.0944, precision: 1)
    static let anbar = Location(nameAr: "الأنبار", kind: "region", admin1Ar: "الأنبار", country: "IQ", precision: 3)

    static func ied(killed: Int, at place: Location = ramadi, date: String = "2024-07-25",
                    basis: EventDate.Basis = .weekday) -> IncidentFacts {
        IncidentFacts(
            eventType: EventType.explosions, subEventType: SubEventType.remoteExplosive,
            weapons: [Weapon(kind: .ied)], outcome: .impact, location: place,
            eventDate: EventDate(date: date, basis: basis),
            casualties: Casualties(killed: Count(status: .reported, min: killed, max: killed, text: "قتل \(killed)"),
                                   injured: Count(status: .reported, min: 5, max: 5)),
            fatalities: killed, target: Target(kind: "military", text: "دورية عسكرية"))
    }

    static func shooting(at place: Location = qaim, date: String = "2024-07-25") -> IncidentFacts {
        IncidentFacts(
            eventType: EventType.violenceAgainstCivilians, subEventType: SubEventType.attack,
            weapons: [Weapon(kind: .smallArms)], outcome: .impact, location: place,
            eventDate: EventDate(date: date, basis: .weekday),
            casualties: Casualties(killed: Count(status: .reported, min: 2, max: 2)), fatalities: 2,
            target: Target(kind: "civilians", text: "سوق شعبي"))
    }

    static func incident(_ facts: IncidentFacts, id: String = "inc_a") -> Incident {
        Incident(id: id, revision: 1, firstSeen: Date(timeIntervalSince1970: 1_721_900_000),
                 updated: Date(timeIntervalSince1970: 1_721_900_000), facts: facts,
                 sources: [Source(outlet: "A", feed: "https://a.example/rss", url: "https://a.example/1")],
                 extractor: "rasd test")
    }
}

@Suite struct DedupMergePolicyTests {
    let policy = IncidentMergePolicy()
    typealias F = MergeFixtures

    @Test func sameAttackDifferentTollIsTheSame() {
        #expect(policy.judge(F.ied(killed: 5), F.ied(killed: 3)).isSame)
    }

    @Test func nextDayReportIsTheSameButTwoDaysLaterIsNot() {
        let nextDay = F.ied(killed: 3, date: "2024-07-26", basis: .publication)
        #expect(policy.judge(nextDay, F.ied(killed: 3)).isSame)
        let twoDays = F.ied(killed: 3, date: "2024-07-27", basis: .publication)
        #expect(policy.judge(twoDays, F.ied(killed: 3)) == .notCandidate("date"))
    }

    @Test func differentTownsSameGovernorateConflict() {
        var other = F.ied(killed: 3, at: F.qaim)
        other.target = Target(kind: "military")
        #expect(policy.judge(other, F.ied(killed: 3)) == .conflict("different towns"))
    }

    @Test func differentKindOfEventSameDayIsNotACandidate() {
        #expect(policy.judge(F.shooting(at: F.ramadi), F.ied(killed: 3)) == .notCandidate("event type"))
    }

    @Test func regionLevelReportJoinsThePreciseOne() {
        #expect(policy.judge(F.ied(killed: 3, at: F.anbar), F.ied(killed: 3)).isSame)
    }

    @Test func nearbyPlaceWithoutCommonGovernorateWithinDistance() {
        let near = Location(nameAr: "الخالدية", country: "IQ", lat: 33.37, lon: 43.50, precision: 2)
        #expect(policy.judge(F.ied(killed: 3, at: near), F.ied(killed: 3)).isSame)
        let far = Location(nameAr: "هيت", country: "IQ", lat: 33.64, lon: 42.83, precision: 2)
        #expect(policy.judge(F.ied(killed: 3, at: far), F.ied(killed: 3)) == .notCandidate("place"))
        #expect(policy.judge(F.ied(killed: 3, at: far), F.ied(killed: 3)) != .same(score: 0))
    }

    @Test func incompatibleWeaponsConflict() {
        var drone = F.ied(killed: 3)
        drone.weapons = [Weapon(kind: .drone)]
        #expect(policy.judge(drone, F.ied(killed: 3)) == .conflict("weapons"))
        var unspecified = F.ied(killed: 3)
        unspecified.weapons = [Weapon(kind: .explosiveUnspecified)]
        #expect(policy.judge(unspecified, F.ied(killed: 3)).isSame)
    }

    @Test func differentTargetsConflict() {
        var police = F.ied(killed: 3)
        police.target = Target(kind: "civilians", text: "حافلة ركاب")
        #expect(policy.judge(police, F.ied(killed: 3)) == .conflict("target"))
    }

    @Test func otherCountryOrUnknownPlaceIsNeverACandidate() {
        var syria = F.ied(killed: 3)
        syria.location?.country = "SY"
        #expect(policy.judge(syria, F.ied(killed: 3)) == .notCandidate("country"))
        var nowhere = F.ied(killed: 3)
        nowhere.location = nil
        #expect(policy.judge(nowhere, F.ied(killed: 3)) == .notCandidate("place unknown"))
    }

    @Test func transliterationVariantsAreOnePlace() {
        #expect(PlaceName.same("ميسيساغا", "ميسيسوغا"))
        #expect(PlaceName.same("سوق ضحيان", "ضحيان"))
        #expect(PlaceName.same("الرمادي", "رمادي"))
        #expect(!PlaceName.same("الرمادي", "القائم"))
        #expect(!PlaceName.same("حلب", "حماة"))
    }

    @Test func haversineKnownDistance() {
        // Baghdad – Ramadi ≈ 100 km.
        let d = GeoDistance.km(lat1: 33.3152, lon1: 44.3661, lat2: 33.4258, lon2: 43.2992)
        #expect(abs(d - 100) < 5)
    }

    @Test func bestMatchPicksTheSameIncidentAmongOthers() {
        let candidates = [F.incident(F.shooting(), id: "inc_shoot"), F.incident(F.ied(killed: 3), id: "inc_ied")]
        #expect(policy.bestMatch(for: F.ied(killed: 5), among: candidates)?.id == "inc_ied")
        #expect(policy.bestMatch(for: F.ied(killed: 5, at: F.qaim), among: [candidates[1]]) == nil)
    }
}

@Suite struct DedupIncidentMergerTests {
    typealias F = MergeFixtures
    let now = Date(timeIntervalSince1970: 1_721_950_000)
    let second = Source(outlet: "B", feed: "https://b.example/rss", url: "https://b.example/9")

    @Test func risingTollIsARevisionWithConservativeBounds() {
        let r = IncidentMerger.merge(F.incident(F.ied(killed: 3)), with: F.ied(killed: 5), source: second, now: now)
        #expect(r.visibleChange)
        #expect(r.incident.id == "inc_a")
        #expect(r.incident.revision == 2)
        #expect(r.incident.updated == now)
        #expect(r.incident.facts.casualties.killed.min == 3)
        #expect(r.incident.facts.casualties.killed.max == 5)
        #expect(r.incident.facts.fatalities == 3)
        #expect(r.incident.sources.map(\.outlet) == ["A", "B"])
    }

    @Test func sameFactsAddOnlyASource() {
        let r = IncidentMerger.merge(F.incident(F.ied(killed: 3)), with: F.ied(killed: 3), source: second, now: now)
        #expect(!r.visibleChange)
        #expect(r.incident.revision == 1)
        #expect(r.incident.sources.count == 2)
        let again = IncidentMerger.merge(r.incident, with: F.ied(killed: 3), source: second, now: now)
        #expect(again.incident.sources.count == 2)
    }

    @Test func keepsTheMorePrecisePlaceAndDate() {
        let regional = F.ied(killed: 3, at: F.anbar, basis: .publication)
        let r = IncidentMerger.merge(F.incident(regional), with: F.ied(killed: 3, basis: .explicit), source: second, now: now)
        #expect(r.incident.facts.location?.nameAr == "الرمادي")
        #expect(r.incident.facts.eventDate?.basis == .explicit)
        #expect(r.visibleChange)
        let back = IncidentMerger.merge(r.incident, with: regional, source: second, now: now)
        #expect(back.incident.facts.location?.nameAr == "الرمادي")
        #expect(!back.visibleChange)
    }

    @Test(arguments: [
        (Count(status: .vague), Count(status: .reported, min: 4, max: 4), Count(status: .reported, min: 4, max: 4)),
        (Count(status: .reported, min: 7, max: 7), Count(status: .reported, min: 4, max: 4), Count(status: .reported, min: 4, max: 7)),
        (Count(status: .reported, min: 2), Count(status: .reported, min: 2), Count(status: .reported, min: 2)),
        (Count(status: .none), Count(status: .notMentioned), Count(status: .none)),
        (Count(status: .notMentioned), Count(status: .none), Count(status: .none)),
    ])
    func countsCombineConservatively(_ a: Count, _ b: Count, _ expected: Count) {
        let c = IncidentMerger.combine(a, b)
        #expect(c.status == expected.status)
        #expect(c.min == expected.min)
        #expect(c.max == expected.max)
    }

    @Test func fillsUnknownClaimAndOutcome() {
        var known = F.ied(killed: 3)
        known.outcome = .unknown
        var later = F.ied(killed: 3)
        later.claim = Claim(status: .claimed, actor: "تنظيم الدولة")
        let r = IncidentMerger.merge(F.incident(known), with: later, source: second, now: now)
        #expect(r.incident.facts.outcome == .impact)
        #expect(r.incident.facts.claim.actor == "تنظيم الدولة")
        #expect(r.visibleChange)
    }

    @Test func idsAreStableAndDistinct() {
        let k = StoryKey(kind: .guid, value: "g1")
        let a = IncidentIdentifier.make(storyKey: k, feedURL: "f", facts: F.ied(killed: 3), ordinal: 0)
        #expect(a == IncidentIdentifier.make(storyKey: k, feedURL: "f", facts: F.ied(killed: 3), ordinal: 0))
        #expect(a != IncidentIdentifier.make(storyKey: k, feedURL: "f", facts: F.ied(killed: 3), ordinal: 1))
        #expect(a.hasPrefix("inc_") && a.count == 20)
    }
}

@Suite struct DedupMergeDateRuleTests {
    typealias F = MergeFixtures
    let policy = IncidentMergePolicy()

    @Test(arguments: [
        (EventDate.Basis.weekday, EventDate.Basis.explicit, false),
        (.explicit, .explicit, false),
        (.publication, .weekday, true),
        (.relative, .weekday, true),
        (.unknown, .explicit, true),
    ])
    func consecutiveDaysMergeOnlyWhenADateIsUncertain(_ a: EventDate.Basis, _ b: EventDate.Basis, _ same: Bool) {
        let x = F.ied(killed: 3, date: "2024-07-25", basis: a)
        let y = F.ied(killed: 3, date: "2024-07-26", basis: b)
        #expect(policy.judge(y, x).isSame == same)
    }

    @Test func weekPreciseDateMatchesAnyDayOfItsWeek() {
        var week = F.ied(killed: 3, date: "2024-07-22")
        week.eventDate?.precision = 2
        #expect(policy.judge(week, F.ied(killed: 3, date: "2024-07-27")).isSame)
    }

    @Test func prefersTheCandidateAgreeingOnWeaponsAndTarget() {
        var strike = F.ied(killed: 0)
        strike.weapons = [Weapon(kind: .unknown)]
        var mortar = F.ied(killed: 0)
        mortar.weapons = [Weapon(kind: .mortar)]; mortar.target = Target(kind: "unknown")
        let known = [F.incident(mortar, id: "inc_mortar"), F.incident(strike, id: "inc_strike")]
        #expect(policy.bestMatch(for: strike, among: known)?.id == "inc_strike")
        #expect(policy.bestMatch(for: mortar, among: known)?.id == "inc_mortar")
    }
}
