import CLibXML2

/// Resolves relative links against the xml:base / document URL in force (RFC 3986 via libxml2's
/// xmlBuildURI). Absolute links pass through untouched.
enum URLResolver {
    /// True when the string starts with a URI scheme (`http:`, `mailto:`, …).
    static func isAbsolute(_ s: String) -> Bool {
        var first = true
        for u in s.utf8 {
            switch u {
            case 0x61...0x7A, 0x41...0x5A: first = false
            case 0x30...0x39, 0x2B, 0x2D, 0x2E: if first { return false }
            case 0x3A: return !first
            default: return false
            }
        }
        return false
    }

    static func resolve(_ link: WireLink) -> String {
        guard let base = link.base, !base.isEmpty else { return link.href }
        return resolve(link.href, against: base)
    }

    static func resolve(_ href: String, against base: String) -> String {
        guard let r = xmlBuildURI(href, base) else { return href }
        defer { rasd_xml_free(r) }
        return String(cString: r)
    }
}
