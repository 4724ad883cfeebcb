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
