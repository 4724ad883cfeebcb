import Testing
@testable import RasdCore

/// A force's account of "the air strike" itself ("وقال الجيش إن الضربة الجوية التي نفذت الثلاثاء
/// استهدفت …") is its claim when the story names no other doer for that strike; a doer named in
/// the clause, a front's report of strikes and battles, or the police telling of a crime is not.
@Suite("Claim: a force's account of the strike")
struct ClaimStrikeAccountTests {
    static func tokens(_ s: String) -> [ArabicToken] { ArabicTokenizer.tokenize(s) }

    /// Words after the speaker (from token 2, after "وقال الجيش").
    @Test(arguments: [
        ("وقال الجيش إن الضربة الجوية التي نفذت الثلاثاء استهدفت مناطق بشمال العراق", true),
        ("وقال الجيش إن الغارة كانت ردا على تسلل مسلحين عبر الحدود", true),
        ("وقال الجيش إن الغارات دمرت 16 هدفا", true),
        // a doer named on the strike
        ("وقال الجيش إن الغارة الإسرائيلية استهدفت موقعا للجيش", false),
        ("وقال الجيش إن الغارة للتحالف استهدفت موقعا", false),
        // strikes and battles: a front's report
        ("وأفاد الجيش أن الغارات العنيفة والمعارك الميدانية أوقعت عشرات القتلى", false),
        // an indefinite strike, or no strike first in the clause
        ("وقال الجيش إن غارة استهدفت موقعا", false),
        ("وقال الجيش إن مسلحين هاجموا موقعا", false),
    ])
    func accountOfTheAirStrike(_ text: String, _ expected: Bool) {
        #expect(SpeakerOwnAct.accountOfAirStrike(Self.tokens(text), from: 2) == expected, "\(text)")
    }

    @Test(arguments: [
        ("وقال الجيش التركي إن الضربة الجوية التي نفذت الثلاثاء استهدفت مناطق بشمال العراق ودمرت 16 هدفا", Claim.Status.claimed),
        ("وقال الجيش الإسرائيلي إن الغارة كانت ردا على تسلل فلسطينيين عبر الحدود", .claimed),
        // the police tell of a crime, not of a strike of theirs
        ("وقالت الشرطة إن الهجوم استهدف حشدا في وسط المدينة", .notMentioned),
        // a front's report of strikes and battles
        ("وأفاد الجيش اليمني أن الغارات العنيفة والمعارك الميدانية أوقعت عشرات القتلى", .notMentioned),
    ] as [(String, Claim.Status)])
    func claimWithNoDoerNamed(_ text: String, _ status: Claim.Status) {
        let c = ClaimReading.claim(text)
        #expect(c.status == status, "\(text): \(c)")
    }

    /// "ونقلت سانا عن مصدر عسكري قوله إن طائرات إسرائيلية أطلقت …": the source names the doer by its
    /// arm and nisba, its words cited after "قوله" further than a plain "قال … إن".
    @Test(arguments: [
        ("ونقلت وكالة الأنباء السورية الرسمية عن مصدر عسكري قوله إن طائرات إسرائيلية أطلقت عدة صواريخ على المطار", Claim.Status.attributed, "إسرائيلية"),
        ("وقال مصدر عسكري إن مقاتلات روسية قصفت البلدة", .attributed, "روسية"),
        // the nisba names the victims' side, not an arm of a force
        ("وقال مصدر عسكري إن مدنيين سوريين قتلوا في القصف", .notMentioned, nil),
    ] as [(String, Claim.Status, String?)])
    func sourceNamesTheArmByItsNisba(_ text: String, _ status: Claim.Status, _ actor: String?) {
        let c = ClaimReading.claim(text)
        #expect(c.status == status && c.actor == actor, "\(text): \(c)")
    }
}
