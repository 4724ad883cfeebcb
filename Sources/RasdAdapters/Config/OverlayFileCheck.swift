import Foundation
import RasdCore

/// The user's gazetteer and lexicon overlays are part of the configuration: a row that cannot be
/// read stops start-up, `rasd check` and a reload exactly as a bad config key does, with
/// `file:line: field: message` (DESIGN, habit 8: extraction data is never skipped silently, and an
/// analyst must not find out weeks later that their added place or group was ignored).
public enum OverlayFileCheck {
    /// Every problem of the overlays `daemon` names. `keyLine` gives the line of a config key in
    /// `configFile`, for a missing or unreadable overlay file.
    public static func errors(in daemon: DaemonConfig, configFile: String, keyLine: (String) -> Int?) -> [ConfigError] {
        var errors: [ConfigError] = []
        if let path = daemon.gazetteerOverlay {
            switch text(of: path, key: "gazetteer_overlay", configFile: configFile, keyLine: keyLine) {
            case .failure(let e): errors.append(e)
            case .success(let text):
                errors += GazetteerTSV.parse(text, origin: path, priority: 1).errors.map {
                    ConfigError(.badValue, at: SourceLocation(file: path, line: $0.line, key: $0.field), $0.message)
                }
            }
        }
        if let path = daemon.lexiconOverlay {
            switch text(of: path, key: "lexicon_overlay", configFile: configFile, keyLine: keyLine) {
            case .failure(let e): errors.append(e)
            case .success(let text):
                errors += LexiconOverlay.parse(text, origin: path).errors.map {
                    ConfigError(.badValue, at: SourceLocation(file: path, line: $0.line, key: $0.field), $0.message)
                }
            }
        }
        return errors
    }

    static func text(of path: String, key: String, configFile: String, keyLine: (String) -> Int?) -> Result<String, ConfigError> {
        let at = SourceLocation(file: configFile, line: keyLine(key), key: key)
        guard FileManager.default.fileExists(atPath: path) else {
            return .failure(ConfigError(.missingFile, at: at, "overlay file \(path) does not exist"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ConfigError(.unreadableFile, at: at, "overlay file \(path) cannot be read"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ConfigError(.unreadableFile, at: at, "overlay file \(path) is not valid UTF-8"))
        }
        return .success(text)
    }
}
