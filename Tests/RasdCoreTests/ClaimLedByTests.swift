import Testing
@testable import RasdCore

/// The party in a "led by" clause ("التحالف الذي تقوده السعودية قال") describes the body that
/// speaks; the body is the speaker.
@Suite struct ClaimLedByTests {
    @Test(arguments: [
        ("متحدث باسم التحالف الذي تقوده السعودية قال إن الغارة استهدفت هدفا عسكريا مشروعا في صعدة", "التحالف"),
        ("قوات التحالف بقيادة السعودية أعلنت أنها قصفت مواقع للحوثيين في صعدة", "قوات التحالف"),
        ("التحالف العربي الذي تقوده السعودية أعلن أنه دمر منصة لإطلاق الصواريخ في حجة", "التحالف العربي"),
        // no "led by" clause: the party before the verb speaks
        ("وقالت السعودية إن طائراتها قصفت مواقع للحوثيين في صعدة", "السعودية"),
    ] as [(String, String)])
    func speaker(_ text: String, _ actor: String) {
        let ms = ClaimSourceScopeTests.mentions(text).filter { $0.actor != nil }
        #expect(ms.first?.actor == actor, "\(text): \(ms)")
    }

    /// A party at the end of a relative clause before the verb describes the body that speaks.
    @Test(arguments: [
        ("لكن حكومة الرئيس بشار الأسد - التي تتلقى دعما عسكريا من روسيا - تنفي المسؤولية عن الهجوم", "روسيا"),
        ("غير أن السلطات التي تحظى بدعم إيران نفت أي مسؤولية عن القصف", "إيران"),
    ] as [(String, String)])
    func notTheSpeaker(_ text: String, _ described: String) {
        let ms = ClaimSourceScopeTests.mentions(text)
        #expect(!ms.isEmpty && !ms.contains { $0.actor == described }, "\(text): \(ms)")
    }
}
