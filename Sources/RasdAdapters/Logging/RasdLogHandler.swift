import Foundation
import Logging
import RasdCore

/// swift-log handler writing `LEVEL message key=value …` lines to a `LogSink`. Metadata keys are
/// sorted so lines are stable and diffable; values are quoted only when they contain spaces.
public struct RasdLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    let sink: LogSink
    let now: @Sendable () -> Date

    public init(label: String, sink: LogSink, level: Logger.Level = .info,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.label = label; self.sink = sink; self.logLevel = level; self.now = now
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        let line = Self.format(level: event.level, message: "\(event.message)", metadata: merged)
        sink.write(line: line, priority: Self.syslogPriority(event.level), timestamp: RFC3339.string(now()))
    }

    /// Pure: one log line.
    public static func format(level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        var line = levelName(level) + " " + message
        for key in metadata.keys.sorted() {
            line += " " + LineFormat.pair(key, "\(metadata[key]!)")
        }
        return line
    }

    public static func levelName(_ level: Logger.Level) -> String {
        switch level {
        case .trace: return "TRACE"
        case .debug: return "DEBUG"
        case .info: return "INFO"
        case .notice: return "NOTICE"
        case .warning: return "WARNING"
        case .error: return "ERROR"
        case .critical: return "CRITICAL"
        }
    }

    /// sd-daemon(3) priorities: what journald reads from the `<N>` prefix.
    public static func syslogPriority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }
}

extension Logger.Level {
    /// Parses the config's `log_level` ("info", "warning", …); nil for anything else.
    public init?(configName: String) {
        switch configName.lowercased() {
        case "trace": self = .trace
        case "debug": self = .debug
        case "info": self = .info
        case "notice": self = .notice
        case "warning", "warn": self = .warning
        case "error": self = .error
        case "critical": self = .critical
        default: return nil
        }
    }
}
