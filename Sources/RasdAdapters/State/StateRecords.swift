import Foundation
import RasdCore

/// What the state remembers about one feed between cycles: HTTP validators, the schedule, the
/// error streak and counters for `rasd feeds`.
public struct FeedState: Sendable, Equatable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var identityMode: StoryIdentity.Mode
    public var nextPoll: Date?
    public var consecutiveFailures: Int
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var lastError: String?
    public var lastErrorCategory: String?
    /// Last fetch made without validators (to catch servers whose 304s are wrong).
    public var lastUnconditional: Date?
    public var itemsSeen: Int
    public var incidents: Int
    public var fetchesOK: Int
    public var fetchesNotModified: Int
    public var fetchesFailed: Int

    public init(url: String, etag: String? = nil, lastModified: String? = nil,
                identityMode: StoryIdentity.Mode = .guid, nextPoll: Date? = nil,
                consecutiveFailures: Int = 0, lastAttempt: Date? = nil, lastSuccess: Date? = nil,
                lastError: String? = nil, lastErrorCategory: String? = nil,
                lastUnconditional: Date? = nil, itemsSeen: Int = 0, incidents: Int = 0,
                fetchesOK: Int = 0, fetchesNotModified: Int = 0, fetchesFailed: Int = 0) {
        self.url = url; self.etag = etag; self.lastModified = lastModified
        self.identityMode = identityMode; self.nextPoll = nextPoll
        self.consecutiveFailures = consecutiveFailures; self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess; self.lastError = lastError
        self.lastErrorCategory = lastErrorCategory; self.lastUnconditional = lastUnconditional
        self.itemsSeen = itemsSeen; self.incidents = incidents; self.fetchesOK = fetchesOK
        self.fetchesNotModified = fetchesNotModified; self.fetchesFailed = fetchesFailed
    }
}

/// One line of `rasd feeds`: the feed's state plus how many stories the store holds for it.
public struct FeedStatusRow: Sendable, Equatable {
    public var state: FeedState
    public var storedStories: Int
}

/// One story as the daemon hands it to the store: its key under the feed's identity mode, the
/// hashes computed in the core, and the source line it contributes to incidents.
public struct StoryObservation: Sendable, Equatable {
    public var key: StoryKey
    public var canonicalURL: String?
    public var contentHash: UInt64
    public var fingerprint: UInt64?
    public var source: Source

    public init(key: StoryKey, canonicalURL: String?, contentHash: UInt64, fingerprint: UInt64?, source: Source) {
        self.key = key; self.canonicalURL = canonicalURL; self.contentHash = contentHash
        self.fingerprint = fingerprint; self.source = source
    }

    /// Everything computed from a feed item with the core's pure functions. The title and body
    /// are split into words once, for both the content hash and the fingerprint (the same values
    /// as `ContentHash.of(item)` and `TextFingerprint.of(item)`).
    public init(story: Story, feedURL: String, mode: StoryIdentity.Mode) {
        let item = story.item
        let titleWords = TextTokens.wordList(item.title ?? "")
        let bodyWords = TextTokens.wordList(item.bodyText)
        self.init(key: StoryIdentity.key(for: item, mode: mode),
                  canonicalURL: item.link.map(CanonicalURL.canonical),
                  contentHash: ContentHash.of(titleWords: titleWords, textWords: bodyWords),
                  fingerprint: TextFingerprint.of(titleWords: titleWords, bodyWords: bodyWords),
                  source: Source(outlet: story.outlet, feed: feedURL, url: item.link ?? "",
                                 title: item.title, published: item.published))
    }
}

/// What the store made of one observed story.
public enum StoryOutcome: Sendable, Equatable {
    /// Never seen, not a copy of a stored story: extract incidents from it.
    case new(storyID: Int64)
    /// Seen before with the same content: nothing to do.
    case unchanged(storyID: Int64)
    /// Seen before, text changed: re-extract; only a changed incident becomes a revision.
    case updated(storyID: Int64, groupID: Int64)
    /// A copy (wire story, republish under a new URL or GUID) of an already stored story: its
    /// source was added to that story's incidents; no extraction, no alert.
    case duplicate(storyID: Int64, of: Int64, distance: Int, incidentIDs: [String])
}

/// An outbox record not yet renamed into `new/`.
public struct OutboxEntry: Sendable, Equatable {
    public var incidentID: String
    public var revision: Int
    public var fileName: String
    public var incident: Incident
}

/// What `upsertIncident` did.
public enum IncidentWrite: Sendable, Equatable {
    case created(Incident)
    case revised(Incident)
    /// Merged without a visible change: the source was added, no outbox record.
    case sourceAdded(Incident)

    public var incident: Incident {
        switch self {
        case .created(let i), .revised(let i), .sourceAdded(let i): return i
        }
    }
    /// True when the caller should emit an alert line (and an outbox record was queued).
    public var isAlert: Bool {
        if case .sourceAdded = self { return false }
        return true
    }
}
