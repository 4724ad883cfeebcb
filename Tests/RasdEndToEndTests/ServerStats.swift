#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Reads the test server's request counter (`GET /stats`) over a plain socket, so a test can see
/// the moment the daemon starts fetching (the beginning of a poll cycle) without a log line for it.
struct ServerStats {
    let port: Int
    /// `/stats` requests this reader made (the counter includes them).
    private(set) var ownRequests = 0

    init(port: Int) { self.port = port }

    /// Requests the server has answered or is answering, not counting this reader's own.
    mutating func requests() -> Int? {
        ownRequests += 1
        guard let body = Self.get(port: port, path: "/stats"),
              let json = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
              let count = json["requests"] as? Int else { return nil }
        return count - ownRequests
    }

    /// A one-shot HTTP/1.0 GET on 127.0.0.1; the response body, or nil on any error.
    static func get(port: Int, path: String) -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard send(fd, request, request.count, 0) == request.count else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        return String(text[split.upperBound...])
    }
}
