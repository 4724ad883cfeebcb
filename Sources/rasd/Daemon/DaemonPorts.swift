import Foundation
import RasdAdapters
import RasdCore

// The seams between the poll loop and the stages it wires together. The loop only knows these
// small protocols; `DaemonStages.swift` adapts the real fetcher, parser, extractor and state store
// onto them. Keeping them narrow is what lets the loop's crash-safety ordering be read in one
// place (`PollCycle`).

/// The configuration the daemon runs: settings plus every configured feed.
struct DaemonSettings: Sendable, Equatable {
    var daemon: DaemonConfig
    var feeds: [FeedConfig]
    var enabledFeeds: [FeedConfig] { feeds.filter(\.enabled) }
}

/// HTTP validators kept per feed for conditional GETs.
struct HTTPValidators: Sendable, Equatable {
    var etag: String?
    var lastModified: String?
}

/// What the loop asks the network for.
struct FeedPollRequest: Sendable {
    var feed: FeedConfig
    /// The running config (timeouts, body cap, User-Agent follow a reload).
    var config: DaemonConfig
    var validators: HTTPValidators
    /// Skip the validators (first fetch, or the periodic forced refetch).
    var unconditional: Bool
}

/// What one poll of a feed came to.
enum FeedPollResult: Sendable {
    case fetched(body: Data, contentType: String?, finalURL: String, validators: HTTPValidators,
                 cacheMaxAge: Int?)
    case notModified(cacheMaxAge: Int?)
    /// The server asked us to wait (`Retry-After` on 429/503); not a failure.
    case throttled(status: Int, retryAfterSeconds: Int)
    /// `category` is a short metrics label (`timeout`, `dns`, `http`, …).
    case failed(category: String, message: String)
    /// Shutdown interrupted the poll.
    case cancelled

    var metricsLabel: String {
        switch self {
        case .fetched: return "ok"
        case .notModified: return "not_modified"
        case .throttled: return "throttled"
        case .failed(let category, _): return category
        case .cancelled: return "cancelled"
        }
    }
}

protocol FeedPolling: Sendable {
    func poll(_ request: FeedPollRequest) async -> FeedPollResult
}

protocol FeedParsing: Sendable {
    /// Bytes → feed; throws with a message naming what was wrong.
    func parse(_ body: Data, contentType: String?, baseURL: String) throws -> Feed
}

protocol StoryExtracting: Sendable {
    func extract(_ story: Story) -> [IncidentFacts]
}

/// What the state store remembers about a feed between polls (and across restarts).
struct FeedRecord: Sendable, Equatable {
    var feedID: String
    var url: String
    var validators = HTTPValidators()
    var nextPoll: Date?
    var lastAttempt: Date?
    var lastSuccess: Date?
    var lastFullFetch: Date?
    var lastError: String?
    var consecutiveFailures = 0
    /// The freshness floor (seconds) the server last advertised.
    var serverFloor: Int?
    var lastNewItem: Date?
    var itemsSeen = 0
    var incidents = 0
}

/// One revision of one incident, as the outbox names it.
struct IncidentRevisionRef: Sendable, Equatable {
    var id: String
    var revision: Int
}

/// What ingesting one feed's stories did.
struct IngestResult: Sendable, Equatable {
    var items = 0
    var newStories = 0
    var duplicates = 0
    var incidentsNew = 0
    var incidentsRevised = 0
}

/// The durable state. Every method is one transaction, so a crash between two calls leaves a
/// consistent state: stories are marked seen together with the incident revisions they produced
/// (stored as *pending*), and a revision is marked delivered only after its outbox file exists.
protocol DaemonStore: Sendable {
    /// Every feed the state knows, by URL (one read).
    func allFeedRecords() throws -> [FeedRecord]
    /// Saves schedules, validators and error streaks of several feeds in one transaction.
    func saveFeedRecords(_ records: [FeedRecord]) throws
    /// Identify → dedup → extract → merge for one feed's stories, in one transaction.
    /// `identity`: the stories' identities computed off the transaction, used when its mode holds.
    /// `extract` is called with a story's index for each new or changed story, in feed order.
    func ingest(feed: FeedConfig, stories: [Story], identity: PreparedIdentity?, now: Date,
                extract: (Int, Story) -> [IncidentFacts]) throws -> IngestResult
    /// Read-only, beside another feed's write: the identity mode stored for a feed.
    func identityMode(feedURL: String) throws -> StoryIdentity.Mode?
    /// Read-only: for each story, whether the store would extract it as things stand (its key
    /// is unknown or its content changed, and it is no copy of a committed story).
    func needsExtraction(feedURL: String, _ observations: [StoryObservation]) throws -> [Bool]
    /// Incident revisions not yet in the outbox, oldest first.
    func pendingIncidents() throws -> [Incident]
    /// Makes every committed transaction durable; called before outbox files are written so a
    /// record never outlives (e.g. across a power cut) the commit that queued it.
    func makeDurable() throws
    /// Marks revisions whose outbox files exist as delivered, in one transaction.
    func markDelivered(_ revisions: [IncidentRevisionRef], at: Date) throws
    /// Forgets story keys and fingerprints not seen since `horizon` (the daily unconditional
    /// refetch keeps every story still listed in a feed fresh). Returns how many were dropped.
    func prune(olderThan horizon: Date) throws -> Int
    /// Called once at shutdown (e.g. to checkpoint the WAL).
    func close()
}
