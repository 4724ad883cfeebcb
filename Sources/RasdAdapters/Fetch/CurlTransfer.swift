import CCurl
import Foundation
import RasdCore

/// One request on its way through the multi handle: the easy handle, the bytes and headers
/// received so far, and the continuation to answer. Lives on the fetcher thread only.
final class CurlTransfer {
    let job: FetchJob
    let easy: CurlEasyHandle
    private(set) var body = Data()
    /// Set when the decoded body passed the cap and the write callback aborted the transfer.
    private(set) var exceededCap = false
    /// Every response head seen (1xx, redirects, the final one), in order.
    private var heads: [ResponseHead] = []

    struct ResponseHead {
        var status: Int
        var url: String
        var headers = HTTPHeaders()
    }

    init?(job: FetchJob) {
        guard let easy = CurlEasyHandle() else { return nil }
        self.job = job
        self.easy = easy
    }

    /// Applies every option; the first that libcurl rejects is returned.
    func configure() -> CURLcode {
        let r = job.request
        let userdata = Unmanaged.passUnretained(self).toOpaque()
        let steps: [() -> CURLcode] = [
            { self.easy.set(CURLOPT_URL, r.url) },
            { rasd_curl_setopt_ptr(self.easy.raw, CURLOPT_ERRORBUFFER, self.easy.errorBuffer) },
            { self.easy.set(CURLOPT_NOSIGNAL, 1) },
            { self.easy.set(CURLOPT_PROTOCOLS_STR, "http,https") },
            { self.easy.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https") },
            { self.easy.set(CURLOPT_FOLLOWLOCATION, 1) },
            { self.easy.set(CURLOPT_MAXREDIRS, 5) },
            { self.easy.set(CURLOPT_FRESH_CONNECT, self.job.freshConnection ? 1 : 0) },
            { self.easy.set(CURLOPT_ACCEPT_ENCODING, "") },
            { self.easy.set(CURLOPT_USERAGENT, r.userAgent) },
            // 0 would mean "no timeout" to libcurl: at least 1 ms.
            { self.easy.set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(r.connectTimeout)) },
            { self.easy.set(CURLOPT_TIMEOUT_MS, Self.milliseconds(r.totalTimeout)) },
            // Stops early when Content-Length already says too much; the write callback does the rest.
            { self.easy.set(CURLOPT_MAXFILESIZE_LARGE, offset: Int64(r.bodyCap)) },
            { self.easy.set(CURLOPT_SSL_VERIFYPEER, r.insecureTLS ? 0 : 1) },
            { self.easy.set(CURLOPT_SSL_VERIFYHOST, r.insecureTLS ? 0 : 2) },
            { self.easy.setHeaders(Self.acceptHeader + r.conditionalHeaders) },
            { rasd_curl_setopt_write_cb(self.easy.raw, CURLOPT_WRITEFUNCTION, curlWriteCallback) },
            { rasd_curl_setopt_ptr(self.easy.raw, CURLOPT_WRITEDATA, userdata) },
            { rasd_curl_setopt_write_cb(self.easy.raw, CURLOPT_HEADERFUNCTION, curlHeaderCallback) },
            { rasd_curl_setopt_ptr(self.easy.raw, CURLOPT_HEADERDATA, userdata) },
        ]
        for step in steps {
            let code = step()
            if code != CURLE_OK { return code }
        }
        return CURLE_OK
    }

    private static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite else { return 1 }
        return max(1, Int(min(seconds, 86_400) * 1000))
    }

    private static let acceptHeader = [
        "Accept: application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8",
    ]

    /// Write callback body: keeps the decoded bytes, or aborts (returns 0) past the cap.
    func receiveBody(_ data: UnsafeRawBufferPointer) -> Int {
        if body.count + data.count > job.request.bodyCap {
            exceededCap = true
            return 0
        }
        body.append(contentsOf: data)
        return data.count
    }

    /// Header callback body: one header line (or status line) per call.
    func receiveHeader(_ data: UnsafeRawBufferPointer) -> Int {
        let line = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            let status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            heads.append(ResponseHead(status: status, url: easy.string(CURLINFO_EFFECTIVE_URL) ?? job.request.url))
        } else if let colon = line.firstIndex(of: ":"), !heads.isEmpty {
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            heads[heads.count - 1].headers.append(name: name, value: value)
            // The body's buffer sized once from the announced length (a lie only costs growth),
            // instead of doubling as it arrives: less unused capacity in each body in flight.
            if body.isEmpty, name.lowercased() == "content-length", let n = Int(value), n > 0, n <= job.request.bodyCap {
                body.reserveCapacity(n)
            }
        }
        return data.count
    }

    /// The result once libcurl reports the transfer done with `code`.
    func result(code: CURLcode) -> FetchResult {
        let status = easy.long(CURLINFO_RESPONSE_CODE)
        let effectiveURL = easy.string(CURLINFO_EFFECTIVE_URL) ?? job.request.url
        let responses = heads.filter { $0.status >= 200 }
        let finalHeaders = responses.last?.headers ?? HTTPHeaders()
        let redirects = responses
            .filter { (300...399).contains($0.status) && $0.status != 304 && $0.headers["Location"] != nil }
            .map { FetchResult.RedirectHop(status: $0.status, url: $0.url, location: $0.headers["Location"]) }

        let outcome: FetchResult.Outcome
        if exceededCap {
            outcome = .failed(.tooLarge)
        } else if code != CURLE_OK {
            outcome = .failed(CurlFailureMapping.failure(for: code, message: easy.errorMessage))
        } else if status == 304 {
            outcome = .notModified
        } else if (200...299).contains(status) {
            outcome = .fetched(body: body, contentType: easy.string(CURLINFO_CONTENT_TYPE),
                               etag: finalHeaders["ETag"], lastModified: finalHeaders["Last-Modified"])
        } else {
            outcome = .failed(.httpStatus(status))
        }

        var timings = FetchResult.Timings()
        timings.nameLookup = easy.seconds(CURLINFO_NAMELOOKUP_TIME_T)
        timings.connect = easy.seconds(CURLINFO_CONNECT_TIME_T)
        timings.tls = easy.seconds(CURLINFO_APPCONNECT_TIME_T)
        timings.startTransfer = easy.seconds(CURLINFO_STARTTRANSFER_TIME_T)
        timings.total = easy.seconds(CURLINFO_TOTAL_TIME_T)

        return FetchResult(
            outcome: outcome, requestedURL: job.request.url, status: status, effectiveURL: effectiveURL,
            redirects: redirects,
            permanentRedirect: FetchResult.permanentTarget(redirects: redirects, outcome: outcome, effectiveURL: effectiveURL),
            retryAfter: (status == 429 || status == 503) ? finalHeaders["Retry-After"].flatMap(RetryAfter.parse) : nil,
            cacheMaxAge: finalHeaders["Cache-Control"].flatMap(CacheControl.maxAge),
            headers: finalHeaders, timings: timings,
            errorMessage: errorMessage(code: code))
    }

    /// A reply that is not HTTP, read from a connection reused from the pool, is most likely what
    /// the previous response on it left behind (a server that sent more than its Content-Length,
    /// late): the job again, marked to run once on a new connection. Nil otherwise.
    func retryOnFreshConnection(code: CURLcode) -> FetchJob? {
        guard !job.freshConnection, !exceededCap, code == CURLE_UNSUPPORTED_PROTOCOL || code == CURLE_WEIRD_SERVER_REPLY,
              easy.long(CURLINFO_NUM_CONNECTS) == 0, easy.long(CURLINFO_PRIMARY_PORT) != 0 else { return nil }
        var again = job
        again.freshConnection = true
        return again
    }

    private func errorMessage(code: CURLcode) -> String? {
        if exceededCap { return "body larger than \(job.request.bodyCap) bytes after decoding" }
        if code == CURLE_OK { return nil }
        return easy.errorMessage ?? String(cString: curl_easy_strerror(code))
    }
}

/// `CURLOPT_WRITEFUNCTION`: userdata is the unretained `CurlTransfer` (kept alive by the engine).
private let curlWriteCallback: rasd_curl_write_cb = { pointer, size, count, userdata in
    guard let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    return transfer.receiveBody(UnsafeRawBufferPointer(start: pointer, count: size * count))
}

/// `CURLOPT_HEADERFUNCTION`: same userdata as the write callback.
private let curlHeaderCallback: rasd_curl_write_cb = { pointer, size, count, userdata in
    guard let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    return transfer.receiveHeader(UnsafeRawBufferPointer(start: pointer, count: size * count))
}
