#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Removes temporary files that a killed writer left in `outbox/tmp/`. A `kill -9` between a
/// record's `open` in `tmp/` and its rename into `new/` leaves `<name>.<pid>.tmp` behind; the
/// record itself is rewritten on restart (it is still pending in the state database), so the
/// leftover is garbage that nothing else would ever remove.
///
/// A file is an orphan when its writer can no longer be writing it: the pid in its name is this
/// process (called before this process writes anything) or no running process. Files of a live
/// writer (another rasd sharing the outbox) and files not named by rasd are left alone.
extension OutboxWriter {
    /// What a sweep of `tmp/` did.
    public struct OrphanSweep: Sendable, Equatable {
        /// Paths removed.
        public var removed: [String] = []
        /// Orphans that could not be removed (path and error).
        public var failures: [OutboxError] = []
    }

    /// The writer pid in a temporary file's name (`<record name>.<pid>.tmp`), or nil when the
    /// name is not one rasd writes.
    static func writerPID(ofTemporaryFile name: String) -> pid_t? {
        guard name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let pid = pid_t(parts[parts.count - 1]), pid > 0 else { return nil }
        return pid
    }

    /// Whether a process with `pid` exists (EPERM: it exists but belongs to someone else).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes every orphaned temporary file (see the type's note). Call it only while this
    /// process holds the state directory's lock and before it writes records.
    public func removeOrphanedTemporaryFiles() -> OrphanSweep {
        var sweep = OrphanSweep()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: tmpDirectory) else { return sweep }
        let me = getpid()
        for name in names.sorted() {
            guard let pid = Self.writerPID(ofTemporaryFile: name), pid == me || !Self.isRunning(pid) else { continue }
            let path = tmpDirectory + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            if unlink(path) == 0 || errno == ENOENT {
                sweep.removed.append(path)
            } else {
                sweep.failures.append(OutboxError(operation: .remove, path: path, errno: errno))
            }
        }
        return sweep
    }
}
