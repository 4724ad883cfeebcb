import RasdCore
import TOMLKit

/// Reads TOML text into the core's `ConfigNode` tree through TOMLKit (toml++), so nothing past
/// this file depends on the TOML library. Syntax errors keep the line toml++ reports.
public enum TOMLDocumentReader {
    public static func parse(_ text: String, file: String) -> Result<ConfigTable, ConfigError> {
        if let problem = TOMLPrecheck.firstProblem(in: text) {
            return .failure(ConfigError(.syntax, at: SourceLocation(file: file, line: problem.line), "TOML syntax error: \(problem.message)"))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = error.source.begin.line > 0 ? error.source.begin.line : nil
            return .failure(ConfigError(.syntax, at: SourceLocation(file: file, line: line), "TOML syntax error: \(error.description)"))
        } catch {
            return .failure(ConfigError(.syntax, at: SourceLocation(file: file), "TOML syntax error: \(error)"))
        }
        return .success(convert(table))
    }

    static func convert(_ table: TOMLTable) -> ConfigTable {
        ConfigTable(table.map { (key: $0.0, value: convert($0.1)) })
    }

    static func convert(_ value: TOMLValueConvertible) -> ConfigNode {
        switch value.type {
        case .table: return value.table.map { .table(convert($0)) } ?? .table(ConfigTable())
        case .array: return .array(value.array.map { $0.map(convert) } ?? [])
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        case .date, .time, .dateTime: return .dateTime(value.debugDescription)
        }
    }
}
