import Foundation
import Testing
@testable import RasdCore

@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("2024-07-25T10:03:08Z", 1_721_901_788.0),
        ("2024-07-25T13:03:08+03:00", 1_721_901_788.0),
        ("1970-01-01T00:00:00Z", 0.0),
        ("2000-02-29T23:59:59-00:30", 951_870_599.0),
    ])
    func parses(_ text: String, _ epoch: Double) {
        #expect(RFC3339.parse(text)?.timeIntervalSince1970 == epoch)
    }

    @Test(arguments: ["", "2024-07-25", "2024-13-01T00:00:00Z", "2024-07-25T10:03:08", "x024-07-25T10:03:08Z"])
    func rejects(_ text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    @Test func formatsAndRoundTrips() {
        let d = Date(timeIntervalSince1970: 1_721_901_788)
        #expect(RFC3339.string(d) == "2024-07-25T10:03:08Z")
        #expect(RFC3339.compact(d) == "20240725T100308Z")
        #expect(RFC3339.day(d) == "2024-07-25")
        #expect(RFC3339.parse(RFC3339.string(d)) == d)
    }

    @Test func weekdayIsRight() {
        // 2024-07-25 was a Thursday (4).
        #expect(CivilTime(Date(timeIntervalSince1970: 1_721_901_788)).weekday == 4)
        #expect(CivilTime(Date(timeIntervalSince1970: -1)).weekday == 3)
    }
}
