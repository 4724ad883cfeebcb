import Foundation
import Testing
@testable import RasdCore

@Suite("Schedule: recording poll outcomes")
struct ScheduleStateTests {
    let policy = SchedulePolicy(interval: 900, minInterval: 60, maxInterval: 86_400,
                                jitter: 0.1, backoffCap: 21_600, forceRefetchAfter: 86_400)
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func record(_ outcome: PollOutcome, at offset: TimeInterval, _ state: ScheduleState, fraction: Double = 0.5) -> ScheduleState {
        var rng = ConstantRandom(fraction: fraction)
        return FeedSchedule.record(outcome, at: t0 + offset, state: state, policy: policy, using: &rng)
    }

    @Test func neverPolledIsDueAndNeedsAFullFetch() {
        let state = ScheduleState()
        #expect(FeedSchedule.isDue(state, now: t0))
        #expect(FeedSchedule.needsUnconditionalFetch(state, now: t0, policy: policy))
    }

    @Test func successSchedulesTheIntervalAndResetsFailures() {
        var state = ScheduleState(consecutiveFailures: 3, lastFailure: .timeout)
        state = record(.fetched(), at: 0, state)
        #expect(state.nextPoll == t0 + 900)
        #expect(state.consecutiveFailures == 0)
        #expect(state.lastFailure == nil)
        #expect(state.lastSuccess == t0 && state.lastFullFetch == t0 && state.lastAttempt == t0)
        #expect(!FeedSchedule.isDue(state, now: t0 + 899))
        #expect(FeedSchedule.isDue(state, now: t0 + 900))
    }

    @Test func ttlAndMaxAgeActAsAFloor() {
        var state = record(.fetched(ttlMinutes: 60), at: 0, ScheduleState())
        #expect(state.nextPoll == t0 + 3600)
        // A 304 keeps the floor learnt from the feed unless it brings its own max-age.
        state = record(.notModified(), at: 3600, state)
        #expect(state.nextPoll == t0 + 7200)
        state = record(.notModified(cacheMaxAge: 1200), at: 7200, state)
        #expect(state.nextPoll == t0 + 7200 + 1200)
        state = record(.fetched(cacheMaxAge: 10), at: 9000, state)
        #expect(state.nextPoll == t0 + 9000 + 900)
    }

    @Test func failuresBackOffExponentiallyAndAreCountedByCategory() {
        var state = ScheduleState()
        let failures: [FetchFailure] = [.timeout, .dns, .timeout, .httpStatus(500), .httpStatus(404), .tooLarge, .timeout]
        var delays: [TimeInterval] = []
        for (i, failure) in failures.enumerated() {
            let at = TimeInterval(i * 100_000)
            state = record(.failed(failure), at: at, state, fraction: 1)
            delays.append(state.nextPoll!.timeIntervalSince(t0 + at))
        }
        #expect(delays.map { ($0).rounded() } == [900, 1800, 3600, 7200, 14_400, 21_600, 21_600])
        #expect(state.consecutiveFailures == 7)
        #expect(state.lastFailure == .timeout)
        #expect(state.failureCounts == [.timeout: 3, .dns: 1, .httpStatus: 2, .tooLarge: 1])
        state = record(.notModified(), at: 800_000, state)
        #expect(state.consecutiveFailures == 0)
        #expect(state.failureCounts[.timeout] == 3, "counts are history, not reset by success")
    }

    @Test func retryAfterIsHonouredWithoutCountingAsAFailure() {
        var state = record(.failed(.connect), at: 0, ScheduleState())
        #expect(state.consecutiveFailures == 1)
        state = record(.throttled(status: 429, retryAfter: .seconds(1800)), at: 1000, state, fraction: 0)
        #expect(state.nextPoll == t0 + 1000 + 1800)
        #expect(state.consecutiveFailures == 1)
        #expect(state.failureCounts == [.connect: 1])
        #expect(state.lastAttempt == t0 + 1000)
        let when = t0 + 5000
        state = record(.throttled(status: 503, retryAfter: .date(when)), at: 2000, state, fraction: 0)
        #expect(state.nextPoll == when)
        #expect(state.consecutiveFailures == 1)
    }

    @Test func cancelledPollChangesNothing() {
        let before = record(.fetched(), at: 0, ScheduleState())
        #expect(record(.failed(.cancelled), at: 50, before) == before)
    }

    @Test func unconditionalRefetchDueADayAfterTheLastFullResponse() {
        var state = record(.fetched(), at: 0, ScheduleState())
        #expect(!FeedSchedule.needsUnconditionalFetch(state, now: t0 + 3600, policy: policy))
        // A server that answers 304 forever: the 304s do not reset the daily refetch.
        for hour in 1...24 { state = record(.notModified(), at: TimeInterval(hour * 3600 - 1), state) }
        #expect(!FeedSchedule.needsUnconditionalFetch(state, now: t0 + 86_399, policy: policy))
        #expect(FeedSchedule.needsUnconditionalFetch(state, now: t0 + 86_400, policy: policy))
        state = record(.fetched(), at: 86_400, state)
        #expect(!FeedSchedule.needsUnconditionalFetch(state, now: t0 + 86_401, policy: policy))
    }
}

extension Date {
    static func + (lhs: Date, rhs: TimeInterval) -> Date { lhs.addingTimeInterval(rhs) }
}

@Suite("Schedule: persistence form")
struct ScheduleStateCodingTests {
    @Test(arguments: [FetchFailure.dns, .connect, .tls, .timeout, .httpStatus(503), .tooLarge, .protocolRefused,
                      .tooManyRedirects, .malformed, .cancelled, .other("Empty reply (from server)")])
    func failureRoundTrip(_ failure: FetchFailure) throws {
        #expect(FetchFailure(description: failure.description) == failure)
        let data = try JSONEncoder().encode([failure])
        #expect(try JSONDecoder().decode([FetchFailure].self, from: data) == [failure])
    }

    @Test(arguments: ["", "http_status(x)", "http_status", "other", "nonsense"])
    func unknownFailureText(_ text: String) {
        #expect(FetchFailure(description: text) == nil)
    }

    @Test func stateRoundTrip() throws {
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        let state = ScheduleState(nextPoll: t + 900, lastAttempt: t, lastSuccess: t + -3600, lastFullFetch: t + -7200,
                                  consecutiveFailures: 2, lastFailure: .httpStatus(500),
                                  failureCounts: [.httpStatus: 2, .timeout: 1], serverFloor: 1800)
        let data = try JSONEncoder().encode(state)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"http_status(500)\"") && text.contains("\"timeout\":1"))
        #expect(try JSONDecoder().decode(ScheduleState.self, from: data) == state)
    }
}
