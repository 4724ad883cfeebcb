import Testing
@testable import RasdCore

/// Governorates read from how a sentence places an act: the ring around a capital that is a
/// governorate of its own, a big city named as a landmark settling a shared village name, a
/// quarter or district named after a landmark, and a suburb named by its own word.
@Suite struct PlaceGovernorateTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "دمشق", kind: "locality", admin1Ar: "دمشق", country: "SY", population: 1_569_394), []),
        (PlaceCandidate(nameAr: "دمشق", kind: "region", admin1Ar: "دمشق", country: "SY", population: 1_552_161), []),
        (PlaceCandidate(nameAr: "ريف دمشق", kind: "region", admin1Ar: "ريف دمشق", country: "SY", population: 2_273_074), []),
        (PlaceCandidate(nameAr: "صنعاء", kind: "locality", admin1Ar: "أمانة العاصمة", country: "YE", population: 1_937_451), []),
        (PlaceCandidate(nameAr: "صنعاء", kind: "region", admin1Ar: "صنعاء", country: "YE", population: 919_215), []),
        (PlaceCandidate(nameAr: "بغداد", kind: "locality", admin1Ar: "بغداد", country: "IQ", population: 5_000_000), []),
        (PlaceCandidate(nameAr: "برزة", kind: "locality", admin1Ar: "إدلب", country: "SY"), []),
        (PlaceCandidate(nameAr: "برزة", kind: "locality", admin1Ar: "حمص", country: "SY"), []),
        (PlaceCandidate(nameAr: "برزة", kind: "neighbourhood", admin1Ar: "دمشق", country: "SY"), []),
        (PlaceCandidate(nameAr: "سنجار", kind: "county", admin1Ar: "نينوى", country: "IQ", population: 90_000), []),
        (PlaceCandidate(nameAr: "سنجار", kind: "locality", admin1Ar: "بغداد", country: "IQ"), []),
        (PlaceCandidate(nameAr: "القدم", kind: "neighbourhood", admin1Ar: "دمشق", country: "SY"), []),
        (PlaceCandidate(nameAr: "نهم", kind: "county", admin1Ar: "صنعاء", country: "YE"), []),
        (PlaceCandidate(nameAr: "جرمانا", kind: "locality", admin1Ar: "ريف دمشق", country: "SY"), []),
        (PlaceCandidate(nameAr: "آل جرمان", kind: "locality", admin1Ar: "صعدة", country: "YE"), []),
        (PlaceCandidate(nameAr: "المروة", kind: "locality", admin1Ar: "حجة", country: "YE"), []),
        (PlaceCandidate(nameAr: "الحرث", kind: "county", admin1Ar: "جازان", country: "SA"), []),
        (PlaceCandidate(nameAr: "صعدة", kind: "region", admin1Ar: "صعدة", country: "YE", population: 900_000), []),
        (PlaceCandidate(nameAr: "جازان", kind: "locality", admin1Ar: "جازان", country: "SA", population: 105_000), []),
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 110_000), []),
        (PlaceCandidate(nameAr: "الرياض", kind: "region", admin1Ar: "الرياض", country: "SA", population: 8_000_000), []),
        (PlaceCandidate(nameAr: "عسير", kind: "region", admin1Ar: "عسير", country: "SA", population: 2_000_000), []),
        (PlaceCandidate(nameAr: "جازان", kind: "region", admin1Ar: "جازان", country: "SA", population: 1_300_000), []),
        (PlaceCandidate(nameAr: "حماة", kind: "region", admin1Ar: "حماة", country: "SY", population: 1_600_000), []),
    ])

    static func first(_ text: String, indexed: Bool) -> PlaceMention? {
        PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: table, index: indexed ? table.placeIndex() : nil).first
    }

    /// The first place of the sentence: its name and governorate.
    @Test(arguments: [
        // a capital that is a governorate alone, named as a landmark: the ring around it
        ("انفجارات في مطار عسكري بالقرب من العاصمة دمشق", "دمشق", "ريف دمشق"),
        ("قتل طفل في قصف على المنطقة الواقعة خارج العاصمة دمشق", "دمشق", "ريف دمشق"),
        ("غارات على منصة صواريخ في ضواحي دمشق", "دمشق", "ريف دمشق"),
        ("غارات على منصة صواريخ في ضواحي صنعاء", "صنعاء", "أمانة العاصمة"),
        ("ضربة جوية استهدفت الحوثيين شمال العاصمة صنعاء", "صنعاء", "صنعاء"),
        // the city itself keeps its own governorate
        ("سقطت قذائف هاون على دمشق", "دمشق", "دمشق"),
        ("غارة على حي سكني في العاصمة صنعاء", "صنعاء", "أمانة العاصمة"),
        // a capital that is part of a larger governorate stays in it
        ("انفجار عبوة قرب بغداد", "بغداد", "بغداد"),
        // a big city named as a landmark settles a shared village name
        ("مركز برزة للبحوث العلمية قرب دمشق دمر بالكامل", "برزة", "دمشق"),
        // but a city named as a government does not
        ("ستهاجم تركيا جبال سنجار إذا لم تتمكن حكومة بغداد من ذلك", "سنجار", "نينوى"),
        // a quarter or district named with its admin word after a landmark is where it happened
        ("وفي جنوب دمشق قتل عشرون عنصرا في اشتباكات في حي القدم", "القدم", "دمشق"),
        ("وفي شرق صنعاء استهدفت غارات تعزيزات في مديرية نهم", "نهم", "صنعاء"),
        // a governor's or a government's seat gives way to another place of the sentence
        ("أمير جازان: تفجير مسجد قوات الطوارئ بعسير عمل إرهابي", "عسير", "عسير"),
        ("قتل 26 مقاتلا مواليا لنظام دمشق في القصف على محافظة حماة", "حماة", "حماة"),
        // and so does the place of a person's post
        ("دان عميد السلك الدبلوماسي بالرياض التفجير الذي استهدف مسجدا في منطقة عسير", "عسير", "عسير"),
        // alone, it is kept: the authorities often tell of an act in their own town
        ("أعلنت حكومة بغداد مقتل ثلاثة في انفجار", "بغداد", "بغداد"),
        // a launch site gives way to where the projectile was aimed, even after a direction word
        ("رصدت الدفاعات إطلاق الصاروخ من صعدة في شمال اليمن باتجاه جازان", "جازان", "جازان"),
        ("صاروخا أطلقته الميليشيات من داخل الأراضي اليمنية (محافظة صعدة) باتجاه أراضي المملكة (جازان)", "جازان", "جازان"),
        // a family name "آل X" or a name followed by "بن" is a person, not a village
        ("قال المقدم علي عمير آل جرمان إن قذيفة سقطت على بلدة جرمانا", "جرمانا", "ريف دمشق"),
        ("وقال الشيخ نهم بن ناصر إن غارة استهدفت مديرية نهم", "نهم", "صنعاء"),
        // a village whose only reading lies elsewhere than the district named right after it
        ("أصيب مواطن إثر انفجار مقذوف على قرية المروة بمحافظة الحرث", "الحرث", "جازان"),
        // a suburb word introduces a place as an admin word does
        ("واستهدفت الفصائل ضاحية جرمانا قرب دمشق", "جرمانا", "ريف دمشق"),
    ])
    func governorateOfTheFirstPlace(_ text: String, _ name: String, _ admin1: String) {
        for indexed in [false, true] {
            let m = Self.first(text, indexed: indexed)
            #expect(m?.place.nameAr == name, "indexed: \(indexed)")
            #expect(m?.place.admin1Ar == admin1, "indexed: \(indexed)")
        }
    }

    /// A reading the sentence settled is not undone by the story's other governorates.
    @Test func sentenceReadingOutlastsStoryRegions() throws {
        let m = try #require(Self.first("مركز برزة للبحوث قرب دمشق", indexed: true))
        #expect(m.settled)
        let kept = PlaceRules.preferringStoryRegions(m, ["إدلب"])
        #expect(kept.place.admin1Ar == "دمشق")
    }

    /// The first place once an act told in a "حيث" clause is placed; `act` is the act word.
    @Test(arguments: [
        ("الضربة في محافظة صعدة استهدفت من نفذوا الهجوم على مدينة جازان حيث اعترضت الدفاعات صاروخا", "اعترضت", "جازان"),
        ("غادر الفريق العاصمة دمشق متوجها إلى مدينة دوما حيث وقع الهجوم", "وقع", "دوما"),
        // an act before "حيث" keeps the sentence's order
        ("قصفت الطائرات محافظة صعدة وبلدة جرمانا حيث يتحصن المسلحون", "قصفت", "صعدة"),
    ])
    func whereClausePlacesItsAct(_ text: String, _ act: String, _ name: String) {
        let t = ArabicTokenizer.tokenize(text)
        let acts = t.indices.filter { t[$0].original == act }
        let m = PlaceRules.whereClausePlaceFirst(PlaceRules.mentions(t, lookup: Self.table), t, acts: acts)
        #expect(m.first?.place.nameAr == name)
    }

    /// A camp whose name is also a given name or a word is a camp only after its word; so is a town
    /// named like a word of news copy.
    @Test(arguments: [
        ("قال روجهات روج وهو مسؤول إعلامي إن الضربات مستمرة", [String]()),
        ("رابط الخبر بصحيفة الوئام: تفجير إرهابي", []),
        ("قتل العديد من الجنود في التفجير", []),
        ("سنقف صفا واحدا ضد الإرهاب", []),
        ("ورجحت دراسة حديثة أن الهجوم فشل", []),
        ("بفضل وعي وتكاتف الشعوب الخليجية", []),
        ("نقل النازحون إلى مخيم روج في الحسكة", ["camp"]),
    ])
    func campNamedLikeAWord(_ text: String, _ kinds: [String]) throws {
        let g = try Gazetteer.shippedOnce.get()
        let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: g, index: g.placeIndex())
        #expect(m.filter { $0.place.kind != "region" }.map(\.place.kind) == kinds)
    }

    /// Curated sites in the shipped gazetteer under the names wire copy gives them.
    @Test(arguments: [
        ("الهجوم الجوي على قاعدة تيفور بحمص", "military_base", "حمص"),
        ("الضربة الصاروخية على قاعدة تي فور", "military_base", "حمص"),
        ("قصف قرب معبر ايريز شمال القطاع", "border_crossing", "قطاع غزة"),
        ("إغلاق معبر صوفا", "border_crossing", "قطاع غزة"),
        ("خروج المدنيين عبر معبر الوافدين", "border_crossing", "ريف دمشق"),
        ("قذائف على معسكر التشريفات شرق المدينة", "military_base", "تعز"),
        ("هجوم على معسكر خالد بن الوليد", "military_base", "تعز"),
        ("صاروخ باتجاه مطار خشم العان", "military_base", "الرياض"),
        ("انفجار في ميناء جازان", "port", "جازان"),
        ("قالت مصادر طبية في غوطة دمشق إن 15 مدنيا قتلوا", "county", "ريف دمشق"),
        // a known town over a same-named hamlet that WOF gives a few inhabitants
        ("قتل ثلاثة في انفجار في مدينة سامراء", "locality", "صلاح الدين"),
        ("اشتباكات في مدينة رداع", "locality", "البيضاء"),
        ("قصف على مدينة قعطبة", "locality", "الضالع"),
        ("سيارة مفخخة في مدينة جعار", "locality", "أبين"),
        ("سيطرت القوات على بلدة ناحتة", "locality", "درعا"),
        ("غارات على مدينة الطبقة", "locality", "الرقة"),
        // Rafah in a story about Sinai is the Egyptian town
        ("تدمير مخزن بقطاع العمليات برفح والشيخ زويد في سيناء", "locality", "شمال سيناء"),
        // ACLED's admin1 for Belgium is the region
        ("قتل ثلاثة في هجوم في مدينة لييج شرق البلاد", "locality", "والونيا"),
    ])
    func curatedSites(_ text: String, _ kind: String, _ admin1: String) throws {
        let g = try Gazetteer.shippedOnce.get()
        let m = try #require(PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: g, index: g.placeIndex()).first)
        #expect(m.place.kind == kind)
        #expect(m.place.admin1Ar == admin1)
    }
}

/// A story that never names the country of its place: a name its admin word declares a place is
/// read in any country when it is notable there; anything else keeps to the story's countries.
@Suite struct PlaceOutsideStoryCountriesTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "مطار الضبعة العسكري", kind: "military_base", admin1Ar: "حمص", country: "SY"), []),
        (PlaceCandidate(nameAr: "الضبعة", kind: "locality", admin1Ar: "الضفة الغربية", country: "PS", population: 331), []),
        (PlaceCandidate(nameAr: "حمص", kind: "region", admin1Ar: "حمص", country: "SY", population: 1_800_000), []),
        (PlaceCandidate(nameAr: "عسير", kind: "region", admin1Ar: "عسير", country: "SA", population: 2_000_000), []),
        (PlaceCandidate(nameAr: "العديد", kind: "military_base", admin1Ar: "الريان", country: "QA"), []),
        (PlaceCandidate(nameAr: "الزيتون", kind: "locality", admin1Ar: "جبل لبنان", country: "LB", population: 2_000), []),
        (PlaceCandidate(nameAr: "نجران", kind: "region", admin1Ar: "نجران", country: "SA", population: 505_000), []),
        (PlaceCandidate(nameAr: "نجران", kind: "locality", admin1Ar: "مأرب", country: "YE"), []),
        (PlaceCandidate(nameAr: "ظهران الجنوب", kind: "county", admin1Ar: "عسير", country: "SA"), []),
        (PlaceCandidate(nameAr: "القابل", kind: "county", admin1Ar: "الشرقية", country: "OM"), []),
    ])

    /// Places found in a story about Israel and Iran (story countries IL, PS, IR).
    @Test(arguments: [
        ("قتلى في القصف الإسرائيلي على مطار الضبعة العسكري في ريف حمص", ["مطار الضبعة العسكري", "حمص"]),
        ("استهدف التفجير مسجد قوات الطوارئ بمنطقة عسير", ["عسير"]),
        // a governorate abroad after a word of place
        ("تفجير استهدف مسجد قوات الطوارئ في عسير", ["عسير"]),
        ("تفجير استهدف مسجد قوات الطوارئ بعسير", ["عسير"]),
        // without its admin word or a word of place a name abroad is no place of this story
        ("وأكد مسؤولون حمص أن العديد من الجنود قتلوا", []),
        // nor is a hamlet abroad, even after an admin word
        ("قصف على حي الزيتون", []),
        // a reading in the story's countries still wins
        ("انفجار في بلدة الضبعة", ["الضبعة"]),
    ])
    func outsideStoryCountries(_ text: String, _ names: [String]) {
        for indexed in [false, true] {
            let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: indexed ? Self.table.placeIndex() : nil,
                                        countries: ["IL", "PS", "IR"])
            #expect(m.map(\.place.nameAr) == names, "indexed: \(indexed)")
        }
    }

    /// Places found, with their country, in a story that names only Yemen.
    @Test(arguments: [
        // a governorate abroad outranks a nameless hamlet at home
        ("قتل الطالب بكلية التقنية في نجران بقذيفة", ["SA"]),
        // a district abroad after its district word
        ("أصيب جندي في محافظة ظهران الجنوب بشظية", ["SA"]),
        // but not a district abroad after a quarter word
        ("سقطت قذائف على حي القابل", []),
    ])
    func outsideAStoryAboutYemen(_ text: String, _ codes: [String]) {
        let m = PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: Self.table, index: Self.table.placeIndex(), countries: ["YE"])
        #expect(m.filter { $0.place.kind != "region" || $0.place.country != "YE" }.map(\.place.country) == codes)
    }
}

/// A village name shared by several governorates, which no governorate of the story settles, is
/// the reading nearest the story's sure places.
@Suite struct PlaceProximityTests {
    static let table = PlaceTable([
        (PlaceCandidate(nameAr: "الشجرة", kind: "locality", admin1Ar: "حلب", country: "SY", lat: 36.20, lon: 37.10, population: 900), []),
        (PlaceCandidate(nameAr: "الشجرة", kind: "locality", admin1Ar: "درعا", country: "SY", lat: 32.73, lon: 35.95), []),
        (PlaceCandidate(nameAr: "الرفيد", kind: "locality", admin1Ar: "القنيطرة", country: "SY", lat: 32.95, lon: 35.90, population: 5_000), []),
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", lat: 33.57, lon: 36.40, population: 110_000), []),
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "حماة", country: "SY", lat: 35.10, lon: 36.60), []),
        (PlaceCandidate(nameAr: "حلفايا", kind: "locality", admin1Ar: "حماة", country: "SY", lat: 35.26, lon: 36.60, population: 8_000), []),
    ])

    static func mentions(_ text: String) -> [PlaceMention] {
        PlaceRules.mentions(ArabicTokenizer.tokenize(text), lookup: table, index: table.placeIndex())
    }

    @Test(arguments: [
        // the village near the story's other town, across a governorate line
        ("سيطرت القوات على بلدة الشجرة", "وتقدمت نحو بلدة الرفيد", "درعا"),
        // a populated town keeps its reading, however near a hamlet of its name lies
        ("قصف على مدينة دوما", "اشتباكات قرب حلفايا", "ريف دمشق"),
    ])
    func nearestReading(_ act: String, _ other: String, _ admin1: String) throws {
        let m = try #require(Self.mentions(act).first)
        let chosen = PlaceRules.preferringStoryPlaces(m, Self.mentions(act) + Self.mentions(other))
        #expect(chosen.place.admin1Ar == admin1)
    }
}
