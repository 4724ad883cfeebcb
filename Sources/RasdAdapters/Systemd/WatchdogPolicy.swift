import Foundation

/// When to pet systemd's watchdog: only while poll cycles make progress. `WATCHDOG_USEC` (set
/// by systemd when `WatchdogSec=` is configured) gives the deadline; the daemon pets at half of it
/// and only if a cycle finished within the last `stallAfter` seconds, so a hung cycle gets the
/// service restarted instead of being kept alive by a timer. Pure; the clock is passed in.
public struct WatchdogPolicy: Sendable, Equatable {
    /// Seconds between pets (half the watchdog timeout), nil when no watchdog is configured.
    public let interval: Double?
    /// A cycle must have completed within this many seconds for a pet to be sent.
    public let stallAfter: Double

    public init(environment: [String: String], stallAfter: Double) {
        // WATCHDOG_PID, when set, must be ours.
        if let pid = environment["WATCHDOG_PID"], let p = Int32(pid), p != getpid() {
            self.interval = nil
        } else if let usec = environment["WATCHDOG_USEC"].flatMap(UInt64.init), usec > 0 {
            self.interval = Double(usec) / 2_000_000
        } else {
            self.interval = nil
        }
        self.stallAfter = stallAfter
    }

    public init(interval: Double?, stallAfter: Double) { self.interval = interval; self.stallAfter = stallAfter }

    /// True if the daemon is making progress: the last cycle finished (or started up) recently.
    public func shouldPet(lastProgress: Date, now: Date) -> Bool {
        interval != nil && now.timeIntervalSince(lastProgress) <= stallAfter
    }
}
