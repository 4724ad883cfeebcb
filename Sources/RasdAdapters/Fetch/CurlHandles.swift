import CCurl

/// Owner of one `CURLM*`: created in `init`, cleaned up in `deinit`, nowhere else.
/// Every easy handle must have been removed from it before it goes away.
final class CurlMultiHandle {
    let raw: UnsafeMutableRawPointer

    init?() {
        guard let raw = curl_multi_init() else { return nil }
        self.raw = raw
    }

    deinit { curl_multi_cleanup(raw) }
}

/// Owner of one `CURL*` easy handle and of the memory libcurl keeps pointers to while the
/// handle lives: the error buffer (stable address) and the request header list.
final class CurlEasyHandle {
    let raw: UnsafeMutableRawPointer
    /// `CURLOPT_ERRORBUFFER` target; allocated once so its address never moves.
    let errorBuffer: UnsafeMutablePointer<CChar>
    private var headerList: UnsafeMutablePointer<curl_slist>?

    init?() {
        guard let raw = curl_easy_init() else { return nil }
        self.raw = raw
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_easy_cleanup(raw)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// The error buffer's text, or nil when libcurl wrote nothing.
    var errorMessage: String? {
        errorBuffer.pointee == 0 ? nil : String(cString: errorBuffer)
    }

    /// Sets `CURLOPT_HTTPHEADER`; the list lives exactly as long as this handle.
    func setHeaders(_ lines: [String]) -> CURLcode {
        for line in lines { headerList = curl_slist_append(headerList, line) }
        return rasd_curl_setopt_slist(raw, CURLOPT_HTTPHEADER, headerList)
    }

    func set(_ option: CURLoption, _ value: Int) -> CURLcode { rasd_curl_setopt_long(raw, option, value) }
    func set(_ option: CURLoption, _ value: String) -> CURLcode { rasd_curl_setopt_str(raw, option, value) }
    func set(_ option: CURLoption, offset value: Int64) -> CURLcode { rasd_curl_setopt_off(raw, option, curl_off_t(value)) }

    func string(_ info: CURLINFO) -> String? {
        var p: UnsafeMutablePointer<CChar>?
        guard rasd_curl_getinfo_str(raw, info, &p) == CURLE_OK, let p else { return nil }
        return String(cString: p)
    }

    func long(_ info: CURLINFO) -> Int {
        var v = 0
        _ = rasd_curl_getinfo_long(raw, info, &v)
        return v
    }

    /// A `*_TIME_T` info (microseconds) in seconds.
    func seconds(_ info: CURLINFO) -> Double {
        var v: curl_off_t = 0
        _ = rasd_curl_getinfo_off(raw, info, &v)
        return Double(v) / 1_000_000
    }
}
