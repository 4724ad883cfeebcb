import Testing
@testable import RasdCore

@Suite("OPML outlines to feeds")
struct ConfigOPMLMapperTests {
    static let tree: [OPMLOutline] = [
        OPMLOutline(attributes: ["text": "News"], line: 3, children: [
            OPMLOutline(attributes: ["text": "Iraq"], line: 4, children: [
                OPMLOutline(attributes: ["text": "Shafaq News", "xmlUrl": "https://shafaq.example/rss"], line: 5),
                OPMLOutline(attributes: ["title": "السومرية", "text": "x", "xmlurl": "https://sumaria.example/rss",
                                         "category": "tv, local/iraq"], line: 6),
            ]),
            OPMLOutline(attributes: ["text": "Shafaq News", "xmlUrl": "https://shafaq.example/other"], line: 8),
        ]),
        OPMLOutline(attributes: ["text": "Old", "isComment": "true"], line: 10, children: [
            OPMLOutline(attributes: ["text": "Deep", "id": "custom-id", "xmlUrl": "https://old.example/"], line: 11),
        ]),
        OPMLOutline(attributes: ["text": "Loose", "xmlUrl": "https://loose.example/", "isComment": "TRUE"], line: 13),
        OPMLOutline(attributes: ["text": "just a note"], line: 14),
    ]

    let feeds = OPMLFeedMapper.definitions(from: Self.tree, file: "subs.opml").map(\.feed)

    @Test func everyOutlineWithXMLURLIsAFeedInDocumentOrder() {
        #expect(feeds.map(\.url) == ["https://shafaq.example/rss", "https://sumaria.example/rss",
                                     "https://shafaq.example/other", "https://old.example/", "https://loose.example/"])
    }

    @Test func folderNamesAtEveryDepthBecomeTags() {
        #expect(feeds[0].tags == ["News", "Iraq"])
        #expect(feeds[1].tags == ["News", "Iraq", "tv", "local", "iraq"])
        #expect(feeds[2].tags == ["News"])
        #expect(feeds[4].tags == [])
    }

    @Test func titleWinsOverTextForTheName() {
        #expect(feeds[1].name == "السومرية" && feeds[1].outlet == "السومرية")
    }

    @Test func idsAreSlugsHashesOrGiven() {
        #expect(feeds[0].id == "shafaq-news")
        #expect(feeds[1].id == "feed-" + OPMLFeedMapper.urlHash("https://sumaria.example/rss"))
        #expect(feeds[2].id == "shafaq-news-" + OPMLFeedMapper.urlHash("https://shafaq.example/other"))
        #expect(feeds[3].id == "custom-id")
        #expect(Set(feeds.map(\.id)).count == feeds.count)
    }

    @Test func idsAreStableAcrossRuns() {
        #expect(OPMLFeedMapper.urlHash("https://sumaria.example/rss") == OPMLFeedMapper.urlHash("https://sumaria.example/rss"))
        #expect(OPMLFeedMapper.urlHash("") == "cbf29ce4")  // FNV-1a 64 offset basis
        #expect(OPMLFeedMapper.definitions(from: Self.tree, file: "subs.opml").map(\.feed.id) == feeds.map(\.id))
    }

    @Test func isCommentDisablesTheOutlineAndEverythingInside() {
        #expect(feeds.map(\.enabled) == [true, true, true, false, false])
    }

    @Test func feedsKnowTheirLine() {
        #expect(feeds[1].origin == SourceLocation(file: "subs.opml", line: 6))
    }

    @Test(arguments: [("BBC Arabic", "bbc-arabic"), ("  Sky News -- عربية!", "sky-news"), ("عربي", ""),
                      ("RT/Arabic (RSS)", "rt-arabic-rss")])
    func slugs(name: String, slug: String) {
        #expect(OPMLFeedMapper.slug(name) == slug)
    }
}

extension ConfigOPMLMapperTests {
    @Test func opmlErrorsUseOPMLsAttributeNames() throws {
        let defs = OPMLFeedMapper.definitions(from: [OPMLOutline(attributes: ["text": "A b", "xmlUrl": "ftp://a/"], line: 4)],
                                              file: "s.opml")
        let errors = FeedValidator.validate(defs, config: DaemonConfig())
        #expect(errors.map(\.location) == [SourceLocation(file: "s.opml", line: 4, key: "xmlUrl")])
    }
}
