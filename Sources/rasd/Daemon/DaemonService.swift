import Synchronization
import Foundation
import Logging
import RasdAdapters
import RasdCore
import ServiceLifecycle
import UnixSignals

/// `rasd run`: the poll loop as a swift-service-lifecycle `Service`. It polls due feeds, sleeps
/// until the next one is due, reloads the configuration on SIGHUP (keeping the old one when the
/// new one is invalid), reopens the log file on SIGUSR1, reports to systemd (READY, STATUS,
/// WATCHDOG only while cycles progress, RELOADING, STOPPING) and on graceful shutdown finishes
/// the step in flight and returns.
struct DaemonService: Service {
    let stages: DaemonStages
    let initial: DaemonSettings
    /// Re-reads the configuration (SIGHUP); an error is a printable message.
    let reload: @Sendable () -> Result<DaemonSettings, ConfigReloadError>
    let notifier: SystemdNotifier
    let watchdog: WatchdogPolicy
    let logSink: LogSink
    /// Stop after this many cycles (`rasd once` uses 1); nil runs until shutdown.
    var maxCycles: Int?
    /// Stop once the clock reaches this time (simulated runs).
    var stopAt: Date?

    var logger: Logger { stages.logger }

    func run() async throws {
        let waker = LoopWaker()
        // Trap before READY=1 so a reload right after start-up cannot kill us (SIGHUP's default).
        let trapped = await UnixSignalsSequence(trapping: .sighup, .sigusr1)
        let signals = Task {
            for await signal in trapped {
                await waker.post(signal == .sighup ? .reload : .reopenLog)
            }
        }
        defer { signals.cancel() }
        let stopFlag = StopFlag()
        await withGracefulShutdownHandler {
            await loop(waker: waker, stopFlag: stopFlag)
        } onGracefulShutdown: {
            stopFlag.set()
            Task { await waker.post(.shutdown) }
        }
    }

    func loop(waker: LoopWaker, stopFlag: StopFlag) async {
        var settings = initial
        let cycle = PollCycle(stages: stages)
        let clock = stages.clock
        var totals = CycleMetrics()
        var lastProgress = clock.now()
        let petter = WatchdogPetter(notifier: notifier, policy: watchdog, clock: clock)
        cycle.onProgress = { petter.progress() }
        var cycles = 0
        var startup = CycleReport()
        cycle.loadRecords(report: &startup)
        var lastPrune: Date?
        var pending = 0
        var storeLocked = false
        MemoryTrim.releaseCode()  // start-up is over: its code need not stay resident
        notifier.notify(.ready, .status("started: \(settings.enabledFeeds.count) feeds"))
        logger.notice("daemon started", metadata: [
            "feeds.enabled": "\(settings.enabledFeeds.count)", "outbox.dir": "\(stages.outbox.directory)",
            "state.dir": "\(settings.daemon.stateDir)", "version": "\(RasdVersion.string)"])
        while true {
            let now = clock.now()
            let due = dueFeeds(settings, cycle: cycle, now: now, all: maxCycles != nil)
            if !due.isEmpty || maxCycles != nil {
                let report = await cycle.run(feeds: due, config: settings.daemon, isStopping: { stopFlag.isSet })
                cycles += 1
                storeLocked = report.storeLocked
                lastProgress = clock.now()
                // Not while another process holds the database: the read waits the busy timeout.
                if !report.storeLocked { pending = (try? stages.store.pendingIncidents().count) ?? pending }
                let feedsCount = settings.enabledFeeds.count
                logger.info("cycle done", metadata: report.logMetadata.merging(["outbox.pending": "\(pending)"]) { a, _ in a })
                notifier.notify(.status(report.statusText(feeds: feedsCount, failing: cycle.failingFeeds, pending: pending)))
                totals.add(report.metrics(feeds: feedsCount, failing: cycle.failingFeeds, pending: pending, end: lastProgress))
                MemoryTrim.now()
                if let path = settings.daemon.metricsPath {
                    if let e = PrometheusTextfile.write(PrometheusTextfile.render(totals), to: path) {
                        logger.warning("metrics write failed", metadata: ["metrics.path": "\(path)", "errno": "\(e)"])
                    }
                }
            }
            if !storeLocked { lastPrune = pruneIfDue(settings, last: lastPrune, now: clock.now()) }
            if let maxCycles, cycles >= maxCycles { break }
            if let stopAt, clock.now() >= stopAt { break }
            if stopFlag.isSet { break }
            // Reaching the wait point is progress too: the loop is not stuck in a cycle.
            petter.progress()
            let wait = sleepSeconds(settings, cycle: cycle, now: clock.now())
            switch await waker.wait(seconds: wait, clock: clock) {
            case .timer: continue
            case .shutdown:
                stopFlag.set()
            case .reopenLog:
                let ok = logSink.reopen()
                logger.notice("log file reopened", metadata: ["log.ok": "\(ok)"])
                continue
            case .reload:
                notifier.notify(.reloading(monotonicMicroseconds: SystemdNotifier.monotonicMicroseconds()))
                switch reload() {
                case .success(let new):
                    let summary = FeedListChange(old: settings.enabledFeeds, new: new.enabledFeeds)
                    let needRestart = RestartOnlySettings.changed(from: settings.daemon, to: new.daemon)
                    if !needRestart.isEmpty {
                        logger.warning("config change needs a restart to take effect", metadata: [
                            "config.keys": "\(needRestart.joined(separator: ","))"])
                    }
                    settings = new
                    cycle.keepHealth(of: new.enabledFeeds)
                    logger.notice("config reloaded", metadata: [
                        "feeds.enabled": "\(new.enabledFeeds.count)", "feeds.added": "\(summary.added)",
                        "feeds.removed": "\(summary.removed)", "feeds.changed": "\(summary.changed)"])
                case .failure(let error):
                    logger.error("config reload refused, keeping the running config",
                                 metadata: ["error": "\(error.message)"])
                }
                notifier.notify(.ready, .status("reloaded: \(settings.enabledFeeds.count) feeds"))
                continue
            }
            break
        }
        notifier.notify(.stopping)
        stages.store.close()
        logger.notice("daemon stopped", metadata: ["cycles": "\(cycles)"])
    }

    /// Retention: at most once a day, drop story keys older than `retention_days`.
    func pruneIfDue(_ settings: DaemonSettings, last: Date?, now: Date) -> Date? {
        if let last, now.timeIntervalSince(last) < 86_400 { return last }
        let horizon = now.addingTimeInterval(-Double(settings.daemon.retentionDays) * 86_400)
        do {
            let dropped = try stages.store.prune(olderThan: horizon)
            if dropped > 0 { logger.info("state pruned", metadata: ["stories.dropped": "\(dropped)"]) }
        } catch {
            logger.error("state prune failed", metadata: ["error": "\(error)"])
        }
        return now
    }

    /// Enabled feeds whose next poll is due (all of them for `rasd once`).
    func dueFeeds(_ settings: DaemonSettings, cycle: PollCycle, now: Date, all: Bool) -> [FeedConfig] {
        settings.enabledFeeds.filter { all || PollTiming.isDue(cycle.record(for: $0), now: now) }
    }

    /// Until the next feed is due, capped so the watchdog is petted in time.
    func sleepSeconds(_ settings: DaemonSettings, cycle: PollCycle, now: Date) -> Double {
        var next = 3600.0
        for feed in settings.enabledFeeds {
            let wait = cycle.record(for: feed).nextPoll.map { $0.timeIntervalSince(now) } ?? 0
            next = min(next, wait)
        }
        if let pet = watchdog.interval { next = min(next, pet) }
        return max(0.05, next)
    }
}

/// A reload that was refused: the message names the file, line and key.
struct ConfigReloadError: Error, Sendable {
    var message: String
}

/// Set once when shutdown begins; read by the cycle before starting each poll.
final class StopFlag: Sendable {
    private let state = Mutex(false)
    var isSet: Bool { state.withLock { $0 } }
    func set() { state.withLock { $0 = true } }
}

/// How a reload changed the feed list (by id; a changed URL or interval counts as changed).
struct FeedListChange: Equatable {
    var added = 0, removed = 0, changed = 0
    init(old: [FeedConfig], new: [FeedConfig]) {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        added = after.keys.filter { before[$0] == nil }.count
        removed = before.keys.filter { after[$0] == nil }.count
        changed = after.filter { id, feed in before[id].map { $0 != feed } ?? false }.count
    }
}

/// Sends WATCHDOG=1 at most every half watchdog period, and only when called: after each feed a
/// cycle processes and each time the loop comes back to wait. A cycle that hangs stops the pets
/// and systemd restarts the service.
final class WatchdogPetter {
    let notifier: SystemdNotifier
    let policy: WatchdogPolicy
    let clock: any DaemonClock
    private var lastPet: Date?

    init(notifier: SystemdNotifier, policy: WatchdogPolicy, clock: any DaemonClock) {
        self.notifier = notifier; self.policy = policy; self.clock = clock
    }

    func progress() {
        guard let interval = policy.interval else { return }
        let now = clock.now()
        if let last = lastPet, now.timeIntervalSince(last) < interval / 2 { return }
        notifier.notify(.watchdog)
        lastPet = now
    }
}

/// Settings fixed at start-up (the stages are built with them); a reload applies everything
/// else: feeds, intervals, timeouts, body cap, User-Agent, failing_after, metrics_path.
enum RestartOnlySettings {
    static func changed(from old: DaemonConfig, to new: DaemonConfig) -> [String] {
        var keys: [String] = []
        if old.stateDir != new.stateDir { keys.append("state_dir") }
        if old.outboxDir != new.outboxDir { keys.append("outbox_dir") }
        if old.concurrency != new.concurrency { keys.append("concurrency") }
        if old.perHostConcurrency != new.perHostConcurrency { keys.append("per_host_concurrency") }
        if old.logLevel != new.logLevel { keys.append("log_level") }
        if old.logFile != new.logFile { keys.append("log_file") }
        if old.gazetteerOverlay != new.gazetteerOverlay { keys.append("gazetteer_overlay") }
        if old.lexiconOverlay != new.lexiconOverlay { keys.append("lexicon_overlay") }
        if old.mergeDistanceKm != new.mergeDistanceKm { keys.append("merge_distance_km") }
        return keys
    }
}
