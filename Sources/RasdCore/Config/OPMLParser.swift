/// A small, strict XML reader for OPML subscription lists: elements, attributes, comments,
/// processing instructions, CDATA and a skipped DOCTYPE. It never loads or expands declared
/// entities (only the five predefined ones and character references), it checks that tags
/// match, and it keeps the line of every outline. Pure: text in, outlines or one located
/// error out. (Foundation's XMLParser on Linux crashes on some malformed input, and a config
/// file must never crash the daemon.)
public enum OPMLParser {
    /// Why a document was refused, and on which line.
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    /// Outlines nested deeper than this are refused (no real subscription list comes close).
    public static let maxDepth = 256

    public static func parse(_ bytes: [UInt8]) -> Result<[OPMLOutline], Failure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return .failure(Failure(line: 1, message: "UTF-16 is not supported; save the file as UTF-8"))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(Failure(line: firstInvalidUTF8Line(body), message: "not valid UTF-8; save the file as UTF-8"))
        }
        var reader = Reader(Array(text.unicodeScalars))
        do { return .success(try reader.document()) } catch let failure as Failure { return .failure(failure) } catch {
            return .failure(Failure(line: reader.line, message: "\(error)"))
        }
    }

    private static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.indices where bytes[i] == 0x0A {
            if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { return line }
            line += 1; lineStart = i + 1
        }
        return line
    }
}

private struct Reader {
    let s: [Unicode.Scalar]
    var i = 0
    var line = 1

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    typealias Failure = OPMLParser.Failure

    struct Open { var name: String; var line: Int; var outline: OPMLOutline? }

    func fail(_ message: String, line: Int? = nil) -> Failure { Failure(line: line ?? self.line, message: message) }

    var atEnd: Bool { i >= s.count }

    func starts(with literal: String) -> Bool {
        var j = i
        for c in literal.unicodeScalars {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    mutating func advance(_ n: Int = 1) {
        for _ in 0..<n where i < s.count {
            if s[i] == "\n" { line += 1 }
            i += 1
        }
    }

    /// Skips past `terminator`; an error naming `what` if the document ends first.
    mutating func skip(past terminator: String, what: String) throws {
        let startLine = line
        while !atEnd {
            if starts(with: terminator) { advance(terminator.unicodeScalars.count); return }
            advance()
        }
        throw fail("unterminated \(what)", line: startLine)
    }

    mutating func skipSpace() {
        while !atEnd, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r" { advance() }
    }

    mutating func document() throws -> [OPMLOutline] {
        var stack: [Open] = []
        var roots: [OPMLOutline] = []
        var sawRoot = false
        while !atEnd {
            if starts(with: "<?") {
                try declaration()
            } else if starts(with: "<!--") {
                advance(4); try skip(past: "-->", what: "comment")
            } else if starts(with: "<![CDATA[") {
                guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
                advance(9); try skip(past: "]]>", what: "CDATA section")
            } else if starts(with: "<!DOCTYPE") {
                guard !sawRoot else { throw fail("DOCTYPE after the root element") }
                try doctype()
            } else if starts(with: "</") {
                let tagLine = line
                advance(2)
                let name = try self.name()
                skipSpace()
                guard !atEnd, s[i] == ">" else { throw fail("'>' expected after </\(name)") }
                advance()
                guard let open = stack.popLast() else { throw fail("closing </\(name)> without an opening tag", line: tagLine) }
                guard open.name == name else {
                    throw fail("closing </\(name)> does not match <\(open.name)> opened on line \(open.line)", line: tagLine)
                }
                if let done = open.outline { attach(done, to: &stack, roots: &roots) }
            } else if starts(with: "<") {
                let tagLine = line
                advance()
                let name = try self.name()
                let attributes = try self.attributes(of: name)
                let selfClosing = starts(with: "/>")
                advance(selfClosing ? 2 : 1)
                if stack.isEmpty {
                    guard !sawRoot else { throw fail("extra content after the root element", line: tagLine) }
                    sawRoot = true
                    guard name.lowercased() == "opml" else { throw fail("root element is <\(name)>, not <opml>", line: tagLine) }
                }
                guard stack.count < OPMLParser.maxDepth else { throw fail("elements nested deeper than \(OPMLParser.maxDepth)", line: tagLine) }
                // Outlines count directly under <opml><body> or inside other outlines there.
                let inBody = stack.count >= 2 && stack[1].name == "body" && stack.dropFirst(2).allSatisfy { $0.outline != nil }
                let outline = name == "outline" && inBody ? OPMLOutline(attributes: attributes, line: tagLine) : nil
                if selfClosing {
                    if let outline { attach(outline, to: &stack, roots: &roots) }
                } else {
                    stack.append(Open(name: name, line: tagLine, outline: outline))
                }
            } else {
                if stack.isEmpty, !(s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r") {
                    throw fail(sawRoot ? "extra content after the root element" : "text before the root element")
                }
                if s[i] == "&" { _ = try entity() } else { advance() }
            }
        }
        if let open = stack.last { throw fail("<\(open.name)> opened on line \(open.line) is never closed") }
        guard sawRoot else { throw fail("no <opml> element (empty document?)") }
        return roots
    }

    func attach(_ outline: OPMLOutline, to stack: inout [Open], roots: inout [OPMLOutline]) {
        if let parent = stack.indices.last, stack[parent].outline != nil {
            stack[parent].outline!.children.append(outline)
        } else {
            roots.append(outline)
        }
    }

    /// `<?xml version="1.0" encoding="…"?>` (only UTF-8 is read) or any other processing instruction.
    mutating func declaration() throws {
        let startLine = line
        let start = i
        advance(2)
        try skip(past: "?>", what: "processing instruction")
        let text = String(String.UnicodeScalarView(s[start..<i]))
        guard text.hasPrefix("<?xml ") || text.hasPrefix("<?xml\t") || text.hasPrefix("<?xml\n") else { return }
        guard start == 0 else { throw fail("XML declaration not at the start of the file", line: startLine) }
        if let range = text.firstRange(of: "encoding") {
            let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            let encoding = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "?" }.lowercased()
            guard ["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding) else {
                throw fail("encoding '\(encoding)' is not supported; save the file as UTF-8", line: startLine)
            }
        }
    }

    /// Skips `<!DOCTYPE …>` with its internal subset; declared entities are never expanded.
    mutating func doctype() throws {
        let startLine = line
        var bracket = 0
        var quote: Unicode.Scalar? = nil
        while !atEnd {
            let c = s[i]
            advance()
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case "\"", "'": quote = c
            case "[": bracket += 1
            case "]": bracket -= 1
            case ">" where bracket <= 0: return
            default: break
            }
        }
        throw fail("unterminated DOCTYPE", line: startLine)
    }

    static func isNameScalar(_ c: Unicode.Scalar, first: Bool) -> Bool {
        if c.value >= 0x80 { return c.properties.isAlphabetic || (!first && c.properties.numericType != nil) }
        let ch = Character(c)
        return ch.isLetter || c == "_" || c == ":" || (!first && (ch.isNumber || c == "-" || c == "."))
    }

    mutating func name() throws -> String {
        var out = String.UnicodeScalarView()
        while !atEnd, Self.isNameScalar(s[i], first: out.isEmpty) { out.append(s[i]); advance() }
        guard !out.isEmpty else {
            throw fail(atEnd ? "document ends inside a tag" : "a '<' not followed by a name (escape it as &lt;)")
        }
        return String(out)
    }

    mutating func attributes(of element: String) throws -> [String: String] {
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = !atEnd && (s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r")
            skipSpace()
            guard !atEnd else { throw fail("document ends inside <\(element)>") }
            if s[i] == ">" || starts(with: "/>") { return attributes }
            guard hadSpace else { throw fail("space expected between attributes of <\(element)>") }
            let name = try self.name()
            skipSpace()
            guard !atEnd, s[i] == "=" else { throw fail("attribute '\(name)' of <\(element)> has no value") }
            advance()
            skipSpace()
            guard !atEnd, s[i] == "\"" || s[i] == "'" else { throw fail("value of attribute '\(name)' is not quoted") }
            let quote = s[i]
            advance()
            var value = String.UnicodeScalarView()
            while true {
                guard !atEnd else { throw fail("unterminated value of attribute '\(name)'") }
                let c = s[i]
                if c == quote { advance(); break }
                if c == "<" { throw fail("'<' in the value of attribute '\(name)' (escape it as &lt;)") }
                if c == "&" { value.append(contentsOf: try entity().unicodeScalars); continue }
                value.append(c == "\n" || c == "\t" || c == "\r" ? " " : c)
                advance()
            }
            guard attributes[name] == nil else { throw fail("attribute '\(name)' repeated in <\(element)>") }
            attributes[name] = String(value)
        }
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#N;` `&#xH;`; anything else is refused.
    mutating func entity() throws -> String {
        let start = i
        advance()
        var body = ""
        while !atEnd, s[i] != ";", body.count < 12, s[i] != "&", s[i] != "<", s[i] != " " {
            body.unicodeScalars.append(s[i]); advance()
        }
        guard !atEnd, s[i] == ";" else { i = start; throw fail("'&' not starting an entity (escape it as &amp;)") }
        advance()
        switch body {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if body.hasPrefix("#") {
                let digits = body.dropFirst()
                let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let value, value != 0, let scalar = Unicode.Scalar(value) { return String(Character(scalar)) }
                throw fail("bad character reference &\(body);")
            }
            throw fail("undefined entity &\(body); (OPML allows only &lt; &gt; &amp; &quot; &apos; and &#…;)")
        }
    }
}
