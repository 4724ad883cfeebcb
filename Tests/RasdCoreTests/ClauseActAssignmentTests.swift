import Foundation
import Testing
@testable import RasdCore

/// Which act a casualty clause belongs to, in sentences and short stories that tell two acts (or
/// one act and a contrast): the same two facts told in the ways wire copy words them, each
/// asserting which incident gets which dead and wounded.
///
/// Expected outcomes are written per incident in text order as "place Kx Iy", where x and y are a
/// stated figure (with "+" for an open upper bound), "0" for a stated none, "-" for not mentioned.
@Suite struct ClauseActAssignmentTests {
    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "كفرنبل", kind: "locality", admin1Ar: "إدلب", country: "SY", population: 30_000), []),
        (PlaceCandidate(nameAr: "سراقب", kind: "locality", admin1Ar: "إدلب", country: "SY", population: 30_000), []),
        (PlaceCandidate(nameAr: "إدلب", kind: "region", country: "SY", population: 1_500_000), []),
        (PlaceCandidate(nameAr: "حلب", kind: "locality", admin1Ar: "حلب", country: "SY", population: 2_000_000), []),
        (PlaceCandidate(nameAr: "سديروت", kind: "locality", admin1Ar: "المنطقة الجنوبية", country: "IL", population: 30_000), []),
        (PlaceCandidate(nameAr: "رفح", kind: "locality", admin1Ar: "قطاع غزة", country: "PS", population: 170_000), []),
    ])
    static let extractor = IncidentExtractor(places: places)

    static func outcome(_ text: String, title: String = "") -> String {
        let got = extractor.extract(StoryText(title: title, text: text, published: RFC3339.parse("2024-08-08T09:00:00Z"),
                                              utcOffsetSeconds: 3 * 3600))
        return IncidentCasualtyOutline.of(got)
    }

    /// A strike that killed five in one town and shelling that wounded three in another city, told in
    /// one sentence joined by each contrast or co-ordination word, with the act told verb first,
    /// noun first, as a result clause, with digits and Arabic-Indic digits: each keeps its own toll.
    @Test(arguments: [
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، بينما أصيب ثلاثة آخرون في قصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، فيما أصيب ثلاثة آخرون في قصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، في حين أصيب ثلاثة آخرون في قصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، كما أصيب ثلاثة آخرون في قصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، وأصيب ثلاثة آخرون في قصف مدفعي على مدينة حلب.",
        "لقي خمسة مدنيين مصرعهم الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، بينما أصيب ثلاثة آخرون بقصف مدفعي على مدينة حلب.",
        "شنت طائرات حربية الخميس غارة على بلدة كفرنبل بريف إدلب أسفرت عن مقتل 5 مدنيين، فيما أدى قصف مدفعي على مدينة حلب إلى إصابة ٣ مدنيين.",
        "قتل 5 مدنيين الخميس بغارة جوية استهدفت كفرنبل في ريف إدلب، في حين أسفر قصف مدفعي على حلب عن إصابة ثلاثة.",
        "استهدفت غارة جوية الخميس بلدة كفرنبل في ريف إدلب ما أسفر عن مقتل خمسة مدنيين، وأصيب ثلاثة مدنيين بقصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل، وفي حلب أصيب ثلاثة مدنيين بقصف مدفعي.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، بينما جرح ثلاثة مدنيين آخرين جراء قصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، وفي مدينة حلب أصيب ثلاثة مدنيين بقصف مدفعي.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، في حين أصيب ثلاثة إثر سقوط قذائف على حي في مدينة حلب.",
    ])
    func aContrastClauseKeepsItsOwnToll(_ text: String) {
        #expect(Self.outcome(text) == "كفرنبل K5 I- | حلب K- I3", "\(text)")
    }

    /// The same two acts told in two sentences, the second opened by a scene or transition word.
    @Test(arguments: [
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. أما في حلب فقد أصيب ثلاثة مدنيين في قصف مدفعي على المدينة.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. وفي حلب، أصيب ثلاثة مدنيين بقصف مدفعي.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. إلى ذلك، أصيب ثلاثة مدنيين بقصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. من جهة أخرى، أصيب ثلاثة مدنيين بقصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. كما أصيب ثلاثة مدنيين بقصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. وأصيب ثلاثة آخرون في قصف مدفعي على مدينة حلب.",
        "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. في غضون ذلك، أصيب ثلاثة مدنيين بقصف مدفعي على مدينة حلب.",
    ])
    func aSecondSentenceKeepsItsOwnToll(_ text: String) {
        #expect(Self.outcome(text) == "كفرنبل K5 I- | حلب K- I3", "\(text)")
    }

    /// A clause saying the other act hurt no one: the none is that act's, the toll stays with the first.
    @Test(arguments: [
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، بينما قصفت قوات النظام مدينة حلب دون وقوع إصابات.",
         "كفرنبل K5 I- | حلب K0 I0"),
        ("شنت طائرات حربية غارة على بلدة كفرنبل في ريف إدلب الخميس أسفرت عن مقتل خمسة مدنيين، بينما لم تسفر غارة أخرى على مدينة سراقب عن إصابات.",
         "كفرنبل K5 I- | سراقب K0 I0"),
        ("أصيب ثلاثة جنود إسرائيليين الخميس بقذيفة صاروخية سقطت في سديروت، فيما شنت طائرات إسرائيلية غارات على رفح دون أن تسفر عن إصابات.",
         "سديروت K- I3 | رفح K0 I0"),
        ("قصفت طائرات إسرائيلية الخميس موقعا في رفح، فيما سقطت قذيفة صاروخية على سديروت ما أدى إلى إصابة جنديين.",
         "رفح K- I- | سديروت K- I2"),
        ("أصيب جنديان إسرائيليان الخميس بقذيفة هاون سقطت قرب سديروت، وردا على ذلك قصفت دبابات إسرائيلية موقعا في رفح.",
         "سديروت K- I2 | رفح K- I-"),
    ])
    func theOtherSidesActKeepsItsNone(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// One act told in two clauses (the same place, its governorate, or no place at all) stays one
    /// incident with both figures; dead "in other areas" are not its toll (a stated figure of them is an
    /// incident of its own in the wider area: OtherAreasTollTests).
    @Test(arguments: [
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، فيما أصيب ثلاثة آخرون.", "كفرنبل K5 I3"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب، بينما أصيب ثلاثة آخرون في الغارة ذاتها.", "كفرنبل K5 I3"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل، فيما أصيب ثلاثة آخرون في غارة على ريف إدلب.", "كفرنبل K5 I3"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل، بينما أصيب ثلاثة آخرون في البلدة.", "كفرنبل K5 I3"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل في ريف إدلب. وقال الدفاع المدني إن الغارة على ريف إدلب أسفرت عن مقتل خمسة مدنيين.",
         "كفرنبل K5 I-"),
        ("قتل خمسة مدنيين الخميس في غارات جوية على بلدة كفرنبل في ريف إدلب، وقتل آخرون في مناطق أخرى من المحافظة.", "كفرنبل K5 I-"),
        ("قتل خمسة مدنيين الخميس في غارات جوية على بلدة كفرنبل في ريف إدلب، وقتل ثلاثة آخرون في مناطق أخرى من المحافظة.", "كفرنبل K5 I- | إدلب K3 I-"),
        ("قتل خمسة مدنيين الخميس في غارات جوية على بلدة كفرنبل في ريف إدلب، فيما قتل ثلاثة آخرون في بلدات أخرى.", "كفرنبل K5 I- | إدلب K3 I-"),
        ("قتل خمسة مدنيين الخميس في غارات جوية على بلدة كفرنبل في ريف إدلب. وقتل ثلاثة آخرون في قرى أخرى بالمحافظة.", "كفرنبل K5 I- | إدلب K3 I-"),
        // "مناطق متفرقة" of the act's own place is its own spread: the dead besides are its own
        ("قتل خمسة مدنيين الخميس في غارات جوية على بلدة كفرنبل، وأصيب عشرة آخرون في مناطق متفرقة من البلدة.", "كفرنبل K5 I10"),
        ("أفاد المرصد بوقوع غارتين على بلدة كفرنبل، فضلا عن مقتل امرأة وإصابة 7 مدنيين جراء قصف مدفعي استهدف مدينة سراقب.",
         "كفرنبل K- I- | سراقب K1 I7"),
    ])
    func oneActToldInTwoClausesStaysOne(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// A toll split between acts: "أما القتيل السادس فقضى في …" moves one of the dead to another act;
    /// "وقتل ثلاثة آخرون في …" at another place is the other act's own toll, not added to the first.
    @Test(arguments: [
        ("قتل خمسة مدنيين الخميس في غارات جوية على بلدتي كفرنبل وسراقب في ريف إدلب. أما القتيل السادس فقضى في قصف مدفعي على مدينة حلب.",
         "كفرنبل K5 I- | حلب K1 I-"),
        ("قتل خمسة مدنيين الخميس في غارات جوية على بلدة كفرنبل في ريف إدلب، وقتل ثلاثة آخرون في قصف مدفعي على مدينة حلب.",
         "كفرنبل K5 I- | حلب K3 I-"),
        ("قتل ما لا يقل عن خمسة مدنيين الخميس في غارات جوية على بلدة كفرنبل، وقتل نحو ثلاثة آخرين في قصف مدفعي على مدينة حلب.",
         "كفرنبل K5+ I- | حلب K3 I-"),
        ("قتل خمسة مدنيين الخميس في غارة على كفرنبل بينما قضى ثلاثة آخرون في قصف صاروخي على مدينة حلب.",
         "كفرنبل K5 I- | حلب K3 I-"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، فيما قضى ٣ آخرون بقصف صاروخي استهدف مدينة حلب.",
         "كفرنبل K5 I- | حلب K3 I-"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، كما قتل ثلاثة آخرون وأصيب ستة بقصف مدفعي على مدينة حلب.",
         "كفرنبل K5 I- | حلب K3 I6"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، فيما أسفر قصف مدفعي على حلب عن مقتل ثلاثة وإصابة ستة.",
         "كفرنبل K5 I- | حلب K3 I6"),
        // the other act named by no act word: its dead are not the first act's
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، بينما قتل ثلاثة آخرون بنيران قناص في مدينة حلب.",
         "كفرنبل K5 I-"),
        // … but the wounded taken to a hospital elsewhere are still the act's
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل، فيما أصيب ثلاثة آخرون نقلوا إلى مستشفى في مدينة حلب.",
         "كفرنبل K5 I3"),
        // the act just told named again by a definite noun, and another place's dead in its later clause
        ("استهدفت غارة جوية الخميس بلدة كفرنبل. وقتل في الغارة ثلاثة مدنيين، فيما قتل مدنيان آخران في سراقب.",
         "كفرنبل K3 I-"),
        ("قتل ثلاثة مدنيين الخميس في غارة جوية على كفرنبل. كما قتل مدنيان في غارة على سراقب.",
         "كفرنبل K3 I- | سراقب K2 I-"),
        ("قتل ثلاثة مدنيين الخميس في كفرنبل و2 في سراقب جراء غارات جوية.",
         "كفرنبل K3 I- | سراقب K2 I-"),
        // the same place on another day
        ("قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، فيما قتل ثلاثة مدنيين الأربعاء في قصف على البلدة نفسها.",
         "كفرنبل K5 I- | كفرنبل K3 I-"),
        ("قتل خمسة مدنيين الخميس في غارة جوية على كفرنبل. وقتل ثلاثة مدنيين الأربعاء في قصف على كفرنبل.",
         "كفرنبل K5 I- | كفرنبل K3 I-"),
    ])
    func aTollSplitBetweenActs(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// A sentence after two acts at two places that tells, clause by clause, each place's toll
    /// (or that it had none): each clause's toll goes to the act at its place, in either order,
    /// whether the sentence tells an act of its own or not.
    @Test(arguments: [
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. ولم يبلغ عن إصابات في سديروت، في حين قتل فلسطيني في رفح.",
         "سديروت K0 I0 | رفح K1 I-"),
        ("سقطت قذيفة صاروخية على سديروت الخميس. وردت طائرات إسرائيلية بغارة على رفح. وقتل فلسطيني في رفح، بينما لم تقع إصابات في سديروت.",
         "سديروت K0 I0 | رفح K1 I-"),
        ("شنت طائرات إسرائيلية غارة على رفح الخميس، وردا على ذلك سقطت قذيفة صاروخية على سديروت. وأصيب ثلاثة إسرائيليين في سديروت، فيما قتل فلسطيني في رفح.",
         "رفح K1 I- | سديروت K- I3"),
        ("شنت طائرات إسرائيلية الخميس غارات على رفح. وأصيب ثلاثة جنود إسرائيليين بجروح جراء سقوط قذيفة صاروخية على سديروت، بينما لم يعلن عن إصابات في رفح.",
         "رفح K? I? | سديروت K- I3"),
        // one act: the clauses' places are one scene
        ("سقطت قذيفة صاروخية على سديروت الخميس. وأصيب ثلاثة إسرائيليين بجروح طفيفة، بينما عولج آخرون من الهلع في سديروت.",
         "سديروت K- I3"),
    ])
    func eachClausesTollGoesToTheActAtItsPlace(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    /// A headline telling both acts (with a colon, no verb) gives each its own toll; one telling
    /// only the first act leaves the second its own.
    @Test(arguments: [
        ("سوريا: مقتل 5 مدنيين بغارة على كفرنبل وإصابة 3 بقصف على حلب",
         "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، بينما أصيب ثلاثة آخرون بقصف مدفعي على مدينة حلب."),
        ("مقتل 5 مدنيين بغارة على كفرنبل وإصابة 3 بقصف على حلب",
         "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب. وفي حلب، أصيب ثلاثة مدنيين بقصف مدفعي."),
        ("مقتل 5 مدنيين بغارة على كفرنبل",
         "قتل خمسة مدنيين الخميس في غارة جوية على بلدة كفرنبل بريف إدلب، بينما أصيب ثلاثة آخرون بقصف مدفعي على مدينة حلب."),
    ])
    func aHeadlineOfBothActsGivesEachItsToll(_ title: String, _ text: String) {
        #expect(Self.outcome(text, title: title) == "كفرنبل K5 I- | حلب K- I3", "\(title)")
    }

    static func salvo(_ place: String, rockets: Int, injured: Count = Count(), day: String = "2024-08-08") -> IncidentFacts {
        IncidentFacts(eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack",
                      weapons: [Weapon(kind: .rocket, count: Count(status: .reported, min: rockets, max: rockets))],
                      location: Location(nameAr: place, admin1Ar: "الأنبار", country: "IQ", precision: 1),
                      eventDate: EventDate(date: day, basis: .weekday), casualties: Casualties(injured: injured))
    }

    /// One salvo told twice, at a base and then at its district ("سقوط ثلاثة صواريخ في قضاء هيت"):
    /// the same number (three or more) of one weapon in one governorate on one day is one act,
    /// unless the tellings state different tolls or another day.
    @Test(arguments: [
        (salvo("عين الأسد", rockets: 3), salvo("هيت", rockets: 3), 1),
        (salvo("عين الأسد", rockets: 3, injured: Count(status: .none)), salvo("هيت", rockets: 3), 1),
        (salvo("عين الأسد", rockets: 3), salvo("هيت", rockets: 4), 2),
        (salvo("عين الأسد", rockets: 2), salvo("هيت", rockets: 2), 2),
        (salvo("عين الأسد", rockets: 3), salvo("هيت", rockets: 3, day: "2024-08-07"), 2),
        (salvo("عين الأسد", rockets: 3, injured: Count(status: .reported, min: 2, max: 2)),
         salvo("هيت", rockets: 3, injured: Count(status: .reported, min: 5, max: 5)), 2),
    ])
    func oneSalvoToldTwice(_ a: IncidentFacts, _ b: IncidentFacts, _ incidents: Int) {
        #expect(DuplicateIncidents.merged([a, b]).count == incidents)
    }

    /// Where the later clause opens, and where no clause of its own opens.
    @Test(arguments: [
        ("قتل خمسة مدنيين في غارة على كفرنبل، فيما يتعلق بالقصف على حلب قال المرصد إنه مستمر.", false),
        ("قتل خمسة مدنيين في غارة على كفرنبل، بينما أصيب ثلاثة في قصف على حلب.", true),
        ("أسفرت غارة على كفرنبل عن مقتل خمسة وإصابة ثلاثة في قصف على حلب.", false),
        ("مقتل خمسة مدنيين في غارة على كفرنبل وإصابة ثلاثة بقصف على حلب.", true),
        ("أسفر قصف على كفرنبل عن مقتل امرأة وإصابة ثلاثة في حلب.", false),
    ])
    func clauseBoundary(_ text: String, _ opens: Bool) {
        let a = SentenceAnalyzer(lookup: Self.places).analyze(
            ArabicSentence(index: 1, text: text, tokens: ArabicTokenizer.tokenize(text), isTitle: false),
            publication: ExtractionFramingTests.pub, deep: true)
        #expect((NewsFraming.contrastBoundary(a) != nil) == opens, "\(text)")
    }
}
