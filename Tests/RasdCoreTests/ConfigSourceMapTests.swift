import Testing
@testable import RasdCore

@Suite("TOML source map: lines of keys and tables")
struct ConfigSourceMapTests {
    static let text = """
        # comment = not a key
        version = 1
        feeds = [
          "a = b",
          "../Feeds",
        ]
        note = \"\"\"
        [[feed]]
        id = "inside a string"
        \"\"\"

        [[feed]]
        id = "first"
          url = "https://a.example/"

        [limits]
        "quoted key" = 3

        [[feed]]
        id = "second"
        name.part = "dotted"
        """

    let map = TOMLSourceMap(text: Self.text)

    @Test func rootKeysHaveTheirLines() {
        #expect(map.line(of: "version") == 2)
        #expect(map.line(of: "feeds") == 3)
        #expect(map.line(of: "note") == 7)
    }

    @Test func arrayContinuationAndMultilineStringsAreNotKeysOrHeaders() {
        #expect(map.line(of: "a") == nil)
        #expect(map.headerLine(ofElement: 0, of: "feed") == 12)
        #expect(map.line(of: "id", in: .element("feed", 0)) == 13)
    }

    @Test func theNthElementFindsItsOwnKeys() {
        #expect(map.line(of: "url", in: .element("feed", 0)) == 14)
        #expect(map.line(of: "id", in: .element("feed", 1)) == 20)
        #expect(map.line(of: "name", in: .element("feed", 1)) == 21)
    }

    @Test func aMissingKeyFallsBackToItsTableHeader() {
        #expect(map.line(of: "url", in: .element("feed", 1)) == 19)
        #expect(map.line(of: nil, in: .element("feed", 1)) == 19)
        #expect(map.line(of: "url", in: .element("feed", 7)) == nil)
    }

    @Test func quotedKeysInPlainTables() {
        #expect(map.line(of: "quoted key", in: .table("limits")) == 17)
        #expect(map.line(of: nil, in: .table("limits")) == 16)
    }
}

extension ConfigSourceMapTests {
    @Test func aRootKeyWrittenAsATableHeaderFindsTheHeader() {
        let map = TOMLSourceMap(text: "version = 1\n\n[feed]\nid = \"x\"\n")
        #expect(map.line(of: "feed") == 3)
        #expect(map.line(of: "other") == nil)
    }
}

@Suite("TOML pre-check of inputs that crash toml++")
struct ConfigTOMLPrecheckTests {
    @Test(arguments: [("[.", 1), ("a = 1\n[ أخبار ]", 2), ("[[#x]]", 1), ("x = \"\"\"\n\"\"\"\n[=]", 3), ("[{a=1}]", 1)])
    func headersThatCannotStartAKeyAreRefused(text: String, line: Int) {
        #expect(TOMLPrecheck.firstProblem(in: text)?.line == line)
    }

    @Test(arguments: [
        "[feed]\n[[feed]]\n[ \"أخبار\" ]\n['x']\n[]",
        "a = [\n  [{x = 1}],\n  [+1],\n]\n",
        "s = \"[.not a header\"\nm = '''\n[.\n'''\nn = \"\"\"\n\\\"\"\"\n[.\n\"\"\"\n",
        "# [.comment\n",
    ])
    func validOrUnrelatedTextPasses(text: String) {
        #expect(TOMLPrecheck.firstProblem(in: text) == nil)
    }
}
