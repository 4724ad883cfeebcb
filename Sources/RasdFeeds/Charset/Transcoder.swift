#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level conversions to UTF-8. libxml2 is always handed UTF-8, so the charset decision is
/// made once, here, in Swift, and tested with real bytes; iconv covers the long tail (Big5, EUC-KR…).
enum Transcoder {
    /// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates). ASCII runs are
    /// skipped eight bytes at a time: feeds are mostly markup.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidUTF8(bytes) == nil
    }

    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            // Two-byte sequences (Arabic, Latin-1 supplement) first: the common case.
            if b >= 0xC2 && b <= 0xDF {
                guard i + 1 < n, base[i + 1] & 0xC0 == 0x80 else { return i }
                i += 2; continue
            }
            let len: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; hi = 0x9F
            case 0xF0: len = 4; lo = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; hi = 0x8F
            default: return i
            }
            guard i + len <= n else { return i }
            let b1 = base[i + 1]
            guard b1 >= lo && b1 <= hi else { return i }
            for k in 2..<len where base[i + k] & 0xC0 != 0x80 { return i }
            i += len
        }
        return nil
    }

    /// True when valid multi-byte UTF-8 sequences outnumber invalid bytes four to one.
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                let rest = UnsafeBufferPointer(rebasing: buf[i...])
                guard let bad = firstInvalidUTF8(rest) else {
                    valid += rest.reduce(0) { $0 + ($1 & 0xC0 == 0xC0 ? 1 : 0) }; break
                }
                valid += rest[..<bad].reduce(0) { $0 + ($1 & 0xC0 == 0xC0 ? 1 : 0) }
                invalid += 1
                i += bad + 1
            }
        }
        return valid > 0 && valid >= invalid * 4
    }

    /// Count of bytes ≥ 0x80 (used to judge how much of a document a guess is about).
    static func highByteCount(_ bytes: [UInt8]) -> Int {
        var c = 0
        for b in bytes where b >= 0x80 { c += 1 }
        return c
    }

    /// Invalid sequences replaced by U+FFFD.
    static func repairUTF8(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// A single-byte charset whose low half is ASCII; `high` maps 0x80…0xFF.
    static func decodeSingleByte(_ bytes: [UInt8], high: [UInt16]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 2)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            appendScalar(UInt32(high[Int(b) - 0x80]), to: &out)
        }
        return out
    }

    /// UTF-16 / UTF-32 in either byte order; unpaired surrogates become U+FFFD.
    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        func unit(_ i: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        while i + 1 < bytes.count {
            let u = unit(i); i += 2
            if u >= 0xD800 && u < 0xDC00, i + 1 < bytes.count {
                let l = unit(i)
                if l >= 0xDC00 && l < 0xE000 {
                    i += 2
                    appendScalar(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00), to: &out); continue
                }
            }
            appendScalar(u, to: &out)
        }
        return out
    }

    static func decodeUTF32(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 3 < bytes.count {
            let b = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
            appendScalar(bigEndian ? b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3 : b.3 << 24 | b.2 << 16 | b.1 << 8 | b.0, to: &out)
            i += 4
        }
        return out
    }

    @inline(__always)
    static func appendScalar(_ v0: UInt32, to out: inout [UInt8]) {
        var v = v0
        if (v >= 0xD800 && v < 0xE000) || v > 0x10FFFF { v = 0xFFFD }
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800: out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Any other charset through iconv; nil when iconv does not know the name.
    static func decodeWithIconv(_ bytes: [UInt8], charset: String) -> [UInt8]? {
        let cd = iconv_open("UTF-8", charset)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var out = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                while inLeft > 0 {
                    if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
                        guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { break }
                        // Skip one undecodable byte, write U+FFFD.
                        inPtr = inPtr! + 1; inLeft -= 1
                        for b: UInt8 in [0xEF, 0xBF, 0xBD] { outPtr!.pointee = CChar(bitPattern: b); outPtr = outPtr! + 1 }
                        outLeft -= 3
                    }
                }
                produced = outBuf.count - outLeft
            }
        }
        return Array(out[0..<produced])
    }
}
