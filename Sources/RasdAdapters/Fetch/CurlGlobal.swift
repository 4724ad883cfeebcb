import CCurl

/// libcurl's process-wide initialisation, done exactly once (it is not thread-safe to repeat).
///
/// `main` calls `initialize()` at start-up; every `CurlFetcher` calls it too, so tests and tools
/// that skip `main` are still correct. Swift runs a static `let` initialiser once, atomically.
public enum CurlGlobal {
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Initialises libcurl on first call; returns whether that succeeded.
    @discardableResult
    public static func initialize() -> Bool { initialized }

    /// libcurl's version string (`libcurl/7.88.1 OpenSSL/3.0.x zlib/…`).
    public static var version: String { String(cString: curl_version()) }
}
