/// Formatting of `key=value` pairs shared by log lines and ALERT lines: bare values when they are
/// safe to grep, double-quoted (with `"` and `\` escaped, newlines flattened) otherwise.
public enum LineFormat {
    public static func pair(_ key: String, _ value: String) -> String {
        "\(key)=\(quoteIfNeeded(value))"
    }

    public static func quoteIfNeeded(_ value: String) -> String {
        if !value.isEmpty && !value.unicodeScalars.contains(where: needsQuote) { return value }
        return quote(value)
    }

    public static func quote(_ value: String) -> String {
        var out = "\""
        for u in value.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static func needsQuote(_ u: Unicode.Scalar) -> Bool {
        u == " " || u == "\"" || u == "=" || u == "\\" || u.value < 0x20 || u.properties.isWhitespace
    }
}
