import Foundation

/// Daemon settings from `Config/rasd.toml`. Every field has a default that works, so an empty
/// file is a valid configuration; durations are in seconds, sizes in bytes.
public struct DaemonConfig: Sendable, Equatable {
    /// Format version of the config file; only 1 exists.
    public var version: Int = 1
    public var stateDir: String = "/var/lib/rasd"
    public var outboxDir: String = "/var/lib/rasd/outbox"
    /// Feed lists (`*.toml`, `*.opml` files or folders of them), relative to the config file's folder.
    public var feeds: [String] = ["/etc/rasd/feeds"]
    public var defaultInterval: Int = 900
    public var minInterval: Int = 60
    public var maxInterval: Int = 86_400
    public var concurrency: Int = 16
    public var perHostConcurrency: Int = 2
    public var connectTimeout: Int = 10
    public var totalTimeout: Int = 30
    public var bodyCap: Int = 10 * 1024 * 1024
    public var userAgent: String = RasdVersion.userAgent
    public var logLevel: String = "info"
    public var logFile: String? = nil
    /// Cap of the failure backoff.
    public var backoffCap: Int = 6 * 3600
    /// An unconditional refetch at least this often, even if the server keeps answering 304.
    public var forceRefetchAfter: Int = 86_400
    /// Story keys and fingerprints older than this are pruned (unless still in their feed).
    public var retentionDays: Int = 30
    /// Consecutive failed polls before a feed is reported failing.
    public var failingAfter: Int = 3
    /// Incidents within this distance (and same day ±1) are merge candidates.
    public var mergeDistanceKm: Double = 25
    /// Prometheus textfile collector output, if any.
    public var metricsPath: String? = nil
    /// User lexicon / gazetteer overlays (TSV), relative to the config file's folder.
    public var gazetteerOverlay: String? = nil
    public var lexiconOverlay: String? = nil

    public init() {}
}

/// One configured feed: a `[[feed]]` table of `Feeds/*.toml` or an outline of `Feeds/*.opml`.
public struct FeedConfig: Sendable, Equatable {
    public var id: String
    public var name: String
    public var outlet: String
    public var url: String
    /// Seconds; nil means the daemon's default interval.
    public var interval: Int?
    public var enabled: Bool
    public var tags: [String]
    /// Per-feed User-Agent override.
    public var userAgent: String?
    /// Accept self-signed / invalid TLS certificates for this feed only.
    public var insecureTLS: Bool
    /// IANA time zone of the outlet (for resolving "today", "yesterday" in its stories).
    public var timeZone: String?
    /// Where this feed was defined, for error messages.
    public var origin: SourceLocation?

    public init(id: String, name: String? = nil, outlet: String? = nil, url: String,
                interval: Int? = nil, enabled: Bool = true, tags: [String] = [],
                userAgent: String? = nil, insecureTLS: Bool = false, timeZone: String? = nil,
                origin: SourceLocation? = nil) {
        self.id = id; self.name = name ?? id; self.outlet = outlet ?? name ?? id; self.url = url
        self.interval = interval; self.enabled = enabled; self.tags = tags; self.userAgent = userAgent
        self.insecureTLS = insecureTLS; self.timeZone = timeZone; self.origin = origin
    }
}

/// A place in a user-edited file: every configuration error names one.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public init(file: String, line: Int? = nil, key: String? = nil) { self.file = file; self.line = line; self.key = key }
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let key { s += ": \(key)" }
        return s
    }
}
