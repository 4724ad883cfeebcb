import Foundation
import Logging
import RasdAdapters
import RasdCore

/// One poll cycle over the due feeds. The order of the steps for each feed is what makes a crash
/// harmless: fetch → parse → ingest (identify, dedup, extract, merge; stories marked seen and
/// incident revisions stored *pending* in one transaction) → save the feed's schedule and
/// validators → deliver pending revisions to the outbox (in batches, at record flushes and at the
/// cycle's end) → mark a batch delivered after its renames, in one transaction.
/// A crash before ingest refetches; after ingest, the pending revisions are delivered on restart;
/// between the outbox renames and the delivered mark, the replay rewrites the same file names.
///
/// Parsing, story identity and extraction run in the polls' child tasks, on every core (see
/// `PreparedPoll`); this class's task keeps only what must be serial: each feed's write
/// transaction (in the order results arrive, stories in feed order) and the outbox.
final class PollCycle {
    let stages: DaemonStages
    var health: [String: FeedHealth] = [:]
    /// Every feed's record by URL, loaded once and kept current by each poll; the loop's
    /// schedule (which feed is due, how long to sleep) reads it without touching the disk.
    private(set) var records: [String: FeedRecord] = [:]
    private var recordsLoaded = false
    /// Records changed by polls, saved in one transaction every `flushEvery` polls and at the
    /// end of the cycle. Losing them in a crash only means a refetch: stories are already seen.
    private var unsaved: [FeedRecord] = []
    static let flushEvery = 64
    /// Called after each feed is processed: the watchdog is petted only while this happens.
    var onProgress: () -> Void = {}
    /// After one outbox failure the rest of the cycle's deliveries are skipped (a full disk stays
    /// full); they are retried next cycle.
    private var outboxBlocked = false
    /// The database file, after the cycle's first "locked" store error: another process holds
    /// its write lock, and each further write would wait the whole busy timeout (10 s) again, so
    /// with many feeds one cycle could outlast the watchdog. The rest of the cycle's store writes
    /// are skipped instead; fetched feeds keep their old validators and schedule, so the next
    /// cycle refetches and stores them.
    private(set) var storeLocked: String?

    init(stages: DaemonStages) { self.stages = stages }

    var logger: Logger { stages.logger }

    /// Polls `feeds` (at most `config.concurrency` at a time; the fetcher enforces per-host
    /// limits) and processes each result as it arrives. `isStopping` is checked before starting
    /// each poll; in-flight writes are always finished.
    func run(feeds: [FeedConfig], config: DaemonConfig, isStopping: @escaping @Sendable () -> Bool) async -> CycleReport {
        let startInstant = ContinuousClock.now
        var report = CycleReport()
        outboxBlocked = false
        storeLocked = nil
        loadRecords(report: &report)
        deliverPending(into: &report)
        var queue = feeds[...]
        let polling = stages.polling
        let preparation = PreparationStages(parsing: stages.parsing, extracting: stages.extracting, store: stages.store)
        let clock = stages.clock
        let limit = max(1, config.concurrency)
        // Children: the polls, plus one watcher that returns nil when shutdown begins so the
        // polls in flight are cancelled (libcurl transfers end at once); results are still
        // processed in this task, so writes already started always finish.
        await withTaskGroup(of: (FeedConfig, FeedRecord, FeedPollResult, PreparedPoll?)?.self) { group in
            var running = 0
            func startNext() -> Bool {
                guard !isStopping(), let feed = queue.popFirst() else { return false }
                let record = self.record(for: feed)
                let request = FeedPollRequest(
                    feed: feed, config: config, validators: record.validators,
                    unconditional: PollTiming.needsUnconditionalFetch(record, now: stages.clock.now(), config: config))
                group.addTask {
                    let result = await polling.poll(request)
                    // Parse, identify and extract here, on any core (the cooperative pool has one
                    // thread per core); only the store's write transaction and the outbox stay
                    // serial. The body is dropped once parsed: results wait for the serial part.
                    let prepared = PreparedPoll.prepare(result, feed: feed, now: clock.now(), stages: preparation)
                    return (feed, record, prepared == nil ? result : result.withoutBody, prepared)
                }
                running += 1
                return true
            }
            group.addTask {
                while !isStopping() && !Task.isCancelled { try? await Task.sleep(for: .milliseconds(100)) }
                return nil
            }
            while running < limit, startNext() {}
            if running == 0 { group.cancelAll() }
            while let next = await group.next() {
                guard let (feed, record, result, prepared) = next else {
                    if isStopping() { group.cancelAll() }
                    continue
                }
                running -= 1
                process(feed: feed, record: record, result: result, prepared: prepared, config: config, report: &report)
                onProgress()
                while running < limit, startNext() {}
                if running == 0 { group.cancelAll() }
            }
        }
        flush(report: &report)
        deliverPending(into: &report)
        report.seconds = (ContinuousClock.now - startInstant).seconds
        return report
    }

    /// The stored record of `feed` (a fresh one for a feed never polled or whose URL changed).
    func record(for feed: FeedConfig) -> FeedRecord {
        var r = records[feed.url] ?? FeedRecord(feedID: feed.id, url: feed.url)
        r.feedID = feed.id
        return r
    }

    /// Loads every feed record once (at the first cycle; again after a failed read).
    func loadRecords(report: inout CycleReport) {
        guard !recordsLoaded else { return }
        do {
            let all = try stages.store.allFeedRecords()
            records = Dictionary(all.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
            recordsLoaded = true
        } catch {
            report.storeErrors += 1
            logger.error("state read failed", metadata: ["error": "\(error)"])
        }
    }

    func flush(report: inout CycleReport) {
        guard !unsaved.isEmpty, storeLocked == nil else { return }
        do {
            try stages.store.saveFeedRecords(unsaved)
            unsaved.removeAll()
        } catch {
            storeFailed(error, "state write failed", metadata: ["feeds": "\(unsaved.count)"], report: &report)
            if unsaved.count > 10 * Self.flushEvery { unsaved.removeFirst(unsaved.count - 10 * Self.flushEvery) }
        }
    }

    /// Parse, ingest, schedule, health and delivery for one feed's poll result.
    func process(feed: FeedConfig, record: FeedRecord, result: FeedPollResult, prepared: PreparedPoll? = nil,
                 config: DaemonConfig, report: inout CycleReport) {
        let prepared = prepared ?? PreparedPoll.prepare(result, feed: feed, now: stages.clock.now(), stages: PreparationStages(
            parsing: stages.parsing, extracting: stages.extracting, store: stages.store))
        let now = prepared?.now ?? stages.clock.now()
        report.fetches[result.metricsLabel, default: 0] += 1
        if case .cancelled = result { return }
        report.feedsPolled += 1
        var parseError: String?
        var ttlMinutes: Int?
        var ingest = IngestResult()
        if let prepared, case .success = prepared.parsed, storeLocked != nil {
            report.storeSkipped += 1
            logger.debug("state write skipped", metadata: ["feed.id": "\(feed.id)", "state.db": "\(storeLocked ?? "")"])
            deferRetry(feed, record: record, config: config, now: now)
            return
        }
        if let prepared {
            do {
                let parsed = try prepared.parsed.get()
                ttlMinutes = parsed.ttl
                let extracting = stages.extracting
                let facts = prepared.facts
                ingest = try stages.store.ingest(feed: feed, stories: prepared.stories, identity: prepared.identity, now: now) { i, story in
                    (i < facts.count ? facts[i] : nil) ?? extracting.extract(story)
                }
                report.add(ingest)
            } catch let error as StoreFailure {
                storeFailed(error, "state write failed", metadata: ["feed.id": "\(feed.id)"], report: &report)
                deferRetry(feed, record: record, config: config, now: now)
                return
            } catch {
                report.parseErrors += 1
                parseError = "malformed feed: \(error)"
                logger.warning("feed parse failed", metadata: ["feed.id": "\(feed.id)", "feed.url": "\(feed.url)",
                                                                "error": "\(error)"])
            }
        }
        if case .failed(let category, let message) = result {
            logger.warning("fetch failed", metadata: ["feed.id": "\(feed.id)", "feed.url": "\(feed.url)",
                                                       "fetch.result": "\(category)", "error": "\(message)"])
        }
        var next = PollTiming.record(result, parseError: parseError, ttlMinutes: ttlMinutes, into: record, feed: feed, config: config, now: now)
        if ingest.newStories > 0 { next.lastNewItem = now }
        next.itemsSeen += ingest.newStories
        next.incidents += ingest.incidentsNew
        records[feed.url] = next
        unsaved.append(next)
        updateHealth(feed: feed, record: next, result: result, parseError: parseError, ingest: ingest,
                     config: config, now: now)
        // Deliveries are batched with the record flushes (and the cycle's end): each batch costs
        // one WAL sync, one directory sync per record and one `markDelivered` transaction.
        if unsaved.count >= Self.flushEvery {
            flush(report: &report)
            deliverPending(into: &report)
        }
    }

    func updateHealth(feed: FeedConfig, record: FeedRecord, result: FeedPollResult, parseError: String?,
                      ingest: IngestResult, config: DaemonConfig, now: Date) {
        let poll: FeedHealth.Poll
        switch result {
        case .fetched: poll = parseError.map { .failed($0) } ?? .fetched(newItems: ingest.newStories)
        case .notModified: poll = .notModified
        case .failed(_, let message): poll = .failed(message)
        case .throttled, .cancelled: return
        }
        var h = health[feed.id] ?? FeedHealth(watchingSince: now, lastNewItem: record.lastNewItem)
        let policy = FeedHealth.Policy(failingAfter: config.failingAfter,
                                       staleAfter: Self.staleAfter(feed: feed, config: config))
        if let event = h.record(poll, at: now, policy: policy) { stages.alerts.feed(feed, event) }
        health[feed.id] = h
    }

    /// A feed is stale when it has published nothing new for a day, or for 24 of its intervals
    /// if it is polled less often than hourly.
    static func staleAfter(feed: FeedConfig, config: DaemonConfig) -> Int {
        max(86_400, 24 * PollTiming.interval(of: feed, config: config))
    }

    var failingFeeds: Int { health.values.filter { $0.status != .ok }.count }

    /// After a reload: forget the health of feeds no longer configured.
    func keepHealth(of feeds: [FeedConfig]) {
        let ids = Set(feeds.map(\.id))
        health = health.filter { ids.contains($0.key) }
    }

    /// Writes every pending incident revision to the outbox, prints its ALERT, marks it delivered.
    func deliverPending(into report: inout CycleReport) {
        guard !outboxBlocked, storeLocked == nil else { return }
        let pending: [Incident]
        do { pending = try stages.store.pendingIncidents() } catch {
            storeFailed(error, "state read failed", metadata: [:], report: &report)
            return
        }
        guard !pending.isEmpty else { return }
        do { try stages.store.makeDurable() } catch {
            storeFailed(error, "state write failed", metadata: [:], report: &report)
            return
        }
        let batch = stages.outbox.write(pending)
        let written = batch.written
        if let error = batch.failure {
            report.outboxErrors += 1
            outboxBlocked = true
            let failed = pending.count > written.count ? pending[written.count] : nil
            logger.error("outbox write failed", metadata: [
                "incident.id": "\(failed?.id ?? "-")", "incident.revision": "\(failed?.revision ?? 0)",
                "outbox.error": "\(error.category.rawValue)", "error": "\(error)",
                "outbox.pending": "\(pending.count)"])
        }
        // Announced as soon as the files are in `new/`, before they are marked delivered: a kill
        // between the two replays the batch and announces it again, never not at all.
        for (incident, path) in written {
            report.delivered += 1
            stages.alerts.incident(incident)
            logger.debug("outbox written", metadata: ["incident.id": "\(incident.id)", "outbox.file": "\(path)"])
        }
        // One transaction for the batch: a crash before it commits replays the batch to the
        // same file names (the name is derived from the record), so nothing is duplicated.
        do {
            try stages.store.markDelivered(written.map { IncidentRevisionRef(id: $0.incident.id, revision: $0.incident.revision) },
                                           at: stages.clock.now())
        } catch {
            // The files are in `new/`; the revisions stay pending and a later delivery rewrites
            // the same names.
            storeFailed(error, "state write failed", metadata: ["outbox.written": "\(written.count)"], report: &report)
            return
        }
    }
}

extension PollCycle {
    /// The longest a poll whose stories could not be stored waits for its retry.
    static let unstoredRetryCap = 300

    /// A poll whose stories could not be stored: its record keeps the old validators, so the
    /// next poll refetches the same stories, and is not saved. Only the schedule in memory moves
    /// (by the feed's interval, at most 5 minutes), so a long lock does not turn the loop into
    /// back-to-back refetches of every feed.
    func deferRetry(_ feed: FeedConfig, record: FeedRecord, config: DaemonConfig, now: Date) {
        var retry = record
        retry.nextPoll = now.addingTimeInterval(Double(min(PollTiming.interval(of: feed, config: config), Self.unstoredRetryCap)))
        records[feed.url] = retry
    }

    /// Counts and logs a store error. The first "locked" one of a cycle is logged once, naming
    /// the database, and turns the cycle's remaining store writes off (see `storeLocked`).
    func storeFailed(_ error: any Error, _ message: Logger.Message, metadata: Logger.Metadata,
                     report: inout CycleReport) {
        report.storeErrors += 1
        var metadata = metadata
        metadata["error"] = "\(error)"
        if let path = (error as? StoreFailure)?.lockedDatabase {
            storeLocked = path
            report.storeLocked = true
            metadata["state.db"] = "\(path)"
            logger.error("state database locked by another process; skipping the cycle's remaining state writes",
                         metadata: metadata)
        } else {
            logger.error(message, metadata: metadata)
        }
    }
}

extension FeedPollResult {
    /// The same result without the fetched bytes (kept once they are parsed).
    var withoutBody: FeedPollResult {
        guard case .fetched(_, let contentType, let finalURL, let validators, let cacheMaxAge) = self else { return self }
        return .fetched(body: Data(), contentType: contentType, finalURL: finalURL, validators: validators, cacheMaxAge: cacheMaxAge)
    }
}

/// A state store error, kept apart from parse errors so the cycle can tell them apart.
struct StoreFailure: Error, CustomStringConvertible {
    var description: String
    /// The database file, when another process held its lock past the busy timeout: every
    /// further write of the cycle would wait as long, so the cycle skips them.
    var lockedDatabase: String?
}

extension Duration {
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
