import Foundation
import Testing
@testable import RasdCore

/// Verbs of attack as act cues (`AssaultVerbs`), under paraphrase: verb first, noun first
/// (headline "مسلحون يهاجمون …"), clitics, gender and number (هاجم/هاجمت/هاجموا/يهاجمون), dual
/// subjects, digits / Arabic-Indic digits / number words, the subject between the verb and its
/// object ("نصب مسلحون كمينا"), a fronted time phrase, the weapon as instrument ("بقذائف الهاون"),
/// the attack noun aimed at a post ("الهجوم على حاجز"), and the noun "كمين" with a toll.
/// The negatives are the same verbs in politics, the press, sport, prices, weather and business,
/// which must stay non-incidents. The sentences are written for these tests, never copied from the corpus.
/// Each sentence is the story's headline and its only body sentence, as in a wire flash.
@Suite struct AssaultVerbParaphraseTests {
    static let published = Date(timeIntervalSince1970: 1_722_502_800)  // 2024-08-01T09:00:00Z

    static func incidents(title: String, text: String) -> [IncidentFacts] {
        ExtractionFixtureTests.extractor.extract(StoryText(title: title, text: text, published: published))
    }

    /// One incident, of the sub-event type the subject and the target say (nil: any type).
    @Test(arguments: positives)
    func attackVerbMakesOneIncident(_ sentence: String, _ subEvent: String?) {
        let got = Self.incidents(title: sentence, text: sentence)
        #expect(got.count == 1, "\(sentence) → \(got.count) incidents")
        if let subEvent, let first = got.first {
            #expect(first.subEventType == subEvent, "\(sentence) → \(first.subEventType)")
        }
    }

    /// The same verbs said of words, games, markets and weather: no incident.
    @Test(arguments: negatives)
    func figurativeVerbMakesNoIncident(_ sentence: String) {
        let got = Self.incidents(title: sentence, text: sentence)
        #expect(got.isEmpty, "\(sentence) → \(got.map(\.subEventType))")
    }

    /// The act told by its verb in one sentence and its toll in the next, under a verbless or
    /// noun-first headline: one incident, typed by subject and target.
    @Test(arguments: stories)
    func verbAndTollInTwoSentences(_ title: String, _ text: String, _ subEvent: String) {
        let got = Self.incidents(title: title, text: text)
        #expect(got.count == 1, "\(title) | \(text) → \(got.count) incidents")
        #expect(got.first?.subEventType == subEvent, "\(title) → \(String(describing: got.first?.subEventType))")
    }

    static let stories: [(String, String, String)] = [
        ("مسلحون يهاجمون قرية في ديالى", "هاجم مسلحون مجهولون قرية في محافظة ديالى فجر اليوم. وقتل في الهجوم ثلاثة مدنيين.", SubEventType.attack),
        ("هجوم على نقطة تفتيش في ديالى", "هاجم مسلحون نقطة تفتيش للجيش في محافظة ديالى. وأسفر الهجوم عن مقتل جنديين.", SubEventType.armedClash),
        ("مسيرتان تهاجمان قاعدة في الأنبار", "هاجمت طائرتان مسيرتان قاعدة عسكرية في محافظة الأنبار. ولم يسفر الهجوم عن إصابات.", SubEventType.airDroneStrike),
        ("صواريخ على مطار أربيل", "ضربت أربعة صواريخ مطار أربيل الدولي مساء أمس. وأصيب شخصان بجروح.", SubEventType.shellingArtilleryMissile),
    ]

    static let positives: [(String, String?)] = [
        ("هاجم مسلحون نقطة تفتيش للجيش في محافظة ديالى.", SubEventType.armedClash),
        ("هاجم مسلحون مجهولون نقطة تفتيش للجيش في محافظة ديالى.", SubEventType.armedClash),
        ("مسلحون يهاجمون نقطة تفتيش للجيش في ديالى", SubEventType.armedClash),
        ("ومسلحون مجهولون هاجموا حاجزا للشرطة في ديالى.", SubEventType.armedClash),
        ("هاجمت طائرتان مسيرتان قاعدة عسكرية في محافظة الأنبار.", SubEventType.airDroneStrike),
        ("طائرة مسيرة تهاجم قاعدة عسكرية في الأنبار", SubEventType.airDroneStrike),
        ("وهاجمت طائرة مسيرة مقرا للحشد الشعبي في محافظة صلاح الدين.", SubEventType.airDroneStrike),
        ("ضربت أربعة صواريخ مطار أربيل الدولي.", SubEventType.shellingArtilleryMissile),
        ("ضربت 4 صواريخ مطار أربيل الدولي.", SubEventType.shellingArtilleryMissile),
        ("صواريخ تضرب مطار أربيل الدولي", SubEventType.shellingArtilleryMissile),
        ("وضرب صاروخان قاعدة عين الأسد في محافظة الأنبار.", SubEventType.shellingArtilleryMissile),
        ("ضربت طائرة مسيرة سيارة في محافظة مأرب.", SubEventType.airDroneStrike),
        ("أمطرت الفصائل المستوطنات بالصواريخ.", SubEventType.shellingArtilleryMissile),
        ("هاجم عناصر من تنظيم داعش مواقع للجيش العراقي في كركوك.", SubEventType.armedClash),
        ("هاجم تنظيم داعش مواقع للجيش العراقي في كركوك.", SubEventType.armedClash),
        ("هاجموا مسلحون دورية للشرطة في الموصل.", SubEventType.armedClash),
        ("باغت مسلحون دورية للشرطة في الموصل.", SubEventType.armedClash),
        ("نصب مسلحون كمينا لدورية عسكرية في ديالى.", SubEventType.armedClash),
        ("وقتل في الهجوم على حاجز للجيش في ديالى 5 جنود.", nil),
        ("هاجم مسلحون حافلة تقل مدنيين في محافظة ديالى.", SubEventType.attack),
        ("هاجم مسلحون منزل مختار القرية في ديالى.", SubEventType.attack),
        ("اقتحم مسلحون مركزا للشرطة في كركوك وقتلوا شرطيين.", nil),
        ("داهم مسلحون منزلا في كركوك وقتلوا ثلاثة أشخاص.", nil),
        ("يهاجمون مسلحون نقطة تفتيش في ديالى", nil),
        ("ضربت ٤ صواريخ مطار أربيل الدولي.", SubEventType.shellingArtilleryMissile),
        ("ضربت ثلاثة صواريخ قاعدة عين الأسد في الأنبار.", SubEventType.shellingArtilleryMissile),
        ("هاجمت مسيرتان قاعدة عسكرية في الأنبار.", SubEventType.airDroneStrike),
        ("هاجمت مسيرات قاعدة التنف العسكرية.", SubEventType.airDroneStrike),
        ("العراق: مسلحون يهاجمون حاجزا للجيش في ديالى", SubEventType.armedClash),
        ("فهاجم المسلحون نقطة تفتيش للجيش في ديالى.", SubEventType.armedClash),
        ("هاجم مسلحون مجهولون، فجر اليوم، نقطة تفتيش للجيش في ديالى.", SubEventType.armedClash),
        ("هاجمت عناصر من تنظيم داعش موقعا عسكريا في كركوك.", SubEventType.armedClash),
        ("يهاجم مسلحون نقطة تفتيش في ديالى.", SubEventType.armedClash),
        ("وضربوا الموقع بقذائف الهاون في كركوك.", nil),
        ("أمطر الحوثيون مواقع الجيش بقذائف الهاون في تعز.", SubEventType.shellingArtilleryMissile),
        ("هاجم مسلحون قرية في ديالى فجر اليوم، وقتل في الهجوم ثلاثة مدنيين.", SubEventType.attack),
        ("وقتل جنديان إثر كمين في ديالى.", nil),
        ("مقتل جنديين في كمين لداعش في ديالى", nil),
        ("هاجم مسلحون يستقلون سيارة نقطة تفتيش في ديالى", nil),
        // the attack noun aimed at a post (passive "تعرضت … لهجوم", doer between noun and "على"), storming, armed nouns
        ("تعرضت نقطة تفتيش للجيش لهجوم من قبل مسلحين في ديالى.", SubEventType.armedClash),
        ("تعرضت دورية للشرطة لهجوم في الموصل.", SubEventType.armedClash),
        ("هجوم مسلحين على نقطة تفتيش في ديالى", SubEventType.armedClash),
        ("هجوم لداعش على حاجز للجيش في كركوك", SubEventType.armedClash),
        ("مسلحون يقتحمون مركزا للشرطة ويقتلون شرطيين في كركوك", nil),
        ("اقتحم مسلحون يحملون أسلحة رشاشة مركزا للشرطة في كركوك.", nil),
        ("هاجمت قوات الجيش مواقع لتنظيم داعش في كركوك.", SubEventType.armedClash),
        ("قوات الجيش تهاجم مواقع لداعش في كركوك", SubEventType.armedClash),
        ("ضربت صواريخ كاتيوشا محيط السفارة الأمريكية في بغداد.", SubEventType.shellingArtilleryMissile),
        ("ضرب صاروخ مبنى سكنيا في مدينة خاركيف.", SubEventType.shellingArtilleryMissile),
        ("باغت عناصر داعش دورية للجيش في صحراء الأنبار.", SubEventType.armedClash),
        ("هاجم ملثمون محلا تجاريا في الموصل.", SubEventType.attack),
        ("هاجم مجهولون منزل ضابط في كركوك بالأسلحة الرشاشة.", SubEventType.attack),
    ]

    static let negatives: [String] = [
        "هاجم الرئيس المعارضة في خطاب أمام البرلمان.",
        "هاجمت الصحيفة الحكومة بسبب ارتفاع الأسعار.",
        "ضرب الوزير موعدا للانتخابات في الشهر المقبل.",
        "ضرب المدرب مثالا بالتزام اللاعبين.",
        "ضربت الأسعار أرقاما قياسية في السوق.",
        "ضرب زلزال بقوة 5 درجات محافظة ديالى وقتل شخصان.",
        "هاجم المنتخب مرمى الخصم طوال الشوط الثاني.",
        "فاز الفريق بركلات الترجيح بعد التعادل.",
        "فاز الفريق بضربات الترجيح بعد التعادل.",
        "قال الرئيس في خطابه إن الهجوم على الحكومة غير مبرر.",
        "اقتحم المتظاهرون مبنى البرلمان في بغداد.",
        "داهمت الشرطة أوكارا لتجار المخدرات واعتقلت 5 متهمين.",
        "داهمت قوات الأمن منزلا في كركوك واعتقلت مطلوبا.",
        "اقتحم مستوطنون باحات المسجد الأقصى.",
        "هاجمت حماس السلطة الفلسطينية في بيان.",
        "هاجم حزب الله الحكومة اللبنانية بسبب قرار الانتخابات.",
        "هاجم زعيم المعارضة الجيش في مقابلة تلفزيونية.",
        "ضربت موجة حر المحافظة وسجلت درجات الحرارة 50 درجة.",
        "ضربت عاصفة ترابية محافظة الأنبار.",
        "أمطرت السماء المدينة طوال الليل.",
        "هاجم المهاجم مرمى الفريق وسجل هدفا.",
        "شن الرئيس هجوما حادا على المعارضة.",
        "ضرب الفيروس القطاع السياحي بقوة.",
        "هاجمت إسرائيل قرار الأمم المتحدة.",
        "هاجم الجيش السوداني قرار مجلس الأمن.",
        "تهاجم وسائل الإعلام الحكومة يوميا.",
        "ضربت الحكومة بيد من حديد على الفاسدين.",
        "اقتحم اللاعب منطقة الجزاء وسدد كرة قوية.",
        "هاجم الكاتب في مقاله سياسات الحكومة الاقتصادية.",
        "ضرب المنتخب موعدا مع البرازيل في النهائي.",
        "ضربت الأمطار الغزيرة محافظة صلاح الدين.",
        "اقتحمت الشركة سوق الهواتف الذكية.",
        "وقع المهرب في كمين أمني نصبته الشرطة.",
        "ضبط المتهم في كمين للشرطة على الطريق.",
        "ضربت الأزمة الاقتصادية قطاع البناء.",
        "هاجم المعلقون أداء الحكم في المباراة.",
        "داهم الوقت المفاوضين قبل انتهاء المهلة.",
        "هاجمت المعارضة قرار الحكومة رفع الأسعار.",
        "ضربت الولايات المتحدة عرض الحائط بالاتفاق.",
        "يضرب المنتخب موعدا مع الجزائر في نصف النهائي.",
        "يهاجمون الحكومة في كل مناسبة ويتهمونها بالفساد.",
        "اقتحم الفيلم شباك التذاكر في أسبوعه الأول.",
        // the attack noun as the last word: nothing after it to aim at
        "قال الوزير إن البلاد مستعدة لصد أي هجوم",
    ]
}
