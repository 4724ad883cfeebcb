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
