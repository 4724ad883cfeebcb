import Testing
@testable import RasdCore

@Suite struct GazetteerResolutionTests {
    @Test(arguments: [
        // name, countries in the story, governorates in the story, designator → expected country, kind
        ("عدن", [], [], nil, "YE", PlaceKind.locality),
        ("عدن", ["SY"], [], nil, "YE", .locality),  // a nameless hamlet needs its governorate named
        ("طرابلس", [], [], nil, "LY", .locality),
        ("طرابلس", ["LB"], [], nil, "LB", .locality),
        ("طرابلس", [], ["لبنان الشمالي"], nil, "LB", .locality),
        ("عدن", [], ["حلب"], nil, "SY", .locality),
        ("عدن", ["YE"], [], "محافظه", "YE", .region),
        ("عين الأسد", [], [], nil, "IQ", .militaryBase),
        ("عين الأسد", ["LB"], [], nil, "IQ", .militaryBase),  // the Lebanese hamlet has no population
        ("عين الأسد", [], ["جبل لبنان"], nil, "LB", .locality),  // unless its governorate is named
        ("بغداد", [], [], nil, "IQ", .locality),
        ("بغداد", ["YE"], [], nil, "IQ", .locality),
        ("بغداد", ["YE"], ["عمران"], nil, "YE", .locality),
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

    /// A hand-written row for the same spot (its name, its governorate) wins over the WOF record.
    @Test func curatedRowWinsOverItsWOFRecord() throws {
        let text = """
        name_ar\tkind\tadmin1_ar\tcountry\tlat\tlon\tpopulation\tsource
        الصور\tlocality\tالجنوب\tLB\t33.273\t35.194\t135204\twof:890455641
        صور\tlocality\tالجنوب\tLB\t33.270\t35.200\t135000\tWikipedia: Tyre, Lebanon
        صور\tlocality\tالشرقية\tOM\t22.567\t59.529\t71152\twof:890443199
        """
        let g = try Gazetteer(tsv: text, origin: "t.tsv")
        let candidates = g.places(forKey: "صور") + g.places(forKey: "الصور")
        #expect(g.resolve(candidates, context: PlaceContext())?.source == "Wikipedia: Tyre, Lebanon")
        #expect(g.resolve(candidates, context: PlaceContext(countries: ["OM"]))?.country == "OM")
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
