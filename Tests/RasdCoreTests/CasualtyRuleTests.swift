import Testing
@testable import RasdCore

/// Table tests of casualty statements as wire copy writes them: subjects before their verb,
/// tolls that rise "إلى", unknown tolls, floors ("مع عدد من مرافقيه") and figures glued to و.
@Suite struct CasualtyRuleTests {
    static func count(_ text: String, _ who: CasualtyMention.Who) -> Count {
        CasualtyRules.merge(CasualtyRules.mentions(ArabicTokenizer.tokenize(text)).filter { $0.who == who }.map(\.count))
    }

    @Test(arguments: [
        // the counted subject stands before a plural verb
        ("وقال الدفاع المدني إن 17 شخصا قتلوا في القصف", CasualtyMention.Who.killed, Count.Status.reported, 17, 17),
        ("وأعلن المرصد أن ثمانية مدنيين قتلوا الأحد في غارات", .killed, .reported, 8, 8),
        ("وذكر المصدر أن 3 عناصر من الشرطة المحلية قتلوا في الكمين", .killed, .reported, 3, 3),
        ("وأكد أن 20 مدنيا على الأقل بينهم 6 أطفال قتلوا في الغارة", .killed, .reported, 20, nil),
        ("وقال المستشفى إن 12 مدنيا أصيبوا بجروح في الانفجار", .injured, .reported, 12, 12),
        ("وقال إن جنديين أصيبا في الهجوم", .injured, .reported, 2, 2),
        ("إن 9 أشخاص قتلوا وأصيب العشرات في التفجير", .injured, .vague, 10, nil),
        ("إن 9 أشخاص قتلوا وأصيب العشرات في التفجير", .killed, .reported, 9, 9),
        // a figure after the verb may be followed by "في"
        ("أصيب 7 في الانفجار", .injured, .reported, 7, 7),
        ("قتل 5 في الغارة على البلدة", .killed, .reported, 5, 5),
        // a figure glued to و
        ("سقوط قتيلين و3 جرحى في القصف", .injured, .reported, 3, 3),
        // running toll
        ("وارتفعت الحصيلة إلى 41 شخصا بحسب وزارة الصحة", .killed, .reported, 41, 41),
        ("وبلغت حصيلة التفجير 15 شخصا", .killed, .reported, 15, 15),
        ("وارتفعت حصيلة الجرحى إلى 30", .killed, .notMentioned, nil, nil),
        ("أدى القصف إلى مقتل 29 مدنيا، لترتفع بذلك حصيلة هذا القصف إلى 1517 مدنيا", .killed, .reported, 29, 29),
        ("وارتفعت الحصيلة منذ 18 فبراير إلى 1002 قتيل", .killed, .notMentioned, nil, nil),
        ("وقتل 4 مدنيين منذ 3 أيام في قصف على البلدة", .killed, .reported, 4, 4),
        // not knowing reaches the end of the clause
        ("ولم يتضح بعد ما إذا كان الهجوم قد أسفر عن سقوط قتلى", .killed, .unknown, nil, nil),
        ("ولم ترد أنباء عن إصابات", .injured, .unknown, nil, nil),
        // a number of others without a figure
        ("في غارة قتلت عددا من المسلحين", .killed, .vague, nil, nil),
        ("لقي القائد الميداني مصرعه مع عدد من مرافقيه في الغارة", .killed, .reported, 1, nil),
        ("قتل جندي مع عدد من رفاقه في الكمين", .killed, .reported, 1, nil),
        // bodies
        ("انتشال جثماني شابين من تحت الأنقاض", .killed, .reported, 2, 2),
        ("وعثر على جثتي امرأتين قرب القرية", .killed, .reported, 2, 2),
        // a part of a group counts when the group itself was not a toll
        ("قصفت المدفعية مجموعة من 6 أشخاص حيث أصيب اثنان منهم", .injured, .reported, 2, 2),
        ("إصابة 5 جنود، أصيب اثنان منهم بجروح خطيرة", .injured, .reported, 5, 5),
        ("وقال إن حياة الجنديين اللذين أصيبا بجروح ليست مهددة", .injured, .reported, 2, 2),
        ("وضعت العبوة خلال إحدى تلك التظاهرات وأصيبوا لاحقا", .injured, .notMentioned, nil, nil),
        ("تخطت حصيلة القتلى في الهجمات عتبة 220 قتيلا", .killed, .reported, 221, nil),
        // "exceeds" is a bound
        ("والحصيلة تتخطى 250 قتيلا", .killed, .reported, 251, nil),
        // the toll of an earlier event told in a clause
        ("شن الجيش غارات على القطاع غداة تفجير عبوة ناسفة أسفر عن جرح أربعة جنود", .injured, .notMentioned, nil, nil),
        ("يواصل الطيران شن غاراته ردا على إصابة 4 جنود في انفجار", .injured, .notMentioned, nil, nil),
        ("ووقع الانفجار بعد شهر من حادثة دهس أسفرت عن سقوط 10 قتلى", .killed, .notMentioned, nil, nil),
        ("ويأتي الهجوم بعد جولة التصعيد الأخيرة التي أدت إلى مقتل ثلاثة فلسطينيين", .killed, .notMentioned, nil, nil),
        // the frame holds to the sentence's end, however long the earlier event's clause
        ("وتأتي الغارة بعد أسابيع من التظاهرات الحاشدة والمواجهات الدامية على الحدود بين القطاع وإسرائيل بلغت ذروتها الاثنين مع مقتل 60 فلسطينيا", .killed, .notMentioned, nil, nil),
        ("وجاء القصف بعد أيام من الاشتباكات العنيفة التي شهدتها الأحياء الشرقية للمدينة طوال الأسبوع الماضي وانتهت بهدنة هشة أعقبت سقوط 12 قتيلا", .killed, .notMentioned, nil, nil),
        ("قتل 5 مدنيين بعد ساعات من بدء القصف", .killed, .reported, 5, 5),
        ("شن الطيران غارات ردا على قصف بالقذائف على الحي، مشيرة إلى وقوع إصابات بين المدنيين", .injured, .vague, nil, nil),
        ("أصيب 3 أشخاص بعد انفجار عبوة ناسفة", .injured, .reported, 3, 3),
        // people joined by و add up; kin and duals in the nominative
        ("مقتل امرأة وطفليها في القصف", .killed, .reported, 3, 3),
        ("استشهاد طفل وإصابة والدته", .injured, .reported, 1, 1),
        ("قتل عنصران من الجيش في الكمين", .killed, .reported, 2, 2),
        // one figure for both halves of "مقتل وإصابة" says neither
        ("أسفر التفجير عن مقتل وإصابة 12 شخصا", .injured, .vague, nil, nil),
        ("أسفر التفجير عن مقتل وإصابة 12 شخصا", .killed, .vague, nil, nil),
        ("أسفر القصف عن مقتل وإصابة العشرات", .injured, .vague, 10, nil),
        // only property was damaged
        ("وأسفر الانفجار عن أضرار مادية فقط", .killed, .none, nil, nil),
        ("واقتصرت الأضرار على الماديات", .injured, .none, nil, nil),
        // an ordinal adds the one it names
        ("وقال إن ثلاثة جنود أصيبوا بجروح خطيرة ورابعاً بجروح طفيفة", .injured, .reported, 4, 4),
        ("وأصيب ثلاثة جنود في الهجوم، ثالثهم بجروح خطيرة", .injured, .reported, 3, 3),
        // "another" is one more
        ("قتل جندي وأصيب آخر في الهجوم", .injured, .reported, 1, 1),
        ("قتل مدني وأصيب آخران بجروح", .injured, .reported, 2, 2),
        ("قتل مدني وأصيب آخرون بجروح", .injured, .vague, nil, nil),
        // "بين قتيل وجريح": one figure for the dead and wounded together
        ("سقط 14 مسلحا بين قتيل وجريح في المعارك", .killed, .vague, nil, nil),
        ("سقط 14 مسلحا بين قتيل وجريح في المعارك", .injured, .vague, nil, nil),
        ("ونقلت الوكالة أن خمسة ضحايا على الأقل ما بين قتيل وجريح نقلوا من الموقع", .killed, .vague, nil, nil),
        // other ways of telling deaths
        ("في انفجار راح ضحيته 14 شخصا", .killed, .reported, 14, 14),
        ("أعدم التنظيم 6 مدنيين في القرية", .killed, .reported, 6, 6),
        // a death sentence is not a death
        ("وحكمت المحكمة بإعدام 5 متهمين", .killed, .notMentioned, nil, nil),
        ("اغتيال ضابط في الشرطة بإطلاق النار عليه", .killed, .reported, 1, 1),
        ("وأعلن الجيش القضاء على 12 إرهابيا في العملية", .killed, .reported, 12, 12),
        ("لقي 3 أشخاص حتفهم", .killed, .reported, 3, 3),
        ("وأعلنت الوزارة ارتقاء 3 شهداء برصاص الاحتلال", .killed, .reported, 3, 3),
        ("وأعلن التحالف هلاك 20 من عناصر الميليشيا", .killed, .reported, 20, 20),
        ("وقالت الشرطة إن 4 أشخاص قضوا في الحريق الذي أعقب الانفجار", .killed, .reported, 4, 4),
        // other ways of telling nobody was hurt
        ("ولم تسفر الغارات التي استهدفت المواقع العسكرية عن وقوع إصابات", .injured, .none, nil, nil),
        ("ولم يسفر سقوط القذائف على أطراف البلدة الحدودية عن ضحايا", .killed, .none, nil, nil),
        ("ولم يتعرض أحد لأذى", .killed, .none, nil, nil),
        ("وانتهى الهجوم بلا إصابات", .injured, .none, nil, nil),
        // a percentage is not a toll
        ("قتل 40 في المئة من السكان", .killed, .notMentioned, nil, nil),
    ] as [(String, CasualtyMention.Who, Count.Status, Int?, Int?)])
    func statements(_ text: String, _ who: CasualtyMention.Who, _ status: Count.Status, _ lo: Int?, _ hi: Int?) {
        let c = Self.count(text, who)
        #expect(c.status == status && c.min == lo && c.max == hi, "\(text): \(c)")
    }
}

extension CasualtyRuleTests {
    static func reported(_ text: String, _ lo: Int, _ hi: Int?) -> Count { Count(status: .reported, min: lo, max: hi, text: text) }

    @Test(arguments: [
        // a rounded figure gives way to the exact figure it rounds
        ([reported("نحو 250 قتيلا", 250, 250), reported("246 شخصا", 246, 246)], 246, 246),
        ([reported("أكثر من 250 قتيلا", 251, nil), reported("252 قتيلا", 252, 252)], 252, 252),
        // sources that disagree on exact figures stay a range
        ([reported("مقتل 36 شخصا", 36, 36), reported("مقتل 39 شخصا", 39, 39)], 36, 39),
        // "at least" is not a rounding: the toll may be higher
        ([reported("قتل 29 مدنيا", 29, 29), reported("ما لا يقل عن 29 مدنيا", 29, nil)], 29, nil),
        // a figure well below the largest is a part of the dead, not a disagreeing source
        ([reported("أودى بحياة شرطيتين", 2, 2), reported("ثلاثة قتلى", 3, 3), reported("قتل أحد المارة", 1, 1)], 3, 3),
        ([reported("مقتل 36 شخصا", 36, 36), reported("قتل 12 طفلا", 12, 12)], 36, 36),
        ([reported("سقوط 3 صواريخ", 3, 3), reported("أربعة صواريخ", 4, 4)], 3, 4),
    ] as [([Count], Int, Int?)])
    func roundedFigures(_ counts: [Count], _ lo: Int, _ hi: Int?) {
        let c = CasualtyRules.merge(counts)
        #expect(c.min == lo && c.max == hi, "\(counts.map(\.text)): \(c)")
    }
}
