#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `rasd run` under a stand-in for systemd: a listening notify socket, `WATCHDOG_USEC` set.
@Suite struct NotifyEndToEndTests {
    /// Collects datagrams from a bound AF_UNIX socket on a background thread.
    final class Listener: @unchecked Sendable {
        let fd: Int32
        let path: String
        private let lock = NSLock()
        private var received: [String] = []

        init(path: String) {
            self.path = path
            let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            self.fd = fd
            var addr = sockaddr_un()
            addr.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &addr.sun_path) { raw in for (i, b) in path.utf8.enumerated() { raw[i] = b } }
            _ = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            var tv = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            Thread.detachNewThread { [self] in
                var buf = [UInt8](repeating: 0, count: 4096)
                while true {
                    let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, 0) }
                    if n > 0 {
                        let text = String(decoding: buf[0..<n], as: UTF8.self)
                        lock.withLock { received.append(text) }
                    } else if n < 0 && errno != EAGAIN && errno != EINTR { return }
                }
            }
        }
        deinit { shutdown(fd, Int32(SHUT_RDWR)); close(fd); unlink(path) }
        var messages: [String] { lock.withLock { received } }
        func has(_ prefix: String) -> Bool { messages.contains { $0.split(separator: "\n").contains { $0.hasPrefix(prefix) } } }
    }

    @Test func readyStatusWatchdogReloadingStopping() async throws {
        let ws = try E2EWorkspace("notify", extraConfig: "log_file = \"../rasd.log\""); defer { ws.remove() }
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "economy", link: "https://a.example/e")])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        let listener = Listener(path: ws.root + "/notify.sock")
        let daemon = try ws.start(["run"], environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "2000000"])
        #expect(await ChildProcess.eventually(seconds: 30) { listener.has("READY=1") }, "\(daemon.stderr)")
        #expect(await ChildProcess.eventually(seconds: 30) { listener.has("STATUS=last cycle") }, "\(listener.messages)")
        #expect(await ChildProcess.eventually(seconds: 30) { listener.has("WATCHDOG=1") }, "\(listener.messages)")
        daemon.signal(SIGHUP)
        #expect(await ChildProcess.eventually(seconds: 30) { listener.has("RELOADING=1") }, "\(listener.messages)")
        #expect(listener.messages.contains { $0.contains("MONOTONIC_USEC=") })
        // logrotate: move the log file away, SIGUSR1, the daemon writes a fresh one.
        let log = ws.root + "/rasd.log"
        #expect(await ChildProcess.eventually(seconds: 30) {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("cycle done")
        })
        try FileManager.default.moveItem(atPath: log, toPath: log + ".1")
        daemon.signal(SIGUSR1)
        #expect(await ChildProcess.eventually(seconds: 30) {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("log file reopened")
        }, "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(try await daemon.waitOrKill(seconds: 20) == 0)
        #expect(listener.has("STOPPING=1"))
        await server.stop()
    }
}
