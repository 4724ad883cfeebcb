import Foundation

/// A feed's health as the alerting sees it. Pure state machine: `record(_:at:policy:)` returns an
/// event only on a transition (turns failing, turns stale, recovers), so the log gets one line
/// when a feed goes bad and one when it comes back, never one per poll.
public struct FeedHealth: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case ok, failing, stale
    }

    /// What one poll did.
    public enum Poll: Sendable, Equatable {
        /// 200 with `newItems` items never seen before.
        case fetched(newItems: Int)
        /// 304 Not Modified (the server is alive but has nothing new).
        case notModified
        case failed(String)
    }

    public struct Policy: Sendable, Equatable {
        /// Consecutive failed polls before the feed is `failing`.
        public var failingAfter: Int
        /// No new item for longer than this (seconds) and the feed is `stale`; nil disables it.
        public var staleAfter: Int?
        public init(failingAfter: Int, staleAfter: Int?) {
            self.failingAfter = max(1, failingAfter); self.staleAfter = staleAfter
        }
    }

    public private(set) var status: Status = .ok
    public private(set) var consecutiveFailures = 0
    /// Last time a new item appeared (or when watching began).
    public private(set) var lastNewItem: Date

    public init(watchingSince: Date, lastNewItem: Date? = nil) {
        self.lastNewItem = lastNewItem ?? watchingSince
    }

    public mutating func record(_ poll: Poll, at now: Date, policy: Policy) -> FeedHealthEvent? {
        switch poll {
        case .failed(let message):
            consecutiveFailures += 1
            if status != .failing && consecutiveFailures >= policy.failingAfter {
                status = .failing
                return .failing(failures: consecutiveFailures, error: message)
            }
            return nil
        case .fetched(let newItems):
            if newItems > 0 { lastNewItem = now }
            fallthrough
        case .notModified:
            consecutiveFailures = 0
            let silent = Int(now.timeIntervalSince(lastNewItem))
            if let limit = policy.staleAfter, silent > limit {
                if status == .stale { return nil }
                status = .stale
                return .stale(silentSeconds: silent)
            }
            if status == .ok { return nil }
            let was = status
            status = .ok
            return .recovered(from: was)
        }
    }
}

/// A health transition worth one ALERT line.
public enum FeedHealthEvent: Sendable, Equatable {
    case failing(failures: Int, error: String)
    case stale(silentSeconds: Int)
    case recovered(from: FeedHealth.Status)
}
