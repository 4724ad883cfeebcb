extension String {
    /// The string without leading and trailing Unicode whitespace (no Foundation character sets,
    /// so it is cheap on hot paths). A string with nothing to trim is returned as it is, without
    /// a copy: most sentences and lines of a story are already trimmed.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, Self.isWhitespace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }

    /// Unicode `White_Space`, answered without a property lookup for ASCII (tab … carriage
    /// return and space are its only ASCII members).
    @inline(__always)
    static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return u.properties.isWhitespace
    }
}
