/// Counters of the daemon since start plus the last cycle's figures: what the Prometheus
/// textfile shows. Pure value; the daemon adds each cycle's numbers into it.
public struct CycleMetrics: Sendable, Equatable {
    /// Fetches by result (`ok`, `not_modified`, `timeout`, `dns`, `tls`, `http`, …), cumulative.
    public var fetches: [String: Int] = [:]
    public var items = 0
    public var stories = 0
    public var duplicates = 0
    public var incidentsNew = 0
    public var incidentsRevised = 0
    public var outboxErrors = 0
    public var cycles = 0
    public var lastCycleSeconds = 0.0
    public var lastCycleEnd = 0.0
    /// Gauges: feeds now failing, feeds configured, records waiting for the outbox.
    public var failingFeeds = 0
    public var feeds = 0
    public var pendingRecords = 0

    public init() {}

    /// Adds one cycle's counts.
    public mutating func add(_ cycle: CycleMetrics) {
        for (k, v) in cycle.fetches { fetches[k, default: 0] += v }
        items += cycle.items; stories += cycle.stories; duplicates += cycle.duplicates
        incidentsNew += cycle.incidentsNew; incidentsRevised += cycle.incidentsRevised
        outboxErrors += cycle.outboxErrors
        cycles += 1
        lastCycleSeconds = cycle.lastCycleSeconds; lastCycleEnd = cycle.lastCycleEnd
        failingFeeds = cycle.failingFeeds; feeds = cycle.feeds; pendingRecords = cycle.pendingRecords
    }
}
