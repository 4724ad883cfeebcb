/// The place names rasd recognises: shipped rows (Who's On First + curated overlay) and the
/// user's own rows, indexed by normalised key. A pure value built from TSV text, so tests feed it
/// small tables and the daemon builds it once at start-up (`Gazetteer.shipped()`).
public struct Gazetteer: Sendable {
    /// All rows; indices in `index` point here.
    public let places: [Place]
    /// Key (main or alternative) → rows carrying it, user rows first, then by population.
    private let index: [String: [Int32]]
    /// Governorate rows by key, for "محافظة الأنبار" → region.
    private let regionIndex: [String: [Int32]]
    /// Longest key in words; phrase matching looks no further.
    public let maxPhraseWords: Int
    /// Keys that are ordinary words ("المدينه", "اب", "الصدر"): phrase matching takes them only
    /// after a designator ("منطقة المدينة", "محافظة إب", "مدينة الصدر"); `places(forKey:)` still
    /// returns their rows.
    public let commonKeys: Set<String>

    public init(places: [Place], commonKeys: Set<String> = []) {
        self.places = places
        self.commonKeys = commonKeys
        var index: [String: [Int32]] = [:]
        index.reserveCapacity(places.count + places.count / 4)
        var regionIndex: [String: [Int32]] = [:]
        var maxWords = 1
        for (i, place) in places.enumerated() {
            let n = Int32(i)
            index[place.key, default: []].append(n)
            maxWords = max(maxWords, Self.wordCount(place.key))
            for alt in place.altKeys where alt != place.key {
                index[alt, default: []].append(n)
                maxWords = max(maxWords, Self.wordCount(alt))
            }
            if place.kind == .region {
                regionIndex[place.key, default: []].append(n)
                for alt in place.altKeys { regionIndex[alt, default: []].append(n) }
            }
        }
        for (key, rows) in index where rows.count > 1 {
            index[key] = rows.sorted { a, b in
                let pa = places[Int(a)], pb = places[Int(b)]
                if pa.priority != pb.priority { return pa.priority > pb.priority }
                if pa.population != pb.population { return pa.population > pb.population }
                return a < b
            }
        }
        self.index = index
        self.regionIndex = regionIndex
        self.maxPhraseWords = min(maxWords, 6)
    }

    /// Reads one TSV text; every invalid row is reported (with its line), none is skipped.
    public init(tsv: String, origin: String) throws(GazetteerErrors) {
        let parsed = GazetteerTSV.parse(tsv, origin: origin)
        guard parsed.errors.isEmpty else { throw GazetteerErrors(parsed.errors) }
        self.init(places: parsed.places, commonKeys: parsed.commonWords)
    }

    /// `base` extended by a user overlay (Config/gazetteer.local.tsv). An overlay row replaces the
    /// base rows with the same key, country, governorate and kind, and wins ties against the others.
    /// Invalid overlay rows are all returned as errors: start-up stops, nothing is dropped quietly.
    public init(merging base: Gazetteer, overlayTSV: String, origin: String) throws(GazetteerErrors) {
        let parsed = GazetteerTSV.parse(overlayTSV, origin: origin, priority: 1)
        guard parsed.errors.isEmpty else { throw GazetteerErrors(parsed.errors) }
        self.init(merging: base, overlay: parsed.places, commonKeys: parsed.commonWords)
    }

    public init(merging base: Gazetteer, overlay: [Place], commonKeys: Set<String> = []) {
        struct Slot: Hashable { var key: String, country: String, admin1: String, kind: PlaceKind }
        func slot(_ p: Place) -> Slot {
            Slot(key: p.key, country: p.country, admin1: GazetteerKey.make(p.admin1Ar), kind: p.kind)
        }
        let replaced = Set(overlay.map(slot))
        let kept = base.places.filter { !replaced.contains(slot($0)) }
        self.init(places: kept + overlay, commonKeys: base.commonKeys.union(commonKeys))
    }

    /// Rows whose main or alternative key equals `key` (already normalised, see `GazetteerKey`),
    /// user rows first, then most populous first.
    public func places(forKey key: String) -> [Place] {
        guard let rows = index[key] else { return [] }
        return rows.map { places[Int($0)] }
    }

    /// Whether any row carries this key; cheaper than `places(forKey:)` in a scan.
    public func contains(key: String) -> Bool { index[key] != nil }

    /// Rows for a name as written ("محافظة دير الزور", "خان يونس"): normalised, admin word dropped.
    public func places(named name: String) -> [Place] {
        places(forKey: GazetteerKey.make(name))
    }

    /// Governorate rows named `name` (with or without "محافظة"/"ولاية"/…), optionally in one country.
    public func admin1(named name: String, country: String? = nil) -> [Place] {
        let key = GazetteerKey.make(name)
        let rows = (regionIndex[key] ?? []).map { places[Int($0)] }
        guard let country else { return rows }
        return rows.filter { $0.country == country }
    }

    /// The governorate row a place belongs to, when the gazetteer has it.
    public func admin1(of place: Place) -> Place? {
        if place.kind == .region { return place }
        guard !place.admin1Ar.isEmpty else { return nil }
        return admin1(named: place.admin1Ar, country: place.country).first
    }

    /// The country row for an ISO code.
    public func country(code: String) -> Place? {
        places.first { $0.kind == .country && $0.country == code }
    }

    private static func wordCount(_ key: String) -> Int {
        key.utf8.reduce(1) { $1 == 32 ? $0 + 1 : $0 }
    }
}
