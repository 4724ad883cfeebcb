import Foundation
import RasdCore

/// The process-wide `HammingIndex` of stored story fingerprints, rebuilt from the `stories`
/// table when the store opens and changed only when a write transaction commits.
final class FingerprintIndexBox: @unchecked Sendable {
    enum Change: Sendable, Equatable {
        case insert(UInt64, Int64)
        case remove(UInt64, Int64)
    }

    private let lock = NSLock()
    private var index: HammingIndex

    init(maxDistance: Int) { index = HammingIndex(maxDistance: maxDistance) }

    var count: Int { lock.withLock { index.count } }

    func apply(_ changes: [Change]) {
        lock.withLock {
            for c in changes {
                switch c {
                case .insert(let fp, let id): index.insert(fp, payload: id)
                case .remove(let fp, let id): index.remove(fp, payload: id)
                }
            }
        }
    }

    /// The nearest entry, looking at the committed index and the uncommitted changes of the
    /// current transaction (inserted rows found, removed rows skipped).
    func nearest(_ fp: UInt64, pending: [Change]) -> HammingIndex.Match? {
        var removed = Set<Int64>()
        var best: HammingIndex.Match? = nil
        let maxDistance = index.maxDistance
        func consider(_ m: HammingIndex.Match) {
            if let b = best, b.distance < m.distance || (b.distance == m.distance && b.payload <= m.payload) { return }
            best = m
        }
        for c in pending {
            switch c {
            case .remove(_, let id): removed.insert(id)
            case .insert(let f, let id):
                removed.remove(id)
                let d = (f ^ fp).nonzeroBitCount
                if d <= maxDistance { consider(HammingIndex.Match(payload: id, fingerprint: f, distance: d)) }
            }
        }
        let committed = lock.withLock { index.all(within: fp) }
        for m in committed where !removed.contains(m.payload) { consider(m) }
        return best
    }
}
