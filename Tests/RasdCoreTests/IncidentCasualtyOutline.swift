@testable import RasdCore

/// One line per incident, "place K<killed> I<injured>" ("رفح K5 I-"), so a table row can say which
/// incident got which casualties. Shared by the clause-assignment and the sides suites.
enum IncidentCasualtyOutline {
    static func of(_ incidents: [IncidentFacts]) -> String {
        incidents.map { "\($0.location?.nameAr ?? "-") K\(figure($0.casualties.killed)) I\(figure($0.casualties.injured))" }
            .joined(separator: " | ")
    }

    /// "5", "5+" (no upper bound), "0" (none), "-" (not mentioned), "v" (vague), "?" (unknown).
    static func figure(_ c: Count) -> String {
        switch c.status {
        case .reported: return "\(c.min.map(String.init) ?? "?")\(c.max == nil ? "+" : "")"
        case .none: return "0"
        case .notMentioned: return "-"
        case .vague: return "v"
        case .unknown: return "?"
        }
    }
}
