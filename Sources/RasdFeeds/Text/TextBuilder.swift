/// Accumulates clean UTF-8 text: runs of whitespace (including no-break space) become one space,
/// block boundaries become paragraph breaks, and nothing leads or trails. Works on bytes so long
/// articles are not built one Character at a time.
struct TextBuilder {
    private(set) var out: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = 0
    /// Titles: breaks become spaces.
    let singleLine: Bool
    /// Titles: bidi marks, zero-width space/no-break space and BOM are dropped (ZWNJ/ZWJ are kept:
    /// Persian and Urdu spelling needs them).
    let stripInvisible: Bool

    init(singleLine: Bool, stripInvisible: Bool, capacity: Int = 0) {
        self.singleLine = singleLine
        self.stripInvisible = stripInvisible
        out.reserveCapacity(capacity)
    }

    mutating func lineBreak(_ n: Int) {
        if !out.isEmpty { pendingBreak = max(pendingBreak, n) }
    }

    @inline(__always) private mutating func flushPending() {
        if out.isEmpty { pendingSpace = false; pendingBreak = 0; return }
        if pendingBreak > 0 {
            if singleLine { out.append(0x20) } else {
                // Drop a trailing space before the break.
                if out.last == 0x20 { out.removeLast() }
                for _ in 0..<pendingBreak { out.append(0x0A) }
            }
        } else if pendingSpace {
            out.append(0x20)
        }
        pendingSpace = false; pendingBreak = 0
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Bytes that may start something other than ordinary text: whitespace, C1/no-break space
    /// (lead 0xC2) and, for titles, the leads of invisible marks (0xD8 for U+061C, 0xE2, 0xEF).
    @inline(__always) private func isSpecial(_ b: UInt8) -> Bool {
        b <= 0x20 || b == 0xC2 || (stripInvisible && (b == 0xD8 || b == 0xE2 || b == 0xEF))
    }

    /// End of the run of ordinary bytes starting at `i`; a single space between words stays inside.
    @inline(__always)
    private static func runEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, title: Bool) -> Int {
        @inline(__always) func special(_ b: UInt8) -> Bool {
            b <= 0x20 || b == 0xC2 || (title && (b == 0xD8 || b == 0xE2 || b == 0xEF))
        }
        var j = i
        let raw = UnsafeRawPointer(p)
        let highs: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        scan: while j < n {
            // Bodies: eight bytes at a time (SWAR, exact masks) while a block has no control byte,
            // no 0xC2 lead, no double space and does not end in a space; then up to eight bytes
            // one by one, and back to blocks.
            if !title && j > i {
                while j + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                    let control = ~(((w & low7) &+ 0x6060_6060_6060_6060) | w) & highs
                    let t = w ^ 0xC2C2_C2C2_C2C2_C2C2
                    let c2 = ~(((t & low7) &+ low7) | t) & highs
                    let s = w ^ 0x2020_2020_2020_2020
                    let space = ~(((s & low7) &+ low7) | s) & highs
                    if control | c2 | (space & (space >> 8)) | (space >> 63) != 0 || p[j - 1] == 0x20 && space & 0x80 != 0 { break }
                    j += 8
                }
            }
            let limit = min(n, j + 8)
            while j < limit {
                let b = p[j]
                if !special(b) { j += 1; continue }
                if b == 0x20, j > i, j + 1 < n, !special(p[j + 1]) { j += 2; continue }
                break scan
            }
        }
        return j
    }

    mutating func append(_ buf: UnsafeBufferPointer<UInt8>) {
        guard let p = buf.baseAddress else { return }
        let n = buf.count
        var i = 0
        while i < n {
            // A run of ordinary bytes goes in at once.
            let j = stripInvisible ? Self.runEnd(p, i, n, title: true) : Self.runEnd(p, i, n, title: false)
            if j > i {
                flushPending()
                out.append(contentsOf: UnsafeBufferPointer(start: p + i, count: j - i))
                i = j
                continue
            }
            let b = p[i]
            if b <= 0x20 {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { pendingSpace = true }
                i += 1; continue
            }
            let skip = specialLength(p, n, i)
            if skip < 0 { pendingSpace = true; i += -skip; continue }  // no-break space
            if skip > 0 { i += skip; continue }  // invisible, dropped
            flushPending()
            if b == 0xC2, i + 1 < n, p[i + 1] >= 0x80, p[i + 1] <= 0x9F {
                // C1 controls in text are windows-1252 characters mislabelled (’ written as U+0092).
                var scalar = [UInt8]()
                Transcoder.appendScalar(UInt32(SingleByteTables.windows1252[Int(p[i + 1]) - 0x80]), to: &scalar)
                out.append(contentsOf: scalar)
                i += 2; continue
            }
            out.append(b)
            i += 1
        }
    }

    /// >0: length of an invisible character to drop; <0: minus the length of a space-like one;
    /// 0: an ordinary byte.
    @inline(__always) private func specialLength(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int {
        let b = p[i]
        if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 { return -2 }
        if b == 0xC2, i + 1 < n, p[i + 1] >= 0x80, p[i + 1] <= 0x9F { return 0 }
        guard stripInvisible else { return 0 }
        if b == 0xD8, i + 1 < n, p[i + 1] == 0x9C { return 2 }  // U+061C arabic letter mark
        guard i + 2 < n else { return 0 }
        let b1 = p[i + 1], b2 = p[i + 2]
        if b == 0xE2, b1 == 0x80, b2 == 0x8B || b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE) { return 3 }
        if b == 0xE2, b1 == 0x81, b2 == 0xA0 || (b2 >= 0xA6 && b2 <= 0xA9) { return 3 }
        if b == 0xEF, b1 == 0xBB, b2 == 0xBF { return 3 }
        return 0
    }

    var string: String { String(decoding: out, as: UTF8.self) }
}
