import Foundation
import Testing
@testable import RasdCore

@Suite("Schedule: HTTP header values")
struct ScheduleHeaderParsingTests {
    static let nov1994 = CivilTime.date(year: 1994, month: 11, day: 6, hour: 8, minute: 49, second: 37)

    @Test(arguments: [
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994",
        "sun, 06 nov 1994 08:49:37 gmt",
    ])
    func httpDateForms(_ text: String) {
        #expect(HTTPDate.parse(text) == Self.nov1994)
    }

    @Test(arguments: ["", "tomorrow", "Sun, 06 Nov 1994 08:49:37 +0300", "Sun, 32 Nov 1994 08:49:37 GMT",
                      "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Nov 1994 08:49 GMT"])
    func httpDateRejects(_ text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }

    @Test func httpDateRoundTrip() {
        #expect(HTTPDate.string(Self.nov1994) == "Sun, 06 Nov 1994 08:49:37 GMT")
        let d = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(HTTPDate.parse(HTTPDate.string(d)) == d)
    }

    @Test(arguments: [
        ("120", RetryAfter?.some(.seconds(120))),
        (" 0 ", .seconds(0)),
        ("Sun, 06 Nov 1994 08:49:37 GMT", .date(nov1994)),
        ("-5", nil),
        ("1.5", nil),
        ("soon", nil),
        ("", nil),
    ])
    func retryAfterParse(_ text: String, _ expected: RetryAfter?) {
        #expect(RetryAfter.parse(text) == expected)
    }

    @Test func retryAfterDelay() {
        let now = Self.nov1994
        #expect(RetryAfter.seconds(30).delay(from: now) == 30)
        #expect(RetryAfter.date(now + 90).delay(from: now) == 90)
        #expect(RetryAfter.date(now + -90).delay(from: now) == 0)
    }

    @Test(arguments: [
        ("max-age=300", Int?.some(300)),
        ("public, max-age=60, must-revalidate", 60),
        ("MAX-AGE = 45", 45),
        ("max-age=\"120\"", 120),
        ("no-cache, max-age=60", nil),
        ("max-age=60, no-store", nil),
        ("max-age=abc", nil),
        ("max-age=-1", nil),
        ("s-maxage=100", nil),
        ("private", nil),
        (",,", nil),
    ])
    func cacheControlMaxAge(_ value: String, _ expected: Int?) {
        #expect(CacheControl.maxAge(value) == expected)
    }

    @Test func failureCategoriesHaveStableNames() {
        #expect(FetchFailure.httpStatus(503).category.rawValue == "http_status")
        #expect(FetchFailure.tooLarge.category.rawValue == "too_large")
        #expect(FetchFailure.protocolRefused.description == "protocol_refused")
        #expect(FetchFailure.httpStatus(404).description == "http_status(404)")
        #expect(FetchFailure.Category.allCases.count == 11)
    }
}
