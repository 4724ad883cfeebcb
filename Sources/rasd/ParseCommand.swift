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
        FeedParser.initializeLibrary()
        var failed = false
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        // Chunks keep memory flat on big batches: parse a few files in parallel, print, let go.
        var start = 0
        while start < inputs.count {
            let chunk = Array(inputs[start..<min(start + 16, inputs.count)])
            start += chunk.count
            let results = ParseRun.parseAll(chunk, contentType: contentType, baseURL: baseURL)
            print(chunk, results, into: &out, failed: &failed)
        }
        FileHandle.standardOutput.write(Data(out))
        if failed { throw ExitCode(ExitCodes.dataError) }
    }

    private func print(_ files: [String], _ results: [ParseOutcome], into out: inout [UInt8], failed: inout Bool) {
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let feed):
                if json { FeedJSONWriter.write(feed, file: file, into: &out) } else { out += Array(ParseRun.summary(feed, file: file).utf8) }
                out.append(0x0A)
            case .failure(let message):
                failed = true
                FileHandle.standardError.write(Data("rasd parse: \(file): \(message)\n".utf8))
                if json { FeedJSONWriter.writeFailure(file: file, error: message, into: &out); out.append(0x0A) }
            }
            if out.count > 1 << 20 { FileHandle.standardOutput.write(Data(out)); out.removeAll(keepingCapacity: true) }
        }
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
        guard let bytes = readFile(input) else {
            return .failure("cannot read file")
        }
        do {
            return .success(try FeedParser.parse(bytes, contentType: contentType, baseURL: baseURL))
        } catch {
            return .failure(String(describing: error))
        }
    }

    /// The whole file as bytes, read straight into the array (no Data copy).
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(st.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            var done = 0
            while done < size {
                let r = read(fd, buf.baseAddress! + done, size - done)
                if r < 0 { if errno == EINTR { continue }; failed = true; break }
                if r == 0 { break }
                done += r
            }
            count = done
        }
        return failed ? nil : bytes
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
