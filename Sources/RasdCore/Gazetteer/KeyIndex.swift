import Synchronization

/// Key → row numbers, built for start-up speed and held for the daemon's life: keys are
/// indexed by a 64-bit hash of their UTF-8 bytes (keys are already normalised, so no Unicode
/// canonical equivalence is needed) rather than kept as tens of thousands of strings; the
/// caller checks a row really carries the key (`PlaceStore.carries`). Rows sharing a key are
/// chained in one array instead of one small array per key.
struct KeyIndex: Sendable {
    private var heads: [UInt64: Int32]
    private var row: [Int32] = []
    private var next: [Int32] = []

    init(capacity: Int) {
        heads = Dictionary(minimumCapacity: capacity)
        row.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
    }

    /// FNV-1a over the key's UTF-8 bytes (stable, unlike `Hasher`, and cheap).
    static func hash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    mutating func add(_ key: String, _ place: Int32) {
        let entry = Int32(row.count)
        row.append(place)
        let k = Self.hash(key)
        if let head = heads[k] {
            // Append at the end of the chain so rows keep file order.
            var i = head
            while next[Int(i)] >= 0 { i = next[Int(i)] }
            next.append(-1)
            next[Int(i)] = entry
        } else {
            next.append(-1)
            heads[k] = entry
        }
    }

    /// Whether a key with this hash was added (a 64-bit hash: a false answer for an unknown key
    /// is about one in 10^14 per lookup).
    func contains(_ key: String) -> Bool { heads[Self.hash(key)] != nil }

    /// Rows added under a key with the same hash, in insertion order, without repeats.
    func rows(_ key: String) -> [Int32] {
        guard var i = heads[Self.hash(key)] else { return [] }
        var out: [Int32] = []
        while i >= 0 {
            let r = row[Int(i)]
            if !out.contains(r) { out.append(r) }
            i = next[Int(i)]
        }
        return out
    }
}

/// The gazetteer's two key indexes (every key; governorate keys), built from its store the
/// first time a lookup by key string asks for them and kept from then on. A class so copies of
/// the `Gazetteer` share one build; the lock makes the first use safe from any task.
final class LazyKeyIndexes: Sendable {
    struct Indexes: Sendable {
        var all: KeyIndex
        var regions: KeyIndex
    }

    private let store: PlaceStore
    private let built = Mutex<Indexes?>(nil)

    init(store: PlaceStore) { self.store = store }

    var indexes: Indexes {
        built.withLock { current in
            if let current { return current }
            let made = Self.build(store)
            current = made
            return made
        }
    }

    /// Every row under its main key and each distinct alternative key, file order kept.
    static func build(_ store: PlaceStore) -> Indexes {
        var index = KeyIndex(capacity: store.count + store.count / 4)
        var regionIndex = KeyIndex(capacity: 256)
        for i in 0..<store.count {
            let n = Int32(i)
            let (key, altKeys) = store.keys(i)
            index.add(key, n)
            for alt in altKeys where alt != key { index.add(alt, n) }
            if store.kind(i) == .region {
                regionIndex.add(key, n)
                for alt in altKeys where alt != key { regionIndex.add(alt, n) }
            }
        }
        return Indexes(all: index, regions: regionIndex)
    }
}

/// A string hashed and compared by its UTF-8 bytes.
struct ByteKey: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            for b in text.utf8 { hasher.combine(b) }
        }
    }
}
