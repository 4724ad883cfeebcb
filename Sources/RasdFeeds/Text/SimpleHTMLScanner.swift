#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte scanner for the simple HTML that makes up nearly all feed content (`<p>`, `<a href>`,
/// `<br/>`, `<img>`, known entities, balanced script/style). It produces the same text as the
/// libxml2 HTML parser + tree walk and is several times faster, because it builds no tree.
/// Anything it is not sure about — an unknown entity, a stray `<`, `<!DOCTYPE`, CDATA, a script
/// without its end tag — makes it give up (`false`), and the caller uses libxml2 instead.
enum SimpleHTMLScanner {
    static func scan(_ buf: UnsafeBufferPointer<UInt8>, into b: inout TextBuilder) -> Bool {
        guard let p = buf.baseAddress else { return true }
        let n = buf.count
        var i = 0
        var runStart = 0
        @inline(__always) func flushRun(_ end: Int, _ b: inout TextBuilder) {
            if end > runStart { b.append(UnsafeBufferPointer(start: p + runStart, count: end - runStart)) }
        }
        // Next '<' and '&' found with memchr (vectorised), refreshed once passed.
        var nextLT = -1, nextAmp = -1
        @inline(__always) func next(_ byte: UInt8, from: Int) -> Int {
            guard from < n, let hit = memchr(p + from, Int32(byte), n - from) else { return n }
            return p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        while i < n {
            if nextLT < i { nextLT = next(0x3C, from: i) }
            if nextAmp < i { nextAmp = next(0x26, from: i) }
            i = min(nextLT, nextAmp)
            if i >= n { break }
            let c = p[i]
            flushRun(i, &b)
            if c == 0x26 {  // '&'
                guard let (scalar, len) = entity(p, n, i) else { return false }
                var utf8: [UInt8] = []
                Transcoder.appendScalar(scalar, to: &utf8)
                utf8.withUnsafeBufferPointer { b.append($0) }
                i += len; runStart = i; continue
            }
            // '<'
            guard i + 1 < n else { return false }
            let next = p[i + 1]
            if next == 0x21 {  // "<!": only comments are simple
                guard i + 3 < n, p[i + 2] == 0x2D, p[i + 3] == 0x2D,
                      let end = XMLRepair.find(p, n, from: i + 4, commentEnd) else { return false }
                i = end + 3; runStart = i; continue
            }
            let closing = next == 0x2F
            let nameStart = closing ? i + 2 : i + 1
            var j = nameStart
            while j < n, isNameByte(p[j]) { j += 1 }
            guard j > nameStart, j - nameStart <= 12, isAlpha(p[nameStart]) else { return false }
            let kind = tagKind(p + nameStart, j - nameStart)
            guard let close = tagEnd(p, n, from: j) else { return false }
            i = close + 1; runStart = i
            if closing {
                if kind == .block { b.lineBreak(2) } else if kind == .row { b.lineBreak(1) }
                continue
            }
            switch kind {
            case .lineBreak: b.lineBreak(1)
            case .block: b.lineBreak(2)
            case .row: b.lineBreak(1)
            case .skip:
                if p[close - 1] == 0x2F { continue }  // <svg/>
                guard let endTag = findEndTag(p, n, from: i, name: p + nameStart, length: j - nameStart),
                      let gt = tagEnd(p, n, from: endTag) else { return false }
                i = gt + 1; runStart = i
            case .inline: break
            }
        }
        flushRun(n, &b)
        return true
    }

    private static let commentEnd: [UInt8] = Array("-->".utf8)

    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isNameByte(_ c: UInt8) -> Bool { isAlpha(c) || (c >= 0x30 && c <= 0x39) }

    /// Index of the `>` closing a tag whose name ends before `from`; quotes respected.
    static func tagEnd(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int? {
        var j = from
        var quote: UInt8 = 0
        while j < n {
            let c = p[j]
            if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { return j } else if c == 0x3C { return nil }
            j += 1
        }
        return nil
    }

    /// Index just after `</name` (case-insensitive) at or after `from`.
    static func findEndTag(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int, name: UnsafePointer<UInt8>, length: Int) -> Int? {
        var j = from
        while j + 2 + length <= n {
            if p[j] == 0x3C, p[j + 1] == 0x2F {
                var same = true
                for k in 0..<length where (p[j + 2 + k] | 0x20) != (name[k] | 0x20) { same = false; break }
                if same, j + 2 + length == n || !isNameByte(p[j + 2 + length]) { return j + 2 + length }
            }
            j += 1
        }
        return nil
    }

    static func tagKind(_ name: UnsafePointer<UInt8>, _ len: Int) -> HTMLText.TagKind {
        var s = String(decoding: UnsafeBufferPointer(start: name, count: len), as: UTF8.self)
        if name[0] < 0x61 { s = s.lowercased() }
        return HTMLText.kind(of: s)
    }

    /// The scalar a character reference names and its length, or nil when it is not one the
    /// HTML parser would read the same way (then the scanner gives up).
    static func entity(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (UInt32, Int)? {
        var j = i + 1
        guard j < n else { return nil }
        if p[j] == 0x23 {
            j += 1
            var hex = false
            if j < n, p[j] | 0x20 == 0x78 { hex = true; j += 1 }
            var v: UInt32 = 0
            let start = j
            while j < n, j - start < 7 {
                let c = p[j]
                if c >= 0x30 && c <= 0x39 { v = v * (hex ? 16 : 10) + UInt32(c - 0x30) }
                else if hex, (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 { v = v * 16 + UInt32((c | 0x20) - 0x61 + 10) }
                else { break }
                j += 1
            }
            guard j > start, j < n, p[j] == 0x3B, v >= 0x20, v < 0x80 || v > 0x9F, v <= 0x10FFFF else { return nil }
            return (v, j + 1 - i)
        }
        let start = j
        while j < n, j - start < 10, isNameByte(p[j]) { j += 1 }
        guard j > start, j < n, p[j] == 0x3B else { return nil }
        let name = String(decoding: UnsafeBufferPointer(start: p + start, count: j - start), as: UTF8.self)
        let v: UInt32?
        switch name {
        case "amp": v = 0x26
        case "lt": v = 0x3C
        case "gt": v = 0x3E
        case "quot": v = 0x22
        case "apos": v = 0x27
        default: v = HTMLEntities.codepoints[name]
        }
        return v.map { ($0, j + 1 - i) }
    }
}
