import Testing
@testable import RasdCore

/// Which reading of a place name a sentence means: the governorate its own sentence names, a
/// capital over a hamlet of the same name, a city word over a country, a speaking or acting
/// government over a place, and an admin word that is never a place by itself.
@Suite struct PlaceReadingTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "حمص", kind: "region", admin1Ar: "حمص", country: "SY", population: 1_800_000), []),
        (PlaceCandidate(nameAr: "درعا", kind: "region", admin1Ar: "درعا", country: "SY", population: 1_000_000), []),
        (PlaceCandidate(nameAr: "حجة", kind: "region", admin1Ar: "حجة", country: "YE", population: 1_800_000), []),
        (PlaceCandidate(nameAr: "الضبعة", kind: "locality", admin1Ar: "الضفة الغربية", country: "PS", population: 331), []),
        (PlaceCandidate(nameAr: "الضبعة", kind: "locality", admin1Ar: "حمص", country: "SY"), []),
        (PlaceCandidate(nameAr: "الجيزة", kind: "locality", admin1Ar: "عمان", country: "JO", population: 5_000), []),
        (PlaceCandidate(nameAr: "الجيزة", kind: "locality", admin1Ar: "درعا", country: "SY"), []),
        (PlaceCandidate(nameAr: "صنعاء", kind: "locality", admin1Ar: "أمانة العاصمة", country: "YE", population: 1_937_451), []),
        (PlaceCandidate(nameAr: "صنعاء", kind: "locality", admin1Ar: "حجة", country: "YE", population: 1), []),
        (PlaceCandidate(nameAr: "عمان", kind: "country", country: "OM", population: 2_967_717), []),
        (PlaceCandidate(nameAr: "عمان", kind: "locality", admin1Ar: "عمان", country: "JO", population: 1_275_857), []),
        (PlaceCandidate(nameAr: "الرياض", kind: "region", admin1Ar: "الرياض", country: "SA", population: 8_000_000), []),
        (PlaceCandidate(nameAr: "دمشق", kind: "region", admin1Ar: "دمشق", country: "SY", population: 1_700_000), []),
        (PlaceCandidate(nameAr: "مخيم", kind: "locality", admin1Ar: "صلاح الدين", country: "IQ", population: 2_000), []),
        (PlaceCandidate(nameAr: "مخيم اليرموك", kind: "camp", admin1Ar: "دمشق", country: "SY"), []),
    ])

    static func mentions(_ text: String, indexed: Bool) -> [PlaceMention] {
        PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: table, index: indexed ? table.placeIndex() : nil)
    }

    /// The governorate of each non-region place the sentence names, in order.
    @Test(arguments: [
        ("غارات على مطار الضبعة العسكري في ريف حمص الغربي", ["حمص"]),
        ("قصف على بلدات الجيزة وطفس في ريف درعا الشرقي", ["درعا"]),
        ("قصف على منصة صواريخ بضواحي صنعاء وغارات في محافظة حجة", ["أمانة العاصمة"]),
        ("انفجار في مطار الضبعة", ["الضفة الغربية"]),
    ])
    func sentenceGovernorateSettlesASharedName(_ text: String, _ admin1: [String]) {
        for indexed in [false, true] {
            let got = Self.mentions(text, indexed: indexed).filter { $0.place.kind != "region" }.map { $0.place.admin1Ar ?? "-" }
            #expect(got == admin1, "indexed: \(indexed)")
        }
    }

    @Test(arguments: [
        ("انفجار في العاصمة عمان صباح اليوم", "JO"),
        ("انفجار في العاصمة الأردنية عمان", "JO"),
        ("انفجار في مدينة عمان", "JO"),
        ("وصل الوزير إلى عمان", "OM"),
    ])
    func cityWordRulesOutTheCountry(_ text: String, _ country: String) {
        for indexed in [false, true] {
            #expect(Self.mentions(text, indexed: indexed).first?.place.country == country, "indexed: \(indexed)")
        }
    }

    @Test(arguments: [
        ("اعترضت الرياض صاروخا باليستيا", 0),
        ("وقالت دمشق إن الهجوم فشل", 0),
        ("واتهمت دمشق المعارضة بقصف الحي", 0),
        ("سقط صاروخ على الرياض", 1),
        ("قصف على منطقة مخيم اليرموك جنوب دمشق", 2),
    ])
    func actorsAndAdminWordsAreNoPlaces(_ text: String, _ count: Int) {
        for indexed in [false, true] {
            #expect(Self.mentions(text, indexed: indexed).count == count, "indexed: \(indexed)")
        }
    }

    @Test func adminWordAloneIsNoPlace() {
        let m = Self.mentions("قصف على منطقة مخيم اليرموك", indexed: true)
        #expect(m.map(\.place.nameAr) == ["مخيم اليرموك"])
    }

    @Test(arguments: [
        ("شنت روسيا مساء السبت غارات على مناطق المعارضة", [String]()),
        ("هددت إيران بالرد على الغارة", []),
        ("قتل ثلاثة جنود في هجوم في روسيا", ["RU"]),
    ])
    func actingCountryIsNoPlace(_ text: String, _ codes: [String]) {
        #expect(CountryLexicon.placeMentions(ArabicTokenizer.tokenize(text)).map(\.code) == codes)
    }
}

/// A hamlet reading far from the governorate its sentence names gives way to that governorate.
@Suite struct PlaceFollowingGovernorateTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "حجة", kind: "region", admin1Ar: "حجة", country: "YE", population: 1_800_000), []),
        (PlaceCandidate(nameAr: "مأرب", kind: "region", admin1Ar: "مأرب", country: "YE", population: 300_000), []),
        (PlaceCandidate(nameAr: "بني قيس", kind: "locality", admin1Ar: "مأرب", country: "YE", population: 8), []),
        (PlaceCandidate(nameAr: "ميدي", kind: "locality", admin1Ar: "حجة", country: "YE", population: 5_000), []),
    ])

    @Test(arguments: [
        ("كان حفل الزفاف في منطقة بني قيس الخاضعة للحوثيين في ولاية حجة", ["حجة"]),
        ("غارات على بني قيس في محافظة مأرب", ["بني قيس", "مأرب"]),
        ("معارك في بني قيس أسفرت عن قتلى وجرحى بين المقاتلين بحسب مصادر في حجة", ["بني قيس", "حجة"]),
        ("تقدم في جبهة ميدي بمحافظة حجة", ["ميدي", "حجة"]),
    ])
    func hamletOutsideTheNamedGovernorate(_ text: String, _ names: [String]) {
        for indexed in [false, true] {
            let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: indexed ? Self.table.placeIndex() : nil)
            #expect(m.map(\.place.nameAr) == names, "indexed: \(indexed)")
        }
    }
}

/// The most specific place of an incident is never a capital re-read as a hamlet of its governorate.
@Suite struct PlaceMostSpecificCapitalTests {
    @Test(arguments: [(1_937_451, "حجة"), (40, "صنعاء")])
    func capitalIsNotAHamletOfTheGovernorate(_ population: Int, _ want: String) {
        let hajjah = PlaceCandidate(nameAr: "حجة", kind: "region", admin1Ar: "حجة", country: "YE", population: 1_800_000)
        let city = PlaceCandidate(nameAr: "صنعاء", kind: "locality", admin1Ar: "أمانة العاصمة", country: "YE", population: population)
        let hamlet = PlaceCandidate(nameAr: "صنعاء", kind: "locality", admin1Ar: "حجة", country: "YE", population: 1)
        let first = PlaceMention(place: hajjah, text: "حجة", start: 0, end: 1, precision: 3, afterAdminWord: true)
        let sanaa = PlaceMention(place: city, text: "صنعاء", start: 5, end: 6, precision: 2, afterAdminWord: false,
                                 alternatives: [city, hamlet])
        let got = PlaceRules.mostSpecific(first, among: [first, sanaa])
        #expect(got.place.nameAr == want)
    }
}

/// A country that owns the noun before it is not the act's place.
@Suite struct CountryOwnerTests {
    @Test(arguments: [
        ("فجر رجل نفسه أمام سفارة الولايات المتحدة في بودغوريتشا", [String]()),
        ("وقالت حكومة جمهورية الجبل الأسود إن مجهولا ألقى عبوة", ["ME"]),
        ("وقال رئيس وزراء إسرائيل إن الهجوم لن يمر", []),
        ("زار الوزير سلطنة عمان", ["OM"]),
        ("قتل جنديان في هجوم في الجبل الأسود", ["ME"]),
        ("وقالت مصادر إن إسرائيل أطلقت صاروخا على الطائرة", []),
        ("وفي سوريا شنت الطائرات غارات", ["SY"]),
    ])
    func ownerCountryIsNoPlace(_ text: String, _ codes: [String]) {
        #expect(CountryLexicon.placeMentions(ArabicTokenizer.tokenize(text)).map(\.code) == codes)
    }
}

/// Where a projectile was launched from comes after where it struck.
@Suite struct LaunchSiteTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "صعدة", kind: "region", admin1Ar: "صعدة", country: "YE", population: 900_000), []),
        (PlaceCandidate(nameAr: "جازان", kind: "region", admin1Ar: "جازان", country: "SA", population: 1_500_000), []),
        (PlaceCandidate(nameAr: "بيت حانون", kind: "locality", admin1Ar: "قطاع غزة", country: "PS", population: 50_000), []),
        (PlaceCandidate(nameAr: "سديروت", kind: "locality", admin1Ar: "المنطقة الجنوبية", country: "IL", population: 25_000), []),
        (PlaceCandidate(nameAr: "دمشق", kind: "region", admin1Ar: "دمشق", country: "SY", population: 1_700_000), []),
    ])

    @Test(arguments: [
        ("اعترضت الدفاعات صاروخا باليستيا أطلقه الحوثيون من صعدة باتجاه جازان", ["جازان", "صعدة"]),
        ("سقطت قذائف أطلقت من منطقة بيت حانون على سديروت", ["سديروت", "بيت حانون"]),
        ("أطلق صاروخ من صعدة", ["صعدة"]),
        ("فشل إطلاق صاروخ من صعدة شمال جازان", ["صعدة", "جازان"]),
        ("قصف على صعدة وإطلاق صواريخ على جازان", ["صعدة", "جازان"]),
        ("إطلاق صواريخ على هدف بالقرب من دمشق بعد غارات على صعدة", ["دمشق", "صعدة"]),
    ])
    func launchSiteComesLast(_ text: String, _ names: [String]) {
        for indexed in [false, true] {
            let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: indexed ? Self.table.placeIndex() : nil)
            #expect(m.map(\.place.nameAr) == names, "indexed: \(indexed)")
        }
    }
}

/// "بن" after a name is a person's lineage, after a preposition or an admin word a place.
@Suite struct PersonNamePlaceTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "بن علي", kind: "locality", admin1Ar: "تعز", country: "YE", population: 2_000), []),
    ])

    @Test(arguments: [
        ("قتل القيادي الميداني علي بن علي محسن في الغارة", 0),
        ("غارات على منطقة بن علي", 1),
        ("اشتباكات في بن علي", 1),
    ])
    func lineageIsNoPlace(_ text: String, _ count: Int) {
        for indexed in [false, true] {
            let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: indexed ? Self.table.placeIndex() : nil)
            #expect(m.count == count, "indexed: \(indexed)")
        }
    }
}

/// A capital one acts with is a government, not a place.
@Suite struct PartnerCapitalTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "لندن", kind: "locality", admin1Ar: "إنجلترا", country: "GB", population: 8_900_000), []),
        (PlaceCandidate(nameAr: "واشنطن", kind: "locality", admin1Ar: "مقاطعة كولومبيا", country: "US", population: 700_000), []),
        (PlaceCandidate(nameAr: "درعا", kind: "locality", admin1Ar: "درعا", country: "SY", population: 100_000), []),
    ])

    @Test(arguments: [
        ("المهمة التي نفذت بالتعاون مع واشنطن ولندن", 0),
        ("انفجار في لندن", 1),
        ("اشتباكات مع مسلحين قرب درعا", 1),
        ("وصل الوفد مع درعا", 1),
    ])
    func partnerCapitalIsNoPlace(_ text: String, _ count: Int) {
        for indexed in [false, true] {
            let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: indexed ? Self.table.placeIndex() : nil)
            #expect(m.count == count, "indexed: \(indexed)")
        }
    }
}

/// Readings of the shipped gazetteer for the rules above and the curated airbases.
@Suite struct ShippedPlaceReadingTests {
    @Test(arguments: [
        ("غارات على مطار الضبعة العسكري في ريف حمص الغربي", "military_base", "حمص"),
        ("قصف صاروخي على مطار حماة العسكري", "military_base", "حماة"),
        ("قصف على منصة صواريخ بضواحي صنعاء وغارات في محافظة حجة", "locality", "أمانة العاصمة"),
        ("انفجار في العاصمة الأردنية عمان", "locality", "عمان"),
        ("قتل 3 في قصف على بلدة الجيزة في ريف درعا الشرقي", "locality", "درعا"),
    ])
    func shipped(_ text: String, _ kind: String, _ admin1: String) throws {
        let g = try Gazetteer.shippedOnce.get()
        let m = try #require(PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: g, index: g.placeIndex()).first)
        #expect(m.place.kind == kind)
        #expect(m.place.admin1Ar == admin1)
    }
}

/// Ordinary words that name hamlets somewhere are no places in running text.
@Suite struct ShippedCommonWordTests {
    @Test(arguments: [
        "وطالب المجلس بوقف إطلاق النار فورا",
        "ولعبت الميليشيات دوراً في الهجوم",
        "وقال مسؤول في حزب البعث إن الهجوم فشل",
        "وقصفت الطائرات موقعا مشرف على الطريق",
        "وتبادلت قنوات التلفزيون الاتهامات",
    ])
    func noPlace(_ text: String) throws {
        let g = try Gazetteer.shippedOnce.get()
        #expect(PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: g, index: g.placeIndex()).isEmpty)
    }
}

/// A place with one reading settles the reading of its neighbours in the same sentence.
@Suite struct NeighbourReadingTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "جيرود", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 30_000), []),
        (PlaceCandidate(nameAr: "الناصرية", kind: "locality", admin1Ar: "إدلب", country: "SY", population: 3_000), []),
        (PlaceCandidate(nameAr: "الناصرية", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 2_000), []),
        (PlaceCandidate(nameAr: "رأس العين", kind: "locality", admin1Ar: "نينوى", country: "IQ", population: 5_000), []),
        (PlaceCandidate(nameAr: "رأس العين", kind: "locality", admin1Ar: "الحسكة", country: "SY", population: 4_000), []),
        (PlaceCandidate(nameAr: "منبج", kind: "locality", admin1Ar: "حلب", country: "SY", population: 100_000), []),
    ])

    @Test(arguments: [
        ("خروج المقاتلين من بلدتي الناصرية وجيرود", ["ريف دمشق", "ريف دمشق"]),
        ("الممر الذي يشمل منبج ورأس العين", ["حلب", "الحسكة"]),
        ("قصف على الناصرية", ["إدلب"]),
    ])
    func neighbourSettlesTheReading(_ text: String, _ admin1: [String]) {
        for indexed in [false, true] {
            let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: indexed ? Self.table.placeIndex() : nil)
            #expect(m.map { $0.place.admin1Ar ?? "-" } == admin1, "indexed: \(indexed)")
        }
    }
}

/// "حجة" after ب or تحت is a pretext, not the governorate.
@Suite struct PretextTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "حجة", kind: "region", admin1Ar: "حجة", country: "YE", population: 1_800_000), []),
    ])

    @Test(arguments: [
        ("أطلقت دبابة قذيفة على موقع رصد بحجة تفجير عبوة ناسفة", 0),
        ("استقبلهم تحت حجة قراءة القرآن", 0),
        ("غارات على حفل زفاف بمحافظة حجة", 1),
        ("معارك عنيفة في حجة", 1),
    ])
    func pretextIsNoPlace(_ text: String, _ count: Int) {
        for indexed in [false, true] {
            let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: indexed ? Self.table.placeIndex() : nil)
            #expect(m.count == count, "indexed: \(indexed)")
        }
    }
}
