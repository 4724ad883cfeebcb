import ArgumentParser
import Foundation
import RasdCore

/// `rasd extract`: the incidents a story reports, as the daemon would extract them.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract incidents from a story text.",
        discussion: """
        Prints a JSON array of incident records (empty when the story reports none). With --explain \
        the rule trace (which rule fired on which words, sentence by sentence) goes to stderr as JSON. \
        With --batch FILE.jsonl every line {"id","title","text","published","url","outlet"} is extracted \
        in one process and one line {"id","incidents"[,"trace"]} is printed per input line.
        """
    )

    @Argument(help: "Story text file, or - for standard input (not used with --batch).")
    var file: String?
    @Option(help: "Story title.") var title: String = ""
    @Option(help: "Publication time, RFC 3339 with the outlet's offset (e.g. 2024-07-25T14:03:00+03:00).")
    var published: String?
    @Option(help: "Story URL.") var url: String?
    @Option(help: "Outlet name.") var outlet: String?
    @Flag(help: "Print the rule trace (stderr; in --batch mode as a \"trace\" key).") var explain = false
    @Option(help: "Place table TSV instead of the shipped gazetteer (name_ar, name_en, kind, admin1_ar, admin1_en, country, lat, lon, population, variants).")
    var gazetteer: String?
    @Option(help: "JSON Lines file of stories to extract in one process.") var batch: String?
    @Option(help: "Lexicon overlay TSV (actors and their voices; see Config/lexicon.local.tsv). Default: Config/lexicon.local.tsv if present.")
    var lexicon: String?

    func run() async throws {
        let extractor = IncidentExtractor(places: try loadPlaces(), lexicon: try loadLexicon())
        if let batch {
            try runBatch(batch, extractor)
            return
        }
        guard let file else { throw ValidationError("give a story FILE, - for stdin, or --batch FILE.jsonl") }
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let d = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("rasd extract: cannot read \(file)\n".utf8))
                throw ExitCode(ExitCodes.noInput)
            }
            text = String(decoding: d, as: UTF8.self)
        }
        var pub: (Date, Int)? = nil
        if let p = published {
            guard let parsed = Self.parsePublished(p) else {
                throw ValidationError("--published: '\(p)' is not an RFC 3339 time (2024-07-25T14:03:00+03:00)")
            }
            pub = parsed
        }
        let story = StoryText(title: title, text: text, published: pub?.0, url: url, outlet: outlet, utcOffsetSeconds: pub?.1 ?? 0)
        let facts = extractor.extract(story)
        print(try OrderedJSONEncoder().encodeToString(facts))
        if explain {
            FileHandle.standardError.write(Data((try OrderedJSONEncoder().encodeToString(extractor.explain(story)) + "\n").utf8))
        }
    }

    func loadPlaces() throws -> PlaceLookup {
        guard let path = gazetteer else {
            switch Gazetteer.shippedOnce {
            case .success(let g): return g
            case .failure(let e): throw ValidationError("shipped gazetteer: \(e)")
            }
        }
        guard let d = FileManager.default.contents(atPath: path) else { throw ValidationError("--gazetteer: cannot read \(path)") }
        do { return try PlaceTable(tsv: String(decoding: d, as: UTF8.self)) } catch {
            throw ValidationError("--gazetteer \(path): \(error)")
        }
    }

    /// The user's lexicon overlay: `--lexicon`, else `Config/lexicon.local.tsv` in the working
    /// folder when it exists. Bad rows are reported on stderr as `file:line: field: message` and
    /// the command exits 78 (EX_CONFIG), as the daemon refuses such an overlay.
    func loadLexicon() throws -> LexiconOverlay {
        let path: String
        if let lexicon {
            path = lexicon
        } else if FileManager.default.fileExists(atPath: Self.defaultLexicon) {
            path = Self.defaultLexicon
        } else {
            return .empty
        }
        guard let d = FileManager.default.contents(atPath: path) else { throw ValidationError("--lexicon: cannot read \(path)") }
        let parsed = LexiconOverlay.parse(String(decoding: d, as: UTF8.self), origin: path)
        guard parsed.errors.isEmpty else {
            for e in parsed.errors { FileHandle.standardError.write(Data("\(e)\n".utf8)) }
            throw ExitCode(ExitCodes.config)
        }
        return parsed.overlay
    }

    static let defaultLexicon = "Config/lexicon.local.tsv"

    func runBatch(_ path: String, _ extractor: IncidentExtractor) throws {
        guard let d = FileManager.default.contents(atPath: path) else { throw ValidationError("--batch: cannot read \(path)") }
        var out = ""
        for (n, line) in d.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = obj["text"] as? String else {
                FileHandle.standardError.write(Data("rasd extract: \(path):\(n + 1): expected a JSON object with \"text\"\n".utf8))
                continue
            }
            let pub = (obj["published"] as? String).flatMap(Self.parsePublished)
            let story = StoryText(title: obj["title"] as? String ?? "", text: text, published: pub?.0,
                                  url: obj["url"] as? String, outlet: obj["outlet"] as? String, utcOffsetSeconds: pub?.1 ?? 0)
            var fields: [(String, JSONValue)] = [("id", .string(obj["id"] as? String ?? String(n + 1))),
                                                  ("incidents", try OrderedJSONEncoder().encode(extractor.extract(story)))]
            if explain { fields.append(("trace", try OrderedJSONEncoder().encode(extractor.explain(story)))) }
            JSONValue.object(fields).write(into: &out)
            out += "\n"
            if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// The instant and the UTC offset written in an RFC 3339 time.
    static func parsePublished(_ s: String) -> (Date, Int)? {
        guard let date = RFC3339.parse(s) else { return nil }
        let u = Array(s.utf8)
        guard u.count >= 6, let last = u.last, last != UInt8(ascii: "Z"), last != UInt8(ascii: "z") else { return (date, 0) }
        let sign = u[u.count - 6]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return (date, 0) }
        let h = Int(u[u.count - 5] - 48) * 10 + Int(u[u.count - 4] - 48), m = Int(u[u.count - 2] - 48) * 10 + Int(u[u.count - 1] - 48)
        return (date, (h * 3600 + m * 60) * (sign == UInt8(ascii: "-") ? -1 : 1))
    }
}
