import Foundation
import RasdCore

/// Reads an OPML 1.0/2.0 file's bytes into its outline tree through the core's strict
/// `OPMLParser`; a malformed document becomes one `ConfigError` naming the file and line.
public enum OPMLDocumentReader {
    public static func parse(_ data: Data, file: String) -> Result<[OPMLOutline], ConfigError> {
        OPMLParser.parse([UInt8](data)).mapError { failure in
            ConfigError(.syntax, at: SourceLocation(file: file, line: failure.line), "malformed OPML: \(failure.message)")
        }
    }
}
