import Foundation

/// Line numbers of tables and keys in a TOML text. TOML libraries hand back values without
/// positions, so errors about a key find their line here by scanning the source: the n-th
/// `[[feed]]` header and the key line inside that table.
public struct TOMLSourceMap: Sendable, Equatable {
    /// Which table of the document a key belongs to.
    public enum TableRef: Sendable, Equatable, Hashable {
        case root
        /// `[name]`
        case table(String)
        /// The `index`-th (from 0) `[[name]]` element.
        case element(String, Int)
    }

    struct Section: Sendable, Equatable {
        var ref: TableRef
        var headerLine: Int?
        var keyLines: [String: Int]
    }

    private(set) var sections: [Section]

    public init(text: String) {
        var sections = [Section(ref: .root, headerLine: nil, keyLines: [:])]
        var elementCounts: [String: Int] = [:]
        var openString: String? = nil
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if let delimiter = openString {
                if Self.count(of: delimiter, in: line) % 2 == 1 { openString = nil }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                let name = Self.headerName(line.dropFirst(2), closing: "]]")
                let index = elementCounts[name, default: 0]
                elementCounts[name] = index + 1
                sections.append(Section(ref: .element(name, index), headerLine: lineNumber, keyLines: [:]))
            } else if line.hasPrefix("[") {
                let name = Self.headerName(line.dropFirst(), closing: "]")
                sections.append(Section(ref: .table(name), headerLine: lineNumber, keyLines: [:]))
            } else if let (key, rest) = Self.keyAndValue(line) {
                if sections[sections.count - 1].keyLines[key] == nil {
                    sections[sections.count - 1].keyLines[key] = lineNumber
                }
                for delimiter in ["\"\"\"", "'''"] where Self.count(of: delimiter, in: rest) % 2 == 1 {
                    openString = delimiter
                }
            }
        }
        self.sections = sections
    }

    /// The line of `key` inside `table`; without a key (or when the key is not written there),
    /// the line of the table's header. A root key written as a `[key]` / `[[key]]` header gives
    /// that header's line. Nil when none is found.
    public func line(of key: String?, in table: TableRef = .root) -> Int? {
        guard let section = sections.first(where: { $0.ref == table }) else { return nil }
        if let key, let line = section.keyLines[key] { return line }
        if table == .root, let key,
           let sub = sections.first(where: { $0.ref == .table(key) || $0.ref == .element(key, 0) }) {
            return sub.headerLine  // a key written as `[key]` or `[[key]]`
        }
        return section.headerLine
    }

    /// The header line of the `index`-th `[[name]]` element.
    public func headerLine(ofElement index: Int, of name: String) -> Int? {
        sections.first { $0.ref == .element(name, index) }?.headerLine
    }

    private static func headerName(_ rest: Substring, closing: String) -> String {
        let inner = rest.range(of: closing).map { rest[..<$0.lowerBound] } ?? rest
        return unquote(String(inner).trimmingCharacters(in: .whitespaces))
    }

    /// `key = value` → (key, value text); dotted keys keep their first part. Nil for lines that
    /// are not key lines (array continuations, inline tables, stray text).
    private static func keyAndValue(_ line: Substring) -> (String, Substring)? {
        var key = ""
        var index = line.startIndex
        if let quote = line.first, quote == "\"" || quote == "'" {
            guard let end = line[line.index(after: index)...].firstIndex(of: quote) else { return nil }
            key = String(line[line.index(after: index)..<end])
            index = line.index(after: end)
        } else {
            while index < line.endIndex, isBareKeyCharacter(line[index]) {
                key.append(line[index]); index = line.index(after: index)
            }
            guard !key.isEmpty else { return nil }
        }
        let rest = line[index...].drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first, first == "=" || first == "." else { return nil }
        return (key, rest.dropFirst())
    }

    private static func isBareKeyCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-")
    }

    private static func unquote(_ s: String) -> String {
        if s.count >= 2, let f = s.first, f == "\"" || f == "'", s.last == f { return String(s.dropFirst().dropLast()) }
        return s
    }

    private static func count(of needle: String, in text: Substring) -> Int {
        var count = 0
        var search = text[...]
        while let range = search.range(of: needle) { count += 1; search = search[range.upperBound...] }
        return count
    }
}
