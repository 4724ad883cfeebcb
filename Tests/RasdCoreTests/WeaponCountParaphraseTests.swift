import Testing
@testable import RasdCore

/// One weapon count told the ways wire copy tells it: digits, Arabic-Indic digits, number words
/// of both genders, 11–19, tens, hundreds, duals free and in construct, "N من الصواريخ", a figure
/// glued to its preposition ("بـ4"), salvo nouns ("رشقة من"، "دفعة من"), every launch verb, the
/// passive and the verbal noun, bounds, a headline restating the body, and a second source's
/// figure. Each row is one short story run through the whole extractor; the row holds when some
/// incident carries the weapon kind with exactly that min/max (a bare singular counts 1, as
/// rasd records it; SCHEMA's null for it is left to the scorer, which reads stated figures only).
@Suite struct WeaponCountParaphraseTests {
    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "عين الأسد", kind: "military_base", admin1Ar: "الأنبار", country: "IQ", population: 0), []),
        (PlaceCandidate(nameAr: "كركوك", kind: "locality", admin1Ar: "كركوك", country: "IQ", population: 900_000), []),
        (PlaceCandidate(nameAr: "دمشق", kind: "locality", admin1Ar: "دمشق", country: "SY", population: 2_000_000), []),
        (PlaceCandidate(nameAr: "إدلب", kind: "locality", admin1Ar: "إدلب", country: "SY", population: 200_000), []),
        (PlaceCandidate(nameAr: "جازان", kind: "locality", admin1Ar: "جازان", country: "SA", population: 100_000), []),
        (PlaceCandidate(nameAr: "مأرب", kind: "locality", admin1Ar: "مأرب", country: "YE", population: 100_000), []),
        (PlaceCandidate(nameAr: "عسقلان", kind: "locality", admin1Ar: "المنطقة الجنوبية", country: "IL", population: 140_000), []),
        (PlaceCandidate(nameAr: "قطاع غزة", kind: "region", admin1Ar: "قطاع غزة", country: "PS", population: 2_000_000), []),
    ])
    static let extractor = IncidentExtractor(places: places)

    /// Every (kind, min, max) the story's incidents carry. "TITLE ## BODY" gives the story a title.
    static func weapons(_ story: String) -> [String] {
        let parts = story.components(separatedBy: " ## ")
        let (title, text) = parts.count == 2 ? (parts[0], parts[1]) : ("", story)
        return extractor.extract(StoryText(title: title, text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"),
                                           utcOffsetSeconds: 3 * 3600))
            .flatMap(\.weapons).map { "\($0.kind.rawValue) \(Self.bound($0.count.min))-\(Self.bound($0.count.max))" }
    }

    static func bound(_ v: Int?) -> String { v.map(String.init) ?? "nil" }

    static func check(_ story: String, _ want: String) {
        let got = weapons(story)
        #expect(got.contains(want), "\(story)\n  want \(want)\n  got \(got)")
    }

    @Test(arguments: [
        // number forms
        ("أطلق مسلحون 4 صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 4-4"),
        ("أطلق مسلحون ٤ صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 4-4"),
        ("أطلق مسلحون أربعة صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 4-4"),
        ("أطلق مسلحون أحد عشر صاروخا على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 11-11"),
        ("أطلق مسلحون عشرين صاروخا على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 20-20"),
        ("أطلق مسلحون مئة صاروخ على مدينة عسقلان الخميس.", "rocket 100-100"),
        ("أطلق مسلحون صاروخين على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 2-2"),
        ("سقط صاروخان على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 2-2"),
        ("أطلق مسلحون صواريخ عدة على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket nil-nil"),
        // partitive "N من" and a figure glued to its preposition
        ("أطلق مسلحون 5 من الصواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 5-5"),
        ("أطلق مسلحون خمسة من الصواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 5-5"),
        ("تعرضت قاعدة عين الأسد الخميس لهجوم بـ4 صواريخ دون وقوع إصابات.", "rocket 4-4"),
        ("قصف مسلحون حيا في دمشق الخميس بـ4 قذائف هاون.", "mortar 4-4"),
        ("تعرضت بلدة في ريف إدلب الخميس لـ30 غارة جوية.", "aircraft 30-30"),
        // salvo nouns
        ("أطلقت الفصائل رشقة من 6 صواريخ على مدينة عسقلان الخميس دون وقوع إصابات.", "rocket 6-6"),
        ("أطلقت الفصائل دفعة من 6 صواريخ على مدينة عسقلان الخميس دون وقوع إصابات.", "rocket 6-6"),
        ("أطلقت الفصائل رشقة صاروخية من 6 صواريخ على مدينة عسقلان الخميس.", "rocket 6-6"),
    ] as [(String, String)])
    func numberForms(_ story: String, _ want: String) { Self.check(story, want) }

    @Test(arguments: [
        ("سقطت 3 صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 3-3"),
        ("استهدفت 3 صواريخ قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 3-3"),
        ("تساقطت 7 صواريخ على مدينة عسقلان الخميس دون وقوع إصابات.", "rocket 7-7"),
        ("أفادت الشرطة بإطلاق 4 صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 4-4"),
        ("أفادت الشرطة بسقوط 3 صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 3-3"),
        ("تعرضت قاعدة عين الأسد الخميس لهجوم بأربعة صواريخ دون وقوع إصابات.", "rocket 4-4"),
        ("أطلقت 4 صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 4-4"),
        ("قالت مصادر أمنية إن 4 صواريخ سقطت على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 4-4"),
        ("قالت مصادر أمنية إن أربعة صواريخ كاتيوشا سقطت على قاعدة عين الأسد الخميس.", "rocket 4-4"),
        ("أطلق من قطاع غزة الخميس 150 صاروخا على إسرائيل.", "rocket 150-150"),
        ("قال الجيش الإسرائيلي إن 150 صاروخا أطلقت من قطاع غزة على إسرائيل الخميس.", "rocket 150-150"),
        // headline style and a headline restating the body's figure
        ("3 صواريخ تستهدف قاعدة عين الأسد ## سقطت صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 3-3"),
        ("سقوط 3 صواريخ على قاعدة عين الأسد ## سقطت ثلاثة صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات.", "rocket 3-3"),
        ("20 غارة للتحالف على إدلب ## شنت مقاتلات التحالف 20 غارة جوية على مواقع في مدينة إدلب الخميس.", "aircraft 20-20"),
        ("20 غارة للتحالف على إدلب ## شنت مقاتلات التحالف عشرين غارة جوية على مواقع في مدينة إدلب الخميس.", "aircraft 20-20"),
        // a second source's figure: min/max
        ("سقطت ثلاثة صواريخ على قاعدة عين الأسد الخميس دون وقوع إصابات. وقال مصدر أمني إن أربعة صواريخ سقطت على القاعدة.", "rocket 3-4"),
        ("أطلقت الفصائل الفلسطينية 30 صاروخا من قطاع غزة على إسرائيل الخميس، وفقا للجيش الإسرائيلي، فيما قالت الفصائل إنها أطلقت 40 صاروخا.", "rocket 30-40"),
        // a share of the salvo is not its count
        ("أطلقت الفصائل الفلسطينية 45 صاروخا من قطاع غزة على إسرائيل الخميس، اعترضت القبة الحديدية 20 منها.", "rocket 45-45"),
        ("أطلقت الفصائل الفلسطينية 45 صاروخا من قطاع غزة على إسرائيل الخميس. وقال الجيش الإسرائيلي إن القبة الحديدية اعترضت 20 صاروخا.", "rocket 45-45"),
        ("سقطت ثلاثة صواريخ على قاعدة عين الأسد الخميس. وقال مصدر أمني إن صاروخين سقطا داخل القاعدة وسقط الثالث خارجها.", "rocket 3-3"),
    ] as [(String, String)])
    func verbsAndRetellings(_ story: String, _ want: String) { Self.check(story, want) }

    @Test(arguments: [
        ("أطلق مسلحون أكثر من 10 صواريخ على مدينة عسقلان الخميس.", "rocket 11-nil"),
        ("أطلق مسلحون ما يزيد على 10 صواريخ على مدينة عسقلان الخميس.", "rocket 11-nil"),
        ("أطلق مسلحون ما يزيد عن عشرة صواريخ على مدينة عسقلان الخميس.", "rocket 11-nil"),
        ("أطلق مسلحون نحو 10 صواريخ على مدينة عسقلان الخميس.", "rocket 10-10"),
        ("أطلق مسلحون حوالي 10 صواريخ على مدينة عسقلان الخميس.", "rocket 10-10"),
        ("أطلق مسلحون قرابة 10 صواريخ على مدينة عسقلان الخميس.", "rocket 10-10"),
        ("أطلق مسلحون زهاء 10 صواريخ على مدينة عسقلان الخميس.", "rocket 10-10"),
        ("أطلق مسلحون ما يقارب 10 صواريخ على مدينة عسقلان الخميس.", "rocket 10-10"),
        ("أطلق مسلحون ما لا يقل عن 10 صواريخ على مدينة عسقلان الخميس.", "rocket 10-nil"),
        ("أطلق مسلحون 10 صواريخ على الأقل على مدينة عسقلان الخميس.", "rocket 10-nil"),
        ("قال الجيش الإسرائيلي إن أكثر من 150 صاروخا وقذيفة هاون أطلقت من قطاع غزة على إسرائيل الخميس.", "rocket 151-nil"),
        ("قال الجيش الإسرائيلي إن ما لا يقل عن 150 صاروخا أطلقت من قطاع غزة على إسرائيل الخميس.", "rocket 150-nil"),
        ("شن الطيران الإسرائيلي أكثر من 40 غارة على قطاع غزة الخميس.", "aircraft 41-nil"),
        ("أغارت الطائرات الإسرائيلية على قطاع غزة الخميس بأكثر من 20 غارة.", "aircraft 21-nil"),
        ("هاجم أربعة انتحاريين على الأقل مركزا للشرطة في كركوك الخميس.", "suicide_device 4-nil"),
        ("هاجم ما لا يقل عن أربعة انتحاريين مركزا للشرطة في كركوك الخميس.", "suicide_device 4-nil"),
    ] as [(String, String)])
    func bounds(_ story: String, _ want: String) { Self.check(story, want) }

    @Test(arguments: [
        // missiles, intercepted or not, and drones
        ("أطلق الحوثيون 7 صواريخ باليستية على جازان الخميس، اعترضت الدفاعات الجوية 5 منها.", "ballistic_missile 7-7"),
        ("اعترضت الدفاعات الجوية السعودية 3 صواريخ باليستية أطلقها الحوثيون على جازان الخميس.", "ballistic_missile 3-3"),
        ("اعترضت الدفاعات الجوية السعودية صاروخين باليستيين أطلقهما الحوثيون على جازان الخميس.", "ballistic_missile 2-2"),
        ("أعلنت قوات التحالف اعتراض وتدمير ثلاثة صواريخ باليستية أطلقتها الميليشيات الحوثية باتجاه جازان الخميس.", "ballistic_missile 3-3"),
        ("أعلن التحالف أن الدفاعات الجوية اعترضت صاروخين أطلقا من اليمن باتجاه جازان الخميس.", "missile_unspecified 2-2"),
        ("أطلق الحوثيون 3 صواريخ بالستية على مأرب الخميس.", "ballistic_missile 3-3"),
        ("أطلق الحوثيون أربعة صواريخ باليستية ومسيرتين على مأرب الخميس.", "drone 2-2"),
        ("أطلق الحوثيون أربعة صواريخ باليستية ومسيرتين على مأرب الخميس.", "ballistic_missile 4-4"),
        ("استهدفت ثلاثة صواريخ باليستية مأرب الخميس.", "ballistic_missile 3-3"),
        ("أسقطت الدفاعات الجوية السعودية طائرتين مسيرتين أطلقهما الحوثيون باتجاه جازان الخميس.", "drone 2-2"),
        ("أسقطت الدفاعات الجوية السعودية 3 طائرات مسيرة أطلقها الحوثيون باتجاه جازان الخميس.", "drone 3-3"),
        ("أسقطت الدفاعات الجوية السعودية ثلاث طائرات مسيرة أطلقها الحوثيون باتجاه جازان الخميس.", "drone 3-3"),
        ("أسقطت الدفاعات الجوية السعودية ثلاث مسيرات أطلقها الحوثيون باتجاه جازان الخميس.", "drone 3-3"),
        ("أسقطت الدفاعات الجوية السعودية 3 مسيرات مفخخة أطلقها الحوثيون باتجاه جازان الخميس.", "drone 3-3"),
        ("تم اعتراض وإسقاط طائرتين بدون طيار أطلقهما الحوثيون باتجاه جازان الخميس.", "drone 2-2"),
        ("استهدفت 3 طائرات مسيرة قاعدة عين الأسد الخميس دون وقوع إصابات.", "drone 3-3"),
        // mortars and artillery
        ("سقطت 3 قذائف هاون على حي في دمشق الخميس.", "mortar 3-3"),
        ("سقطت ثلاث قذائف هاون على حي في دمشق الخميس.", "mortar 3-3"),
        ("سقطت قذيفتا هاون على حي في دمشق الخميس.", "mortar 2-2"),
        ("سقطت قذيفتي هاون على حي في دمشق الخميس.", "mortar 2-2"),
        ("سقطت قذيفتان هاون على حي في دمشق الخميس.", "mortar 2-2"),
        ("قصف مسلحون حيا في دمشق الخميس بقذيفتي هاون.", "mortar 2-2"),
        ("قصف مسلحون حيا في دمشق الخميس بأربع قذائف هاون.", "mortar 4-4"),
        ("أفاد مصدر بسقوط أربع قذائف هاون على حي في دمشق الخميس.", "mortar 4-4"),
        ("سقطت 5 قذائف مدفعية على بلدة في ريف إدلب الخميس.", "artillery 5-5"),
        ("أطلق الجيش خمس قذائف مدفعية على بلدة في ريف إدلب الخميس.", "artillery 5-5"),
        ("سقطت قذيفتان مدفعيتان على بلدة في ريف إدلب الخميس.", "artillery 2-2"),
        // raids are the aircraft count
        ("شن الطيران الحربي 12 غارة على مدينة إدلب الخميس.", "aircraft 12-12"),
        ("شن الطيران الحربي اثنتي عشرة غارة على مدينة إدلب الخميس.", "aircraft 12-12"),
        ("نفذ الطيران الحربي 12 غارة على مدينة إدلب الخميس.", "aircraft 12-12"),
        ("شنت طائرات التحالف غارتين على مدينة إدلب الخميس.", "aircraft 2-2"),
        ("استهدفت غارتان مدينة إدلب الخميس.", "aircraft 2-2"),
        ("شن الطيران الحربي ثلاث غارات جوية على مدينة إدلب الخميس.", "aircraft 3-3"),
        ("شن الطيران الحربي نحو 20 غارة على مدينة إدلب الخميس.", "aircraft 20-20"),
        ("قتل خمسة مدنيين في أربع غارات جوية على مدينة إدلب الخميس.", "aircraft 4-4"),
        ("قتل خمسة مدنيين جراء 4 غارات على مدينة إدلب الخميس.", "aircraft 4-4"),
        ("قتل خمسة مدنيين بغارتين على مدينة إدلب الخميس.", "aircraft 2-2"),
        ("استهدفت 4 ضربات جوية مدينة إدلب الخميس.", "aircraft 4-4"),
        ("شنت مقاتلات التحالف سلسلة من 6 غارات على مدينة إدلب الخميس.", "aircraft 6-6"),
        ("قصفت مقاتلتان إسرائيليتان مواقع في قطاع غزة الخميس.", "aircraft 2-2"),
        ("وثق المرصد السوري 30 غارة على ريف إدلب الخميس.", "aircraft 30-30"),
        // explosives
        ("انفجرت عبوتان ناسفتان في كركوك الخميس.", "ied 2-2"),
        ("انفجرت عبوتين ناسفتين في كركوك الخميس.", "ied 2-2"),
        ("انفجرت ثلاث عبوات ناسفة في كركوك الخميس.", "ied 3-3"),
        ("فجر مسلحون ثلاث عبوات ناسفة في كركوك الخميس.", "ied 3-3"),
        ("أدى انفجار عبوتين ناسفتين في كركوك الخميس إلى مقتل جنديين.", "ied 2-2"),
        ("أدى انفجار 3 عبوات ناسفة في كركوك الخميس إلى مقتل جنديين.", "ied 3-3"),
        ("انفجرت سيارتان مفخختان في كركوك الخميس.", "vbied 2-2"),
        ("انفجرت ثلاث سيارات مفخخة في كركوك الخميس.", "vbied 3-3"),
        ("أدى انفجار سيارتين مفخختين في كركوك الخميس إلى مقتل 10 أشخاص.", "vbied 2-2"),
        ("فجر انتحاريان نفسيهما في كركوك الخميس.", "suicide_device 2-2"),
        ("نفذ تنظيم داعش 3 تفجيرات انتحارية في كركوك الخميس.", "suicide_device 3-3"),
        ("نفذ تنظيم داعش ثلاثة تفجيرات انتحارية في كركوك الخميس.", "suicide_device 3-3"),
        ("هاجم 3 انتحاريين مركزا للشرطة في كركوك الخميس.", "suicide_device 3-3"),
        ("قتل خمسة جنود في هجوم شنه انتحاريان على مركز للشرطة في كركوك الخميس.", "suicide_device 2-2"),
        ("ألقى مجهولون ثلاث قنابل يدوية على منزل في كركوك الخميس.", "grenade 3-3"),
        ("أطلق مسلحون 3 قذائف آر بي جي على دورية في كركوك الخميس.", "rpg 3-3"),
        // cruise missiles
        ("أطلقت المدمرات 59 صاروخ توماهوك على مطار الشعيرات في سوريا الخميس.", "cruise_missile 59-59"),
        ("أطلقت المدمرات 59 صاروخا من طراز توماهوك على مطار الشعيرات في سوريا الخميس.", "cruise_missile 59-59"),
    ] as [(String, String)])
    func weaponKinds(_ story: String, _ want: String) { Self.check(story, want) }

    @Test(arguments: [
        // an earlier day's or a campaign's figure is not this act's count
        ("سقط صاروخ على قاعدة عين الأسد الخميس. وكانت القاعدة قد تعرضت الأسبوع الماضي لهجوم بعشرة صواريخ.", "rocket 1-1"),
        ("أطلق الحوثيون صاروخا باليستيا على جازان الخميس. وأطلق الحوثيون منذ بداية الحرب أكثر من 200 صاروخ باليستي على السعودية.",
         "ballistic_missile 1-1"),
    ] as [(String, String)])
    func earlierCountsKeptOut(_ story: String, _ want: String) { Self.check(story, want) }

    /// A short figure glued to its clitics is still a figure; the range "و33" stays the only
    /// glued upper bound.
    @Test(arguments: [
        ("بـ4 صواريخ", 4, 4), ("لـ3 غارات", 3, 3), ("وبـ5 قذائف", 5, 5), ("فبـ6 قذائف", 6, 6), ("و9 صواريخ", 9, 9),
        ("ما بين 22 و33 صاروخا", 22, 33),
    ] as [(String, Int, Int)])
    func gluedFigures(_ text: String, _ lo: Int, _ hi: Int) {
        let t = ArabicTokenizer.tokenize(text)
        let n = ArabicNumbers.phrase(t, at: 0)
        #expect(n?.min == lo && n?.max == hi, "\(text): \(String(describing: n))")
    }

    @Test(arguments: ["ب", "بال", "بـ", "ببيروت", "ما بين 22 ب33"])
    func gluedWordsWithoutDigitsAreNoFigure(_ text: String) {
        let t = ArabicTokenizer.tokenize(text)
        let n = ArabicNumbers.phrase(t, at: 0)
        #expect(n == nil || n?.max == 22, "\(text): \(String(describing: n))")
    }

    /// "N من الصواريخ": the figure before "من" counts the definite plural after it; "واحد من"
    /// and a figure of other things ("3 من الجنود") are not read as weapon counts.
    @Test(arguments: [
        ("أطلق المسلحون 5 من الصواريخ على القاعدة", WeaponKind.rocket, 5 as Int?),
        ("سقطت ثلاث من القذائف على الحي", .artillery, 3),
        ("أطلقوا واحدا من الصواريخ على القاعدة", .rocket, nil),
        ("أصيب 3 من الجنود بالصواريخ", .rocket, nil),
    ] as [(String, WeaponKind, Int?)])
    func partitiveFigures(_ text: String, _ kind: WeaponKind, _ lo: Int?) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).first { $0.kind == kind }
        #expect(w != nil && (w?.count.status == .reported ? w?.count.min : nil) == lo, "\(text): \(String(describing: w))")
    }

    /// The figure a sentence after the act gives (a source's words joined to the incident, no act
    /// of its own): it counts an uncounted weapon, and beside a stated one it is a second reading
    /// (close figures widen to min/max; a far one, an intercepted share, is left out).
    @Test(arguments: [
        ("أطلق مسلحون صواريخ على قاعدة عين الأسد الخميس. وقال مصدر أمني إن عدد الصواريخ بلغ خمسة.", "rocket 5-5"),
        ("أطلق مسلحون صواريخ على قاعدة عين الأسد الخميس. وقال مصدر أمني إن خمسة صواريخ سقطت داخل القاعدة.", "rocket 5-5"),
        ("أطلقت فصائل فلسطينية 30 صاروخا من قطاع غزة على إسرائيل الخميس. وتحدثت مصادر فلسطينية عن 40 صاروخا.", "rocket 30-40"),
        ("أطلقت الفصائل الفلسطينية 45 صاروخا من قطاع غزة على إسرائيل الخميس. وقال الجيش الإسرائيلي إن نظام القبة الحديدية اعترض 20 منها.",
         "rocket 45-45"),
        // rounds of gunfire are no count of the act's arms
        ("قتل مسلح شرطيين بإطلاق النار على حاجز في كركوك الخميس. وقالت الشرطة إنه أطلق 300 طلقة نارية.", "small_arms nil-nil"),
    ] as [(String, String)])
    func countInAFollowUpSentence(_ story: String, _ want: String) { Self.check(story, want) }

    /// A dual weapon noun is the act's word on its own, free or in construct, as its singular and
    /// plural are: "ألقى مجهولون قنبلتين يدويتين"، "أطلق مسلحون قذيفتي آر بي جي".
    @Test(arguments: [
        ("اعترض التحالف مسيرتين مفخختين أطلقهما الحوثيون باتجاه جازان الخميس.", "drone 2-2"),
        ("زرع مسلحون عبوتين ناسفتين في كركوك وانفجرتا الخميس.", "ied 2-2"),
        ("ألقى مجهولون قنبلتين يدويتين على منزل في كركوك الخميس.", "grenade 2-2"),
        ("أطلق مسلحون قذيفتي آر بي جي على دورية في كركوك الخميس.", "rpg 2-2"),
        ("وضع مسلحون سيارتين مفخختين قرب سوق في كركوك الخميس.", "vbied 2-2"),
    ] as [(String, String)])
    func dualsNameTheAct(_ story: String, _ want: String) { Self.check(story, want) }

    /// Look-ahead after a shell noun stops at the sentence's end.
    @Test(arguments: ["قذيفتين", "سقطت قذيفتي", "أطلقوا قذيفة", "قذائف آر", "قذيفة آر بي جي"])
    func shellNounLastInSentence(_ text: String) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        #expect(!w.isEmpty, "\(text)")
    }

    /// "The number exceeded / came close to": a bound told by a verb after "عدد", any gender or tense.
    @Test(arguments: [
        ("قال الجيش الإسرائيلي إن عدد الصواريخ التي أطلقت من قطاع غزة الخميس تجاوز 100 صاروخ.", "rocket 101-nil"),
        ("قال الجيش الإسرائيلي إن عدد الصواريخ التي أطلقت من قطاع غزة الخميس يزيد على 100 صاروخ.", "rocket 101-nil"),
        ("قال الجيش الإسرائيلي إن عدد الصواريخ التي أطلقت من قطاع غزة الخميس ناهز 100 صاروخ.", "rocket 100-100"),
        ("قال الجيش الإسرائيلي إن عدد الصواريخ التي أطلقت من قطاع غزة الخميس بلغ 100 صاروخ.", "rocket 100-100"),
        ("قال الجيش الإسرائيلي إن عدد الغارات على قطاع غزة الخميس وصل إلى 40 غارة.", "aircraft 40-40"),
        ("استهدفت الطائرات الإسرائيلية قطاع غزة الخميس بما لا يقل عن 20 غارة.", "aircraft 20-nil"),
        ("استهدفت الطائرات الإسرائيلية قطاع غزة الخميس بنحو 20 غارة.", "aircraft 20-20"),
        ("استهدفت الطائرات الإسرائيلية قطاع غزة الخميس بأكثر من عشرين غارة.", "aircraft 21-nil"),
    ] as [(String, String)])
    func boundVerbs(_ story: String, _ want: String) { Self.check(story, want) }

    @Test(arguments: [
        ("تجاوز 100", 101, nil), ("يزيد على 100", 101, nil), ("يزيد عن 13", 14, nil), ("زاد عن 5", 6, nil), ("فاق 20", 21, nil),
        ("ناهز 2500", 2500, 2500), ("يناهز 61", 61, 61),
    ] as [(String, Int, Int?)])
    func exceedVerbsAreBounds(_ text: String, _ lo: Int, _ hi: Int?) {
        let n = ArabicNumbers.phrase(ArabicTokenizer.tokenize(text), at: 0)
        #expect(n?.min == lo && n?.max == hi, "\(text): \(String(describing: n))")
    }

    /// Counted suicide attacks by their dual or plural, and drones named with their maker inside.
    @Test(arguments: [
        ("قتل عشرة أشخاص في تفجيرين انتحاريين في كركوك الخميس.", "suicide_device 2-2"),
        ("قتل عشرة أشخاص في تفجيرين انتحاريين استهدفا سوقا في كركوك الخميس.", "suicide_device 2-2"),
        ("قتل عشرة أشخاص في هجومين انتحاريين في كركوك الخميس.", "suicide_device 2-2"),
        ("قتل عشرة أشخاص في ثلاث هجمات انتحارية في كركوك الخميس.", "suicide_device 3-3"),
        ("هاجم أربعة انتحاريين يرتدون أحزمة ناسفة مركزا للشرطة في كركوك الخميس.", "suicide_device 4-4"),
        ("قتل عشرة أشخاص في انفجار ثلاث سيارات مفخخة في كركوك الخميس.", "vbied 3-3"),
        ("دوى انفجاران في مدينة كركوك الخميس.", "explosive_unspecified 2-2"),
        ("استهدفت طائرة إسرائيلية بدون طيار بصاروخين مجموعة من الشبان في قطاع غزة الخميس.", "drone 1-1"),
        ("استهدفت طائرتان إسرائيليتان بدون طيار مجموعة من الشبان في قطاع غزة الخميس.", "drone 2-2"),
    ] as [(String, String)])
    func suicideAttacksAndDrones(_ story: String, _ want: String) { Self.check(story, want) }

    /// Construct forms: "N من قذائف الهاون"، a dual in construct with the rocket's make, dual strikes
    /// and aircraft, and a counted salvo of an act named by its weapon ("قصف صاروخي بأربعة صواريخ").
    @Test(arguments: [
        ("سقطت 3 من قذائف الهاون على حي في دمشق الخميس.", "mortar 3-3"),
        ("سقطت ثلاث من قذائف الهاون على حي في دمشق الخميس.", "mortar 3-3"),
        ("سقطت 3 من صواريخ الكاتيوشا على قاعدة عين الأسد الخميس.", "rocket 3-3"),
        ("أطلق مسلحون صاروخي كاتيوشا على قاعدة عين الأسد الخميس.", "rocket 2-2"),
        ("أطلق الحوثيون صاروخي بركان على مأرب الخميس.", "ballistic_missile 2-2"),
        ("أطلق الحوثيون صاروخا باليستيا على مأرب الخميس.", "ballistic_missile 1-1"),
        ("أطلق مسلحون 3 صواريخ من طراز كاتيوشا على قاعدة عين الأسد الخميس.", "rocket 3-3"),
        ("شنت المقاتلات غارتين جويتين على مدينة إدلب الخميس.", "aircraft 2-2"),
        ("شنت المقاتلات ضربتين جويتين على مدينة إدلب الخميس.", "aircraft 2-2"),
        ("استهدفت ضربتان جويتان مدينة إدلب الخميس.", "aircraft 2-2"),
        ("قصفت مروحيتان مدينة إدلب الخميس.", "aircraft 2-2"),
        ("قصفت ثلاث مروحيات مدينة إدلب الخميس.", "aircraft 3-3"),
        ("قصفت أربع طائرات حربية مدينة إدلب الخميس.", "aircraft 4-4"),
        ("قصفت طائرتان حربيتان مدينة إدلب الخميس.", "aircraft 2-2"),
        ("أسقطت الدفاعات الجوية طائرتين حربيتين فوق مدينة إدلب الخميس.", "aircraft 2-2"),
        ("انفجرت عبوة ناسفة ثانية في كركوك الخميس.", "ied 2-2"),
        ("تعرضت قاعدة عين الأسد الخميس لقصف بأربعة صواريخ.", "rocket 4-4"),
        ("تعرضت قاعدة عين الأسد الخميس لقصف صاروخي بأربعة صواريخ.", "missile_unspecified 4-4"),
        ("تعرضت قاعدة عين الأسد الخميس لهجوم صاروخي بـ 4 صواريخ كاتيوشا.", "rocket 4-4"),
        ("قصفت قاعدة عين الأسد الخميس بصاروخين.", "rocket 2-2"),
        ("أطلق على قاعدة عين الأسد الخميس أربعة صواريخ.", "rocket 4-4"),
        ("تم إطلاق أربعة صواريخ على قاعدة عين الأسد الخميس.", "rocket 4-4"),
        ("جرى إطلاق أربعة صواريخ على قاعدة عين الأسد الخميس.", "rocket 4-4"),
        ("دوت انفجارات ناجمة عن سقوط أربعة صواريخ على قاعدة عين الأسد الخميس.", "rocket 4-4"),
        // two weapons counted side by side keep their own figures
        ("أطلقت أربع قذائف هاون وصاروخان على قاعدة عين الأسد الخميس.", "mortar 4-4"),
        ("أطلقت أربع قذائف هاون وصاروخان على قاعدة عين الأسد الخميس.", "rocket 2-2"),
        ("أطلق مسلحون صاروخين وثلاث قذائف هاون على قاعدة عين الأسد الخميس.", "mortar 3-3"),
        ("أطلق مسلحون صاروخين وثلاث قذائف هاون على قاعدة عين الأسد الخميس.", "rocket 2-2"),
    ] as [(String, String)])
    func constructFormsAndRenamings(_ story: String, _ want: String) { Self.check(story, want) }

    /// A single mortar named "مماثلة" (like the one before) states no figure a mortar could carry.
    @Test func renamedKindTakesOnlyAStatedFigure() {
        let plain = WeaponFolding.fold([Weapon(kind: .mortar), Weapon(kind: .artillery, count: Count(status: .reported, min: 1, text: "قذيفة مماثلة"))])
        #expect(plain.count == 1 && plain[0].count.min == nil)
        let counted = WeaponFolding.fold([Weapon(kind: .mortar), Weapon(kind: .artillery, count: Count(status: .reported, min: 3, max: 3, text: "3 قذائف"))])
        #expect(counted.count == 1 && counted[0].count.min == 3)
        // air power never takes its munitions' figure
        let air = WeaponFolding.fold([Weapon(kind: .aircraft), Weapon(kind: .missileUnspecified, count: Count(status: .reported, min: 1, max: 1, text: "صاروخ واحد"))])
        #expect(air.first { $0.kind == .aircraft }?.count.min == nil)
    }
}
