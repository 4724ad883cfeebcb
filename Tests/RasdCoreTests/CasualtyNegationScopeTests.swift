import Testing
@testable import RasdCore

/// A negation or a "not known" counts for the toll only when it is about the toll: not about who
/// the victims were, not about one side, not past a contrast or an exception.
@Suite struct CasualtyNegationScopeTests {
    static func status(_ text: String, _ who: CasualtyMention.Who) -> Count.Status { CasualtyReading.count(text, who).status }

    @Test(arguments: [
        // who the victims were is not the toll
        ("وقال مدير المستشفى إنه لم يكن بين الضحايا مقاتلون", Count.Status.vague, Count.Status.notMentioned),
        ("ولم تعرف بعد أعمار الضحايا، لكن تقارير قالت إنهم طلاب", .vague, .notMentioned),
        ("ولم تعرف هويات القتلى حتى الآن", .vague, .notMentioned),
        // a contrast ends the doubt: the dead after it are counted
        ("وقال أحد السكان لا نملك كل المعلومات لكن قتل أكثر من عشرة أشخاص", .reported, .notMentioned),
        // an exception says there were some
        ("ولم يسفر القصف إلا عن إصابات طفيفة بين السكان", .notMentioned, .vague),
        // one nationality spared says nothing of the others
        ("وأكد الوزير أن لا أحد من الفرنسيين تعرض لأذى في الهجوم", .notMentioned, .notMentioned),
        ("وأضاف أن لا أحد من الجانب الروسي تأذى في الضربات", .notMentioned, .notMentioned),
    ])
    func notAboutTheToll(text: String, killed: Count.Status, injured: Count.Status) {
        #expect(Self.status(text, .killed) == killed, "\(text)")
        #expect(Self.status(text, .injured) == injured, "\(text)")
    }

    @Test(arguments: [
        // "human damage" is casualties
        ("وتمكنت الدفاعات من اعتراض الصاروخ، ولم تحدث أضرار بشرية", Count.Status.none, Count.Status.none),
        // "no loss of life" spares lives, and says nothing of the wounded
        ("وأكد المتحدث أن الهجوم لم يوقع خسائر بالأرواح", .none, .notMentioned),
        ("وأعلنت الدولتان أن الضربة لم تسفر عن أي خسائر في الأرواح", .none, .notMentioned),
        // a source that did not give the number does not know it
        ("ولم تحدد الوكالة عدد المصابين في القصف", .notMentioned, .unknown),
        ("ولم تكشف السلطات عدد القتلى في الهجوم", .unknown, .notMentioned),
        // a source that did not say is not a source that said "none"
        ("وأشارت الشرطة إلى سقوط عدد من قذائف الهاون في أراض خلاء، دون ذكر أي إصابات", .unknown, .unknown),
        ("وقال البيان إن القوات صدت الهجوم دون الإشارة إلى وقوع خسائر بشرية", .unknown, .unknown),
        ("ولم يفد عن وقوع إصابات", .unknown, .unknown),
        // still none: nobody of the attacked soldiers, and the general "no casualties"
        ("ولم يصب أحد من الجنود في الهجوم", .none, .none),
        ("سقطت القذيفة في أرض خالية دون أن تسبب إصابات", .none, .none),
        // where the rocket came from is no side spared
        ("ولم تسفر الصواريخ التي أطلقت من غزة عن إصابات", .none, .none),
        ("دون وقوع إصابات من جراء القذائف التي أطلقت من القطاع", .none, .none),
        ("ولم ترد أنباء عن وقوع إصابات", .unknown, .unknown),
        // harms joined by و / أو share the negation
        ("ولم يسفر القصف عن سقوط قتلى أو جرحى", .none, .none),
        ("ولم تسفر الغارة عن قتلى وجرحى", .none, .none),
        ("ولم يبلغ عن سقوط قتلى أو مصابين", .none, .none),
        ("ولم ترد تقارير عن قتلى أو جرحى", .unknown, .unknown),
        // a singular harm noun after "any"
        ("وقال الجيش إن الانفجار لم يوقع أي قتيل", .none, .notMentioned),
        // "ليس" negates, and "not known" makes it unknown
        ("وليس هناك إصابات بين السكان", .none, .none),
        ("وليس معروفا ما إذا كان الهجوم أسفر عن إصابات", .unknown, .unknown),
        ("ولم يصدر أي بيان عن وقوع إصابات", .unknown, .unknown),
        ("ولم يتبين بعد حجم الخسائر البشرية", .unknown, .unknown),
        // the negation ends before a new clause's toll
        ("ولم يسفر عن سقوط قتلى، وأصيب ثلاثة أشخاص", .none, .reported),
        // "not the first time" negates no harm
        ("وليست المرة الأولى التي يسقط فيها ضحايا في المدينة", .vague, .notMentioned),
        // "لا يزال" is "still", not a negation
        ("ولا يزال المصابون يتلقون العلاج في المستشفى", .notMentioned, .vague),
        // a toll said to be unknown after its noun
        ("ولا يزال عدد الضحايا غير معروف", .unknown, .unknown),
        ("ولا تزال حصيلة القتلى غير واضحة", .unknown, .notMentioned),
        ("وقتل 5 أشخاص فيما عدد الجرحى غير معروف", .reported, .unknown),
        // words that look like negators but are not: "under age", "especially", "the lack of", "until"
        ("وتسلم المستشفى جثث 29 طفلا دون سن الخامسة عشرة وعشرات الجرحى", .reported, .vague),
        ("في ظل حالة عدم الاستقرار التي خلفت مئات القتلى", .vague, .notMentioned),
        ("ولا سيما أن الهجوم أوقع قتلى", .vague, .notMentioned),
        ("ولم تمض ساعات حتى سقط قتلى وجرحى في هجوم ثان", .vague, .vague),
        // while "until now" stays inside the negation
        ("لم تسفر الغارة حتى اللحظة عن إصابات", .none, .none),
        ("ولم يتسن حتى الآن معرفة عدد الضحايا", .unknown, .unknown),
        ("وأكد المتحدث عدم وقوع إصابات", .none, .none),
        // "free of" is a negation; "anyone" may stand before the negator
        ("وخلا الهجوم من الإصابات", .none, .none),
        ("وقالت الشرطة إن أحدا لم يصب في الانفجار", .none, .none),
        // an aim is no outcome
        ("وقال إن الخطة تراعي الحفاظ على الأرواح بما يضمن تحرير المدينة دون خسائر بشرية", .notMentioned, .notMentioned),
        ("وأخلت الشرطة المنطقة حرصا على عدم وقوع إصابات", .notMentioned, .notMentioned),
        // a case of harm is harm
        ("ونتج عن ذلك تناثر الشظايا ولم تسجل أي حالة ضرر أو إصابة", .none, .none),
    ])
    func aboutTheToll(text: String, killed: Count.Status, injured: Count.Status) {
        #expect(Self.status(text, .killed) == killed, "\(text)")
        #expect(Self.status(text, .injured) == injured, "\(text)")
    }
}
