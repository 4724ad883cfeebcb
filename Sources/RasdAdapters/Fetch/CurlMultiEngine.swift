import CCurl
import Foundation

/// The one libcurl multi handle and the one thread that drives it.
///
/// Callers enqueue jobs under a lock and wake the thread with `curl_multi_wakeup`; the thread
/// moves jobs from the queue to a waiting list, starts as many as the global and per-host caps
/// allow, runs `curl_multi_perform`/`curl_multi_poll`, and resumes each job's continuation when
/// libcurl reports it done. All easy handles and transfers are touched by this thread only.
final class CurlMultiEngine: @unchecked Sendable {
    let maxConcurrent: Int
    let maxPerHost: Int
    private let multi: CurlMultiHandle

    // Shared with callers, guarded by `lock`.
    private let lock = NSLock()
    private var incoming: [FetchJob] = []
    private var cancelRequests: [UInt64] = []
    private var stopping = false
    private var lastID: UInt64 = 0
    private let stopped = DispatchSemaphore(value: 0)

    // Fetcher-thread only.
    private var waiting: [FetchJob] = []
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var activePerHost: [String: Int] = [:]

    init?(maxConcurrent: Int, maxPerHost: Int) {
        guard let multi = CurlMultiHandle() else { return nil }
        self.multi = multi
        self.maxConcurrent = max(1, maxConcurrent)
        self.maxPerHost = max(1, maxPerHost)
    }

    // MARK: caller side

    func nextID() -> UInt64 {
        lock.withLock { lastID += 1; return lastID }
    }

    /// Queues a job, or answers it at once when its task is already cancelled or the engine stopped.
    func submit(_ job: FetchJob) {
        let reason: FetchFailureReason? = lock.withLock {
            if stopping { return .shutDown }
            if Task.isCancelled { return .cancelled }
            incoming.append(job)
            return nil
        }
        if let reason { job.finish(reason) } else { curl_multi_wakeup(multi.raw) }
    }

    func cancel(_ id: UInt64) {
        lock.withLock { cancelRequests.append(id) }
        curl_multi_wakeup(multi.raw)
    }

    /// Stops the thread, answering every unfinished job with `.cancelled`; returns once it has
    /// exited. Later calls return at once.
    func stop() {
        let first = lock.withLock {
            defer { stopping = true }
            return !stopping
        }
        guard first else { return }
        curl_multi_wakeup(multi.raw)
        stopped.wait()
    }

    // MARK: fetcher thread

    func run() {
        while true {
            let (jobs, cancels, stop) = lock.withLock {
                defer { incoming.removeAll(); cancelRequests.removeAll() }
                return (incoming, cancelRequests, stopping)
            }
            waiting.append(contentsOf: jobs)
            if stop { break }
            for id in cancels { cancelJob(id) }
            startEligible()
            var running: Int32 = 0
            curl_multi_perform(multi.raw, &running)
            if collectFinished() > 0, startEligible() > 0 { continue }
            var ready: Int32 = 0
            curl_multi_poll(multi.raw, nil, 0, 1000, &ready)
        }
        for (easy, transfer) in active {
            curl_multi_remove_handle(multi.raw, easy)
            transfer.job.finish(.shutDown)
        }
        active.removeAll()
        let late = lock.withLock { defer { incoming.removeAll() }; return incoming }
        for job in waiting + late { job.finish(.shutDown) }
        waiting.removeAll()
        stopped.signal()
    }

    /// Starts waiting jobs in arrival order while the caps allow; returns how many started.
    @discardableResult
    private func startEligible() -> Int {
        var started = 0
        var index = 0
        while index < waiting.count, active.count < maxConcurrent {
            let job = waiting[index]
            guard activePerHost[job.host, default: 0] < maxPerHost else { index += 1; continue }
            waiting.remove(at: index)
            guard let transfer = CurlTransfer(job: job) else {
                job.finish(.setup("curl_easy_init failed")); continue
            }
            let code = transfer.configure()
            guard code == CURLE_OK else {
                job.finish(.setup("libcurl refused an option: " + String(cString: curl_easy_strerror(code)))); continue
            }
            guard curl_multi_add_handle(multi.raw, transfer.easy.raw) == CURLM_OK else {
                job.finish(.setup("curl_multi_add_handle failed")); continue
            }
            active[transfer.easy.raw] = transfer
            activePerHost[job.host, default: 0] += 1
            started += 1
        }
        return started
    }

    /// Answers every transfer libcurl reports done; returns how many.
    private func collectFinished() -> Int {
        var finished = 0
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi.raw, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            guard let transfer = detach(easy) else { continue }
            if let again = transfer.retryOnFreshConnection(code: code) {
                waiting.insert(again, at: 0)
            } else {
                transfer.job.finish(transfer.result(code: code))
            }
            finished += 1
        }
        return finished
    }

    private func cancelJob(_ id: UInt64) {
        if let index = waiting.firstIndex(where: { $0.id == id }) {
            waiting.remove(at: index).finish(.cancelled)
        } else if let (easy, _) = active.first(where: { $0.value.job.id == id }), let transfer = detach(easy) {
            transfer.job.finish(.cancelled)
        }
    }

    private func detach(_ easy: UnsafeMutableRawPointer) -> CurlTransfer? {
        guard let transfer = active.removeValue(forKey: easy) else { return nil }
        curl_multi_remove_handle(multi.raw, easy)
        activePerHost[transfer.job.host, default: 1] -= 1
        if activePerHost[transfer.job.host] == 0 { activePerHost[transfer.job.host] = nil }
        return transfer
    }
}
