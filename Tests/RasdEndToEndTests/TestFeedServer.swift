#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `Tests/Support/testserver.py --root DIR` on 127.0.0.1 with an OS-chosen port. Its stdin is a
/// pipe we hold: when the test process dies, the server sees EOF and exits.
final class TestFeedServer: @unchecked Sendable {
    let process: ChildProcess
    let port: Int
    /// `https` when started with `tls: true` (the script's self-signed test certificate).
    let scheme: String
    private let stdinWrite: Int32

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/testserver.py").path

    init(root: String, logDir: String, tls: Bool = false) async throws {
        scheme = tls ? "https" : "http"
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        stdinWrite = fds[1]
        _ = fcntl(stdinWrite, F_SETFD, FD_CLOEXEC)
        let process = try ChildProcess("/usr/bin/python3",
                                   [Self.script, "--port", "0", "--bind", "127.0.0.1", "--root", root, "--exit-on-stdin-eof"] + (tls ? ["--tls"] : []),
                                   stdoutPath: logDir + "/server\(tls ? "-tls" : "").out", stderrPath: logDir + "/server\(tls ? "-tls" : "").err",
                                   stdinFromPipe: fds[0])
        self.process = process
        close(fds[0])
        var found: Int?
        _ = await ChildProcess.eventually(seconds: 10) {
            let first = process.stdout.split(separator: "\n").first.map(String.init) ?? ""
            found = Int(first.trimmingCharacters(in: .whitespaces))
            return found != nil
        }
        port = found ?? 0
        guard found != nil else {
            throw ChildProcess.Failure(description: "test server did not start: \(process.stderr)")
        }
    }

    func url(_ file: String) -> String { "\(scheme)://127.0.0.1:\(port)/files/\(file)" }

    /// A scripted endpoint of the server (`/reset-mid-body?bytes=…`, `/loop`, …).
    func endpoint(_ pathAndQuery: String) -> String { "\(scheme)://127.0.0.1:\(port)\(pathAndQuery)" }

    func stop() async {
        close(stdinWrite)
        process.signal(SIGTERM)
        _ = await process.wait(seconds: 5)
    }
}
