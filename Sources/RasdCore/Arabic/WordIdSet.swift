/// A set of word ids (`WordHash` values) in one open-addressed table. The ids are FNV-1a hashes
/// already, so a lookup mixes one and probes an array; Swift's `Set<UInt64>` hashes each id again
/// through SipHash, which profiling showed as about 5% of extraction time (WordSet lookups run for
/// every token of every rule).
public struct WordIdSet: Sendable {
    private let slots: [UInt64]  // 0 marks an empty slot
    private let mask: Int
    private let holdsZero: Bool
    public let count: Int

    public init<S: Sequence>(_ ids: S) where S.Element == UInt64 {
        let unique = Set(ids)
        var capacity = 8
        while capacity < unique.count * 2 { capacity <<= 1 }  // load at most one half
        var table = [UInt64](repeating: 0, count: capacity)
        for id in unique where id != 0 {
            var i = Self.slot(id, capacity - 1)
            while table[i] != 0 { i = (i + 1) & (capacity - 1) }
            table[i] = id
        }
        slots = table
        mask = capacity - 1
        holdsZero = unique.contains(0)
        count = unique.count
    }

    /// The home slot of an id: its bits mixed (splitmix64's multiplier) and masked.
    @inline(__always) static func slot(_ id: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((id ^ (id >> 31)) &* 0xbf58_476d_1ce4_e5b9) >> 29) & mask
    }

    @inline(__always) public func contains(_ id: UInt64) -> Bool {
        if id == 0 { return holdsZero }
        var i = Self.slot(id, mask)
        while true {
            let s = slots[i]
            if s == id { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    public var isEmpty: Bool { count == 0 }
}
