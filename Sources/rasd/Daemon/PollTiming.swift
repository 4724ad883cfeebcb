import Foundation
import RasdCore

/// The loop's view of the per-feed schedule: `FeedSchedule` (RasdCore) does the math — interval
/// with ±jitter, `<ttl>`/`max-age` floor, full-jitter backoff after failures, `Retry-After`,
/// the daily unconditional refetch — on a `ScheduleState` mapped from and back to the stored
/// `FeedRecord`. Pure apart from the random source.
enum PollTiming {
    static func interval(of feed: FeedConfig, config: DaemonConfig) -> Int {
        feed.interval ?? config.defaultInterval
    }

    static func policy(_ feed: FeedConfig, _ config: DaemonConfig) -> SchedulePolicy {
        SchedulePolicy(config: config, feedInterval: feed.interval)
    }

    static func state(_ r: FeedRecord) -> ScheduleState {
        ScheduleState(nextPoll: r.nextPoll, lastAttempt: r.lastAttempt, lastSuccess: r.lastSuccess,
                      lastFullFetch: r.lastFullFetch, consecutiveFailures: r.consecutiveFailures,
                      serverFloor: r.serverFloor)
    }

    static func isDue(_ record: FeedRecord, now: Date) -> Bool {
        FeedSchedule.isDue(state(record), now: now)
    }

    static func needsUnconditionalFetch(_ record: FeedRecord, now: Date, config: DaemonConfig) -> Bool {
        FeedSchedule.needsUnconditionalFetch(state(record), now: now,
                                             policy: SchedulePolicy(config: config))
    }

    /// The poll's result as the schedule sees it (`parseError`: a 200 whose body was unusable).
    static func outcome(_ result: FeedPollResult, parseError: String?, ttlMinutes: Int?) -> PollOutcome? {
        switch result {
        case .cancelled: return nil
        case .fetched(_, _, _, _, let maxAge):
            return parseError == nil ? .fetched(ttlMinutes: ttlMinutes, cacheMaxAge: maxAge) : .failed(.malformed)
        case .notModified(let maxAge): return .notModified(cacheMaxAge: maxAge)
        case .throttled(let status, let seconds): return .throttled(status: status, retryAfter: .seconds(seconds))
        case .failed(let category, let message):
            return .failed(FetchFailure.Category(rawValue: category).map(failure) ?? .other(message))
        }
    }

    static func failure(_ c: FetchFailure.Category) -> FetchFailure {
        switch c {
        case .dns: return .dns
        case .connect: return .connect
        case .tls: return .tls
        case .timeout: return .timeout
        case .httpStatus: return .httpStatus(0)
        case .tooLarge: return .tooLarge
        case .protocolRefused: return .protocolRefused
        case .tooManyRedirects: return .tooManyRedirects
        case .malformed: return .malformed
        case .cancelled: return .cancelled
        case .other: return .other("")
        }
    }

    /// The record after a poll at `now` ended with `result`.
    static func record(_ result: FeedPollResult, parseError: String?, ttlMinutes: Int? = nil, into old: FeedRecord,
                       feed: FeedConfig, config: DaemonConfig, now: Date) -> FeedRecord {
        guard let outcome = outcome(result, parseError: parseError, ttlMinutes: ttlMinutes) else { return old }
        var rng = SystemRandomNumberGenerator()
        let next = FeedSchedule.record(outcome, at: now, state: state(old), policy: policy(feed, config), using: &rng)
        var r = old
        r.nextPoll = next.nextPoll; r.lastAttempt = next.lastAttempt; r.lastSuccess = next.lastSuccess
        r.lastFullFetch = next.lastFullFetch; r.consecutiveFailures = next.consecutiveFailures
        r.serverFloor = next.serverFloor
        switch result {
        case .fetched(_, _, _, let validators, _) where parseError == nil:
            r.validators = validators; r.lastError = nil
        case .failed(_, let message): r.lastError = message
        case .fetched: r.lastError = parseError
        case .notModified: r.lastError = nil
        case .throttled, .cancelled: break
        }
        return r
    }
}
