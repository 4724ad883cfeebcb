/// What sort of place a gazetteer row names. The raw values are the `kind` column of the
/// gazetteer TSV files and of the incident record's `location.kind`.
public enum PlaceKind: String, Sendable, Hashable, CaseIterable {
    case country, region, county, locality, neighbourhood
    case militaryBase = "military_base"
    case airport
    case borderCrossing = "border_crossing"
    case camp
    case oilField = "oil_field"
    case port
    case site

    /// Curated point sites (bases, airports, crossings, camps, fields, ports): named on purpose in
    /// the overlay, so they outrank a hamlet of the same name.
    public var isSite: Bool {
        switch self {
        case .militaryBase, .airport, .borderCrossing, .camp, .oilField, .port, .site: return true
        case .country, .region, .county, .locality, .neighbourhood: return false
        }
    }

    /// Location precision of the incident record: 1 = the place itself, 2 = part of a district,
    /// 3 = only the governorate or country.
    public var precision: Int {
        switch self {
        case .country, .region: return 3
        case .county: return 2
        default: return 1
        }
    }
}

/// One gazetteer entry: a named place with its governorate, country and coordinates.
/// Display names keep their original spelling; matching goes through `key` only.
public struct Place: Sendable, Hashable {
    public var nameAr: String
    /// Normalised lookup key (`GazetteerKey.make(nameAr)`).
    public var key: String
    /// Further keys (Arabic spelling variants), already normalised.
    public var altKeys: [String]
    public var nameEn: String
    public var kind: PlaceKind
    /// Governorate / province / state as ACLED names it; empty for countries.
    public var admin1Ar: String
    public var admin1En: String
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var lat: Double
    public var lon: Double
    /// Inhabitants when known, else 0.
    public var population: Int
    /// Where the row comes from ("wof:<id>", a citation, or a user overlay file and line).
    public var source: String
    /// 0 for shipped rows; user overlay rows carry 1 and win ties.
    public var priority: Int

    public init(
        nameAr: String, key: String? = nil, altKeys: [String] = [], nameEn: String = "", kind: PlaceKind,
        admin1Ar: String = "", admin1En: String = "", country: String, lat: Double, lon: Double,
        population: Int = 0, source: String = "", priority: Int = 0
    ) {
        self.nameAr = nameAr
        self.key = key ?? GazetteerKey.make(nameAr)
        self.altKeys = altKeys
        self.nameEn = nameEn
        self.kind = kind
        self.admin1Ar = admin1Ar
        self.admin1En = admin1En
        self.country = country
        self.lat = lat
        self.lon = lon
        self.population = population
        self.source = source
        self.priority = priority
    }

    /// Precision hint for the incident record (see `PlaceKind.precision`).
    public var precision: Int { kind.precision }
}
