import Foundation
import RasdAdapters
import RasdCore

/// The durable state behind the loop: `StateStore` (SQLite, WAL). Each method is one write
/// transaction; `ingest` does identify → dedup → extract → merge for one feed's stories, storing
/// new incident revisions as pending outbox entries in the same transaction that marks the
/// stories seen. Errors come back as `StoreFailure` so the loop can tell them from parse errors.
struct StateStoreStage: DaemonStore {
    let store: StateStore
    let mergePolicy: IncidentMergePolicy
    let identityPolicy = FeedIdentityPolicy()

    init(store: StateStore, config: DaemonConfig) {
        self.store = store
        self.mergePolicy = IncidentMergePolicy(maxDistanceKm: config.mergeDistanceKm)
    }

    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as StoreFailure { throw e } catch let StateStoreError.locked(path, detail) {
            throw StoreFailure(description: "\(StateStoreError.locked(path: path, detail: detail))", lockedDatabase: path)
        } catch { throw StoreFailure(description: "\(error)") }
    }

    static func record(feed: FeedConfig, state: FeedState?) -> FeedRecord {
        var r = FeedRecord(feedID: feed.id, url: feed.url)
        guard let s = state else { return r }
        r.validators = HTTPValidators(etag: s.etag, lastModified: s.lastModified)
        r.nextPoll = s.nextPoll; r.lastAttempt = s.lastAttempt; r.lastSuccess = s.lastSuccess
        r.lastFullFetch = s.lastUnconditional; r.lastError = s.lastError
        r.consecutiveFailures = s.consecutiveFailures; r.itemsSeen = s.itemsSeen; r.incidents = s.incidents
        return r
    }

    func saveFeedRecords(_ records: [FeedRecord]) throws {
        try guarded {
            try store.write(indexed: false) { tx in
              for record in records {
                var s = try tx.feedState(url: record.url) ?? FeedState(url: record.url)
                s.etag = record.validators.etag; s.lastModified = record.validators.lastModified
                s.nextPoll = record.nextPoll; s.lastAttempt = record.lastAttempt; s.lastSuccess = record.lastSuccess
                s.lastUnconditional = record.lastFullFetch; s.lastError = record.lastError
                s.consecutiveFailures = record.consecutiveFailures
                try tx.putFeedState(s)
              }
            }
        }
    }

    func ingest(feed: FeedConfig, stories: [Story], identity: PreparedIdentity? = nil, now: Date,
                extract: (Int, Story) -> [IncidentFacts]) throws -> IngestResult {
        try guarded {
            try store.write { tx in
                var result = IngestResult()
                result.items = stories.count
                var state = try tx.feedState(url: feed.url) ?? FeedState(url: feed.url)
                let decision = identityPolicy.decide(items: stories.map(\.item), current: state.identityMode)
                if decision.mode != state.identityMode {
                    state.identityMode = decision.mode
                    try tx.putFeedState(state)
                }
                for (i, story) in stories.enumerated() {
                    let observation = identity?.observation(i, mode: decision.mode)
                        ?? StoryObservation(story: story, feedURL: feed.url, mode: decision.mode)
                    let storyID: Int64
                    switch try tx.observe(feedURL: feed.url, observation, now: now) {
                    case .unchanged: continue
                    case .duplicate:
                        result.duplicates += 1
                        continue
                    case .new(let id):
                        result.newStories += 1
                        storyID = id
                    case .updated(let id, _):
                        storyID = id
                    }
                    for (ordinal, facts) in extract(i, story).enumerated() {
                        let write = try tx.record(
                            facts: facts, ordinal: ordinal, storyID: storyID, storyKey: observation.key,
                            feedURL: feed.url, source: observation.source, policy: mergePolicy,
                            extractor: "rasd \(RasdVersion.string)", fileName: OutboxWriter.fileName(for:), now: now)
                        switch write {
                        case .created: result.incidentsNew += 1
                        case .revised: result.incidentsRevised += 1
                        case .sourceAdded: break
                        }
                    }
                }
                return result
            }
        }
    }

    func pendingIncidents() throws -> [Incident] {
        try guarded { try store.write(indexed: false) { try $0.pendingOutbox().map(\.incident) } }
    }

    func markDelivered(_ revisions: [IncidentRevisionRef], at: Date) throws {
        guard !revisions.isEmpty else { return }
        try guarded {
            try store.write(indexed: false) { tx in
                for r in revisions { try tx.markDelivered(incidentID: r.id, revision: r.revision, at: at) }
            }
        }
    }

    func makeDurable() throws {
        try guarded { try store.makeDurable() }
    }

    func identityMode(feedURL: String) throws -> StoryIdentity.Mode? {
        try guarded { try store.identityMode(feedURL: feedURL) }
    }

    func needsExtraction(feedURL: String, _ observations: [StoryObservation]) throws -> [Bool] {
        try guarded {
            let stored = try store.contentHashes(feedURL: feedURL, keys: observations.map(\.key))
            return zip(observations, stored).map { observation, hash in
                if let hash { return hash != observation.contentHash }
                // A new key: the store extracts it unless it is a copy of a committed story.
                return observation.fingerprint.map { store.nearestIndexed($0) == nil } ?? true
            }
        }
    }

    func allFeedRecords() throws -> [FeedRecord] {
        try guarded {
            try store.feedStatusRows().map { row in
                Self.record(feed: FeedConfig(id: "", url: row.state.url), state: row.state)
            }
        }
    }
}

extension StateStoreStage {
    func prune(olderThan horizon: Date) throws -> Int {
        try guarded { try store.write(indexed: false) { try $0.prune(olderThan: horizon, keep: [:]) } }
    }

    func close() { try? store.checkpoint() }
}
