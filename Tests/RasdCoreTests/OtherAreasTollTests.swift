import Foundation
import Testing
@testable import RasdCore

/// Dead "besides" told of other areas ("وقتل تسعة مدنيين آخرين في مناطق أخرى") are other acts'
/// toll: never added to the act just told, never lost. They become an incident of their own, of
/// the kind of act the story tells, at the place the clause names after "مناطق أخرى" (or at none).
/// A paraphrase matrix: separate sentence or clause, verb / verbal noun / "لقي حتفه", digits, number
/// words, dual, the area nouns (مناطق، بلدات، قرى، أحياء، أماكن), the place after or none.
///
/// Outcomes per incident in text order, "place Kx Iy" (see IncidentCasualtyOutline).
@Suite struct OtherAreasTollTests {
    static func town(_ name: String, _ admin1: String) -> (PlaceCandidate, [String]) {
        (PlaceCandidate(nameAr: name, kind: "locality", admin1Ar: admin1, country: "SY", population: 50_000), [])
    }
    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "الغوطة الشرقية", kind: "county", admin1Ar: "ريف دمشق", country: "SY", population: 400_000), []),
        (PlaceCandidate(nameAr: "ريف إدلب", kind: "county", admin1Ar: "إدلب", country: "SY", population: 400_000), []),
        town("دوما", "ريف دمشق"), town("كفرنبل", "إدلب"), town("معرة النعمان", "إدلب"),
    ])
    static let extractor = IncidentExtractor(places: places)

    static func extract(_ text: String) -> [IncidentFacts] {
        extractor.extract(StoryText(title: "", text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"),
                                    utcOffsetSeconds: 3 * 3600))
    }

    @Test(arguments: [
        // a sentence of its own after the act
        ("قتل 29 مدنيا الخميس في غارات على دوما. وقتل تسعة مدنيين آخرين في مناطق أخرى في الغوطة الشرقية.",
         "دوما K29 I- | الغوطة الشرقية K9 I-"),
        ("قتل 29 مدنيا الخميس في غارات على دوما. كما قتل 9 مدنيين آخرين في مناطق أخرى من الغوطة الشرقية.",
         "دوما K29 I- | الغوطة الشرقية K9 I-"),
        ("قتل 29 مدنيا الخميس في غارات على دوما. ولقي تسعة آخرون حتفهم في بلدات أخرى في الغوطة الشرقية.",
         "دوما K29 I- | الغوطة الشرقية K9 I-"),
        ("قتل 29 مدنيا الخميس في غارات على دوما. وقتل مدنيان آخران في قرى أخرى في الغوطة الشرقية.",
         "دوما K29 I- | الغوطة الشرقية K2 I-"),
        ("قتل 29 مدنيا الخميس في غارات على دوما. وأفاد المرصد بمقتل ٩ مدنيين آخرين في أحياء أخرى من الغوطة الشرقية.",
         "دوما K29 I- | الغوطة الشرقية K9 I-"),
        // no place named after the area words: an incident still, placed nowhere rather than at the act's town
        ("قتل 29 مدنيا الخميس في غارات على دوما. وقتل تسعة مدنيين آخرين في مناطق أخرى.",
         "دوما K29 I- | - K9 I-"),
        // a clause of the act's own sentence
        ("قتل 29 مدنيا الخميس في غارات على دوما، وقتل تسعة آخرون في مناطق أخرى من الغوطة الشرقية.",
         "دوما K29 I- | الغوطة الشرقية K9 I-"),
        ("قصفت قوات النظام كفرنبل الخميس ما أسفر عن مقتل خمسة مدنيين، فيما قتل ثلاثة آخرون في مناطق أخرى من ريف إدلب.",
         "كفرنبل K5 I- | ريف إدلب K3 I-"),
        // a clause that tells its own act: at its own place the toll is that act's; with no place, an incident of that act's kind
        ("قتل 12 مدنيا الخميس في غارات على دوما، كما قتل خمسة آخرون في قصف على بلدات أخرى في ريف إدلب.",
         "دوما K12 I- | ريف إدلب K5 I-"),
        ("قتل 12 مدنيا الخميس في غارات على دوما. وقتل خمسة آخرون في قصف مدفعي على قرى أخرى في ريف إدلب.",
         "دوما K12 I- | ريف إدلب K5 I-"),
        ("قتل 12 مدنيا الخميس في غارات على دوما. وقتل خمسة آخرون في قصف مدفعي على قرى أخرى.",
         "دوما K12 I- | - K5 I-"),
        // the wounded of other areas too
        ("قتل 29 مدنيا الخميس في غارات على دوما. وأصيب عشرة آخرون في مناطق أخرى من الغوطة الشرقية.",
         "دوما K29 I- | الغوطة الشرقية K- I10"),
    ])
    func otherAreasDeadAreAnIncidentOfTheirOwn(_ text: String, _ expected: String) {
        #expect(IncidentCasualtyOutline.of(Self.extract(text)) == expected, "\(text)")
    }

    /// The new incident is the kind of act the story tells, or the act its own clause names.
    @Test func theOtherAreasIncidentIsOfTheClausesKind() {
        let got = Self.extract("قتل 12 مدنيا الخميس في غارات على دوما، كما قتل خمسة آخرون في قصف على بلدات أخرى.")
        #expect(got.map(\.subEventType) == ["Air/drone strike", "Shelling/artillery/missile attack"])
    }

    @Test func theOtherAreasIncidentIsOfTheToldKind() {
        let got = Self.extract("قصفت قوات النظام كفرنبل بالمدفعية الخميس ما أسفر عن مقتل خمسة مدنيين. وقتل ثلاثة آخرون في مناطق أخرى من ريف إدلب.")
        #expect(got.count == 2)
        #expect(got.map(\.subEventType) == ["Shelling/artillery/missile attack", "Shelling/artillery/missile attack"])
    }

    /// Not other areas: the act's own spread ("مناطق متفرقة"), the same town, or more dead with no
    /// place: they stay the act's toll, one incident.
    @Test(arguments: [
        ("قتل 29 مدنيا الخميس في غارات على دوما. وقتل تسعة آخرون في مناطق متفرقة من دوما.", "دوما K29 I-"),
        ("قتل 29 مدنيا الخميس في غارات على دوما، وأصيب عشرة آخرون.", "دوما K29 I10"),
        ("قتل خمسة مدنيين الخميس في غارات على دوما، وقتل ثلاثة آخرون في المدينة نفسها.", "دوما K8 I-"),
        ("قتل 29 مدنيا الخميس في غارات على دوما، وتضررت منازل في مناطق أخرى.", "دوما K29 I-"),
    ])
    func theActsOwnDeadStayIts(_ text: String, _ expected: String) {
        #expect(IncidentCasualtyOutline.of(Self.extract(text)) == expected, "\(text)")
    }
}
