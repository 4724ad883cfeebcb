import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `Tests/Support/testserver.py` running as a child process on 127.0.0.1, for tests that need a
/// real HTTP server. Picks a free port (`--port 0`), waits until the server has announced it,
/// and kills the child in `deinit`. The child also exits when this process dies (its stdin pipe
/// closes), so a crashed test run leaves no server behind.
///
/// Spawned with `posix_spawn` and an empty signal mask: a child started from async code would
/// otherwise inherit blocked signals (see PLATFORM-NOTES). Copy this file into another test
/// target to reuse it; it depends on Foundation and Glibc only.
final class TestHTTPServer: @unchecked Sendable {
    struct StartError: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int
    let pid: pid_t
    private let stdinWrite: Int32

    let scheme: String

    /// `http://127.0.0.1:<port>` (`https://` with `tls`)
    var base: String { "\(scheme)://127.0.0.1:\(port)" }

    func url(_ path: String) -> String { base + path }

    /// The server script, found from this source file (no bundle or working directory needed).
    static var scriptPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Support/testserver.py").path
    }

    /// Starts a server; `root` is served under `/files/`; `tls` serves HTTPS with the self-signed
    /// test certificate. Fails after `startupDeadline` seconds.
    init(root: String? = nil, tls: Bool = false, startupDeadline: Double = 15) throws {
        var arguments = ["python3", Self.scriptPath, "--port", "0", "--exit-on-stdin-eof"]
        if let root { arguments += ["--root", root] }
        if tls { arguments.append("--tls") }
        scheme = tls ? "https" : "http"

        var stdinPipe: [Int32] = [0, 0]
        var stdoutPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw StartError(description: "pipe failed") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        for fd in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, fd) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGTERM)
        sigaddset(&defaultSignals, SIGINT)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { for p in cArguments { free(p) } }
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, "python3", &actions, &attributes, cArguments, environ)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        guard spawned == 0 else {
            close(stdinPipe[1]); close(stdoutPipe[0])
            throw StartError(description: "posix_spawnp python3 failed: \(spawned)")
        }
        pid = child
        stdinWrite = stdinPipe[1]
        _ = fcntl(stdinWrite, F_SETFD, FD_CLOEXEC)
        defer { close(stdoutPipe[0]) }

        do {
            let line = try Self.readLine(fd: stdoutPipe[0], deadline: startupDeadline)
            guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), port > 0 else {
                throw StartError(description: "test server printed \(line.debugDescription), not a port")
            }
            self.port = port
        } catch {
            kill(child, SIGKILL)
            var status: Int32 = 0
            waitpid(child, &status, 0)
            close(stdinPipe[1])
            throw error
        }
    }

    /// Starts a server on a thread of its own, so waiting for Python to come up never blocks
    /// one of the few threads of Swift's cooperative pool (other tests' timings depend on them).
    static func start(root: String? = nil, tls: Bool = false) async throws -> TestHTTPServer {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try TestHTTPServer(root: root, tls: tls) })
            }
            thread.start()
        }
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(stdinWrite)
    }

    /// Reads up to the first newline, giving up after `deadline` seconds.
    private static func readLine(fd: Int32, deadline: Double) throws -> String {
        var bytes: [UInt8] = []
        let end = Date().addingTimeInterval(deadline)
        while !bytes.contains(UInt8(ascii: "\n")) {
            let remaining = end.timeIntervalSinceNow
            guard remaining > 0 else { throw StartError(description: "test server did not start within \(deadline) s") }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, Int32(remaining * 1000))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 256)
            let n = read(fd, &buffer, buffer.count)
            guard n > 0 else { throw StartError(description: "test server exited before printing its port") }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }

    /// GETs a JSON endpoint of the server (`/stats`, `/log`, `/echo`) without libcurl, so the
    /// helper never depends on the code under test.
    func getJSON(_ path: String) throws -> Any {
        let body = try Self.httpGet(port: port, path: path)
        return try JSONSerialization.jsonObject(with: body)
    }

    /// A minimal blocking HTTP/1.0 GET to 127.0.0.1 (so helpers do not depend on the code under test).
    static func httpGet(port: Int, path: String, timeout: Int = 5) throws -> Data {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartError(description: "socket failed") }
        defer { close(fd) }
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw StartError(description: "connect to test server failed") }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard send(fd, request, request.count, 0) == request.count else { throw StartError(description: "send failed") }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n < 0 { throw StartError(description: "recv failed or timed out") }
            if n == 0 { break }
            response += buffer[0..<n]
        }
        let separator = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(0, response.count - 3)).first(where: { Array(response[$0..<$0 + 4]) == separator }) else {
            throw StartError(description: "malformed response from test server")
        }
        return Data(response[(split + 4)...])
    }
}
