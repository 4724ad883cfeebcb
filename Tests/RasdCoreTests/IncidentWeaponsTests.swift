import Foundation
import Testing
@testable import RasdCore

/// Tests of how one incident's weapons and sub-event type are put together from its sentences
/// and the story's title (stories written for the test in the style of wire copy).
@Suite struct IncidentWeaponsTests {
    static let extractor = IncidentExtractor(places: PlaceTable([]))
    /// Thursday 2024-08-08, 12:00 at UTC+3.
    static func extract(_ title: String, _ text: String) -> [IncidentFacts] {
        extractor.extract(StoryText(title: title, text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"), utcOffsetSeconds: 3 * 3600))
    }
    static func kinds(_ f: IncidentFacts) -> Set<WeaponKind> { Set(f.weapons.map(\.kind)) }

    @Test(arguments: [
        (WeaponKind.aircraft, SubEventType.airDroneStrike, true),
        (.rocket, SubEventType.airDroneStrike, false),
        (.aircraft, SubEventType.shellingArtilleryMissile, false),
        (.mortar, SubEventType.shellingArtilleryMissile, true),
        (.ied, SubEventType.remoteExplosive, true),
        (.aircraft, SubEventType.remoteExplosive, false),
        (.knife, SubEventType.attack, true),
        (.drone, SubEventType.disruptedWeaponsUse, true),
        (.aircraft, SubEventType.armedClash, false),
        (.smallArms, SubEventType.grenade, true),
        (.smallArms, SubEventType.remoteExplosive, false),
        (.drone, SubEventType.shellingArtilleryMissile, true),
    ] as [(WeaponKind, String, Bool)])
    func titleWeaponFitsTheAct(_ kind: WeaponKind, _ sub: String, _ fits: Bool) {
        #expect(IncidentWeapons.fits(kind, sub) == fits)
    }

    @Test(arguments: [
        // a blast whose device is a hand grenade is a grenade attack
        (SubEventType.remoteExplosive, [WeaponKind.grenade], SubEventType.grenade),
        (SubEventType.remoteExplosive, [.grenade, .ied], SubEventType.remoteExplosive),
        (SubEventType.remoteExplosive, [.explosiveUnspecified], SubEventType.remoteExplosive),
        (SubEventType.airDroneStrike, [.grenade], SubEventType.airDroneStrike),
    ] as [(String, [WeaponKind], String)])
    func weaponsSharpenAGenericType(_ sub: String, _ kinds: [WeaponKind], _ expected: String) {
        #expect(SubEventRules.refined(sub, weapons: kinds.map { Weapon(kind: $0) }) == expected)
    }

    @Test(arguments: [
        // a counted salvo is listed beside the jets that fired it
        ([Weapon(kind: .aircraft, count: Count(status: .reported, min: 2, max: 2)),
          Weapon(kind: .missileUnspecified, count: Count(status: .reported, min: 8, max: 8))], [WeaponKind.aircraft, .missileUnspecified]),
        // uncounted missiles are the air strike's munitions
        ([Weapon(kind: .aircraft), Weapon(kind: .missileUnspecified)], [.aircraft]),
        ([Weapon(kind: .aircraft, count: Count(status: .reported, min: 75, max: 75, text: "75 غارة جوية")),
          Weapon(kind: .missileUnspecified, count: Count(status: .reported, min: 201, text: "أكثر من 200 صاروخ"))], [.aircraft, .missileUnspecified]),
    ] as [([Weapon], [WeaponKind])])
    func countedSalvoBesideItsJets(_ weapons: [Weapon], _ expected: [WeaponKind]) {
        #expect(WeaponFolding.fold(weapons).map(\.kind) == expected)
    }

    /// The headline's air raids are not the weapons of an explosion told in the story.
    @Test func titleWeaponsJoinOnlyAFittingAct() {
        let got = Self.extract("غارات على المدينة بعد انفجار عبوة ناسفة",
                               "أصيب أربعة جنود الخميس بانفجار عبوة ناسفة استهدفت دوريتهم قرب الحدود.")
        #expect(got.count == 1)
        guard let f = got.first else { return }
        #expect(f.subEventType == SubEventType.remoteExplosive)
        #expect(Self.kinds(f) == [.ied], "\(f.weapons)")
    }

    /// "قصف جوي" names no aircraft, but an air strike is flown by them.
    @Test func airStrikeWithoutNamedAircraft() {
        let got = Self.extract("", "قتل خمسة مدنيين الخميس في قصف جوي استهدف سوقا شعبية في البلدة.")
        #expect(got.first?.subEventType == SubEventType.airDroneStrike)
        #expect(got.first.map(Self.kinds) == [.aircraft], "\(got.first?.weapons ?? [])")
    }

    /// An act whose type names its weapon keeps it when no device is named.
    @Test(arguments: [
        ("قتل خمسة أشخاص الخميس عندما قام أحد المهاجمين بتفجير نفسه عند بوابة المبنى. وقال المصدر إن أحد المهاجمين فجر نفسه عند البوابة.", SubEventType.suicideBomb, WeaponKind.suicideDevice),
        ("قتل ثلاثة أشخاص الخميس في انفجار هز سوقا شعبية وسط المدينة.", SubEventType.remoteExplosive, .explosiveUnspecified),
    ] as [(String, String, WeaponKind)])
    func weaponImpliedByTheAct(_ text: String, _ sub: String, _ kind: WeaponKind) {
        let got = Self.extract("", text)
        #expect(got.first?.subEventType == sub, "\(got.map(\.subEventType))")
        #expect(got.first.map(Self.kinds) == [kind], "\(got.first?.weapons ?? [])")
    }

    /// A blast the story then tells was a thrown hand grenade.
    @Test func blastOfAHandGrenade() {
        let got = Self.extract("", "قتل شخصان الخميس في انفجار وسط تجمع في العاصمة. وقالت الشرطة إن مجهولا ألقى قنبلة يدوية على الحشد.")
        #expect(got.first?.subEventType == SubEventType.grenade, "\(got.map(\.subEventType))")
    }

    /// Fighting on the ground with air cover: the battle lists no aircraft.
    @Test func battleListsNoAirPower() {
        let got = Self.extract("", "اندلعت الخميس اشتباكات عنيفة بين القوات الحكومية ومسلحين في محيط البلدة وسط غطاء من الطيران الحربي، ما أسفر عن مقتل عشرة مسلحين.")
        let battle = got.first { SubEventType.eventType(of: $0.subEventType) == EventType.battles }
        #expect(battle != nil, "\(got.map(\.subEventType))")
        #expect(battle.map { !Self.kinds($0).contains(.aircraft) } == true, "\(battle?.weapons ?? [])")
    }

    /// A strike told as "غارة" and then as the reconnaissance drone that flew it is one drone strike.
    @Test func strikeOfAReconnaissanceDrone() {
        let got = Self.extract("مقتل شاب بغارة شرقي المدينة",
                               "قتل شاب فجر الخميس في غارة قرب الحدود، بعد استهدافه بصاروخ من طائرة استطلاع، بحسب مصادر طبية.")
        #expect(got.first?.subEventType == SubEventType.airDroneStrike)
        #expect(got.first.map(Self.kinds) == [.drone], "\(got.first?.weapons ?? [])")
    }

    /// A suicide drone is a drone strike, not a suicide bomber.
    @Test func suicideDroneIsADroneStrike() {
        let got = Self.extract("", "هاجمت طائرة مسيرة مفخخة مطار المدينة الخميس في هجوم انتحاري دون وقوع إصابات.")
        #expect(got.first?.subEventType == SubEventType.airDroneStrike, "\(got.map(\.subEventType))")
        #expect(got.first.map(Self.kinds) == [.drone], "\(got.first?.weapons ?? [])")
    }

    @Test(arguments: [
        ("انفجارات أخرى أسقطت عشرات القتلى", true),
        ("الهجوم أسقط 12 قتيلا وعشرات الجرحى", true),
        ("أسقطت الدفاعات الجوية 3 طائرات مسيرة", false),
        ("أسقطت الدفاعات صاروخا باليستيا", false),
    ] as [(String, Bool)])
    func downingVerbOfAToll(_ text: String, _ toll: Bool) {
        let t = ArabicTokenizer.tokenize(text)
        let cue = EventLexicon.cues.matches(in: t).first { $0.payload == .disrupted }
        #expect(cue.map { EventLexicon.isTollVerb(t, $0) } == toll, "\(text)")
    }

    /// "أسقطت عشرات القتلى" said of earlier blasts does not make this blast an interception.
    @Test func blastComparedWithDeadlierOnes() {
        let got = Self.extract("", "قال مسؤولون إن انفجارا في العاصمة السبت أسفر عن مقتل ثلاثة أشخاص. "
                               + "ورغم أن هذا الانفجار يعد صغيرا مقارنة بانفجارات أخرى أسقطت عشرات القتلى، فإن الهجمات تقوض الثقة في الحكومة.")
        #expect(got.first?.subEventType == SubEventType.remoteExplosive, "\(got.map(\.subEventType))")
    }

    /// A bombardment of unnamed means under a headline of air raids is an air strike.
    @Test func bombardmentUnderAnAirRaidHeadline() {
        let got = Self.extract("ضربة جوية تستهدف مقرا للتنظيم قرب الحدود",
                               "أعلن الجيش قصف مقر لقيادة التنظيم داخل الأراضي المجاورة، الخميس، مضيفا أنه قتل عددا من المسلحين.")
        #expect(got.first?.subEventType == SubEventType.airDroneStrike, "\(got.map(\.subEventType))")
        #expect(got.first.map(Self.kinds) == [.aircraft], "\(got.first?.weapons ?? [])")
    }

    /// "نتيجة المعارك الدائرة": the war around a shelling does not make the shelling a battle.
    @Test(arguments: [
        ("أعلن الجيش الخميس قصف موقع عسكري بعد سقوط قذيفة في المنطقة العازلة نتيجة المعارك الدائرة بين الطرفين.", SubEventType.shellingArtilleryMissile),
        ("اندلعت الخميس معارك عنيفة بين الطرفين في محيط البلدة أسفرت عن مقتل عشرة مسلحين.", SubEventType.armedClash),
    ] as [(String, String)])
    func ongoingWarIsContext(_ text: String, _ sub: String) {
        let got = Self.extract("", text)
        #expect(got.first?.subEventType == sub, "\(got.map(\.subEventType))")
    }

    /// A workshop of explosives found and destroyed is a disrupted weapons use (foiled).
    @Test func cacheFoundIsADisruptedUse() {
        let got = Self.extract("", "قامت قوات الجيش الخميس بتدمير مخزن ومعمل لتصنيع العبوات الناسفة، عثر بداخلهما على 70 عبوة و60 قنبلة يدوية.")
        #expect(got.first?.subEventType == SubEventType.disruptedWeaponsUse, "\(got.map(\.subEventType))")
        #expect(got.first?.outcome == .foiled)
        #expect(got.first?.weapons.contains { $0.kind == .ied && $0.count.min == 70 } == true, "\(got.first?.weapons ?? [])")
    }

    /// Launchers an air strike hit are its target, not a cache.
    @Test func launcherHitByAirStrike() {
        let got = Self.extract("", "قصفت مقاتلات التحالف الخميس منصة إطلاق للصواريخ الباليستية في معسكر قرب العاصمة.")
        #expect(got.first?.subEventType == SubEventType.airDroneStrike, "\(got.map(\.subEventType))")
        #expect(got.first.map(Self.kinds) == [.aircraft], "\(got.first?.weapons ?? [])")
    }

    /// People named by the device they carry or plant ("ناقلي الأحزمة الناسفة"، "زارعي الألغام") are
    /// the ones an air strike hit: no suicide bombing or mine blast of their own, no device weapon.
    @Test(arguments: [
        "نفذت طائرات حربية الخميس ضربة جوية على موقع للتنظيم أسفرت عن قتل عدد من عناصره وآخرين من ناقلي الأحزمة الناسفة.",
        "استهدفت غارة جوية الخميس مجموعة من حاملي الأحزمة الناسفة قرب الحدود وقتلت خمسة منهم.",
        "قصفت مقاتلات التحالف الخميس تجمعا لزارعي الألغام في الصحراء.",
    ])
    func carriersOfDevicesAreTheStrikesTarget(_ text: String) {
        let got = Self.extract("", text)
        #expect(got.map(\.subEventType) == [SubEventType.airDroneStrike], "\(got.map(\.subEventType))")
        #expect(got.first.map(Self.kinds) == [.aircraft], "\(got.first?.weapons ?? [])")
    }

    /// Arms seized after a firefight are not the firefight's weapons.
    @Test func seizedArmsAreNotTheClashWeapons() {
        let got = Self.extract("", "قتل 12 مسلحا الخميس خلال تبادل لإطلاق النار مع القوات في شمال البلاد، وضبطت القوات 34 صاروخا وقذائف آر بي جي.")
        #expect(got.first?.subEventType == SubEventType.armedClash, "\(got.map(\.subEventType))")
        #expect(got.first.map { !Self.kinds($0).contains(.rocket) } == true, "\(got.first?.weapons ?? [])")
    }

    /// "وقف لإطلاق النار" is a ceasefire, not a shooting attack.
    @Test func ceasefireIsNotAShooting() {
        let got = Self.extract("", "أعلنت الفصائل الخميس التوصل إلى وقف لإطلاق النار إثر تصعيد تخللته غارات كثيفة على القطاع أسفرت عن مقتل شخصين.")
        #expect(got.allSatisfy { $0.subEventType != SubEventType.attack }, "\(got.map(\.subEventType))")
    }

    /// "قذيفة صاروخية … القذيفة": the bare shell told again is the rocket, not artillery.
    @Test func rocketShellToldAgain() {
        let got = Self.extract("", "أطلقت فصائل مسلحة قذيفة صاروخية الخميس على سوق شعبية في المدينة. وأدت القذيفة إلى مقتل 35 شخصا.")
        #expect(got.first.map(Self.kinds) == [.rocket], "\(got.first?.weapons ?? [])")
    }

    /// A story that names its missile ballistic once means it whenever it says "صاروخ".
    @Test func ballisticNamedOnceInTheStory() {
        let got = Self.extract("اعتراض صاروخ باليستي فوق المدينة",
                               "اعترضت الدفاعات الجوية الخميس صاروخا أطلقته الميليشيات باتجاه المدينة. وقال المتحدث إن الصاروخ كان يستهدف الأحياء السكنية.")
        #expect(got.first.map(Self.kinds) == [.ballisticMissile], "\(got.first?.weapons ?? [])")
    }

    /// Rockets stay rockets in a story with no ballistic missile.
    @Test func rocketsWithoutBallisticContext() {
        let got = Self.extract("", "أطلقت الفصائل الخميس صاروخا على مستوطنة قرب الحدود دون وقوع إصابات.")
        #expect(got.first.map(Self.kinds) == [.rocket], "\(got.first?.weapons ?? [])")
    }

    /// The rockets an air strike answered, told in a later sentence, are not the strike's weapons.
    @Test func laterSentencesGiveOnlyFittingWeapons() {
        let got = Self.extract("", "شنت طائرات حربية الخميس غارات على مواقع في القطاع أسفرت عن مقتل شخصين. "
                               + "وقال الجيش إن الفصائل أطلقت نحو 70 صاروخا وقذيفة هاون من القطاع على البلدات المجاورة.")
        #expect(got.first?.subEventType == SubEventType.airDroneStrike, "\(got.map(\.subEventType))")
        #expect(got.first.map(Self.kinds) == [.aircraft], "\(got.first?.weapons ?? [])")
    }
}
