import Foundation
import Logging
import RasdAdapters

/// The figures of one poll cycle: the summary log line, systemd's STATUS= and the metrics.
struct CycleReport: Sendable, Equatable {
    var feedsPolled = 0
    var fetches: [String: Int] = [:]
    var ingest = IngestResult()
    var delivered = 0
    var outboxErrors = 0
    var storeErrors = 0
    var parseErrors = 0
    /// Another process held the state database's lock past the busy timeout: the cycle skipped
    /// its remaining store writes.
    var storeLocked = false
    /// Fetched feeds whose stories were not stored because of that (refetched next cycle).
    var storeSkipped = 0
    var seconds = 0.0

    mutating func add(_ r: IngestResult) {
        ingest.items += r.items; ingest.newStories += r.newStories; ingest.duplicates += r.duplicates
        ingest.incidentsNew += r.incidentsNew; ingest.incidentsRevised += r.incidentsRevised
    }

    var failedFetches: Int {
        fetches.filter { !["ok", "not_modified", "throttled", "cancelled"].contains($0.key) }.values.reduce(0, +)
    }

    /// Metadata of the one summary line per cycle.
    var logMetadata: Logger.Metadata {
        [
            "cycle.feeds": "\(feedsPolled)",
            "cycle.fetched": "\(fetches["ok"] ?? 0)",
            "cycle.not_modified": "\(fetches["not_modified"] ?? 0)",
            "cycle.failed": "\(failedFetches)",
            "cycle.items": "\(ingest.items)",
            "cycle.stories": "\(ingest.newStories)",
            "cycle.duplicates": "\(ingest.duplicates)",
            "cycle.incidents.new": "\(ingest.incidentsNew)",
            "cycle.incidents.revised": "\(ingest.incidentsRevised)",
            "cycle.delivered": "\(delivered)",
            "cycle.outbox_errors": "\(outboxErrors)",
            "cycle.store_errors": "\(storeErrors)",
            "cycle.store_skipped": "\(storeSkipped)",
            "cycle.seconds": "\(String(format: "%.3f", seconds))",
        ]
    }

    /// systemd's STATUS= line.
    func statusText(feeds: Int, failing: Int, pending: Int) -> String {
        "last cycle: \(feedsPolled) polled, \(failedFetches) failed, \(ingest.newStories) new stories, "
            + "\(ingest.incidentsNew) new + \(ingest.incidentsRevised) revised incidents; "
            + "\(feeds) feeds, \(failing) failing, \(pending) pending"
    }

    func metrics(feeds: Int, failing: Int, pending: Int, end: Date) -> CycleMetrics {
        var m = CycleMetrics()
        m.fetches = fetches
        m.items = ingest.items; m.stories = ingest.newStories; m.duplicates = ingest.duplicates
        m.incidentsNew = ingest.incidentsNew; m.incidentsRevised = ingest.incidentsRevised
        m.outboxErrors = outboxErrors
        m.lastCycleSeconds = seconds; m.lastCycleEnd = end.timeIntervalSince1970.rounded()
        m.feeds = feeds; m.failingFeeds = failing; m.pendingRecords = pending
        return m
    }
}
