import Foundation

/// Folds one more report into a known incident. The id never changes; the revision goes up only
/// when something a user sees changed (type, weapons, outcome, place, date, casualties, claim,
/// perpetrator, target), so a second outlet repeating the same facts adds a source silently.
///
/// - place and date: the more precise one wins (lower precision number; for dates of equal
///   precision an explicit date beats a weekday, a weekday a relative day, that the publication day);
/// - casualties and weapon counts, ACLED-style: `min` is the lowest credible figure reported,
///   `max` the highest; a reported number beats a vague mention, which beats silence;
/// - outcome, claim, perpetrator, target: filled in when unknown, otherwise kept;
/// - sources and evidence: appended (sources by URL, once).
public enum IncidentMerger {
    public struct Result: Sendable, Equatable {
        public var incident: Incident
        /// A user-visible field changed: the caller writes a new outbox record (and the revision
        /// was incremented).
        public var visibleChange: Bool
    }

    public static func merge(_ existing: Incident, with facts: IncidentFacts, source: Source,
                             now: Date) -> Result {
        var merged = existing.facts
        let old = existing.facts

        if let l = facts.location {
            if let e = merged.location {
                merged.location = l.precision < e.precision ? fill(l, from: e) : fill(e, from: l)
            } else {
                merged.location = l
            }
        }
        if let d = facts.eventDate {
            if let e = merged.eventDate {
                if d.precision < e.precision || (d.precision == e.precision && rank(d.basis) > rank(e.basis)) {
                    merged.eventDate = d
                }
            } else {
                merged.eventDate = d
            }
        }
        merged.casualties.killed = combine(merged.casualties.killed, facts.casualties.killed)
        merged.casualties.injured = combine(merged.casualties.injured, facts.casualties.injured)
        merged.fatalities = merged.casualties.killed.status == .reported ? merged.casualties.killed.min
            : (merged.casualties.killed.status == .none ? 0 : merged.fatalities ?? facts.fatalities)

        for w in facts.weapons {
            if let i = merged.weapons.firstIndex(where: { $0.kind == w.kind }) {
                merged.weapons[i].count = combine(merged.weapons[i].count, w.count)
            } else if w.kind != .unknown && w.kind != .explosiveUnspecified {
                merged.weapons.append(w)
            }
        }
        if merged.weapons.count > 1 {
            let specific = merged.weapons.filter { $0.kind != .unknown && $0.kind != .explosiveUnspecified }
            if !specific.isEmpty { merged.weapons = specific }
        }
        if merged.outcome == .unknown { merged.outcome = facts.outcome }
        if rank(facts.claim.status) > rank(merged.claim.status) {
            merged.claim = facts.claim
        } else if merged.claim.actor == nil, facts.claim.status == merged.claim.status {
            merged.claim.actor = facts.claim.actor
        }
        if merged.perpetrator == nil { merged.perpetrator = facts.perpetrator }
        if merged.target == nil || merged.target?.kind == "unknown", let t = facts.target { merged.target = t }
        for e in facts.evidence where !merged.evidence.contains(e) { merged.evidence.append(e) }

        var result = existing
        result.facts = merged
        if !result.sources.contains(where: { $0.url == source.url }) { result.sources.append(source) }
        let visible = !visibleFieldsEqual(old, merged)
        if visible {
            result.revision += 1
            result.updated = now
        }
        return Result(incident: result, visibleChange: visible)
    }

    /// True when two fact sets look the same to a user (evidence quotes aside).
    public static func visibleFieldsEqual(_ a: IncidentFacts, _ b: IncidentFacts) -> Bool {
        var x = a, y = b
        x.evidence = []; y.evidence = []
        return x == y
    }

    /// Keeps `primary` and fills its missing admin/coordinates from `other` when they name one place.
    static func fill(_ primary: Location, from other: Location) -> Location {
        var l = primary
        if l.admin1Ar == nil { l.admin1Ar = other.admin1Ar }
        if l.admin1En == nil { l.admin1En = other.admin1En }
        if l.country == nil { l.country = other.country }
        if l.lat == nil, l.lon == nil, PlaceName.same(l.nameAr, other.nameAr), other.precision <= l.precision {
            l.lat = other.lat; l.lon = other.lon
        }
        return l
    }

    /// ACLED-conservative combination of two counts of one thing.
    public static func combine(_ a: Count, _ b: Count) -> Count {
        if rank(b.status) > rank(a.status) { return b }
        if rank(a.status) > rank(b.status) { return a }
        guard a.status == .reported || a.status == .vague else { return a }
        let mins = [a.min, b.min].compactMap { $0 }
        let highs = [a.max ?? a.min, b.max ?? b.min].compactMap { $0 }
        var c = a
        c.min = mins.min()
        let high = highs.max()
        c.max = (high == c.min && a.max == nil && b.max == nil) ? nil : high
        if let bm = b.max ?? b.min, let am = a.max ?? a.min, bm > am { c.text = b.text ?? a.text }
        if c.text == nil { c.text = b.text }
        return c
    }

    static func rank(_ s: Count.Status) -> Int {
        switch s {
        case .notMentioned: return 0
        case .unknown: return 1
        case .none: return 2
        case .vague: return 3
        case .reported: return 4
        }
    }

    static func rank(_ b: EventDate.Basis) -> Int {
        switch b {
        case .unknown: return 0
        case .publication: return 1
        case .relative: return 2
        case .weekday: return 3
        case .explicit: return 4
        }
    }

    static func rank(_ s: Claim.Status) -> Int {
        switch s {
        case .notMentioned: return 0
        case .noClaim: return 1
        case .denied: return 2
        case .attributed: return 3
        case .claimed: return 4
        }
    }
}
