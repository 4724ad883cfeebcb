#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over UTF-8 feed bytes before libxml2 sees them, fixing what publishers get wrong most:
/// HTML named entities (`&nbsp;`) become numeric references, bare `&` (query strings in links)
/// becomes `&amp;`, C0 control characters become spaces, and numeric references to the C1 range
/// (`&#150;`) are read as windows-1252, as browsers do. CDATA sections are left alone.
///
/// Why before parsing: libxml2 silently drops undefined entities and the text around a bare `&`;
/// a textual fix keeps the words. The input is copied only when something changes.
enum XMLRepair {
    struct Result {
        var bytes: [UInt8]
        /// Repairs that mean the document was not well-formed XML (bare `&`, control characters).
        var wellFormednessFixes: Int
        var entitiesMapped: Int
        /// Ranges (into the input) of CDATA contents replaced by markers (`DocumentContext`).
        var liftedCDATA: [Range<Int>] = []
    }

    private static let cdataEnd: [UInt8] = Array("]]>".utf8)
    private static let entityDecl: [UInt8] = Array("<!ENTITY".utf8)
    private static let commentEnd: [UInt8] = Array("-->".utf8)

    private static let interesting: [Bool] = (0..<256).map { b in
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x26 || b == 0x3C
    }

    /// - Parameter liftCDATA: replace the content of large CDATA sections that are valid UTF-8 by
    ///   markers (see `DocumentContext`); their ranges come back in `liftedCDATA`.
    static func repair(_ input: [UInt8], liftCDATA: Bool = false) -> Result {
        input.withUnsafeBufferPointer { buf in repair(buf, liftCDATA: liftCDATA) }
            ?? Result(bytes: input, wellFormednessFixes: 0, entitiesMapped: 0)
    }

    private static func repair(_ buf: UnsafeBufferPointer<UInt8>, liftCDATA: Bool) -> Result? {
        let n = buf.count
        guard let p = buf.baseAddress else { return nil }
        var out: [UInt8] = []
        var copied = 0  // input bytes up to here are already in `out` (when out is in use)
        var changed = false
        var fixes = 0, mapped = 0
        var lifted: [Range<Int>] = []
        // CDATA is validated as UTF-8 until 64 KiB of it with non-ASCII bytes has passed: a
        // document has one charset, and past that sample any stray bad byte becomes U+FFFD later.
        var validatedSample = 0
        // Unknown entities stay references only when the document declares entities of its own.
        let declaresEntities = find(p, min(n, 65536), from: 0, entityDecl) != nil
        func emit(upTo i: Int, _ replacement: [UInt8], skipping count: Int) {
            if !changed { changed = true; out.reserveCapacity(n + n / 16) }
            out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: i - copied))
            out.append(contentsOf: replacement)
            copied = i + count
        }
        interesting.withUnsafeBufferPointer { table in
            var i = 0
            while i < n {
                let b = p[i]
                if !table[Int(b)] { i += 1; continue }
                if b == 0x3C {  // '<': jump over CDATA sections untouched
                    if i + 9 <= n, memcmp(p + i, "<![CDATA[", 9) == 0 {
                        guard let end = find(p, n, from: i + 9, cdataEnd) else { i = n; continue }
                        let start = i + 9
                        // Large sections are lifted for speed; any section that starts like a marker
                        // (U+E000) is lifted too, so every marker libxml2 returns is one of ours.
                        let looksLikeMarker = end - start >= 3 && p[start] == 0xEE && p[start + 1] == 0x80 && p[start + 2] == 0x80
                        let content = UnsafeBufferPointer(start: p + start, count: end - start)
                        if liftCDATA, end - start >= 256 || looksLikeMarker,
                           validatedSample >= 65536 || Transcoder.isValidUTF8(content) {
                            if validatedSample < 65536, content.contains(where: { $0 >= 0x80 }) { validatedSample += content.count }
                            emit(upTo: start, DocumentContext.marker(lifted.count), skipping: end - start)
                            lifted.append(start..<end)
                        }
                        i = end + 3
                        continue
                    }
                    if i + 4 <= n, p[i + 1] == 0x21, p[i + 2] == 0x2D, p[i + 3] == 0x2D {  // comment
                        if let end = find(p, n, from: i + 4, commentEnd) { i = end + 3 } else { i = n }
                        continue
                    }
                    i += 1; continue
                }
                if b != 0x26 {  // control character
                    emit(upTo: i, [0x20], skipping: 1); fixes += 1; i += 1; continue
                }
                // '&'
                let (kind, len) = reference(p, n, at: i, declaresEntities: declaresEntities)
                switch kind {
                case .keep: break
                case .bare: emit(upTo: i, Array("&amp;".utf8), skipping: 1); fixes += 1
                case .replace(let bytes): emit(upTo: i, bytes, skipping: len); mapped += 1
                }
                i += kind.isKeep ? max(len, 1) : (kind.isBare ? 1 : len)
            }
        }
        guard changed else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: n - copied))
        return Result(bytes: out, wellFormednessFixes: fixes, entitiesMapped: mapped, liftedCDATA: lifted)
    }

    enum Reference {
        case keep, bare, replace([UInt8])
        var isKeep: Bool { if case .keep = self { return true }; return false }
        var isBare: Bool { if case .bare = self { return true }; return false }
    }

    /// Classifies the reference starting with the `&` at `i`, and its length in bytes.
    static func reference(_ p: UnsafePointer<UInt8>, _ n: Int, at i: Int, declaresEntities: Bool) -> (Reference, Int) {
        var j = i + 1
        guard j < n else { return (.bare, 1) }
        if p[j] == 0x23 {  // '#'
            j += 1
            var hex = false
            let upperX = j < n && p[j] == 0x58
            if j < n, p[j] == 0x78 || p[j] == 0x58 { hex = true; j += 1 }
            var v: UInt32 = 0
            let start = j
            while j < n, j - start < 8 {
                let c = p[j]
                if c >= 0x30 && c <= 0x39 { v = v * (hex ? 16 : 10) + UInt32(c - 0x30) }
                else if hex, (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 { v = v * 16 + UInt32((c | 0x20) - 0x61 + 10) }
                else { break }
                j += 1
            }
            guard j > start, j < n, p[j] == 0x3B else { return (.bare, 1) }
            let len = j + 1 - i
            if v >= 0x80 && v <= 0x9F {
                return (.replace(numeric(UInt32(SingleByteTables.windows1252[Int(v) - 0x80]))), len)
            }
            if v == 0 || (v < 0x20 && v != 9 && v != 10 && v != 13) || (v >= 0xD800 && v < 0xE000) || v > 0x10FFFF
                || v == 0xFFFE || v == 0xFFFF {
                return (.replace([0x20]), len)
            }
            return upperX ? (.replace(numeric(v)), len) : (.keep, len)
        }
        let start = j
        while j < n, j - start < 32 {
            let c = p[j]
            let isName = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39 && j > start)
                || c == 0x2E || c == 0x2D || c == 0x5F || c == 0x3A
            if !isName { break }
            j += 1
        }
        guard j > start, j < n, p[j] == 0x3B else { return (.bare, 1) }
        let name = String(decoding: UnsafeBufferPointer(start: p + start, count: j - start), as: UTF8.self)
        let len = j + 1 - i
        switch name {
        case "amp", "lt", "gt", "quot", "apos": return (.keep, len)
        default:
            if let cp = HTMLEntities.codepoints[name] { return (.replace(numeric(cp)), len) }
            if declaresEntities { return (.keep, len) }  // may be declared in the document's own DTD
            return (.replace(Array("&amp;".utf8) + Array(UnsafeBufferPointer(start: p + i + 1, count: len - 1))), len)
        }
    }

    static func numeric(_ v: UInt32) -> [UInt8] { Array("&#\(v);".utf8) }

    /// Index of the first occurrence of `needle` at or after `from` (memchr on its first byte).
    static func find(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int, _ needle: [UInt8]) -> Int? {
        var i = from
        let len = needle.count
        while i + len <= n {
            guard let hit = memchr(p + i, Int32(needle[0]), n - i) else { return nil }
            let at = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard at + len <= n else { return nil }
            if needle.withUnsafeBufferPointer({ memcmp(p + at, $0.baseAddress!, len) }) == 0 { return at }
            i = at + 1
        }
        return nil
    }
}
