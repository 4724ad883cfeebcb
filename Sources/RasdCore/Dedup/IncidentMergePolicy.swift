/// Decides whether a newly extracted incident is a report of an incident already known.
/// An occasional duplicate alert is better than two real incidents merged into one, so every
/// rule errs towards keeping incidents apart.
///
/// Candidates: same country; same governorate (admin1), the same place name, or within
/// `maxDistanceKm`; event dates within `dateToleranceDays` (unless both dates were read from the
/// text, see `dayDistance`); the same ACLED event type with
/// compatible sub-event types; compatible weapons.
/// Conflicts (kept apart even when a candidate): different target kinds, incompatible weapons,
/// different towns when both places are precise (precision 1) and not within `sameTownKm`.
public struct IncidentMergePolicy: Sendable, Equatable {
    public var maxDistanceKm: Double
    public var dateToleranceDays: Int
    /// Two precise places closer than this are the same town spelled differently.
    public var sameTownKm: Double

    public init(maxDistanceKm: Double = 25, dateToleranceDays: Int = 1, sameTownKm: Double = 3) {
        self.maxDistanceKm = maxDistanceKm; self.dateToleranceDays = dateToleranceDays
        self.sameTownKm = sameTownKm
    }

    public enum Verdict: Sendable, Equatable {
        /// A report of the same incident; a higher score is a closer match.
        case same(score: Int)
        /// Not comparable (other country, place, day or kind of event).
        case notCandidate(String)
        /// Comparable, but a detail says it is another incident.
        case conflict(String)

        public var isSame: Bool { if case .same = self { return true } else { return false } }
    }

    public func judge(_ new: IncidentFacts, _ old: IncidentFacts) -> Verdict {
        guard let a = new.location, let b = old.location else { return .notCandidate("place unknown") }
        guard let ca = a.country, let cb = b.country, ca == cb else { return .notCandidate("country") }
        guard let days = dayDistance(new.eventDate, old.eventDate), days <= dateToleranceDays else {
            return .notCandidate("date")
        }
        guard new.eventType == old.eventType else { return .notCandidate("event type") }

        let km = GeoDistance.km(a, b)
        let sameName = PlaceName.same(a.nameAr, b.nameAr)
        let sameAdmin1 = a.admin1Ar.flatMap { x in b.admin1Ar.map { PlaceName.key(x) == PlaceName.key($0) } } ?? false
        let near = km.map { $0 <= maxDistanceKm } ?? false
        guard sameName || sameAdmin1 || near else { return .notCandidate("place") }

        if a.precision == 1 && b.precision == 1 && !sameName && !(km.map { $0 <= sameTownKm } ?? false) {
            return .conflict("different towns")
        }
        if !WeaponFamily.compatible(new.weapons.map(\.kind), old.weapons.map(\.kind)) {
            return .conflict("weapons")
        }
        if new.subEventType != old.subEventType
            && !WeaponFamily.compatibleSubEvents(new.subEventType, old.subEventType) {
            return .conflict("sub-event type")
        }
        if let ta = new.target?.kind, let tb = old.target?.kind, !TargetKind.compatible(ta, tb) {
            return .conflict("target")
        }
        // Among several candidates prefer the one that agrees on more details.
        // A day apart costs less when one of the dates is only the publication day.
        let uncertain: Set<EventDate.Basis> = [.publication, .unknown]
        let dayCost = [new.eventDate?.basis, old.eventDate?.basis].contains { $0.map(uncertain.contains) ?? true } ? 1 : 3
        var score = 10 - days * dayCost
        if PlaceName.key(a.nameAr) == PlaceName.key(b.nameAr) { score += 4 } else if sameName { score += 2 }
        if sameAdmin1 { score += 2 }
        if let km { score += km <= sameTownKm ? 3 : 1 }
        if new.subEventType == old.subEventType { score += 2 }
        if Set(new.weapons.map(\.kind)) == Set(old.weapons.map(\.kind)) { score += 2 }
        if let ta = new.target?.kind, ta != "unknown", ta == old.target?.kind { score += 2 }
        return .same(score: score)
    }

    /// The known incident this report belongs to: the best-scoring `same` verdict, oldest id on ties.
    public func bestMatch(for facts: IncidentFacts, among incidents: [Incident]) -> Incident? {
        var best: (Incident, Int)? = nil
        for inc in incidents {
            guard case .same(let score) = judge(facts, inc.facts) else { continue }
            if let b = best, b.1 >= score { continue }
            best = (inc, score)
        }
        return best?.0
    }

    /// Whole days between two event dates beyond what their uncertainty explains, nil when either
    /// is missing or malformed. A week- or month-precise date matches any day of its span. Two
    /// dates both read from the text (an explicit date or a weekday) are trusted as they are:
    /// strikes on the same town on consecutive days are two incidents. Otherwise (a date taken
    /// from publication, "yesterday", unknown) the tolerance absorbs the off-by-one of time zones
    /// and late publication.
    func dayDistance(_ a: EventDate?, _ b: EventDate?) -> Int? {
        guard let a, let b, let da = EventDay.number(a.date), let db = EventDay.number(b.date) else { return nil }
        let slack = max(EventDay.slack(a.precision), EventDay.slack(b.precision))
        let gap = max(0, abs(da - db) - slack)
        let textual: Set<EventDate.Basis> = [.explicit, .weekday]
        if gap > 0 && a.precision == 1 && b.precision == 1 && textual.contains(a.basis) && textual.contains(b.basis) {
            return Int.max
        }
        return gap
    }
}

/// Day numbers of `YYYY-MM-DD` event dates.
public enum EventDay {
    public static func number(_ ymd: String) -> Int? {
        let parts = ymd.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return CivilTime.daysFromCivil(y, m, d)
    }

    static func slack(_ precision: Int) -> Int {
        switch precision {
        case 2: return 6
        case 3: return 30
        default: return 0
        }
    }
}

/// Weapon kinds grouped by how outlets confuse them: a "missile" in one report may be a
/// "rocket" or "shell" in another, an "explosion" may be an IED; a drone strike is not shelling.
public enum WeaponFamily {
    static func family(_ kind: WeaponKind) -> Int? {
        switch kind {
        case .rocket, .ballisticMissile, .cruiseMissile, .missileUnspecified, .mortar, .artillery: return 1
        case .drone, .aircraft: return 2
        case .ied, .vbied, .suicideDevice, .grenade: return 3
        case .smallArms, .rpg, .knife, .vehicleRamming: return 4
        case .chemical: return 5
        case .explosiveUnspecified, .unknown: return nil
        }
    }

    /// True when either side names no specific weapon or both share a family.
    public static func compatible(_ a: [WeaponKind], _ b: [WeaponKind]) -> Bool {
        let fa = Set(a.compactMap(family)), fb = Set(b.compactMap(family))
        return fa.isEmpty || fb.isEmpty || !fa.isDisjoint(with: fb)
    }

    /// Sub-event types of one event type that outlets use for the same event.
    public static func compatibleSubEvents(_ a: String, _ b: String) -> Bool {
        let groups: [Set<String>] = [
            [SubEventType.remoteExplosive, SubEventType.suicideBomb, SubEventType.grenade],
            [SubEventType.armedClash, SubEventType.governmentRegainsTerritory, SubEventType.nonStateActorOvertakesTerritory],
            [SubEventType.attack, SubEventType.abduction],
        ]
        return groups.contains { $0.contains(a) && $0.contains(b) }
    }
}

/// Target kinds that can describe the same target from two outlets' points of view.
public enum TargetKind {
    static let groups: [Set<String>] = [
        ["military", "military_base", "security_checkpoint", "vehicle_convoy"],
        ["police", "government", "security_checkpoint"],
        ["civilians", "residential", "public_gathering", "religious_site", "medical", "vehicle_convoy"],
        ["infrastructure", "residential"],
    ]

    public static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b || a == "unknown" || b == "unknown" { return true }
        return groups.contains { $0.contains(a) && $0.contains(b) }
    }
}
