/// A place the extractor can name: what a gazetteer row gives.
public struct PlaceCandidate: Sendable, Equatable {
    public var nameAr: String
    public var nameEn: String?
    /// country, region, county, locality, neighbourhood, military_base, airport, camp, crossing, …
    public var kind: String
    public var admin1Ar: String?
    public var admin1En: String?
    public var country: String
    public var lat: Double?
    public var lon: Double?
    public var population: Int

    public init(nameAr: String, nameEn: String? = nil, kind: String, admin1Ar: String? = nil, admin1En: String? = nil,
                country: String, lat: Double? = nil, lon: Double? = nil, population: Int = 0) {
        self.nameAr = nameAr; self.nameEn = nameEn; self.kind = kind; self.admin1Ar = admin1Ar
        self.admin1En = admin1En; self.country = country; self.lat = lat; self.lon = lon; self.population = population
    }
}

/// What the extractor needs from a gazetteer: places by normalised key (one to four words,
/// `ArabicNormalizer.normalize`, single spaces, clitics already stripped by the caller).
/// The shipped `Gazetteer` conforms; tests use `PlaceTable`.
public protocol PlaceLookup: Sendable {
    func placeCandidates(forKey key: String) -> [PlaceCandidate]
    /// True for a key that is mostly a common word in news text ("الشباب", "الحي"), looked up
    /// only after an admin word or as part of a longer name.
    func isCommonWord(_ key: String) -> Bool
    /// All keys by `WordHash` (nil: the extractor looks keys up by string).
    func placeIndex() -> PlaceIndex?
}

extension PlaceLookup {
    public func isCommonWord(_ key: String) -> Bool { false }
    /// Every key by `WordHash`, built once by the extractor so a story's phrases are looked up
    /// by integer; nil = look up by string.
    public func placeIndex() -> PlaceIndex? { nil }
}

/// Places by the `WordHash` of their keys, plus the keys that are common words.
/// Held for the daemon's life, so it keeps row numbers, not candidates: each key hash heads a
/// chain of row numbers, and a candidate is made from its row (by `candidate`, e.g. from the
/// gazetteer's compact store) only when a story names it.
public struct PlaceIndex: Sendable {
    /// Key hash → last entry added for it; entries chain back to the first. Used while adding;
    /// `seal()` moves it into `slots`.
    private var heads: [UInt64: Int32] = [:]
    /// The same map once sealed, in an open-addressing table of 12 bytes a slot at 80 % load
    /// (the dictionary takes about twice that for the shipped gazetteer's keys).
    private var slots = HashSlots()
    private var entryRow: [Int32] = []
    private var entryPrevious: [Int32] = []
    /// Candidates added one by one (`add(_:hash:)`), by row number.
    private var pool: [PlaceCandidate] = []
    /// Makes the candidate of a row added by `add(row:hash:)`.
    private var candidate: (@Sendable (Int32) -> PlaceCandidate)?
    public var commonWords: Set<UInt64> = []
    /// 4M-bit filter of key hashes checked before the dictionary.
    var bits = [UInt64](repeating: 0, count: 1 << 16)
    public init() {}

    /// An index whose rows are numbers the caller turns into candidates on lookup.
    public init(candidate: @escaping @Sendable (Int32) -> PlaceCandidate) { self.candidate = candidate }

    /// Every hash with its candidates, in the order they were added (made on each call).
    public var byHash: [UInt64: [PlaceCandidate]] {
        var out: [UInt64: [PlaceCandidate]] = [:]
        for h in heads.keys { out[h] = candidates(h) }
        slots.forEachKey { out[$0] = candidates($0) }
        return out
    }

    /// Moves the key map into its compact table and drops unused reserve; call after the last
    /// `add` (a later `add` moves it back first). Lookups answer the same either way.
    public mutating func seal() {
        guard !heads.isEmpty else { return }
        slots = HashSlots(heads)
        heads = [:]
        entryRow = entryRow.map { $0 }  // exact capacity
        entryPrevious = entryPrevious.map { $0 }
    }

    private mutating func unseal() {
        slots.forEach { heads[$0] = $1 }
        slots = HashSlots()
    }

    public mutating func add(_ c: PlaceCandidate, hash h: UInt64) {
        pool.append(c)
        add(row: Int32(pool.count - 1), hash: h)
    }

    public mutating func add(row: Int32, hash h: UInt64) {
        if !slots.isEmpty { unseal() }
        entryRow.append(row)
        entryPrevious.append(heads[h] ?? -1)
        heads[h] = Int32(entryRow.count - 1)
        bits[Int((h & 0x3F_FFFF) >> 6)] |= 1 << (h & 63)
    }

    public mutating func reserve(_ n: Int) {
        heads.reserveCapacity(n)
        entryRow.reserveCapacity(n)
        entryPrevious.reserveCapacity(n)
    }

    @inline(__always) public func candidates(_ h: UInt64) -> [PlaceCandidate]? {
        guard bits[Int((h & 0x3F_FFFF) >> 6)] & (1 << (h & 63)) != 0, var e = slots[h] ?? heads[h] else { return nil }
        var rows: [Int32] = []
        while e >= 0 {
            rows.append(entryRow[Int(e)])
            e = entryPrevious[Int(e)]
        }
        return rows.reversed().map { candidate?($0) ?? pool[Int($0)] }
    }
}

/// A fixed map from 64-bit key hashes to Int32 values: linear probing over parallel arrays,
/// the slot picked by the hash's top 32 bits scaled to the table size.
struct HashSlots: Sendable {
    private var keys: [UInt64] = []
    /// -1 marks an empty slot (stored values are entry numbers, never negative).
    private var values: [Int32] = []

    init() {}

    init(_ map: [UInt64: Int32]) {
        let size = map.count + map.count / 4 + 1
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        for (k, v) in map {
            var i = slot(k)
            while values[i] >= 0 { i = i + 1 == size ? 0 : i + 1 }
            keys[i] = k
            values[i] = v
        }
    }

    var isEmpty: Bool { keys.isEmpty }

    @inline(__always) private func slot(_ k: UInt64) -> Int {
        Int(((k >> 32) &* UInt64(keys.count)) >> 32)
    }

    subscript(k: UInt64) -> Int32? {
        guard !keys.isEmpty else { return nil }
        var i = slot(k)
        while values[i] >= 0 {
            if keys[i] == k { return values[i] }
            i = i + 1 == keys.count ? 0 : i + 1
        }
        return nil
    }

    func forEach(_ body: (UInt64, Int32) -> Void) {
        for i in keys.indices where values[i] >= 0 { body(keys[i], values[i]) }
    }

    func forEachKey(_ body: (UInt64) -> Void) { forEach { k, _ in body(k) } }
}

/// A small in-memory place table, read from TSV rows
/// `name_ar  name_en  kind  admin1_ar  admin1_en  country  lat  lon  population  [variants|…]`.
public struct PlaceTable: PlaceLookup {
    var byKey: [String: [PlaceCandidate]] = [:]

    public init(_ places: [(PlaceCandidate, [String])]) {
        for (p, variants) in places {
            for name in [p.nameAr] + variants {
                let k = ArabicNormalizer.normalize(name).split(separator: " ").joined(separator: " ")
                byKey[k, default: []].append(p)
            }
        }
    }

    /// Parses the TSV text; a malformed row throws naming its line.
    public init(tsv: String) throws {
        var rows: [(PlaceCandidate, [String])] = []
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasBytePrefix("#") || line.hasBytePrefix("name_ar\t") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 9, !f[0].isEmpty, !f[5].isEmpty else { throw PlaceTableError.badRow(line: n + 1) }
            let p = PlaceCandidate(nameAr: f[0], nameEn: f[1].isEmpty ? nil : f[1], kind: f[2],
                                   admin1Ar: f[3].isEmpty ? nil : f[3], admin1En: f[4].isEmpty ? nil : f[4],
                                   country: f[5], lat: Double(f[6]), lon: Double(f[7]), population: Int(f[8]) ?? 0)
            rows.append((p, f.count > 9 ? f[9].split(separator: "|").map(String.init) : []))
        }
        self.init(rows)
    }

    public func placeCandidates(forKey key: String) -> [PlaceCandidate] { byKey[key] ?? [] }
    public func placeIndex() -> PlaceIndex? {
        var ix = PlaceIndex()
        for (k, v) in byKey { for c in v { ix.add(c, hash: WordHash.of(k)) } }
        return ix
    }
}

public enum PlaceTableError: Error, Equatable, CustomStringConvertible {
    case badRow(line: Int)
    public var description: String {
        switch self { case .badRow(let l): return "place table line \(l): expected 9 tab-separated fields with name_ar and country" }
    }
}
