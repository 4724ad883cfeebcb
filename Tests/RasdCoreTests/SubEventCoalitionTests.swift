import Foundation
import Testing
@testable import RasdCore

/// A bare "هجوم" whose doer is a coalition is an air strike; a bare attack by anyone else stays a clash.
@Suite struct SubEventCoalitionTests {
    static let published = Date(timeIntervalSince1970: 1_533_800_000)  // 2018-08-09

    static func types(_ text: String) -> [String] {
        ExtractionFixtureTests.extractor.extract(StoryText(title: "", text: text, published: published)).map(\.subEventType)
    }

    @Test(arguments: [
        "قتل عدد من الأطفال في هجوم على حافلة في منطقة سوق ضحيان شمال اليمن. واتهمت مصادر قبلية محلية التحالف العسكري بقيادة السعودية بشن الهجوم.",
        "قتل خمسة مدنيين في هجوم على قرية في ريف دير الزور. وقالت مصادر محلية إن التحالف الدولي نفذ الهجوم.",
    ])
    func aCoalitionsBareAttackIsAnAirStrike(_ text: String) {
        #expect(Self.types(text) == [SubEventType.airDroneStrike], "\(text)")
    }

    @Test func aBareAttackBlamedOnAGroupIsNoAirStrike() {
        let text = "قتل عدد من الأطفال في هجوم على حافلة في منطقة سوق ضحيان شمال اليمن. واتهمت مصادر قبلية محلية جماعة الحوثي بشن الهجوم."
        #expect(!Self.types(text).contains(SubEventType.airDroneStrike), "\(Self.types(text))")
    }
}
