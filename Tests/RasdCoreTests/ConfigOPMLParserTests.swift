import Testing
@testable import RasdCore

@Suite("OPML parser")
struct ConfigOPMLParserTests {
    static func parse(_ text: String) -> Result<[OPMLOutline], OPMLParser.Failure> { OPMLParser.parse(Array(text.utf8)) }

    @Test func nestedOutlinesKeepTheirLinesAndAttributes() throws {
        let doc = """
            \u{FEFF}<?xml version="1.0" encoding="utf-8"?>
            <!-- exported -->
            <opml version="2.0">
              <head><title>t &amp; u</title></head>
              <body>
                <outline text="A &amp; B" title='It&apos;s'>
                  <outline text="x"
                           xmlUrl="https://x.example/?a=1&amp;b=&#x32;&#51;"/>
                </outline>
                <outline text="عربي" xmlUrl="https://y.example/"></outline>
              </body>
            </opml>
            """
        let outlines = try Self.parse(doc).get()
        #expect(outlines.count == 2)
        #expect(outlines[0].attributes == ["text": "A & B", "title": "It's"])
        #expect(outlines[0].line == 6)
        #expect(outlines[0].children.map(\.line) == [7])
        #expect(outlines[0].children[0]["xmlurl"] == "https://x.example/?a=1&b=23")
        #expect(outlines[1]["text"] == "عربي" && outlines[1].children.isEmpty)
    }

    @Test func outlinesOutsideTheBodyAreIgnored() throws {
        let outlines = try Self.parse("<opml><head><outline text=\"h\"/></head><body/></opml>").get()
        #expect(outlines.isEmpty)
    }

    @Test(arguments: [
        ("<opml><body><outline></body></opml>", 1, "does not match <outline>"),
        ("<opml>\n<body>\n<outline text=\"a\">\n</body>", 4, "does not match <outline> opened on line 3"),
        ("<opml><body>", 1, "<body> opened on line 1 is never closed"),
        ("", 1, "no <opml> element"),
        ("<rss/>", 1, "root element is <rss>, not <opml>"),
        ("<opml/><opml/>", 1, "extra content after the root element"),
        ("<opml>\n<body x=\"1\" x=\"2\"/></opml>", 2, "repeated"),
        ("<opml>\n\n<body a=b/></opml>", 3, "not quoted"),
        ("<opml><body><outline text=\"a<b\"/></body></opml>", 1, "'<' in the value"),
        ("<opml><body><outline text=\"&nbsp;\"/></body></opml>", 1, "undefined entity &nbsp;"),
        ("<opml><body><outline text=\"a & b\"/></body></opml>", 1, "'&' not starting an entity"),
        ("<opml><body><outline text=\"&#0;\"/></body></opml>", 1, "bad character reference"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml/>", 1, "encoding 'iso-8859-1' is not supported"),
        ("<opml>\n<!-- never closed\n", 2, "unterminated comment"),
        ("<opml><body><outline text=\"a\"xmlUrl=\"b\"/></body></opml>", 1, "space expected"),
        ("<opml><body>< outline/></body></opml>", 1, "not followed by a name"),
        ("hello<opml/>", 1, "text before the root element"),
    ])
    func malformedDocumentsAreLocatedFailures(doc: String, line: Int, message: String) throws {
        guard case .failure(let failure) = Self.parse(doc) else { Issue.record("accepted: \(doc)"); return }
        #expect(failure.line == line, "\(failure)")
        #expect(failure.message.contains(message), "\(failure.message)")
    }

    @Test func invalidUTF8NamesItsLine() {
        let bytes = Array("<opml>\n<body>\n".utf8) + [0xC3, 0x28] + Array("</body></opml>".utf8)
        #expect(OPMLParser.parse(bytes) == .failure(.init(line: 3, message: "not valid UTF-8; save the file as UTF-8")))
    }

    @Test func declaredEntitiesAreNeverExpanded() {
        let doc = """
            <!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY ext SYSTEM "file:///etc/passwd">]>
            <opml><body><outline text="&b;" xmlUrl="https://x/"/></body></opml>
            """
        guard case .failure(let failure) = Self.parse(doc) else { Issue.record("entity expanded"); return }
        #expect(failure.message.contains("undefined entity &b;") && failure.line == 3)
    }

    @Test func deepNestingIsRefusedNotRecursed() {
        let doc = "<opml><body>" + String(repeating: "<outline text=\"a\">", count: 10_000) + "</body></opml>"
        guard case .failure(let failure) = Self.parse(doc) else { Issue.record("accepted"); return }
        #expect(failure.message.contains("nested deeper than \(OPMLParser.maxDepth)"))
    }
}
