import Foundation
import GRDB
import RasdCore

/// Conversions between database rows / JSON text and the core's values.
enum StateRows {
    static func date(_ row: Row, _ column: String) -> Date? {
        (row[column] as Double?).map(Date.init(timeIntervalSince1970:))
    }

    static func feedState(_ row: Row) -> FeedState {
        FeedState(
            url: row["url"], etag: row["etag"], lastModified: row["last_modified"],
            identityMode: StoryIdentity.Mode(rawValue: row["identity_mode"] ?? "") ?? .guid,
            nextPoll: date(row, "next_poll"), consecutiveFailures: row["consecutive_failures"],
            lastAttempt: date(row, "last_attempt"), lastSuccess: date(row, "last_success"),
            lastError: row["last_error"], lastErrorCategory: row["last_error_category"],
            lastUnconditional: date(row, "last_unconditional"), itemsSeen: row["items_seen"],
            incidents: row["incidents"], fetchesOK: row["fetches_ok"],
            fetchesNotModified: row["fetches_not_modified"], fetchesFailed: row["fetches_failed"])
    }

    static func source(_ row: Row) -> Source {
        Source(outlet: row["outlet"], feed: row["feed"], url: row["url"], title: row["title"],
               published: date(row, "published"))
    }

    static func encode(_ incident: Incident) throws -> String {
        try OrderedJSONEncoder().encodeToString(incident)
    }

    static func decodeIncident(_ json: String) throws -> Incident {
        try JSONDecoder().decode(Incident.self, from: Data(json.utf8))
    }
}
