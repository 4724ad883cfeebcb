import ArgumentParser
import Foundation
import RasdAdapters
import RasdCore

/// `rasd fetch URL`: one fetch exactly as the daemon would do it, explained for an operator.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch one URL and show status, headers, timings and the verdict.",
        discussion: """
            Uses the daemon's fetcher (libcurl, http/https only, at most 5 redirects, body cap measured \
            after decoding). Exit status 0 for a body or 304 Not Modified, 1 for any failure.
            """
    )

    @Argument(help: "The URL to fetch.")
    var url: String

    @Flag(name: .shortAndLong, help: "Also print the response headers.")
    var verbose = false

    @Option(help: "Send this ETag as If-None-Match.")
    var etag: String?

    @Option(help: "Send this date as If-Modified-Since (copy a Last-Modified value).")
    var lastModified: String?

    @Option(help: "User-Agent header.")
    var userAgent: String = RasdVersion.userAgent

    @Option(help: "Connect timeout in seconds.")
    var connectTimeout: Double = 10

    @Option(help: "Total timeout in seconds.")
    var timeout: Double = 30

    @Option(help: "Body cap in bytes, after decoding.")
    var maxBytes: Int = 10 * 1024 * 1024

    @Flag(help: "Do not verify the TLS certificate.")
    var insecure = false

    @Option(name: .shortAndLong, help: "Write the body to this file.")
    var output: String?

    func validate() throws {
        guard connectTimeout > 0, timeout > 0 else { throw ValidationError("timeouts must be positive") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }

    func run() async throws {
        let fetcher = try CurlFetcher(maxConcurrent: 1, maxPerHost: 1)
        let request = FetchRequest(url: url, etag: etag, lastModified: lastModified, userAgent: userAgent,
                                   connectTimeout: connectTimeout, totalTimeout: timeout, bodyCap: maxBytes,
                                   insecureTLS: insecure)
        let result = await fetcher.fetch(request)
        print(FetchReport.text(result, verbose: verbose), terminator: "")
        if let output, let body = result.body {
            do {
                try body.write(to: URL(fileURLWithPath: output))
            } catch {
                FileHandle.standardError.write(Data("rasd fetch: cannot write \(output): \(error.localizedDescription)\n".utf8))
                throw ExitCode(ExitCodes.ioError)
            }
        }
        if result.failure != nil { throw ExitCode.failure }
    }
}

/// The human-readable account of one fetch that `rasd fetch` prints.
enum FetchReport {
    static func text(_ r: FetchResult, verbose: Bool) -> String {
        var lines: [String] = ["GET \(r.requestedURL)"]
        for hop in r.redirects {
            lines.append("  redirect \(hop.status) \(hop.url) -> \(hop.location ?? "?")")
        }
        if r.status > 0 {
            lines.append("status  \(r.status)" + (r.effectiveURL != r.requestedURL ? "  from \(r.effectiveURL)" : ""))
        }
        if verbose, !r.headers.fields.isEmpty {
            lines.append("headers")
            for field in r.headers { lines.append("  \(field.name): \(field.value)") }
        }
        let t = r.timings
        lines.append("timings dns \(ms(t.nameLookup))  connect \(ms(t.connect))  tls \(ms(t.tls))  "
                     + "first byte \(ms(t.startTransfer))  total \(ms(t.total))")
        if let target = r.permanentRedirect { lines.append("moved   permanently to \(target) (the stored feed URL would change)") }
        if let maxAge = r.cacheMaxAge { lines.append("cache   max-age \(maxAge) s") }
        if let retry = r.retryAfter {
            switch retry {
            case .seconds(let s): lines.append("retry   after \(s) s")
            case .date(let d): lines.append("retry   after \(RFC3339.string(d))")
            }
        }
        switch r.outcome {
        case .fetched(let body, let contentType, let etag, let lastModified):
            lines.append("body    \(body.count) bytes" + (contentType.map { ", \($0)" } ?? ""))
            if let etag { lines.append("etag    \(etag)") }
            if let lastModified { lines.append("lastmod \(lastModified)") }
            lines.append("verdict fetched")
        case .notModified:
            lines.append("verdict not_modified")
        case .failed(let failure):
            let throttled: Bool
            if case .throttled = r.pollOutcome() { throttled = true } else { throttled = false }
            lines.append("verdict failed: \(failure)" + (throttled ? " (throttled: retry later, not counted as a failure)" : ""))
            if let message = r.errorMessage { lines.append("error   \(message)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func ms(_ seconds: Double) -> String {
        String(format: "%.1f ms", seconds * 1000)
    }
}
