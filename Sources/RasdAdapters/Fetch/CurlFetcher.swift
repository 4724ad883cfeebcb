import CCurl
import Foundation
import RasdCore

/// Fetches URLs over HTTP(S) with libcurl: one multi handle, one dedicated thread, many
/// concurrent transfers, each answered through `async`.
///
/// Politeness caps are enforced inside: at most `maxConcurrent` transfers at once and at most
/// `maxPerHost` per host; the rest wait in arrival order. The fetcher speaks only HTTP: it never
/// parses feeds. Cancelling the calling task cancels its transfer. Dropping the last reference
/// stops the thread and answers unfinished fetches with `.cancelled`.
public final class CurlFetcher: Sendable {
    let engine: CurlMultiEngine

    public struct SetupError: Error, CustomStringConvertible {
        public var description: String { "libcurl could not be initialised" }
    }

    public init(maxConcurrent: Int = 16, maxPerHost: Int = 2) throws {
        guard CurlGlobal.initialize(),
              let engine = CurlMultiEngine(maxConcurrent: maxConcurrent, maxPerHost: maxPerHost)
        else { throw SetupError() }
        self.engine = engine
        let thread = Thread { engine.run() }
        thread.name = "rasd-curl"
        thread.start()
    }

    /// A fetcher with the daemon's caps (`concurrency`, `per_host_concurrency`).
    public convenience init(config: DaemonConfig) throws {
        try self.init(maxConcurrent: config.concurrency, maxPerHost: config.perHostConcurrency)
    }

    deinit { engine.stop() }

    /// Stops the fetcher now: transfers in flight and waiting end with `.cancelled`, later
    /// fetches are answered `.cancelled` at once. Returns when the fetcher thread has exited.
    public func shutdown() { engine.stop() }

    public var maxConcurrent: Int { engine.maxConcurrent }
    public var maxPerHost: Int { engine.maxPerHost }

    /// Performs one GET. Never throws: every problem is a `FetchResult` with a `.failed` outcome.
    public func fetch(_ request: FetchRequest) async -> FetchResult {
        let id = engine.nextID()
        let host = FetchJob.hostKey(request.url)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                engine.submit(FetchJob(id: id, request: request, host: host, continuation: continuation))
            }
        } onCancel: {
            engine.cancel(id)
        }
    }
}
