/// Refuses the TOML inputs known to trip toml++ 3.4 (the parser under TOMLKit) into a failed
/// internal assertion (an abort in debug builds, undefined behaviour in release): a table
/// header whose name starts with a character that cannot start a key, such as `[.a]`,
/// `[#x]` or an unquoted Arabic `[أخبار]`. Scans like a small lexer (strings, comments,
/// bracket depth), so array values spread over lines are not mistaken for headers.
public enum TOMLPrecheck {
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    public static func firstProblem(in text: String) -> Problem? {
        let s = Array(text.unicodeScalars)
        var i = 0, line = 1, depth = 0
        var lineStart = true
        while i < s.count {
            let c = s[i]
            if c == "\n" { line += 1; lineStart = true; i += 1; continue }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            let firstOnLine = lineStart
            lineStart = false
            switch c {
            case "#":
                while i < s.count, s[i] != "\n" { i += 1 }
            case "\"", "'":
                let triple = i + 2 < s.count && s[i + 1] == c && s[i + 2] == c
                i += triple ? 3 : 1
                while i < s.count {
                    if c == "\"", s[i] == "\\" { i += 2; continue }
                    if s[i] == "\n" { if !triple { break }; line += 1 }
                    if s[i] == c, !triple || (i + 2 < s.count && s[i + 1] == c && s[i + 2] == c) {
                        i += triple ? 3 : 1
                        while triple, i < s.count, s[i] == c { i += 1 }  // up to two quotes may end the content
                        break
                    }
                    i += 1
                }
                continue
            case "[" where firstOnLine && depth == 0:
                var j = i + 1
                if j < s.count, s[j] == "[" { j += 1 }
                while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
                if j < s.count, !startsKey(s[j]), s[j] != "]" {
                    return Problem(line: line, message: "table header must start with a key name; quote names "
                                   + "that use other characters, e.g. [\"name\"] (found '\(String(Character(s[j])))')")
                }
                while i < s.count, s[i] != "]", s[i] != "\n" { i += 1 }
            case "[", "{":
                depth += 1
            case "]", "}":
                depth = max(0, depth - 1)
            default:
                break
            }
            i += 1
        }
        return nil
    }

    static func startsKey(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            || c == "_" || c == "-" || c == "\"" || c == "'")
    }
}
