import Foundation
import Testing
import RasdCore
@testable import RasdAdapters

@Suite struct LogAlertLineTests {
    @Test func incidentLineLooksLikeTheDocumentedExample() {
        var incident = OutboxSample.incident(sources: 2)
        incident.sources[1].title = "قصف \"عين الأسد\""
        #expect(AlertLine.incident(incident) == """
            ALERT incident=inc_7f3a9c rev=1 type="Shelling/artillery/missile attack" place="عين الأسد، الأنبار، IQ" \
            date=2024-07-25 killed=0 injured=0 claim=no_claim sources=2 title="قصف \\"عين الأسد\\"" \
            url=https://example.org/news/1
            """)
    }

    @Test func incidentWithoutPlaceOrDate() {
        var incident = OutboxSample.incident()
        incident.facts.location = nil
        incident.facts.eventDate = nil
        incident.facts.casualties = Casualties(killed: Count(status: .reported, min: 3, max: 5), injured: Count())
        let line = AlertLine.incident(incident)
        #expect(line.contains(#"place="-" date=- killed=3-5 injured=- "#))
    }

    @Test(arguments: [
        (Count(status: .reported, min: 4, max: 4), "4"), (Count(status: .reported, min: 3, max: 5), "3-5"),
        (Count(status: .reported, min: 10), "10+"), (Count(status: .none), "0"), (Count(status: .vague), "vague"),
        (Count(status: .unknown), "?"), (Count(), "-"),
    ])
    func counts(count: Count, expected: String) {
        #expect(AlertLine.count(count) == expected)
    }

    @Test func feedLines() {
        #expect(AlertLine.feed(id: "bbc", url: "https://bbc.example/rss", event: .failing(failures: 3, error: "timeout after 30s"))
                == #"ALERT feed=bbc status=failing failures=3 error="timeout after 30s" url=https://bbc.example/rss"#)
        #expect(AlertLine.feed(id: "bbc", url: "u", event: .stale(silentSeconds: 93_600)) == "ALERT feed=bbc status=stale silent_for=1d2h url=u")
        #expect(AlertLine.feed(id: "bbc", url: "u", event: .recovered(from: .failing)) == "ALERT feed=bbc status=recovered was=failing url=u")
    }
}

@Suite struct LogFeedHealthTests {
    let policy = FeedHealth.Policy(failingAfter: 3, staleAfter: 3600)
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    /// Feeds a sequence of polls 10 minutes apart and returns the events that came out.
    func run(_ polls: [FeedHealth.Poll]) -> [FeedHealthEvent?] {
        var health = FeedHealth(watchingSince: t0)
        return polls.enumerated().map { i, poll in
            health.record(poll, at: t0.addingTimeInterval(Double(i + 1) * 600), policy: policy)
        }
    }

    @Test func oneLineWhenFailingAndOneWhenRecovered() {
        let events = run([.failed("dns"), .failed("dns"), .failed("dns"), .failed("dns"), .failed("dns"), .fetched(newItems: 2), .fetched(newItems: 1)])
        #expect(events == [nil, nil, .failing(failures: 3, error: "dns"), nil, nil, .recovered(from: .failing), nil])
    }

    @Test func intermittentFailuresNeverAlert() {
        let events = run([.failed("x"), .failed("x"), .fetched(newItems: 1), .failed("x"), .failed("x"), .notModified])
        #expect(events.allSatisfy { $0 == nil })
    }

    @Test func silentFeedTurnsStaleOnceAndRecoversOnNewItem() {
        // 304s for 70 minutes: stale once after 60 minutes of silence, then a new item.
        let events = run(Array(repeating: .notModified, count: 8) + [.fetched(newItems: 0), .fetched(newItems: 1)])
        #expect(events.compactMap { $0 } == [.stale(silentSeconds: 4200), .recovered(from: .stale)])
        #expect(events[6] == .stale(silentSeconds: 4200))
    }

    @Test func staleCanBeDisabled() {
        var health = FeedHealth(watchingSince: t0)
        let event = health.record(.notModified, at: t0.addingTimeInterval(1e6), policy: .init(failingAfter: 3, staleAfter: nil))
        #expect(event == nil)
        #expect(health.status == .ok)
    }
}
