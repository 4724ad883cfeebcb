import Foundation

/// Checks over all feed definitions together with the daemon config: id syntax, duplicate ids
/// across every list, URLs, interval range, time zones. Pure: values in, errors out.
public enum FeedValidator {
    public static func validate(_ definitions: [FeedDefinition], config: DaemonConfig) -> [ConfigError] {
        var errors: [ConfigError] = []
        var firstByID: [String: FeedDefinition] = [:]
        for d in definitions {
            let f = d.feed
            if let problem = idProblem(f.id) {
                errors.append(ConfigError(.badValue, at: d.location("id"), problem))
            }
            if let first = firstByID[f.id] {
                errors.append(ConfigError(.duplicateID, at: d.location("id"),
                                          "duplicate feed id '\(f.id)', first defined at \(first.location(nil))"))
            } else {
                firstByID[f.id] = d
            }
            if let problem = urlProblem(f.url) {
                errors.append(ConfigError(.badURL, at: d.location("url"), problem))
            }
            if let interval = f.interval, !(config.minInterval...max(config.minInterval, config.maxInterval)).contains(interval) {
                errors.append(ConfigError(.intervalOutOfRange, at: d.location("interval"),
                    "\(interval)s is outside the allowed \(config.minInterval)s…\(config.maxInterval)s (min_interval…max_interval)"))
            }
            if let zone = f.timeZone, TimeZone(identifier: zone) == nil {
                errors.append(ConfigError(.badValue, at: d.location("time_zone"),
                                          "unknown time zone '\(zone)' (use an IANA name such as Asia/Baghdad)"))
            }
            if let ua = f.userAgent, ua.isEmpty || ua.contains(where: \.isNewline) {
                errors.append(ConfigError(.badValue, at: d.location("user_agent"), "must be a non-empty single line"))
            }
        }
        return errors
    }

    /// Feed ids name state rows and appear in outbox records: short, ASCII, stable.
    public static func idProblem(_ id: String) -> String? {
        if id.isEmpty { return "feed id must not be empty" }
        if id.count > 64 { return "feed id is longer than 64 characters" }
        let allowed = id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
        return allowed ? nil : "feed id '\(id)' may only use ASCII letters, digits, '-', '_' and '.'"
    }

    /// Why `text` is not a usable feed address, or nil when it is one (http/https with a host).
    public static func urlProblem(_ text: String) -> String? {
        if text.isEmpty { return "URL is empty" }
        if text.contains(where: { $0.isWhitespace }) { return "URL '\(text)' contains whitespace" }
        guard let parts = URLComponents(string: text) else { return "'\(text)' is not a valid URL" }
        guard let scheme = parts.scheme?.lowercased() else { return "URL '\(text)' has no scheme; use http:// or https://" }
        guard scheme == "http" || scheme == "https" else { return "URL scheme '\(scheme)' is not allowed; use http or https" }
        guard let host = parts.host, !host.isEmpty else { return "URL '\(text)' has no host" }
        return nil
    }
}
