import Foundation

/// A server's `Retry-After` answer (RFC 9110 §10.2.3): a delay in seconds or an absolute HTTP-date.
///
/// Kept as the server said it, so the fetcher needs no clock: the scheduler turns it into a
/// delay against its own `now`.
public enum RetryAfter: Sendable, Equatable, Hashable {
    case seconds(Int)
    case date(Date)

    /// Parses a header value; nil when it is neither a non-negative integer nor an HTTP-date.
    public static func parse(_ value: String) -> RetryAfter? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return .seconds(Int(trimmed) ?? Int.max)
        }
        return HTTPDate.parse(trimmed).map(RetryAfter.date)
    }

    /// Seconds to wait from `now`; never negative (a date in the past means "now").
    public func delay(from now: Date) -> TimeInterval {
        switch self {
        case .seconds(let s): TimeInterval(s)
        case .date(let d): max(0, d.timeIntervalSince(now))
        }
    }
}

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
