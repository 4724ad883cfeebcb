import Foundation
import Testing
@testable import RasdCore

/// Casualty status under paraphrase: each way wire copy says "nobody was hurt", "the toll is not
/// known", "there were dead or wounded" or "N were killed" is read the same, whatever the word
/// order (verb first, noun first, fronted phrase), clitics, agreement, dual, digits or number
/// words, bound words, passive / active / verbal noun, headline style or a second sentence.
/// The spans are written for these tests in the style of the corpus, never copied from it.
///
/// Each sentence follows the same lead (a rocket attack on a base) so the act is one incident
/// and only the casualty sentence varies; the story table varies the act sentence as well.
@Suite struct CasualtyStatusParaphraseTests {
    static let published = Date(timeIntervalSince1970: 1_722_502_800)  // 2024-08-01T09:00:00Z
    static let lead = "سقطت صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، اليوم الخميس. "
    static let title = "هجوم صاروخي على قاعدة عين الأسد"

    /// Killed and injured status of the story's first incident, or nil when it reports none.
    static func statuses(title: String, text: String) -> (Count.Status, Count.Status)? {
        let incidents = ExtractionFixtureTests.extractor.extract(StoryText(title: title, text: text, published: published))
        return incidents.first.map { ($0.casualties.killed.status, $0.casualties.injured.status) }
    }

    static func check(_ sentence: String, _ killed: Count.Status, _ injured: Count.Status) {
        let got = statuses(title: title, text: lead + sentence)
        #expect(got?.0 == killed, "killed: \(sentence) → \(String(describing: got))")
        #expect(got?.1 == injured, "injured: \(sentence) → \(String(describing: got))")
    }

    /// "No casualties" in its forms: without separating the dead and the wounded it spares both;
    /// "no loss of life"/"no dead" spares the dead only; material damage alone says nothing.
    @Test(arguments: noneVariants)
    func noCasualties(_ sentence: String, _ killed: Count.Status, _ injured: Count.Status) { Self.check(sentence, killed, injured) }

    /// "Not known (yet)", "no news of", "not announced": the toll is unknown, not none.
    @Test(arguments: unknownVariants)
    func tollNotKnown(_ sentence: String, _ killed: Count.Status, _ injured: Count.Status) { Self.check(sentence, killed, injured) }

    /// Casualties without a figure: plural nouns, "عدد من"، "عشرات"، "آخرون"، "خسائر بشرية"،
    /// quantified groups after the verb ("عدد كبير من"، "كثيرون").
    @Test(arguments: vagueVariants)
    func uncountedCasualties(_ sentence: String, _ killed: Count.Status, _ injured: Count.Status) { Self.check(sentence, killed, injured) }

    /// A figure in any of its forms (digits, Arabic-Indic digits, number words, dual, singular
    /// noun = 1, bounds), and statements that name no casualty at all.
    @Test(arguments: countedOrSilentVariants)
    func countedOrSilent(_ sentence: String, _ killed: Count.Status, _ injured: Count.Status) { Self.check(sentence, killed, injured) }

    /// The act and its toll in one sentence or two, headlines without a verb, the attacker's own
    /// death, a background act's toll after the story's act.
    @Test(arguments: storyVariants)
    func wholeStories(_ title: String, _ text: String, _ killed: Count.Status, _ injured: Count.Status) {
        let got = Self.statuses(title: title, text: text)
        #expect(got?.0 == killed, "killed: \(title) | \(text) → \(String(describing: got))")
        #expect(got?.1 == injured, "injured: \(title) | \(text) → \(String(describing: got))")
    }

    static let noneVariants: [(String, Count.Status, Count.Status)] = [
        ("دون وقوع إصابات.", .none, .none),
        ("بدون وقوع إصابات.", .none, .none),
        ("ولم يسفر الهجوم عن أي إصابات.", .none, .none),
        ("ولم تسفر الضربة عن ضحايا.", .none, .none),
        ("ولم يؤد الهجوم إلى وقوع إصابات.", .none, .none),
        ("ولم يوقع القصف أي خسائر بشرية.", .none, .none),
        ("ولم يسفر القصف عن خسائر بشرية.", .none, .none),
        ("ولا إصابات.", .none, .none),
        ("ولم يصب أحد.", .none, .none),
        ("ولم يصب أحد بأذى.", .none, .none),
        ("ولم يسجل سقوط ضحايا.", .none, .none),
        ("ولم تسجل أي إصابات.", .none, .none),
        ("واقتصرت الأضرار على الماديات.", .none, .none),
        ("واقتصرت الخسائر على الأضرار المادية.", .none, .none),
        ("وخلف الهجوم خسائر مادية فقط.", .none, .none),
        ("دون أن يسفر عن إصابات.", .none, .none),
        ("دون أن يسفر ذلك عن وقوع إصابات بشرية.", .none, .none),
        ("دون أن تسفر عن خسائر في الأرواح.", .none, .notMentioned),
        ("دون تسجيل إصابات.", .none, .none),
        ("دون أن تسجل أي إصابات.", .none, .none),
        ("ولم تقع إصابات.", .none, .none),
        ("ولم تقع أي إصابات بشرية.", .none, .none),
        ("ولم يقتل أحد.", .none, .notMentioned),
        ("ولم يسقط قتلى.", .none, .notMentioned),
        ("ولم تسفر الضربات عن قتلى.", .none, .notMentioned),
        ("ولم يسفر الانفجار عن إصابات بشرية.", .none, .none),
        ("وأفاد مصدر بعدم وقوع إصابات.", .none, .none),
        ("ولم يسفر الحادث عن أي أضرار بشرية.", .none, .none),
        ("وأكد الجيش أنه لا توجد إصابات.", .none, .none),
        ("وأكد الجيش أنه لا يوجد ضحايا.", .none, .none),
        ("وقالت الشرطة إنه لم يتم تسجيل أي إصابات.", .none, .none),
        ("ولم تسجل خسائر بشرية.", .none, .none),
        ("ولم يتسبب الهجوم بإصابات.", .none, .none),
        ("ولم يتسبب الهجوم في وقوع إصابات.", .none, .none),
        ("دون أن يتسبب بإصابات.", .none, .none),
        ("من دون وقوع إصابات.", .none, .none),
        ("وأسفر الهجوم عن أضرار مادية دون إصابات.", .none, .none),
        ("ولم يصب أي من الجنود.", .none, .none),
        ("ولم يصب أي من العسكريين بأذى.", .none, .none),
        ("ولم تتسبب الصواريخ في أي أضرار أو إصابات.", .none, .none),
        ("وقال الجيش إن الهجوم لم يسفر عن إصابات.", .none, .none),
        ("ولم يسفر الهجوم عن وقوع ضحايا أو أضرار.", .none, .none),
        ("ولم تسفر الغارة عن قتلى لكن أصيب ثلاثة أشخاص.", .none, .reported),
        ("وأصيب ثلاثة أشخاص، دون وقوع قتلى.", .none, .reported),
        ("وأصيب ثلاثة أشخاص ولم تقع وفيات.", .none, .reported),
        ("ولم تقع وفيات.", .none, .notMentioned),
        ("ولا وفيات.", .none, .notMentioned),
        ("ولم يسفر الهجوم عن وقوع قتلى، واقتصرت الإصابات على جريحين.", .none, .reported),
    ]
    static let unknownVariants: [(String, Count.Status, Count.Status)] = [
        ("ولم ترد أنباء عن وقوع إصابات.", .unknown, .unknown),
        ("ولم ترد معلومات عن إصابات.", .unknown, .unknown),
        ("ولم ترد معلومات فورية عن وقوع ضحايا.", .unknown, .unknown),
        ("ولم يعرف بعد حجم الخسائر.", .unknown, .unknown),
        ("ولم يعرف حجم الخسائر البشرية.", .unknown, .unknown),
        ("ولم يتضح بعد إن كان الهجوم أسفر عن إصابات.", .unknown, .unknown),
        ("ولم يتضح ما إذا كانت هناك إصابات.", .unknown, .unknown),
        ("ولم تتوفر معلومات عن الخسائر.", .unknown, .unknown),
        ("ولم تتوفر معلومات عن وقوع إصابات.", .unknown, .unknown),
        ("ولا تتوفر معلومات عن الضحايا.", .unknown, .unknown),
        ("ولا تتوفر حتى الآن معلومات عن إصابات.", .unknown, .unknown),
        ("وعدد الضحايا غير معروف.", .unknown, .unknown),
        ("ولا يزال عدد الإصابات غير معروف.", .unknown, .unknown),
        ("ولم يعلن عن وقوع إصابات.", .unknown, .unknown),
        ("ولم يعلن عن سقوط ضحايا.", .unknown, .unknown),
        ("ولم تتضح حصيلة الضحايا بعد.", .unknown, .unknown),
        ("ولم يعرف على الفور ما إذا كان الهجوم قد أسفر عن إصابات.", .unknown, .unknown),
        ("ولم تعرف على الفور حصيلة الضحايا.", .unknown, .unknown),
        ("ولم ترد تفاصيل عن الإصابات.", .unknown, .unknown),
        ("ولم تذكر الوكالة تفاصيل عن الخسائر.", .unknown, .unknown),
        ("ولم ترد تقارير عن قتلى.", .unknown, .notMentioned),
        ("ولم يعرف عدد القتلى.", .unknown, .notMentioned),
        ("ولم يعرف عدد الجرحى.", .notMentioned, .unknown),
        ("ولم يكشف عن عدد الضحايا.", .unknown, .unknown),
        ("ولم تحدد المصادر عدد القتلى والجرحى.", .unknown, .unknown),
        ("وقتل 4 أشخاص، فيما لم يعرف عدد الجرحى.", .reported, .unknown),
    ]
    static let vagueVariants: [(String, Count.Status, Count.Status)] = [
        ("وأسفر الهجوم عن قتلى وجرحى.", .vague, .vague),
        ("وأسفر الهجوم عن سقوط ضحايا.", .vague, .notMentioned),
        ("ووقعت إصابات في صفوف الجنود.", .notMentioned, .vague),
        ("وأسفر عن عدد من القتلى.", .vague, .notMentioned),
        ("وأسفر عن عدد من الجرحى.", .notMentioned, .vague),
        ("وقتل عشرات الأشخاص.", .vague, .notMentioned),
        ("وأصيب العشرات.", .notMentioned, .vague),
        ("وأصيب المئات.", .notMentioned, .vague),
        ("وقتل جندي وأصيب آخرون.", .reported, .vague),
        ("وقتل ثلاثة جنود وأصيب آخرون.", .reported, .vague),
        ("وأصيب عدة أشخاص.", .notMentioned, .vague),
        ("وأصيب بضعة جنود.", .notMentioned, .vague),
        ("وسقط جرحى.", .notMentioned, .vague),
        ("وسقط قتلى.", .vague, .notMentioned),
        ("وأوقع الهجوم خسائر بشرية.", .vague, .notMentioned),
        ("وفي حصيلة غير نهائية، قتل عدد من الجنود.", .vague, .notMentioned),
        ("وأدى الهجوم إلى سقوط قتلى.", .vague, .notMentioned),
        ("وخلف الهجوم قتلى ومصابين.", .vague, .vague),
        ("وتسبب الهجوم بسقوط جرحى.", .notMentioned, .vague),
        ("وأسفر القصف عن إصابات.", .notMentioned, .vague),
        ("وأسفر القصف عن وقوع إصابات في صفوف المدنيين.", .notMentioned, .vague),
        ("وأوقع القصف ضحايا.", .vague, .notMentioned),
        ("وهناك قتلى وجرحى.", .vague, .vague),
        ("ما أدى إلى مقتل وإصابة عدد من الجنود.", .vague, .vague),
        ("ما أسفر عن مقتل وجرح عدد من الأشخاص.", .vague, .vague),
        ("وأصيب عدد من الجنود بجروح.", .notMentioned, .vague),
        ("وقتل وأصيب العشرات.", .vague, .vague),
        ("وأودى القصف بحياة العشرات.", .vague, .notMentioned),
        ("وسقط عشرات القتلى والجرحى.", .vague, .vague),
        ("وأوقع الهجوم عشرات الضحايا.", .vague, .notMentioned),
        ("وأوقع الهجوم عشرات القتلى والجرحى.", .vague, .vague),
        ("وأسفر الانفجار عن مقتل شخص وإصابة آخرين.", .reported, .vague),
        ("وجرح في الهجوم العشرات.", .notMentioned, .vague),
        ("وأسفر القصف عن مقتل المئات.", .vague, .notMentioned),
        ("وأسفر القصف عن جرح العشرات.", .notMentioned, .vague),
        ("وأسفر القصف عن سقوط العديد من الضحايا.", .vague, .notMentioned),
        ("وأسفر القصف عن سقوط عدد من الجرحى.", .notMentioned, .vague),
        ("وسقط عدد من القتلى والجرحى.", .vague, .vague),
        ("وأصيب العديد من المدنيين.", .notMentioned, .vague),
        ("وأصيب كثيرون.", .notMentioned, .vague),
        ("وأصيب عدد كبير من المدنيين.", .notMentioned, .vague),
        ("وقتل عدد غير محدد من الجنود.", .vague, .notMentioned),
        ("وأسفر عن مقتل ثلاثة أشخاص وإصابة آخرين.", .reported, .vague),
    ]
    static let countedOrSilentVariants: [(String, Count.Status, Count.Status)] = [
        ("وقال مصدر أمني إنه لا إصابات في صفوف الجنود.", .notMentioned, .notMentioned),
        ("وأسفر الهجوم عن أضرار مادية.", .notMentioned, .notMentioned),
        ("وألحق القصف أضرارا مادية بالمباني.", .notMentioned, .notMentioned),
        ("وأودى الهجوم بحياة ثلاثة جنود.", .reported, .notMentioned),
        ("وأودى الهجوم بحياة جندي.", .reported, .notMentioned),
        ("وتوفي جندي متأثرا بجروحه.", .reported, .notMentioned),
        ("وأسفر الهجوم عن سقوط 3 قتلى و7 جرحى.", .reported, .reported),
        ("وأسفر الهجوم عن سقوط ثلاثة قتلى وسبعة جرحى.", .reported, .reported),
        ("وأسفر الهجوم عن 5 ضحايا.", .reported, .notMentioned),
        ("وأسفر الانفجار عن إصابة 4 أشخاص بجروح.", .notMentioned, .reported),
        ("وأسفر الانفجار عن إصابة أربعة أشخاص.", .notMentioned, .reported),
        ("وأسفر الانفجار عن إصابة أربع نساء.", .notMentioned, .reported),
        ("وأسفر الانفجار عن مقتل ثلاث نساء.", .reported, .notMentioned),
        ("وأسفر الانفجار عن مقتل سبعة عشر شخصا.", .reported, .notMentioned),
        ("وأسفر الانفجار عن مقتل عشرين شخصا.", .reported, .notMentioned),
        ("وأسفر الانفجار عن مقتل ١٢ شخصا.", .reported, .notMentioned),
        ("وأسفر الانفجار عن مقتل شخص وإصابة آخر.", .reported, .reported),
        ("وارتفع عدد القتلى إلى 9.", .reported, .notMentioned),
        ("وارتفعت حصيلة الجرحى إلى 14.", .notMentioned, .reported),
        ("وقالت مصادر طبية إن ثلاثة قتلوا وأصيب ستة.", .reported, .reported),
        ("وأصيب في الهجوم ثلاثة جنود.", .notMentioned, .reported),
        ("وقتل في الهجوم جندي.", .reported, .notMentioned),
        ("وقتل في القصف طفلان.", .reported, .notMentioned),
        ("وأصيب في القصف مدنيان.", .notMentioned, .reported),
        ("وقتل طفلان وأصيبت امرأة.", .reported, .reported),
        ("وأصيبت ثلاث نساء بجروح.", .notMentioned, .reported),
        ("وسقط قتيل وجريحان.", .reported, .reported),
        ("وسقط قتيلان.", .reported, .notMentioned),
        ("وأسفر عن قتيلين وثلاثة جرحى.", .reported, .reported),
        ("ما أسفر عن سقوط قتيل.", .reported, .notMentioned),
        ("ما أسفر عن سقوط جريح.", .notMentioned, .reported),
        ("وقتل جندي.", .reported, .notMentioned),
        ("ومقتل جندي.", .reported, .notMentioned),
        ("وأصيب طفل.", .notMentioned, .reported),
        ("وقتل جنديان.", .reported, .notMentioned),
        ("وأصيب مدنيان بجروح.", .notMentioned, .reported),
        ("ما أدى إلى مقتل شخصين.", .reported, .notMentioned),
        ("وقتل 3 أشخاص وأصيب 5 آخرون.", .reported, .reported),
        ("وقتل ٣ أشخاص.", .reported, .notMentioned),
        ("وأصيب جندي بجروح طفيفة.", .notMentioned, .reported),
        ("وقتل نحو 10 أشخاص.", .reported, .notMentioned),
        ("وقتل ما لا يقل عن 5 أشخاص.", .reported, .notMentioned),
        ("وقتل 5 أشخاص على الأقل.", .reported, .notMentioned),
        ("وقتل أكثر من 20 شخصا.", .reported, .notMentioned),
        ("وأصيب قرابة 15 شخصا.", .notMentioned, .reported),
        ("وأصيب زهاء 30 شخصا.", .notMentioned, .reported),
        ("وأصيب حوالي 12 مدنيا.", .notMentioned, .reported),
        ("وقتل أحد الجنود.", .reported, .notMentioned),
        ("وقتل جندي وأصيب اثنان.", .reported, .reported),
        ("ولقي جندي حتفه.", .reported, .notMentioned),
        ("ولقي 4 جنود مصرعهم.", .reported, .notMentioned),
        ("وجرح شرطيان.", .notMentioned, .reported),
        ("وأصيب اثنان من الجنود.", .notMentioned, .reported),
        ("وأصيب 3 من الجنود.", .notMentioned, .reported),
        ("وأصيب خمسة من عناصر الأمن.", .notMentioned, .reported),
    ]
    static let storyVariants: [(String, String, Count.Status, Count.Status)] = [
        ("هجوم في الموصل", "قتل ثلاثة جنود عراقيين في هجوم بعبوة ناسفة استهدف دوريتهم في مدينة الموصل، اليوم الخميس.", .reported, .notMentioned),
        ("هجوم في الموصل", "لقي ثلاثة جنود عراقيين حتفهم في هجوم بعبوة ناسفة استهدف دوريتهم في مدينة الموصل، اليوم الخميس.", .reported, .notMentioned),
        ("هجوم في الموصل", "أسفر هجوم بعبوة ناسفة استهدف دورية للجيش في مدينة الموصل، اليوم الخميس، عن مقتل ثلاثة جنود وإصابة اثنين آخرين.", .reported, .reported),
        ("هجوم في الموصل", "في مدينة الموصل، قتل ثلاثة جنود وأصيب آخرون بانفجار عبوة ناسفة استهدف دوريتهم اليوم الخميس.", .reported, .vague),
        ("هجوم في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس. وأسفر الانفجار عن مقتل جندي.", .reported, .notMentioned),
        ("هجوم في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس، ما أدى إلى مقتل جنديين وإصابة ثالث.", .reported, .reported),
        ("هجوم في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس، ما أسفر عن سقوط قتلى وجرحى.", .vague, .vague),
        ("هجوم في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس، دون أن تسفر عن إصابات.", .none, .none),
        ("هجوم في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس. ولم ترد أنباء عن خسائر بشرية.", .unknown, .unknown),
        ("هجوم في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس.", .notMentioned, .notMentioned),
        ("هجوم في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس، وألحقت أضرارا بآلية عسكرية.", .notMentioned, .notMentioned),
        ("مقتل 3 جنود بانفجار عبوة ناسفة في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس.", .reported, .notMentioned),
        ("الموصل: مقتل جندي وإصابة اثنين بانفجار عبوة", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس.", .reported, .reported),
        ("لا ضحايا في انفجار عبوة ناسفة بالموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس.", .none, .none),
        ("قتلى وجرحى بانفجار عبوة في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس.", .vague, .vague),
        ("جرحى بانفجار عبوة في الموصل", "انفجرت عبوة ناسفة بدورية للجيش في مدينة الموصل اليوم الخميس.", .notMentioned, .vague),
        ("هجوم في الموصل", "فجر انتحاري نفسه وسط تجمع لقوات الأمن في مدينة الموصل اليوم الخميس، ما أسفر عن مقتل خمسة منهم.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، وقتلوا جنديين.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، وأصابوا ثلاثة جنود.", .notMentioned, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وقتل في الهجوم جنديان.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وقالت الشرطة إن جنديين قتلا وأصيب ثلاثة آخرون.", .reported, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وقالت الشرطة إن الهجوم أوقع قتيلين.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وقتل جنديان في الهجوم، بحسب الشرطة.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وأسفر الهجوم عن إصابة جنديين بجروح.", .notMentioned, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أسفر عن مقتل اثنين من الجنود.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أسفر عن مقتل عدد من الجنود.", .vague, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أسفر عن مقتل وإصابة عدد من الجنود.", .vague, .vague),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أسفر عن مقتل 4 جنود وجرح آخرين.", .reported, .vague),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أسفر عن مقتل أربعة جنود وجرح العشرات.", .reported, .vague),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أسفر عن مقتل جنديين. وأصيب ثلاثة مدنيين بجروح.", .reported, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، وقتل المهاجمون الثلاثة في اشتباك مع القوات.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وقتل جندي وأحد المهاجمين.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وكان هجوم مماثل في يناير الماضي قد أسفر عن مقتل 12 جنديا.", .notMentioned, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس دون وقوع إصابات. وكان هجوم مماثل في يناير الماضي قد أسفر عن مقتل 12 جنديا.", .none, .none),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس دون وقوع إصابات. وقتل أكثر من 200 جندي في هجمات التنظيم منذ بداية العام.", .none, .none),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ولم يتضح إن كانت هناك إصابات.", .unknown, .unknown),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وذكر مصدر أمني أن الهجوم لم يخلف إصابات.", .none, .none),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وتم نقل الجرحى إلى المستشفى.", .notMentioned, .vague),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. ونقل المصابون إلى مستشفى قريب.", .notMentioned, .vague),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. واستشهد جندي وأصيب آخر.", .reported, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس. وارتفعت حصيلة القتلى إلى خمسة.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أدى إلى استشهاد ثلاثة من أفرادها.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، ما أدى إلى سقوط ثلاثة شهداء.", .reported, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، وأصيب عدد من الجنود بجروح متفاوتة.", .notMentioned, .vague),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، وأصيب جنديان بجروح خطيرة.", .notMentioned, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، مما أسفر عن إصابة عنصرين من الجيش.", .notMentioned, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، مما أسفر عن جرح جندي.", .notMentioned, .reported),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، مما أسفر عن وقوع إصابات.", .notMentioned, .vague),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، مما أسفر عن وقوع خسائر بشرية.", .vague, .notMentioned),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، دون أن ترد أنباء عن إصابات.", .unknown, .unknown),
        ("هجوم في الموصل", "شن مسلحون هجوما بالأسلحة الرشاشة على نقطة تفتيش للجيش في مدينة الموصل اليوم الخميس، وتبادلوا إطلاق النار مع الجنود لساعة، ولا معلومات عن الخسائر.", .unknown, .unknown),
        ("هجوم في الموصل", "قصفت طائرات حربية بلدة قرب الموصل اليوم الخميس، ما أسفر عن مقتل عشرات المدنيين.", .vague, .notMentioned),
        ("هجوم في الموصل", "قصفت طائرات حربية بلدة قرب الموصل اليوم الخميس، ما أسفر عن مقتل العشرات.", .vague, .notMentioned),
        ("هجوم في الموصل", "قصفت طائرات حربية بلدة قرب الموصل اليوم الخميس، ما أسفر عن سقوط مئات الجرحى.", .notMentioned, .vague),
        ("هجوم في الموصل", "قصفت طائرات حربية بلدة قرب الموصل اليوم الخميس، ما أسفر عن مقتل سبعة أشخاص بينهم طفلان.", .reported, .notMentioned),
        ("هجوم في الموصل", "قصفت طائرات حربية بلدة قرب الموصل اليوم الخميس، ما أسفر عن مقتل ستة مدنيين من عائلة واحدة.", .reported, .notMentioned),
        ("هجوم في الموصل", "قصفت طائرات حربية بلدة قرب الموصل اليوم الخميس، ما أسفر عن مقتل امرأة وطفليها.", .reported, .notMentioned),
    ]
}
