import Foundation

extension Gazetteer {
    /// Name of the generated resource (Sources/RasdCore/Resources/gazetteer.tsv).
    public static let shippedResource = "gazetteer.tsv"

    /// The text of the shipped gazetteer, read from the module bundle.
    public static func shippedTSV() throws -> String {
        String(decoding: try shippedBytes(), as: UTF8.self)
    }

    /// The shipped file's bytes (parsed as they are: no `String` copy of 5 MB at start-up).
    static func shippedBytes() throws -> Data {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv")
        else {
            throw GazetteerErrors([GazetteerRowError(origin: shippedResource, line: 0, message: "resource missing from the bundle")])
        }
        return try Data(contentsOf: url)
    }

    /// The shipped gazetteer. Read once per call: keep the value (the daemon builds it at start).
    public static func shipped() throws -> Gazetteer {
        let parsed = try shippedBytes().withUnsafeBytes {
            GazetteerTSV.parse(bytes: $0.bindMemory(to: UInt8.self), origin: shippedResource, priority: 0)
        }
        guard parsed.errors.isEmpty else { throw GazetteerErrors(parsed.errors) }
        return Gazetteer(places: parsed.places, commonKeys: parsed.commonWords)
    }

    /// The shipped gazetteer extended by the user's overlay text (Config/gazetteer.local.tsv, read
    /// by the caller); nil text means no overlay. Invalid overlay rows throw, all of them at once.
    public static func shipped(userOverlay text: String?, origin: String) throws -> Gazetteer {
        let base = try shippedOnce.get()
        guard let text else { return base }
        return try Gazetteer(merging: base, overlayTSV: text, origin: origin)
    }
}

extension Gazetteer {
    /// The shipped gazetteer, read from the bundle the first time it is asked for and kept.
    public static let shippedOnce: Result<Gazetteer, any Error> = Result { try shipped() }
}
