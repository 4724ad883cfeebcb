import Foundation
import Testing
@testable import RasdCore

/// One weapon told the ways wire copy tells it, read as a kind: "صاروخ" fired by a militia or by a
/// state, "قذيفة" of every make, drone vs aircraft vs march, blast vs IED vs car bomb vs suicide
/// device, gunfire, grenade; and the weapons that must not be added (background, an actor's name,
/// the interceptor, seized arms, a second act). The rows live in `Fixtures/weapons/kind_paraphrases.txt`
/// (shared with `scripts/weapon_kind_paraphrases.py`, which runs them through the binary); each is a
/// short story run through the whole extractor, and holds when its first incident carries exactly
/// that set of kinds (or, for a row listing several sets, when its incidents carry them in order). Rows starting "?" are variants rasd still misreads: the script lists them,
/// this suite leaves them out.
@Suite struct WeaponKindParaphraseTests {
    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "عين الأسد", kind: "military_base", admin1Ar: "الأنبار", country: "IQ", population: 0), []),
        (PlaceCandidate(nameAr: "كركوك", kind: "locality", admin1Ar: "كركوك", country: "IQ", population: 900_000), []),
        (PlaceCandidate(nameAr: "دمشق", kind: "locality", admin1Ar: "دمشق", country: "SY", population: 2_000_000), []),
        (PlaceCandidate(nameAr: "إدلب", kind: "locality", admin1Ar: "إدلب", country: "SY", population: 200_000), []),
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 100_000), []),
        (PlaceCandidate(nameAr: "الجولان", kind: "region", admin1Ar: "القنيطرة", country: "SY", population: 0), []),
        (PlaceCandidate(nameAr: "جازان", kind: "locality", admin1Ar: "جازان", country: "SA", population: 100_000), []),
        (PlaceCandidate(nameAr: "مأرب", kind: "locality", admin1Ar: "مأرب", country: "YE", population: 100_000), []),
        (PlaceCandidate(nameAr: "عسقلان", kind: "locality", admin1Ar: "المنطقة الجنوبية", country: "IL", population: 140_000), []),
        (PlaceCandidate(nameAr: "قطاع غزة", kind: "region", admin1Ar: "قطاع غزة", country: "PS", population: 2_000_000), []),
    ])
    static let extractor = IncidentExtractor(places: places)

    struct Row: CustomTestStringConvertible, Sendable {
        var story: String
        /// Kind sets, sorted and comma-joined, of the first incident, or of every incident joined by ";"; "none".
        var want: String
        var testDescription: String { story }
    }

    /// The matrix rows: `STORY|kind,kind`, `STORY|kinds;kinds` or `STORY|none`; "#" lines are comments,
    /// "?" rows open misses.
    static func rows() throws -> [Row] {
        try Fixtures.text("weapons/kind_paraphrases.txt").split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.hasPrefix("?"), let bar = line.lastIndex(of: "|") else { return nil }
            let want = line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            let sets = want.split(separator: ";").map { part in
                part.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.sorted().joined(separator: ",")
            }
            return Row(story: String(line[..<bar]).trimmingCharacters(in: .whitespaces),
                       want: want == "none" ? "none" : sets.joined(separator: ";"))
        }
    }

    /// The kind sets of the story's incidents, each sorted and comma-joined. "TITLE ## BODY" gives a title.
    static func kinds(_ story: String) -> [String] {
        let parts = story.components(separatedBy: " ## ")
        let (title, text) = parts.count == 2 ? (parts[0], parts[1]) : ("", story)
        let incidents = extractor.extract(StoryText(title: title, text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"),
                                                    utcOffsetSeconds: 3 * 3600))
        return incidents.map { Set($0.weapons.map(\.kind.rawValue)).sorted().joined(separator: ",") }
    }

    @Test func matrixIsLarge() throws {
        #expect(try Self.rows().count >= 90)
    }

    @Test(arguments: try rows())
    func kindSet(_ row: Row) {
        let sets = Self.kinds(row.story)
        let got = sets.isEmpty ? "none" : row.want.contains(";") ? sets.joined(separator: ";") : sets[0]
        #expect(got == row.want, "\(row.story)\n  want \(row.want)\n  got \(got)")
    }
}
