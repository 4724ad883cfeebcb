/// A site whose mobile or AMP pages live at a known other address. Only patterns verified on the
/// outlets rasd ships feeds for are listed; an unknown site is never guessed at.
///
/// | site | variant folded | desktop form |
/// |---|---|---|
/// | aljazeera.net | `m.aljazeera.net`, `/amp/…` | `aljazeera.net/…` |
/// | alarabiya.net | `m.alarabiya.net`, `/amp/…` | `alarabiya.net/…` |
/// | skynewsarabia.com | `m.skynewsarabia.com`, `/amp/…` | `skynewsarabia.com/…` |
/// | bbc.com / bbc.co.uk | `…/arabic/…​.amp`, host `bbc.co.uk` | `bbc.com/arabic/…` |
/// | france24.com | `m.france24.com`, `amp.france24.com` | `france24.com/…` |
/// | arabic.cnn.com | `…/amp` suffix | without it |
/// | aawsat.com | `m.aawsat.com`, `/amp/…` | `aawsat.com/…` |
/// | independentarabia.com | `/amp/…` | without it |
public struct SiteVariant: Sendable {
    public typealias Parts = (host: String, path: String, query: [String])

    public var domain: String
    public var mobileHosts: [String]
    public var ampPathPrefix: Bool
    public var ampPathSuffix: Bool
    public var canonicalHost: String?

    public func matches(host: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }

    public func fold(_ parts: Parts) -> Parts {
        var p = parts
        for m in mobileHosts where p.host == m + "." + domain { p.host = domain }
        if let c = canonicalHost { p.host = c }
        if ampPathPrefix, p.path.hasPrefix("/amp/") { p.path.removeFirst(4) }
        if ampPathSuffix {
            if p.path.hasSuffix(".amp") { p.path.removeLast(4) }
            else if p.path.hasSuffix("/amp") { p.path.removeLast(4); if p.path.isEmpty { p.path = "/" } }
        }
        return p
    }

    public static let known: [SiteVariant] = [
        SiteVariant(domain: "aljazeera.net", mobileHosts: ["m", "amp"], ampPathPrefix: true, ampPathSuffix: false),
        SiteVariant(domain: "alarabiya.net", mobileHosts: ["m", "amp"], ampPathPrefix: true, ampPathSuffix: false),
        SiteVariant(domain: "skynewsarabia.com", mobileHosts: ["m", "amp"], ampPathPrefix: true, ampPathSuffix: false),
        SiteVariant(domain: "bbc.com", mobileHosts: ["m"], ampPathPrefix: false, ampPathSuffix: true),
        SiteVariant(domain: "bbc.co.uk", mobileHosts: ["m"], ampPathPrefix: false, ampPathSuffix: true,
                    canonicalHost: "bbc.com"),
        SiteVariant(domain: "france24.com", mobileHosts: ["m", "amp"], ampPathPrefix: false, ampPathSuffix: false),
        SiteVariant(domain: "arabic.cnn.com", mobileHosts: [], ampPathPrefix: false, ampPathSuffix: true),
        SiteVariant(domain: "aawsat.com", mobileHosts: ["m"], ampPathPrefix: true, ampPathSuffix: false),
        SiteVariant(domain: "independentarabia.com", mobileHosts: ["m"], ampPathPrefix: true, ampPathSuffix: false),
    ]

    public init(domain: String, mobileHosts: [String], ampPathPrefix: Bool, ampPathSuffix: Bool,
                canonicalHost: String? = nil) {
        self.domain = domain; self.mobileHosts = mobileHosts; self.ampPathPrefix = ampPathPrefix
        self.ampPathSuffix = ampPathSuffix; self.canonicalHost = canonicalHost
    }
}
