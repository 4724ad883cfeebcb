import Foundation

/// What one story says about one real-world security incident: the extractor's output and the
/// unit the merge policy folds into an `Incident`. Field meanings follow ACLED's codebook.
public struct IncidentFacts: Sendable, Equatable, Codable {
    public var eventType: String
    public var subEventType: String
    public var weapons: [Weapon]
    public var outcome: Outcome
    public var location: Location?
    public var eventDate: EventDate?
    public var casualties: Casualties
    /// ACLED-compatible fatality count (lowest credible figure), nil when unknown.
    public var fatalities: Int?
    public var claim: Claim
    public var perpetrator: String?
    public var target: Target?
    public var evidence: [Evidence]

    public init(eventType: String, subEventType: String, weapons: [Weapon] = [],
                outcome: Outcome = .unknown, location: Location? = nil, eventDate: EventDate? = nil,
                casualties: Casualties = Casualties(), fatalities: Int? = nil,
                claim: Claim = Claim(), perpetrator: String? = nil, target: Target? = nil,
                evidence: [Evidence] = []) {
        self.eventType = eventType; self.subEventType = subEventType; self.weapons = weapons
        self.outcome = outcome; self.location = location; self.eventDate = eventDate
        self.casualties = casualties; self.fatalities = fatalities; self.claim = claim
        self.perpetrator = perpetrator; self.target = target; self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case eventType = "event_type", subEventType = "sub_event_type", weapons, outcome, location
        case eventDate = "event_date", casualties, fatalities, claim, perpetrator, target, evidence
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(eventType, forKey: .eventType)
        try c.encode(subEventType, forKey: .subEventType)
        try c.encode(weapons, forKey: .weapons)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(location, forKey: .location)
        try c.encode(eventDate, forKey: .eventDate)
        try c.encode(casualties, forKey: .casualties)
        try c.encode(fatalities, forKey: .fatalities)
        try c.encode(claim, forKey: .claim)
        try c.encode(perpetrator, forKey: .perpetrator)
        try c.encode(target, forKey: .target)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// ACLED event types and the sub-event types rasd emits.
public enum EventType {
    public static let battles = "Battles"
    public static let explosions = "Explosions/Remote violence"
    public static let violenceAgainstCivilians = "Violence against civilians"
    public static let strategicDevelopments = "Strategic developments"
}

public enum SubEventType {
    public static let armedClash = "Armed clash"
    public static let governmentRegainsTerritory = "Government regains territory"
    public static let nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    public static let chemicalWeapon = "Chemical weapon"
    public static let airDroneStrike = "Air/drone strike"
    public static let suicideBomb = "Suicide bomb"
    public static let shellingArtilleryMissile = "Shelling/artillery/missile attack"
    public static let remoteExplosive = "Remote explosive/landmine/IED"
    public static let grenade = "Grenade"
    public static let sexualViolence = "Sexual violence"
    public static let attack = "Attack"
    public static let abduction = "Abduction/forced disappearance"
    public static let disruptedWeaponsUse = "Disrupted weapons use"

    /// The ACLED event type a sub-event type belongs to.
    public static func eventType(of sub: String) -> String {
        switch sub {
        case armedClash, governmentRegainsTerritory, nonStateActorOvertakesTerritory: return EventType.battles
        case sexualViolence, attack, abduction: return EventType.violenceAgainstCivilians
        case disruptedWeaponsUse: return EventType.strategicDevelopments
        default: return EventType.explosions
        }
    }
}

public enum Outcome: String, Sendable, Equatable, Codable {
    case impact, intercepted, foiled, unknown
}

public enum WeaponKind: String, Sendable, Equatable, Codable, CaseIterable {
    case rocket, ballisticMissile = "ballistic_missile", cruiseMissile = "cruise_missile"
    case missileUnspecified = "missile_unspecified", mortar, artillery, drone, aircraft, ied, vbied
    case suicideDevice = "suicide_device", grenade, rpg, smallArms = "small_arms", knife
    case vehicleRamming = "vehicle_ramming", chemical
    case explosiveUnspecified = "explosive_unspecified", unknown
}

/// A count as the text states it: status plus bounds (`min`/`max`), with the words it came from.
public struct Count: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Equatable, Codable {
        case reported, none, vague, unknown
        case notMentioned = "not_mentioned"
    }
    public var status: Status
    public var min: Int?
    public var max: Int?
    public var text: String?
    public init(status: Status = .notMentioned, min: Int? = nil, max: Int? = nil, text: String? = nil) {
        self.status = status; self.min = min; self.max = max; self.text = text
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encode(min, forKey: .min)
        try c.encode(max, forKey: .max)
        try c.encode(text, forKey: .text)
    }
}

public struct Weapon: Sendable, Equatable, Codable {
    public var kind: WeaponKind
    public var count: Count
    public init(kind: WeaponKind, count: Count = Count()) { self.kind = kind; self.count = count }
}

public struct Location: Sendable, Equatable, Codable {
    public var nameAr: String
    public var nameEn: String?
    /// Gazetteer kind of the place (locality, region, military_base, airport, camp, …).
    public var kind: String?
    public var admin1Ar: String?
    public var admin1En: String?
    /// ISO 3166-1 alpha-2.
    public var country: String?
    public var lat: Double?
    public var lon: Double?
    /// 1 = the place itself, 2 = near it / part of a region, 3 = only the region.
    public var precision: Int

    public init(nameAr: String, nameEn: String? = nil, kind: String? = nil, admin1Ar: String? = nil,
                admin1En: String? = nil, country: String? = nil, lat: Double? = nil,
                lon: Double? = nil, precision: Int = 1) {
        self.nameAr = nameAr; self.nameEn = nameEn; self.kind = kind; self.admin1Ar = admin1Ar
        self.admin1En = admin1En; self.country = country; self.lat = lat; self.lon = lon
        self.precision = precision
    }
    enum CodingKeys: String, CodingKey {
        case nameAr = "name_ar", nameEn = "name_en", kind, admin1Ar = "admin1_ar", admin1En = "admin1_en"
        case country, lat, lon, precision
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nameAr, forKey: .nameAr); try c.encode(nameEn, forKey: .nameEn)
        try c.encode(kind, forKey: .kind); try c.encode(admin1Ar, forKey: .admin1Ar)
        try c.encode(admin1En, forKey: .admin1En); try c.encode(country, forKey: .country)
        try c.encode(lat, forKey: .lat); try c.encode(lon, forKey: .lon)
        try c.encode(precision, forKey: .precision)
    }
}

public struct EventDate: Sendable, Equatable, Codable {
    public enum Basis: String, Sendable, Equatable, Codable {
        case explicit, weekday, relative, publication, unknown
    }
    /// YYYY-MM-DD.
    public var date: String
    /// 1 = day, 2 = week, 3 = month (ACLED time precision).
    public var precision: Int
    public var basis: Basis
    public init(date: String, precision: Int = 1, basis: Basis) {
        self.date = date; self.precision = precision; self.basis = basis
    }
}

public struct Casualties: Sendable, Equatable, Codable {
    public var killed: Count
    public var injured: Count
    public init(killed: Count = Count(), injured: Count = Count()) { self.killed = killed; self.injured = injured }
}

public struct Claim: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Equatable, Codable {
        case claimed, denied, attributed
        case noClaim = "no_claim"
        case notMentioned = "not_mentioned"
    }
    public var status: Status
    public var actor: String?
    public init(status: Status = .notMentioned, actor: String? = nil) { self.status = status; self.actor = actor }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encode(actor, forKey: .actor)
    }
}

public struct Target: Sendable, Equatable, Codable {
    /// military, military_base, security_checkpoint, police, government, civilians, residential,
    /// religious_site, medical, infrastructure, vehicle_convoy, public_gathering, unknown
    public var kind: String
    public var text: String?
    public init(kind: String, text: String? = nil) { self.kind = kind; self.text = text }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
    }
}

/// The sentence a field was read from, so an analyst can check every value.
public struct Evidence: Sendable, Equatable, Codable {
    public var field: String
    public var quote: String
    public init(field: String, quote: String) { self.field = field; self.quote = quote }
}
