import Foundation
import Testing
@testable import RasdCore



/// The place and date rules behind an incident's governorate and event date: governorates named

/// with "ريف", "سوق" before a village, the most specific place of an incident, the day of the lead

/// and undated follow-on incidents, and curated places outside the Who's On First extracts.
@Suite struct ExtractionPlaceDateTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "دمشق", kind: "region", admin1Ar: "دمشق", country: "SY", population: 1_700_000), []),
        (PlaceCandidate(nameAr: "ريف دمشق", kind: "region", admin1Ar: "ريف دمشق", country: "SY", population: 2_800_000), []),
        (PlaceCandidate(nameAr: "حلب", kind: "region", admin1Ar: "حلب", country: "SY", population: 4_000_000), []),
        (PlaceCandidate(nameAr: "إدلب", kind: "region", admin1Ar: "إدلب", country: "SY", population: 1_500_000), []),
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 110_000), []),
        (PlaceCandidate(nameAr: "سرمدا", kind: "locality", admin1Ar: "إدلب", country: "SY", population: 15_000), []),
        (PlaceCandidate(nameAr: "ضحيان", kind: "locality", admin1Ar: "صعدة", country: "YE"), []),
        (PlaceCandidate(nameAr: "درنة", kind: "locality", admin1Ar: "درنة", country: "LY", population: 100_000), []),
        (PlaceCandidate(nameAr: "سرت", kind: "locality", admin1Ar: "سرت", country: "LY", population: 80_000), []),
    ])

    /// Both lookup paths of `PlaceRules.mentions`: by string and by the hashed index.
    static func mentions(_ text: String, indexed: Bool) -> [PlaceMention] {
        PlaceRules.mentions(tokens(text), lookup: table, index: indexed ? table.placeIndex() : nil)
    }

    @Test(arguments: [
        ("سقطت قذيفة على سوق في ريف دمشق", "ريف دمشق"),
        ("قصف مدفعي على بلدات بريف دمشق الشرقي", "ريف دمشق"),
        ("وفي ريف دمشق قتل 3 مدنيين", "ريف دمشق"),
        ("اشتباكات في ريف حلب الشمالي", "حلب"),
        ("انفجار وسط دمشق", "دمشق"),
    ])
    func countrysideNamesItsOwnGovernorate(_ text: String, _ admin1: String) {
        for indexed in [false, true] {
            #expect(Self.mentions(text, indexed: indexed).first?.place.admin1Ar == admin1, "indexed: \(indexed)")
        }
    }

    @Test(arguments: [
        ("هجوم على حافلة في سوق ضحيان", "ضحيان"),
        ("غارة على منطقة سوق ضحيان في صعدة", "ضحيان"),
        ("وبحسب الشهود فإن ضحيان شهدت قصفا", nil),
    ] as [(String, String?)])
    func marketWordNamesAVillage(_ text: String, _ place: String?) {
        for indexed in [false, true] {
            #expect(Self.mentions(text, indexed: indexed).first?.place.nameAr == place, "indexed: \(indexed)")
        }
    }

    @Test(arguments: [
        ("انفجار في محافظة إدلب أسفر عن قتلى. ووقع الانفجار في بلدة سرمدا", "سرمدا"),
        ("انفجار في محافظة إدلب أسفر عن قتلى. وفي دوما قصف مدفعي", "إدلب"),
        ("انفجار في دوما أسفر عن قتلى. وفي ريف دمشق قصف مدفعي", "دوما"),
        ("انفجار في محافظة إدلب أسفر عن قتلى", "إدلب"),
    ])
    func aGovernorateGivesWayToAPlaceInsideIt(_ text: String, _ want: String) throws {
        let all = Self.mentions(text, indexed: true)
        let first = try #require(all.first)
        #expect(PlaceRules.mostSpecific(first, among: all).place.nameAr == want)
    }

    // MARK: dates through the extractor

    static let extractor = IncidentExtractor(places: table)
    /// Monday 12 August 2024, 09:00 in UTC+3.
    static let monday = RFC3339.parse("2024-08-12T09:00:00+03:00")!
    /// Thursday 8 August 2024, 09:00 in UTC+3.
    static let thursday = RFC3339.parse("2024-08-08T09:00:00+03:00")!

    static func extract(_ text: String, title: String = "", published: Date) -> [IncidentFacts] {
        extractor.extract(StoryText(title: title, text: text, published: published, utcOffsetSeconds: 3 * 3600))
    }

    @Test(arguments: [
        // The lead dates the act though only a later sentence names it; that sentence's
        // "فجر اليوم" is the day its source spoke.
        ("قتل 12 شخصا أمس الأحد في مبنى سكني في محافظة إدلب، وفق المرصد السوري. "
            + "وقال المرصد إن المبنى في بلدة سرمدا. "
            + "وقالت فرق الدفاع المدني إن 10 أشخاص قتلوا فجر اليوم في انفجار عبوة ناسفة في المبنى.", "2024-08-11"),
        // A weekday in the attribution ("أكدت الحكومة الأحد أن") is the statement; the act's own day follows.
        ("أكدت الحكومة الأحد أن 40 شخصا قتلوا مساء الجمعة في انفجار سيارة مفخخة في محافظة إدلب. "
            + "وقال مسؤول إن السيارة انفجرت قرب سوق شعبي.", "2024-08-09"),
    ])
    func theLeadDatesTheIncident(_ text: String, _ date: String) throws {
        let got = Self.extract(text, published: Self.monday)
        let first = try #require(got.first)
        #expect(first.eventDate?.date == date)
    }

    @Test func anUndatedFollowOnIncidentTakesTheLeadsDay() {
        let text = "قتل 4 جنود في درنة الأربعاء بعد أن فجر انتحاري سيارة ملغومة قرب مجموعة من الجنود. "
            + "وفي الأثناء دارت اشتباكات عنيفة بين الجيش ومسلحين في مدينة سرت."
        let got = Self.extract(text, published: Self.thursday)
        #expect(got.count == 2)
        #expect(got.map { $0.eventDate?.date } == ["2024-08-07", "2024-08-07"])
        #expect(got.last?.location?.nameAr == "سرت")
    }

    @Test func aStoryWithNoDayAtAllKeepsThePublicationDay() {
        let text = "قتل 4 جنود في درنة بعد أن فجر انتحاري سيارة ملغومة قرب مجموعة من الجنود. "
            + "وفي الأثناء دارت اشتباكات عنيفة بين الجيش ومسلحين في مدينة سرت."
        let got = Self.extract(text, published: Self.thursday)
        #expect(!got.isEmpty)
        #expect(got.allSatisfy { $0.eventDate == EventDate(date: "2024-08-08", basis: .publication) })
    }

    @Test(arguments: [
        [EventDate(date: "2024-08-07", basis: .weekday), EventDate(date: "2024-08-08", basis: .publication)],
        [EventDate(date: "2024-08-08", basis: .publication), EventDate(date: "2024-08-06", basis: .weekday)],
    ])
    func followOnRuleTable(_ dates: [EventDate]) {
        let facts = dates.map { IncidentFacts(eventType: "Battles", subEventType: "Armed clash", eventDate: $0) }
        let out = DateRules.undatedFollowingLead(facts).map(\.eventDate)
        if dates[0].basis == .publication {
            #expect(out == dates)
        } else {
            #expect(out == [dates[0], dates[0]])
        }
    }

    // MARK: curated places in the shipped gazetteer

    static let shipped: (Gazetteer, PlaceIndex?)? = (try? Gazetteer.shippedOnce.get()).map { ($0, $0.placeIndex()) }

    @Test(arguments: [
        ("انفجار في مطعم بضاحية ميسيسوغا بمدينة تورونتو", "ميسيسوغا", "أونتاريو", "CA"),
        ("انفجار وسط العاصمة أديس أبابا", "أديس أبابا", "أديس أبابا", "ET"),
        ("أطلقت صواريخ على جنوب إسرائيل", "جنوب إسرائيل", "المنطقة الجنوبية", "IL"),
        ("هاجم مسلحون مدرسة البنات في ولاية يوبي", "يوبي", "يوبي", "NG"),
        ("سقطت قذيفة على سوق شعبية بحي الكشكول", "الكشكول", "ريف دمشق", "SY"),
        ("قصف على بلدات في ريف دمشق", "ريف دمشق", "ريف دمشق", "SY"),
    ])
    func placesOutsideTheExtractsAreShipped(_ text: String, _ name: String, _ admin1: String, _ country: String) throws {
        let (g, index) = try #require(Self.shipped)
        let m = try #require(PlaceRules.mentions(Self.tokens(text), lookup: g, index: index).first)
        #expect(m.text == name)
        #expect(m.place.country == country)
        #expect((m.place.kind == "region" ? m.place.nameAr : m.place.admin1Ar) == admin1)
    }
}

/// A village name shared by several governorates, and "هذه المنطقة" pointing back.
@Suite struct ExtractionPlaceContextTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "درعا", kind: "region", admin1Ar: "درعا", country: "SY", population: 1_000_000), []),
        (PlaceCandidate(nameAr: "حمص", kind: "region", admin1Ar: "حمص", country: "SY", population: 1_800_000), []),
        (PlaceCandidate(nameAr: "الشجرة", kind: "locality", admin1Ar: "كركوك", country: "IQ"), []),
        (PlaceCandidate(nameAr: "الشجرة", kind: "locality", admin1Ar: "حمص", country: "SY"), []),
        (PlaceCandidate(nameAr: "الشجرة", kind: "locality", admin1Ar: "درعا", country: "SY"), []),
        (PlaceCandidate(nameAr: "حوض اليرموك", kind: "county", admin1Ar: "درعا", country: "SY"), []),
    ])
    static let extractor = IncidentExtractor(places: table)

    @Test(arguments: [
        ("ويقع حوض اليرموك في غرب محافظة درعا. وسيطرت القوات على بلدة الشجرة", "درعا"),
        ("وتقع حمص في وسط البلاد. وسيطرت القوات على بلدة الشجرة", "حمص"),
    ])
    func aSharedNameTakesTheStorysGovernorate(_ text: String, _ admin1: String) throws {
        let all = text.split(separator: ".").flatMap { PlaceRules.mentions(Self.tokens(String($0)), lookup: Self.table) }
        let shared = try #require(all.first { $0.text == "الشجرة" })
        #expect(shared.alternatives.count == 3)
        #expect(PlaceRules.preferringStoryRegions(shared, PlaceRules.storyRegions(all)).place.admin1Ar == admin1)
    }

    @Test func withoutAGovernorateInTheStoryTheBestRankedReadingStays() throws {
        let m = try #require(PlaceRules.mentions(Self.tokens("وسيطرت القوات على بلدة الشجرة"), lookup: Self.table).first)
        #expect(PlaceRules.preferringStoryRegions(m, []).place == m.place)
    }

    @Test(arguments: [
        ("قتل 8 مدنيين في غارات استهدفت هذه المنطقة", true),
        ("قتل 8 مدنيين في غارات استهدفت المنطقة نفسها", true),
        ("قتل 8 مدنيين في غارات استهدفت منطقة الحدود", false),
    ])
    func pointingBack(_ text: String, _ back: Bool) {
        #expect(PlaceRules.pointsBack(Self.tokens(text)) == back)
    }

    @Test func anIncidentInThatAreaIsPlacedWhereTheStoryWas() throws {
        let text = "قتل 3 جنود الأحد في قصف مدفعي على مدينة حمص. "
            + "ويتعرض حوض اليرموك في ريف درعا الغربي لهجوم بري منذ أسبوعين. "
            + "وقتل ثمانية مدنيين الاثنين في غارات جوية استهدفت هذه المنطقة."
        let got = Self.extractor.extract(StoryText(text: text, published: RFC3339.parse("2024-08-12T12:00:00Z"), utcOffsetSeconds: 0))
        #expect(got.count == 2)
        #expect(got.first?.location?.admin1Ar == "حمص")
        let f = try #require(got.last)
        #expect(f.location?.nameAr == "حوض اليرموك")
        #expect(f.location?.admin1Ar == "درعا")
    }
}

/// A city and the governorate named after it: the bigger one is what a story means.
@Suite struct ExtractionCityOrGovernorateTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "صنعاء", kind: "region", admin1Ar: "صنعاء", country: "YE", population: 919_215), []),
        (PlaceCandidate(nameAr: "صنعاء", kind: "locality", admin1Ar: "أمانة العاصمة", country: "YE", population: 1_937_451), []),
        (PlaceCandidate(nameAr: "كركوك", kind: "region", admin1Ar: "كركوك", country: "IQ", population: 753_171), []),
        (PlaceCandidate(nameAr: "كركوك", kind: "locality", admin1Ar: "كركوك", country: "IQ", population: 601_433), []),
    ])

    @Test(arguments: [
        ("غارات على العاصمة صنعاء", "locality", "أمانة العاصمة"),
        ("انفجار في محافظة كركوك", "region", "كركوك"),
        ("انفجار في كركوك", "region", "كركوك"),
    ])
    func theBiggerReadingWins(_ text: String, _ kind: String, _ admin1: String) throws {
        let m = try #require(PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table).first)
        #expect(m.place.kind == kind)
        #expect(m.place.admin1Ar == admin1)
    }
}

/// Province words before what is not a name, a district read first as another governorate's

/// village, and ordinary words that are hamlet names.
@Suite struct ExtractionPlaceReadingTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    @Test(arguments: [
        ("هاجم مسلحون قرية في ولاية يوبي", "يوبي"),
        ("قتل 5 في ريف المحافظة الشرقي", nil),
        ("وقال حاكم الولاية لرويترز إن 5 قتلوا", nil),
        ("وقعت اشتباكات في ولاية شان", "شان"),
    ] as [(String, String?)])
    func provinceNames(_ text: String, _ name: String?) {
        #expect(PlaceRules.namedProvince(Self.tokens(text)) == name)
    }

    @Test func aDistrictOfTheNamedGovernorateIsPreferred() throws {
        let table = PlaceTable([
            (PlaceCandidate(nameAr: "دمشق", kind: "region", admin1Ar: "دمشق", country: "SY", population: 1_500_000), []),
            (PlaceCandidate(nameAr: "برزة", kind: "locality", admin1Ar: "إدلب", country: "SY"), []),
            (PlaceCandidate(nameAr: "برزة", kind: "neighbourhood", admin1Ar: "دمشق", country: "SY"), []),
        ])
        let all = PlaceRules.mentions(Self.tokens("ضربات على مواقع في دمشق بينها مركز أبحاث في حي برزة"), lookup: table)
        let first = try #require(all.first)
        let m = PlaceRules.mostSpecific(first, among: all)
        #expect(m.text == "برزة")
        #expect(m.place.admin1Ar == "دمشق")
    }

    @Test(arguments: [
        ("تجاوز الخطوط الحمراء", nil),
        ("قتل 3 في سجن أبو غريب غرب بغداد", "بغداد"),
    ] as [(String, String?)])
    func shippedReadings(_ text: String, _ admin1: String?) throws {
        let g = try Gazetteer.shippedOnce.get()
        let m = PlaceRules.mentions(Self.tokens(text), lookup: g).first
        #expect(m?.place.admin1Ar == admin1)
    }
}

/// A wire dateline names where the story was filed, whatever dash follows the outlet.
@Suite struct ExtractionDatelineTests {
    @Test(arguments: [
        "نيويورك، الولايات المتحدة الأمريكية (CNN)-- قتل 3 في هجوم بسكين في باريس",
        "نيويورك، الولايات المتحدة الأمريكية (CNN)— قتل 3 في هجوم بسكين في باريس",
        "نيويورك، الولايات المتحدة الأمريكية (CNN) — قتل 3 في هجوم بسكين في باريس",
        "نيويورك، الولايات المتحدة الأمريكية (CNN)– قتل 3 في هجوم بسكين في باريس",
    ])
    func datelineDropped(_ lead: String) {
        #expect(IncidentExtractor.droppingDateline(lead) == "قتل 3 في هجوم بسكين في باريس")
    }

    @Test func aLeadWithoutDatelineIsKept() {
        let s = "أعلنت حركة المقاومة الإسلامية (حماس) أن 3 قتلوا"
        #expect(IncidentExtractor.droppingDateline(s) == s)
    }
}

/// "محافظة صنعاء" is the governorate even where a bare "صنعاء" is the capital; a governorate named
/// elsewhere in the story is not re-read as a hamlet of the first one.
@Suite struct ExtractionProvinceWordTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "صنعاء", kind: "region", admin1Ar: "صنعاء", country: "YE", population: 919_215), []),
        (PlaceCandidate(nameAr: "صنعاء", kind: "locality", admin1Ar: "أمانة العاصمة", country: "YE", population: 1_937_451), []),
        (PlaceCandidate(nameAr: "الرياض", kind: "region", admin1Ar: "الرياض", country: "SA", population: 8_000_000), []),
        (PlaceCandidate(nameAr: "نجران", kind: "region", admin1Ar: "نجران", country: "SA", population: 600_000), []),
        (PlaceCandidate(nameAr: "نجران", kind: "locality", admin1Ar: "الرياض", country: "SA"), []),
    ])

    @Test func aProvinceWordNamesTheGovernorate() throws {
        let m = try #require(PlaceRules.mentions(ArabicTokenizer.tokenize("غارات على مديريات في محافظة صنعاء"), lookup: Self.table).first)
        #expect(m.place.kind == "region")
        #expect(m.place.admin1Ar == "صنعاء")
    }

    @Test func anotherGovernorateKeepsItsReading() throws {
        let all = PlaceRules.mentions(ArabicTokenizer.tokenize("اعترضت الدفاعات صواريخ أطلقت على الرياض ونجران"), lookup: Self.table)
        let first = try #require(all.first)
        #expect(first.place.nameAr == "الرياض")
        #expect(PlaceRules.mostSpecific(first, among: all).place.nameAr == "الرياض")
    }
}
