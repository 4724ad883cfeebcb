import Foundation

/// Everything the schedule remembers about one feed between polls; persisted by the state store
/// (Codable, with failures as readable strings and counts keyed by category name).
public struct ScheduleState: Sendable, Equatable, Codable {
    /// When the next poll is due (nil = never polled: due now).
    public var nextPoll: Date?
    /// The last poll attempt, whatever its outcome.
    public var lastAttempt: Date?
    /// The last poll that succeeded (200 or 304).
    public var lastSuccess: Date?
    /// The last full response (200): an unconditional refetch is due a day after it.
    public var lastFullFetch: Date?
    /// Failures since the last success; drives the backoff. Throttling does not change it.
    public var consecutiveFailures: Int
    /// The most recent failure, kept until the next success.
    public var lastFailure: FetchFailure?
    /// All failures ever counted for this feed, by category.
    public var failureCounts: [FetchFailure.Category: Int]
    /// The freshness floor the server last advertised (`<ttl>` or `max-age`), in seconds.
    public var serverFloor: Int?

    public init(nextPoll: Date? = nil, lastAttempt: Date? = nil, lastSuccess: Date? = nil,
                lastFullFetch: Date? = nil, consecutiveFailures: Int = 0, lastFailure: FetchFailure? = nil,
                failureCounts: [FetchFailure.Category: Int] = [:], serverFloor: Int? = nil) {
        self.nextPoll = nextPoll; self.lastAttempt = lastAttempt; self.lastSuccess = lastSuccess
        self.lastFullFetch = lastFullFetch; self.consecutiveFailures = consecutiveFailures
        self.lastFailure = lastFailure; self.failureCounts = failureCounts; self.serverFloor = serverFloor
    }
}
