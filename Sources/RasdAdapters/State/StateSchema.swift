import GRDB

/// The ordered list of schema migrations. The schema version stored in the file
/// (`PRAGMA user_version`) is the number of migrations applied; a migration is never edited
/// after release, only appended.
///
/// Sized for a million stories in well under 300 MB: a story row keeps its key once (plus the
/// canonical link only when it differs from the key), times as integer seconds, and is found
/// through a small (feed, 64-bit key hash) index; the text key is compared after the lookup.
/// There is no index on `last_seen`: retention scans the table once a day. `story_sources`
/// holds the source line only of stories that reported or joined an incident.
enum StateSchema {
    static let migrations: [(name: String, sql: String)] = [
        ("feeds, stories, incidents, outbox", """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            etag TEXT,
            last_modified TEXT,
            identity_mode TEXT NOT NULL DEFAULT 'guid',
            next_poll REAL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_attempt REAL,
            last_success REAL,
            last_error TEXT,
            last_error_category TEXT,
            last_unconditional REAL,
            items_seen INTEGER NOT NULL DEFAULT 0,
            incidents INTEGER NOT NULL DEFAULT 0,
            fetches_ok INTEGER NOT NULL DEFAULT 0,
            fetches_not_modified INTEGER NOT NULL DEFAULT 0,
            fetches_failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key_hash INTEGER NOT NULL,
            story_key TEXT NOT NULL,
            canonical_url TEXT,
            first_seen INTEGER NOT NULL,
            last_seen INTEGER NOT NULL,
            content_hash INTEGER NOT NULL,
            fingerprint INTEGER,
            group_id INTEGER NOT NULL
        );
        CREATE INDEX stories_key ON stories(feed_id, key_hash);
        CREATE TABLE story_sources (
            story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL,
            outlet TEXT NOT NULL,
            feed TEXT NOT NULL,
            url TEXT NOT NULL,
            title TEXT,
            published REAL
        );
        CREATE INDEX story_sources_group ON story_sources(group_id);
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            revision INTEGER NOT NULL,
            json TEXT NOT NULL,
            country TEXT,
            admin1 TEXT,
            lat REAL,
            lon REAL,
            event_date TEXT,
            event_day INTEGER,
            sub_event_type TEXT,
            first_seen REAL NOT NULL,
            updated REAL NOT NULL
        );
        CREATE INDEX incidents_country_day ON incidents(country, event_day);
        CREATE TABLE incident_revisions (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            json TEXT NOT NULL,
            created REAL NOT NULL,
            PRIMARY KEY (incident_id, revision)
        ) WITHOUT ROWID;
        CREATE TABLE incident_stories (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL,
            PRIMARY KEY (incident_id, group_id)
        ) WITHOUT ROWID;
        CREATE INDEX incident_stories_group ON incident_stories(group_id);
        CREATE TABLE outbox (
            incident_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            created REAL NOT NULL,
            delivered_at REAL,
            PRIMARY KEY (incident_id, revision),
            FOREIGN KEY (incident_id, revision) REFERENCES incident_revisions(incident_id, revision)
        ) WITHOUT ROWID;
        CREATE INDEX outbox_pending ON outbox(created) WHERE delivered_at IS NULL;
        """),
    ]

    static var version: Int { migrations.count }

    static func userVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }

    /// Applies the missing migrations, each in its own transaction with its version bump.
    static func migrate(_ db: Database, path: String) throws {
        let found = try userVersion(db)
        if found > version { throw StateStoreError.schemaTooNew(path: path, found: found, supported: version) }
        for i in found..<version {
            try db.inTransaction(.exclusive) {
                try db.execute(sql: migrations[i].sql)
                try db.execute(sql: "PRAGMA user_version = \(i + 1)")
                return .commit
            }
        }
    }
}
