import Testing
@testable import RasdCore

/// How wire copy states how many weapons one act used: floors on duals, counted bombings, shells
/// named a rocket by their make, the victims of a stabbing, an earlier salvo told in a "بعد … على"
/// clause, and a singular noun that gives way to the figure a source states.
@Suite struct WeaponCountReadingTests {
    /// The sentence's mentions of `kind`, their counts merged as one incident's.
    static func count(_ text: String, _ kind: WeaponKind) -> Count? {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).filter { $0.kind == kind }
        return w.isEmpty ? nil : WeaponCountMerge.merge(w.map(\.count))
    }

    @Test(arguments: [
        // a dual followed by "على الأقل" (at once or after its dual adjective) is a floor
        ("وأشار المرصد إلى وقوع غارتين على الأقل على منطقة الشيفونية", WeaponKind.aircraft, 2, nil),
        ("وأطلق الجيش قذيفتين على الأقل صوب موقع قرب المعبر", .artillery, 2, nil),
        ("رصدت الدفاعات إطلاق صاروخين باليستيين على الأقل باتجاه جازان", .ballisticMissile, 2, nil),
        // "على الأقل" of another figure after the noun leaves the dual exact
        ("استهدفت غارتان السوق وقتلت 5 أشخاص على الأقل", .aircraft, 2, 2),
        ("شنت الطائرات غارتين قتلتا 5 على الأقل", .aircraft, 2, 2),
        ("سقطت قذيفتان على الحي", .artillery, 2, 2),
    ] as [(String, WeaponKind, Int?, Int?)])
    func dualFloors(_ text: String, _ kind: WeaponKind, _ lo: Int?, _ hi: Int?) {
        let c = Self.count(text, kind)
        #expect(c?.min == lo && c?.max == hi, "\(text): \(String(describing: c))")
    }

    @Test(arguments: [
        // barrel bombs are the aircraft's munitions: their number is the aircraft count
        ("تعرضت البلدة لقصف بأكثر من 20 برميلا متفجرا خلال الساعات الأخيرة", WeaponKind.aircraft, 21, nil),
        ("ألقت مروحيات النظام الاثنين 4 براميل متفجرة على البلدة", .aircraft, 4, 4),
        ("ألقت مروحية برميلين متفجرين على الحي", .aircraft, 2, 2),
        ("قصفت مروحيات البلدة بالبراميل المتفجرة", .aircraft, nil, nil),
    ] as [(String, WeaponKind, Int?, Int?)])
    func barrelBombs(_ text: String, _ kind: WeaponKind, _ lo: Int?, _ hi: Int?) {
        let c = Self.count(text, kind)
        #expect(c != nil && c?.min == lo && c?.max == hi, "\(text): \(String(describing: c))")
    }

    @Test(arguments: [
        // counted bombings and blasts ("3 تفجيرات انتحارية" = 3/3)
        ("نفذت عائلة واحدة 3 تفجيرات انتحارية استهدفت ثلاث كنائس", WeaponKind.suicideDevice, 3, 3),
        ("هزت ثلاثة انفجارات مدينة جلال آباد صباح الأحد", .explosiveUnspecified, 3, 3),
        ("وقال المتحدث إن دوي ثلاثة انفجارات على الأقل سمع في بداية الهجوم", .explosiveUnspecified, 3, nil),
        ("وقعت ستة انفجارات في أنحاء العاصمة", .explosiveUnspecified, 6, 6),
        // vague or uncounted blasts state no number
        ("قتل ستة أشخاص بسلسلة انفجارات في المدينة", .explosiveUnspecified, nil, nil),
    ] as [(String, WeaponKind, Int?, Int?)])
    func countedBlasts(_ text: String, _ kind: WeaponKind, _ lo: Int?, _ hi: Int?) {
        let c = Self.count(text, kind)
        #expect(c != nil && c?.min == lo && c?.max == hi, "\(text): \(String(describing: c))")
    }

    @Test(arguments: [
        ("سقطت ثمانية قذائف عسكرية من نوع كاتيوشا على مركز علب الحدودي", WeaponKind.rocket, 8),
        ("استهدفت خمس قذائف عسكرية من نوع \"الكاتيوشا\" مستشفى ظهران الجنوب", .rocket, 5),
        ("استهدفت الميليشيات أحياء المدينة بأكثر من 14 قذيفة من نوع كاتيوشا", .rocket, 15),
        ("أطلقت الفصائل قذائف غراد على البلدات الحدودية", .rocket, nil),
        // without a make the shells stay artillery, and هاون makes them mortars
        ("سقطت أربع قذائف على الحي السكني", .artillery, 4),
        ("سقطت ثلاث قذائف هاون على الحي السكني", .mortar, 3),
    ] as [(String, WeaponKind, Int?)])
    func shellsOfARocketMake(_ text: String, _ kind: WeaponKind, _ lo: Int?) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        #expect(w.first?.kind == kind && w.first?.count.min == lo, "\(text): \(w)")
    }

    @Test(arguments: [
        "مقتل 7 تلاميذ وإصابة 12 طعنا في الصين",
        "قتل ثلاثة أشخاص ذبحا في القرية",
        "وجرح خمسة آخرون طعنا في الشارع",
    ])
    func victimsOfAnActAreNoWeaponCount(_ text: String) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        #expect(!w.isEmpty && w.allSatisfy { $0.count.status != .reported }, "\(text): \(w)")
    }

    @Test(arguments: [
        ("بعد 4 أيام على اعتراض 7 صواريخ.. السعودية تعترض صاروخا بالستيا جديدا", [1]),
        ("اعترضت الدفاعات صاروخ بالستي وذلك بعد أربع أيام فقط على إطلاق الجماعة لسبعة صواريخ", [1]),
        ("أطلق الحوثيون صاروخين بعد أسبوع من إطلاق 3 صواريخ على جازان", [2]),
        // no span after "بعد": the count is this act's
        ("أطلقت الميليشيا 7 صواريخ بعد منتصف الليل", [7]),
    ] as [(String, [Int])])
    func anEarlierSalvoIsNotCounted(_ text: String, _ counts: [Int]) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        #expect(w.filter { $0.count.status == .reported }.compactMap(\.count.min) == counts, "\(text): \(w)")
    }

    static func reported(_ v: Int, _ text: String) -> Count { Count(status: .reported, min: v, max: v, text: text) }

    @Test(arguments: [
        // the singular form counts only while nothing states a number
        ([reported(1, "غارة"), reported(4, "4 غارات")], 4 as Int?, 4 as Int?),
        ([reported(1, "دبابة"), reported(1, "قذيفة"), reported(3, "ثلاث قذائف")], 3, 3),
        ([reported(1, "صاروخا"), reported(2, "صاروخين")], 2, 2),
        ([reported(1, "غارة"), reported(1, "بغارة")], 1, 1),
        // "صاروخ واحد" states one; a rank states its number
        ([reported(1, "صاروخا"), reported(1, "صاروخ واحد")], 1, 1),
        ([reported(3, "ثلاثة صواريخ"), reported(4, "صاروخ رابع")], 3, 4),
    ] as [([Count], Int?, Int?)])
    func singularFormsGiveWay(_ counts: [Count], _ lo: Int?, _ hi: Int?) {
        let m = WeaponCountMerge.merge(counts)
        #expect(m.min == lo && m.max == hi, "\(counts.map(\.text)): \(m)")
    }

    @Test(arguments: [
        // duals in construct: the ن drops before the next noun
        ("وأكد أن قذيفتا هاون سقطتا في محيط موقع عسكري", WeaponKind.mortar, 2),
        ("قتل عشرون شخصا في غارتي الحديدة", .aircraft, 2),
        ("قامت مقاتلتا إف-15 بشن الهجوم من أراض لبنانية", .aircraft, 2),
        ("وأطلق الجيش قذيفتي دبابة على الموقع", .artillery, 2),
    ] as [(String, WeaponKind, Int)])
    func dualsInConstruct(_ text: String, _ kind: WeaponKind, _ n: Int) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        #expect(w.first?.kind == kind && w.first?.count.min == n && w.first?.count.max == n, "\(text): \(w)")
    }

    @Test(arguments: [
        // a price or measure before a definite noun with a preposition counts no weapon
        ("بينما تسع صواريخ من طراز سكالب بكلفة 850 ألف للصاروخ", [9]),
        ("وتبلغ الكلفة 2 مليون للصاروخ الواحد", []),
        // a counted weapon takes the preposition on its figure
        ("قصفت القوات البلدة بأربع قذائف مدفعية", [4]),
    ] as [(String, [Int])])
    func figuresOfADefiniteNoun(_ text: String, _ counts: [Int]) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        #expect(w.filter { $0.count.status == .reported }.compactMap(\.count.min) == counts, "\(text): \(w)")
    }

    @Test(arguments: [
        // the intercepted part, and a new clause after it, are no share sent at a target
        ("أطلقت الفصائل 30 صاروخا من غزة، اعترضت القبة الحديدية 20 منها وسقط الباقي في مناطق مفتوحة", 30),
        ("أطلق الحوثيون 7 صواريخ على جازان اعترضت الدفاعات 5 منها", 7),
        // a share sent at the sentence's target stays its count
        ("اعترضت الدفاعات سبعة صواريخ، استهدفت 3 منها الرياض", 3),
    ] as [(String, Int)])
    func salvoAndItsParts(_ text: String, _ n: Int) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).filter { $0.count.status == .reported }
        #expect(w.first?.count.min == n && w.first?.count.max == n, "\(text): \(w)")
    }

    @Test(arguments: [
        ("شنت الطائرات مائتي غارة على المدينة", 200),
        ("سقطت مئتي قذيفة على الحي", 200),
        ("أطلقت الفصائل ألفي صاروخ خلال الجولة", 2000),
    ] as [(String, Int)])
    func hundredsAndThousandsInConstruct(_ text: String, _ n: Int) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).filter { $0.count.status == .reported }
        #expect(w.first?.count.min == n && w.first?.count.max == n, "\(text): \(w)")
    }

    @Test(arguments: [
        "وذكر شهود أنهم شاهدوا انطلاق صاروخين من مواقع بطاريات الباتريوت باتجاه الحدود",
        "وأطلقت الدفاعات صاروخا اعتراضيا نحو الهدف",
        "أطلق الجيش صاروخين مضادين للصواريخ",
        "وقالت مصادر إن إسرائيل أطلقت صاروخا من نظام باتريوت على الطائرة",
    ])
    func interceptorsAreNotTheActsWeapons(_ text: String) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        #expect(!w.contains { [.missileUnspecified, .rocket, .ballisticMissile].contains($0.kind) && $0.count.status == .reported }, "\(text): \(w)")
    }

    @Test func theShareSentAtTheTargetIsTheCount() {
        let salvo = Self.reported(7, "سبعة صواريخ")
        let share = Self.reported(3, "استهدفت 3 منها")
        #expect(WeaponCountMerge.merge([salvo, share]).min == 3 && WeaponCountMerge.merge([salvo, share]).max == 3)
        #expect(WeaponCountMerge.merge([salvo]).min == 7)
    }

    @Test(arguments: [
        // one or two restated after the noun is a stated count, not a bare singular
        ("شنت المقاتلات غارة واحدة على الموقع", WeaponKind.aircraft, 1, "غارة واحدة"),
        ("اقتحم المبنى انتحاريين اثنين", .suicideDevice, 2, "انتحاريين اثنين"),
        ("سقط صاروخان اثنان على المدينة", .rocket, 2, "صاروخان اثنان"),
    ] as [(String, WeaponKind, Int, String)])
    func oneOrTwoAfterTheNoun(_ text: String, _ kind: WeaponKind, _ n: Int, _ words: String) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).filter { $0.count.status == .reported }
        #expect(w.first?.kind == kind && w.first?.count.min == n && w.first?.count.text == words, "\(text): \(w)")
        #expect(w.first.map { !WeaponCountMerge.isBareSingular($0.count) } == true)
    }

    @Test func mondayIsNoNumberAfterARaid() {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize("شنت المقاتلات غارة الاثنين على الموقع")).filter { $0.count.status == .reported }
        #expect(w.first?.count.text == "غارة", "\(w)")
    }

    @Test(arguments: [
        ("وهي الطرادة مونتيريه والتي أطلقت 30 صاروخ توماهوك من البحر الأحمر", true),
        ("أما القطعة البحرية الأخيرة فهي الغواصة جون وورنر، وأطلقت 6 صواريخ توماهوك نحو الأهداف", true),
        ("واستهدف 22 صاروخا موقعا لتخزين الأسلحة غرب حمص", false),
        ("أطلق الحوثيون 7 صواريخ باليستية على جازان", false),
    ] as [(String, Bool)])
    func platformShares(_ text: String, _ share: Bool) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).filter { $0.count.status == .reported }
        #expect(w.first?.isLauncherShare == share, "\(text): \(w)")
    }

    @Test func aPlatformShareCountsOnlyWhenAlone() {
        let own = Self.reported(22, "22 صاروخا"), ship = Self.reported(23, "23 صاروخا")
        #expect(WeaponLaunchers.keepingOwn([own, ship], shares: [false, true]).map(\.min) == [22])
        #expect(WeaponLaunchers.keepingOwn([ship], shares: [true]).map(\.min) == [23])
    }

    @Test(arguments: [
        // fired by Gaza's factions or from Gaza: rockets, even beside the raids that answered them
        ("منذ استهداف حماس والجهاد الإسلامي لإسرائيل بأكثر من مائة صاروخ، لترد الأخيرة بأكثر من 60 غارة جوية", WeaponKind.rocket),
        ("إسرائيل تعلن التصدي لوابل صواريخ من غزة", .rocket),
        // a missile of the raids themselves stays a missile
        ("قصفت مقاتلات حربية مواقع لحركة حماس بصاروخين", .missileUnspecified),
        ("شنت الطائرات غارة على القطاع وأصيب منزل بصاروخ أطلق من القطاع", .missileUnspecified),
    ] as [(String, WeaponKind)])
    func rocketsOfGazasFactions(_ text: String, _ kind: WeaponKind) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text)).filter { [.rocket, .missileUnspecified].contains($0.kind) }
        #expect(w.first?.kind == kind, "\(text): \(w)")
    }
}
