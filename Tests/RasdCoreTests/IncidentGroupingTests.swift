import Foundation
import Testing
@testable import RasdCore

/// Which sentences and cues belong to which incident: an air strike split off a battle keeps the
/// claims named beside it; one remote act told twice with two act words is one incident.
@Suite struct IncidentGroupingTests {
    // MARK: air strikes split off a battle

    /// Whether an actor named in the sentence goes with its air-strike word rather than its battle word.
    @Test(arguments: [
        ("قتل عشرات المسلحين في مواجهات مع القوات الحكومية وغارات لمقاتلات التحالف في المديرية.", "مقاتلات التحالف", true),
        ("قتل عشرات المسلحين في مواجهات مع القوات الحكومية وغارات لمقاتلات التحالف في المديرية.", "القوات الحكومية", false),
        ("تدور معارك عنيفة في محيط المطار بعدما أطلقت القوات الحكومية عملية جديدة تحت غطاء جوي أمنته غارات التحالف.", "التحالف", true),
        ("قتل مسلحون بغارات طيران التحالف والمعارك العنيفة الدائرة جنوب المحافظة.", "طيران التحالف", true),
        ("قتل مسلحون بغارات طيران التحالف والمعارك العنيفة الدائرة جنوب المحافظة.", "مصدر غير مذكور", true),
    ])
    func actorNearerTheAirStrikes(_ text: String, _ actor: String, _ nearer: Bool) {
        let a = ExtractionFramingTests.analysis(text)
        #expect(NewsFraming.isNearer(actor: actor, to: .airStrike, than: .clash, in: a) == nearer, "\(actor) in \(text)")
    }

    @Test func theSplitOffAirStrikesKeepTheirSourceButNotTheGroundForce() throws {
        var a = ExtractionFramingTests.analysis("قتل عشرات المسلحين في مواجهات مع القوات الحكومية وغارات لمقاتلات التحالف في المديرية.")
        a.claims = [ClaimMention(status: .attributed, actor: "مقاتلات التحالف", text: "مقاتلات التحالف"),
                    ClaimMention(status: .attributed, actor: "القوات الحكومية", text: "القوات الحكومية")]
        let (ground, air) = try #require(NewsFraming.splitByType(a))
        #expect(air.claims.map(\.actor) == ["مقاتلات التحالف"])
        #expect(ground.claims.count == 2)
        #expect(air.casualties.isEmpty)
    }

    @Test func aStoryOfABattleAndAirStrikesCreditsTheAirStrikesToTheirAirForce() {
        let places = PlaceTable([
            (PlaceCandidate(nameAr: "نهم", kind: "county", admin1Ar: "صنعاء", country: "YE", population: 50_000), []),
        ])
        let got = IncidentExtractor(places: places).extract(StoryText(
            title: "", text: "قتل 12 مسلحا من الحوثيين الخميس في مواجهات مع القوات الحكومية وغارات لمقاتلات التحالف في مديرية نهم شرق صنعاء، وفق مصادر عسكرية.",
            published: RFC3339.parse("2018-02-22T07:00:00Z"), utcOffsetSeconds: 3 * 3600))
        let air = got.first { $0.subEventType == "Air/drone strike" }
        let battle = got.first { $0.subEventType == "Armed clash" }
        #expect(got.count == 2)
        #expect(air?.claim.status == .attributed)
        #expect(air?.claim.actor == "مقاتلات التحالف")
        #expect(battle?.casualties.killed.min == 12 && air?.casualties.killed.status == .notMentioned)
    }

    // MARK: one remote act told with two act words

    static func remote(_ sub: String, _ place: String, precision: Int, weapon: WeaponKind?, day: String = "2018-03-20",
                       admin1: String = "ريف دمشق", killed: Int = 29) -> IncidentFacts {
        IncidentFacts(eventType: "Explosions/Remote violence", subEventType: sub,
                      weapons: [Weapon(kind: weapon ?? .unknown)],
                      location: Location(nameAr: place, admin1Ar: admin1, country: "SY", precision: precision),
                      eventDate: EventDate(date: day, basis: .weekday),
                      casualties: Casualties(killed: Count(status: .reported, min: killed, max: killed)),
                      evidence: [Evidence(field: "event_type", quote: "\(sub) \(place)"), Evidence(field: "location", quote: place)])
    }

    static let air = "Air/drone strike", shelling = "Shelling/artillery/missile attack"

    /// (first telling, second telling, merged sub-type, merged place)
    @Test(arguments: [
        // "القصف … بدعم جوي روسي على الغوطة الشرقية … 29" then "قتل 29 مدنيا في قصف … استهدف مدينة دوما"
        (remote(air, "الغوطة الشرقية", precision: 3, weapon: .aircraft), remote(shelling, "دوما", precision: 1, weapon: nil), air, "دوما"),
        // the other way round: the later telling names the weapon ("غارات جوية")
        (remote(shelling, "دوما", precision: 1, weapon: nil), remote(air, "الغوطة الشرقية", precision: 3, weapon: .aircraft), air, "دوما"),
        // shells named in the second telling, the first only "قصف"
        (remote(air, "دوما", precision: 1, weapon: nil), remote(shelling, "دوما", precision: 1, weapon: .artillery), shelling, "دوما"),
        // "قصف … على سوق في محافظة صعدة" dated by the day the UN spoke, then "غارة جوية … الخميس في سوق ضحيان"
        (remote(shelling, "صعدة", precision: 3, weapon: nil, day: "2018-08-10", admin1: "صعدة"),
         remote(air, "ضحيان", precision: 1, weapon: .aircraft, day: "2018-08-09", admin1: "صعدة"), air, "ضحيان"),
    ])
    func oneRemoteActToldTwiceIsOne(_ first: IncidentFacts, _ second: IncidentFacts, _ sub: String, _ place: String) {
        let out = DuplicateIncidents.merged([first, second])
        #expect(out.count == 1)
        #expect(out.first?.subEventType == sub)
        #expect(out.first?.location?.nameAr == place)
        #expect(out.first?.casualties.killed.min == 29)
        #expect(out.first?.evidence.filter { $0.field == "event_type" }.count == 1)
        #expect(out.first?.eventDate?.date == min(first.eventDate!.date, second.eventDate!.date))
    }

    @Test(arguments: [
        remote(shelling, "حمص", precision: 1, weapon: nil, admin1: "حمص"),          // another governorate
        remote(shelling, "عربين", precision: 1, weapon: nil, day: "2018-03-19"),    // another town and day
        remote(shelling, "دوما", precision: 1, weapon: nil, killed: 30),            // another toll
        remote(shelling, "دوما", precision: 1, weapon: nil, killed: 2),             // too small a toll to identify an act
    ])
    func anotherRemoteActStaysApart(_ second: IncidentFacts) {
        let first = Self.remote(Self.air, "الغوطة الشرقية", precision: 3, weapon: .aircraft,
                                killed: second.casualties.killed.min == 2 ? 2 : 29)
        #expect(DuplicateIncidents.merged([first, second]).count == 2)
    }

    @Test func aBattleAndAStrikeWithOneTollStayApart() {
        var battle = Self.remote(Self.air, "دوما", precision: 1, weapon: nil)
        battle.eventType = "Battles"; battle.subEventType = "Armed clash"
        #expect(DuplicateIncidents.merged([battle, Self.remote(Self.shelling, "دوما", precision: 1, weapon: nil)]).count == 2)
    }
}

/// A subheading is the title of the section after it, not more about the incident told above it.
@Suite struct SectionHeadingTests {
    static func sentence(_ s: String, title: Bool = false) -> ArabicSentence {
        ArabicSentence(index: 3, text: s, tokens: ArabicTokenizer.tokenize(s), isTitle: title)
    }
    static let prose = sentence("وأفاد سكان أن القصف استمر طيلة الليل.")

    @Test(arguments: [
        ("تحت أنقاض دوما", true),
        ("مساعدات لنازحي عفرين", true),
        ("التحالف ينفي ويتهم الحوثيين", true),
        ("الأردن تدين التفجير الإرهابي في عسير", true),
        ("وأفاد المرصد أن القصف استمر طيلة الليل.", false),           // a sentence with its stop
        ("وانفجارات ضخمة في دمشق", false),                             // a caption's second line (و)
        ("فيما أعربت الحكومة عن قلقها", false),                         // a line carrying on (ف)
        ("قال مسؤول \"إن الوضع خطير\"", false),                         // ends on a quotation
        ("أعلنت الشرطة، في بيان لها", false),                            // a comma inside: prose cut short
        ("وفي مستشفى في المدينة نقل مراسل لوكالة الأنباء الفرنسية مشاهدته لطبيب وممرض", false),  // too long
    ])
    func subheading(_ text: String, _ heading: Bool) {
        #expect(SectionHeadings.isHeading(Self.sentence(text), after: Self.prose) == heading, "\(text)")
    }

    @Test func aShortLineInCopyWithoutStopsOrTheTitleIsNoSubheading() {
        #expect(!SectionHeadings.isHeading(Self.sentence("تحت أنقاض دوما", title: true), after: Self.prose))
        #expect(!SectionHeadings.isHeading(Self.sentence("لم تعلن أي جهة مسؤوليتها"), after: Self.sentence("وأفاد سكان أن القصف استمر طيلة الليل")))
        #expect(!SectionHeadings.isHeading(Self.sentence("تحت أنقاض دوما"), after: nil))
    }

    static let places = PlaceTable([
        (PlaceCandidate(nameAr: "دوما", kind: "locality", admin1Ar: "ريف دمشق", country: "SY", population: 100_000), []),
    ])

    static func extract(_ text: String) -> [IncidentFacts] {
        IncidentExtractor(places: places).extract(
            StoryText(title: "", text: text, published: RFC3339.parse("2018-03-21T07:00:00Z"), utcOffsetSeconds: 3 * 3600))
    }

    /// A claim told as a subheading is not the claim of the strike told above it; the same words
    /// as a sentence of the copy (closing on a stop) are.
    @Test(arguments: ["جيش الإسلام يتبنى", "تنظيم الدولة الإسلامية يتبنى"])
    func aSubheadingDoesNotCarryOnTheActAbove(_ line: String) {
        let act = "قتل 12 مدنيا الثلاثاء في قصف على مدينة دوما.\nوأفاد سكان أن القصف استمر طيلة الليل.\n"
        let rest = "\nوقال ناشطون إن المدينة تعيش أوضاعا صعبة."
        let got = Self.extract(act + line + rest)
        #expect(got.count == 1)
        #expect(got.first?.casualties.killed.min == 12)
        #expect(got.first?.claim.status == .notMentioned)
        #expect(Self.extract(act + line + "." + rest).first?.claim.status == .claimed)
    }
}
