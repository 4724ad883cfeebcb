import Foundation
import Testing
@testable import RasdCore

/// The forms the last round's toll and status matrices left unread: rarer bound words ("أزيد من"،
/// "في الأقل"، "كحد أدنى"، "ما يربو على"), two sources giving close figures for one act, a toll
/// added in a later sentence, and status idioms ("فارق الحياة"، "أصابوه بجروح"، "يجري التحقق").
/// Same reading notation as `TollParaphraseTests`: "5-5" reported 5…5, "5-" at least 5, else a status.
/// Still missed, so left out of the tables and listed in the branch's report: a second source's bare
/// figure with no people noun ("فيما أفاد المرصد بمقتل 7"), a figure given as the predicate of a
/// toll noun ("سقوط ضحايا، والقتلى ثلاثة"), and a toll added in a SEPARATE sentence ("… . كما قتل في
/// الهجوم مدنيان"); the same addition inside one sentence ("، كما قتل مدنيان") is read.
/// The spans are written for these tests in the style of wire copy, never copied from the corpus.
@Suite struct TollLeftoverParaphraseTests {
    static func check(_ story: String, killed: String, injured: String) {
        TollParaphraseTests.check(story, killed: killed, injured: injured)
    }

    /// Floors and roundings in their rarer spellings: Maghrebi "أزيد من"، "في الأقل"، "كحد أدنى"،
    /// "على أقل تقدير"، the joined "لايقل"، "ما يربو على/عن"، "ما ينيف على"، "ما يناهز".
    @Test(arguments: [
        ("قتل أزيد من 10 أشخاص في غارة جوية على مدينة حلب.", "11-", "*"),
        ("مقتل أزيد من عشرة أشخاص في غارة جوية على مدينة حلب.", "11-", "*"),
        ("مقتل ما يزيد على 10 أشخاص في غارة جوية على مدينة حلب.", "11-", "*"),
        ("قتل 5 أشخاص في الأقل في غارة جوية على مدينة حلب.", "5-", "*"),
        ("قتل في الأقل 5 أشخاص في غارة جوية على مدينة حلب.", "5-", "*"),
        ("قتل 5 أشخاص كحد أدنى في غارة جوية على مدينة حلب.", "5-", "*"),
        ("قتل 5 أشخاص على أقل تقدير في غارة جوية على مدينة حلب.", "5-", "*"),
        ("مقتل ما لايقل عن 5 أشخاص في غارة جوية على مدينة حلب.", "5-", "*"),
        ("قتل ما لايقل عن خمسة أشخاص في غارة جوية على مدينة حلب.", "5-", "*"),
        ("مقتل ما يربو على 10 أشخاص في غارة جوية على مدينة حلب.", "11-", "*"),
        ("مقتل ما يربو عن 10 أشخاص في غارة جوية على مدينة حلب.", "11-", "*"),
        ("قتل ما ينيف على 10 أشخاص في غارة جوية على مدينة حلب.", "11-", "*"),
        ("مقتل ما يناهز 10 أشخاص في غارة جوية على مدينة حلب.", "10-10", "*"),
        ("قتل ما يقارب 10 أشخاص في غارة جوية على مدينة حلب.", "10-10", "*"),
        ("أسفرت غارة جوية على مدينة حلب عن مقتل أزيد من 10 أشخاص.", "11-", "*"),
        ("أسفرت غارة جوية على مدينة حلب عن مقتل 5 أشخاص في الأقل.", "5-", "*"),
    ])
    func rarerBounds(text: String, killed: String, injured: String) { Self.check(text, killed: killed, injured: injured) }

    /// Two sources, one act, close figures: min = the lower, max = the higher (SCHEMA), whether the
    /// second source is joined by "بينما قال"، "في حين أفاد"، "وفق حصيلة أخرى" or its own sentence.
    @Test(arguments: [
        ("قتل 5 أشخاص في غارة جوية على مدينة حلب، بينما قال المرصد السوري إن 7 أشخاص قتلوا.", "5-7", "*"),
        ("قتل 5 أشخاص في غارة جوية على مدينة حلب، في حين أفاد ناشطون بمقتل 7 أشخاص.", "5-7", "*"),
        ("قتل 5 أشخاص في غارة جوية على مدينة حلب، وبحسب حصيلة أخرى قتل 7 أشخاص.", "5-7", "*"),
        ("قتل 7 أشخاص في غارة جوية على مدينة حلب، بينما قالت وزارة الصحة إن 5 أشخاص قتلوا.", "5-7", "*"),
        ("قتل 5 أشخاص في غارة جوية على مدينة حلب. وقال المرصد السوري إن 7 أشخاص قتلوا في الغارة.", "5-7", "*"),
        // a part and the whole are not two sources: the subset stays out of the toll
        ("قتل 7 أشخاص بينهم 5 أطفال في غارة جوية على مدينة حلب.", "7-7", "*"),
    ])
    func twoSourcesCloseFigures(text: String, killed: String, injured: String) { Self.check(text, killed: killed, injured: injured) }

    /// A second group killed after "كما" ("also") adds to the first toll of the sentence; a part
    /// ("بينهم") or a raised total does not.
    @Test(arguments: [
        ("قتل 3 جنود في هجوم على حاجز في مدينة حلب، كما قتل مدنيان في الهجوم نفسه.", "5-5", "*"),
        ("قتل 5 أشخاص بينهم 3 جنود في هجوم على حاجز في مدينة حلب.", "5-5", "*"),
        ("قتل 3 جنود في هجوم على حاجز في مدينة حلب، وارتفعت الحصيلة إلى 5 قتلى.", "5-5", "*"),
        // the attacker killed "also" is not one more victim
        ("قتل 3 جنود في هجوم على حاجز في مدينة حلب، كما قتل منفذ الهجوم.", "3-3", "*"),
        ("قتل 3 جنود في هجوم على حاجز في مدينة حلب، كما قتل المهاجم برصاص الحراس.", "3-3", "*"),
    ])
    func tollAddedAcrossSentences(text: String, killed: String, injured: String) { Self.check(text, killed: killed, injured: injured) }

    /// Status idioms: "فارق الحياة" (one dead), "أصابوه بجروح" (the object pronoun is one wounded),
    /// "سقوط ضحايا … القتلى ثلاثة" (the figure given after the vague noun).
    @Test(arguments: [
        ("هجوم مسلح في حلب||هاجم مسلحون حاجزا للجيش في مدينة حلب، وفارق جندي الحياة متأثرا بجروحه.", "1-1", "*"),
        ("انفجرت عبوة ناسفة بدورية للجيش في مدينة حلب، ففارق جندي الحياة.", "1-1", "*"),
        ("انفجرت عبوة ناسفة بدورية للجيش في مدينة حلب، وفارقت امرأة الحياة متأثرة بجروحها.", "1-1", "*"),
        ("انفجرت عبوة ناسفة بدورية للجيش في مدينة حلب، وفارق جنديان الحياة.", "2-2", "*"),
        ("انفجرت عبوة ناسفة بدورية للجيش في مدينة حلب، وأصيب جندي بجروح لكنه لم يفارق الحياة.", "not_mentioned", "1-1"),
        ("هجوم مسلح في حلب||أطلق مسلحون النار على جندي عند حاجز في مدينة حلب وأصابوه بجروح.", "not_mentioned", "1-1"),
        ("هجوم مسلح في حلب||أطلق مسلحون النار على جندي عند حاجز في مدينة حلب وأصابوه بجروح خطيرة.", "not_mentioned", "1-1"),
        ("هجوم مسلح في حلب||أطلق مسلحون النار على امرأة في مدينة حلب فأصابوها بجروح.", "not_mentioned", "1-1"),
        ("هجوم مسلح في حلب||أطلق مسلح النار على جنديين في مدينة حلب وأصابهما بجروح.", "not_mentioned", "2-2"),
    ])
    func statusIdioms(text: String, killed: String, injured: String) { Self.check(text, killed: killed, injured: injured) }

    /// Status sentences after the lead of `CasualtyStatusParaphraseTests`: "من غير أن يسفر" spares both,
    /// "يجري التحقق من وقوع إصابات" leaves the toll unknown, earlier attacks' victims and victims'
    /// families are no toll of this act.
    @Test(arguments: [
        ("من غير أن يسفر ذلك عن إصابات.", Count.Status.none, Count.Status.none),
        ("ومن غير أن يسفر القصف عن وقوع إصابات.", .none, .none),
        ("ويجري التحقق من وقوع إصابات.", .unknown, .unknown),
        ("ويجري التحقق مما إذا كانت هناك إصابات.", .unknown, .unknown),
        ("ولم يسفر القصف عن إصابات، خلافا لضحايا الهجمات السابقة.", .none, .none),
        ("وطالبت عائلات الضحايا بمحاسبة المسؤولين عن الهجمات.", .notMentioned, .notMentioned),
    ])
    func statusSentences(_ sentence: String, _ killed: Count.Status, _ injured: Count.Status) {
        CasualtyStatusParaphraseTests.check(sentence, killed, injured)
    }
}
