#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Where formatted log lines go: stderr (with `<N>` syslog priority prefixes when stderr is the
/// journal, so `journalctl -p` filters work) and optionally a log file that is reopened on demand
/// (SIGUSR1 after logrotate moved it away). One lock serialises lines so they never interleave.
public final class LogSink: Sendable {
    struct State {
        var fileFD: Int32 = -1
    }

    /// True when lines carry the `<N>` journald priority prefix.
    public let journalPrefix: Bool
    public let filePath: String?
    let stderrFD: Int32
    let state = Mutex(State())

    /// - Parameters:
    ///   - environment: the process environment; `JOURNAL_STREAM` set means stderr is journald.
    ///   - filePath: optional log file, appended to.
    ///   - stderrFD: where plain lines go (2; tests pass a pipe).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                filePath: String? = nil, stderrFD: Int32 = 2) {
        self.journalPrefix = (environment["JOURNAL_STREAM"] ?? "").isEmpty == false
        self.filePath = filePath
        self.stderrFD = stderrFD
        if let filePath { state.withLock { $0.fileFD = LogSink.openFile(filePath) } }
    }

    deinit {
        state.withLock { if $0.fileFD >= 0 { close($0.fileFD) } }
    }

    static func openFile(_ path: String) -> Int32 {
        open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
    }

    /// Reopens the log file (after rotation). Returns false if it could not be opened.
    @discardableResult
    public func reopen() -> Bool {
        guard let filePath else { return true }
        let fd = LogSink.openFile(filePath)
        state.withLock {
            if $0.fileFD >= 0 { close($0.fileFD) }
            $0.fileFD = fd
        }
        return fd >= 0
    }

    /// Writes one line (without trailing newline) at a syslog priority (0 emerg … 7 debug).
    /// `timestamp` is only written to the log file; journald and terminals have their own.
    public func write(line: String, priority: Int, timestamp: String) {
        let stderrLine = (journalPrefix ? "<\(priority)>" : "") + line + "\n"
        state.withLock { s in
            LogSink.writeAll(stderrFD, stderrLine)
            if s.fileFD >= 0 { LogSink.writeAll(s.fileFD, timestamp + " " + line + "\n") }
        }
    }

    static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 { if errno == EINTR { continue }; return }
            offset += n
        }
        bytes.removeAll()
    }
}
