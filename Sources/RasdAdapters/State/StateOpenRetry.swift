/// Start-up while another process (a backup, an operator's `sqlite3` shell) holds the state
/// database's write lock. Opening migrates the schema, a write, so it waits SQLite's busy timeout
/// (10 s) and then fails with `StateStoreError.locked`. Exiting then would leave the restart to
/// systemd; retrying a few times with growing pauses rides out a lock of a few tens of seconds
/// in the same process, while the whole start-up stays well inside systemd's `TimeoutStartSec`
/// (120 s in the shipped unit). Every other error is final at once: retrying cannot fix it.
public struct StateOpenRetry: Sendable {
    /// The pauses (seconds) after each failed try; there is one try more than pauses.
    public var pauses: [Double]

    public init(pauses: [Double]) { self.pauses = pauses }

    /// Three tries, 2 s then 4 s apart: at most about 36 s with a 10 s busy timeout.
    public static let startUp = StateOpenRetry(pauses: [2, 4])

    /// Runs `open` until it succeeds, throws anything but `.locked`, or the pauses run out (then
    /// the last `.locked` error is thrown). `retrying` is told each failed try (1-based), the
    /// pause before the next and the error; `sleep` pauses (the caller's clock).
    public func run<T>(_ open: () throws -> T,
                       retrying: (_ failedTry: Int, _ pause: Double, _ error: StateStoreError) -> Void,
                       sleep: (Double) -> Void) throws -> T {
        var failed = 0
        while true {
            do { return try open() } catch let error as StateStoreError {
                guard case .locked = error, failed < pauses.count else { throw error }
                let pause = pauses[failed]
                failed += 1
                retrying(failed, pause, error)
                sleep(pause)
            }
        }
    }
}
