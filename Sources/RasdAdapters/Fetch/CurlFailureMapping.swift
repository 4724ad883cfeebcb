import CCurl
import RasdCore

/// Sorts libcurl result codes into `FetchFailure` categories.
enum CurlFailureMapping {
    static func failure(for code: CURLcode, message: String?) -> FetchFailure {
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .dns
        case CURLE_COULDNT_CONNECT:
            return .connect
        case CURLE_OPERATION_TIMEDOUT:
            // libcurl reports connect timeouts with the same code; its message tells them apart.
            if let message {
                if message.contains("Resolving timed out") { return .dns }
                if message.contains("Connection timed out") || message.contains("Connection timeout") { return .connect }
            }
            return .timeout
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND,
             CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED,
             CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
            return .tls
        case CURLE_FILESIZE_EXCEEDED:
            return .tooLarge
        case CURLE_UNSUPPORTED_PROTOCOL:
            // libcurl also says this when a server's reply is not HTTP at all ("Received HTTP/0.9").
            if let message, message.contains("HTTP/0.9") { return .malformed }
            return .protocolRefused
        case CURLE_TOO_MANY_REDIRECTS:
            return .tooManyRedirects
        case CURLE_URL_MALFORMAT, CURLE_BAD_CONTENT_ENCODING, CURLE_WEIRD_SERVER_REPLY,
             CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_HTTP3:
            return .malformed
        default:
            let text = message ?? String(cString: curl_easy_strerror(code))
            return .other(text)
        }
    }
}
