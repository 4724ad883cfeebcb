/// Charset labels as publishers write them (`utf8`, `cp1256`, `arabic`, `ISO_8859-6`, …) folded to
/// one canonical lower-case name, so the detector compares like with like and reports a stable name.
enum CharsetNames {
    static func canonical(_ label: String) -> String {
        var key = label.lowercased()
        key.removeAll { $0 == " " || $0 == "\"" || $0 == "'" }
        let folded = key.replacingOccurrences(of: "_", with: "-")
        if let known = aliases[folded] { return known }
        return folded
    }

    /// True for names rasd decodes as UTF-8 (ASCII is a subset).
    static func isUTF8Family(_ canonical: String) -> Bool { canonical == "utf-8" || canonical == "us-ascii" }

    private static let aliases: [String: String] = {
        let groups: [(String, [String])] = [
            ("utf-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]),
            ("us-ascii", ["us-ascii", "ascii", "ansi-x3.4-1968", "iso646-us", "us", "cp367", "csascii"]),
            ("windows-1256", ["windows-1256", "cp1256", "x-cp1256", "ms-arab", "win-1256", "windows1256"]),
            ("iso-8859-6", ["iso-8859-6", "iso8859-6", "iso88596", "arabic", "asmo-708", "ecma-114",
                            "iso-ir-127", "csisolatinarabic", "iso-8859-6-i", "iso-8859-6-e", "iso-8859-6:1987"]),
            ("iso-8859-1", ["iso-8859-1", "iso8859-1", "iso88591", "latin1", "latin-1", "l1", "cp819",
                            "iso-ir-100", "csisolatin1", "iso-8859-1:1987"]),
            ("windows-1252", ["windows-1252", "cp1252", "x-cp1252", "win-1252"]),
            // GB2312 labels are decoded as its superset GB18030, as browsers and feedparser do.
            ("gb18030", ["gb18030", "gb2312", "gbk", "cp936", "x-gbk", "euc-cn", "csgb2312", "chinese"]),
            ("utf-16", ["utf-16", "utf16", "u16", "ucs-2", "iso-10646-ucs-2", "unicode"]),
            ("utf-16le", ["utf-16le", "utf16le", "unicodelittleunmarked"]),
            ("utf-16be", ["utf-16be", "utf16be", "unicodebigunmarked"]),
            ("utf-32", ["utf-32", "utf32", "u32", "ucs-4", "iso-10646-ucs-4"]),
            ("utf-32le", ["utf-32le", "utf32le"]),
            ("utf-32be", ["utf-32be", "utf32be"]),
        ]
        var d: [String: String] = [:]
        for (name, labels) in groups { for l in labels { d[l] = name } }
        return d
    }()
}

/// The parts of an HTTP `Content-Type` rasd uses: media type and charset. Duplicated charset
/// parameters are reported (the first one wins); malformed parameters are ignored.
struct ContentType: Equatable {
    var mediaType: String
    var charset: String?
    var conflictingCharsets: [String] = []

    init?(_ header: String?) {
        guard let header, !header.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        mediaType = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        for p in parts.dropFirst() {
            guard let eq = p.firstIndex(of: "=") else { continue }
            let key = p[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var value = p[p.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).trimmingCharacters(in: .whitespaces)
            guard key == "charset", !value.isEmpty else { continue }
            let name = CharsetNames.canonical(value)
            if let first = charset { if first != name { conflictingCharsets.append(name) } } else { charset = name }
        }
    }

    /// feedparser's rule: XML and JSON media types (and none at all) are expected; `text/plain`,
    /// `text/html` and the like mean the server does not know it serves a feed.
    var isFeedLike: Bool {
        mediaType.contains("xml") || mediaType.contains("json") || mediaType.contains("rss")
            || mediaType.contains("atom") || mediaType == "application/octet-stream"
    }
}

import Foundation
