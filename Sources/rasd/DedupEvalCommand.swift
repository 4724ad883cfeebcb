import ArgumentParser
import Foundation
import RasdAdapters
import RasdCore

/// Developer tool behind `make eval-dedup` (hidden from help): runs the real dedup code on
/// documents given as JSON lines on stdin and prints one JSON line per input, so
/// `scripts/eval_dedup.py` can score it against the corpus labels.
struct DedupEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup-eval",
        abstract: "Score helpers for story and incident dedup (development).",
        shouldDisplay: false,
        subcommands: [Stories.self, Incidents.self]
    )

    /// Input `{"id", "title", "body"}` per line, in publication order. Output `{"id",
    /// "fingerprint", "group", "distance"}`: the SimHash and the story group the store's index
    /// puts the document in (its own id when it is not a near-duplicate of an earlier one).
    struct Stories: ParsableCommand {
        @Option(help: "Near-duplicate threshold in bits.") var maxDistance = HammingIndex.defaultMaxDistance

        func run() throws {
            var index = HammingIndex(maxDistance: maxDistance)
            var groups: [Int64: String] = [:]
            var ids: [String] = []
            for (n, line) in stdinLines().enumerated() {
                let obj = try parseObject(line, lineNumber: n + 1)
                let id = obj["id"] as? String ?? String(n)
                let fp = TextFingerprint.of(title: obj["title"] as? String ?? "", body: obj["body"] as? String ?? "")
                var group = id
                var distance: JSONValue = .null
                if let fp {
                    if let m = index.nearest(fp) {
                        group = groups[m.payload] ?? ids[Int(m.payload)]
                        distance = .int(m.distance)
                    }
                    index.insert(fp, payload: Int64(n))
                }
                groups[Int64(n)] = group
                ids.append(id)
                print(JSONValue.object([
                    ("id", .string(id)), ("fingerprint", fp.map { .string(StableHash.hex($0)) } ?? .null),
                    ("group", .string(group)), ("distance", distance),
                ]).serialized())
            }
        }
    }

    /// Input `{"id", "doc", "outlet", "published", "facts"}` per line (facts as `IncidentFacts`
    /// JSON), in publication order. Every line goes through the real `StateStore` (a temporary
    /// database) and `IncidentMergePolicy`; output `{"id", "incident", "write"}`.
    struct Incidents: ParsableCommand {
        @Option(help: "Merge distance in km.") var maxKm = 25.0
        @Option(help: "Event date tolerance in days.") var days = 1

        func run() throws {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-dedup-eval-\(getpid())").path
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let store = try StateStore(directory: dir)
            let policy = IncidentMergePolicy(maxDistanceKm: maxKm, dateToleranceDays: days)
            var ordinals: [String: Int] = [:]
            var matchedByDoc: [String: Set<String>] = [:]
            for (n, line) in stdinLines().enumerated() {
                let obj = try parseObject(line, lineNumber: n + 1)
                guard let id = obj["id"] as? String, let doc = obj["doc"] as? String, let factsObj = obj["facts"] else {
                    throw ValidationError("stdin line \(n + 1): needs id, doc and facts")
                }
                let facts: IncidentFacts
                do {
                    facts = try JSONDecoder().decode(IncidentFacts.self,
                                                     from: JSONSerialization.data(withJSONObject: factsObj))
                } catch {
                    throw ValidationError("stdin line \(n + 1): facts: \(error)")
                }
                let published = (obj["published"] as? String).flatMap(RFC3339.parse) ?? Date(timeIntervalSince1970: 0)
                let outlet = obj["outlet"] as? String ?? "unknown"
                let feed = "eval:" + outlet
                let source = Source(outlet: outlet, feed: feed, url: "eval:" + doc, title: nil, published: published)
                let key = StoryKey(kind: .link, value: "eval:" + doc)
                let ordinal = ordinals[doc, default: 0]
                ordinals[doc] = ordinal + 1
                let write = try store.write { tx -> IncidentWrite in
                    // Level 3 alone: no fingerprint, so story copies do not short-cut the merge.
                    let observed = StoryObservation(key: key, canonicalURL: nil, contentHash: 0, fingerprint: nil, source: source)
                    let outcome = try tx.observe(feedURL: feed, observed, now: published)
                    let storyID: Int64
                    switch outcome {
                    case .new(let s), .unchanged(let s), .updated(let s, _), .duplicate(let s, _, _, _): storyID = s
                    }
                    return try tx.record(facts: facts, ordinal: ordinal, storyID: storyID, storyKey: key, feedURL: feed,
                                         source: source, policy: policy, extractor: RasdVersion.string,
                                         excluding: matchedByDoc[doc] ?? [], fileName: { "\($0.id)-r\($0.revision).json" }, now: published)
                }
                matchedByDoc[doc, default: []].insert(write.incident.id)
                let kind: String
                switch write {
                case .created: kind = "created"
                case .revised: kind = "revised"
                case .sourceAdded: kind = "source_added"
                }
                print(JSONValue.object([
                    ("id", .string(id)), ("incident", .string(write.incident.id)),
                    ("revision", .int(write.incident.revision)), ("write", .string(kind)),
                ]).serialized())
            }
        }
    }
}

private func stdinLines() -> [String] {
    var lines: [String] = []
    while let line = readLine(strippingNewline: true) {
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(line) }
    }
    return lines
}

private func parseObject(_ line: String, lineNumber: Int) throws -> [String: Any] {
    guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw ValidationError("stdin line \(lineNumber): not a JSON object")
    }
    return obj
}
