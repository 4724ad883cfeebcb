import Foundation
import Testing
import RasdCore
@testable import RasdFeeds

/// Every format the parser claims: RSS 0.90–0.92, 1.0, 2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1.
@Suite struct FormatTests {
    func parse(_ file: String, contentType: String? = nil) throws -> Feed {
        try FeedParser.parse(Fixtures.data("feeds/\(file)"), contentType: contentType)
    }

    func date(_ s: String) -> Date { RFC3339.parse(s)! }

    @Test func rss20ArabicItemsCarryEveryField() throws {
        let f = try parse("rss20_arabic.xml")
        #expect(f.format == .rss20)
        #expect(f.title == "أخبار العالم العربي")  // RLM removed, &nbsp; → space
        #expect(f.link == "https://news.example.com/ar/")
        #expect(f.subtitle == "آخر الأخبار & التقارير")
        #expect(f.language == "ar")
        #expect(f.ttl == 15)
        #expect(f.author == "desk@example.com (غرفة الأخبار)")
        #expect(f.updated == date("2024-07-25T07:03:08Z"))
        #expect(f.items.count == 3)
        let a = f.items[0]
        #expect(a.id == "urn:example:1001")
        #expect(a.idIsPermaLink == false)
        #expect(a.title == "غارة جوية على \"مخزن\" للأسلحة…")
        #expect(a.link == "https://news.example.com/ar/article/1001?ref=rss&src=feed")
        #expect(a.published == date("2024-07-25T15:03:00Z"))
        #expect(a.authors == ["مراسل الموقع"])
        #expect(a.categories == ["سياسة", "أمن"])
        #expect(a.summary == "قصفت طائرة مسيّرة مخزناً للأسلحة\n\nوقال مصدر أمني إن الانفجار كان قوياً")
        #expect(a.content == "الفقرة الأولى من الخبر.\n\nالفقرة الثانية ’هنا’.\nسطر جديد")
        #expect(a.enclosures == [
            Enclosure(url: "https://news.example.com/ar/img/1001.jpg", type: "image/jpeg", length: 12345),
            Enclosure(url: "https://cdn.example.com/v/1001.mp4", type: "video/mp4", length: 999),
        ])
        // guid without isPermaLink is a permalink and stands in for the missing <link>.
        #expect(f.items[1].link == "https://news.example.com/ar/article/1002")
        #expect(f.items[1].idIsPermaLink == true)
        #expect(f.items[1].published == date("2024-07-25T13:45:00Z"))  // Arabic date
    }

    @Test func unparseableDateStaysAbsentWithWarning() throws {
        let f = try parse("rss20_arabic.xml")
        #expect(f.items[2].published == nil)
        #expect(f.warnings.contains("item 3: unparseable date \"منذ ساعتين\""))
    }

    @Test(arguments: [
        ("rss090.xml", Feed.Format.rss090, "Mozilla Dot Org", "New Status Updates"),
        ("rss091.xml", .rss091, "Old Style Feed", "First item"),
        ("rss10.xml", .rss10, "RDF Site", "بند أول"),
        ("atom03.xml", .atom03, "Atom 0.3 feed", "Entry one"),
        ("atom10.xml", .atom10, "موجز الأنباء", "قصف مدفعي"),
        ("jsonfeed10.json", .json10, "v1", nil),
        ("jsonfeed11.json", .json11, "JSON أخبار", "خبر أول"),
    ] as [(String, Feed.Format, String, String?)])
    func recognisesFormat(_ file: String, _ format: Feed.Format, _ title: String, _ firstItem: String?) throws {
        let f = try parse(file)
        #expect(f.format == format)
        #expect(f.title == title)
        #expect(f.items.first?.title == firstItem)
    }

    @Test func rss092EnclosureAndHTMLDescription() throws {
        let f = try parse("rss092.xml")
        #expect(f.format == .rss092)
        #expect(f.items[0].summary == "Only a description, bold")
        #expect(f.items[0].enclosures == [Enclosure(url: "http://example.org/a.mp3", type: "audio/mpeg", length: 42)])
    }

    @Test func rss10UsesDublinCore() throws {
        let f = try parse("rss10.xml")
        #expect(f.language == "ar")
        #expect(f.updated == date("2024-07-25T07:03:08Z"))
        #expect(f.items[0].id == "http://rdf.example.com/item/1")
        #expect(f.items[0].published == date("2024-07-25T07:00:00Z"))
        #expect(f.items[0].categories == ["تقارير"])
    }

    @Test func atom10TextConstructsBaseAndPeople() throws {
        let f = try parse("atom10.xml")
        #expect(f.id == "tag:atom.example.com,2024:feed")
        #expect(f.link == "https://atom.example.com/")  // alternate, not self
        #expect(f.subtitle == "عاجل وتقارير")
        #expect(f.language == "ar")
        #expect(f.author == "هيئة التحرير (desk@atom.example.com)")
        let e = f.items[0]
        #expect(e.link == "https://atom.example.com/news/2024/07/25/shelling")  // nested xml:base
        #expect(e.published == date("2024-07-25T05:00:00Z"))
        #expect(e.updated == date("2024-07-25T06:30:00Z"))
        #expect(e.summary == "ملخص <قصير>")  // type="text": angle brackets are text
        #expect(e.content == "الفقرة الأولى.\n\nالفقرة الثانية.")  // xhtml
        #expect(e.categories == ["أمن"])
        #expect(e.enclosures == [Enclosure(url: "https://atom.example.com/img/shelling.jpg", type: "image/jpeg", length: 2048)])
    }

    @Test func atom03EscapedContentAndDates() throws {
        let f = try parse("atom03.xml")
        #expect(f.subtitle == "An old format")
        #expect(f.updated == date("2004-01-01T19:48:21Z"))
        #expect(f.items[0].content == "Escaped HTML")
        #expect(f.items[0].published == date("2004-01-01T19:48:21Z"))
        #expect(f.items[0].updated == date("2004-01-02T10:00:00Z"))
    }

    @Test func jsonFeed11() throws {
        let f = try parse("jsonfeed11.json")
        #expect(f.link == "https://json.example.com/")
        #expect(f.author == "المحرر")
        let i = f.items[0]
        #expect(i.content == "فقرة أولى\n\nفقرة ثانية")
        #expect(i.published == date("2024-07-25T07:03:08Z"))
        #expect(i.enclosures == [Enclosure(url: "https://json.example.com/a.mp3", type: "audio/mpeg", length: 100)])
        #expect(f.items[1].id == "2")  // numeric id tolerated
        #expect(f.items[1].updated == nil)
        #expect(f.warnings == ["item 2: unparseable date \"not a date\""])
    }

    @Test func baseURLResolvesRelativeLinks() throws {
        let xml = Array("<rss version=\"2.0\"><channel><link>/home</link><item><link>a/b.html</link></item></channel></rss>".utf8)
        let f = try FeedParser.parse(xml, baseURL: "https://site.example.com/feeds/rss.xml")
        #expect(f.link == "https://site.example.com/home")
        #expect(f.items[0].link == "https://site.example.com/feeds/a/b.html")
    }
}
