/// Key → row numbers, built for start-up speed: keys hash and compare as UTF-8 bytes (keys are
/// already normalised, so no Unicode canonical equivalence is needed), and rows sharing a key
/// are chained in one array instead of one small array per key.
struct KeyIndex: Sendable {
    private var heads: [ByteKey: Int32]
    private var row: [Int32] = []
    private var next: [Int32] = []

    init(capacity: Int) {
        heads = Dictionary(minimumCapacity: capacity)
        row.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
    }

    mutating func add(_ key: String, _ place: Int32) {
        let entry = Int32(row.count)
        row.append(place)
        let k = ByteKey(key)
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

    func contains(_ key: String) -> Bool { heads[ByteKey(key)] != nil }

    /// Rows carrying `key`, in insertion order, without repeats.
    func rows(_ key: String) -> [Int32] {
        guard var i = heads[ByteKey(key)] else { return [] }
        var out: [Int32] = []
        while i >= 0 {
            let r = row[Int(i)]
            if !out.contains(r) { out.append(r) }
            i = next[Int(i)]
        }
        return out
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
