/// The knobs of one feed's polling schedule, all in seconds.
///
/// Built from the daemon config and the feed's own interval; kept separate from the state so
/// the same pure schedule function serves every feed.
public struct SchedulePolicy: Sendable, Equatable {
    /// The feed's normal polling interval.
    public var interval: Int
    /// No poll is planned sooner than this after the previous one (bounds server hints too).
    public var minInterval: Int
    /// No success-path poll is planned later than this (bounds `<ttl>` / `max-age` floors).
    public var maxInterval: Int
    /// Spread of the normal interval: 0.1 means ±10%.
    public var jitter: Double
    /// Upper bound of the failure backoff.
    public var backoffCap: Int
    /// An unconditional refetch is due when the last full (200) response is older than this.
    public var forceRefetchAfter: Int

    public init(interval: Int = 900, minInterval: Int = 60, maxInterval: Int = 86_400,
                jitter: Double = 0.1, backoffCap: Int = 6 * 3600, forceRefetchAfter: Int = 86_400) {
        self.interval = interval; self.minInterval = minInterval; self.maxInterval = maxInterval
        self.jitter = jitter; self.backoffCap = backoffCap; self.forceRefetchAfter = forceRefetchAfter
    }

    /// The policy of one feed under the daemon's settings (`feedInterval` nil = the default interval).
    public init(config: DaemonConfig, feedInterval: Int? = nil) {
        self.init(interval: feedInterval ?? config.defaultInterval, minInterval: config.minInterval,
                  maxInterval: config.maxInterval, backoffCap: config.backoffCap,
                  forceRefetchAfter: config.forceRefetchAfter)
    }
}
