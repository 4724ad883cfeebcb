/// The place names rasd recognises: shipped rows (Who's On First + curated overlay) and the
/// user's own rows, indexed by normalised key. A pure value built from TSV text, so tests feed it
/// small tables and the daemon builds it once at start-up (`Gazetteer.shippedOnce`).
///
/// Typical use by the extractor:
/// ```swift
/// let g = try Gazetteer.shippedOnce.get()            // or Gazetteer(merging:overlayTSV:origin:)
/// let tokens = words.map(ArabicNormalizer.normalize) // punctuation split off
/// let context = g.mentionedContext(in: tokens)        // countries/governorates named in the story
/// if let m = g.longestMatch(in: tokens, at: i),       // "وبمحافظة الأنبار", "قاعدة عين الأسد"
///    m.isNotable || m.designator != nil,              // hamlets named like words need a cue
///    let place = g.resolve(m, context: context) {     // one of the same-named places
///     place.admin1Ar; place.precision; place.lat      // into the incident's location
/// }
/// ```
public struct Gazetteer: Sendable {
    /// All rows, compact (see `PlaceStore`); the key index points here.
    let store: PlaceStore
    /// All rows, each made on access from the compact store.
    public var places: PlaceRows { PlaceRows(store: store) }
    /// Key (main or alternative) → rows carrying it, and governorate rows by key (for
    /// "محافظة الأنبار" → region); built on first use: the daemon's extractor looks places up
    /// through its own `PlaceIndex` and never needs them (2 MB it does not hold).
    private let keyIndexes: LazyKeyIndexes
    private var index: KeyIndex { keyIndexes.indexes.all }
    private var regionIndex: KeyIndex { keyIndexes.indexes.regions }
    /// Longest key in words; phrase matching looks no further.
    public let maxPhraseWords: Int
    /// Keys that are ordinary words ("المدينه", "اب", "الصدر"): phrase matching takes them only
    /// after a designator ("منطقة المدينة", "محافظة إب", "مدينة الصدر"); `places(forKey:)` still
    /// returns their rows.
    public let commonKeys: Set<String>

    public init(places: [Place], commonKeys: Set<String> = []) {
        var store = PlaceStore(places)
        store.fillAdmin1En()
        self.init(store: store, commonKeys: commonKeys)
    }

    /// The gazetteer over rows already in a compact store (admin1_en filled), indexed here.
    init(store: PlaceStore, commonKeys: Set<String>) {
        self.store = store
        self.commonKeys = commonKeys
        self.keyIndexes = LazyKeyIndexes(store: store)
        self.maxPhraseWords = min(store.maxKeyWords(), 6)
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
        let rows = index.rows(key).filter { store.carries(Int($0), key: key) }
        if rows.count < 2 { return rows.map { store.place(Int($0)) } }
        return sortedRows(rows).map { store.place(Int($0)) }
    }

    /// Row numbers for a key in lookup order: user rows first, then most populous first.
    func sortedRows(_ rows: [Int32]) -> [Int32] {
        rows.sorted { a, b in
            let pa = store.priority(Int(a)), pb = store.priority(Int(b))
            if pa != pb { return pa > pb }
            let na = store.population(Int(a)), nb = store.population(Int(b))
            if na != nb { return na > nb }
            return a < b
        }
    }

    /// Whether any row carries this key; cheaper than `places(forKey:)` in a scan.
    public func contains(key: String) -> Bool { index.contains(key) }

    /// Rows for a name as written ("محافظة دير الزور", "خان يونس"): normalised, admin word dropped.
    public func places(named name: String) -> [Place] {
        places(forKey: GazetteerKey.make(name))
    }

    /// Governorate rows named `name` (with or without "محافظة"/"ولاية"/…), optionally in one country.
    public func admin1(named name: String, country: String? = nil) -> [Place] {
        let key = GazetteerKey.make(name)
        let rows = regionIndex.rows(key).filter { store.carries(Int($0), key: key) }.sorted().map { store.place(Int($0)) }
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
        (0..<store.count).first { store.kind($0) == .country && store.country($0) == code }.map(store.place)
    }

    /// Rows that leave admin1_en empty take it from their governorate's row (the shipped file
    /// writes it once per governorate to stay small).
    static func fillAdmin1En(_ places: inout [Place]) {
        struct Governorate: Hashable { var country: String, admin1: ByteKey }
        var english: [Governorate: String] = [:]
        for p in places where p.kind == .region && !p.admin1En.isEmpty {
            english[Governorate(country: p.country, admin1: ByteKey(p.admin1Ar))] = p.admin1En
        }
        guard !english.isEmpty else { return }
        for i in places.indices where places[i].admin1En.isEmpty && !places[i].admin1Ar.isEmpty {
            if let en = english[Governorate(country: places[i].country, admin1: ByteKey(places[i].admin1Ar))] {
                places[i].admin1En = en
            }
        }
    }

}
