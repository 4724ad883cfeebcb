import Testing
@testable import RasdCore

@Suite struct DedupCanonicalURLTests {
    @Test(arguments: [
        ("HTTPS://WWW.Example.COM:443/a/b?x=1#frag", "https://example.com/a/b?x=1"),
        ("http://example.com:80", "https://example.com/"),
        ("http://example.com:8080/a", "https://example.com:8080/a"),
        ("https://example.com/a?utm_source=tw&utm_medium=social&id=7&fbclid=abc", "https://example.com/a?id=7"),
        ("https://example.com/a?gclid=1&mc_cid=2&mc_eid=3&ref=home&at_medium=x&at_campaign=y", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1&c=3", "https://example.com/a?a=1&b=2&c=3"),
        ("  https://example.com/a?  ", "https://example.com/a"),
        ("https://example.com/%7euser/%41bc", "https://example.com/~user/Abc"),
        ("https://example.com/a%2fb", "https://example.com/a%2Fb"),
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://m.aljazeera.net/news/2024/7/25/x", "https://aljazeera.net/news/2024/7/25/x"),
        ("https://www.aljazeera.net/amp/news/2024/7/25/x", "https://aljazeera.net/news/2024/7/25/x"),
        ("https://www.bbc.co.uk/arabic/world-43193332", "https://bbc.com/arabic/world-43193332"),
        ("https://www.bbc.com/arabic/world-43193332.amp", "https://bbc.com/arabic/world-43193332"),
        ("https://www.skynewsarabia.com/amp/middle-east/1111-x", "https://skynewsarabia.com/middle-east/1111-x"),
        ("https://arabic.cnn.com/middle-east/article/2024/07/25/x/amp", "https://arabic.cnn.com/middle-east/article/2024/07/25/x"),
        ("https://example.com/story?amp=1", "https://example.com/story"),
        ("not a url", "not a url"),
        ("ftp://example.com/a", "ftp://example.com/a"),
    ])
    func canonicalForm(_ raw: String, _ expected: String) {
        #expect(CanonicalURL.canonical(raw) == expected)
    }

    func percentEncoded(_ s: String, upper: Bool) -> String {
        s.utf8.map { b in
            b < 0x80 ? String(UnicodeScalar(b)) : "%" + String(b, radix: 16, uppercase: upper)
        }.joined()
    }

    @Test func arabicSlugSpellingsCompareEqual() {
        let slug = "إليسا-تمنح-قلبها.html"
        let base = "http://www.alarabiya.net/ar/culture-and-art/2018/03/04/"
        let raw = CanonicalURL.canonical(base + slug)
        #expect(raw == CanonicalURL.canonical(base + percentEncoded(slug, upper: false)))
        #expect(raw == CanonicalURL.canonical(base + percentEncoded(slug, upper: true)))
        #expect(raw == "https://alarabiya.net/ar/culture-and-art/2018/03/04/" + percentEncoded(slug, upper: true))
    }

    @Test func unknownSitesKeepTheirMobileHost() {
        #expect(CanonicalURL.canonical("https://m.example.org/a") == "https://m.example.org/a")
    }

    @Test(arguments: ["utm_campaign", "UTM_Source", "fbclid", "at_xtor", "ref", "mc_eid"])
    func trackingNames(_ name: String) {
        #expect(TrackingParameters.isTracking(name))
    }

    @Test(arguments: ["id", "page", "reference", "q"])
    func contentNames(_ name: String) {
        #expect(!TrackingParameters.isTracking(name))
    }
}
