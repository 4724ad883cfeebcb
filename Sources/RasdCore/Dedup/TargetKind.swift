/// Target kinds that can describe the same target from two outlets' points of view.
public enum TargetKind {
    static let groups: [Set<String>] = [
        ["military", "military_base", "security_checkpoint", "vehicle_convoy"],
        ["police", "government", "security_checkpoint"],
        ["civilians", "residential", "public_gathering", "religious_site", "medical", "vehicle_convoy"],
        ["infrastructure", "residential"],
    ]

    public static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b || a == "unknown" || b == "unknown" { return true }
        return groups.contains { $0.contains(a) && $0.contains(b) }
    }
}
