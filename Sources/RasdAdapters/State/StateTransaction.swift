import Foundation
import GRDB
import RasdCore

/// The typed operations of one write transaction (the daemon opens one per feed per cycle).
/// Everything done through it commits or rolls back together; changes to the in-memory
/// fingerprint index are applied only when the transaction commits.
public final class StateTransaction {
    let db: Database
    let index: FingerprintIndexBox
    var pendingIndex: [FingerprintIndexBox.Change] = []

    init(db: Database, index: FingerprintIndexBox) {
        self.db = db; self.index = index
    }

    // MARK: feeds

    /// The feed's row id, creating the row on first use.
    public func feedID(url: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM feeds WHERE url = ?", arguments: [url]) { return id }
        try db.execute(sql: "INSERT INTO feeds (url) VALUES (?)", arguments: [url])
        return db.lastInsertedRowID
    }

    public func feedState(url: String) throws -> FeedState? {
        try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE url = ?", arguments: [url]).map(StateRows.feedState)
    }

    public func putFeedState(_ s: FeedState) throws {
        _ = try feedID(url: s.url)
        try db.execute(sql: """
            UPDATE feeds SET etag = ?, last_modified = ?, identity_mode = ?, next_poll = ?,
              consecutive_failures = ?, last_attempt = ?, last_success = ?, last_error = ?,
              last_error_category = ?, last_unconditional = ?, items_seen = ?, incidents = ?,
              fetches_ok = ?, fetches_not_modified = ?, fetches_failed = ?
            WHERE url = ?
            """, arguments: [
                s.etag, s.lastModified, s.identityMode.rawValue, s.nextPoll?.timeIntervalSince1970,
                s.consecutiveFailures, s.lastAttempt?.timeIntervalSince1970,
                s.lastSuccess?.timeIntervalSince1970, s.lastError, s.lastErrorCategory,
                s.lastUnconditional?.timeIntervalSince1970, s.itemsSeen, s.incidents, s.fetchesOK,
                s.fetchesNotModified, s.fetchesFailed, s.url,
            ])
    }

    // MARK: stories

    /// True when the feed already has a story with this key.
    public func seen(feedURL: String, key: StoryKey) throws -> Bool {
        try storyRow(feedID: feedID(url: feedURL), key: key) != nil
    }

    static func keyHash(_ key: StoryKey) -> Int64 { Int64(bitPattern: StableHash.hash(key.description)) }
    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    func storyRow(feedID: Int64, key: StoryKey) throws -> Row? {
        try Row.fetchOne(db, sql: """
            SELECT id, content_hash, group_id, fingerprint FROM stories
            WHERE feed_id = ? AND key_hash = ? AND story_key = ?
            """, arguments: [feedID, Self.keyHash(key), key.description])
    }

    /// Records one story of a feed and classifies it: new, unchanged, updated (text changed),
    /// or a duplicate of a stored story from any feed (fingerprint within the index threshold),
    /// in which case its source is added to the incidents of that story's group.
    public func observe(feedURL: String, _ story: StoryObservation, now: Date) throws -> StoryOutcome {
        let feedID = try feedID(url: feedURL)
        let hash = Int64(bitPattern: story.contentHash)
        let fingerprint = story.fingerprint.map { Int64(bitPattern: $0) }
        if let row = try storyRow(feedID: feedID, key: story.key) {
            let id: Int64 = row["id"]
            let group: Int64 = row["group_id"]
            let oldHash: Int64 = row["content_hash"]
            let oldFingerprint: Int64? = row["fingerprint"]
            try db.execute(sql: "UPDATE stories SET last_seen = ? WHERE id = ?", arguments: [Self.seconds(now), id])
            if oldHash == hash { return .unchanged(storyID: id) }
            try db.execute(sql: "UPDATE stories SET content_hash = ?, fingerprint = ? WHERE id = ?",
                           arguments: [hash, fingerprint, id])
            if let old = oldFingerprint { pendingIndex.append(.remove(UInt64(bitPattern: old), id)) }
            if let fp = story.fingerprint { pendingIndex.append(.insert(fp, id)) }
            return .updated(storyID: id, groupID: group)
        }

        let match = try story.fingerprint.flatMap(findNearDuplicate)
        let url = story.canonicalURL == story.key.value ? nil : story.canonicalURL
        try db.execute(sql: """
            INSERT INTO stories (feed_id, key_hash, story_key, canonical_url, first_seen, last_seen, content_hash, fingerprint, group_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
            """, arguments: [feedID, Self.keyHash(story.key), story.key.description, url, Self.seconds(now),
                             Self.seconds(now), hash, fingerprint])
        let id = db.lastInsertedRowID
        let group = match?.groupID ?? id
        try db.execute(sql: "UPDATE stories SET group_id = ? WHERE id = ?", arguments: [group, id])
        try db.execute(sql: "UPDATE feeds SET items_seen = items_seen + 1 WHERE id = ?", arguments: [feedID])
        if let fp = story.fingerprint { pendingIndex.append(.insert(fp, id)) }
        guard let match else { return .new(storyID: id) }
        let incidentIDs = try incidentIDs(group: group)
        if !incidentIDs.isEmpty { try putSource(storyID: id, group: group, story.source) }
        for incidentID in incidentIDs { try addSource(incidentID: incidentID, story.source) }
        return .duplicate(storyID: id, of: match.storyID, distance: match.distance, incidentIDs: incidentIDs)
    }

    func putSource(storyID: Int64, group: Int64, _ s: Source) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO story_sources (story_id, group_id, outlet, feed, url, title, published) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [storyID, group, s.outlet, s.feed, s.url, s.title, s.published?.timeIntervalSince1970])
    }

    /// Marks stories still listed in their feed as seen now, so retention keeps them.
    public func touch(feedURL: String, keys: [StoryKey], now: Date) throws {
        let feedID = try feedID(url: feedURL)
        for k in keys {
            try db.execute(sql: "UPDATE stories SET last_seen = ? WHERE feed_id = ? AND key_hash = ? AND story_key = ?",
                           arguments: [Self.seconds(now), feedID, Self.keyHash(k), k.description])
        }
    }

    public struct NearDuplicate: Sendable, Equatable {
        public var storyID: Int64
        public var groupID: Int64
        public var distance: Int
    }

    /// The nearest stored story within the index threshold, including stories recorded earlier
    /// in this transaction.
    public func findNearDuplicate(_ fingerprint: UInt64) throws -> NearDuplicate? {
        var best = index.nearest(fingerprint, pending: pendingIndex)
        // An entry the index still holds may belong to a row pruned or rewritten in this transaction.
        while let b = best {
            if let group = try Int64.fetchOne(db, sql: "SELECT group_id FROM stories WHERE id = ?", arguments: [b.payload]) {
                return NearDuplicate(storyID: b.payload, groupID: group, distance: b.distance)
            }
            pendingIndex.append(.remove(b.fingerprint, b.payload))
            best = index.nearest(fingerprint, pending: pendingIndex)
        }
        return nil
    }

    /// Source lines of the stories of a group that reported or joined an incident.
    public func sources(group: Int64) throws -> [Source] {
        try Row.fetchAll(db, sql: "SELECT * FROM story_sources WHERE group_id = ? ORDER BY story_id",
                         arguments: [group]).map(StateRows.source)
    }

    public func groupID(storyID: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT group_id FROM stories WHERE id = ?", arguments: [storyID])
    }

    // MARK: incidents

    public func incidentIDs(group: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT incident_id FROM incident_stories WHERE group_id = ? ORDER BY incident_id",
                            arguments: [group])
    }

    public func incident(id: String) throws -> Incident? {
        try String.fetchOne(db, sql: "SELECT json FROM incidents WHERE id = ?", arguments: [id]).map(StateRows.decodeIncident)
    }

    /// Incidents that could be the same as `facts`: same country, event day within `days`.
    /// (Place, type and conflicts are judged by `IncidentMergePolicy`.)
    public func mergeCandidates(for facts: IncidentFacts, days: Int = 1) throws -> [Incident] {
        guard let country = facts.location?.country, let date = facts.eventDate?.date, let day = EventDay.number(date) else {
            return []
        }
        let slack = days + (facts.eventDate?.precision == 1 ? 0 : 30)
        return try String.fetchAll(db, sql: """
            SELECT json FROM incidents WHERE country = ? AND event_day BETWEEN ? AND ? ORDER BY first_seen, id
            """, arguments: [country, day - slack, day + slack]).map(StateRows.decodeIncident)
    }

    /// Adds a source to an incident without a revision (a copy of a story it already has).
    public func addSource(incidentID: String, _ source: Source) throws {
        guard var inc = try incident(id: incidentID), !inc.sources.contains(where: { $0.url == source.url }) else { return }
        inc.sources.append(source)
        try db.execute(sql: "UPDATE incidents SET json = ? WHERE id = ?", arguments: [try StateRows.encode(inc), inc.id])
    }

    /// Stores a new incident or a merge result from `IncidentMerger`, links it to the story's
    /// group, and queues an outbox record when it is new or visibly changed.
    /// `fileName` names the outbox file for this revision; `source` is the reporting story's line.
    public func upsertIncident(_ result: IncidentWrite, storyID: Int64, feedURL: String, source: Source? = nil,
                               fileName: (Incident) -> String, now: Date) throws {
        let inc = result.incident
        let json = try StateRows.encode(inc)
        let l = inc.facts.location
        try db.execute(sql: """
            INSERT INTO incidents (id, revision, json, country, admin1, lat, lon, event_date, event_day, sub_event_type, first_seen, updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET revision = excluded.revision, json = excluded.json,
              country = excluded.country, admin1 = excluded.admin1, lat = excluded.lat, lon = excluded.lon,
              event_date = excluded.event_date, event_day = excluded.event_day,
              sub_event_type = excluded.sub_event_type, updated = excluded.updated
            """, arguments: [
                inc.id, inc.revision, json, l?.country, l?.admin1Ar, l?.lat, l?.lon, inc.facts.eventDate?.date,
                inc.facts.eventDate.flatMap { EventDay.number($0.date) }, inc.facts.subEventType,
                inc.firstSeen.timeIntervalSince1970, inc.updated.timeIntervalSince1970,
            ])
        if let group = try groupID(storyID: storyID) {
            try db.execute(sql: "INSERT OR IGNORE INTO incident_stories (incident_id, group_id) VALUES (?, ?)",
                           arguments: [inc.id, group])
            if let source { try putSource(storyID: storyID, group: group, source) }
        }
        if case .created = result {
            try db.execute(sql: "UPDATE feeds SET incidents = incidents + 1 WHERE url = ?", arguments: [feedURL])
        }
        guard result.isAlert else { return }
        try db.execute(sql: """
            INSERT OR REPLACE INTO incident_revisions (incident_id, revision, json, created) VALUES (?, ?, ?, ?)
            """, arguments: [inc.id, inc.revision, json, now.timeIntervalSince1970])
        try db.execute(sql: """
            INSERT OR IGNORE INTO outbox (incident_id, revision, file_name, created) VALUES (?, ?, ?, ?)
            """, arguments: [inc.id, inc.revision, fileName(inc), now.timeIntervalSince1970])
    }

    /// Merges extracted facts into the best matching known incident (per `policy`) or creates a
    /// new incident, and stores the result. Returns what happened, for the alert line.
    /// `excluding`: incidents already matched by other facts of the same story in this pass — the
    /// extractor said those are distinct events, so they never merge with each other.
    public func record(facts: IncidentFacts, ordinal: Int, storyID: Int64, storyKey: StoryKey, feedURL: String,
                       source: Source, policy: IncidentMergePolicy, extractor: String,
                       excluding: Set<String> = [], fileName: (Incident) -> String, now: Date) throws -> IncidentWrite {
        // The story's own incidents first: a re-extracted (updated) story revises what it reported.
        var candidates: [Incident] = []
        if let group = try groupID(storyID: storyID) {
            candidates = try incidentIDs(group: group).compactMap { try incident(id: $0) }
        }
        let others = try mergeCandidates(for: facts, days: policy.dateToleranceDays)
        candidates += others.filter { o in !candidates.contains { $0.id == o.id } }
        candidates.removeAll { excluding.contains($0.id) }
        let write: IncidentWrite
        if let match = policy.bestMatch(for: facts, among: candidates) {
            let merged = IncidentMerger.merge(match, with: facts, source: source, now: now)
            write = merged.visibleChange ? .revised(merged.incident) : .sourceAdded(merged.incident)
        } else {
            let id = IncidentIdentifier.make(storyKey: storyKey, feedURL: feedURL, facts: facts, ordinal: ordinal)
            write = .created(Incident(id: id, revision: 1, firstSeen: now, updated: now, facts: facts,
                                      sources: [source], extractor: extractor))
        }
        try upsertIncident(write, storyID: storyID, feedURL: feedURL, source: source, fileName: fileName, now: now)
        return write
    }

    public func revisions(incidentID: String) throws -> [Incident] {
        try String.fetchAll(db, sql: "SELECT json FROM incident_revisions WHERE incident_id = ? ORDER BY revision",
                            arguments: [incidentID]).map(StateRows.decodeIncident)
    }

    // MARK: outbox

    public func pendingOutbox() throws -> [OutboxEntry] {
        try Row.fetchAll(db, sql: """
            SELECT o.incident_id, o.revision, o.file_name, r.json FROM outbox o
            JOIN incident_revisions r ON r.incident_id = o.incident_id AND r.revision = o.revision
            WHERE o.delivered_at IS NULL ORDER BY o.created, o.incident_id, o.revision
            """).map { row in
                OutboxEntry(incidentID: row["incident_id"], revision: row["revision"], fileName: row["file_name"],
                            incident: try StateRows.decodeIncident(row["json"]))
            }
    }

    /// Called after the file's rename into `new/` succeeded.
    public func markDelivered(incidentID: String, revision: Int, at: Date) throws {
        try db.execute(sql: "UPDATE outbox SET delivered_at = ? WHERE incident_id = ? AND revision = ?",
                       arguments: [at.timeIntervalSince1970, incidentID, revision])
    }

    // MARK: retention

    /// Deletes stories (keys, fingerprints, sources) not seen since `horizon`, except those whose
    /// key is still listed in their feed (`keep`, by feed URL): an old item lingering in a feed
    /// must never fire again. Incidents are kept. Returns the number of stories deleted.
    @discardableResult
    public func prune(olderThan horizon: Date, keep: [String: Set<StoryKey>]) throws -> Int {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.story_key, s.fingerprint, f.url FROM stories s JOIN feeds f ON f.id = s.feed_id
            WHERE s.last_seen < ?
            """, arguments: [Self.seconds(horizon)])
        var deleted = 0
        for row in rows {
            let url: String = row["url"]
            let keyText: String = row["story_key"]
            if let k = StoryKey(stored: keyText), keep[url]?.contains(k) == true { continue }
            let id: Int64 = row["id"]
            try db.execute(sql: "DELETE FROM stories WHERE id = ?", arguments: [id])
            if let fp: Int64 = row["fingerprint"] { pendingIndex.append(.remove(UInt64(bitPattern: fp), id)) }
            deleted += 1
        }
        return deleted
    }
}
