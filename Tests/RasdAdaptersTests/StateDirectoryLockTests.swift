#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import Testing
@testable import RasdAdapters

/// The one-daemon-per-state-directory lock, with the competing holder played by a second open
/// file description in this process (flock locks belong to the open file, not the process).
@Suite struct StateDirectoryLockTests {
    @Test func takingTheLockCreatesTheDirectoryAndRecordsThePid() throws {
        let dir = OutboxTempDir("lock"); defer { dir.remove() }
        let state = dir.path + "/state/nested"
        try StateDirectoryLock.holdForProcess(directory: state)
        #expect(try String(contentsOfFile: state + "/rasd.lock", encoding: .utf8) == "\(getpid())\n")
        // Again in the same process: a no-op, not a conflict with itself.
        try StateDirectoryLock.holdForProcess(directory: state)
    }

    @Test func aDirectoryLockedByAnotherHolderIsRefusedNamingItsPid() throws {
        let dir = OutboxTempDir("lock-busy"); defer { dir.remove() }
        let path = dir.path + "/rasd.lock"
        let fd = open(path, O_RDWR | O_CREAT, 0o644)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
        _ = "4242\n".withCString { write(fd, $0, 5) }

        #expect(throws: StateDirectoryLock.Failure(lockPath: path, holder: 4242, detail: nil)) {
            try StateDirectoryLock.holdForProcess(directory: dir.path)
        }
        let message = StateDirectoryLock.Failure(lockPath: path, holder: 4242, detail: nil).description
        #expect(message.contains("state directory \(dir.path) is in use by another rasd (pid 4242)"))
        #expect(message.contains(path))
        // The holder's pid is left as it was.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "4242\n")

        // Once the holder lets go, the lock is ours.
        flock(fd, LOCK_UN)
        try StateDirectoryLock.holdForProcess(directory: dir.path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "\(getpid())\n")
    }

    @Test func aStateDirectoryUnderARegularFileIsAnErrorNamingTheLockFile() throws {
        let dir = OutboxTempDir("lock-file"); defer { dir.remove() }
        #expect(FileManager.default.createFile(atPath: dir.path + "/plain", contents: Data("x".utf8)))
        do {
            try StateDirectoryLock.holdForProcess(directory: dir.path + "/plain/state")
            Issue.record("a lock under a regular file was taken")
        } catch {
            #expect(error.lockPath == dir.path + "/plain/state/rasd.lock")
            #expect(error.description.contains("cannot be taken"))
        }
    }

    @Test func busyAndLockedDatabaseErrorsAreReportedAsLockedWithThePath() {
        for code in [ResultCode.SQLITE_BUSY, .SQLITE_LOCKED] {
            let error = DatabaseError(resultCode: code, message: "database is locked")
            let e = StateStore.classify(error, path: "/var/lib/rasd/rasd.sqlite")
            #expect(e == .locked(path: "/var/lib/rasd/rasd.sqlite", detail: "database is locked"))
            #expect(e.description.hasPrefix("state database /var/lib/rasd/rasd.sqlite is locked by another process"))
        }
    }
}
