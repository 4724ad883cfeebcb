/// The form of a link under which two spellings of the same article compare equal, so a story
/// republished with tracking parameters, a mobile host or another percent-encoding is not new.
///
/// Rules, in order:
/// - surrounding whitespace trimmed; the fragment (`#…`) dropped;
/// - scheme and host lower-cased, a trailing dot on the host removed, the default port
///   (80 for http, 443 for https) dropped, `http` and `https` folded to `https`;
/// - a leading `www.` removed from every host; the mobile/AMP variants of the sites listed in
///   `SiteVariant.known` folded onto the desktop page;
/// - percent-encoding normalised: unreserved characters (`A–Z a–z 0–9 - . _ ~`) decoded, every
///   other escape written with upper-case hex, raw non-ASCII (Arabic slugs pasted unencoded)
///   encoded as UTF-8 `%XX` — so `%d8%b3`, `%D8%B3` and `س` are one spelling;
/// - an empty path becomes `/`;
/// - query parameters used for tracking (`TrackingParameters`) removed, the rest sorted.
///
/// A string that is not an absolute http(s) URL is returned trimmed and otherwise unchanged.
public enum CanonicalURL {
    public static func canonical(_ raw: String) -> String {
        var text = Substring(raw.trimmingWhitespace())
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        guard let schemeEnd = text.range(of: "://") else { return String(text) }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return String(text) }
        var rest = text[schemeEnd.upperBound...]

        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        rest = rest[authorityEnd...]
        var query: Substring? = nil
        var path = rest
        if let q = rest.firstIndex(of: "?") {
            path = rest[..<q]
            query = rest[rest.index(after: q)...]
        }

        var host = authority.lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") {
            let port = host[host.index(after: colon)...]
            if port.isEmpty || (port == "80" && scheme == "http") || (port == "443" && scheme == "https") {
                host = String(host[..<colon])
            }
        }
        while host.hasSuffix(".") { host.removeLast() }
        if host.hasPrefix("www.") && host.split(separator: ".").count > 2 { host.removeFirst(4) }

        var normalisedPath = normalisePercentEncoding(String(path), isQuery: false)
        if normalisedPath.isEmpty { normalisedPath = "/" }
        var params = query.map { TrackingParameters.keep(String($0)) } ?? []
        params = params.map { normalisePercentEncoding($0, isQuery: true) }

        var canonical = (host: host, path: normalisedPath, query: params)
        for variant in SiteVariant.known where variant.matches(host: canonical.host) {
            canonical = variant.fold(canonical)
        }
        canonical.query.sort()
        let q = canonical.query.isEmpty ? "" : "?" + canonical.query.joined(separator: "&")
        return "https://" + canonical.host + canonical.path + q
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Decodes escapes of unreserved bytes, upper-cases the others and escapes raw bytes that may
    /// not appear in a URL (non-ASCII, space, control characters).
    static func normalisePercentEncoding(_ text: String, isQuery: Bool) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%"), i + 2 < bytes.count,
               let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) {
                let decoded = hi << 4 | lo
                if isUnreserved(decoded) {
                    out.append(decoded)
                } else {
                    out.append(UInt8(ascii: "%")); out.append(hexDigits[Int(hi)]); out.append(hexDigits[Int(lo)])
                }
                i += 3
                continue
            }
            if b >= 0x80 || b <= 0x20 || b == 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<")
                || b == UInt8(ascii: ">") || b == UInt8(ascii: "`") || (b == UInt8(ascii: "%")) {
                out.append(UInt8(ascii: "%")); out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 0xF)])
            } else {
                out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }

    @inline(__always)
    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
