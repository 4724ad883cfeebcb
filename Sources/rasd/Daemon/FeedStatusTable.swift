import Foundation
import RasdAdapters
import RasdCore

/// `rasd feeds`: one row per configured feed (plus feeds the state still knows but the config no
/// longer lists), as an aligned text table. Pure: records and `now` in, text out.
enum FeedStatusTable {
    static let header = ["FEED", "STATUS", "LAST SUCCESS", "LAST ERROR", "NEXT POLL", "ITEMS", "INCIDENTS", "URL"]

    static func render(feeds: [FeedConfig], records: [FeedRecord], now: Date) -> String {
        let byURL = Dictionary(records.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [[String]] = []
        var listed = Set<String>()
        for feed in feeds {
            listed.insert(feed.url)
            rows.append(row(id: feed.id, enabled: feed.enabled, record: byURL[feed.url], url: feed.url, now: now))
        }
        for record in records where !listed.contains(record.url) {
            rows.append(row(id: record.feedID.isEmpty ? "-" : record.feedID, enabled: nil, record: record,
                            url: record.url, now: now))
        }
        return format([header] + rows)
    }

    static func row(id: String, enabled: Bool?, record: FeedRecord?, url: String, now: Date) -> [String] {
        let status: String
        switch (enabled, record) {
        case (nil, _): status = "unlisted"
        case (false?, _): status = "disabled"
        case (_, nil): status = "new"
        case (_, let r?): status = r.consecutiveFailures > 0 ? "failing(\(r.consecutiveFailures))" : (r.lastSuccess == nil ? "new" : "ok")
        }
        let lastError = record?.lastError.map { String($0.prefix(40)) } ?? "-"
        return [id, status, ago(record?.lastSuccess, now: now), lastError, until(record?.nextPoll, now: now),
                "\(record?.itemsSeen ?? 0)", "\(record?.incidents ?? 0)", url]
    }

    static func ago(_ date: Date?, now: Date) -> String {
        guard let date else { return "never" }
        return "\(RFC3339.string(date)) (\(AlertLineDuration.text(Int(now.timeIntervalSince(date)))) ago)"
    }

    static func until(_ date: Date?, now: Date) -> String {
        guard let date else { return "now" }
        let s = Int(date.timeIntervalSince(now))
        return s <= 0 ? "due" : "in \(AlertLineDuration.text(s))"
    }

    static func format(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

/// Durations as the ALERT lines write them (`15m`, `3h20m`).
enum AlertLineDuration {
    static func text(_ seconds: Int) -> String { AlertLine.durationText(max(0, seconds)) }
}
