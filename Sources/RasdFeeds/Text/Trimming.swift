extension String {
    /// The string without leading/trailing ASCII whitespace. Byte-level: Foundation's
    /// `trimmingCharacters` bridges through UTF-16 and showed up as 8% of a parse.
    var trimmedASCII: String {
        let u = utf8
        guard let first = u.first, let last = u.last else { return self }
        @inline(__always) func ws(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        if !ws(first) && !ws(last) { return self }
        var start = u.startIndex, end = u.endIndex
        while start < end, ws(u[start]) { start = u.index(after: start) }
        while end > start, ws(u[u.index(before: end)]) { end = u.index(before: end) }
        return String(self[start..<end])
    }
}
