import Foundation
import RasdCore

/// Loads `rasd.toml` and every feed list it (or `--feeds`) names from disk, and runs the core's
/// decoders and validators over them. Every problem comes back as a located `ConfigError`;
/// nothing is skipped silently, so a config that loads is a config the daemon can run.
public struct ConfigLoader: Sendable {
    public init() {}

    /// The config, with flags applied and relative paths resolved, plus every feed; or every error.
    /// `configFile` and the override paths should be absolute (the CLI resolves them).
    public func load(configFile: String, overrides: ConfigOverrides = ConfigOverrides()) -> Result<EffectiveConfig, ConfigErrors> {
        var errors = overrides.problems()
        let (fileConfig, configErrors, configParsed) = loadDaemonConfig(file: configFile)
        errors += configErrors
        let daemon = overrides.applied(to: fileConfig)
        let feedsFromFlags = !overrides.feeds.isEmpty
        var definitions: [FeedDefinition] = []
        var files: [String] = []
        if configParsed || feedsFromFlags {
            let feedsLocation: SourceLocation = feedsFromFlags
                ? SourceLocation(file: "<command line>", key: "--feeds")
                : SourceLocation(file: configFile, line: lineOfKey("feeds", inFile: configFile), key: "feeds")
            let (listFiles, pathErrors) = feedListFiles(daemon.feeds, location: feedsLocation)
            errors += pathErrors
            files = listFiles
            for file in listFiles {
                let (defs, listErrors) = loadFeedList(file: file)
                definitions += defs
                errors += listErrors
            }
            errors += FeedValidator.validate(definitions, config: daemon)
        }
        if configParsed {
            errors += OverlayFileCheck.errors(in: daemon, configFile: configFile) { lineOfKey($0, inFile: configFile) }
        }
        guard errors.isEmpty else {
            return .failure(ConfigErrors(errors.sortedForDisplay(fileOrder: ["<command line>", configFile] + files)))
        }
        return .success(EffectiveConfig(daemon: daemon, feeds: definitions.map(\.feed), configFile: configFile, feedFiles: files))
    }

    /// The daemon config of one file, relative paths resolved against the file's folder.
    /// `parsed` is false when the file could not be read or parsed at all.
    public func loadDaemonConfig(file: String) -> (config: DaemonConfig, errors: [ConfigError], parsed: Bool) {
        let text: String
        switch readText(file) {
        case .failure(let error): return (DaemonConfig(), [error], false)
        case .success(let t): text = t
        }
        switch TOMLDocumentReader.parse(text, file: file) {
        case .failure(let error): return (DaemonConfig(), [error], false)
        case .success(let table):
            let (config, errors) = DaemonConfigDecoder.decode(table, file: file, map: TOMLSourceMap(text: text))
            return (ConfigPaths.resolvingRelativePaths(config, against: ConfigPaths.directory(of: file)), errors, true)
        }
    }

    /// The feed definitions of one `*.toml` or `*.opml` list.
    public func loadFeedList(file: String) -> (feeds: [FeedDefinition], errors: [ConfigError]) {
        if file.lowercased().hasSuffix(".opml") {
            let data: Data
            switch readData(file) {
            case .failure(let error): return ([], [error])
            case .success(let d): data = d
            }
            switch OPMLDocumentReader.parse(data, file: file) {
            case .failure(let error): return ([], [error])
            case .success(let outlines): return (OPMLFeedMapper.definitions(from: outlines, file: file), [])
            }
        }
        let text: String
        switch readText(file) {
        case .failure(let error): return ([], [error])
        case .success(let t): text = t
        }
        switch TOMLDocumentReader.parse(text, file: file) {
        case .failure(let error): return ([], [error])
        case .success(let table): return FeedListDecoder.decode(table, file: file, map: TOMLSourceMap(text: text))
        }
    }

    /// Feed list files named by `paths`: files as given, folders expanded to their `*.toml` and
    /// `*.opml` files (sorted, hidden files skipped). A missing path or a folder without lists
    /// is an error located at `location` (the config's `feeds` line or the `--feeds` flag).
    public func feedListFiles(_ paths: [String], location: SourceLocation) -> (files: [String], errors: [ConfigError]) {
        var files: [String] = []
        var errors: [ConfigError] = []
        let fm = FileManager.default
        for path in paths where !path.isEmpty {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(ConfigError(.missingFile, at: location, "feed list '\(path)' does not exist"))
                continue
            }
            if isDirectory.boolValue {
                guard let names = try? fm.contentsOfDirectory(atPath: path) else {
                    errors.append(ConfigError(.unreadableFile, at: location, "feeds folder '\(path)' cannot be read"))
                    continue
                }
                let lists = names.filter { !$0.hasPrefix(".") && Self.isFeedList($0) }.sorted()
                if lists.isEmpty {
                    errors.append(ConfigError(.missingFile, at: location, "feeds folder '\(path)' holds no *.toml or *.opml file"))
                }
                files += lists.map { ConfigPaths.normalize(path + "/" + $0) }
            } else if Self.isFeedList(path) {
                files.append(ConfigPaths.normalize(path))
            } else {
                errors.append(ConfigError(.badValue, at: location, "'\(path)' is not a feed list (expected a .toml or .opml file, or a folder)"))
            }
        }
        var seen: Set<String> = []
        return (files.filter { seen.insert($0).inserted }, errors)
    }

    static func isFeedList(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".toml") || lower.hasSuffix(".opml")
    }

    private func lineOfKey(_ key: String, inFile file: String) -> Int? {
        guard case .success(let text) = readText(file) else { return nil }
        return TOMLSourceMap(text: text).line(of: key)
    }

    private func readData(_ file: String) -> Result<Data, ConfigError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            return .failure(ConfigError(.missingFile, at: SourceLocation(file: file), "file does not exist"))
        }
        if isDirectory.boolValue {
            return .failure(ConfigError(.unreadableFile, at: SourceLocation(file: file), "is a folder, expected a file"))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(ConfigError(.unreadableFile, at: SourceLocation(file: file), "file cannot be read (permissions?)"))
        }
        return .success(data)
    }

    private func readText(_ file: String) -> Result<String, ConfigError> {
        readData(file).flatMap { data in
            guard let text = String(data: data, encoding: .utf8) else {
                return .failure(ConfigError(.unreadableFile, at: SourceLocation(file: file), "file is not valid UTF-8"))
            }
            if text.contains("\0") {
                return .failure(ConfigError(.unreadableFile, at: SourceLocation(file: file), "file contains NUL bytes"))
            }
            return .success(text)
        }
    }
}
