#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import RasdCore

/// The daemon's memory across restarts: one SQLite database (`rasd.sqlite`, WAL) in the state
/// directory holding feeds' HTTP cache and schedule, seen story keys and fingerprints, incidents
/// with their revisions, and outbox delivery marks.
///
/// Opening it never silently starts afresh: a damaged file, a file that is not a database or a
/// schema newer than this binary is an error naming the file. Writes go through `write`, one
/// transaction per feed per cycle; other processes (`rasd feeds`) may read at the same time.
///
/// One feed's cycle, as the daemon runs it:
/// ```swift
/// try store.write { tx in
///     var state = try tx.feedState(url: url) ?? FeedState(url: url)
///     let decision = FeedIdentityPolicy().decide(items: feed.items, current: state.identityMode)
///     if decision.downgraded { /* log once: feed.url, identity.mode */ }
///     state.identityMode = decision.mode
///     for story in stories {
///         let obs = StoryObservation(story: story, feedURL: url, mode: decision.mode)
///         switch try tx.observe(feedURL: url, obs, now: now) {
///         case .new(let id), .updated(let id, _):
///             var written: [IncidentWrite] = []
///             for (i, facts) in extract(story).enumerated() {
///                 written.append(try tx.record(facts: facts, ordinal: i, storyID: id, storyKey: obs.key,
///                     feedURL: url, source: obs.source, policy: policy, extractor: RasdVersion.string,
///                     excluding: Set(written.map(\.incident.id)), fileName: outboxName, now: now))
///             }   // an ALERT line for each write with `isAlert`
///         case .unchanged, .duplicate: break
///         }
///     }
///     try tx.putFeedState(state)
/// }
/// // then: `makeDurable()`, write `pendingOutbox()` files, `markDelivered` after their renames;
/// // daily: `prune(olderThan: now - horizon, keep: keys currently listed per feed)`.
/// ```
public final class StateStore: Sendable {
    public static let fileName = "rasd.sqlite"
    /// Schema version this binary writes (the number of migrations).
    public static var schemaVersion: Int { StateSchema.version }

    public let path: String
    private let pool: DatabasePool
    private let index: FingerprintIndexBox
    private let readOnly: Bool

    /// Opens (creating and migrating when needed) the store in `directory`.
    /// - Parameters:
    ///   - maxDistance: near-duplicate threshold in bits (see `HammingIndex`).
    ///   - verify: run SQLite's `quick_check` so damage is reported now, not mid-cycle.
    public convenience init(directory: String, maxDistance: Int = HammingIndex.defaultMaxDistance,
                            verify: Bool = true) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StateStoreError.unreadable(path: directory, detail: "cannot create the state directory: \(error)")
        }
        try self.init(path: (directory as NSString).appendingPathComponent(StateStore.fileName),
                      maxDistance: maxDistance, readOnly: false, verify: verify)
    }

    /// Opens the store read-only (for `rasd feeds` beside a running daemon).
    public static func openReadOnly(directory: String) throws -> StateStore {
        let path = (directory as NSString).appendingPathComponent(StateStore.fileName)
        guard FileManager.default.fileExists(atPath: path) else { throw StateStoreError.missing(path: path) }
        return try StateStore(path: path, maxDistance: HammingIndex.defaultMaxDistance, readOnly: true, verify: false)
    }

    /// Page cache per SQLite connection, in KiB (`PRAGMA cache_size = -N`).
    static let cacheKiB = 512

    init(path: String, maxDistance: Int, readOnly: Bool, verify: Bool) throws {
        self.path = path
        if FileManager.default.fileExists(atPath: path) && !FileManager.default.isReadableFile(atPath: path) {
            throw StateStoreError.unreadable(path: path, detail: "permission denied")
        }
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        config.label = "rasd.state"
        // Each connection (the writer and every reader of the pool) keeps its own page cache,
        // 2 MB by default. The database is read mostly through small index lookups, and pages
        // evicted from this cache are still in the kernel's page cache, so a smaller one costs a
        // `pread`, not a disk read: 512 KB per connection keeps the daemon's resident size down.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(StateStore.cacheKiB)") }
        if !readOnly {
            // Under WAL, NORMAL syncs the log at checkpoints instead of at every commit. A commit
            // still reaches the log (the OS page cache) before `write` returns, so `kill -9` — the
            // crash the outbox is built for — loses nothing committed. Only a power cut can drop
            // the last commits, and `makeDurable()` runs before outbox files are written, so no
            // record ever outlives the commit that queued it: a lost ingest refetches and
            // re-extracts, a lost `markDelivered` replays the record to the same file name.
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            if readOnly {
                let found = try pool.read(StateSchema.userVersion)
                if found > StateSchema.version {
                    throw StateStoreError.schemaTooNew(path: path, found: found, supported: StateSchema.version)
                }
                if found < StateSchema.version {
                    throw StateStoreError.schemaTooOld(path: path, found: found, supported: StateSchema.version)
                }
            } else {
                if verify {
                    try Self.check(pool, path: path)
                    // The check read every page through a reader: give that cache back.
                    pool.releaseMemory()
                }
                try pool.writeWithoutTransaction { db in try StateSchema.migrate(db, path: path) }
            }
        } catch let e as StateStoreError {
            throw e
        } catch let e as DatabaseError {
            throw Self.classify(e, path: path)
        }
        index = FingerprintIndexBox(maxDistance: maxDistance)
        self.readOnly = readOnly
    }

    private static func check(_ pool: DatabasePool, path: String) throws {
        let result = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        if result != ["ok"] {
            throw StateStoreError.corrupt(path: path, detail: result.joined(separator: "; "))
        }
    }

    static func classify(_ e: DatabaseError, path: String) -> StateStoreError {
        switch e.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT:
            return .corrupt(path: path, detail: e.message ?? "\(e)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path, detail: e.message ?? "\(e)")
        default:
            return .unreadable(path: path, detail: e.message ?? "\(e)")
        }
    }

    /// Builds the fingerprint index on the writer connection (outside any transaction's changes).
    private func loadIndex(_ db: Database) throws {
        try index.loadIfNeeded { index in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, fingerprint FROM stories WHERE fingerprint IS NOT NULL")
            while let row = try rows.next() {
                let fp: Int64 = row[1]
                index.insert(UInt64(bitPattern: fp), payload: row[0])
            }
        }
    }

    /// Builds the index now if it is not built (a read-only store never builds it).
    private func ensureIndex() {
        guard !readOnly, !index.isLoaded else { return }
        try? pool.writeWithoutTransaction { db in try loadIndex(db) }
    }

    /// The nearest committed fingerprint in the in-memory index (diagnostics and benchmarks;
    /// the daemon uses `StateTransaction.findNearDuplicate`).
    public func nearestIndexed(_ fingerprint: UInt64) -> HammingIndex.Match? {
        ensureIndex()
        return index.nearest(fingerprint, pending: [])
    }

    /// Whether the fingerprint index has been built (tests).
    var isIndexBuilt: Bool { index.isLoaded }

    /// Number of fingerprints in the in-memory near-duplicate index.
    public var indexedFingerprints: Int {
        ensureIndex()
        return index.count
    }

    /// Runs `body` in one write transaction; on error nothing of it is kept.
    /// - Parameter indexed: build the fingerprint index first, before the transaction changes
    ///   anything (needed by `observe`; feed schedules, outbox marks and pruning pass false, so
    ///   a cycle without a new story never builds it).
    public func write<T>(indexed: Bool = true, _ body: (StateTransaction) throws -> T) throws -> T {
        do {
            return try pool.write { db in
                if indexed { try loadIndex(db) }
                let tx = StateTransaction(db: db, index: index)
                let value = try body(tx)
                let changes = tx.pendingIndex
                let index = self.index
                if !changes.isEmpty { db.afterNextTransaction(onCommit: { _ in index.apply(changes) }) }
                return value
            }
        } catch let e as DatabaseError {
            throw Self.classify(e, path: path)
        }
    }

    /// Forces every committed transaction to disk: one fsync of the WAL (a commit is a frame
    /// in it; SQLite replays valid frames on open). Called before outbox records are written
    /// (see `init`). No WAL file means everything is in the main file, synced at its checkpoint.
    public func makeDurable() throws {
        let wal = path + "-wal"
        let fd = open(wal, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return }
            throw StateStoreError.unreadable(path: wal, detail: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        if fsync(fd) != 0 {
            throw StateStoreError.unreadable(path: wal, detail: "fsync: \(String(cString: strerror(errno)))")
        }
    }

    /// The identity mode stored for a feed (nil for a feed never ingested). A read: it runs
    /// beside the write transaction of another feed.
    public func identityMode(feedURL: String) throws -> StoryIdentity.Mode? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT identity_mode FROM feeds WHERE url = ?", arguments: [feedURL])
                .flatMap(StoryIdentity.Mode.init(rawValue:))
        }
    }

    /// The stored content hash of each story key of a feed (nil for a key never stored), in
    /// the order of `keys`. A read, so a poll can tell unchanged stories apart (and skip their
    /// extraction) before its feed's write transaction.
    public func contentHashes(feedURL: String, keys: [StoryKey]) throws -> [UInt64?] {
        try read { db in
            guard let feedID = try Int64.fetchOne(db, sql: "SELECT id FROM feeds WHERE url = ?", arguments: [feedURL]) else {
                return keys.map { _ in nil }
            }
            let statement = try db.cachedStatement(sql: """
                SELECT content_hash FROM stories WHERE feed_id = ? AND key_hash = ? AND story_key = ?
                """)
            return try keys.map { key in
                try Int64.fetchOne(statement, arguments: [feedID, StateTransaction.keyHash(key), key.description])
                    .map { UInt64(bitPattern: $0) }
            }
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let e as DatabaseError {
            throw Self.classify(e, path: path)
        }
    }

    /// One row per known feed, for `rasd feeds`; safe while another process writes.
    public func feedStatusRows() throws -> [FeedStatusRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.*, (SELECT COUNT(*) FROM stories s WHERE s.feed_id = f.id) AS stored FROM feeds f ORDER BY f.url
                """).map { FeedStatusRow(state: StateRows.feedState($0), storedStories: $0["stored"]) }
        }
    }

    /// Current incident by id (read transaction).
    public func incident(id: String) throws -> Incident? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT json FROM incidents WHERE id = ?", arguments: [id]).map(StateRows.decodeIncident)
        }
    }

    /// Counts for diagnostics and tests.
    public func counts() throws -> (feeds: Int, stories: Int, incidents: Int, pendingOutbox: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feeds") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stories") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM incidents") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL") ?? 0)
        }
    }

    /// Writes everything in the WAL back into the main file (at shutdown; keeps the WAL small).
    public func checkpoint() throws {
        _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }
}
