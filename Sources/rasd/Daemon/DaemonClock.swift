import Synchronization
import Foundation

/// The daemon's only source of time: wall-clock `now` for records and schedules, and sleeping.
/// Injected so a test or a simulated run can drive the loop without waiting for real time.
protocol DaemonClock: Sendable {
    func now() -> Date
    /// Sleeps for `seconds` (or until cancelled).
    func sleep(seconds: Double) async throws
}

/// The real clock.
struct SystemDaemonClock: DaemonClock {
    func now() -> Date { Date() }
    func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(for: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    }
}

/// A clock whose sleeps return at once and move `now` forward: a day of polling in minutes,
/// for the memory benchmark (`rasd run --simulate-seconds 86400`). Real network, real disk;
/// only waiting is skipped.
final class SimulatedDaemonClock: DaemonClock {
    private let current: Mutex<Date>
    init(start: Date) { current = Mutex(start) }
    func now() -> Date { current.withLock { $0 } }
    func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        current.withLock { $0 = $0.addingTimeInterval(max(0, seconds)) }
        await Task.yield()
    }
}
