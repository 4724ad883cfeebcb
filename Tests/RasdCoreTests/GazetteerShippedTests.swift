import Testing
@testable import RasdCore

@Suite struct GazetteerShippedTests {
    @Test(arguments: [
        ("عين الأسد", PlaceKind.militaryBase, "IQ", "الأنبار"),
        ("حرير", .militaryBase, "IQ", "أربيل"),
        ("التنف", .militaryBase, "SY", "حمص"),
        ("حميميم", .militaryBase, "SY", "اللاذقية"),
        ("مخيم الهول", .camp, "SY", "الحسكة"),
        ("معبر رفح", .borderCrossing, "PS", "قطاع غزة"),
        ("مطار بغداد الدولي", .airport, "IQ", "بغداد"),
        ("البرج 22", .militaryBase, "JO", "المفرق"),
    ])
    func curatedSitesAreShipped(_ name: String, _ kind: PlaceKind, _ country: String, _ admin1: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        let tokens = GazetteerFixtures.tokens(name)
        let m = try #require(g.longestMatch(in: tokens, at: 0))
        #expect(m.range == 0..<tokens.count)
        let place = try #require(g.resolve(m, context: PlaceContext(countries: [country])))
        #expect(place.kind == kind)
        #expect(place.country == country)
        #expect(place.admin1Ar == admin1)
        #expect(!place.source.isEmpty && !place.source.hasPrefix("wof:"))
        #expect(place.lat != 0 && place.lon != 0)
    }

    @Test(arguments: [
        ("الفلوجة", "IQ", "الأنبار"), ("خان يونس", "PS", "قطاع غزة"), ("دير الزور", "SY", "دير الزور"),
        ("صنعاء", "YE", "أمانة العاصمة"), ("الموصل", "IQ", "نينوى"),
    ])
    func majorTownsResolveWithoutContext(_ name: String, _ country: String, _ admin1: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        let place = try #require(g.resolve(g.places(named: name), context: PlaceContext()))
        #expect(place.country == country && place.admin1Ar == admin1, "\(place)")
    }

    @Test(arguments: ["الجيش", "التحالف", "الخميس", "القصف", "اليوم", "الشرطة", "الجنوب", "المدينة", "آب", "الصدر"])
    func ordinaryWordsAreNotPlaces(_ word: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        #expect(g.longestMatch(in: GazetteerFixtures.tokens(word), at: 0) == nil)
    }

    @Test(arguments: [("محافظة الجنوب", "LB"), ("جنوب لبنان", "LB"), ("محافظة إب", "YE"), ("مدينة الصدر", "IQ")])
    func commonWordNamesWithDesignator(_ text: String, _ country: String) throws {
        let g = try #require(try? Gazetteer.shippedOnce.get())
        let m = try #require(g.longestMatch(in: GazetteerFixtures.tokens(text), at: 0))
        #expect(g.resolve(m)?.country == country)
    }
}
