import Testing
@testable import RasdCore

/// Table tests of weapon readings and of folding one incident's weapon names into the weapons
/// a reader would list.
@Suite struct WeaponRuleTests {
    static func kinds(_ text: String) -> [WeaponKind] { WeaponRules.mentions(ArabicTokenizer.tokenize(text)).map(\.kind) }

    @Test(arguments: [
        // missiles a state fires or air defences meet are not home-made rockets
        ("تصدت الدفاعات الجوية لصاروخين إسرائيليين فوق المدينة", [WeaponKind.missileUnspecified]),
        ("واعترضت قوات الدفاع الجوي ثلاثة صواريخ أطلقت من اليمن", [.missileUnspecified]),
        ("سقط صاروخان على المطار فيما أسقطت الدفاعات طائرتين مسيرتين", [.rocket, .drone]),
        ("أطلقت الفصائل صواريخ محلية الصنع على البلدات", [.rocket]),
        ("وأوضح المصدر أن طائرات حربية أطلقت صواريخ عدة على موقع لكتائب القسام", [.aircraft, .missileUnspecified]),
        ("واستخدمت في الضربات قاذفتان من طراز بي-1 أطلقتا 19 صاروخا", [.missileUnspecified]),
        // an earlier event's weapon, told in a clause, is not this sentence's
        ("شن الطيران غارات على المواقع غداة تفجير عبوة ناسفة قرب السياج", [.aircraft]),
        ("شن الطيران غارات ردا على قصف بالقذائف على الحي", [.aircraft]),
        // a ceasefire is not gunfire
        ("وأعلنت الفصائل وقف إطلاق النار بعد منتصف الليل", []),
        ("أطلق مسلحون النار على الحاجز", [.smallArms]),
        ("أسقطت الدفاعات طائرة مسيرة انتحارية", [.drone]),
        ("وقع انفجار في مطعم بالمدينة", [.explosiveUnspecified]),
        // suicide attackers in the plural
        ("فجر أربعة انتحاريين أحزمتهم الناسفة في السوق", [.suicideDevice]),
    ] as [(String, [WeaponKind])])
    func readings(_ text: String, _ expected: [WeaponKind]) {
        #expect(Set(Self.kinds(text)) == Set(expected), "\(text): \(Self.kinds(text))")
    }

    @Test(arguments: [
        // parts after "من بينها" are not more weapons
        ("أطلق 22 صاروخا على الموقع، من بينها 9 صواريخ أمريكية و8 صواريخ بريطانية", 22, 22),
        // "similar bombings" are more of the same
        ("فجر ثلاثة انتحاريين أحزمتهم الناسفة تزامنا مع تفجيرات مماثلة في القرى", 3, nil),
        ("أطلقت أربعة صواريخ على القاعدة", 4, 4),
    ] as [(String, Int?, Int?)])
    func countsOfAWhole(_ text: String, _ lo: Int?, _ hi: Int?) {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize(text))
        let merged = CasualtyRules.merge(w.map(\.count))
        #expect(merged.min == lo && merged.max == hi, "\(text): \(merged)")
    }

    @Test func partsOfAWholeCarryNoCount() {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize("أطلق 12 صاروخا على الموقع، من بينها 9 صواريخ أمريكية و8 صواريخ بريطانية"))
        #expect(w.filter { $0.count.status == .reported }.map(\.count.min) == [12], "\(w)")
    }

    @Test func suicideAttackersAreCounted() {
        let w = WeaponRules.mentions(ArabicTokenizer.tokenize("فجر أربعة انتحاريين أحزمتهم الناسفة في السوق"))
        #expect(w.first?.kind == .suicideDevice && w.first?.count.min == 4 && w.first?.count.max == 4, "\(w)")
    }

    @Test(arguments: [
        ([WeaponKind.vbied, .suicideDevice], [WeaponKind.vbied]),
        ([.suicideDevice, .ied], [.suicideDevice]),
        ([.grenade, .explosiveUnspecified], [.grenade]),
        ([.ballisticMissile, .rocket], [.ballisticMissile]),
        ([.rocket, .missileUnspecified], [.missileUnspecified]),
        ([.mortar, .artillery], [.mortar]),
        ([.aircraft, .missileUnspecified], [.aircraft]),
        ([.explosiveUnspecified, .ied], [.ied]),
        ([.explosiveUnspecified], [.explosiveUnspecified]),
        // different weapons of one attack stay
        ([.rocket, .drone], [.rocket, .drone]),
        ([.aircraft, .artillery], [.aircraft, .artillery]),
    ] as [([WeaponKind], [WeaponKind])])
    func folding(_ named: [WeaponKind], _ listed: [WeaponKind]) {
        #expect(WeaponFolding.fold(named.map { Weapon(kind: $0) }).map(\.kind) == listed)
    }
}
