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
