import Foundation
import Testing
@testable import RasdCore

/// A generator whose every draw maps to the same `FeedSchedule.unit` value: exact boundary tests.
struct ConstantRandom: RandomNumberGenerator {
    let fraction: Double
    mutating func next() -> UInt64 { UInt64(min(fraction, 1 - 0x1p-53) * 0x1p53) << 11 }
}

/// SplitMix64: a small seeded generator for distribution tests that must repeat exactly.
typealias SeededRandom = SplitMix64

@Suite("Schedule: delays")
struct ScheduleDelayTests {
    static let policy = SchedulePolicy(interval: 900, minInterval: 60, maxInterval: 86_400,
                                       jitter: 0.1, backoffCap: 21_600, forceRefetchAfter: 86_400)

    struct SuccessCase: Sendable, CustomTestStringConvertible {
        var name: String, interval: Int, floor: Int?, fraction: Double, expected: Double
        var testDescription: String { name }
    }

    @Test(arguments: [
        SuccessCase(name: "lowest jitter", interval: 900, floor: nil, fraction: 0, expected: 810),
        SuccessCase(name: "middle", interval: 900, floor: nil, fraction: 0.5, expected: 900),
        SuccessCase(name: "highest jitter", interval: 900, floor: nil, fraction: 1, expected: 990),
        SuccessCase(name: "floor below interval ignored", interval: 900, floor: 300, fraction: 0.5, expected: 900),
        SuccessCase(name: "ttl/max-age floor raises interval", interval: 900, floor: 3600, fraction: 0.5, expected: 3600),
        SuccessCase(name: "floor bounded by maxInterval", interval: 900, floor: 1_000_000, fraction: 0.5, expected: 86_400),
        SuccessCase(name: "jitter above maxInterval clamped", interval: 900, floor: 1_000_000, fraction: 1, expected: 86_400),
        SuccessCase(name: "interval below minInterval raised", interval: 10, floor: nil, fraction: 0.5, expected: 60),
        SuccessCase(name: "jitter below minInterval clamped", interval: 60, floor: nil, fraction: 0, expected: 60),
    ])
    func successDelay(_ c: SuccessCase) {
        var policy = Self.policy
        policy.interval = c.interval
        var rng = ConstantRandom(fraction: c.fraction)
        let delay = FeedSchedule.successDelay(policy: policy, serverFloor: c.floor, using: &rng)
        #expect(abs(delay - c.expected) < 0.001, "\(c.name): \(delay)")
    }

    struct BackoffCase: Sendable, CustomTestStringConvertible {
        var failures: Int, fraction: Double, expected: Double
        var testDescription: String { "failures \(failures) at \(fraction)" }
    }

    @Test(arguments: [
        BackoffCase(failures: 1, fraction: 1, expected: 900),
        BackoffCase(failures: 2, fraction: 1, expected: 1800),
        BackoffCase(failures: 3, fraction: 1, expected: 3600),
        BackoffCase(failures: 5, fraction: 1, expected: 14_400),
        BackoffCase(failures: 6, fraction: 1, expected: 21_600),   // 28,800 capped at 6 h
        BackoffCase(failures: 500, fraction: 1, expected: 21_600), // no overflow
        BackoffCase(failures: 3, fraction: 0.5, expected: 1800),    // full jitter: uniform in [0, ceiling]
        BackoffCase(failures: 3, fraction: 0, expected: 60),        // never below minInterval
        BackoffCase(failures: 0, fraction: 1, expected: 900),       // treated as the first failure
    ])
    func backoffDelay(_ c: BackoffCase) {
        var rng = ConstantRandom(fraction: c.fraction)
        let delay = FeedSchedule.backoffDelay(failures: c.failures, policy: Self.policy, using: &rng)
        #expect(abs(delay - c.expected) < 0.01, "\(delay)")
    }

    @Test func jitterIsSpreadOverTheWholeBand() {
        var rng = SeededRandom(state: 42)
        let delays = (0..<2000).map { _ in FeedSchedule.successDelay(policy: Self.policy, serverFloor: nil, using: &rng) }
        #expect(delays.allSatisfy { (810...990).contains($0) })
        #expect(delays.min()! < 815 && delays.max()! > 985)
        let mean = delays.reduce(0, +) / Double(delays.count)
        #expect(abs(mean - 900) < 5)
    }

    @Test func backoffIsFullJitterUnderTheCeiling() {
        var rng = SeededRandom(state: 7)
        let delays = (0..<2000).map { _ in FeedSchedule.backoffDelay(failures: 4, policy: Self.policy, using: &rng) }
        #expect(delays.allSatisfy { (60...7200).contains($0) })
        #expect(delays.max()! > 7000)
        let below1800 = delays.filter { $0 < 1800 }.count
        #expect((400...600).contains(below1800), "about a quarter below a quarter of the ceiling: \(below1800)")
    }

    @Test func sameSeedSameSchedule() {
        var a = SeededRandom(state: 99), b = SeededRandom(state: 99)
        let x = (0..<20).map { _ in FeedSchedule.successDelay(policy: Self.policy, serverFloor: nil, using: &a) }
        let y = (0..<20).map { _ in FeedSchedule.successDelay(policy: Self.policy, serverFloor: nil, using: &b) }
        #expect(x == y)
    }

    struct ThrottleCase: Sendable, CustomTestStringConvertible {
        var name: String, retryAfter: RetryAfter, fraction: Double, expected: Double
        var testDescription: String { name }
    }

    static let t = Date(timeIntervalSince1970: 1_000_000)

    @Test(arguments: [
        ThrottleCase(name: "seconds above the interval", retryAfter: .seconds(1800), fraction: 0, expected: 1800),
        ThrottleCase(name: "jitter only adds", retryAfter: .seconds(1800), fraction: 1, expected: 1980),
        ThrottleCase(name: "short Retry-After never speeds polling up", retryAfter: .seconds(5), fraction: 0, expected: 900),
        ThrottleCase(name: "bounded by maxInterval", retryAfter: .seconds(10_000_000), fraction: 0, expected: 86_400),
        ThrottleCase(name: "HTTP-date", retryAfter: .date(t + 7200), fraction: 0, expected: 7200),
        ThrottleCase(name: "HTTP-date in the past", retryAfter: .date(t + -600), fraction: 0, expected: 900),
    ])
    func throttleDelay(_ c: ThrottleCase) {
        var rng = ConstantRandom(fraction: c.fraction)
        let delay = FeedSchedule.throttleDelay(c.retryAfter, now: Self.t, policy: Self.policy, using: &rng)
        #expect(abs(delay - c.expected) < 0.01, "\(delay)")
    }

    @Test func throttleNeverEarlierThanAsked() {
        var rng = SeededRandom(state: 3)
        for seconds in stride(from: 0, through: 80_000, by: 997) {
            let delay = FeedSchedule.throttleDelay(.seconds(seconds), now: Self.t, policy: Self.policy, using: &rng)
            #expect(delay >= Double(seconds) && delay >= 900 && delay <= 86_400)
        }
    }

    @Test(arguments: [
        (Int?.none, Int?.none, Int?.none),
        (30, nil, 1800),
        (nil, 600, 600),
        (30, 600, 1800),
        (5, 3600, 3600),
        (0, nil, nil),
    ] as [(Int?, Int?, Int?)])
    func serverFloor(_ ttl: Int?, _ maxAge: Int?, _ expected: Int?) {
        #expect(FeedSchedule.serverFloor(ttlMinutes: ttl, cacheMaxAge: maxAge) == expected)
    }

    @Test func policyFromConfig() {
        var config = DaemonConfig()
        config.defaultInterval = 1200
        config.backoffCap = 7200
        #expect(SchedulePolicy(config: config).interval == 1200)
        #expect(SchedulePolicy(config: config, feedInterval: 300).interval == 300)
        #expect(SchedulePolicy(config: config).backoffCap == 7200)
        #expect(SchedulePolicy(config: config).jitter == 0.1)
    }
}
