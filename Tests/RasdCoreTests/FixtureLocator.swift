import Foundation

/// Finds test fixtures in the bundle copied beside the test binary.
enum Fixtures {
    static var root: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }
    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
    static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }
    static func text(_ relative: String) throws -> String { String(decoding: try data(relative), as: UTF8.self) }
}
