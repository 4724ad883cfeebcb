import Foundation
import RasdCore

/// The one-line `ALERT` formats operators grep for (`journalctl -u rasd -f | grep ALERT`):
/// one per new or revised incident and one per feed-health change. Pure string building.
public enum AlertLine {
    /// `ALERT incident=… rev=1 type="…" place="…" date=… killed=0 injured=0 claim=no_claim sources=2 title="…" url=…`
    public static func incident(_ incident: Incident) -> String {
        let f = incident.facts
        let latest = incident.sources.last
        var parts = ["ALERT"]
        parts.append(LineFormat.pair("incident", incident.id))
        parts.append("rev=\(incident.revision)")
        parts.append("type=" + LineFormat.quote(f.subEventType))
        parts.append("place=" + LineFormat.quote(place(f.location)))
        parts.append(LineFormat.pair("date", f.eventDate?.date ?? "-"))
        parts.append(LineFormat.pair("killed", count(f.casualties.killed)))
        parts.append(LineFormat.pair("injured", count(f.casualties.injured)))
        parts.append(LineFormat.pair("claim", f.claim.status.rawValue))
        parts.append("sources=\(incident.sources.count)")
        parts.append("title=" + LineFormat.quote(latest?.title ?? ""))
        parts.append(LineFormat.pair("url", latest?.url ?? "-"))
        return parts.joined(separator: " ")
    }

    /// `name_ar، admin1_ar، country`, skipping missing parts; `-` without a location.
    public static func place(_ location: Location?) -> String {
        guard let l = location else { return "-" }
        var parts = [l.nameAr]
        if let a = l.admin1Ar, !a.isEmpty, a != l.nameAr { parts.append(a) }
        if let c = l.country, !c.isEmpty { parts.append(c) }
        return parts.joined(separator: "، ")
    }

    /// A count as a terminal reader wants it: `3`, `3-5`, `3+`, `0` (text says none),
    /// `vague`, `?` (text says unknown), `-` (not mentioned).
    public static func count(_ c: Count) -> String {
        switch c.status {
        case .reported:
            switch (c.min, c.max) {
            case let (lo?, hi?) where lo == hi: return "\(lo)"
            case let (lo?, hi?): return "\(lo)-\(hi)"
            case let (lo?, nil): return "\(lo)+"
            case let (nil, hi?): return "≤\(hi)"
            default: return "?"
            }
        case .none: return "0"
        case .vague: return "vague"
        case .unknown: return "?"
        case .notMentioned: return "-"
        }
    }

    /// `ALERT feed=… status=failing|stale|recovered …`.
    public static func feed(id: String, url: String, event: FeedHealthEvent) -> String {
        var parts = ["ALERT", LineFormat.pair("feed", id)]
        switch event {
        case .failing(let failures, let error):
            parts += ["status=failing", "failures=\(failures)", "error=" + LineFormat.quote(error)]
        case .stale(let silentSeconds):
            parts += ["status=stale", "silent_for=\(durationText(silentSeconds))"]
        case .recovered(let from):
            parts += ["status=recovered", "was=\(from.rawValue)"]
        }
        parts.append(LineFormat.pair("url", url))
        return parts.joined(separator: " ")
    }

    /// `90s`, `15m`, `3h20m`, `2d4h`.
    public static func durationText(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m" }
        if seconds < 86_400 {
            let m = (seconds % 3600) / 60
            return "\(seconds / 3600)h" + (m > 0 ? "\(m)m" : "")
        }
        let h = (seconds % 86_400) / 3600
        return "\(seconds / 86_400)d" + (h > 0 ? "\(h)h" : "")
    }
}
