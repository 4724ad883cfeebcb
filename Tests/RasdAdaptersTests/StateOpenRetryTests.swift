import Foundation
import Testing
@testable import RasdAdapters

/// The start-up retry policy alone: which errors are retried, how often, with which pauses.
@Suite struct StateOpenRetryTests {
    static let locked = StateStoreError.locked(path: "/s/rasd.sqlite", detail: "database is locked")

    /// `failures` locked errors, then success: the tries, pauses and outcome.
    @Test(arguments: [
        (0, [Double](), true),
        (1, [2.0], true),
        (2, [2.0, 4.0], true),
        (3, [2.0, 4.0], false),
        (9, [2.0, 4.0], false),
    ])
    func lockedOpensAreRetriedWithGrowingPauses(failures: Int, expectedPauses: [Double], opens: Bool) throws {
        var tries = 0
        var slept: [Double] = []
        var told: [Int] = []
        let result = Result {
            try StateOpenRetry.startUp.run({ () throws -> String in
                tries += 1
                if tries <= failures { throw Self.locked }
                return "store"
            }, retrying: { n, pause, error in
                told.append(n)
                #expect(error == Self.locked)
                #expect(slept.count == n - 1, "told before the pause")
                #expect(pause == StateOpenRetry.startUp.pauses[n - 1])
            }, sleep: { slept.append($0) })
        }
        #expect(slept == expectedPauses)
        #expect(told == expectedPauses.indices.map { $0 + 1 })
        if opens {
            #expect(try result.get() == "store")
            #expect(tries == failures + 1)
        } else {
            #expect(throws: StateStoreError.self) { try result.get() }
            #expect(tries == 3)
            if case .failure(let e as StateStoreError) = result { #expect(e == Self.locked) }
        }
    }

    @Test(arguments: [
        StateStoreError.corrupt(path: "/s/rasd.sqlite", detail: "file is not a database"),
        StateStoreError.unreadable(path: "/s/rasd.sqlite", detail: "permission denied"),
        StateStoreError.schemaTooNew(path: "/s/rasd.sqlite", found: 9, supported: 1),
    ])
    func otherErrorsAreFinalAtOnce(error: StateStoreError) {
        var tries = 0
        var slept = 0
        #expect(throws: error) {
            try StateOpenRetry.startUp.run({ () throws -> Int in tries += 1; throw error },
                                           retrying: { _, _, _ in }, sleep: { _ in slept += 1 })
        }
        #expect(tries == 1 && slept == 0)
    }
}
