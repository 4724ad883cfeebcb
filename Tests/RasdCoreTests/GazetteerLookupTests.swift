import Testing
@testable import RasdCore

@Suite struct GazetteerLookupTests {
    @Test(arguments: [
        ("سقطت صواريخ على قاعدة عين الأسد الجوية", 3, "قاعده عين الاسد", 3..<6, nil),
        ("سقطت صواريخ على معسكر عين الأسد", 3, "عين الاسد", 3..<6, "معسكر"),
        ("اشتباكات في دير الزور شرقي سوريا", 2, "دير الزور", 2..<4, nil),
        ("غارات على مدينة خان يونس", 2, "خان يونس", 2..<5, "مدينه"),
        ("قصف وبخانيونس أمس", 1, "خانيونس", 1..<2, nil),
        ("هجوم بمحافظة الأنبار", 1, "الانبار", 1..<3, "محافظه"),
        ("هبطت في مطار بغداد الدولي", 2, "مطار بغداد الدولي", 2..<5, nil),
        ("نزوح إلى مخيم الهول", 2, "الهول", 2..<4, "مخيم"),
    ] as [(String, Int, String, Range<Int>, String?)])
    func longestPhrase(_ text: String, _ at: Int, _ key: String, _ range: Range<Int>, _ designator: String?) throws {
        let g = try GazetteerFixtures.small()
        let m = try #require(g.longestMatch(in: GazetteerFixtures.tokens(text), at: at))
        #expect(m.key == key)
        #expect(m.range == range)
        #expect(m.designator == designator)
        #expect(!m.candidates.isEmpty)
    }

    @Test func noMatchForOrdinaryWords() throws {
        let g = try GazetteerFixtures.small()
        let tokens = GazetteerFixtures.tokens("قال مسؤول إن الهجوم لم يسفر عن إصابات")
        #expect(g.matches(in: tokens).isEmpty)
    }

    /// A name that is an ordinary word ("الصدر": the cleric) matches only after a designator.
    @Test func commonWordNamesNeedADesignator() throws {
        let g = try GazetteerFixtures.small()
        #expect(g.commonKeys.contains("الصدر"))
        #expect(g.longestMatch(in: GazetteerFixtures.tokens("مقتدى الصدر"), at: 1) == nil)
        let m = try #require(g.longestMatch(in: GazetteerFixtures.tokens("انفجار في مدينة الصدر"), at: 2))
        #expect(m.designator == "مدينه" && m.range == 2..<4)
        #expect(g.resolve(m)?.nameEn == "Sadr City")
        #expect(g.places(forKey: "الصدر").count == 1)  // explicit lookups still find it
    }

    /// The shipped file writes a governorate's English name once, on its own row.
    @Test func admin1EnglishComesFromTheGovernorateRow() throws {
        let text = """
        name_ar\tkind\tadmin1_ar\tadmin1_en\tcountry\tlat\tlon
        الأنبار\tregion\tالأنبار\tAl-Anbar\tIQ\t33.0\t42.0
        الفلوجة\tlocality\tالأنبار\t\tIQ\t33.36\t43.79
        الأنبار\tlocality\tالأنبار\t\tSY\t35.0\t40.0
        تل أبيب\tlocality\tتل أبيب\tTel Aviv\tIL\t32.08\t34.78
        """
        let g = try Gazetteer(tsv: text, origin: "t.tsv")
        #expect(g.places(named: "الفلوجة").first?.admin1En == "Al-Anbar")
        #expect(g.places(named: "الأنبار").first { $0.country == "SY" }?.admin1En == "")  // other country
        #expect(g.places(named: "تل أبيب").first?.admin1En == "Tel Aviv")
    }

    /// "وقوع" (occurrence) is not و + the hamlet "قوع"; "وبغداد" is و + Baghdad.
    @Test func cliticsComeOffOnlyBeforeNotablePlaces() throws {
        let g = try GazetteerFixtures.small()
        #expect(g.longestMatch(in: GazetteerFixtures.tokens("وقوع"), at: 0) == nil)
        #expect(g.longestMatch(in: GazetteerFixtures.tokens("قوع"), at: 0)?.isNotable == false)
        #expect(g.longestMatch(in: GazetteerFixtures.tokens("وبغداد"), at: 0)?.key == "بغداد")
        #expect(g.longestMatch(in: GazetteerFixtures.tokens("والهول"), at: 0)?.key == "الهول")
    }

    @Test func placeBecomesAnIncidentLocation() throws {
        let g = try GazetteerFixtures.small()
        let base = try #require(g.places(named: "عين الأسد").first { $0.kind == .militaryBase })
        let location = base.location()
        #expect(location.nameAr == "عين الأسد" && location.kind == "military_base" && location.precision == 1)
        #expect(location.admin1Ar == "الأنبار" && location.country == "IQ" && location.lat == 33.8)
        let iraq = try #require(g.places(named: "العراق").first)
        #expect(iraq.location().admin1Ar == nil && iraq.location().precision == 3)
        #expect(base.location(precision: 2).precision == 2)
    }

    @Test func cliticsAreReported() throws {
        let g = try GazetteerFixtures.small()
        let m = try #require(g.longestMatch(in: GazetteerFixtures.tokens("وبالأنبار"), at: 0))
        #expect(m.key == "الانبار" && m.clitics == "وب")
    }

    @Test func variantsAreKeys() throws {
        let g = try GazetteerFixtures.small()
        #expect(g.places(named: "خانيونس").map(\.nameEn) == ["Khan Yunis"])
        #expect(g.places(named: "سورية").first?.kind == .country)
        #expect(g.places(forKey: "مدينه الصدر").isEmpty)  // the key drops the admin word
        #expect(g.places(named: "مدينة الصدر").first?.nameEn == "Sadr City")
    }

    @Test func admin1ByName() throws {
        let g = try GazetteerFixtures.small()
        let anbar = try #require(g.admin1(named: "محافظة الأنبار").first)
        #expect(anbar.kind == .region && anbar.country == "IQ" && anbar.admin1En == "Al-Anbar")
        #expect(g.admin1(named: "دير الزور", country: "SY").count == 1)
        #expect(g.admin1(named: "دير الزور", country: "IQ").isEmpty)
        let base = try #require(g.places(named: "عين الأسد").first { $0.kind == .militaryBase })
        #expect(g.admin1(of: base)?.nameAr == "الأنبار")
        #expect(base.precision == 1 && anbar.precision == 3)
    }
}
