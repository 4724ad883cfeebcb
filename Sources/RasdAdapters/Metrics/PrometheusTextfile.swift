#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Prometheus text exposition format for node_exporter's textfile collector: `render` is
/// pure; `write` replaces the file atomically (temporary file in the same folder, then rename), so
/// the collector never reads half a file.
public enum PrometheusTextfile {
    public static func render(_ m: CycleMetrics) -> String {
        var out = ""
        func metric(_ name: String, _ type: String, _ help: String, _ samples: [(String, String)]) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
            for (labels, value) in samples { out += "\(name)\(labels) \(value)\n" }
        }
        metric("rasd_fetches_total", "counter", "Feed fetches by result.",
               m.fetches.keys.sorted().map { ("{result=\"\($0)\"}", "\(m.fetches[$0]!)") })
        metric("rasd_items_total", "counter", "Feed items read.", [("", "\(m.items)")])
        metric("rasd_stories_total", "counter", "New stories after dedup.", [("", "\(m.stories)")])
        metric("rasd_duplicates_total", "counter", "Stories dropped as duplicates.", [("", "\(m.duplicates)")])
        metric("rasd_incidents_total", "counter", "Incident records written, by kind.",
               [("{kind=\"new\"}", "\(m.incidentsNew)"), ("{kind=\"revised\"}", "\(m.incidentsRevised)")])
        metric("rasd_outbox_errors_total", "counter", "Failed outbox writes.", [("", "\(m.outboxErrors)")])
        metric("rasd_cycles_total", "counter", "Completed poll cycles.", [("", "\(m.cycles)")])
        metric("rasd_cycle_duration_seconds", "gauge", "Wall time of the last cycle.",
               [("", format(m.lastCycleSeconds))])
        metric("rasd_last_cycle_timestamp_seconds", "gauge", "Unix time the last cycle ended.",
               [("", format(m.lastCycleEnd))])
        metric("rasd_feeds", "gauge", "Configured feeds.", [("", "\(m.feeds)")])
        metric("rasd_failing_feeds", "gauge", "Feeds now failing or stale.", [("", "\(m.failingFeeds)")])
        metric("rasd_outbox_pending", "gauge", "Records waiting to be written to the outbox.",
               [("", "\(m.pendingRecords)")])
        return out
    }

    static func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    /// Writes `text` to `path` atomically. Returns the errno on failure, nil on success.
    @discardableResult
    public static func write(_ text: String, to path: String) -> Int32? {
        let tmp = "\(path).\(getpid()).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno; close(fd); unlink(tmp); return e
            }
            offset += n
        }
        close(fd)
        if rename(tmp, path) != 0 { let e = errno; unlink(tmp); return e }
        return nil
    }
}
