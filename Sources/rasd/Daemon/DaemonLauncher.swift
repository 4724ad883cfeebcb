import Synchronization
import Foundation
import Logging
import RasdAdapters
import RasdCore
import ServiceLifecycle
import UnixSignals

/// Starts `rasd run` / `rasd once`: loads the settings, sets up logging, opens the stages, and
/// runs the `DaemonService` inside a `ServiceGroup` that shuts down gracefully on SIGTERM/SIGINT.
/// Returns the process exit code (0, or a sysexits code when start-up failed).
struct DaemonLauncher {
    enum Mode: Sendable { case daemon, once, simulate(seconds: Int) }

    /// Re-reads config and feed lists (called at start and on every SIGHUP).
    var loadSettings: @Sendable () -> Result<DaemonSettings, ConfigReloadError>
    /// Opens the stages for `settings` (network, parser, extractor, state store, outbox).
    var openStages: @Sendable (DaemonSettings, Logger, LogSink, any DaemonClock) throws -> DaemonStages
    var environment: [String: String] = ProcessInfo.processInfo.environment

    func run(_ mode: Mode) async -> Int32 {
        SignalMask.unblockHandledSignals()
        MemoryTrim.limitArenas()
        let settings: DaemonSettings
        switch loadSettings() {
        case .success(let s): settings = s
        case .failure(let error):
            FileHandle.standardError.write(Data("rasd: invalid configuration\n\(error.message)\n".utf8))
            return ExitCodes.config
        }
        MemoryTrim.releaseCode()  // the argument and config parsers are done (a reload maps them again)
        let sink = LogSink(environment: environment, filePath: settings.daemon.logFile)
        let level = Logger.Level(configName: settings.daemon.logLevel) ?? .info
        let clock: any DaemonClock
        var stopAt: Date?
        if case .simulate(let seconds) = mode {
            let simulated = SimulatedDaemonClock(start: Date())
            clock = simulated
            stopAt = simulated.now().addingTimeInterval(Double(seconds))
        } else {
            clock = SystemDaemonClock()
        }
        LoggingBootstrap.once(sink: sink, level: level, clock: clock)
        let logger = Logger(label: "rasd")
        let stages: DaemonStages
        do { stages = try openStages(settings, logger, sink, clock) } catch {
            logger.critical("start-up failed", metadata: ["error": "\(error)"])
            return ExitCodes.software
        }
        if case .failure(let error) = stages.outbox.prepare() {
            logger.error("outbox not writable; records stay pending", metadata: [
                "outbox.dir": "\(stages.outbox.directory)", "outbox.error": "\(error.category.rawValue)",
                "error": "\(error)"])
        }
        // `openStages` took the state directory's lock: no write of ours is in progress yet.
        Self.removeOrphanedOutboxFiles(stages.outbox, logger: logger)
        var service = DaemonService(
            stages: stages, initial: settings, reload: loadSettings,
            notifier: SystemdNotifier(environment: environment),
            watchdog: WatchdogPolicy(environment: environment,
                                     stallAfter: Double(max(settings.daemon.totalTimeout * 4, 600))),
            logSink: sink)
        switch mode {
        case .daemon: break
        case .once: service.maxCycles = 1
        case .simulate: service.stopAt = stopAt
        }
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "rasd.lifecycle", factory: { _ in SwiftLogNoOpLogHandler() })))
        do { try await group.run() } catch {
            logger.critical("daemon failed", metadata: ["error": "\(error)"])
            return ExitCodes.software
        }
        return 0
    }

    /// Removes the temporary files a killed rasd left in `outbox/tmp/` (their records are still
    /// pending and are rewritten by the first delivery); one line with the count.
    static func removeOrphanedOutboxFiles(_ outbox: OutboxWriter, logger: Logger) {
        let sweep = outbox.removeOrphanedTemporaryFiles()
        if !sweep.removed.isEmpty {
            logger.notice("outbox orphaned tmp files removed", metadata: [
                "outbox.dir": "\(outbox.directory)", "outbox.tmp_removed": "\(sweep.removed.count)"])
        }
        for failure in sweep.failures {
            logger.warning("outbox orphaned tmp file not removed", metadata: [
                "outbox.file": "\(failure.path)", "outbox.error": "\(failure.category.rawValue)", "error": "\(failure)"])
        }
    }
}

/// swift-log's bootstrap may run once per process.
enum LoggingBootstrap {
    private static let done = Mutex(false)

    static func once(sink: LogSink, level: Logger.Level, clock: any DaemonClock) {
        let first = done.withLock { d -> Bool in defer { d = true }; return !d }
        guard first else { return }
        LoggingSystem.bootstrap { label in
            RasdLogHandler(label: label, sink: sink, level: level, now: { clock.now() })
        }
    }
}
