import ArgumentParser
import Foundation
import RasdCore
import RasdFeeds

/// `rasd parse FILE…`: what rasd reads from feed files, as a short summary or one JSON document per
/// line (`--json`, shape documented in the README). Files are parsed in parallel and printed in
/// order; a bad file prints an error naming it and the others still go through.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse feed files or a URL and print what rasd reads."
    )

    @Argument(help: "Feed files (or one URL: use 'rasd fetch' for URLs).")
    var inputs: [String]

    @Flag(help: "One JSON document per input, one per line.")
    var json = false

    @Option(name: .customLong("content-type"), help: "HTTP Content-Type to assume (its charset counts).")
    var contentType: String?

    @Option(name: .customLong("base-url"), help: "Base URL for relative links (default: none).")
    var baseURL: String?

    func run() throws {
        let results = ParseRun.parseAll(inputs, contentType: contentType, baseURL: baseURL)
        var failed = false
        var out = ""
        out.reserveCapacity(1 << 16)
        for (file, result) in zip(inputs, results) {
            switch result {
            case .success(let feed):
                if json { FeedJSON.document(feed, file: file).write(into: &out) } else { out += ParseRun.summary(feed, file: file) }
                out += "\n"
            case .failure(let message):
                failed = true
                FileHandle.standardError.write(Data("rasd parse: \(file): \(message)\n".utf8))
                if json { FeedJSON.failure(file: file, error: message).write(into: &out); out += "\n" }
            }
            if out.utf8.count > 1 << 20 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if failed { throw ExitCode(ExitCodes.dataError) }
    }
}

enum ParseOutcome: Sendable {
    case success(Feed)
    case failure(String)
}

enum ParseRun {
    /// Parses every input, two or more at a time (the parser is thread-safe), keeping input order.
    static func parseAll(_ inputs: [String], contentType: String?, baseURL: String?) -> [ParseOutcome] {
        let results = ResultSlots(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            results.set(i, parseOne(inputs[i], contentType: contentType, baseURL: baseURL))
        }
        return results.values
    }

    static func parseOne(_ input: String, contentType: String?, baseURL: String?) -> ParseOutcome {
        let lower = input.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return .failure("URLs are fetched by 'rasd fetch'; save the body and parse the file")
        }
        guard let data = FileManager.default.contents(atPath: input) else {
            return .failure("cannot read file")
        }
        do {
            return .success(try FeedParser.parse(data, contentType: contentType, baseURL: baseURL))
        } catch {
            return .failure(String(describing: error))
        }
    }

    static func summary(_ feed: Feed, file: String) -> String {
        var s = "\(file): \(feed.format.rawValue) \(feed.encoding)\(feed.bozo ? " bozo" : "") "
        s += "\"\(feed.title ?? "")\" \(feed.items.count) items"
        let dated = feed.items.filter { $0.published != nil || $0.updated != nil }.count
        s += ", \(dated) dated"
        if let w = feed.warnings.first { s += "; \(feed.warnings.count) warnings, first: \(w)" }
        return s
    }
}

/// Fixed slots filled concurrently, one writer per index.
final class ResultSlots: @unchecked Sendable {
    private var slots: [ParseOutcome]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: .failure("not parsed"), count: count) }
    func set(_ i: Int, _ v: ParseOutcome) { lock.lock(); slots[i] = v; lock.unlock() }
    var values: [ParseOutcome] { lock.lock(); defer { lock.unlock() }; return slots }
}
