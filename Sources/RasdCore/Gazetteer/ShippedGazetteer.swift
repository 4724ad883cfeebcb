import Foundation

extension Gazetteer {
    /// Name of the generated resource (Sources/RasdCore/Resources/gazetteer.tsv).
    public static let shippedResource = "gazetteer.tsv"

    /// The text of the shipped gazetteer, read from the module bundle.
    public static func shippedTSV() throws -> String {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv")
        else {
            throw GazetteerErrors([GazetteerRowError(origin: shippedResource, line: 0, message: "resource missing from the bundle")])
        }
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// The shipped gazetteer. Read once per call: keep the value (the daemon builds it at start).
    public static func shipped() throws -> Gazetteer {
        try Gazetteer(tsv: shippedTSV(), origin: shippedResource)
    }
}

extension Gazetteer {
    /// The shipped gazetteer, read from the bundle the first time it is asked for and kept.
    public static let shippedOnce: Result<Gazetteer, any Error> = Result { try shipped() }
}
