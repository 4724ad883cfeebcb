import Foundation

/// The outbox record (`rasd.incident/1`): one real-world incident with a stable id, revised as
/// later reports from more outlets are merged into it.
public struct Incident: Sendable, Equatable, Codable {
    public static let schemaName = "rasd.incident/1"

    public var schema: String
    /// Stable across revisions.
    public var id: String
    public var revision: Int
    public var firstSeen: Date
    public var updated: Date
    public var facts: IncidentFacts
    public var sources: [Source]
    public var extractor: String

    public init(id: String, revision: Int = 1, firstSeen: Date, updated: Date, facts: IncidentFacts,
                sources: [Source], extractor: String) {
        self.schema = Incident.schemaName; self.id = id; self.revision = revision
        self.firstSeen = firstSeen; self.updated = updated; self.facts = facts
        self.sources = sources; self.extractor = extractor
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, revision, firstSeen = "first_seen", updated
        case eventType = "event_type", subEventType = "sub_event_type", weapons, outcome, location
        case eventDate = "event_date", casualties, fatalities, claim, perpetrator, target
        case sources, evidence, extractor
    }

    /// Keys in the documented, stable order; dates as RFC 3339 UTC strings.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(revision, forKey: .revision)
        try c.encode(RFC3339.string(firstSeen), forKey: .firstSeen)
        try c.encode(RFC3339.string(updated), forKey: .updated)
        try c.encode(facts.eventType, forKey: .eventType)
        try c.encode(facts.subEventType, forKey: .subEventType)
        try c.encode(facts.weapons, forKey: .weapons)
        try c.encode(facts.outcome, forKey: .outcome)
        try c.encode(facts.location, forKey: .location)
        try c.encode(facts.eventDate, forKey: .eventDate)
        try c.encode(facts.casualties, forKey: .casualties)
        try c.encode(facts.fatalities, forKey: .fatalities)
        try c.encode(facts.claim, forKey: .claim)
        try c.encode(facts.perpetrator, forKey: .perpetrator)
        try c.encode(facts.target, forKey: .target)
        try c.encode(sources, forKey: .sources)
        try c.encode(facts.evidence, forKey: .evidence)
        try c.encode(extractor, forKey: .extractor)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        id = try c.decode(String.self, forKey: .id)
        revision = try c.decode(Int.self, forKey: .revision)
        func date(_ k: CodingKeys) throws -> Date {
            let s = try c.decode(String.self, forKey: k)
            guard let d = RFC3339.parse(s) else {
                throw DecodingError.dataCorruptedError(forKey: k, in: c, debugDescription: "not RFC 3339: \(s)")
            }
            return d
        }
        firstSeen = try date(.firstSeen)
        updated = try date(.updated)
        facts = IncidentFacts(
            eventType: try c.decode(String.self, forKey: .eventType),
            subEventType: try c.decode(String.self, forKey: .subEventType),
            weapons: try c.decode([Weapon].self, forKey: .weapons),
            outcome: try c.decode(Outcome.self, forKey: .outcome),
            location: try c.decodeIfPresent(Location.self, forKey: .location),
            eventDate: try c.decodeIfPresent(EventDate.self, forKey: .eventDate),
            casualties: try c.decode(Casualties.self, forKey: .casualties),
            fatalities: try c.decodeIfPresent(Int.self, forKey: .fatalities),
            claim: try c.decode(Claim.self, forKey: .claim),
            perpetrator: try c.decodeIfPresent(String.self, forKey: .perpetrator),
            target: try c.decodeIfPresent(Target.self, forKey: .target),
            evidence: try c.decode([Evidence].self, forKey: .evidence))
        sources = try c.decode([Source].self, forKey: .sources)
        extractor = try c.decode(String.self, forKey: .extractor)
    }
}

/// One story that reported (part of) an incident.
public struct Source: Sendable, Equatable, Codable {
    public var outlet: String
    public var feed: String
    public var url: String
    public var title: String?
    public var published: Date?

    public init(outlet: String, feed: String, url: String, title: String? = nil, published: Date? = nil) {
        self.outlet = outlet; self.feed = feed; self.url = url; self.title = title; self.published = published
    }
    enum CodingKeys: String, CodingKey { case outlet, feed, url, title, published }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outlet, forKey: .outlet); try c.encode(feed, forKey: .feed)
        try c.encode(url, forKey: .url); try c.encode(title, forKey: .title)
        try c.encode(published.map(RFC3339.string), forKey: .published)
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        outlet = try c.decode(String.self, forKey: .outlet); feed = try c.decode(String.self, forKey: .feed)
        url = try c.decode(String.self, forKey: .url); title = try c.decodeIfPresent(String.self, forKey: .title)
        published = try c.decodeIfPresent(String.self, forKey: .published).flatMap(RFC3339.parse)
    }
}
