#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an outbox write failed: the step, the path and the errno, sorted into the few categories
/// an operator acts on (disk full, read-only, permissions).
public struct OutboxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Operation: String, Sendable {
        case createDirectory = "mkdir", encode, open, write, sync = "fsync", rename
        case syncDirectory = "fsync-dir"
        case remove = "unlink"
    }
    public enum Category: String, Sendable {
        case noSpace = "no_space", readOnly = "read_only", permission, notADirectory = "not_a_directory", other
    }

    public var operation: Operation
    public var path: String
    public var errno: Int32

    public init(operation: Operation, path: String, errno: Int32) {
        self.operation = operation; self.path = path; self.errno = errno
    }

    public var category: Category {
        switch errno {
        case ENOSPC, EDQUOT: return .noSpace
        case EROFS: return .readOnly
        case EACCES, EPERM: return .permission
        case ENOTDIR: return .notADirectory
        default: return .other
        }
    }

    public var description: String {
        let reason = errno == 0 ? "cannot encode record" : String(cString: strerror(errno))
        return "outbox \(operation.rawValue) \(path): \(reason) (\(category.rawValue))"
    }
}
