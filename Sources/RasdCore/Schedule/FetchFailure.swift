/// Why one fetch of a feed failed, sorted into the few categories an operator acts on.
///
/// The fetcher maps libcurl's many error codes (and HTTP error statuses) onto these, so the
/// scheduler, the state store and the `rasd feeds` table can count failures per feed by kind
/// without knowing anything about libcurl. A 304 Not Modified is never a failure.
public enum FetchFailure: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The host name could not be resolved.
    case dns
    /// No TCP connection could be made (refused, unreachable, connect timeout).
    case connect
    /// The TLS handshake or certificate verification failed.
    case tls
    /// The transfer did not finish within the total timeout.
    case timeout
    /// The server answered with an error status (4xx, 5xx, or an unfollowed 3xx).
    case httpStatus(Int)
    /// The decoded body grew beyond the configured cap.
    case tooLarge
    /// The URL, or a redirect, pointed at a scheme other than http/https (file://, ftp://, …).
    case protocolRefused
    /// More redirects than allowed, or a redirect loop.
    case tooManyRedirects
    /// The URL or the server's reply could not be understood (bad URL, broken encoding, garbage).
    case malformed
    /// The fetch was cancelled before it finished (shutdown).
    case cancelled
    /// Anything else, with libcurl's message.
    case other(String)

    /// The category without its payload: what failure counters are keyed by.
    public var category: Category {
        switch self {
        case .dns: .dns
        case .connect: .connect
        case .tls: .tls
        case .timeout: .timeout
        case .httpStatus: .httpStatus
        case .tooLarge: .tooLarge
        case .protocolRefused: .protocolRefused
        case .tooManyRedirects: .tooManyRedirects
        case .malformed: .malformed
        case .cancelled: .cancelled
        case .other: .other
        }
    }

    public var description: String {
        switch self {
        case .httpStatus(let code): "http_status(\(code))"
        case .other(let message): "other(\(message))"
        default: category.rawValue
        }
    }

    /// Payload-free failure kinds, with stable snake_case names for logs, metrics and the state store.
    public enum Category: String, Sendable, Equatable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
        case dns
        case connect
        case tls
        case timeout
        case httpStatus = "http_status"
        case tooLarge = "too_large"
        case protocolRefused = "protocol_refused"
        case tooManyRedirects = "too_many_redirects"
        case malformed
        case cancelled
        case other
    }
}

extension FetchFailure: Codable {
    /// Reads the `description` form back: `"dns"`, `"http_status(503)"`, `"other(message)"`.
    public init?(description text: String) {
        if text.hasPrefix("http_status("), text.hasSuffix(")"),
           let code = Int(text.dropFirst("http_status(".count).dropLast()) {
            self = .httpStatus(code)
        } else if text.hasPrefix("other("), text.hasSuffix(")") {
            self = .other(String(text.dropFirst("other(".count).dropLast()))
        } else {
            switch Category(rawValue: text) {
            case .dns: self = .dns
            case .connect: self = .connect
            case .tls: self = .tls
            case .timeout: self = .timeout
            case .tooLarge: self = .tooLarge
            case .protocolRefused: self = .protocolRefused
            case .tooManyRedirects: self = .tooManyRedirects
            case .malformed: self = .malformed
            case .cancelled: self = .cancelled
            case .httpStatus, .other, nil: return nil
            }
        }
    }

    /// Encoded as its `description` string, so stored state stays readable.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = FetchFailure(description: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "unknown fetch failure \"\(text)\""))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
