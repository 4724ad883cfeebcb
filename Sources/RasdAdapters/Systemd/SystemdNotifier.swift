#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// sd_notify(3) without libsystemd: one AF_UNIX datagram per message to `$NOTIFY_SOCKET`
/// (a leading `@` means the Linux abstract namespace). Without `NOTIFY_SOCKET` every call is a
/// no-op, so the daemon code is the same in a terminal and under systemd.
public struct SystemdNotifier: Sendable {
    /// The socket address, nil when not started by systemd with `Type=notify`.
    public let socketPath: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["NOTIFY_SOCKET"] ?? ""
        self.socketPath = path.isEmpty ? nil : path
    }

    public init(socketPath: String?) { self.socketPath = socketPath }

    public var isEnabled: Bool { socketPath != nil }

    /// The messages rasd sends.
    public enum Message: Sendable, Equatable {
        case ready
        case status(String)
        case watchdog
        /// Sent with `MONOTONIC_USEC=` (systemd ≥ 253 requires it, older ones ignore it).
        case reloading(monotonicMicroseconds: UInt64)
        case stopping

        public var text: String {
            switch self {
            case .ready: return "READY=1"
            case .status(let s): return "STATUS=" + s.replacingOccurrences(of: "\n", with: " ")
            case .watchdog: return "WATCHDOG=1"
            case .reloading(let usec): return "RELOADING=1\nMONOTONIC_USEC=\(usec)"
            case .stopping: return "STOPPING=1"
            }
        }
    }

    /// Sends the messages as one datagram. Returns nil on success (or when disabled), the errno otherwise.
    @discardableResult
    public func notify(_ messages: Message...) -> Int32? {
        notify(messages.map(\.text).joined(separator: "\n"))
    }

    @discardableResult
    public func notify(_ text: String) -> Int32? {
        guard let socketPath else { return nil }
        return Self.send(text, to: socketPath)
    }

    /// `CLOCK_MONOTONIC` in microseconds, for `RELOADING=1`.
    public static func monotonicMicroseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1000
    }

    static func send(_ text: String, to path: String) -> Int32? {
        #if os(Linux)
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_DGRAM, 0)
        #endif
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(path.utf8)
        let abstract = pathBytes.first == UInt8(ascii: "@")
        if abstract { pathBytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        guard pathBytes.count < capacity || (abstract && pathBytes.count <= capacity) else { return ENAMETOOLONG }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in pathBytes.enumerated() { raw[i] = b }
        }
        // Abstract names are exactly their bytes; filesystem paths are NUL-terminated.
        let length = MemoryLayout<sa_family_t>.size + pathBytes.count + (abstract ? 0 : 1)
        let payload = Array(text.utf8)
        let sent = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                payload.withUnsafeBytes { buf in
                    sendto(fd, buf.baseAddress, buf.count, Int32(MSG_NOSIGNAL), sa, socklen_t(length))
                }
            }
        }
        return sent < 0 ? errno : nil
    }
}
