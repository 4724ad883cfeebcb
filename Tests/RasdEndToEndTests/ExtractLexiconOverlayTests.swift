import Foundation
import Testing

/// `rasd extract --lexicon` and the daemon's `lexicon_overlay`: the user's overlay reaches the
/// real binary, and a bad row is refused (exit 78) with `file:line: field: message`, never skipped.
@Suite("Extract with a lexicon overlay (end to end)")
struct ExtractLexiconOverlayTests {
    static let story = """
    انفجرت عبوة ناسفة صباح اليوم الخميس برتل للدعم اللوجستي على الطريق السريع جنوب بغداد، دون أن تسفر عن إصابات.
    وقالت سرايا أولياء الدم في بيان إنها استهدفت الرتل بعبوة ناسفة.
    """
    static let overlay = """
    # test overlay
    type\tphrase_ar\tcanonical\tside\tnote
    actor\tسرايا أولياء الدم\tSaraya Awliya al-Dam\tnon_state\tseen in 2020 statements
    """
    /// The overlay with a fourth row whose type is misspelt.
    static let badOverlay = overlay + "\nmilitia\tعصبة الثائرين\tUsbat al-Thaireen\tnon_state\t\n"

    func run(_ args: [String], in dir: String) async throws -> (status: Int32?, stdout: String, stderr: String) {
        let p = try ChildProcess(E2EWorkspace.rasd, args, stdoutPath: dir + "/out.json", stderrPath: dir + "/err.txt")
        let status = await p.wait(seconds: 60)
        return (status, (try? String(contentsOfFile: dir + "/out.json", encoding: .utf8)) ?? "",
                (try? String(contentsOfFile: dir + "/err.txt", encoding: .utf8)) ?? "")
    }

    func claim(_ json: String) throws -> (status: String?, actor: String?) {
        let arr = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        let c = arr.first?["claim"] as? [String: Any]
        return (c?["status"] as? String, c?["actor"] as? String)
    }

    @Test func overlayActorMakesTheStatementAClaim() async throws {
        let ws = try E2EWorkspace("lexicon")
        defer { ws.remove() }
        let dir = ws.root
        try Self.story.write(toFile: dir + "/story.txt", atomically: true, encoding: .utf8)
        try Self.overlay.write(toFile: dir + "/lexicon.tsv", atomically: true, encoding: .utf8)
        let common = ["extract", dir + "/story.txt", "--published", "2024-08-08T12:00:00+03:00"]

        try "type\tphrase_ar\tcanonical\tside\tnote\n".write(toFile: dir + "/empty.tsv", atomically: true, encoding: .utf8)
        let without = try await run(common + ["--lexicon", dir + "/empty.tsv"], in: dir)
        #expect(without.status == 0, "\(without.stderr)")
        #expect(try claim(without.stdout).status == "not_mentioned", "\(without.stdout)")
        try? FileManager.default.removeItem(atPath: dir + "/out.json"); try? FileManager.default.removeItem(atPath: dir + "/err.txt")

        let with = try await run(common + ["--lexicon", dir + "/lexicon.tsv"], in: dir)
        #expect(with.status == 0, "\(with.stderr)")
        let c = try claim(with.stdout)
        #expect(c.status == "claimed" && c.actor == "سرايا أولياء الدم", "\(with.stdout)")
        try? FileManager.default.removeItem(atPath: dir + "/out.json"); try? FileManager.default.removeItem(atPath: dir + "/err.txt")

        try Self.badOverlay.write(toFile: dir + "/bad.tsv", atomically: true, encoding: .utf8)
        let bad = try await run(common + ["--lexicon", dir + "/bad.tsv"], in: dir)
        #expect(bad.status == 78, "\(bad.stderr)")
        #expect(bad.stderr.contains(dir + "/bad.tsv:4: type: 'militia' is not one of actor, voice, event"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty, "\(bad.stdout)")
    }

    /// The daemon reads `lexicon_overlay` from rasd.toml: the overlay's group becomes the claimant
    /// in the written record. A bad row refuses the start (exit 78, `file:line: field: message`)
    /// before the state or the outbox is touched.
    @Test func daemonUsesTheConfiguredOverlay() async throws {
        let ws = try E2EWorkspace("lexicon-daemon", extraConfig: "lexicon_overlay = \"lexicon.local.tsv\"")
        defer { ws.remove() }
        try Self.badOverlay.write(toFile: ws.root + "/config/lexicon.local.tsv", atomically: true, encoding: .utf8)
        let server = try await TestFeedServer(root: ws.www, logDir: ws.root + "/logs")
        try ws.serve("a.xml", stories: [try E2EStory(fixture: "baghdad-convoy-claim", link: "https://a.example/convoy")])
        try ws.writeFeedList("main", feeds: [("a", "وكالة أ", server.url("a.xml"))])
        let (refused, refusal) = try await ws.once()
        #expect(refused == 78, "\(refusal)")
        #expect(refusal.contains("lexicon.local.tsv:4: type: 'militia' is not one of actor, voice, event"), "\(refusal)")
        #expect(ws.outboxFiles.isEmpty)

        try Self.overlay.write(toFile: ws.root + "/config/lexicon.local.tsv", atomically: true, encoding: .utf8)
        let (code, log) = try await ws.once()
        await server.stop()
        #expect(code == 0, "\(log)")
        #expect(log.contains("lexicon overlay loaded"), "\(log)")
        let files = ws.outboxFiles
        #expect(files.count == 1, "\(log)")
        if let f = files.first {
            let claim = try ws.record(f)["claim"] as? [String: Any]
            #expect(claim?["status"] as? String == "claimed" && claim?["actor"] as? String == "سرايا أولياء الدم", "\(String(describing: claim))")
        }
    }
}
