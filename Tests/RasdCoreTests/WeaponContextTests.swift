import Testing
@testable import RasdCore

/// Table tests of the words that decide whether a weapon noun was used in the act, and how
/// shells, missiles and definite nouns are read (spans written in the style of wire copy).
@Suite struct WeaponContextTests {
    static func mentions(_ text: String) -> [WeaponMention] { WeaponRules.mentions(ArabicTokenizer.tokenize(text)) }
    static func kinds(_ text: String) -> Set<WeaponKind> { Set(mentions(text).map(\.kind)) }

    @Test(arguments: [
        // launchers, depots and workshops are what was hit, not what was fired
        ("دمرت مقاتلات التحالف منصة إطلاق صواريخ في الجبل", Set<WeaponKind>([.aircraft])),
        ("قصف الطيران مستودعا للصواريخ قرب المطار", [.aircraft]),
        ("استهدفت غارة ورشة لتصنيع الطائرات المسيرة", [.aircraft]),
        ("ضبطت القوات شحنة صواريخ مهربة", []),
        // planned or attempted, not used
        ("قتل ستة مسلحين بغارة أثناء محاولتهم زراعة ألغام على الطريق", [.aircraft]),
        ("قال البيان إن المستهدفين كانوا يخططون لعمليات انتحارية", []),
        // a foiled plan keeps its device (a disrupted weapons use)
        ("أحبطت الشرطة محاولة لزرع عبوة ناسفة تحت جسر", [.ied]),
        // a pretext told by the side that answered it
        ("أطلقت دبابة قذيفة على موقع رصد بحجة تفجير عبوة ناسفة قرب السياج", [.artillery]),
        ("وأكد الجيش قصف الموقع مبررا ذلك باكتشاف عبوة ناسفة", []),
        // the bombardment named by its weapons
        ("قتل عشرون مدنيا في القصف الجوي والمدفعي على البلدات", [.aircraft, .artillery]),
        // heavy weapons fire, and heavy weapons withdrawn under a deal
        ("تقوم الميليشيات بقصف عنيف على منازل المواطنين بالأسلحة الثقيلة", [.artillery]),
        ("ينص الاتفاق على سحب الأسلحة الثقيلة من خطوط التماس", []),
        // the Houthi broadcaster is not a drone
        ("وأوردت قناة المسيرة أن هناك 20 قتيلا في الغارة", [.aircraft]),
        ("أعلن تلفزيون المسيرة أن حصيلة القتلى في الغارة الجوية بلغت 30", [.aircraft]),
        // a destroyed gun or gun position is the strike's target
        ("استهدفت غارات مكثفة مواقع للحوثيين ما أدى إلى تدمير رشاش وسقوط قتلى", [.aircraft]),
        // blades in every form
        ("هاجم مسلحون القرية بالسكاكين والبنادق", [.knife, .smallArms]),
        ("أطلق المهاجم النار من مسدس على المارة", [.smallArms]),
        ("أصيب الشرطي بطعنات في الرقبة", [.knife]),
        // air support is aircraft
        ("أدى القصف الذي تقوم به القوات بدعم جوي روسي إلى مقتل 29 مدنيا", [.aircraft]),
        // throat-cutting is a knife attack; a double blast is two blasts
        ("هاجم المسلحون قرية وقاموا بذبح 18 شخصا", [.knife]),
        // the attacker between the verb and himself is a suicide bomber
        ("وقال المصدر إن أحد المهاجمين فجر نفسه عند بوابة المبنى", [.suicideDevice]),
        ("فجر أحد المهاجمين نفسه عند البوابة", [.suicideDevice]),
        ("وقالت الشرطة إن المهاجم قام بتفجير نفسه داخل المطعم", [.suicideDevice, .explosiveUnspecified]),
        // a tank that was hit is the target (the verb may stand before its subject)
        ("استهدفت مقاتلات التحالف دبابة للميليشيا في الجبهة", [.aircraft]),
        ("انفجرت عبوة ناسفة استهدفت دبابة إسرائيلية قرب السياج", [.ied]),
        ("أطلقت دبابة قذيفة على موقع المراقبة", [.artillery]),
    ] as [(String, Set<WeaponKind>)])
    func usedOrNot(_ text: String, _ expected: Set<WeaponKind>) {
        #expect(Self.kinds(text) == expected, "\(text): \(Self.kinds(text))")
    }

    @Test(arguments: [
        // a shell with a rocket adjective is a rocket, in any number
        ("أطلقت الفصائل قذيفتين صاروخيتين على المستوطنات", WeaponKind.rocket, 2 as Int?),
        ("سقطت قذيفة صاروخية على الحي", .rocket, 1),
        ("سقطت قذيفتان وصاروخان على البلدة", .artillery, 2),
        // a named rocket type beside ballistic missiles elsewhere in the sentence
        ("تقصف الميليشيات الأحياء بالصواريخ الباليستية وقد أطلقت صاروخ كاتيوشا على حي سكني", .rocket, 1),
        ("قتل 20 شخصا على الأقل في انفجارين بالعاصمة", .explosiveUnspecified, 2),
        // duals count two
        ("وأعلن التحالف إسقاط طائرتين بدون طيار فوق المدينة", .drone, 2),
        ("انفجرت عبوتان ناسفتان قرب الحافلة", .ied, 2),
        ("فجر انتحاريان سيارتين مفخختين عند بوابة المعسكر", .vbied, 2),
        ("شنت مقاتلتان غارات على الموقع", .aircraft, 2),
        // ballistic in every form
        ("وقال التحالف إنه أسقط صاروخين بالستيين جديدين", .ballisticMissile, 2),
        // a missile bombardment is missiles, rockets only with a rocket word around
        ("استهدف قصف صاروخي مواقع عسكرية في المحافظة", .missileUnspecified, nil),
        ("تعرضت البلدة لقصف صاروخي من الفصائل المسلحة", .rocket, nil),
        // the aircraft that fired them, several words back in the same clause
        ("أكد مصدر أن طائرة حربية من طراز إف-16 أطلقت فجر السبت أربعة صواريخ على موقع لكتائب القسام", .missileUnspecified, 4),
        // named missiles: ballistic by name, guided ones are missiles (interceptors are no weapon
        // of the act: see WeaponCountReadingTests)
        ("أطلقت الميليشيات صاروخا من طراز بركان على المدينة", .ballisticMissile, 1),
        ("استهدفت الخلية آلية عسكرية بصاروخ مضاد للدروع", .missileUnspecified, 1),
        ("استهدف المطار بعدة صواريخ والدفاعات الجوية تتصدى للهجوم", .missileUnspecified, nil),
        // intercepted missiles are missiles, Iron Dome's are rockets
        ("وأعلن التحالف أن الدفاعات اعترضت صاروخا فوق المدينة", .missileUnspecified, 1),
        ("اعترضت القبة الحديدية صاروخا أطلق من القطاع", .rocket, 1),
    ] as [(String, WeaponKind, Int?)])
    func kindFromTheWordsAround(_ text: String, _ kind: WeaponKind, _ count: Int?) {
        let w = Self.mentions(text)
        #expect(w.contains { $0.kind == kind && $0.count.min == count }, "\(text): \(w)")
    }

    @Test(arguments: [
        // a definite singular refers back or names the kind: it counts nothing
        ("وقال المصدر إن الصاروخ سقط في أرض خالية", WeaponKind.rocket),
        ("وشاركت الطائرات الحربية والمروحية في القصف", .aircraft),
        ("وأصيب الجنود بالقذيفة", .artillery),
        // one of those already told
        ("وتصدت القبة الحديدية لإحدى القذائف وسقطت الأخرى في أرض خالية", .artillery),
    ] as [(String, WeaponKind)])
    func definiteSingularHasNoCount(_ text: String, _ kind: WeaponKind) {
        let w = Self.mentions(text).filter { $0.kind == kind }
        #expect(!w.isEmpty && w.allSatisfy { $0.count.status != .reported }, "\(text): \(w)")
    }

    @Test(arguments: [
        "عثر على جثة امرأة مصابة بطلق ناري في رأسها",
        "قتل شخص وأصيب خمسة آخرون بأعيرة نارية خلال المواجهات",
        "أصيب الشاب بعيار ناري في صدره",
    ])
    func gunshotWordsAreSmallArms(_ text: String) {
        #expect(Self.kinds(text) == [.smallArms], "\(text): \(Self.kinds(text))")
    }

    @Test(arguments: [
        "استهدفت طائرة استطلاع مجموعة من الشبان",
        "قصفت طائرات الاستطلاع أرضا زراعية",
        "حلقت طائرة زنانة فوق الحي قبل أن تطلق صاروخا",
        "أطلقت طائرة تجسس صاروخا على دراجة نارية",
    ])
    func reconnaissancePlanesAreDrones(_ text: String) {
        #expect(Self.kinds(text).contains(.drone), "\(text): \(Self.kinds(text))")
        #expect(!Self.kinds(text).contains(.aircraft), "\(text): \(Self.kinds(text))")
    }

    @Test(arguments: [
        ("سقط صاروخ على المستوطنة", 1),
        ("هاجمت طائرة بدون طيار القاعدة", 1),
    ] as [(String, Int)])
    func indefiniteSingularIsOne(_ text: String, _ n: Int) {
        #expect(Self.mentions(text).first?.count.min == n)
    }
}
