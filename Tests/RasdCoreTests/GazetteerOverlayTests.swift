import Foundation
import Testing
@testable import RasdCore

@Suite struct GazetteerOverlayTests {
    @Test func overlayRowsTakePrecedence() throws {
        let base = try GazetteerFixtures.small()
        let g = try Gazetteer(merging: base, overlayTSV: Fixtures.text("gazetteer/overlay_ok.tsv"), origin: "local.tsv")
        // Same key, country and governorate: the overlay row replaces the shipped one.
        let baghdadIQ = g.places(named: "بغداد").filter { $0.country == "IQ" && $0.kind == .locality }
        #expect(baghdadIQ.count == 1)
        #expect(baghdadIQ.first?.nameEn == "Baghdad (corrected)")
        #expect(baghdadIQ.first?.source == "my notes" && baghdadIQ.first?.priority == 1)
        // New rows are added, variants become keys, empty population reads as 0.
        let checkpoint = try #require(g.places(named: "سيطرة 7").first)
        #expect(checkpoint.kind == .site && checkpoint.population == 0 && checkpoint.lat == 33.42)
        // A user row wins a tie in context against a shipped row elsewhere.
        let aden = g.resolve(g.places(named: "عدن"), context: PlaceContext())
        #expect(aden?.country == "SY" && aden?.nameEn == "Adan hamlet")
        #expect(g.places.count == base.places.count + 1)  // two replaced, one added
    }

    @Test func invalidOverlayRowsAreAllReportedWithLines() throws {
        let base = try GazetteerFixtures.small()
        let text = try Fixtures.text("gazetteer/overlay_bad.tsv")
        do throws(GazetteerErrors) {
            _ = try Gazetteer(merging: base, overlayTSV: text, origin: "local.tsv")
            Issue.record("a broken overlay must not load")
        } catch {
            #expect(error.errors.map(\.line) == [3, 4, 6])
            #expect(error.errors.map(\.field) == ["kind", "lat", nil])
            #expect(error.errors.allSatisfy { $0.origin == "local.tsv" })
            #expect(error.description.contains("local.tsv:3: kind: unknown kind \"fortress\""))
        }
    }

    @Test(arguments: [
        ("", "no header line"),
        ("بغداد\tlocality\tIQ\t33\t44\n", "data before the header"),
        ("name_ar\tkind\tcountry\tlat\n", "header lacks column(s) lon"),
        ("name_ar\tkind\tcountry\tlat\tlon\nBaghdad\tlocality\tIQ\t33\t44\n", "no Arabic letters"),
        ("name_ar\tkind\tcountry\tlat\tlon\nبغداد\tlocality\tIraq\t33\t44\n", "not an ISO 3166-1"),
        ("name_ar\tkind\tcountry\tlat\tlon\nبغداد\tlocality\tIQ\t33\t244\n", "not a longitude"),
        ("name_ar\tkind\tcountry\tlat\tlon\tpopulation\nبغداد\tlocality\tIQ\t33\t44\tmany\n", "not a count"),
    ])
    func malformedTextIsAnError(_ text: String, _ message: String) {
        let parsed = GazetteerTSV.parse(text, origin: "t.tsv")
        #expect(parsed.places.isEmpty)
        #expect(parsed.errors.count == 1)
        #expect(parsed.errors.first?.description.contains(message) == true, "\(parsed.errors)")
    }

    @Test func commentsBlankLinesAndCRLFAreFine() {
        let text = "\u{FEFF}# my places\r\n\r\nname_ar\tkind\tcountry\tlat\tlon\r\n# a comment\r\nالمنطقة الخضراء\tsite\tIQ\t33.30\t44.39\r\n"
        let parsed = GazetteerTSV.parse(text, origin: "t.tsv")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.places.map(\.key) == ["المنطقه الخضراء"])
        #expect(parsed.places.first?.source == "t.tsv:5")
    }

    @Test func emptyOverlayKeepsTheBase() throws {
        let base = try GazetteerFixtures.small()
        let g = try Gazetteer(merging: base, overlayTSV: "# nothing yet\nname_ar\tkind\tcountry\tlat\tlon\n", origin: "x")
        #expect(g.places.count == base.places.count)
    }
}

@Suite struct GazetteerConfigExampleTests {
    /// Config/gazetteer.local.tsv ships empty but valid, and its commented example row is valid too.
    @Test func shippedUserOverlayExampleIsValid() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = String(decoding: try Data(contentsOf: repo.appendingPathComponent("Config/gazetteer.local.tsv")), as: UTF8.self)
        let parsed = GazetteerTSV.parse(text, origin: "gazetteer.local.tsv")
        #expect(parsed.errors.isEmpty && parsed.places.isEmpty)
        let example = text.split(separator: "\n").first { $0.hasPrefix("# ") && $0.contains("\t") }
        let row = try #require(example).dropFirst(2)
        let withExample = GazetteerTSV.parse(text + row + "\n", origin: "gazetteer.local.tsv")
        #expect(withExample.errors.isEmpty)
        #expect(withExample.places.first?.kind == .site)
        #expect(withExample.places.first?.altKeys == ["سيطره الصقور"])
    }
}

@Suite struct GazetteerCoordinateTests {
    /// Regression: digit-by-digit accumulation read "42.441" as 42.440999999999995.
    @Test(arguments: ["42.441", "-33.125", "33.786", "0.1", "44.3661", "12"])
    func coordinatesReadExactlyAsWritten(_ text: String) throws {
        let header = "name_ar\tname_ar_other\tname_en\tkind\tadmin1_ar\tadmin1_en\tcountry\tlat\tlon\tpopulation\tsource\n"
        let row = "موقع\t\tSite\tsite\tالأنبار\tAl-Anbar\tIQ\t\(text)\t\(text)\t\tnotes\n"
        let parsed = GazetteerTSV.parse(header + row, origin: "t.tsv")
        let place = try #require(parsed.places.first)
        #expect(place.lat == Double(text)!)
        #expect(place.lon == Double(text)!)
        #expect("\(place.lon)" == "\(Double(text)!)")
    }
}
