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
    /// Rows go from the file's bytes straight into the compact store, never all at once as `Place`s.
    public static func shipped() throws -> Gazetteer {
        var store = PlaceStore(capacity: 0)
        let parsed = try shippedBytes().withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            store = PlaceStore(capacity: bytes.reduce(1) { $1 == 10 ? $0 + 1 : $0 })
            return GazetteerTSV.parse(bytes: bytes, origin: shippedResource, priority: 0) { store.append($0) }
        }
        guard parsed.errors.isEmpty else { throw GazetteerErrors(parsed.errors) }
        store.finish()
        store.fillAdmin1En()
        return Gazetteer(store: store, commonKeys: parsed.commonWords)
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
