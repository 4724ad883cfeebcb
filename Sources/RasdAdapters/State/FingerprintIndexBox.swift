import Foundation
import RasdCore

/// The process-wide `HammingIndex` of stored story fingerprints, built from the `stories` table
/// on first use (a cycle where every feed answers 304 never needs it) and changed only when a
/// write transaction commits. Until it is built, commits are not applied: the build reads them.
final class FingerprintIndexBox: @unchecked Sendable {
    enum Change: Sendable, Equatable {
        case insert(UInt64, Int64)
        case remove(UInt64, Int64)
    }

    private let lock = NSLock()
    private var index: HammingIndex
    private var loaded = false

    init(maxDistance: Int) { index = HammingIndex(maxDistance: maxDistance) }

    var count: Int { lock.withLock { index.count } }

    var isLoaded: Bool { lock.withLock { loaded } }

    /// Builds the index once with `fill`. The caller runs this on the store's writer, so no
    /// commit falls between what `fill` reads and the index being marked built.
    func loadIfNeeded(_ fill: (inout HammingIndex) throws -> Void) throws {
        try lock.withLock {
            guard !loaded else { return }
            var fresh = HammingIndex(maxDistance: index.maxDistance)
            try fill(&fresh)
            index = fresh
            loaded = true
        }
    }

    func apply(_ changes: [Change]) {
        lock.withLock {
            guard loaded else { return }
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
        if removed.isEmpty {
            if let m = lock.withLock({ index.nearest(fp) }) { consider(m) }
        } else {
            let committed = lock.withLock { index.all(within: fp) }
            for m in committed where !removed.contains(m.payload) { consider(m) }
        }
        return best
    }
}
