#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// One daemon per state directory. Two daemons on one state would each keep their own in-memory
/// near-duplicate index and schedule, so they would re-emit each other's incidents; the second
/// one is refused at start-up instead.
///
/// The lock is `flock(LOCK_EX | LOCK_NB)` on `<state_dir>/rasd.lock`, held until the process
/// ends: the kernel drops it when the process dies, even by `kill -9`, so a stale lock file never
/// blocks a restart. The file holds the holder's pid, for the message the second daemon prints.
/// Readers (`rasd feeds`) do not take it.
public enum StateDirectoryLock {
    public static let fileName = "rasd.lock"

    /// Why the lock could not be taken.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var lockPath: String
        /// The pid written by the daemon holding the lock (nil when the lock could not be tried).
        public var holder: Int32?
        public var detail: String?

        public var description: String {
            if let detail {
                return "state directory lock \(lockPath) cannot be taken: \(detail)"
            }
            let who = holder.map { "another rasd (pid \($0))" } ?? "another rasd"
            return "state directory \((lockPath as NSString).deletingLastPathComponent) is in use by \(who): "
                + "lock file \(lockPath) is held; stop that daemon first or give this one another state_dir"
        }
    }

    /// Open lock files of this process, by path; kept open (and locked) until the process exits.
    private static let held = Mutex<[String: Int32]>([:])

    /// Takes the lock on `directory` (creating it when missing) for the rest of the process's life.
    /// Taking it again in the same process is a no-op.
    public static func holdForProcess(directory: String) throws(Failure) {
        let path = (directory as NSString).appendingPathComponent(fileName)
        if held.withLock({ $0[path] != nil }) { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(lockPath: path, holder: nil, detail: "cannot create the state directory: \(error)")
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(lockPath: path, holder: nil, detail: String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            let holder = readPid(fd)
            close(fd)
            if code == EWOULDBLOCK { throw Failure(lockPath: path, holder: holder, detail: nil) }
            throw Failure(lockPath: path, holder: nil, detail: String(cString: strerror(code)))
        }
        writePid(fd)
        held.withLock { $0[path] = fd }
    }

    static func readPid(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func writePid(_ fd: Int32) {
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, text, text.count, 0)
    }
}
