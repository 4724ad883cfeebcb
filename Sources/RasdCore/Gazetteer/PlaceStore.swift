/// The gazetteer's rows, kept compact because the daemon holds them all its life: all strings in
/// one UTF-8 byte buffer, each row a small struct of string numbers and numbers. Governorates and
/// countries, which repeat across tens of thousands of rows, are stored once; names, keys and
/// sources are nearly all distinct and are appended as they come (a dictionary of 190k strings to
/// find the few repeats would cost more memory at start-up than it saves). A `Place` with its
/// Swift strings is made only when a row is asked for.
struct PlaceStore: Sendable {
    /// Strings, back to back.
    private var bytes: [UInt8] = []
    /// String `i` is `bytes[starts[i]..<starts[i + 1]]`; string 0 is empty.
    private var starts: [Int32] = [0, 0]
    private var rows: [Row] = []
    /// Governorate and country strings already stored (build time only; see `finish`).
    private var interned: [ByteKey: Int32] = [ByteKey(""): 0]

    /// Coordinates of rows that are not whole thousandths of a degree (none in the shipped
    /// file; a user overlay may have them), by row.
    private var exactCoordinates: [Int32: (lat: Double, lon: Double)] = [:]

    /// One place; its strings by number (altKeys joined by "|", keys never contain one).
    /// 48 bytes: population is kept in 32 bits (the largest city is under 40 million) and
    /// priority in 16 (0 shipped, 1 user overlay), both clamped; coordinates in thousandths of a
    /// degree (`Int32.min`: see `exactCoordinates`), which give back the very `Double` the TSV's
    /// three decimals parse to; a source "wof:<id>" (all but a few hundred rows) as `~id`.
    struct Row: Sendable {
        var nameAr, key, altKeys, nameEn, admin1Ar, admin1En, country, source: Int32
        var lat, lon: Int32
        var population: Int32
        var priority: Int16
        var kind: UInt8
    }

    /// `v` in thousandths of a degree when that gives back exactly `v` (sign of zero included).
    static func millidegrees(_ v: Double) -> Int32? {
        let m = (v * 1000).rounded()
        guard m.magnitude < 1e9, let i = Int32(exactly: m), (Double(i) / 1000).bitPattern == v.bitPattern else { return nil }
        return i
    }

    /// The source as a negative number when it is "wof:" and a canonical decimal id that fits.
    private mutating func storeSource(_ s: String) -> Int32 {
        let digits = s.utf8.dropFirst(4)
        if s.utf8.starts(with: "wof:".utf8), let first = digits.first, first != 48 || digits.count == 1,
           digits.count <= 10, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }),
           let id = Int32(String(decoding: digits, as: UTF8.self)) {
            return ~id
        }
        return store(s)
    }

    private func source(_ id: Int32) -> String { id < 0 ? "wof:\(~id)" : string(id) }

    private func coordinates(_ i: Int) -> (lat: Double, lon: Double) {
        let r = rows[i]
        if r.lat == Int32.min, let exact = exactCoordinates[Int32(i)] { return exact }
        return (Double(r.lat) / 1000, Double(r.lon) / 1000)
    }

    /// An empty store for `append`, with room for about `capacity` rows.
    init(capacity: Int) {
        rows.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 56)  // the shipped rows hold about 49 bytes of text each
        starts.reserveCapacity(capacity * 4)
    }

    init(_ places: [Place]) {
        self.init(capacity: places.count)
        for p in places { append(p) }
        finish()
    }

    private mutating func store(_ s: String) -> Int32 {
        if s.isEmpty { return 0 }
        bytes.append(contentsOf: s.utf8)
        starts.append(Int32(bytes.count))
        return Int32(starts.count - 2)
    }

    private mutating func intern(_ s: String) -> Int32 {
        if let id = interned[ByteKey(s)] { return id }
        let id = store(s)
        interned[ByteKey(s)] = id
        return id
    }

    mutating func append(_ p: Place) {
        let nameAr = store(p.nameAr)
        var lat = Self.millidegrees(p.lat), lon = Self.millidegrees(p.lon)
        if lat == nil || lon == nil {
            exactCoordinates[Int32(rows.count)] = (p.lat, p.lon)
            lat = Int32.min; lon = Int32.min
        }
        rows.append(Row(
            nameAr: nameAr, key: p.key.utf8.elementsEqual(p.nameAr.utf8) ? nameAr : store(p.key),
            altKeys: p.altKeys.isEmpty ? 0 : store(p.altKeys.joined(separator: "|")),
            nameEn: store(p.nameEn), admin1Ar: intern(p.admin1Ar), admin1En: intern(p.admin1En),
            country: intern(p.country), source: storeSource(p.source), lat: lat ?? Int32.min, lon: lon ?? Int32.min, population: Int32(clamping: p.population),
            priority: Int16(clamping: p.priority), kind: PlaceStore.kindCode(p.kind)))
    }

    /// Drops the build-time table and the unused reserve of each buffer (a build reserves for
    /// the largest file it expects; the store is then held for the daemon's life); call after
    /// the last `append`.
    mutating func finish() {
        interned = [:]
        bytes = Self.exactCopy(bytes)
        starts = Self.exactCopy(starts)
        rows = Self.exactCopy(rows)
    }

    /// The same elements in a buffer of exactly their count.
    private static func exactCopy<T>(_ a: [T]) -> [T] {
        guard a.capacity > a.count else { return a }
        return [T](unsafeUninitializedCapacity: a.count) { buffer, n in
            a.withUnsafeBufferPointer { source in
                if let from = source.baseAddress, let to = buffer.baseAddress { to.initialize(from: from, count: a.count) }
            }
            n = a.count
        }
    }

    /// The most words in any key or alternative key (words are separated by single spaces).
    func maxKeyWords() -> Int {
        var most = 1
        func scan(_ id: Int32) {
            var words = 1
            for b in bytes[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] {
                if b == 32 { words += 1 } else if b == 124 { most = max(most, words); words = 1 }
            }
            most = max(most, words)
        }
        for r in rows {
            scan(r.key)
            scan(r.altKeys)
        }
        return most
    }

    /// Rows that leave admin1_en empty take it from their governorate's row (the shipped file
    /// writes it once per governorate to stay small): `Gazetteer.fillAdmin1En` on stored rows.
    /// Governorate and country strings are interned, so equal text is an equal number.
    mutating func fillAdmin1En() {
        struct Governorate: Hashable { var country: Int32, admin1: Int32 }
        var english: [Governorate: Int32] = [:]
        let region = Self.kindCode(.region)
        for r in rows where r.kind == region && r.admin1En != 0 {
            english[Governorate(country: r.country, admin1: r.admin1Ar)] = r.admin1En
        }
        guard !english.isEmpty else { return }
        for i in rows.indices where rows[i].admin1En == 0 && rows[i].admin1Ar != 0 {
            if let en = english[Governorate(country: rows[i].country, admin1: rows[i].admin1Ar)] { rows[i].admin1En = en }
        }
    }

    /// `Gazetteer.candidate(place(i))` without making the `Place` (the extractor asks this for
    /// every candidate of every place name a story holds). String 0, and only it, is empty.
    func candidate(_ i: Int) -> PlaceCandidate {
        let r = rows[i]
        let kind = Self.kinds[Int(r.kind)]
        let nameAr = string(r.nameAr)
        return PlaceCandidate(nameAr: nameAr, nameEn: r.nameEn == 0 ? nil : string(r.nameEn), kind: kind.rawValue,
                              admin1Ar: r.admin1Ar == 0 ? (kind == .region ? nameAr : nil) : string(r.admin1Ar),
                              admin1En: r.admin1En == 0 ? nil : string(r.admin1En), country: string(r.country),
                              lat: coordinates(i).lat, lon: coordinates(i).lon, population: Int(r.population))
    }

    /// Row `i`'s main key and alternative keys.
    func keys(_ i: Int) -> (key: String, altKeys: [String]) {
        let r = rows[i]
        let alts = string(r.altKeys)
        return (string(r.key), alts.isEmpty ? [] : alts.split(separator: "|").map(String.init))
    }

    var count: Int { rows.count }

    func place(_ i: Int) -> Place {
        let r = rows[i]
        let alts = string(r.altKeys)
        return Place(nameAr: string(r.nameAr), key: string(r.key),
                     altKeys: alts.isEmpty ? [] : alts.split(separator: "|").map(String.init),
                     nameEn: string(r.nameEn), kind: Self.kinds[Int(r.kind)],
                     admin1Ar: string(r.admin1Ar), admin1En: string(r.admin1En), country: string(r.country),
                     lat: coordinates(i).lat, lon: coordinates(i).lon, population: Int(r.population), source: source(r.source),
                     priority: Int(r.priority))
    }

    /// Whether row `i`'s key or one of its alternative keys is `key` (compared as UTF-8 bytes).
    func carries(_ i: Int, key: String) -> Bool {
        let r = rows[i]
        if equal(r.key, key) { return true }
        let from = Int(starts[Int(r.altKeys)]), to = Int(starts[Int(r.altKeys) + 1])
        guard from < to else { return false }
        return bytes[from..<to].split(separator: 124, omittingEmptySubsequences: false)
            .contains { $0.elementsEqual(key.utf8) }
    }

    private func equal(_ id: Int32, _ text: String) -> Bool {
        let from = Int(starts[Int(id)]), to = Int(starts[Int(id) + 1])
        return to - from == text.utf8.count && bytes[from..<to].elementsEqual(text.utf8)
    }

    func priority(_ i: Int) -> Int { Int(rows[i].priority) }
    func population(_ i: Int) -> Int { Int(rows[i].population) }
    func kind(_ i: Int) -> PlaceKind { Self.kinds[Int(rows[i].kind)] }
    func country(_ i: Int) -> String { string(rows[i].country) }

    private func string(_ id: Int32) -> String {
        let from = Int(starts[Int(id)]), to = Int(starts[Int(id) + 1])
        if from == to { return "" }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self)
        }
    }

    private static let kinds = PlaceKind.allCases

    private static func kindCode(_ kind: PlaceKind) -> UInt8 {
        UInt8(kinds.firstIndex(of: kind)!)
    }
}

/// The gazetteer's rows as a collection; each element is made from the compact store on access,
/// so keep the `Place` you need rather than indexing again.
public struct PlaceRows: RandomAccessCollection, Sendable {
    let store: PlaceStore
    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }
    public subscript(position: Int) -> Place { store.place(position) }
}
