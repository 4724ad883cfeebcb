#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import RasdAdapters
import RasdCore

/// Builds the daemon from the command line: settings from `ConfigOptions` (flags override the
/// file, re-read on every SIGHUP) and the real stages (libcurl fetcher, feed parser, extractor
/// with the shipped gazetteer, SQLite state store, outbox).
enum DaemonAssembly {
    static func launcher(options: ConfigOptions) -> DaemonLauncher {
        DaemonLauncher(loadSettings: { settings(options) }, openStages: openStages)
    }

    static func settings(_ options: ConfigOptions) -> Result<DaemonSettings, ConfigReloadError> {
        switch options.loadEffectiveConfig() {
        case .success(let effective):
            return .success(DaemonSettings(daemon: effective.daemon, feeds: effective.feeds))
        case .failure(let errors):
            return .failure(ConfigReloadError(message: errors.errors.map { ConfigErrorText.line($0) }.joined(separator: "\n")))
        }
    }

    static func openStages(_ settings: DaemonSettings, logger: Logger, sink: LogSink,
                           clock: any DaemonClock) throws -> DaemonStages {
        let config = settings.daemon
        _ = CurlGlobal.initialize()
        let fetcher = try CurlFetcher(maxConcurrent: config.concurrency, maxPerHost: config.perHostConcurrency)
        // Before the database is opened: a second daemon on the same state stops here.
        try StateDirectoryLock.holdForProcess(directory: config.stateDir)
        let store = try StateOpenRetry.startUp.run({ try StateStore(directory: config.stateDir) }, retrying: { n, pause, error in
            logger.warning("state database locked at start-up; retrying", metadata: [
                "state.try": "\(n)", "retry.seconds": "\(Int(pause))", "error": "\(error)"])
        }, sleep: { seconds in usleep(UInt32(seconds * 1_000_000)) })
        let overlay = try ExtractorSetup.validatedOverlay(config: config)
        let lexicon = ExtractorSetup.lexicon(config: config, logger: logger)
        // Built by the first story that needs it: a daemon whose feeds answer 304 never holds
        // the gazetteer. The build's temporary memory goes back at the cycle's `MemoryTrim.now()`.
        let extracting = ExtractorStage {
            let extractor = IncidentExtractor(places: ExtractorSetup.gazetteer(overlay: overlay, logger: logger), lexicon: lexicon)
            MemoryTrim.releaseCode()  // the TSV reader and the index builders do not run again
            return extractor
        }
        return DaemonStages(
            polling: CurlFeedPolling(fetcher: fetcher),
            parsing: FeedParserStage(),
            extracting: extracting,
            store: StateStoreStage(store: store, config: config),
            outbox: OutboxWriter(directory: config.outboxDir),
            alerts: AlertSink(sink: sink, clock: clock),
            logger: logger, clock: clock)
    }
}

/// The gazetteer the extractor resolves places with: the shipped one plus the configured overlay.
enum ExtractorSetup {
    struct Overlay: Sendable { var text: String; var origin: String }

    /// The overlay's text after checking every row (start-up stops on an invalid row).
    static func validatedOverlay(config: DaemonConfig) throws -> Overlay? {
        guard let path = config.gazetteerOverlay else { return nil }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let parsed = GazetteerTSV.parse(text, origin: path, priority: 1)
        if !parsed.errors.isEmpty { throw GazetteerErrors(parsed.errors) }
        return Overlay(text: text, origin: path)
    }

    /// The user's lexicon overlay (`lexicon_overlay`). Its rows were checked with the config
    /// (`OverlayFileCheck`: a bad row refuses the start or the reload); a file changed or removed
    /// since then is logged, and its bad rows are skipped.
    static func lexicon(config: DaemonConfig, logger: Logger) -> LexiconOverlay {
        guard let path = config.lexiconOverlay else { return .empty }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            logger.error("lexicon overlay unreadable", metadata: ["lexicon.path": "\(path)"])
            return .empty
        }
        let parsed = LexiconOverlay.parse(text, origin: path)
        for e in parsed.errors {
            logger.warning("lexicon overlay row skipped", metadata: ["lexicon.path": "\(path)", "lexicon.line": "\(e.line)",
                                                                       "lexicon.error": "\(e)"])
        }
        logger.info("lexicon overlay loaded", metadata: ["lexicon.path": "\(path)", "lexicon.entries": "\(parsed.overlay.entries.count)"])
        return parsed.overlay
    }

    /// Shipped + overlay. The shipped table cannot fail in a correct build (tests load it); if
    /// the resource is missing the error is logged and places are left unresolved.
    static func gazetteer(overlay: Overlay?, logger: Logger) -> Gazetteer {
        let shipped: Gazetteer
        do { shipped = try Gazetteer.shippedOnce.get() } catch {
            logger.critical("shipped gazetteer missing; places will not be resolved", metadata: ["error": "\(error)"])
            shipped = Gazetteer(places: [])
        }
        guard let overlay else { return shipped }
        return (try? Gazetteer(merging: shipped, overlayTSV: overlay.text, origin: overlay.origin)) ?? shipped
    }
}

/// Keeps the resident size close to what the daemon really holds (glibc's allocator otherwise
/// keeps freed pages in up to eight arenas per core): at most four arenas, and freed pages returned to
/// the system after the gazetteer build and after each cycle. malloc.h is not in the Glibc
/// module map, so the functions are looked up by name.
enum MemoryTrim {
    static func limitArenas() {
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let M_ARENA_MAX: Int32 = -8, M_MMAP_THRESHOLD: Int32 = -3
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        // Four, not two: with two, the worker threads that parse and extract queue on one arena's
        // lock (measured on a 1,000-feed first cycle: 45k context switches against 6.5k, 0.9 s of
        // system time against 0.5 s, 6.1 s wall against 5.2 s), and the peak RSS is the same.
        _ = mallopt(M_ARENA_MAX, 4)
        // A fixed threshold: blocks of 256 KB and more (a feed body, the gazetteer's text) are
        // mapped and unmapped on their own instead of the threshold growing after the first
        // free and later big blocks pinning heap pages between long-lived small ones.
        _ = mallopt(M_MMAP_THRESHOLD, 256 * 1024)
        #endif
    }

    /// Gives back the resident pages of the program's and its libraries' machine code (read-only,
    /// file-backed, never written), so what stays resident is the code run from then on: start-up
    /// code (argument and config parsing, database open, the gazetteer build) is otherwise kept
    /// mapped for the daemon's life. A page run again is mapped again from the page cache (a
    /// minor fault). Call when a one-off phase is over. The mappings are also marked for random
    /// access: the kernel then maps only the page a fault asks for, not the 64 KB around it
    /// (measured: about 2 MB less resident code on a first cycle, for 0.1–0.2 s more system time).
    static func releaseCode() {
        #if canImport(Glibc)
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return }
        for line in maps.split(separator: "\n") {
            // "start-end perms offset dev inode path": executable, private, backed by a file
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "r-xp", fields[5].hasPrefix("/") else { continue }
            let bounds = fields[0].split(separator: "-")
            guard bounds.count == 2, let start = UInt(bounds[0], radix: 16), let end = UInt(bounds[1], radix: 16),
                  end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { continue }
            _ = madvise(address, Int(end - start), MADV_RANDOM)
            _ = madvise(address, Int(end - start), MADV_DONTNEED)
        }
        #endif
    }

    static func now() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(symbol, to: Trim.self)(0) }
        #endif
    }
}
