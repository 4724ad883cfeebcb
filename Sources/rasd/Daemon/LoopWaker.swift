/// Wakes the daemon loop early: a reload (SIGHUP), a log reopen (SIGUSR1) or shutdown. The loop
/// waits on `wait(seconds:clock:)`, which returns the first event or `.timer` after the timeout.
actor LoopWaker {
    enum Event: Sendable, Equatable { case timer, reload, reopenLog, shutdown }

    private var pending: [Event] = []
    private var waiter: CheckedContinuation<Event, Never>?
    private var generation = 0
    private(set) var shuttingDown = false

    func post(_ event: Event) {
        if event == .shutdown { shuttingDown = true }
        if let w = waiter {
            waiter = nil
            w.resume(returning: event)
        } else {
            pending.append(event)
        }
    }

    private func timerFired(_ gen: Int) {
        guard gen == generation, let w = waiter else { return }
        waiter = nil
        w.resume(returning: .timer)
    }

    func wait(seconds: Double, clock: any DaemonClock) async -> Event {
        if !pending.isEmpty { return pending.removeFirst() }
        generation += 1
        let gen = generation
        let timer = Task {
            try? await clock.sleep(seconds: seconds)
            self.timerFired(gen)
        }
        let event = await withCheckedContinuation { waiter = $0 }
        timer.cancel()
        return event
    }
}
