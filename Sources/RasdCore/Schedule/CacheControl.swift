import Foundation

/// The parts of `Cache-Control` the scheduler cares about.
public enum CacheControl {
    /// `max-age` in seconds from a `Cache-Control` header value, or nil when absent or malformed.
    /// `no-store` / `no-cache` make it nil too: they promise nothing about freshness.
    public static func maxAge(_ value: String) -> Int? {
        var result: Int?
        for directive in value.split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1)
            let name = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            switch name {
            case "no-store", "no-cache":
                return nil
            case "max-age" where parts.count == 2:
                let raw = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\""))
                if let seconds = Int(raw), seconds >= 0 { result = seconds }
            default:
                continue
            }
        }
        return result
    }
}
