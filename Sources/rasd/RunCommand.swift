import ArgumentParser
import Foundation

/// `rasd run`: the daemon, in the foreground (systemd runs it as `Type=notify`).
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon (polls feeds until stopped; SIGHUP reloads, SIGTERM stops)."
    )

    @OptionGroup var options: ConfigOptions

    @Option(name: .customLong("simulate-seconds"), help: .hidden)
    var simulateSeconds: Int?

    func run() async throws {
        let launcher = DaemonAssembly.launcher(options: options)
        let code = await launcher.run(simulateSeconds.map { .simulate(seconds: $0) } ?? .daemon)
        if code != 0 { throw ExitCode(code) }
    }
}
