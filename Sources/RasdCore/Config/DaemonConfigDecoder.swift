/// Turns the top-level table of `rasd.toml` into a `DaemonConfig`, collecting every problem
/// (unknown or misspelt keys, wrong types, values out of range) instead of stopping at the
/// first, so one `rasd check` run shows them all.
public enum DaemonConfigDecoder {
    /// The keys `rasd.toml` understands, as written in the file.
    public static let keys: [String] = [
        "version", "state_dir", "outbox_dir", "feeds", "default_interval", "min_interval",
        "max_interval", "concurrency", "per_host_concurrency", "connect_timeout", "total_timeout",
        "body_cap", "user_agent", "log_level", "log_file", "backoff_cap", "force_refetch_after",
        "retention_days", "failing_after", "merge_distance_km", "metrics_path", "gazetteer_overlay",
        "lexicon_overlay",
    ]

    /// swift-log's level names.
    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    public static func decode(_ table: ConfigTable, file: String, map: TOMLSourceMap)
        -> (config: DaemonConfig, errors: [ConfigError])
    {
        var r = TableReader(table: table, file: file, map: map, ref: .root)
        r.rejectUnknownKeys(known: keys, in: "the daemon config")
        var c = DaemonConfig()
        if let v = r.integer("version") { c.version = v }
        if let v = r.string("state_dir") { c.stateDir = v }
        if let v = r.string("outbox_dir") { c.outboxDir = v }
        if let v = r.strings("feeds") { c.feeds = v }
        if let v = r.duration("default_interval") { c.defaultInterval = v }
        if let v = r.duration("min_interval") { c.minInterval = v }
        if let v = r.duration("max_interval") { c.maxInterval = v }
        if let v = r.integer("concurrency") { c.concurrency = v }
        if let v = r.integer("per_host_concurrency") { c.perHostConcurrency = v }
        if let v = r.duration("connect_timeout") { c.connectTimeout = v }
        if let v = r.duration("total_timeout") { c.totalTimeout = v }
        if let v = r.byteSize("body_cap") { c.bodyCap = v }
        if let v = r.string("user_agent") { c.userAgent = v }
        if let v = r.string("log_level") { c.logLevel = v }
        if let v = r.string("log_file") { c.logFile = v }
        if let v = r.duration("backoff_cap") { c.backoffCap = v }
        if let v = r.duration("force_refetch_after") { c.forceRefetchAfter = v }
        if let v = r.integer("retention_days") { c.retentionDays = v }
        if let v = r.integer("failing_after") { c.failingAfter = v }
        if let v = r.number("merge_distance_km") { c.mergeDistanceKm = v }
        if let v = r.string("metrics_path") { c.metricsPath = v }
        if let v = r.string("gazetteer_overlay") { c.gazetteerOverlay = v }
        if let v = r.string("lexicon_overlay") { c.lexiconOverlay = v }
        let semantic = validate(c, locate: r.location)
        return (c, r.errors + semantic)
    }

    /// Range and consistency rules of a decoded config. `locate` names where each key was
    /// written (for values taken from flags or defaults it may carry no line).
    public static func validate(_ c: DaemonConfig, locate: (String) -> SourceLocation) -> [ConfigError] {
        var errors: [ConfigError] = []
        func fail(_ kind: ConfigError.Kind, _ key: String, _ message: String) {
            errors.append(ConfigError(kind, at: locate(key), message))
        }
        if c.version != 1 { fail(.unsupportedVersion, "version", "unsupported config version \(c.version); this rasd reads version 1") }
        for (key, value) in [("concurrency", c.concurrency), ("per_host_concurrency", c.perHostConcurrency),
                             ("connect_timeout", c.connectTimeout), ("total_timeout", c.totalTimeout),
                             ("body_cap", c.bodyCap), ("backoff_cap", c.backoffCap),
                             ("force_refetch_after", c.forceRefetchAfter), ("retention_days", c.retentionDays),
                             ("failing_after", c.failingAfter), ("min_interval", c.minInterval),
                             ("default_interval", c.defaultInterval), ("max_interval", c.maxInterval)]
        where value <= 0 {
            fail(.badValue, key, "must be positive, found \(value)")
        }
        if !(c.mergeDistanceKm > 0) { fail(.badValue, "merge_distance_km", "must be positive, found \(c.mergeDistanceKm)") }
        if c.minInterval > 0, c.maxInterval > 0, c.minInterval > c.maxInterval {
            fail(.intervalOutOfRange, "min_interval", "min_interval (\(c.minInterval)s) is above max_interval (\(c.maxInterval)s)")
        } else if c.defaultInterval > 0, c.minInterval > 0, c.maxInterval > 0,
                  !(c.minInterval...c.maxInterval).contains(c.defaultInterval) {
            fail(.intervalOutOfRange, "default_interval",
                 "\(c.defaultInterval)s is outside min_interval…max_interval (\(c.minInterval)s…\(c.maxInterval)s)")
        }
        if c.connectTimeout > 0, c.totalTimeout > 0, c.connectTimeout > c.totalTimeout {
            fail(.badValue, "connect_timeout", "connect_timeout (\(c.connectTimeout)s) exceeds total_timeout (\(c.totalTimeout)s)")
        }
        if !logLevels.contains(c.logLevel) {
            var message = "unknown log level '\(c.logLevel)'; one of \(logLevels.joined(separator: ", "))"
            if let near = KeySuggestion.closest(to: c.logLevel, among: logLevels) { message += "; did you mean '\(near)'?" }
            fail(.badValue, "log_level", message)
        }
        if c.userAgent.isEmpty || c.userAgent.contains(where: { $0.isNewline }) {
            fail(.badValue, "user_agent", "must be a non-empty single line")
        }
        for (key, value) in [("state_dir", c.stateDir as String?), ("outbox_dir", c.outboxDir), ("log_file", c.logFile),
                             ("metrics_path", c.metricsPath), ("gazetteer_overlay", c.gazetteerOverlay),
                             ("lexicon_overlay", c.lexiconOverlay)] where value?.isEmpty == true {
            fail(.badValue, key, "path must not be empty")
        }
        if c.feeds.isEmpty { fail(.badValue, "feeds", "names no feed list; give at least one file or folder") }
        if c.feeds.contains("") { fail(.badValue, "feeds", "path must not be empty") }
        return errors
    }
}
