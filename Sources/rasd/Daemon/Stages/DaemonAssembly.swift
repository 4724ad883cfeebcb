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
        let store = try StateStore(directory: config.stateDir)
        let gazetteer = try ExtractorSetup.gazetteer(config: config)
        return DaemonStages(
            polling: CurlFeedPolling(fetcher: fetcher, config: config),
            parsing: FeedParserStage(),
            extracting: ExtractorStage(extractor: IncidentExtractor(places: GazetteerPlaces(gazetteer: gazetteer))),
            store: StateStoreStage(store: store, config: config),
            outbox: OutboxWriter(directory: config.outboxDir),
            alerts: AlertSink(sink: sink, clock: clock),
            logger: logger, clock: clock)
    }
}

/// The gazetteer the extractor resolves places with: the shipped one plus the configured overlay.
enum ExtractorSetup {
    static func gazetteer(config: DaemonConfig) throws -> Gazetteer {
        let shipped = try Gazetteer.shippedOnce.get()
        guard let overlay = config.gazetteerOverlay else { return shipped }
        let text = try String(contentsOfFile: overlay, encoding: .utf8)
        return try Gazetteer(merging: shipped, overlayTSV: text, origin: overlay)
    }
}

/// The shipped gazetteer as the extractor's `PlaceLookup`.
struct GazetteerPlaces: PlaceLookup {
    let gazetteer: Gazetteer
    func places(forKey key: String) -> [PlaceCandidate] {
        gazetteer.places(forKey: GazetteerKey.make(key)).map { p in
            PlaceCandidate(nameAr: p.nameAr, nameEn: p.nameEn.isEmpty ? nil : p.nameEn, kind: p.kind.rawValue,
                           admin1Ar: p.admin1Ar.isEmpty ? nil : p.admin1Ar, admin1En: p.admin1En.isEmpty ? nil : p.admin1En,
                           country: p.country, lat: p.lat, lon: p.lon, population: p.population)
        }
    }
}
