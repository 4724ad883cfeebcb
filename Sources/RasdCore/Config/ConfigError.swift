/// One problem found in a user-edited configuration file. Every error names the file, the line
/// and the key it is about, so `rasd check` can print `file:line: key: message` lines an editor
/// can jump to.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for tests and for callers that treat some kinds differently.
    public enum Kind: String, Sendable, Equatable {
        case syntax, unknownKey, missingKey, wrongType, badValue, badURL, duplicateID
        case intervalOutOfRange, unsupportedVersion, missingFile, unreadableFile
    }

    public var kind: Kind
    public var location: SourceLocation
    public var message: String

    public init(_ kind: Kind, at location: SourceLocation, _ message: String) {
        self.kind = kind; self.location = location; self.message = message
    }

    /// `file:line: key: message` (line and key left out when unknown).
    public var description: String { "\(location): \(message)" }
}

/// All the errors of one load, thrown or returned when a configuration cannot be used.
public struct ConfigErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [ConfigError]
    public init(_ errors: [ConfigError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension Array where Element == ConfigError {
    /// Errors in reading order: files in `fileOrder` first (in that order), other files in the
    /// order their first error came; within a file by line (errors without a line first), ties
    /// kept in the order found.
    public func sortedForDisplay(fileOrder: [String] = []) -> [ConfigError] {
        var fileRank: [String: Int] = [:]
        for file in fileOrder where fileRank[file] == nil { fileRank[file] = fileRank.count }
        for e in self where fileRank[e.location.file] == nil { fileRank[e.location.file] = fileRank.count }
        return enumerated().sorted { a, b in
            let l = a.element.location, r = b.element.location
            if l.file != r.file { return fileRank[l.file]! < fileRank[r.file]! }
            if (l.line ?? 0) != (r.line ?? 0) { return (l.line ?? 0) < (r.line ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
