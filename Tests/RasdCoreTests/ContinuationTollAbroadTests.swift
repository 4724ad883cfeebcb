import Foundation
import Testing
@testable import RasdCore

/// A sentence with no act word of its own that tells a toll (or its absence) at a place in another
/// country than the incident's tells of another act, such as the fire an air strike answered; a
/// sentence that names the act again ("الغارة") or tells of the incident's own country still
/// gives its casualties to the incident. Outcomes per incident, "place Kx Iy".
@Suite struct ContinuationTollAbroadTests {
    static func outcome(_ text: String) -> String { OwnSideVictimsTests.outcome(text) }

    @Test(arguments: [
        ("شنت طائرات إسرائيلية غارة على رفح الخميس ردا على إطلاق نار. وأوردت الشرطة الإسرائيلية أن منزلا في سديروت أصيب بأضرار بنيران أطلقت من قطاع غزة دون وقوع ضحايا.",
         "رفح K- I-"),
        ("شنت طائرات إسرائيلية غارة على رفح الخميس ردا على إطلاق نار. وقالت الشرطة إن منزلا في سديروت تضرر دون أن يصاب أحد.",
         "رفح K- I-"),
        ("شنت طائرات إسرائيلية غارة على رفح الخميس ردا على إطلاق نار. وأفادت الشرطة بأن رصاصا أصاب منزلا في سديروت ولم تقع إصابات.",
         "رفح K- I-"),
        ("شنت طائرات إسرائيلية غارة على رفح الخميس ردا على إطلاق نار. وذكرت الشرطة أن شخصين أصيبا في سديروت بنيران من القطاع.",
         "رفح K- I-"),
    ])
    func aTollAbroadIsNotTheStrikes(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }

    @Test(arguments: [
        // the act named again: its own result, wherever the speaker sits
        ("شنت طائرات إسرائيلية غارة على رفح الخميس. وقال متحدث عسكري في سديروت إن الغارة لم تسفر عن إصابات.", "رفح K0 I0"),
        // the incident's own country
        ("شنت طائرات إسرائيلية غارة على رفح الخميس. وأفادت مصادر طبية في قطاع غزة بمقتل ثلاثة فلسطينيين.", "رفح K3 I-"),
        // no place named
        ("شنت طائرات إسرائيلية غارة على رفح الخميس. ولم تقع إصابات.", "رفح K0 I0"),
    ])
    func theActsOwnTollStays(_ text: String, _ expected: String) {
        #expect(Self.outcome(text) == expected, "\(text)")
    }
}
