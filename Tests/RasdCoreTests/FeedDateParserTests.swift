import Foundation
import Testing
@testable import RasdCore

@Suite struct FeedDateParserTests {
    /// 2024-07-25T10:03:08Z
    static let t = 1_721_901_788.0

    static let readable: [(String, Double)] = [
        // RFC 822 and its broken variants
        ("Thu, 25 Jul 2024 10:03:08 GMT", t),
        ("Thu, 25 Jul 2024 13:03:08 +0300", t),
        ("25 Jul 2024 10:03:08 +0000", t),  // no weekday
        ("Thu, 25 Jul 24 10:03:08 GMT", t),  // two-digit year
        ("Thu,  25  Jul  2024   10:03:08   GMT", t),  // extra spaces
        ("Thu, 25 Jul 2024 06:03:08 EDT", t),  // named zone
        ("Thu, 25 Jul 2024 05:03:08 EST", t),
        ("Thursday, 25 July 2024 10:03:08 UT", t),
        ("Thu Jul 25 2024 10:03:08 GMT+0000", t),  // month first
        ("Thu, 25 Jul 2024 10:03:08", t),  // no zone: UTC
        ("Thu, 25 Jul 2024 13:03:08 +03:00", t),
        // RFC 3339 / ISO 8601
        ("2024-07-25T10:03:08Z", t),
        ("2024-07-25T13:03:08+03:00", t),
        ("2024-07-25T13:03:08+0300", t),
        ("2024-07-25 10:03:08", t),
        ("2024-07-25T10:03:08.000Z", t),
        ("2024-07-25", 1_721_865_600),
        // Arabic: both month series, weekday names, Arabic-Indic and Persian digits, ص/م
        ("الخميس 25 يوليو 2024 10:03:08", t),
        ("الخميس، ٢٥ يوليو ٢٠٢٤ - ١٠:٠٣:٠٨", t),
        ("25 تموز 2024 10:03:08 GMT", t),
        ("۲۵ تموز ۲۰۲۴ ۱۰:۰۳:۰۸", t),
        ("16 يوليو/تموز 2024", 1_721_088_000),
        ("5 كانون الثاني 2024", 1_704_412_800),
        ("25 يوليو 2024 10:03:08 ص", t),
        ("25 يوليو 2024 01:03:08 م", 1_721_869_388 + 12 * 3600),
        ("25/07/2024 10:03:08", t),
        ("الأربعاء 24 تموز 2024م", 1_721_779_200),
    ]

    @Test(arguments: readable)
    func parses(_ text: String, _ epoch: Double) {
        #expect(FeedDateParser.parse(text)?.timeIntervalSince1970 == epoch, "\(text)")
    }

    @Test(arguments: [
        "", "now", "منذ ساعتين", "yesterday at noon", "Thu, 32 Jul 2024 10:03:08 GMT",
        "2024-13-01T00:00:00Z", "30 فبراير 2024", "15 رمضان 1445 هـ", "12345", "Foo, 25 Bar 2024",
    ])
    func refusesRatherThanGuessing(_ text: String) {
        #expect(FeedDateParser.parse(text) == nil, "\(text)")
    }
}
