import Foundation
import RasdCore

/// When a feed is polled next, as a pure function of its record, the poll's result and `now`:
/// the feed's interval (raised to the server's freshness floor, bounded by the configured
/// minimum and maximum) after a success, capped exponential backoff after failures, and the
/// server's `Retry-After` when it asked us to wait.
enum PollTiming {
    static func interval(of feed: FeedConfig, config: DaemonConfig) -> Int {
        feed.interval ?? config.defaultInterval
    }

    static func isDue(_ record: FeedRecord, now: Date) -> Bool {
        record.nextPoll.map { $0 <= now } ?? true
    }

    static func needsUnconditionalFetch(_ record: FeedRecord, now: Date, config: DaemonConfig) -> Bool {
        guard let last = record.lastFullFetch else { return true }
        return now.timeIntervalSince(last) >= Double(config.forceRefetchAfter)
    }

    /// The record after a poll at `now` ended with `result` (`parseError` when a 200 body was unusable).
    static func record(_ result: FeedPollResult, parseError: String?, ttlMinutes: Int? = nil, into old: FeedRecord,
                       feed: FeedConfig, config: DaemonConfig, now: Date) -> FeedRecord {
        var r = old
        let minI = max(1, config.minInterval), maxI = max(minI, config.maxInterval)
        func successDelay(_ floor: Int?) -> Int {
            min(max(max(interval(of: feed, config: config), floor ?? 0), minI), maxI)
        }
        func fail(_ message: String) {
            r.lastAttempt = now
            r.consecutiveFailures += 1
            r.lastError = message
            let base = Double(max(interval(of: feed, config: config), minI))
            let delay = min(Double(max(config.backoffCap, minI)), base * pow(2, Double(min(r.consecutiveFailures - 1, 30))))
            r.nextPoll = now.addingTimeInterval(delay)
        }
        switch result {
        case .cancelled:
            return old
        case .failed(_, let message):
            fail(message)
        case .throttled(_, let retryAfter):
            r.lastAttempt = now
            r.nextPoll = now.addingTimeInterval(Double(min(max(retryAfter, minI), maxI)))
        case .notModified(let maxAge):
            r.lastAttempt = now; r.lastSuccess = now; r.consecutiveFailures = 0; r.lastError = nil
            r.serverFloor = maxAge ?? old.serverFloor
            r.nextPoll = now.addingTimeInterval(Double(successDelay(r.serverFloor)))
        case .fetched(_, _, _, let validators, let maxAge):
            if let parseError {
                fail(parseError)
                return r
            }
            r.lastAttempt = now; r.lastSuccess = now; r.lastFullFetch = now
            r.consecutiveFailures = 0; r.lastError = nil
            r.validators = validators
            let floors = [ttlMinutes.map { $0 * 60 }, maxAge].compactMap { $0 }
            r.serverFloor = floors.max()
            r.nextPoll = now.addingTimeInterval(Double(successDelay(r.serverFloor)))
        }
        return r
    }
}
