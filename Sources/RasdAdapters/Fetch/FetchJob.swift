import Foundation
import RasdCore

/// A request handed to the fetcher thread, with the continuation that receives its result.
struct FetchJob: Sendable {
    let id: UInt64
    let request: FetchRequest
    /// Per-host cap key: the lower-cased host of the requested URL.
    let host: String
    let continuation: CheckedContinuation<FetchResult, Never>
    /// Run on a new connection, not one from libcurl's pool (set for the one retry of a reply
    /// that a reused connection garbled).
    var freshConnection = false

    static func hostKey(_ url: String) -> String {
        URLComponents(string: url)?.host?.lowercased() ?? url
    }

    func finish(_ result: FetchResult) { continuation.resume(returning: result) }

    func finish(_ failure: FetchFailureReason) {
        finish(FetchResult(outcome: .failed(failure.failure), requestedURL: request.url, errorMessage: failure.message))
    }
}

/// Failures the engine reports itself, before or instead of libcurl.
enum FetchFailureReason {
    case cancelled, shutDown, setup(String)

    var failure: FetchFailure {
        switch self {
        case .cancelled, .shutDown: .cancelled
        case .setup(let message): .other(message)
        }
    }

    var message: String {
        switch self {
        case .cancelled: "fetch cancelled"
        case .shutDown: "fetcher shut down"
        case .setup(let message): message
        }
    }
}
