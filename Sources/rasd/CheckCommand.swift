import ArgumentParser
import Foundation
import RasdCore

/// `rasd check`: loads and validates the config and every feed list without touching the
/// network or the state, so operators (and `ExecReload` scripts) can test a change first.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and every feed list.",
        discussion: """
            Prints each problem as `file:line: key: message` on stderr and exits 78 (EX_CONFIG) \
            if there is any; otherwise prints a one-line summary and exits 0.
            """
    )

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        switch options.loadEffectiveConfig() {
        case .failure(let failure):
            var stderr = StandardError()
            for error in failure.errors { print(ConfigErrorText.line(error), to: &stderr) }
            let n = failure.errors.count
            print("rasd check: \(n) error\(n == 1 ? "" : "s")", to: &stderr)
            throw ExitCode(ExitCodes.config)
        case .success(let effective):
            print("rasd check: ok, \(effective.summary)")
        }
    }
}

/// `print(..., to: &stderr)` target.
private struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
