#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import RasdAdapters

/// A real AF_UNIX datagram socket standing in for systemd's notify socket.
final class NotifyListener {
    let fd: Int32
    let address: String
    /// `abstract`: bind in the abstract namespace and return `@name` like systemd does.
    init(path: String, abstract: Bool) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        self.fd = fd
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if abstract { bytes.insert(0, at: 0) }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
        let len = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
        let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EINVAL) }
        var tv = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        address = abstract ? "@" + path : path
    }
    deinit { close(fd); if !address.hasPrefix("@") { unlink(address) } }

    /// The next datagram, or nil after the 5 s timeout.
    func receive() -> String? {
        var buf = [UInt8](repeating: 0, count: 4096)
        let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, 0) }
        return n < 0 ? nil : String(decoding: buf[0..<n], as: UTF8.self)
    }
}

@Suite struct NotifyTests {
    @Test(arguments: [false, true])
    func messagesArriveOnTheSocket(abstract: Bool) throws {
        let dir = OutboxTempDir("notify"); defer { dir.remove() }
        let name = abstract ? "rasd-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))" : dir.path + "/notify.sock"
        let listener = try NotifyListener(path: name, abstract: abstract)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address])
        #expect(notifier.isEnabled)
        #expect(notifier.notify(.ready, .status("cycle 1: 3 feeds, 0 incidents")) == nil)
        #expect(listener.receive() == "READY=1\nSTATUS=cycle 1: 3 feeds, 0 incidents")
        #expect(notifier.notify(.watchdog) == nil)
        #expect(listener.receive() == "WATCHDOG=1")
        #expect(notifier.notify(.reloading(monotonicMicroseconds: 123_456)) == nil)
        #expect(listener.receive() == "RELOADING=1\nMONOTONIC_USEC=123456")
        #expect(notifier.notify(.stopping) == nil)
        #expect(listener.receive() == "STOPPING=1")
    }

    @Test func disabledWithoutNotifySocket() {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.isEnabled)
        #expect(notifier.notify(.ready) == nil)
    }

    @Test func missingSocketIsAnErrorNotACrash() {
        let notifier = SystemdNotifier(socketPath: "/nonexistent/rasd/notify.sock")
        #expect(notifier.notify(.ready) == ENOENT)
    }

    @Test func monotonicClockAdvances() {
        let a = SystemdNotifier.monotonicMicroseconds()
        usleep(2000)
        #expect(SystemdNotifier.monotonicMicroseconds() > a)
    }

    @Test func watchdogPetsOnlyWhileCyclesProgress() {
        let policy = WatchdogPolicy(environment: ["WATCHDOG_USEC": "30000000"], stallAfter: 120)
        #expect(policy.interval == 15)
        let t = Date(timeIntervalSince1970: 1000)
        #expect(policy.shouldPet(lastProgress: t, now: t.addingTimeInterval(60)))
        #expect(!policy.shouldPet(lastProgress: t, now: t.addingTimeInterval(121)))
        #expect(WatchdogPolicy(environment: [:], stallAfter: 120).interval == nil)
        #expect(WatchdogPolicy(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"], stallAfter: 1).interval == nil)
    }
}
