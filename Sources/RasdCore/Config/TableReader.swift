/// Reads typed values out of one table of a config document and collects an error, located at
/// the key's line, for every value of the wrong type, missing required key or unknown key.
struct TableReader {
    let table: ConfigTable
    let file: String
    let map: TOMLSourceMap
    let ref: TOMLSourceMap.TableRef
    private(set) var errors: [ConfigError] = []

    init(table: ConfigTable, file: String, map: TOMLSourceMap, ref: TOMLSourceMap.TableRef) {
        self.table = table; self.file = file; self.map = map; self.ref = ref
    }

    func location(_ key: String?) -> SourceLocation {
        SourceLocation(file: file, line: map.line(of: key, in: ref), key: key)
    }

    mutating func fail(_ kind: ConfigError.Kind, _ key: String?, _ message: String) {
        errors.append(ConfigError(kind, at: location(key), message))
    }

    /// One error per key not in `known`, with a suggestion when a known key is close.
    mutating func rejectUnknownKeys(known: [String], in what: String) {
        for key in table.keys where !known.contains(key) {
            var message = "unknown key in \(what)"
            if let near = KeySuggestion.closest(to: key, among: known) { message += "; did you mean '\(near)'?" }
            fail(.unknownKey, key, message)
        }
    }

    mutating func requirePresent(_ key: String, in what: String) -> Bool {
        if table[key] != nil { return true }
        fail(.missingKey, key, "required key missing from \(what)")
        return false
    }

    private mutating func wrongType(_ key: String, _ expected: String, _ found: ConfigNode) {
        fail(.wrongType, key, "expected \(expected), found \(found.typeName)")
    }

    mutating func string(_ key: String) -> String? {
        guard let node = table[key] else { return nil }
        if case .string(let s) = node { return s }
        wrongType(key, "a string", node); return nil
    }

    mutating func integer(_ key: String) -> Int? {
        guard let node = table[key] else { return nil }
        if case .integer(let n) = node { return n }
        wrongType(key, "an integer", node); return nil
    }

    mutating func number(_ key: String) -> Double? {
        guard let node = table[key] else { return nil }
        switch node {
        case .integer(let n): return Double(n)
        case .float(let d): return d
        default: wrongType(key, "a number", node); return nil
        }
    }

    mutating func boolean(_ key: String) -> Bool? {
        guard let node = table[key] else { return nil }
        if case .boolean(let b) = node { return b }
        wrongType(key, "true or false", node); return nil
    }

    /// Seconds: an integer, or a string such as "15m", "1h30m".
    mutating func duration(_ key: String) -> Int? {
        guard let node = table[key] else { return nil }
        switch node {
        case .integer(let n): return n
        case .string(let s):
            if let n = DurationText.seconds(s) { return n }
            fail(.badValue, key, "'\(s)' is not a duration (seconds, or e.g. \"90s\", \"15m\", \"1h30m\", \"1d\")")
            return nil
        default: wrongType(key, "seconds or a duration string like \"15m\"", node); return nil
        }
    }

    /// Bytes: an integer, or a string such as "10MiB".
    mutating func byteSize(_ key: String) -> Int? {
        guard let node = table[key] else { return nil }
        switch node {
        case .integer(let n): return n
        case .string(let s):
            if let n = ByteSizeText.bytes(s) { return n }
            fail(.badValue, key, "'\(s)' is not a size (bytes, or e.g. \"512KiB\", \"10MiB\")")
            return nil
        default: wrongType(key, "bytes or a size string like \"10MiB\"", node); return nil
        }
    }

    /// An array of strings (a single string is accepted as a one-element list).
    mutating func strings(_ key: String) -> [String]? {
        guard let node = table[key] else { return nil }
        switch node {
        case .string(let s): return [s]
        case .array(let items):
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { wrongType(key, "an array of strings", item); return nil }
                out.append(s)
            }
            return out
        default: wrongType(key, "an array of strings", node); return nil
        }
    }
}
