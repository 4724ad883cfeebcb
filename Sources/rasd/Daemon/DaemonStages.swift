import Foundation
import Logging
import RasdAdapters
import RasdCore

/// Everything one poll cycle needs, injected: the stages behind their seams, the outbox, the
/// alert output, the logger and the clock.
struct DaemonStages: Sendable {
    var polling: any FeedPolling
    var parsing: any FeedParsing
    var extracting: any StoryExtracting
    var store: any DaemonStore
    var outbox: OutboxWriter
    var alerts: AlertSink
    var logger: Logger
    var clock: any DaemonClock
}

/// Where ALERT lines go: the log sink (so stderr/journal and the log file) at a syslog priority.
struct AlertSink: Sendable {
    let emit: @Sendable (_ line: String, _ priority: Int) -> Void

    init(sink: LogSink, clock: any DaemonClock) {
        emit = { line, priority in sink.write(line: line, priority: priority, timestamp: RFC3339.string(clock.now())) }
    }
    init(emit: @escaping @Sendable (String, Int) -> Void) { self.emit = emit }

    func incident(_ incident: Incident) { emit(AlertLine.incident(incident), 5) }

    func feed(_ feed: FeedConfig, _ event: FeedHealthEvent) {
        let priority: Int
        switch event {
        case .failing: priority = 3
        case .stale: priority = 4
        case .recovered: priority = 5
        }
        emit(AlertLine.feed(id: feed.id, url: feed.url, event: event), priority)
    }
}
