/// Why the state database cannot be used. Each case names the file: the daemon stops with this
/// message rather than starting from an empty state, which would re-emit every incident.
public enum StateStoreError: Error, Equatable, CustomStringConvertible {
    /// The file is not an SQLite database, or SQLite found damage in it.
    case corrupt(path: String, detail: String)
    /// The file cannot be opened or read (permissions, missing directory, disk error).
    case unreadable(path: String, detail: String)
    /// The database was written by a newer rasd whose schema this binary does not know.
    case schemaTooNew(path: String, found: Int, supported: Int)
    /// A read-only open found a database that the daemon has not migrated yet.
    case schemaTooOld(path: String, found: Int, supported: Int)
    /// A read-only open found no database.
    case missing(path: String)
    /// Another process held a lock on the database longer than the busy timeout; nothing of the
    /// transaction was kept (a running daemon retries the same work on its next cycle).
    case locked(path: String, detail: String)

    public var description: String {
        switch self {
        case .corrupt(let path, let detail):
            return "state database \(path) is corrupt (\(detail)); restore it from a backup or move it away deliberately — rasd will not start from an empty state by itself"
        case .unreadable(let path, let detail):
            return "state database \(path) cannot be opened: \(detail)"
        case .schemaTooNew(let path, let found, let supported):
            return "state database \(path) has schema version \(found), newer than this rasd supports (\(supported)); run the newer rasd or restore a matching backup"
        case .schemaTooOld(let path, let found, let supported):
            return "state database \(path) has schema version \(found), older than this rasd (\(supported)); start the daemon once to migrate it"
        case .missing(let path):
            return "no state database at \(path)"
        case .locked(let path, let detail):
            return "state database \(path) is locked by another process for longer than the busy timeout (\(detail))"
        }
    }
}
