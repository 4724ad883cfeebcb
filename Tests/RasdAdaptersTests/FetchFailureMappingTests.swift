import CCurl
import Testing
@testable import RasdAdapters
import RasdCore

/// libcurl codes that the real-server tests cannot provoke on 127.0.0.1, mapped by table.
@Suite("Fetch: libcurl code mapping")
struct FetchFailureMappingTests {
    @Test(arguments: [
        (CURLE_COULDNT_RESOLVE_HOST, nil, FetchFailure.dns),
        (CURLE_COULDNT_RESOLVE_PROXY, nil, .dns),
        (CURLE_COULDNT_CONNECT, nil, .connect),
        (CURLE_OPERATION_TIMEDOUT, "Operation timed out after 30001 milliseconds with 10 out of 900 bytes received", .timeout),
        (CURLE_OPERATION_TIMEDOUT, "Connection timed out after 10001 milliseconds", .connect),
        (CURLE_OPERATION_TIMEDOUT, "Resolving timed out after 10000 milliseconds", .dns),
        (CURLE_PEER_FAILED_VERIFICATION, nil, .tls),
        (CURLE_SSL_CONNECT_ERROR, nil, .tls),
        (CURLE_SSL_CACERT_BADFILE, nil, .tls),
        (CURLE_FILESIZE_EXCEEDED, nil, .tooLarge),
        (CURLE_UNSUPPORTED_PROTOCOL, nil, .protocolRefused),
        (CURLE_UNSUPPORTED_PROTOCOL, "Received HTTP/0.9 when not allowed", .malformed),
        (CURLE_TOO_MANY_REDIRECTS, nil, .tooManyRedirects),
        (CURLE_URL_MALFORMAT, nil, .malformed),
        (CURLE_BAD_CONTENT_ENCODING, nil, .malformed),
        (CURLE_WEIRD_SERVER_REPLY, nil, .malformed),
        (CURLE_GOT_NOTHING, "Empty reply from server", .other("Empty reply from server")),
    ] as [(CURLcode, String?, FetchFailure)])
    func mapping(_ code: CURLcode, _ message: String?, _ expected: FetchFailure) {
        #expect(CurlFailureMapping.failure(for: code, message: message) == expected)
    }

    @Test func unknownCodesFallBackToLibcurlsText() {
        guard case .other(let text) = CurlFailureMapping.failure(for: CURLE_RECV_ERROR, message: nil) else {
            Issue.record("expected .other"); return
        }
        #expect(text == "Failure when receiving data from the peer")
    }
}
