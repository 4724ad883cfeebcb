import Foundation
import Testing
@testable import RasdCore

/// A claim belongs to the act it tells of: a headline about another kind of act gives its claim
/// to that act only, and the police's account of a crime is no claim of it.
@Suite struct ClaimOtherActTests {
    static let published = Date(timeIntervalSince1970: 1_526_155_200)  // 2018-05-12T20:00:00Z
    static let airStrike = "شنت طائرات حربية غارة جوية على قرية في ريف إدلب الجنوبي، ما أسفر عن مقتل خمسة مدنيين، بحسب ناشطين."

    static func claims(title: String, text: String) -> [(String, Claim)] {
        ExtractionFixtureTests.extractor.extract(StoryText(title: title, text: text, published: published))
            .map { ($0.subEventType, $0.claim) }
    }

    @Test(arguments: [
        // the headline claims a bombing: the air strike the story tells of is nobody's claim
        ("داعش يتبنى تفجيرا انتحاريا في كابول", Claim.Status.notMentioned),
        ("تنظيم الدولة يعلن مسؤوليته عن تفجير سيارة مفخخة في بغداد", .notMentioned),
        // the headline claims the air strike itself: it stands
        ("داعش يتبنى غارة في إدلب", .claimed),
    ])
    func titleClaimGoesToItsOwnAct(_ title: String, _ status: Claim.Status) {
        let got = Self.claims(title: title, text: Self.airStrike)
        let strike = got.first { $0.0 == "Air/drone strike" }
        #expect(strike?.1.status == status, "\(got)")
    }

    @Test(arguments: [
        "قالت الشرطة الفرنسية إن رجلا هاجم المارة بسكين في وسط مدينة ليون ما أسفر عن مقتل شخص وإصابة أربعة آخرين.\nوأوضحت أن المهاجم أردي قتيلا برصاص الشرطة.",
        "أعلنت الشرطة أن مسلحا أطلق النار داخل مركز تجاري ما أدى إلى مقتل ثلاثة أشخاص.\nوأضافت أن المهاجم قتل برصاص الشرطة بعد دقائق.",
    ])
    func policeTellingOfACrimeDoNotClaimIt(_ text: String) {
        let got = Self.claims(title: "", text: text)
        #expect(!got.isEmpty)
        #expect(got.allSatisfy { $0.1.status != .claimed }, "\(got)")
    }

    /// "لم تعلن أي جهة مسؤوليتها عنه" further down stands for the act even when the story goes on
    /// to recall a claim of past attacks.
    @Test(arguments: [
        "ولا تزال حالة الطوارئ سارية منذ شن هجومين في عام 2015 استهدفا مناطق سياحية، وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجومين.",
        "وسبق أن شهدت المنطقة هجمات منذ عام 2013، وأعلن تنظيم القاعدة مسؤوليته عن معظمها.",
    ])
    func noClaimStandsBesideARecalledClaim(_ recalled: String) {
        let text = "وقال متحدث باسم الحرس الوطني إن سيارة تقل عناصر الأمن تعرضت لتفجير بلغم مضاد للمدرعات غرب البلاد.\n"
            + "يأتي الهجوم، الذي لم تعلن أي جهة مسؤوليتها عنه حتى الآن، في الوقت الذي تستعد فيه البلاد لموسم السياحة.\n" + recalled
        let got = Self.claims(title: "", text: text)
        let bomb = got.first { $0.0 == "Remote explosive/landmine/IED" }
        #expect(bomb?.1.status == .noClaim, "\(got)")
    }
}

/// A party's promise or denial before the act ("أكدت قوات التحالف أنها ستجري تحقيقا … إثر قصف جوي")
/// claims nothing, whoever is cited for it; and a statement's "ردا على" names the act it answered,
/// not the act it claims.
@Suite struct ClaimPromiseAndAnswerTests {
    @Test(arguments: [
        "أكدت قوات التحالف العربي في اليمن أنها ستجري تحقيقا لمعرفة مدى صحة الأنباء عن مقتل 20 شخصا إثر قصف جوي على حفل زفاف، وفقا لتصريحات المتحدث باسم التحالف.",
        "أعلن الجيش أنه سيفتح تحقيقا في مقتل ثلاثة مدنيين بقصف مدفعي على قرية حدودية، بحسب ما ذكر المتحدث باسم الجيش.",
    ])
    func promiseIsNoClaim(_ text: String) {
        let got = ClaimOtherActTests.claims(title: "", text: text)
        #expect(!got.isEmpty)
        #expect(got.allSatisfy { $0.1.status != .claimed }, "\(got)")
    }

    @Test func answeredActGetsNoClaim() {
        let text = "وسقطت قذيفتان صاروخيتان أطلقتا من قطاع غزة على مدينة سديروت، ما أدى إلى إصابة شخص بجروح طفيفة.\n"
            + "وفي بيان سابق قال الجيش الإسرائيلي إنه نفذ الغارات ردا على إطلاق صواريخ على الأراضي الإسرائيلية من قطاع غزة."
        let got = ClaimOtherActTests.claims(title: "", text: text)
        let rockets = got.first { $0.0 == "Shelling/artillery/missile attack" }
        #expect(rockets != nil && rockets?.1.status != .claimed, "\(got)")
    }
}

/// A claim sentence naming its act only generically ("استهداف") is about the act its weapon tells.
@Suite struct ClaimWeaponKindTests {
    @Test(arguments: [
        ("الحوثيون يعلنون استهداف المصفاة بطائرة مسيرة", Claim.Status.notMentioned),
        ("تنظيم الدولة يتبنى استهداف الدورية بعبوة ناسفة", .claimed),
    ])
    func claimOfAnotherWeapon(_ subhead: String, _ status: Claim.Status) {
        let text = subhead + "\nوكانت الجماعة قد أعلنت في وقت سابق عن عمليات مماثلة في المنطقة.\n"
            + "وعلى الصعيد السياسي، عقد المبعوث الأممي اجتماعا مع قادة الأحزاب في العاصمة.\n"
            + "وفي مأرب، قتل قائد عسكري رفيع وثلاثة من مرافقيه بتفجير عبوة ناسفة استهدفت سيارته."
        let got = ClaimOtherActTests.claims(title: "", text: text)
        let bomb = got.first { $0.0 == "Remote explosive/landmine/IED" }
        #expect(bomb?.1.status == status, "\(got)")
    }
}
