@testable import RasdCore

/// Shared helpers for the gazetteer suites.
enum GazetteerFixtures {
    static func small() throws -> Gazetteer {
        try Gazetteer(tsv: Fixtures.text("gazetteer/small.tsv"), origin: "small.tsv")
    }

    /// Normalised words of a phrase, as the extractor's tokenizer hands them over.
    static func tokens(_ text: String) -> [String] {
        ArabicNormalizer.normalize(text).split(whereSeparator: { $0 == " " || $0 == "،" || $0 == "." }).map(String.init)
    }
}
