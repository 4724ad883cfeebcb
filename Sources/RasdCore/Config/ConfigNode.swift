/// A parsed configuration document, independent of the TOML library that produced it, so that
/// decoding and validation stay pure functions in the core.
public indirect enum ConfigNode: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// Dates and times are kept as their text: no setting takes one, they only need naming.
    case dateTime(String)
    case array([ConfigNode])
    case table(ConfigTable)

    /// The type's name as TOML spells it, for "expected X, found Y" messages.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .dateTime: "date-time"
        case .array: "array"
        case .table: "table"
        }
    }
}

/// Key/value pairs of a table, in document order where the parser keeps it.
public struct ConfigTable: Sendable, Equatable {
    public var entries: [(key: String, value: ConfigNode)]
    public init(_ entries: [(key: String, value: ConfigNode)] = []) { self.entries = entries }

    public subscript(key: String) -> ConfigNode? { entries.first { $0.key == key }?.value }
    public var keys: [String] { entries.map(\.key) }

    public static func == (lhs: ConfigTable, rhs: ConfigTable) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
