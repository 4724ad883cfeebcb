/// Query parameters that only say where a click came from; two links differing only in these
/// point to the same article. Names compare case-insensitively; a trailing `*` is a prefix.
public enum TrackingParameters {
    public static let patterns: [String] = [
        "utm_*", "at_*", "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid",
        "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "_ga", "_gl", "ocid", "cmpid",
        "s_cid", "spm", "share", "xtor", "__twitter_impression", "amp", "outputtype",
    ]

    public static func isTracking(_ name: String) -> Bool {
        let lower = name.lowercased()
        for p in patterns {
            if p.hasSuffix("*") {
                if lower.hasPrefix(p.dropLast()) { return true }
            } else if lower == p {
                return true
            }
        }
        return false
    }

    /// The `name=value` pairs of a raw query string that are not tracking, in their order.
    public static func keep(_ query: String) -> [String] {
        query.split(separator: "&", omittingEmptySubsequences: true).compactMap { pair in
            let name = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let decodedName = CanonicalURL.normalisePercentEncoding(String(name), isQuery: true)
            return isTracking(decodedName) ? nil : String(pair)
        }
    }
}
