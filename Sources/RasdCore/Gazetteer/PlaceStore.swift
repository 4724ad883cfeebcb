/// The gazetteer's rows, kept compact because the daemon holds them all its life: all strings in
/// one UTF-8 byte buffer, each row a small struct of string numbers and numbers. Governorates and
/// countries, which repeat across tens of thousands of rows, are stored once; names, keys and
/// sources are nearly all distinct and are appended as they come (a dictionary of 190k strings to
/// find the few repeats would cost more memory at start-up than it saves). A `Place` with its
/// Swift strings is made only when a row is asked for.
struct PlaceStore: Sendable {
    /// Distinct strings, back to back.
    private let bytes: [UInt8]
    /// String `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [Int32]
    private let rows: [Row]

    /// One place; its strings by number (altKeys joined by "|", keys never contain one).
    struct Row: Sendable {
        var nameAr, key, altKeys, nameEn, admin1Ar, admin1En, country, source: Int32
        var priority: Int32
        var kind: UInt8
        var population: Int
        var lat, lon: Double
    }

    init(_ places: [Place]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var ids: [ByteKey: Int32] = [:]
        func append(_ s: String) -> Int32 {
            if s.isEmpty { return 0 }
            bytes.append(contentsOf: s.utf8)
            starts.append(Int32(bytes.count))
            return Int32(starts.count - 2)
        }
        func intern(_ s: String) -> Int32 {
            if let id = ids[ByteKey(s)] { return id }
            let id = append(s)
            ids[ByteKey(s)] = id
            return id
        }
        _ = intern("")  // string 0: empty
        starts.append(0)
        var rows: [Row] = []
        rows.reserveCapacity(places.count)
        bytes.reserveCapacity(places.count * 48)
        starts.reserveCapacity(places.count * 4)
        for p in places {
            let nameAr = append(p.nameAr)
            rows.append(Row(
                nameAr: nameAr, key: p.key.utf8.elementsEqual(p.nameAr.utf8) ? nameAr : append(p.key),
                altKeys: p.altKeys.isEmpty ? 0 : append(p.altKeys.joined(separator: "|")),
                nameEn: append(p.nameEn), admin1Ar: intern(p.admin1Ar), admin1En: intern(p.admin1En),
                country: intern(p.country), source: append(p.source), priority: Int32(clamping: p.priority),
                kind: PlaceStore.kindCode(p.kind), population: p.population, lat: p.lat, lon: p.lon))
        }
        self.bytes = bytes
        self.starts = starts
        self.rows = rows
    }

    var count: Int { rows.count }

    func place(_ i: Int) -> Place {
        let r = rows[i]
        let alts = string(r.altKeys)
        return Place(nameAr: string(r.nameAr), key: string(r.key),
                     altKeys: alts.isEmpty ? [] : alts.split(separator: "|").map(String.init),
                     nameEn: string(r.nameEn), kind: Self.kinds[Int(r.kind)],
                     admin1Ar: string(r.admin1Ar), admin1En: string(r.admin1En), country: string(r.country),
                     lat: r.lat, lon: r.lon, population: r.population, source: string(r.source),
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
    func population(_ i: Int) -> Int { rows[i].population }
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
