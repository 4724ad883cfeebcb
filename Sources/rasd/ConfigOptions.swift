import ArgumentParser
import Foundation
import RasdAdapters
import RasdCore

/// The flags every subcommand that reads the config shares. Flags override the config file:
/// `--feeds` replaces its `feeds` list, `--state-dir` and `--outbox` its folders. Flag paths are
/// relative to the working directory; paths inside the config file to the file's folder.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Config file (default: /etc/rasd/rasd.toml if it exists, else Config/rasd.toml).", valueName: "path"))
    var config: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Feed lists (*.toml, *.opml) or folders of them, instead of the config's `feeds` (repeatable).",
        valueName: "path"))
    var feeds: [String] = []

    @Option(name: .customLong("state-dir"), help: ArgumentHelp("State folder, instead of the config's `state_dir`.", valueName: "dir"))
    var stateDir: String?

    @Option(name: .long, help: ArgumentHelp("Outbox folder, instead of the config's `outbox_dir`.", valueName: "dir"))
    var outbox: String?

    static let systemConfigPath = "/etc/rasd/rasd.toml"
    static let localConfigPath = "Config/rasd.toml"

    /// The config file to read: `--config`, else the system one if it exists, else the repo's.
    func configPath(fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String {
        if let config { return config }
        return fileExists(Self.systemConfigPath) ? Self.systemConfigPath : Self.localConfigPath
    }

    /// The daemon config with the flags applied and every feed of every list, or all the errors.
    func loadEffectiveConfig() -> Result<EffectiveConfig, ConfigErrors> {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = { (path: String) in ConfigPaths.resolve(path, against: cwd) }
        let overrides = ConfigOverrides(feeds: feeds.map(absolute), stateDir: stateDir.map(absolute),
                                        outboxDir: outbox.map(absolute))
        return ConfigLoader().load(configFile: absolute(configPath()), overrides: overrides)
    }
}

/// Error lines as `rasd check` prints them: paths under the working directory shown relative.
enum ConfigErrorText {
    static func line(_ error: ConfigError, relativeTo cwd: String = FileManager.default.currentDirectoryPath) -> String {
        var e = error
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        if e.location.file.hasPrefix(prefix) { e.location.file.removeFirst(prefix.count) }
        return e.description
    }
}
