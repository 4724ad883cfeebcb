/// Command-line flags that override the config file (`--feeds`, `--state-dir`, `--outbox`),
/// for every subcommand that reads it. Paths here are already absolute: the CLI resolves them
/// against its working directory, the config file's own paths against the file's folder.
public struct ConfigOverrides: Sendable, Equatable {
    /// Replaces the config's `feeds` when non-empty.
    public var feeds: [String]
    public var stateDir: String?
    public var outboxDir: String?

    public init(feeds: [String] = [], stateDir: String? = nil, outboxDir: String? = nil) {
        self.feeds = feeds; self.stateDir = stateDir; self.outboxDir = outboxDir
    }

    public func applied(to config: DaemonConfig) -> DaemonConfig {
        var c = config
        if !feeds.isEmpty { c.feeds = feeds }
        if let stateDir { c.stateDir = stateDir }
        if let outboxDir { c.outboxDir = outboxDir }
        return c
    }

    /// Errors for flags given with an empty value (located on the command line).
    public func problems() -> [ConfigError] {
        var errors: [ConfigError] = []
        let here = { (flag: String) in SourceLocation(file: "<command line>", key: flag) }
        if feeds.contains("") { errors.append(ConfigError(.badValue, at: here("--feeds"), "path must not be empty")) }
        if stateDir == "" { errors.append(ConfigError(.badValue, at: here("--state-dir"), "path must not be empty")) }
        if outboxDir == "" { errors.append(ConfigError(.badValue, at: here("--outbox"), "path must not be empty")) }
        return errors
    }
}

/// Path arithmetic on strings (no disk access): relative paths in a config file mean "relative
/// to the folder of that file", so the shipped config works from any working directory.
public enum ConfigPaths {
    /// `path` if absolute, else `base/path`; `.` and `..` segments folded away.
    public static func resolve(_ path: String, against base: String) -> String {
        if path.isEmpty { return path }
        return normalize(path.hasPrefix("/") ? path : base + "/" + path)
    }

    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty, parts.last != ".." { parts.removeLast() } else if !path.hasPrefix("/") { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The folder part of a file path (`/etc/rasd/rasd.toml` → `/etc/rasd`).
    public static func directory(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }

    /// Every path setting of `config` made absolute against `base` (the config file's folder).
    public static func resolvingRelativePaths(_ config: DaemonConfig, against base: String) -> DaemonConfig {
        var c = config
        let r = { (p: String) in resolve(p, against: base) }
        c.stateDir = r(c.stateDir)
        c.outboxDir = r(c.outboxDir)
        c.feeds = c.feeds.map(r)
        c.logFile = c.logFile.map(r)
        c.metricsPath = c.metricsPath.map(r)
        c.gazetteerOverlay = c.gazetteerOverlay.map(r)
        c.lexiconOverlay = c.lexiconOverlay.map(r)
        return c
    }
}

/// What the daemon runs on: the config with flags applied and relative paths resolved, and
/// every feed of every list.
public struct EffectiveConfig: Sendable, Equatable {
    public var daemon: DaemonConfig
    public var feeds: [FeedConfig]
    /// The config file read (absolute).
    public var configFile: String
    /// Every feed list file read, in reading order.
    public var feedFiles: [String]

    public init(daemon: DaemonConfig, feeds: [FeedConfig], configFile: String, feedFiles: [String]) {
        self.daemon = daemon; self.feeds = feeds; self.configFile = configFile; self.feedFiles = feedFiles
    }

    public var enabledFeeds: [FeedConfig] { feeds.filter(\.enabled) }

    /// `12 feeds from 2 files, 10 enabled`
    public var summary: String {
        let n = feeds.count, m = feedFiles.count
        return "\(n) feed\(n == 1 ? "" : "s") from \(m) file\(m == 1 ? "" : "s"), \(enabledFeeds.count) enabled"
    }
}
