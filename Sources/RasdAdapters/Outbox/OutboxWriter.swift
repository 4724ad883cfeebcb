#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RasdCore

/// Writes incident records into a Maildir-style outbox: `tmp/` → fsync → rename into `new/` →
/// fsync the directory. Consumers only ever see complete files in `new/`, and because the file
/// name is derived from the record (first seen, id, revision) a replay after a crash rewrites the
/// same name instead of adding a duplicate.
///
/// Every failure (full disk, read-only file system, permissions) comes back as an `OutboxError`
/// value so the daemon can keep the record pending and retry on the next cycle.
public struct OutboxWriter: Sendable {
    public let directory: String
    public var tmpDirectory: String { directory + "/tmp" }
    public var newDirectory: String { directory + "/new" }
    public var curDirectory: String { directory + "/cur" }

    public init(directory: String) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    }

    /// `<first_seen compact UTC>-<incident id>-r<revision>.json`.
    public static func fileName(for incident: Incident) -> String {
        "\(RFC3339.compact(incident.firstSeen))-\(incident.id)-r\(incident.revision).json"
    }

    /// The record as it is written: the documented key order, one line, trailing newline.
    public static func serialize(_ incident: Incident) throws -> [UInt8] {
        Array((try OrderedJSONEncoder().encodeToString(incident) + "\n").utf8)
    }

    /// Creates `tmp/`, `new/` and `cur/` when missing.
    public func prepare() -> Result<Void, OutboxError> {
        for dir in [directory, tmpDirectory, newDirectory, curDirectory] {
            if mkdir(dir, 0o755) != 0 && errno != EEXIST {
                return .failure(OutboxError(operation: .createDirectory, path: dir, errno: errno))
            }
            var st = stat()
            if stat(dir, &st) != 0 { return .failure(OutboxError(operation: .createDirectory, path: dir, errno: errno)) }
            if (st.st_mode & S_IFMT) != S_IFDIR {
                return .failure(OutboxError(operation: .createDirectory, path: dir, errno: ENOTDIR))
            }
        }
        return .success(())
    }

    /// Writes one record; on success returns the path of the file in `new/`.
    public func write(_ incident: Incident) -> Result<String, OutboxError> {
        let bytes: [UInt8]
        do { bytes = try Self.serialize(incident) } catch {
            return .failure(OutboxError(operation: .encode, path: Self.fileName(for: incident), errno: 0))
        }
        return write(bytes: bytes, name: Self.fileName(for: incident))
    }

    /// What a batch write came to: the records now durably in `new/` (with their paths), in
    /// order, and the error that stopped the batch, if any.
    public struct Batch {
        public var written: [(incident: Incident, path: String)] = []
        public var failure: OutboxError?
    }

    /// Writes records in order, each atomically (tmp → fsync → rename), and syncs `new/` once at
    /// the end instead of once per record. Stops at the first failure; the records before it are
    /// durable. If the final directory sync fails, none is reported written (their files may be
    /// in `new/`, and a retry rewrites the same names).
    public func write(_ incidents: [Incident]) -> Batch {
        var batch = Batch()
        if case .failure(let e) = prepare() { batch.failure = e; return batch }
        for incident in incidents {
            let placed: Result<String, OutboxError>
            do { placed = place(bytes: try Self.serialize(incident), name: Self.fileName(for: incident)) } catch {
                placed = .failure(OutboxError(operation: .encode, path: Self.fileName(for: incident), errno: 0))
            }
            switch placed {
            case .success(let path): batch.written.append((incident, path))
            case .failure(let e): batch.failure = e
            }
            if batch.failure != nil { break }
        }
        if !batch.written.isEmpty, case .failure(let e) = Self.syncDirectory(newDirectory) {
            batch.written = []
            batch.failure = e
        }
        return batch
    }

    /// Writes `bytes` as `new/<name>` atomically and durably.
    public func write(bytes: [UInt8], name: String) -> Result<String, OutboxError> {
        if case .failure(let e) = prepare() { return .failure(e) }
        switch place(bytes: bytes, name: name) {
        case .failure(let e): return .failure(e)
        case .success(let path):
            if case .failure(let e) = Self.syncDirectory(newDirectory) { return .failure(e) }
            return .success(path)
        }
    }

    /// tmp → fsync → rename into `new/`; the caller syncs the directory.
    func place(bytes: [UInt8], name: String) -> Result<String, OutboxError> {
        let tmpPath = "\(tmpDirectory)/\(name).\(getpid()).tmp"
        let finalPath = "\(newDirectory)/\(name)"
        let fd = open(tmpPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(OutboxError(operation: .open, path: tmpPath, errno: errno)) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, bytes.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                close(fd); unlink(tmpPath)
                return .failure(OutboxError(operation: .write, path: tmpPath, errno: e))
            }
            offset += n
        }
        if fsync(fd) != 0 {
            let e = errno
            close(fd); unlink(tmpPath)
            return .failure(OutboxError(operation: .sync, path: tmpPath, errno: e))
        }
        if close(fd) != 0 {
            let e = errno
            unlink(tmpPath)
            return .failure(OutboxError(operation: .write, path: tmpPath, errno: e))
        }
        if rename(tmpPath, finalPath) != 0 {
            let e = errno
            unlink(tmpPath)
            return .failure(OutboxError(operation: .rename, path: finalPath, errno: e))
        }
        return .success(finalPath)
    }

    static func syncDirectory(_ path: String) -> Result<Void, OutboxError> {
        let dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { return .failure(OutboxError(operation: .syncDirectory, path: path, errno: errno)) }
        defer { close(dfd) }
        if fsync(dfd) != 0 && errno != EINVAL {
            return .failure(OutboxError(operation: .syncDirectory, path: path, errno: errno))
        }
        return .success(())
    }
}
