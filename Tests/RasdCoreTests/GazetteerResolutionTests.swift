import Testing
@testable import RasdCore

@Suite struct GazetteerResolutionTests {
    @Test(arguments: [
        // name, countries in the story, governorates in the story, designator → expected country, kind
        ("عدن", [], [], nil, "YE", PlaceKind.locality),
        ("عدن", ["SY"], [], nil, "SY", .locality),
        ("عدن", [], ["حلب"], nil, "SY", .locality),
        ("عدن", ["YE"], [], "محافظه", "YE", .region),
        ("عين الأسد", [], [], nil, "IQ", .militaryBase),
        ("عين الأسد", ["LB"], [], nil, "LB", .locality),
        ("عين الأسد", ["LB"], [], "قاعده", "LB", .locality),  // a story about Lebanon names the village
        ("بغداد", [], [], nil, "IQ", .locality),
        ("بغداد", ["YE"], [], nil, "YE", .locality),
        ("دير الزور", [], [], nil, "SY", .locality),
        ("دير الزور", [], [], "محافظه", "SY", .region),
        ("دير الزور", [], ["لحج"], nil, "YE", .locality),
        ("الهول", [], [], "مخيم", "SY", .camp),
        ("الهول", [], [], nil, "SY", .locality),  // a populated town of that name: the camp needs "مخيم"
        ("الهول", [], [], "مدينه", "SY", .locality),
    ] as [(String, [String], [String], String?, String, PlaceKind)])
    func resolves(_ name: String, _ countries: [String], _ admin1: [String], _ designator: String?,
                  _ country: String, _ kind: PlaceKind) throws {
        let g = try GazetteerFixtures.small()
        let context = PlaceContext(countries: Set(countries), admin1Keys: Set(admin1.map(GazetteerKey.make)),
                                   designator: designator)
        let place = try #require(g.resolve(g.places(named: name), context: context))
        #expect(place.country == country)
        #expect(place.kind == kind)
    }

    @Test func emptyCandidatesResolveToNil() throws {
        let g = try GazetteerFixtures.small()
        #expect(g.resolve([], context: PlaceContext()) == nil)
    }

    @Test func contextFromStoryText() throws {
        let g = try GazetteerFixtures.small()
        let story = GazetteerFixtures.tokens("قصف مدفعي على عدن في ريف حلب شمال سوريا")
        let ctx = g.mentionedContext(in: story)
        #expect(ctx.countries == ["SY"])
        #expect(ctx.admin1Keys.contains("حلب"))
        let m = try #require(g.longestMatch(in: story, at: 3))
        #expect(g.resolve(m, context: ctx)?.country == "SY")
    }

    @Test func designatorFromMatchIsUsed() throws {
        let g = try GazetteerFixtures.small()
        let tokens = GazetteerFixtures.tokens("نزوح إلى مخيم الهول")
        let m = try #require(g.longestMatch(in: tokens, at: 2))
        #expect(g.resolve(m)?.kind == .camp)
    }
}
