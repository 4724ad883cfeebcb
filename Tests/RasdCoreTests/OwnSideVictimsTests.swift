import Foundation
import Testing
@testable import RasdCore

/// Whose casualties belong to an air strike or shelling in two-side stories: soldiers and fighters
/// named by the firing side's nisba or force name are not that act's victims (they are the other
/// act's, or no act's told here) unless the story says the fire was their own; the other side's
/// victims and civilians of any nationality stay the act's. A paraphrase matrix over Israel/Gaza,
/// Iraq army/ISIS, coalition/Houthis, Syria/opposition and Turkey/Kurdish groups.
///
/// Expected outcomes are written per incident in text order as "place Kx Iy" (see
/// ClauseActAssignmentTests): a stated figure, "0" for a stated none, "-" for not mentioned, "?" unknown.
@Suite struct OwnSideVictimsTests {
    static func town(_ name: String, _ admin1: String, _ country: String) -> (PlaceCandidate, [String]) {
        (PlaceCandidate(nameAr: name, kind: "locality", admin1Ar: admin1, country: country, population: 50_000), [])
    }
    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "قطاع غزة", kind: "region", country: "PS", population: 2_000_000), []),
        town("رفح", "قطاع غزة", "PS"), town("سديروت", "المنطقة الجنوبية", "IL"), town("الرمادي", "الأنبار", "IQ"),
        town("كركوك", "كركوك", "IQ"), town("صنعاء", "أمانة العاصمة", "YE"), town("جازان", "جازان", "SA"),
        town("منبج", "حلب", "SY"), town("عفرين", "حلب", "SY"), town("كفرنبل", "إدلب", "SY"), town("مأرب", "مأرب", "YE"),
        town("بغداد", "بغداد", "IQ"),
    ])
    static let extractor = IncidentExtractor(places: places)

    static func outcome(_ text: String) -> String {
        let got = extractor.extract(StoryText(title: "", text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"),
                                              utcOffsetSeconds: 3 * 3600))
        return IncidentCasualtyOutline.of(got)
    }

    /// The firing side's own soldiers wounded or killed, told after its strike in the ways wire copy
    /// words it (verb first, verbal noun, "N من الجنود", dual, digits, Arabic-Indic digits, a later
    /// sentence, a pluperfect, a headline-style "ردا على إصابة"): not the strike's toll.
    @Test(arguments: [
        ("قصف الجيش الإسرائيلي مواقع في رفح، وأصيب جنديان إسرائيليان بجروح.", "رفح K- I-"),
        ("قصف الجيش الإسرائيلي مواقع في رفح، وأصيب 3 جنود إسرائيليين بجروح.", "رفح K- I-"),
        ("قصف الجيش الإسرائيلي مواقع في رفح، وأصيب ٣ جنود إسرائيليين بجروح.", "رفح K- I-"),
        ("قصف الجيش الإسرائيلي مواقع في رفح، فيما أصيب ثلاثة من الجنود الإسرائيليين.", "رفح K- I-"),
        ("قصف الجيش الإسرائيلي مواقع في رفح، وأعلن عن إصابة ثلاثة جنود إسرائيليين.", "رفح K- I-"),
        ("شنت طائرات إسرائيلية غارات على رفح، وأصيب جندي إسرائيلي بجروح طفيفة.", "رفح K- I-"),
        ("شنت طائرات إسرائيلية غارات على رفح. وكان ثلاثة جنود إسرائيليين قد أصيبوا بجروح.", "رفح K- I-"),
        ("شنت طائرات إسرائيلية غارات على رفح. وأصيب ثلاثة جنود إسرائيليين بجروح، فيما لم يعلن عن إصابات في رفح.", "رفح K? I?"),
        ("شن الجيش الإسرائيلي غارات على رفح ردا على صواريخ أطلقت من القطاع. وأصيب ثلاثة جنود إسرائيليين بجروح بينما لم يتم الإعلان عن سقوط ضحايا في رفح.",
         "رفح K? I?"),
        ("شنت طائرات إسرائيلية غارات على رفح ردا على إصابة ثلاثة جنود إسرائيليين بقذيفة.", "رفح K- I-"),
        ("شن الطيران العراقي غارات على مواقع داعش في الرمادي، وقتل ثلاثة جنود عراقيين.", "الرمادي K- I-"),
        ("قصفت القوات العراقية مواقع داعش في الرمادي، وقتل عنصران من الحشد الشعبي.", "الرمادي K- I-"),
        ("قصفت القوات العراقية مواقع لتنظيم داعش في الرمادي، وقتل ثلاثة جنود عراقيين في هجوم للتنظيم.", "الرمادي K- I-"),
        ("شن طيران التحالف غارات على صنعاء، وقتل خمسة جنود سعوديين.", "صنعاء K- I-"),
        ("شن طيران التحالف غارات على صنعاء، وقتل جنديان سعوديان.", "صنعاء K- I-"),
        ("قصفت ميليشيا الحوثي مواقع الجيش اليمني في مأرب، وقتل ثلاثة من عناصر الحوثي.", "مأرب K- I-"),
                        ("قصفت قوات النظام بلدة كفرنبل، وقتل ثلاثة من عناصر قوات النظام في هجوم للمعارضة.", "كفرنبل K- I-"),
    ])
    func theFiringSidesOwnSoldiersAreNotItsVictims(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// The other side's fighters, the struck side's people and civilians of any nationality are
    /// the act's own victims; so are the firing side's soldiers when the story says the fire was
    /// their own.
    @Test(arguments: [
        ("شنت طائرات إسرائيلية غارات على رفح أسفرت عن مقتل فلسطينيين اثنين.", "رفح K2 I-"),
        ("أغارت طائرات إسرائيلية على رفح أسفرت عن مقتل فلسطينيين اثنين، وأصيب جندي إسرائيلي.", "رفح K2 I-"),
        ("شن طيران التحالف غارات على صنعاء، وقتل خمسة من مسلحي الحوثي.", "صنعاء K5 I-"),
        ("قصفت القوات العراقية مواقع داعش في الرمادي، ما أسفر عن مقتل عشرة من عناصر التنظيم.", "الرمادي K10 I-"),
        ("قصفت القوات العراقية مواقع داعش في الرمادي، ما أسفر عن مقتل عشرة عناصر من داعش.", "الرمادي K10 I-"),
                        ("قصفت قوات النظام مدينة كفرنبل، ما أسفر عن مقتل خمسة مدنيين سوريين.", "كفرنبل K5 I-"),
        ("قصفت ميليشيا الحوثي مواقع الجيش اليمني في مأرب، وقتل ثلاثة جنود.", "مأرب K3 I-"),
        ("قتل جنديان إسرائيليان في قصف إسرائيلي على رفح بنيران صديقة.", "رفح K2 I-"),
        ("قصفت مدفعية إسرائيلية مواقع في رفح، وقتل جندي إسرائيلي عن طريق الخطأ بنيران القصف.", "رفح K1 I-"),
        ("قصف الجيش الإسرائيلي مواقع في رفح، ولم يصب أي جندي إسرائيلي، بينما قتل فلسطينيان.", "رفح K2 I-"),
    ])
    func theOtherSidesAndCiviliansStayTheActs(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// Two acts of two sides at two places: the soldiers hit by the other side's rockets are that
    /// act's, in either order and whichever word joins the clauses; the strike keeps its own.
    @Test(arguments: [
        ("شنت طائرات إسرائيلية غارات على رفح. وأصيب ثلاثة جنود إسرائيليين بجروح جراء سقوط قذيفة على سديروت.", "رفح K- I- | سديروت K- I3"),
        ("شنت طائرات إسرائيلية غارات على رفح، بينما أصيب ثلاثة جنود إسرائيليين بقذيفة صاروخية سقطت في سديروت.", "رفح K- I- | سديروت K- I3"),
        ("أصيب ثلاثة جنود إسرائيليين بقذيفة صاروخية سقطت في سديروت، وردا على ذلك شنت طائرات إسرائيلية غارات على رفح.", "سديروت K- I3 | رفح K- I-"),
        ("أطلقت حماس صواريخ على سديروت، ولم يصب أي إسرائيلي، فيما ردت إسرائيل بغارات على رفح أسفرت عن مقتل فلسطيني.", "سديروت K- I- | رفح K1 I-"),
    ])
    func theOtherSidesActKeepsTheSoldiers(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// The soldiers told in a sentence of the strike's (no act word, no place of their own) go to
    /// the one other act told in their country by a force not theirs; with no such act, to none.
    @Test(arguments: [
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وأصيب جنديان إسرائيليان.",
         "سديروت K- I2 | رفح K- I-"),
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وأصيب جنديان إسرائيليان، بينما قتل فلسطيني.",
         "سديروت K- I2 | رفح K1 I-"),
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وأصيب ٣ جنود إسرائيليين بجروح طفيفة.",
         "سديروت K- I3 | رفح K- I-"),
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وقتل جندي إسرائيلي وأصيب اثنان آخران.",
         "سديروت K1 I2 | رفح K- I-"),
        ("شنت طائرات إسرائيلية غارة على رفح الخميس. وأصيب جنديان إسرائيليان.", "رفح K- I-"),
    ])
    func theSoldiersGoToTheOtherSidesAct(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// Turkey and the Kurdish groups (the act's place is left out: a Turkish force's act in a Syrian
    /// town is placed by PlaceRules, not asserted here): only the figures.
    @Test(arguments: [
        ("قصف الجيش التركي مواقع قسد في منبج، وقتل جنديان تركيان.", "K- I-"),
        ("قصف الجيش التركي مواقع قسد في منبج، وقتل 2 من الجنود الأتراك.", "K- I-"),
        ("قصفت المدفعية التركية مواقع قسد في منبج، وأصيب ثلاثة جنود أتراك.", "K- I-"),
        ("قصف الجيش التركي مواقع قسد في منبج، ما أسفر عن مقتل خمسة مقاتلين من قسد.", "K5 I-"),
        ("قصف الجيش التركي مواقع قسد في منبج، ما أسفر عن مقتل خمسة من مقاتلي قسد.", "K5 I-"),
        ("قصف الجيش التركي مواقع قسد في منبج، ما أسفر عن مقتل خمسة عناصر من وحدات حماية الشعب.", "K5 I-"),
    ])
    func turkeyAndTheKurdishGroups(_ text: String, _ expected: String) {
        #expect(Self.outcome(text).split(separator: " ").dropFirst().joined(separator: " ") == expected, "\(text)")
    }

    /// A clause naming its side by its country ("في إسرائيل"، "داخل إسرائيل") after both acts are
    /// told: its toll (or its none) is the act's in that country, in either clause order.
    @Test(arguments: [
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. ولم تقع إصابات في إسرائيل، بينما قتل فلسطيني في قطاع غزة.",
         "سديروت K0 I0 | رفح K1 I-"),
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وقتل فلسطيني في قطاع غزة، فيما لم يبلغ عن إصابات في إسرائيل.",
         "سديروت K0 I0 | رفح K1 I-"),
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وقتل فلسطيني في رفح، في حين لم تقع إصابات داخل إسرائيل.",
         "سديروت K0 I0 | رفح K1 I-"),
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وأصيب جنديان في إسرائيل، بينما قتل فلسطيني في قطاع غزة.",
         "سديروت K- I2 | رفح K1 I-"),
    ])
    func aClauseNamingItsCountryGoesToTheActThere(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// The attacker killed with his victims is not a second incident and takes no toll of theirs.
    @Test(arguments: [
        ("فجر انتحاري حزامه الناسف في سوق ببغداد ما أسفر عن مقتل عشرة أشخاص. وقتل الانتحاري في الانفجار.", "بغداد K10 I-"),
        ("فجر انتحاري حزامه الناسف في سوق ببغداد ما أسفر عن مقتل عشرة أشخاص وإصابة 20 آخرين، وقتل المهاجم.", "بغداد K10 I20"),
        ("قتل عشرة أشخاص بتفجير انتحاري في سوق ببغداد، كما قتل منفذ الهجوم.", "بغداد K10 I-"),
        ("فجر انتحاري نفسه في سوق ببغداد ما أدى إلى مقتل عشرة مدنيين وقتل الانتحاري.", "بغداد K10 I-"),
    ])
    func theAttackerIsNotASecondIncident(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// The pieces: the victims' side read from the words after the toll's cue.
    @Test(arguments: [
        ("وأصيب ثلاثة جنود إسرائيليين بجروح", "Israel"), ("مقتل جنديين تركيين", "Turkey"), ("وقتل 2 من الجنود الأتراك", "Turkey"),
        ("مقتل عنصرين من الحشد الشعبي", "PMF"), ("مقتل خمسة من مسلحي الحوثي", "Houthis"), ("مقتل خمسة مدنيين سوريين", nil),
        ("مقتل فلسطينيين اثنين، وأصيب جندي إسرائيلي", nil),
    ] as [(String, String?)])
    func victimSide(_ text: String, _ side: String?) {
        let s = ArabicSentence(index: 0, text: text, tokens: ArabicTokenizer.tokenize(text), isTitle: false)
        let a = SentenceAnalyzer(lookup: Self.places).analyze(s, publication: CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600),
                                                               deep: true)
        #expect(a.casualties.first.flatMap { OwnSideVictims.victimSide(a, at: $0.start) } == side, "\(text)")
    }

    /// "وأصيب اثنان آخران" after a side's dead: the others are of that side; after civilians, of none.
    @Test(arguments: [
        ("وقتل جندي إسرائيلي وأصيب اثنان آخران", "Israel"), ("مقتل جنديين تركيين وإصابة ثلاثة آخرين", "Turkey"),
        ("وقتل مدني وأصيب اثنان آخران", nil),
    ] as [(String, String?)])
    func theOthersAreOfTheSideBefore(_ text: String, _ side: String?) {
        let s = ArabicSentence(index: 0, text: text, tokens: ArabicTokenizer.tokenize(text), isTitle: false)
        let a = SentenceAnalyzer(lookup: Self.places).analyze(s, publication: CivilTime(RFC3339.parse("2024-08-08T09:00:00Z")!, offsetSeconds: 3 * 3600),
                                                               deep: true)
        #expect(a.casualties.count == 2, "\(text)")
        #expect(a.casualties.last.flatMap { OwnSideVictims.victimSide(a, at: $0.start) } == side, "\(text)")
    }
}
