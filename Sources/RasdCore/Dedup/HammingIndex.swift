/// Finds stored 64-bit fingerprints within `maxDistance` bits of a query without comparing
/// against all of them (Manku, Jain & Das Sarma 2007, "Detecting near-duplicates for web
/// crawling"). The 64 bits are cut into `maxDistance + 1` bands; two fingerprints at most
/// `maxDistance` bits apart agree exactly on at least one band (pigeonhole), so only the entries
/// sharing a band value with the query are compared. Each band is a table of buckets holding the
/// full fingerprints contiguously (each beside its payload: one array per bucket, not two, halves
/// the small allocations of a large index), so a lookup is a few short sequential scans.
///
/// With 1,000,000 entries and `maxDistance` 5 (six bands of 10–11 bits) a lookup compares about
/// 4,000 fingerprints. Payloads are caller ids (story rows).
public struct HammingIndex: Sendable {
    public struct Match: Sendable, Equatable {
        public var payload: Int64
        public var fingerprint: UInt64
        public var distance: Int
        public init(payload: Int64, fingerprint: UInt64, distance: Int) {
            self.payload = payload; self.fingerprint = fingerprint; self.distance = distance
        }
    }

    public let maxDistance: Int
    private let bands: [(shift: UInt64, mask: UInt64, offset: Int)]
    /// One stored entry of a bucket.
    private struct Entry { var fingerprint: UInt64; var payload: Int64 }
    private var buckets: [[Entry]]
    public private(set) var count = 0

    /// Default threshold, calibrated on the corpus copies (see README, section state): every wire
    /// copy is at distance 0–1, unrelated same-topic stories at 12 or more.
    public static let defaultMaxDistance = 5

    public init(maxDistance: Int = HammingIndex.defaultMaxDistance) {
        precondition(maxDistance >= 0 && maxDistance < 16, "maxDistance must be 0...15")
        self.maxDistance = maxDistance
        // At least two bands so no band is 64 bits wide (more bands than needed only costs memory).
        let n = max(2, maxDistance + 1)
        var bands: [(UInt64, UInt64, Int)] = []
        var shift = 0
        var offset = 0
        for i in 0..<n {
            let width = 64 / n + (i < 64 % n ? 1 : 0)
            // Bands wider than 16 bits share 65,536 buckets (extra candidates, still exact).
            let mask: UInt64 = (1 << UInt64(min(width, 16))) - 1
            bands.append((UInt64(shift), mask, offset))
            shift += width
            offset += Int(mask) + 1
        }
        self.bands = bands.map { (shift: $0.0, mask: $0.1, offset: $0.2) }
        buckets = Array(repeating: [], count: offset)
    }

    @inline(__always)
    private func bucket(_ band: Int, _ fp: UInt64) -> Int {
        let b = bands[band]
        return b.offset + Int((fp >> b.shift) & b.mask)
    }

    public mutating func insert(_ fingerprint: UInt64, payload: Int64) {
        for band in 0..<bands.count {
            buckets[bucket(band, fingerprint)].append(Entry(fingerprint: fingerprint, payload: payload))
        }
        count += 1
    }

    /// Removes one entry with this fingerprint and payload; false when there is none.
    @discardableResult
    public mutating func remove(_ fingerprint: UInt64, payload: Int64) -> Bool {
        var removed = false
        for band in 0..<bands.count {
            let i = bucket(band, fingerprint)
            if let j = buckets[i].firstIndex(where: { $0.payload == payload && $0.fingerprint == fingerprint }) {
                buckets[i].swapAt(j, buckets[i].count - 1); buckets[i].removeLast()
                removed = true
            }
        }
        if removed { count -= 1 }
        return removed
    }

    /// The closest stored entry within `maxDistance` (ties: the lowest payload, i.e. the oldest row).
    public func nearest(_ fingerprint: UInt64) -> Match? {
        var best: Match? = nil
        for band in 0..<bands.count {
            let i = bucket(band, fingerprint)
            buckets[i].withUnsafeBufferPointer { entries in
                for e in entries {
                    let d = (e.fingerprint ^ fingerprint).nonzeroBitCount
                    guard d <= maxDistance else { continue }
                    if let b = best, b.distance < d || (b.distance == d && b.payload <= e.payload) { continue }
                    best = Match(payload: e.payload, fingerprint: e.fingerprint, distance: d)
                }
            }
        }
        return best
    }

    /// Every stored entry within `maxDistance`, each once, nearest first.
    public func all(within fingerprint: UInt64) -> [Match] {
        var found: [Int64: Match] = [:]
        for band in 0..<bands.count {
            let i = bucket(band, fingerprint)
            for e in buckets[i] {
                let d = (e.fingerprint ^ fingerprint).nonzeroBitCount
                if d <= maxDistance { found[e.payload] = Match(payload: e.payload, fingerprint: e.fingerprint, distance: d) }
            }
        }
        return found.values.sorted { ($0.distance, $0.payload) < ($1.distance, $1.payload) }
    }
}
