import Foundation
import Testing
@testable import RasdCore

/// Claims under paraphrase, end to end through the extractor: each row of
/// `Fixtures/claims/paraphrases.txt` is a one- to three-sentence story (title and body) and the
/// claim status and actor its first incident must carry. The matrix tells each status the ways
/// wire copy words it — the verb of adopting in its forms (تبنى، تبنّى، تبنت، تتبنى، verbal noun
/// "تبني"، "تبنيه"), "أعلن مسؤوليته" with the claimant and a source between, headlines, a group's
/// own statement and first person, a negated claim with any subject and words of time between
/// ("ولم يعلن تنظيم داعش مسؤوليته"، "ولم تعلن أي جهة رسميا"), denials with every pronoun
/// ("ضلوعها"، "أي صلة لها"، "لا علاقة لنا بهذا الهجوم"، "تنصلت"، "تبرأت"), blame by a source
/// (accuser named by a nisba, "مسلحين من تنظيم داعش"، "يرجح أن تكون … وراء"), and claims that are
/// not this act's (past acts, acts in general, a politician's words). The same matrix is run over
/// the CLI by `scripts/claim_paraphrases.py`. Written for these tests, never copied from the corpus.
@Suite struct ClaimParaphraseTests {
    struct Row: Sendable, CustomStringConvertible {
        var title: String, body: String, status: String, actor: String
        var description: String { "\(title) ## \(body)" }
    }

    static let published = Date(timeIntervalSince1970: 1_722_502_800)  // 2024-08-01T09:00:00Z

    static let rows: [Row] = {
        let text = (try? Fixtures.text("claims/paraphrases.txt")) ?? ""
        return text.split(separator: "\n").compactMap { line -> Row? in
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { return nil }
            let cols = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count == 3 else { return nil }
            let story = cols[0].components(separatedBy: " ## ")
            return Row(title: story[0], body: story.count > 1 ? story[1] : "", status: cols[1], actor: cols[2])
        }
    }()

    @Test func matrixIsRead() {
        #expect(Self.rows.count >= 170)
        for s in ["claimed", "denied", "no_claim", "attributed", "not_mentioned"] {
            #expect(Self.rows.contains { $0.status == s }, "no row for \(s)")
        }
    }

    @Test(arguments: rows)
    func claimOfFirstIncident(_ row: Row) {
        let got = ExtractionFixtureTests.extractor.extract(StoryText(title: row.title, text: row.body, published: Self.published))
        guard let claim = got.first?.claim else {
            Issue.record("\(row): no incident")
            return
        }
        #expect(claim.status.rawValue == row.status, "\(row) → \(claim)")
        if row.actor != "-" {
            #expect((claim.actor ?? "null") == row.actor, "\(row) → \(claim)")
        }
    }
}
