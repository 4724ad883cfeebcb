import Foundation

/// The polling schedule of one feed as pure functions of (state, outcome, now, random source).
///
/// Politeness lives here, not in the fetcher: the normal interval with ±jitter so feeds do not
/// poll in lock-step; `<ttl>` and `Cache-Control: max-age` as a floor; exponential backoff with
/// full jitter after failures; `Retry-After` on 429/503 honoured without counting as a failure;
/// and a daily unconditional refetch for servers that answer 304 forever. No clock is read here.
public enum FeedSchedule {
    /// True when the feed should be polled at `now` (never-polled feeds are due at once).
    public static func isDue(_ state: ScheduleState, now: Date) -> Bool {
        state.nextPoll.map { $0 <= now } ?? true
    }

    /// True when the next fetch must skip the validators (If-None-Match / If-Modified-Since):
    /// no full response yet, or the last one is older than `policy.forceRefetchAfter`.
    public static func needsUnconditionalFetch(_ state: ScheduleState, now: Date, policy: SchedulePolicy) -> Bool {
        guard let last = state.lastFullFetch else { return true }
        return now.timeIntervalSince(last) >= TimeInterval(policy.forceRefetchAfter)
    }

    /// The state after a poll at `now` ended with `outcome`, including the next poll time.
    public static func record(_ outcome: PollOutcome, at now: Date, state: ScheduleState,
                              policy: SchedulePolicy, using rng: inout some RandomNumberGenerator) -> ScheduleState {
        var next = state
        switch outcome {
        case .fetched(let ttlMinutes, let cacheMaxAge):
            next.lastAttempt = now
            next.lastSuccess = now
            next.lastFullFetch = now
            next.consecutiveFailures = 0
            next.lastFailure = nil
            next.serverFloor = serverFloor(ttlMinutes: ttlMinutes, cacheMaxAge: cacheMaxAge)
            next.nextPoll = now.addingTimeInterval(successDelay(policy: policy, serverFloor: next.serverFloor, using: &rng))
        case .notModified(let cacheMaxAge):
            next.lastAttempt = now
            next.lastSuccess = now
            next.consecutiveFailures = 0
            next.lastFailure = nil
            next.serverFloor = cacheMaxAge ?? state.serverFloor
            next.nextPoll = now.addingTimeInterval(successDelay(policy: policy, serverFloor: next.serverFloor, using: &rng))
        case .throttled(_, let retryAfter):
            next.lastAttempt = now
            next.nextPoll = now.addingTimeInterval(throttleDelay(retryAfter, now: now, policy: policy, using: &rng))
        case .failed(.cancelled):
            // Shutdown interrupted the poll: nothing was learned about the feed.
            return state
        case .failed(let failure):
            next.lastAttempt = now
            next.consecutiveFailures = state.consecutiveFailures + 1
            next.lastFailure = failure
            next.failureCounts[failure.category, default: 0] += 1
            next.nextPoll = now.addingTimeInterval(backoffDelay(failures: next.consecutiveFailures, policy: policy, using: &rng))
        }
        return next
    }

    /// The server's freshness floor in seconds: the larger of `<ttl>` (minutes) and `max-age`.
    public static func serverFloor(ttlMinutes: Int?, cacheMaxAge: Int?) -> Int? {
        let ttl = ttlMinutes.flatMap { $0 > 0 ? $0.multipliedReportingOverflow(by: 60).partialValue : nil }
        switch (ttl, cacheMaxAge) {
        case (nil, nil): return nil
        case (let t?, nil): return t
        case (nil, let m?): return m
        case (let t?, let m?): return max(t, m)
        }
    }

    /// Delay after a success: the interval raised to the server's floor, bounded by
    /// [minInterval, maxInterval], spread by ±jitter, and never below minInterval.
    public static func successDelay(policy: SchedulePolicy, serverFloor: Int?,
                                    using rng: inout some RandomNumberGenerator) -> TimeInterval {
        let lower = TimeInterval(policy.minInterval)
        let upper = TimeInterval(max(policy.minInterval, policy.maxInterval))
        let base = clamp(TimeInterval(max(policy.interval, serverFloor ?? 0)), lower, upper)
        let spread = (2 * unit(using: &rng) - 1) * policy.jitter
        return clamp(base * (1 + spread), lower, upper)
    }

    /// Delay after the `failures`-th consecutive failure: "full jitter" backoff, a uniform draw
    /// from [0, min(cap, interval · 2^(failures−1))], but never below minInterval.
    public static func backoffDelay(failures: Int, policy: SchedulePolicy,
                                    using rng: inout some RandomNumberGenerator) -> TimeInterval {
        let lower = TimeInterval(policy.minInterval)
        let cap = TimeInterval(max(policy.backoffCap, policy.minInterval))
        let base = TimeInterval(max(policy.interval, policy.minInterval))
        let exponent = Double(min(max(failures, 1) - 1, 60))
        let ceiling = min(cap, base * pow(2, exponent))
        return clamp(unit(using: &rng) * ceiling, lower, cap)
    }

    /// Delay after a 429/503 with `Retry-After`: never sooner than the server asked nor sooner
    /// than the feed's normal interval (being told to slow down never speeds polling up), spread
    /// upwards by up to `jitter` so feeds throttled together do not return together, bounded by
    /// [minInterval, maxInterval].
    public static func throttleDelay(_ retryAfter: RetryAfter, now: Date, policy: SchedulePolicy,
                                     using rng: inout some RandomNumberGenerator) -> TimeInterval {
        let lower = TimeInterval(policy.minInterval)
        let upper = TimeInterval(max(policy.minInterval, policy.maxInterval))
        let asked = max(retryAfter.delay(from: now), TimeInterval(policy.interval))
        return clamp(asked * (1 + unit(using: &rng) * policy.jitter), lower, upper)
    }

    /// A uniform draw from [0, 1) with 53 bits, mapped the same way on every platform so seeded
    /// tests give the same schedule everywhere.
    public static func unit(using rng: inout some RandomNumberGenerator) -> Double {
        Double(rng.next() >> 11) * 0x1p-53
    }

    private static func clamp(_ v: TimeInterval, _ lo: TimeInterval, _ hi: TimeInterval) -> TimeInterval {
        min(max(v, lo), hi)
    }
}
