/// Durations as people write them in config files: a number of seconds (`900`) or a string of
/// whole units (`"90s"`, `"15m"`, `"1h30m"`, `"2d"`). Pure, so the same rules apply to the
/// daemon config, the TOML feed lists and the tests.
public enum DurationText {
    /// Seconds, or nil when `text` is not a duration.
    public static func seconds(_ text: String) -> Int? {
        let s = text.filter { $0 != " " }.lowercased()
        guard !s.isEmpty else { return nil }
        if let plain = Int(s) { return plain }
        var total = 0
        var digits = ""
        for c in s {
            if c.isASCII && c.isNumber { digits.append(c); continue }
            guard let n = Int(digits), let unit = unitSeconds[c] else { return nil }
            let (product, o1) = n.multipliedReportingOverflow(by: unit)
            let (sum, o2) = total.addingReportingOverflow(product)
            guard !o1, !o2 else { return nil }
            total = sum
            digits = ""
        }
        return digits.isEmpty ? total : nil
    }

    /// `900` → `"15m"`, `5400` → `"1h30m"`: the shortest way to write `seconds` back.
    public static func format(_ seconds: Int) -> String {
        guard seconds > 0 else { return "\(seconds)s" }
        var rest = seconds
        var out = ""
        for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            out += "\(rest / size)\(unit)"; rest %= size
        }
        return out
    }

    private static let unitSeconds: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
}

/// Sizes in bytes: a plain number or a string with a unit (`"10MiB"`, `"512 KiB"`, `"1GB"`).
public enum ByteSizeText {
    public static func bytes(_ text: String) -> Int? {
        let s = text.filter { $0 != " " }
        guard let split = s.firstIndex(where: { !($0.isASCII && $0.isNumber) }) else { return Int(s) }
        guard let n = Int(s[..<split]), let unit = units[s[split...].lowercased()] else { return nil }
        let (product, overflow) = n.multipliedReportingOverflow(by: unit)
        return overflow ? nil : product
    }

    private static let units: [String: Int] = [
        "b": 1, "k": 1024, "kib": 1024, "kb": 1000, "m": 1 << 20, "mib": 1 << 20, "mb": 1_000_000,
        "g": 1 << 30, "gib": 1 << 30, "gb": 1_000_000_000,
    ]
}

/// "Did you mean …?" for misspelt keys: the closest known key within a small edit distance.
public enum KeySuggestion {
    public static func closest(to key: String, among known: [String]) -> String? {
        let limit = max(1, min(3, key.count / 3))
        let scored = known.map { ($0, distance(key.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }

    /// Levenshtein distance, with `-`/`_` treated as the same character.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.map { $0 == "-" ? "_" : $0 }), y = Array(b.map { $0 == "-" ? "_" : $0 })
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
