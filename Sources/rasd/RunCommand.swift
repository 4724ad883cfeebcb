import ArgumentParser

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon (polls feeds until stopped)."
    )

    func run() async throws {
        throw ValidationError("'rasd run' is not built yet")
    }
}
