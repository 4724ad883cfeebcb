#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process started from async Swift code (Foundation's `Process`, for one) inherits a blocked
/// signal mask, so SIGTERM would never reach us. The daemon unblocks the signals it handles
/// before anything else.
enum SignalMask {
    static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP, SIGUSR1]

    static func unblockHandledSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for s in handled { sigaddset(&set, s) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
